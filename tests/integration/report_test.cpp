// `proviso report` end to end against a real headless LibreOffice with the real extension: the
// saved findings table is reopened and read cell by cell, and compared with what `proviso check`
// reports on the same input: one row per comment (the findings of one rule in one provision
// are one row), grouped by provision, in Proviso's paragraph styles, rows kept on one page.
#include <gtest/gtest.h>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/WritingMode2.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <nlohmann/json.hpp>
#include "../support/command.hpp"

#include <unistd.h>
#include <algorithm>
#include <array>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <regex>
#include <sstream>

#include "../../src/uno/ustring.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"
#include "proviso/utf.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using testing::CommandResult;
using testing::proviso;
using testing::quoted;
using testing::run;
using uno::toUtf8;

enum Column {
    kNumber,
    kProvision,
    kQuoted,
    kConcern,
    kRationale,
    kSuggestion,
    kStandards,
    kSeverity,
    kColumnCount
};

// What a reader of the saved table sees.
struct SavedTable {
    std::vector<std::string> paragraphs;  // body paragraphs outside the table
    std::vector<std::string> paragraphStyles;
    int tables = 0;
    std::vector<std::vector<std::string>> rows;  // of the first table
    bool repeatHeadline = false;
    sal_Int32 headerRowCount = 0;
    bool anyRowSplits = false;                   // IsSplitAllowed of any row
    float headerWeight = 0;                      // CharWeight of the first header cell's text
    std::string headerStyle, contentsStyle;      // ParaStyleName of cells A1 and A2
    std::map<std::string, std::string> parents;  // Proviso's paragraph styles -> parent style
    std::map<std::string, bool> userDefined;     // ... and whether the document defines them
    sal_Int16 tableWritingMode = -1;             // WritingMode of the first table
    // Proviso's paragraph styles -> their WritingMode and the language of each script:
    // Western (CharLocale), Asian (CharLocaleAsian), complex (CharLocaleComplex).
    std::map<std::string, sal_Int16> writingModes;
    std::map<std::string, std::array<std::string, 3>> languages;
};

struct CheckedFinding {
    std::size_t line = 0, column = 0;
    std::string text, message, provision, rule;
};

// A row the table should have: one per rule per provision (per paragraph where there is none).
struct ExpectedRow {
    std::string provision, rule, concern;
    std::vector<std::string> words;
};

// The rows `findings` (in document order) make: the findings of one rule in one provision
// are one row, told by the first one's message; rows grouped by provision, in the order the
// provisions first appear.
std::vector<ExpectedRow> expectedRows(const std::vector<CheckedFinding>& findings) {
    std::vector<std::pair<std::string, ExpectedRow>> rows;  // provision key -> row
    for (const CheckedFinding& f : findings) {
        const std::string where =
            f.provision.empty() ? "line " + std::to_string(f.line) : f.provision;
        auto it = std::find_if(rows.begin(), rows.end(), [&](const auto& r) {
            return r.first == where && r.second.rule == f.rule;
        });
        if (it == rows.end()) {
            rows.push_back({where, {f.provision, f.rule, f.message, {}}});
            it = std::prev(rows.end());
        }
        auto& words = it->second.words;
        if (std::find(words.begin(), words.end(), f.text) == words.end()) words.push_back(f.text);
    }
    std::vector<std::string> order;
    for (const auto& r : rows) {
        if (std::find(order.begin(), order.end(), r.first) == order.end()) order.push_back(r.first);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const auto& a, const auto& b) {
        return std::find(order.begin(), order.end(), a.first) <
               std::find(order.begin(), order.end(), b.first);
    });
    std::vector<ExpectedRow> out;
    for (auto& r : rows) out.push_back(std::move(r.second));
    return out;
}

std::string quotedList(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + ("\u201c" + w + "\u201d");
    return out;
}

std::string paraStyleOf(const Reference<css::uno::XInterface>& object) {
    Reference<css::beans::XPropertySet> props(object, UNO_QUERY_THROW);
    rtl::OUString name;
    props->getPropertyValue("ParaStyleName") >>= name;
    return toUtf8(name);
}

