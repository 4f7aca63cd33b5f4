#include "findings_table.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/WritingMode2.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <rtl/uri.hxx>

#include <array>
#include <vector>

#include "proviso/report/catalogue.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr int kColumns = static_cast<int>(report::kAnnexColumns);

// Relative widths of the columns, in percent: the prose columns get the room.
constexpr std::array<int, kColumns> kColumnWidths = {4, 10, 12, 16, 18, 18, 12, 10};

// Proviso's own paragraph styles, each inheriting from the office's style for the same job, so
// that a reviewer restyles the whole table (or the house style already does) with one change.
struct TableStyle {
    const char* name;
    const char* parent;
    float height;  // points; 0: the parent's
    bool bold;
};
constexpr TableStyle kTitleStyle = {"Proviso Table Title", "Heading 1", 0, false};
constexpr TableStyle kNoteStyle = {"Proviso Table Note", "Text body", 0, false};
// A smaller type than the body text, so that eight columns of prose fit a page.
constexpr TableStyle kContentsStyle = {"Proviso Table Contents", "Table Contents", 9, false};
constexpr TableStyle kHeadingStyle = {"Proviso Table Heading", "Table Heading", 9, true};

// Keeps the office from laying out and repainting the table after every cell, and from
// recording an undo action per cell: the table is a new document, built in one go.
class FillSession {
public:
    explicit FillSession(const Reference<css::text::XTextDocument>& doc) : model_(doc, UNO_QUERY) {
        Reference<css::document::XUndoManagerSupplier> supplier(doc, UNO_QUERY);
        if (supplier.is()) undo_ = supplier->getUndoManager();
        if (undo_.is()) undo_->lock();
        if (model_.is()) model_->lockControllers();
    }
    ~FillSession() {
        try {
            if (model_.is()) model_->unlockControllers();
            if (undo_.is()) undo_->unlock();
        } catch (...) {
            // Never throw from a destructor; the table is already written.
        }
    }
    FillSession(const FillSession&) = delete;
    FillSession& operator=(const FillSession&) = delete;

private:
    Reference<css::frame::XModel> model_;
    Reference<css::document::XUndoManager> undo_;
};

// Eight columns read better across a landscape page; cosmetic, so a refusal is ignored.
void useLandscapePages(const Reference<css::text::XTextDocument>& doc) {
    try {
        Reference<css::style::XStyleFamiliesSupplier> supplier(doc, UNO_QUERY_THROW);
        Reference<css::container::XNameAccess> pageStyles(
            supplier->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> page(pageStyles->getByName("Standard"),
                                                 UNO_QUERY_THROW);
        sal_Int32 width = 0, height = 0;
        page->getPropertyValue("Width") >>= width;
        page->getPropertyValue("Height") >>= height;
        if (width >= height) return;
        page->setPropertyValue("IsLandscape", Any(true));
        page->setPropertyValue("Width", Any(height));
        page->setPropertyValue("Height", Any(width));
    } catch (const css::uno::Exception&) {
    }
}

// Without LIBO_INTERNAL_ONLY a cursor reference does not convert to its base by itself.
Reference<css::text::XTextRange> at(const Reference<css::text::XTextCursor>& cursor) {
    return Reference<css::text::XTextRange>(cursor.get());
}

// Creates `style` in the document's paragraph styles (or updates it, should the document have
// it already), in the table's language so that spelling and hyphenation follow the text.
void defineStyle(const Reference<css::text::XTextDocument>& doc, const TableStyle& style,
                 const std::string& language) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(doc, UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> styles(
        supplier->getStyleFamilies()->getByName("ParagraphStyles"), UNO_QUERY_THROW);
    const rtl::OUString name = rtl::OUString::createFromAscii(style.name);
    if (!styles->hasByName(name)) {
        Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
        styles->insertByName(name,
                             Any(factory->createInstance("com.sun.star.style.ParagraphStyle")));
    }
    Reference<css::beans::XPropertySet> props(styles->getByName(name), UNO_QUERY_THROW);
    try {
        // Through XStyle: a paragraph style has no "ParentStyle" property in Writer.
        Reference<css::style::XStyle>(props, UNO_QUERY_THROW)
            ->setParentStyle(rtl::OUString::createFromAscii(style.parent));
    } catch (const css::uno::Exception&) {
        // The office's own style is missing (a stripped template): the style stands alone.
    }
    if (style.height > 0) props->setPropertyValue("CharHeight", Any(style.height));
    if (style.bold) props->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    // The office's default locale where it is of the same language ("en-GB" for "en"): a bare
    // "en" shows as "English {en}" and finds no spelling dictionary. Writer keeps a language
    // per script: Arabic is told by the complex-script one, Chinese by the Asian one; the
    // Western one is what Proviso reads a paragraph's language from, so it is set too.
    const std::vector<const char*> properties =
        language == "ar"   ? std::vector<const char*>{"CharLocale", "CharLocaleComplex"}
        : language == "zh" ? std::vector<const char*>{"CharLocale", "CharLocaleAsian"}
                           : std::vector<const char*>{"CharLocale"};
    // Chinese as the catalogue writes it: simplified, zh-CN.
    const css::lang::Locale wanted(toOUString(language), toOUString(language == "zh" ? "CN" : ""),
                                   rtl::OUString());
    for (const char* property : properties) {
        css::lang::Locale current;
        props->getPropertyValue(rtl::OUString::createFromAscii(property)) >>= current;
        if (current.Language != wanted.Language) {
            props->setPropertyValue(rtl::OUString::createFromAscii(property), Any(wanted));
        }
    }
    // An Arabic table reads from the right, its heading paragraphs too.
    if (language == "ar") {
        props->setPropertyValue("WritingMode", Any(css::text::WritingMode2::RL_TB));
    }
}

void setParagraphStyle(const Reference<css::beans::XPropertySet>& props, const TableStyle& style) {
    props->setPropertyValue("ParaStyleName", Any(rtl::OUString::createFromAscii(style.name)));
}

void addParagraph(const Reference<css::text::XText>& text,
                  const Reference<css::text::XTextCursor>& cursor, const std::string& content,
                  const TableStyle& style, bool first = false) {
    if (!first) {
        text->insertControlCharacter(at(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                     false);
    }
    setParagraphStyle(Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW), style);
    text->insertString(at(cursor), toOUString(content), false);
}

// Cell by cell through each cell's XText. Not XCellRangeData::setDataArray: in the office's own
// process (where this runs) it was 2-3 times slower for a 1000-row table (~1.2 s against ~0.45 s),
// because it gives every cell its own format and number format, which also swells the saved file.
// Over a remote bridge the opposite would hold, but this code never runs over one.
// Each cell's paragraph gets its style before its text: the lines typed in after it (the
// standards, one a line) inherit it. The header row in Proviso's table heading style, the rest in
// its contents style.
void fillCells(const Reference<css::text::XTextTable>& table,
               const std::vector<std::array<std::string, report::kAnnexColumns>>& rows) {
    Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < kColumns; ++c) {
            Reference<css::text::XText> cell(
                cells->getCellByPosition(static_cast<sal_Int32>(c), static_cast<sal_Int32>(r)),
                UNO_QUERY_THROW);
            Reference<css::text::XTextCursor> cursor = cell->createTextCursor();
            setParagraphStyle(Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW),
                              r == 0 ? kHeadingStyle : kContentsStyle);
            if (!rows[r][c].empty()) cell->insertString(at(cursor), toOUString(rows[r][c]), false);
        }
    }
}

}  // namespace

