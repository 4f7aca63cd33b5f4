// `proviso report` end to end against a real headless LibreOffice with the real extension: the
// saved findings table is reopened and read cell by cell, and compared with what `proviso check`
// reports on the same input.
#include <gtest/gtest.h>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <nlohmann/json.hpp>
#include "../support/command.hpp"

#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <sstream>

#include "../../src/uno/ustring.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"

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

enum Column { kNumber, kProvision, kQuoted, kConcern, kSeverity, kSuggestion, kReferences };

// What a reader of the saved table sees.
struct SavedTable {
    std::vector<std::string> paragraphs;  // body paragraphs outside the table
    int tables = 0;
    std::vector<std::vector<std::string>> rows;  // of the first table
    bool repeatHeadline = false;
    float headerWeight = 0;  // CharWeight of the first header cell's text
};

struct CheckedFinding {
    std::size_t line = 0, column = 0;
    std::string text, message, provision;
};

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
                if (p.is()) result.paragraphs.push_back(toUtf8(p->getString()));
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
            Reference<css::text::XText> first(cells->getCellByPosition(0, 0), UNO_QUERY_THROW);
            Reference<css::beans::XPropertySet> run(first->createTextCursor(), UNO_QUERY_THROW);
            run->getPropertyValue("CharWeight") >>= result.headerWeight;
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
                           f["provision"].get<std::string>()});
        }
        std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return std::tie(a.line, a.column) < std::tie(b.line, b.column);
        });
        return out;
    }

    static void checkReport(const fs::path& input, const fs::path& output,
                            const std::string& title) {
        const std::string before = bytesOf(input);
        const auto expected = checked(input);
        ASSERT_FALSE(expected.empty());

        const CommandResult result =
            run(proviso("report") + quoted(input) + " -o " + quoted(output));
        ASSERT_EQ(result.status, 1) << result.output;  // 1 = findings, as for check
        EXPECT_NE(result.output.find("wrote " + std::to_string(expected.size()) + " findings to " +
                                     output.string()),
                  std::string::npos)
            << result.output;
        EXPECT_EQ(bytesOf(input), before) << "the input must never be written";

        const SavedTable table = reopen(output);
        ASSERT_GE(table.paragraphs.size(), 2u);
        EXPECT_EQ(table.paragraphs[0], "Proviso findings: " + title);
        EXPECT_TRUE(
            std::regex_search(table.paragraphs[1], std::regex("^Date: \\d{4}-\\d{2}-\\d{2}\\b")))
            << table.paragraphs[1];
        EXPECT_NE(table.paragraphs[1].find(std::to_string(expected.size()) + " findings"),
                  std::string::npos)
            << table.paragraphs[1];
        ASSERT_EQ(table.tables, 1);
        EXPECT_TRUE(table.repeatHeadline) << "the header row repeats on each page";
        EXPECT_GE(table.headerWeight, css::awt::FontWeight::BOLD);
        ASSERT_EQ(table.rows.size(), 1 + expected.size());
        EXPECT_EQ(table.rows[0], (std::vector<std::string>{
                                     "No.", "Provision", "Quoted text", "Concern", "Severity",
                                     "Suggested safeguard or redraft", "References"}));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& row = table.rows[i + 1];
            ASSERT_EQ(row.size(), 7u);
            // Document order: the rows follow check's findings sorted by paragraph and column.
            EXPECT_EQ(row[kNumber], std::to_string(i + 1));
            EXPECT_EQ(row[kQuoted], expected[i].text) << "row " << i + 1;
            EXPECT_NE(row[kConcern].find(expected[i].message), std::string::npos) << row[kConcern];
            EXPECT_EQ(row[kProvision], expected[i].provision) << "row " << i + 1;
            EXPECT_EQ(row[kSeverity], "High") << "row " << i + 1;
            EXPECT_FALSE(row[kSuggestion].empty()) << "row " << i + 1;
            EXPECT_NE(row[kReferences].find("ICCPR"), std::string::npos) << row[kReferences];
        }
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
    const auto expected = checked(input);
    const fs::path output = dir_ / "bill-table.odt";
    const CommandResult result = run(proviso("report") + quoted(input) + " -o " + quoted(output));
    ASSERT_EQ(result.status, 1) << result.output;
    const SavedTable table = reopen(output);
    ASSERT_FALSE(table.paragraphs.empty());
    EXPECT_EQ(table.paragraphs[0], "Proviso findings: bill.txt");
    ASSERT_EQ(table.rows.size(), 1 + expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(table.rows[i + 1][kQuoted], expected[i].text);
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
    EXPECT_NE(result.output.find("wrote 0 findings"), std::string::npos) << result.output;
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
        EXPECT_EQ(table.rows[i][kQuoted], i % 2 ? "false news" : "fake news");
        EXPECT_EQ(table.rows[i][kNumber], std::to_string(i));
    }
}

}  // namespace
}  // namespace proviso