constexpr const char* kProvisoStyles[] = {"Proviso Table Title", "Proviso Table Note",
                                          "Proviso Table Contents", "Proviso Table Heading"};

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

class ReportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        office_ = testing::startSuite("report", dir_, {"tricky"});
        auto doc = office_->open(fs::path(PROVISO_FIXTURES) / "tricky.fodt");
        // The same document with a title: the table names it by its title, not its file name.
        Reference<css::document::XDocumentPropertiesSupplier> supplier(doc, UNO_QUERY_THROW);
        supplier->getDocumentProperties()->setTitle("Draft Cybercrime Bill");
        office_->saveAs(doc, dir_ / "titled.odt");
        cli::OfficeSession::close(doc);
        auto clean = office_->newDocument();
        clean->getText()->setString("The Authority shall publish accurate information yearly.");
        // A name that is percent-encoded in the document's URL: the heading shows it decoded.
        office_->saveAs(clean, dir_ / "clean draft \u00e9.odt");
        cli::OfficeSession::close(clean);
    }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    static SavedTable reopen(const fs::path& file) {
        SavedTable result;
        auto doc = office_->open(file, {.withView = false, .readOnly = true});
        Reference<css::container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
        auto elements = body->createEnumeration();
        while (elements->hasMoreElements()) {
            Reference<css::lang::XServiceInfo> info(elements->nextElement(), UNO_QUERY_THROW);
            if (!info->supportsService("com.sun.star.text.TextTable")) {
                Reference<css::text::XTextRange> p(info, UNO_QUERY);
                if (p.is()) {
                    result.paragraphs.push_back(toUtf8(p->getString()));
                    result.paragraphStyles.push_back(paraStyleOf(p));
                }
                continue;
            }
            if (result.tables++ > 0) continue;
            Reference<css::text::XTextTable> table(info, UNO_QUERY_THROW);
            const sal_Int32 rows = table->getRows()->getCount();
            const sal_Int32 columns = table->getColumns()->getCount();
            Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
            Reference<css::sheet::XCellRangeData> data(
                cells->getCellRangeByPosition(0, 0, columns - 1, rows - 1), UNO_QUERY_THROW);
            for (const auto& row : data->getDataArray()) {
                std::vector<std::string> texts;
                for (const auto& cell : row) {
                    rtl::OUString s;
                    double d = 0;
                    if (cell >>= s) {
                        texts.push_back(toUtf8(s));
                    } else if (cell >>= d) {
                        texts.push_back(std::to_string(static_cast<long>(d)));
                    } else {
                        texts.emplace_back();
                    }
                }
                result.rows.push_back(texts);
            }
            Reference<css::beans::XPropertySet> props(table, UNO_QUERY_THROW);
            sal_Bool repeat = false;
            props->getPropertyValue("RepeatHeadline") >>= repeat;
            result.repeatHeadline = repeat;
            props->getPropertyValue("HeaderRowCount") >>= result.headerRowCount;
            props->getPropertyValue("WritingMode") >>= result.tableWritingMode;
            Reference<css::container::XIndexAccess> rowAccess(table->getRows(), UNO_QUERY_THROW);
            for (sal_Int32 r = 0; r < rowAccess->getCount(); ++r) {
                Reference<css::beans::XPropertySet> row(rowAccess->getByIndex(r), UNO_QUERY_THROW);
                sal_Bool split = true;
                row->getPropertyValue("IsSplitAllowed") >>= split;
                result.anyRowSplits |= static_cast<bool>(split);
            }
            Reference<css::text::XText> first(cells->getCellByPosition(0, 0), UNO_QUERY_THROW);
            Reference<css::beans::XPropertySet> run(first->createTextCursor(), UNO_QUERY_THROW);
            run->getPropertyValue("CharWeight") >>= result.headerWeight;
            result.headerStyle = paraStyleOf(first->createTextCursor());
            if (rows > 1) {
                Reference<css::text::XText> second(cells->getCellByPosition(0, 1), UNO_QUERY_THROW);
                result.contentsStyle = paraStyleOf(second->createTextCursor());
            }
        }
        Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
        Reference<css::container::XNameAccess> paragraphStyles(
            families->getStyleFamilies()->getByName("ParagraphStyles"), UNO_QUERY_THROW);
        for (const char* name : kProvisoStyles) {
            if (!paragraphStyles->hasByName(rtl::OUString::createFromAscii(name))) continue;
            Reference<css::style::XStyle> style(
                paragraphStyles->getByName(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW);
            result.parents[name] = toUtf8(style->getParentStyle());
            result.userDefined[name] = style->isUserDefined();
            Reference<css::beans::XPropertySet> props(style, UNO_QUERY_THROW);
            props->getPropertyValue("WritingMode") >>= result.writingModes[name];
            const std::array<const char*, 3> locales = {"CharLocale", "CharLocaleAsian",
                                                        "CharLocaleComplex"};
            for (std::size_t i = 0; i < locales.size(); ++i) {
                css::lang::Locale locale;
                props->getPropertyValue(rtl::OUString::createFromAscii(locales[i])) >>= locale;
                result.languages[name][i] = toUtf8(locale.Language);
            }
        }
        cli::OfficeSession::close(doc);
        return result;
    }

    // What `proviso check` reports on the same input, in document order.
    static std::vector<CheckedFinding> checked(const fs::path& input) {
        const CommandResult result = run(proviso("check --format json") + quoted(input));
        EXPECT_EQ(result.status, 1) << result.output;
        const auto json = nlohmann::json::parse(result.output.substr(result.output.find('{')));
        std::vector<CheckedFinding> out;
        for (const auto& f : json["findings"]) {
            out.push_back({f["line"].get<std::size_t>(), f["column"].get<std::size_t>(),
                           f["text"].get<std::string>(), f["message"].get<std::string>(),
                           f["provision"].get<std::string>(), f["rule"].get<std::string>()});
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
        return out;
    }

    static void checkReport(const fs::path& input, const fs::path& output,
                            const std::string& title) {
        const std::string before = bytesOf(input);
        const auto findings = checked(input);
        const auto expected = expectedRows(findings);
        ASSERT_FALSE(expected.empty());
        ASSERT_LT(expected.size(), findings.size())
            << "the fixture has two findings of one rule in one provision";

        const CommandResult result =
            run(proviso("report") + quoted(input) + " -o " + quoted(output));
        ASSERT_EQ(result.status, 1) << result.output;  // 1 = findings, as for check
        EXPECT_NE(result.output.find("wrote " + std::to_string(expected.size()) + " rows to " +
                                     output.string()),
                  std::string::npos)
            << result.output;
        EXPECT_EQ(bytesOf(input), before) << "the input must never be written";

        const SavedTable table = reopen(output);
        ASSERT_GE(table.paragraphs.size(), 3u);
        EXPECT_EQ(table.paragraphs[0], "Proviso findings: " + title);
        EXPECT_TRUE(std::regex_search(table.paragraphs[1],
                                      std::regex("^Date: [A-Z][a-z]+ \\d{1,2}, \\d{4} ")))
            << table.paragraphs[1];
        EXPECT_NE(table.paragraphs[1].find(std::to_string(expected.size()) + " findings"),
                  std::string::npos)
            << table.paragraphs[1];
        EXPECT_NE(table.paragraphs[2].find("Rule packs: test-pack (version 1.0.0)."),
                  std::string::npos)
            << table.paragraphs[2];
        // Paragraph styles, not direct formatting: Proviso's own, each on the office's.
        EXPECT_EQ(table.paragraphStyles[0], "Proviso Table Title");
        EXPECT_EQ(table.paragraphStyles[1], "Proviso Table Note");
        EXPECT_EQ(table.paragraphStyles[2], "Proviso Table Note");
        EXPECT_EQ(table.headerStyle, "Proviso Table Heading");
        EXPECT_EQ(table.contentsStyle, "Proviso Table Contents");
        const std::map<std::string, std::string> parents = {
            {"Proviso Table Title", "Heading 1"},
            {"Proviso Table Note", "Text body"},
            {"Proviso Table Contents", "Table Contents"},
            {"Proviso Table Heading", "Table Heading"}};
        EXPECT_EQ(table.parents, parents);
        for (const auto& [name, defined] : table.userDefined) EXPECT_TRUE(defined) << name;
        ASSERT_EQ(table.tables, 1);
        EXPECT_TRUE(table.repeatHeadline) << "the header row repeats on each page";
        EXPECT_EQ(table.headerRowCount, 1);
        EXPECT_FALSE(table.anyRowSplits) << "no row is split across pages";
        EXPECT_GE(table.headerWeight, css::awt::FontWeight::BOLD) << "bold from the style";
        ASSERT_EQ(table.rows.size(), 1 + expected.size());
        EXPECT_EQ(table.rows[0], (std::vector<std::string>{
                                     "No.", "Provision", "Quoted text", "Concern", "Why it matters",
                                     "Suggested safeguard or redraft", "Standards", "Severity"}));
        bool merged = false;
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& row = table.rows[i + 1];
            ASSERT_EQ(row.size(), std::size_t(kColumnCount));
            EXPECT_EQ(row[kNumber], std::to_string(i + 1));
            EXPECT_EQ(row[kProvision], expected[i].provision) << "row " << i + 1;
            EXPECT_EQ(row[kQuoted], quotedList(expected[i].words)) << "row " << i + 1;
            EXPECT_EQ(row[kConcern], expected[i].concern) << "row " << i + 1;
            EXPECT_EQ(row[kSeverity], "High") << "row " << i + 1;
            EXPECT_FALSE(row[kRationale].empty()) << "row " << i + 1;
            EXPECT_FALSE(row[kSuggestion].empty()) << "row " << i + 1;
            EXPECT_FALSE(row[kStandards].empty()) << "row " << i + 1;
            merged |= expected[i].words.size() > 1;
        }
        EXPECT_TRUE(merged) << "one row quotes both words of a merged comment";
    }

    static std::unique_ptr<cli::OfficeSession> office_;
    static fs::path dir_;
};

