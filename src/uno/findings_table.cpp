#include "findings_table.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <rtl/uri.hxx>

#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <initializer_list>
#include <map>
#include <tuple>

#include "proviso/report/catalogue.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr int kColumns = 7;

// The table's own words, said once per table rather than once per row.
struct TableWords {
    std::string language;
    std::array<std::string, 3> levels;  // low, medium, high
    std::array<std::string, kColumns> columns;
    std::map<std::string, std::string> categories;  // as met in the rows

    explicit TableWords(const std::string& uiLanguage) : language(uiLanguage) {
        for (Severity s : {Severity::Low, Severity::Medium, Severity::High}) {
            levels[static_cast<std::size_t>(s)] = report::severityLevel(s, language);
        }
        const std::array<report::Text, kColumns> titles = {
            report::Text::ColumnNumber,    report::Text::ColumnProvision,
            report::Text::ColumnQuoted,    report::Text::ColumnConcern,
            report::Text::ColumnSeverity,  report::Text::ColumnSuggestion,
            report::Text::ColumnReferences};
        for (std::size_t c = 0; c < kColumns; ++c) columns[c] = report::say(titles[c], language);
    }

    const std::string& category(const std::string& id) {
        auto it = categories.find(id);
        if (it == categories.end()) {
            it = categories.emplace(id, report::categoryName(id, language)).first;
        }
        return it->second;
    }
};

// Relative widths of the columns, in percent: the prose columns get the room.
constexpr std::array<int, kColumns> kColumnWidths = {4, 10, 14, 22, 9, 26, 15};

std::string isoDate() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&t, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

// "Date: 2024-05-01 – 6 findings, by severity: 4 high, 2 medium, 0 low"
std::string summaryLine(const TableWords& words, const std::vector<Finding>& findings) {
    std::array<std::size_t, 3> counts{};
    for (const Finding& f : findings) ++counts[static_cast<std::size_t>(f.severity)];
    return report::say(report::Text::TableSummary, words.language,
                       {isoDate(), findings.size(), counts[2], counts[1], counts[0]});
}

std::array<std::string, kColumns> rowFor(std::size_t number, const Finding& finding,
                                         const report::RuleIndex& rules, TableWords& words) {
    const std::string concern =
        finding.category.empty() ? finding.message
                                 : report::say(report::Text::TableConcern, words.language,
                                               {words.category(finding.category), finding.message});
    std::string suggestion, references;
    if (const RuleInfo* rule = rules.find(finding.ruleId)) {
        suggestion = rule->suggestion.in(finding.language);
        for (const auto& r : rule->references) {
            references += (references.empty() ? "" : "\n") + r;  // one paragraph each
        }
    }
    // Without a provision to name, the paragraph number is what lets a reader find the words.
    const std::string provision =
        finding.provision.empty()
            ? report::say(report::Text::TableParagraph, words.language, {finding.block + 1})
            : finding.provision;
    return {std::to_string(number),
            provision,
            finding.text,
            concern,
            words.levels[static_cast<std::size_t>(finding.severity)],
            suggestion,
            references};
}

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

// Seven columns read better across a landscape page; cosmetic, so a refusal is ignored.
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

void setParagraphStyle(const Reference<css::text::XTextCursor>& cursor,
                       std::initializer_list<const char*> candidates) {
    Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
    for (const char* style : candidates) {
        try {
            props->setPropertyValue("ParaStyleName", Any(rtl::OUString::createFromAscii(style)));
            return;
        } catch (const css::uno::Exception&) {
            // Not a style of this document (renamed or localised): try the next.
        }
    }
}