void setColumnWidths(const Reference<css::beans::XPropertySet>& table,
                     const std::vector<int>& percents) {
    sal_Int16 sum = 0;
    table->getPropertyValue("TableColumnRelativeSum") >>= sum;
    Sequence<css::text::TableColumnSeparator> separators;
    table->getPropertyValue("TableColumnSeparators") >>= separators;
    if (sum <= 0 || separators.getLength() + 1 != static_cast<sal_Int32>(percents.size())) return;
    int position = 0;
    for (sal_Int32 i = 0; i < separators.getLength(); ++i) {
        position += percents[static_cast<std::size_t>(i)];
        separators.getArray()[i].Position = static_cast<sal_Int16>(position * sum / 100);
    }
    table->setPropertyValue("TableColumnSeparators", Any(separators));
}

// The header row on a light background, so that it stands out on every page it is repeated on.
// No row is split across pages: a finding read over a page break loses its reader.
void formatRows(const Reference<css::text::XTextTable>& table) {
    Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
    const sal_Int32 columns = table->getColumns()->getCount();
    Reference<css::beans::XPropertySet> header(cells->getCellRangeByPosition(0, 0, columns - 1, 0),
                                               UNO_QUERY_THROW);
    header->setPropertyValue("BackColor", Any(sal_Int32(0xDDE4EE)));  // light grey-blue
    Reference<css::container::XIndexAccess> rows(table->getRows(), UNO_QUERY_THROW);
    for (sal_Int32 r = 0; r < rows->getCount(); ++r) {
        Reference<css::beans::XPropertySet> row(rows->getByIndex(r), UNO_QUERY_THROW);
        row->setPropertyValue("IsSplitAllowed", Any(false));
    }
}

Reference<css::text::XTextDocument> newTextDocument(
    const Reference<css::uno::XComponentContext>& context, bool hidden) {
    Sequence<css::beans::PropertyValue> load(1);
    load.getArray()[0].Name = "Hidden";
    load.getArray()[0].Value <<= hidden;
    Reference<css::text::XTextDocument> doc(
        css::frame::Desktop::create(context)->loadComponentFromURL("private:factory/swriter",
                                                                   "_blank", 0, load),
        UNO_QUERY);
    if (!doc.is()) throw css::uno::RuntimeException("cannot create a new text document");
    return doc;
}