std::unique_ptr<cli::OfficeSession> ReportTest::office_;
fs::path ReportTest::dir_;

TEST_F(ReportTest, OdtTableHasOneRowPerFindingInDocumentOrder) {
    checkReport(dir_ / "tricky.odt", dir_ / "table.odt", "tricky.odt");
}

TEST_F(ReportTest, DocxInputAndDocxTable) {
    checkReport(dir_ / "tricky.docx", dir_ / "table.docx", "tricky.docx");
}

// Plain text goes through the office's text import: the same rows as `check` finds with the
// core's own reader, accents intact.
TEST_F(ReportTest, PlainTextInput) {
    const fs::path input = dir_ / "bill.txt";
    std::ofstream(input) << "Section 1. Offences\n\n"
                            "(1) A person who publishes false news about a d\u00e9put\u00e9 "
                            "commits an offence.\n"
                            "(2) The Minister may order the interception of communications.\n";
    const auto expected = expectedRows(checked(input));
    const fs::path output = dir_ / "bill-table.odt";
    const CommandResult result = run(proviso("report") + quoted(input) + " -o " + quoted(output));
    ASSERT_EQ(result.status, 1) << result.output;
    const SavedTable table = reopen(output);
    ASSERT_FALSE(table.paragraphs.empty());
    EXPECT_EQ(table.paragraphs[0], "Proviso findings: bill.txt");
    ASSERT_EQ(table.rows.size(), 1 + expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(table.rows[i + 1][kQuoted], quotedList(expected[i].words));
        EXPECT_EQ(table.rows[i + 1][kProvision], expected[i].provision);
    }
}