void addParagraph(const Reference<css::text::XText>& text,
                  const Reference<css::text::XTextCursor>& cursor, const std::string& content,
                  std::initializer_list<const char*> styles, bool first = false) {
    if (!first) {
        text->insertControlCharacter(at(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                     false);
    }
    setParagraphStyle(cursor, styles);
    text->insertString(at(cursor), toOUString(content), false);
}

void setColumnWidths(const Reference<css::beans::XPropertySet>& table) {
    sal_Int16 sum = 0;
    table->getPropertyValue("TableColumnRelativeSum") >>= sum;
    Sequence<css::text::TableColumnSeparator> separators;
    table->getPropertyValue("TableColumnSeparators") >>= separators;
    if (sum <= 0 || separators.getLength() != kColumns - 1) return;
    int position = 0;
    for (int i = 0; i < kColumns - 1; ++i) {
        position += kColumnWidths[static_cast<std::size_t>(i)];
        separators.getArray()[i].Position = static_cast<sal_Int16>(position * sum / 100);
    }
    table->setPropertyValue("TableColumnSeparators", Any(separators));
}

// Cell by cell through each cell's XText. Not XCellRangeData::setDataArray: in the office's own
// process (where this runs) it was 2-3 times slower for a 1000-row table (~1.2 s against ~0.45 s),
// because it gives every cell its own format and number format, which also swells the saved file.
// Over a remote bridge the opposite would hold, but this code never runs over one.
void fillCells(const Reference<css::text::XTextTable>& table,
               const std::vector<std::array<std::string, kColumns>>& rows) {
    Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < kColumns; ++c) {
            if (rows[r][c].empty()) continue;
            Reference<css::text::XText> cell(
                cells->getCellByPosition(static_cast<sal_Int32>(c), static_cast<sal_Int32>(r)),
                UNO_QUERY_THROW);
            cell->insertString(cell->getStart(), toOUString(rows[r][c]), false);
        }
    }
}

// A smaller type than the body text, so that seven columns of prose fit a page; the header row
// bold on a light background, so that it stands out on every page it is repeated on.
void formatCells(const Reference<css::text::XTextTable>& table, sal_Int32 rowCount) {
    Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> all(
        cells->getCellRangeByPosition(0, 0, kColumns - 1, rowCount - 1), UNO_QUERY_THROW);
    all->setPropertyValue("CharHeight", Any(float(9.5)));
    Reference<css::beans::XPropertySet> header(cells->getCellRangeByPosition(0, 0, kColumns - 1, 0),
                                               UNO_QUERY_THROW);
    header->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    header->setPropertyValue("BackColor", Any(sal_Int32(0xDDE4EE)));  // light grey-blue
}

}  // namespace

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

void writeFindingsTable(const Reference<css::text::XTextDocument>& table,
                        const std::string& sourceTitle, const Document& document,
                        const std::vector<Finding>& findings, const report::RuleIndex& rules,
                        const std::string& uiLanguage) {
    TableWords words(uiLanguage);
    std::vector<Finding> ordered;
    ordered.reserve(findings.size());
    for (const Finding& f : findings) {
        // A finding of some other document is a caller's mistake: left out, never misplaced.
        if (f.block < document.blocks.size()) ordered.push_back(f);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.block, a.start, a.end) < std::tie(b.block, b.start, b.end);
    });

    FillSession session(table);
    Reference<css::text::XText> text = table->getText();
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    addParagraph(text, cursor, report::say(report::Text::TableHeading, uiLanguage, {sourceTitle}),
                 {"Heading 1", "Title"}, true);
    addParagraph(text, cursor, summaryLine(words, ordered), {"Text body", "Standard"});
    if (ordered.empty()) {
        addParagraph(text, cursor, report::say(report::Text::TableNoFindings, uiLanguage),
                     {"Text body", "Standard"});
        return;
    }
    useLandscapePages(table);

    std::vector<std::array<std::string, kColumns>> rows;
    rows.reserve(ordered.size() + 1);
    std::array<std::string, kColumns> header;
    for (std::size_t c = 0; c < kColumns; ++c) header[c] = words.columns[c];
    rows.push_back(header);
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        rows.push_back(rowFor(i + 1, ordered[i], rules, words));
    }

    Reference<css::lang::XMultiServiceFactory> factory(table, UNO_QUERY_THROW);
    Reference<css::text::XTextTable> grid(factory->createInstance("com.sun.star.text.TextTable"),
                                          UNO_QUERY_THROW);
    grid->initialize(static_cast<sal_Int32>(rows.size()), kColumns);
    text->insertControlCharacter(at(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    text->insertTextContent(at(cursor), Reference<css::text::XTextContent>(grid, UNO_QUERY_THROW),
                            false);

    Reference<css::beans::XPropertySet> gridProps(grid, UNO_QUERY_THROW);
    gridProps->setPropertyValue("RepeatHeadline", Any(true));
    gridProps->setPropertyValue("HeaderRowCount", Any(sal_Int32(1)));
    setColumnWidths(gridProps);
    fillCells(grid, rows);
    formatCells(grid, static_cast<sal_Int32>(rows.size()));
}

}  // namespace proviso::uno