std::string documentTitle(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(doc, UNO_QUERY);
    if (supplier.is()) {
        Reference<css::document::XDocumentProperties> properties =
            supplier->getDocumentProperties();
        if (properties.is()) {
            const rtl::OUString title = properties->getTitle().trim();
            if (!title.isEmpty()) return toUtf8(title);
        }
    }
    Reference<css::frame::XModel> model(doc, UNO_QUERY);
    if (model.is()) {
        rtl::OUString url = model->getURL();
        const sal_Int32 query = url.indexOf('?');
        if (query >= 0) url = url.copy(0, query);
        const sal_Int32 fragment = url.indexOf('#');
        if (fragment >= 0) url = url.copy(0, fragment);
        const rtl::OUString name = url.copy(url.lastIndexOf('/') + 1);
        if (!name.isEmpty()) {
            return toUtf8(rtl::Uri::decode(name, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
        }
    }
    return "Untitled";
}

std::size_t writeFindingsTable(const Reference<css::text::XTextDocument>& table,
                               const std::string& sourceTitle, const Document& document,
                               const std::vector<Finding>& findings,
                               const std::vector<const Rule*>& rules) {
    const report::Annex annex = report::annexOf(sourceTitle, document, findings, rules);
    writeAnnexTable(table, annex);
    return annex.rows.size();
}

void writeAnnexTable(const Reference<css::text::XTextDocument>& table, const report::Annex& annex) {
    FillSession session(table);
    for (const TableStyle* style : {&kTitleStyle, &kNoteStyle, &kContentsStyle, &kHeadingStyle}) {
        defineStyle(table, *style, annex.language);
    }
    Reference<css::text::XText> text = table->getText();
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    addParagraph(text, cursor, annex.heading, kTitleStyle, true);
    addParagraph(text, cursor, annex.summary, kNoteStyle);
    addParagraph(text, cursor, annex.note, kNoteStyle);
    if (annex.rows.empty()) {
        addParagraph(text, cursor, report::say(report::Text::TableNoFindings, annex.language),
                     kNoteStyle);
        return;
    }
    useLandscapePages(table);

    std::vector<std::array<std::string, report::kAnnexColumns>> rows;
    rows.reserve(annex.rows.size() + 1);
    rows.push_back(annex.columns);
    for (const report::AnnexRow& row : annex.rows) rows.push_back(row.cells());

    Reference<css::lang::XMultiServiceFactory> factory(table, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> grid(factory->createInstance("com.sun.star.text.TextTable"),
                                          UNO_QUERY_THROW);
    grid->initialize(static_cast<sal_Int32>(rows.size()), kColumns);
    text->insertControlCharacter(at(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    text->insertTextContent(at(cursor), Reference<css::text::XTextContent>(grid, UNO_QUERY_THROW),
                            false);

    Reference<css::beans::XPropertySet> gridProps(grid, UNO_QUERY_THROW);
    // Its first column (No.) on the right in Arabic, where the reader starts. Cosmetic: a
    // refusal leaves the table as it is, left to right.
    if (annex.language == "ar") {
        try {
            gridProps->setPropertyValue("WritingMode", Any(css::text::WritingMode2::RL_TB));
        } catch (const css::uno::Exception&) {
        }
    }
    gridProps->setPropertyValue("RepeatHeadline", Any(true));
    gridProps->setPropertyValue("HeaderRowCount", Any(sal_Int32(1)));
    setColumnWidths(gridProps, std::vector<int>(kColumnWidths.begin(), kColumnWidths.end()));
    fillCells(grid, rows);
    formatRows(grid);
}

// A table of `rows` (the first the header) at the end of the document, columns `percents` of
// the width, in the office's table paragraph styles.
void appendTable(const Reference<css::text::XTextDocument>& doc,
                 const Reference<css::text::XTextCursor>& cursor,
                 const std::vector<std::vector<std::string>>& rows,
                 const std::vector<int>& percents) {
    if (rows.empty()) return;
    Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"),
                                           UNO_QUERY_THROW);
    table->initialize(static_cast<sal_Int32>(rows.size()),
                      static_cast<sal_Int32>(rows.front().size()));
    Reference<css::text::XText> text = doc->getText();
    text->insertControlCharacter(Reference<css::text::XTextRange>(cursor.get()),
                                 css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    text->insertTextContent(Reference<css::text::XTextRange>(cursor.get()),
                            Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);
    Reference<css::beans::XPropertySet> props(table, UNO_QUERY_THROW);
    props->setPropertyValue("RepeatHeadline", Any(true));
    props->setPropertyValue("HeaderRowCount", Any(sal_Int32(1)));
    setColumnWidths(props, percents);
    Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            Reference<css::text::XText> cell(
                cells->getCellByPosition(static_cast<sal_Int32>(c), static_cast<sal_Int32>(r)),
                UNO_QUERY_THROW);
            Reference<css::text::XTextCursor> at = cell->createTextCursor();
            Reference<css::beans::XPropertySet>(at, UNO_QUERY_THROW)
                ->setPropertyValue("ParaStyleName",
                                   Any(rtl::OUString::createFromAscii(r == 0 ? "Table Heading"
                                                                             : "Table Contents")));
            cell->insertString(Reference<css::text::XTextRange>(at.get()), toOUString(rows[r][c]),
                               false);
        }
    }
    formatRows(table);
}

}  // namespace proviso::uno