TEST_F(ReportTest, NamesTheSourceByItsTitle) {
    const fs::path output = dir_ / "titled-table.odt";
    ASSERT_EQ(run(proviso("report") + quoted(dir_ / "titled.odt") + " -o " + quoted(output)).status,
              1);
    const SavedTable table = reopen(output);
    ASSERT_FALSE(table.paragraphs.empty());
    EXPECT_EQ(table.paragraphs[0], "Proviso findings: Draft Cybercrime Bill");
}

TEST_F(ReportTest, NoFindingsGivesASentenceAndNoTable) {
    const fs::path output = dir_ / "clean-table.odt";
    const CommandResult result =
        run(proviso("report") + quoted(dir_ / "clean draft \u00e9.odt") + " -o " + quoted(output));
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_NE(result.output.find("wrote 0 rows"), std::string::npos) << result.output;
    const SavedTable table = reopen(output);
    EXPECT_EQ(table.tables, 0);
    ASSERT_FALSE(table.paragraphs.empty());
    EXPECT_EQ(table.paragraphs[0], "Proviso findings: clean draft \u00e9.odt");
    const bool said = std::any_of(
        table.paragraphs.begin(), table.paragraphs.end(),
        [](const std::string& p) { return p.find("no risky language") != std::string::npos; });
    EXPECT_TRUE(said);
}

TEST_F(ReportTest, RefusesOtherFormatsNamingTheFile) {
    for (const char* name : {"table.pdf", "table.xyz"}) {
        const fs::path output = dir_ / name;
        const CommandResult result =
            run(proviso("report") + quoted(dir_ / "tricky.odt") + " -o " + quoted(output));
        EXPECT_EQ(result.status, 2) << result.output;
        EXPECT_NE(result.output.find(output.string()), std::string::npos) << result.output;
        EXPECT_FALSE(fs::exists(output));
    }
}

TEST_F(ReportTest, RefusesToOverwriteTheInput) {
    const fs::path input = dir_ / "tricky.odt";
    const std::string before = bytesOf(input);
    const CommandResult result = run(proviso("report") + quoted(input) + " -o " + quoted(input));
    EXPECT_EQ(result.status, 2);
    EXPECT_NE(result.output.find("refusing to overwrite"), std::string::npos) << result.output;
    EXPECT_EQ(bytesOf(input), before);
}

// A flat ODF text of one heading and one paragraph, its default paragraph style's text
// properties (the document's languages) as given; `file` returned.
fs::path writeFlatOdt(const fs::path& file, const std::string& textProperties,
                      const std::string& heading, const std::string& paragraph) {
    std::ofstream(file) << R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles><style:default-style style:family="paragraph">
  <style:text-properties )"
                        << textProperties << R"(/></style:default-style></office:styles>
 <office:body><office:text>
  <text:h text:outline-level="1">)"
                        << heading << "</text:h>\n  <text:p>" << paragraph
                        << "</text:p>\n </office:text></office:body></office:document>\n";
    return file;
}

// The table speaks the source document's language, whatever the office's interface says.
TEST_F(ReportTest, FrenchDocumentGetsAFrenchTable) {
    const fs::path input =
        writeFlatOdt(dir_ / "loi.fodt", R"(fo:language="fr" fo:country="FR")", "Article 3",
                     "Quiconque répand de fausses nouvelles est puni d'une amende.");
    const fs::path output = dir_ / "loi-table.docx";
    // The shipped packs, which have French rules (the test pack has only English ones).
    const CommandResult result =
        run(std::string(PROVISO_EXE) + " report " + quoted(input) + " -o " + quoted(output));
    ASSERT_EQ(result.status, 1) << result.output;
    const SavedTable table = reopen(output);
    ASSERT_FALSE(table.paragraphs.empty());
    EXPECT_EQ(table.paragraphs[0].rfind("Constats de Proviso\u00a0: ", 0), 0u)
        << table.paragraphs[0];
    ASSERT_FALSE(table.rows.empty());
    EXPECT_EQ(table.rows[0][kNumber], "N\u00b0");
    EXPECT_EQ(table.rows[0][kRationale], "Pourquoi c'est important");
    EXPECT_EQ(table.rows[0][kSeverity], "Gravit\u00e9");
}

// An Arabic document's table reads from the right, in Arabic, its styles telling Arabic to the
// complex-script language; a Chinese one's tells Chinese to the Asian one.
TEST_F(ReportTest, ArabicAndChineseDocumentsGetTablesInTheirLanguageAndDirection) {
    struct Case {
        const char* name;
        const char* properties;  // the default paragraph style's text properties
        const char* heading;
        const char* text;                    // flagged by the shipped packs' rules for the language
        const char* title;                   // the table's first paragraph begins so
        std::array<const char*, 3> columns;  // No., Why it matters, Severity
        const char* language;
        std::size_t script;  // which of CharLocale, CharLocaleAsian, CharLocaleComplex
        bool rightToLeft;
    };
    const std::vector<Case> cases = {
        {"qanun",
         R"(fo:language="ar" fo:country="EG" style:language-complex="ar")",
         "المادة 3",
         "يعاقب بالحبس كل من نشر عبر الشبكة المعلوماتية أخبار كاذبة من شأنها إثارة الرأي العام.",
         "ملاحظات Proviso: ",
         {"الرقم", "سبب الأهمية", "درجة الخطورة"},
         "ar",
         2,
         true},
        {"falv",
         R"(fo:language="zh" fo:country="CN" style:language-asian="zh")",
         "第三条",
         "编造或者故意在信息网络上传播虚假信息，严重扰乱社会秩序的，处三年以下有期徒刑。",
         "Proviso 审查结果：",
         {"序号", "为何重要", "严重程度"},
         "zh",
         1,
         false},
    };
    for (const Case& c : cases) {
        const fs::path input =
            writeFlatOdt(dir_ / (std::string(c.name) + ".fodt"), c.properties, c.heading, c.text);
        const fs::path output = dir_ / (std::string(c.name) + "-table.odt");
        const CommandResult result =
            run(std::string(PROVISO_EXE) + " report " + quoted(input) + " -o " + quoted(output));
        ASSERT_EQ(result.status, 1) << c.name << ": " << result.output;
        const SavedTable table = reopen(output);
        ASSERT_FALSE(table.paragraphs.empty());
        EXPECT_EQ(table.paragraphs[0].rfind(c.title, 0), 0u) << table.paragraphs[0];
        ASSERT_GE(table.rows.size(), 2u) << c.name;
        EXPECT_EQ(table.rows[0][kNumber], c.columns[0]);
        EXPECT_EQ(table.rows[0][kRationale], c.columns[1]);
        EXPECT_EQ(table.rows[0][kSeverity], c.columns[2]);
        EXPECT_EQ(table.tableWritingMode == css::text::WritingMode2::RL_TB, c.rightToLeft)
            << c.name << ": " << table.tableWritingMode;
        for (const char* style : {"Proviso Table Title", "Proviso Table Contents"}) {
            EXPECT_EQ(table.writingModes.at(style) == css::text::WritingMode2::RL_TB, c.rightToLeft)
                << c.name << " " << style;
            EXPECT_EQ(table.languages.at(style)[c.script], c.language) << c.name << " " << style;
            EXPECT_EQ(table.languages.at(style)[0], c.language) << "what Proviso reads back";
        }
    }
}

// HTML, CSV and JSON of an office document: rendered by the extension, printed or saved.
TEST_F(ReportTest, TextFormatsOfAnOfficeDocument) {
    const fs::path input = dir_ / "tricky.docx";
    const auto expected = expectedRows(checked(input));
    const CommandResult json = run(proviso("report --format json") + quoted(input));
    ASSERT_EQ(json.status, 1) << json.output;
    const auto parsed = nlohmann::json::parse(json.output.substr(json.output.find('{')));
    EXPECT_EQ(parsed["title"], "tricky.docx");
    EXPECT_EQ(parsed["language"], "en");
    ASSERT_EQ(parsed["rows"].size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(parsed["rows"][i]["quoted"], quotedList(expected[i].words));
        EXPECT_EQ(parsed["rows"][i]["rule"], expected[i].rule);
    }
    const fs::path csv = dir_ / "tricky.csv";
    ASSERT_EQ(run(proviso("report") + quoted(input) + " -o " + quoted(csv)).status, 1);
    const std::string text = bytesOf(csv);
    EXPECT_EQ(text.rfind("No.,Provision,Quoted text,Concern,Why it matters,", 0), 0u) << text;
    std::size_t records = 0;
    for (auto at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at + 2)) {
        ++records;
    }
    // CRLF ends records; the standards' line breaks inside a quoted cell are bare LF.
    EXPECT_EQ(records, 1 + expected.size()) << text;
    const fs::path odt = dir_ / "mismatch.odt";
    const CommandResult refused =
        run(proviso("report --format html") + quoted(input) + " -o " + quoted(odt));
    EXPECT_EQ(refused.status, 2);
    EXPECT_NE(refused.output.find("does not match"), std::string::npos) << refused.output;
    EXPECT_FALSE(fs::exists(odt));
}

// SARIF of an office document: paragraphs as lines, columns in code points, rule metadata.
TEST_F(ReportTest, SarifOfAnOfficeDocument) {
    const fs::path input = dir_ / "tricky.odt";
    const auto findings = checked(input);
    const CommandResult result = run(proviso("check --format sarif") + quoted(input));
    ASSERT_EQ(result.status, 1) << result.output;
    const auto sarif = nlohmann::json::parse(result.output.substr(result.output.find('{')));
    EXPECT_EQ(sarif["version"], "2.1.0");
    const auto& run0 = sarif["runs"][0];
    EXPECT_EQ(run0["columnKind"], "unicodeCodePoints");
    ASSERT_EQ(run0["results"].size(), findings.size());
    const auto& rules = run0["tool"]["driver"]["rules"];
    for (const auto& r : run0["results"]) {
        const auto& rule = rules.at(r["ruleIndex"].get<std::size_t>());
        EXPECT_EQ(rule["id"], r["ruleId"]);
        EXPECT_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
        const auto& region = r["locations"][0]["physicalLocation"]["region"];
        EXPECT_EQ(region["endColumn"].get<std::size_t>() - region["startColumn"].get<std::size_t>(),
                  countCodePoints(region["snippet"]["text"].get<std::string>()));
    }
}

// A long bill: a thousand findings make a thousand rows, in order, in reasonable time.
TEST_F(ReportTest, AThousandFindings) {
    const fs::path input = dir_ / "long.fodt";
    {
        std::ofstream out(input);
        out << R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
)";
        for (int i = 1; i <= 1000; ++i) {
            out << "<text:p>(" << i << ") Whoever spreads " << (i % 2 ? "false" : "fake")
                << " news is punished.</text:p>\n";
        }
        out << "</office:text></office:body></office:document>\n";
    }
    const fs::path output = dir_ / "long-table.odt";
    const auto start = std::chrono::steady_clock::now();
    const CommandResult result = run(proviso("report") + quoted(input) + " -o " + quoted(output));
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
    ASSERT_EQ(result.status, 1) << result.output;
    std::cout << "report of 1000 findings: " << seconds.count() << " s\n";
    EXPECT_LT(seconds.count(), 120);
    const SavedTable table = reopen(output);
    ASSERT_EQ(table.rows.size(), 1001u);
    for (int i = 1; i <= 1000; ++i) {
        EXPECT_EQ(table.rows[i][kQuoted],
                  i % 2 ? "\u201cfalse news\u201d" : "\u201cfake news\u201d");
        EXPECT_EQ(table.rows[i][kNumber], std::to_string(i));
    }
}

}  // namespace
}  // namespace proviso
