// Compare drafts (issue 16) in a real LibreOffice with the real extension, on the drafts of
// tests/fixtures/compare (see its README.md), saved as .odt and .docx: Compare with Earlier
// Draft comments what got riskier on the newer draft, a check keeps those comments and Clear
// removes them, a person's comment and the text stay as they were, one undo takes it all back;
// Compare Tracked Changes on the earlier draft with the later reading's edits made as tracked
// changes finds what the two drafts' comparison finds; and `proviso compare` on .odt and .docx
// pairs, with the table of changes, read back from the saved files.
#include <gtest/gtest.h>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/util/XSearchable.hpp>
#include <osl/file.hxx>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "../../src/uno/ustring.hpp"
#include "../support/command.hpp"
#include "../support/dispatch.hpp"
#include "../support/documents.hpp"
#include "../support/reopened.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using testing::addComment;
using testing::arguments;
using testing::Comment;
using testing::commentsOf;
using testing::dispatch;
using testing::Outcome;
using testing::paragraphsOf;
using testing::startsWith;
using testing::unoTest;
using uno::toOUString;
using uno::toUtf8;

const fs::path kDrafts = fs::path(PROVISO_FIXTURES) / "compare";

std::string fileUrl(const fs::path& file) {
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(toOUString(file.string()), url);
    return toUtf8(url);
}

// A change as the tests compare them: kind, provisions, rule or safeguard.
using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;

std::set<Key> keysOf(const nlohmann::json& changes) {
    auto text = [](const nlohmann::json& v) {
        return v.is_null() ? std::string() : v.get<std::string>();
    };
    std::set<Key> out;
    for (const auto& c : changes["changes"]) {
        out.insert({text(c["kind"]), text(c["provision_old"]), text(c["provision_new"]),
                    text(c["rule"]), text(c["concept"])});
    }
    return out;
}

int riskierIn(const nlohmann::json& changes) {
    int n = 0;
    for (const auto& c : changes["changes"]) n += c["riskier"].get<bool>() ? 1 : 0;
    return n;
}

// The command's standard output alone (its progress and notes go to standard error).
testing::CommandResult outputOf(const std::string& command) {
    return testing::run("{ " + command + " 2>/dev/null; }");
}

// `proviso compare --format json` on the plain-text drafts: what every other way must find.
nlohmann::json expectedChanges(const std::string& older, const std::string& newer) {
    const testing::CommandResult result =
        outputOf(std::string(PROVISO_EXE) + " compare --format json " +
                 testing::quoted(kDrafts / older) + " " + testing::quoted(kDrafts / newer));
    EXPECT_EQ(result.status, 1) << result.output;
    return nlohmann::json::parse(result.output);
}

// Replaces the first occurrence of `words` (as a person typing over a selection does).
void replaceWords(const Reference<css::text::XTextDocument>& doc, const std::string& words,
                  const std::string& with) {
    Reference<css::util::XSearchable> searchable(doc, UNO_QUERY_THROW);
    auto descriptor = searchable->createSearchDescriptor();
    descriptor->setSearchString(toOUString(words));
    Reference<css::text::XTextRange> found(searchable->findFirst(descriptor), UNO_QUERY);
    ASSERT_TRUE(found.is()) << words;
    found->setString(toOUString(with));
}

// How many tracked changes the document has.
int trackedChanges(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::document::XRedlinesSupplier> supplier(doc, UNO_QUERY_THROW);
    auto changes = supplier->getRedlines()->createEnumeration();
    int n = 0;
    for (; changes->hasMoreElements(); changes->nextElement()) ++n;
    return n;
}

std::vector<Comment> provisos(const std::vector<Comment>& comments) {
    std::vector<Comment> out;
    for (const Comment& c : comments) {
        if (c.author == "Proviso") out.push_back(c);
    }
    return out;
}

class CompareTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        office_ = testing::startSuite("compare", dir_, {});
        // The drafts as a ministry sends them: the first reading as .docx, the second as .odt.
        auto first = office_->open(kDrafts / "first-reading.txt");
        office_->saveAs(first, dir_ / "first-reading.docx");
        office_->saveAs(first, dir_ / "first-reading.odt");
        cli::OfficeSession::close(first);
        auto second = office_->open(kDrafts / "second-reading.txt");
        office_->saveAs(second, dir_ / "second-reading.odt");
        cli::OfficeSession::close(second);
    }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    static Reference<css::uno::XComponentContext> context() { return office_->remoteContext(); }

    static inline std::unique_ptr<cli::OfficeSession> office_;
    static inline fs::path dir_;
};

TEST_F(CompareTest, CompareWithEarlierDraftCommentsWhatGotRiskier) {
    unoTest([&] {
        const nlohmann::json expected = expectedChanges("first-reading.txt", "second-reading.txt");
        fs::copy_file(dir_ / "second-reading.odt", dir_ / "reviewed.odt",
                      fs::copy_options::overwrite_existing);
        auto doc = office_->open(dir_ / "reviewed.odt", {.withView = true});
        ASSERT_EQ(dispatch(context(), doc, "org.proviso:check").status(), "ok");
        addComment(doc, "the Minister shall issue an order", "Amina", "Which Minister?");
        const std::vector<std::string> text = paragraphsOf(doc);
        const std::size_t before = commentsOf(doc).size();

        const Outcome compared = dispatch(
            context(), doc, "org.proviso:compareEarlier",
            arguments({{"EarlierURL", Any(toOUString(fileUrl(dir_ / "first-reading.docx")))}}));
        ASSERT_EQ(compared.status(), "ok") << compared.text("Message");
        const auto changes = nlohmann::json::parse(compared.text("Changes"));
        EXPECT_EQ(keysOf(changes), keysOf(expected)) << changes.dump(1);
        EXPECT_EQ(compared.number("Riskier"), riskierIn(expected));
        EXPECT_EQ(paragraphsOf(doc), text) << "not a word of the draft changes";

        // Each new risk: Proviso's own comment on its words, "riskier" or "new provision" first.
        const std::vector<Comment> comments = commentsOf(doc);
        auto commentOn = [&](const std::string& words) -> std::string {
            for (const Comment& c : provisos(comments)) {
                if (c.words == words) return c.content;
            }
            return "(no Proviso comment on " + words + ")";
        };
        EXPECT_TRUE(
            startsWith(commentOn("police officer may search or similarly access a computer"),
                       "Riskier since the earlier draft:\n"))
            << commentOn("police officer may search or similarly access a computer");
        EXPECT_TRUE(startsWith(commentOn("Restricting or blocking access"),
                               "New provision since the earlier draft:\n"))
            << commentOn("Restricting or blocking access");
        EXPECT_TRUE(startsWith(commentOn("prima facie"), "New provision since the earlier draft:"));
        // The judge gone from s. 2(1): a comment on the subsection, saying what it lost.
        const std::string judge = commentOn(
            "(1) A police officer may search or similarly access a computer system or part of it "
            "and computer data stored therein, and a computer-data storage medium in which "
            "computer data may be stored.");
        EXPECT_TRUE(
            startsWith(judge,
                       "Safeguard removed since the earlier draft: judicial authorisation\n"
                       "The earlier draft said “a warrant issued by a judge” (Section 2(1))"))
            << judge;
        // The offence narrowed got no comment for being safer, and its other comments stay.
        int marked = 0;
        for (const Comment& c : provisos(comments)) {
            if (startsWith(c.content, "Riskier since") || startsWith(c.content, "New provision") ||
                startsWith(c.content, "Safeguard removed")) {
                ++marked;
            }
        }
        EXPECT_EQ(marked, compared.number("Commented"));
        // The person's comment is as it was.
        int amina = 0;
        for (const Comment& c : comments) {
            if (c.author != "Amina") continue;
            ++amina;
            EXPECT_EQ(c.content, "Which Minister?");
            EXPECT_EQ(c.words, "the Minister shall issue an order");
        }
        EXPECT_EQ(amina, 1);

        // A check keeps Compare's comments as they are; comparing again does not double them.
        ASSERT_EQ(dispatch(context(), doc, "org.proviso:check").status(), "ok");
        EXPECT_EQ(commentsOf(doc).size(), comments.size());
        EXPECT_TRUE(startsWith(commentOn("Restricting or blocking access"), "New provision since"));
        const Outcome again = dispatch(
            context(), doc, "org.proviso:compareEarlier",
            arguments({{"EarlierURL", Any(toOUString(fileUrl(dir_ / "first-reading.docx")))}}));
        ASSERT_EQ(again.status(), "ok") << again.text("Message");
        EXPECT_EQ(commentsOf(doc).size(), comments.size());

        // Saved and read back, in .odt and .docx: the comments where they were.
        for (const char* format : {"odt", "docx"}) {
            const fs::path saved = dir_ / (std::string("compared.") + format);
            office_->saveAs(doc, saved);
            const testing::Reopened reopened = testing::reopenDocument(*office_, saved);
            int riskier = 0, added = 0, safeguards = 0, theirs = 0;
            for (const auto& c : reopened.comments) {
                if (c.author == "Amina") ++theirs;
                if (c.author != "Proviso") continue;
                if (startsWith(c.content, "Riskier since the earlier draft:")) {
                    ++riskier;
                    EXPECT_EQ(c.anchor, "police officer may search or similarly access a computer");
                }
                if (startsWith(c.content, "New provision since the earlier draft:")) ++added;
                if (startsWith(c.content, "Safeguard removed since the earlier draft:")) {
                    ++safeguards;
                    EXPECT_TRUE(startsWith(c.anchor, "(1) A police officer may search"))
                        << c.anchor;
                }
            }
            EXPECT_EQ(safeguards, 1) << format;
            EXPECT_EQ(riskier, 1) << format;
            EXPECT_EQ(added, 2) << format;
            EXPECT_EQ(theirs, 1) << format;
        }

        // Clear takes every Proviso comment away, Compare's too; the person's stays.
        ASSERT_EQ(dispatch(context(), doc, "org.proviso:clear").status(), "ok");
        const std::vector<Comment> left = commentsOf(doc);
        ASSERT_EQ(left.size(), 1u);
        EXPECT_EQ(left.front().author, "Amina");
        EXPECT_GT(before, 1u);
        cli::OfficeSession::close(doc);
    });
}

TEST_F(CompareTest, ASpanishDraftIsToldInSpanish) {
    unoTest([&] {
        auto newer = office_->open(kDrafts / "urgencia-segunda.txt");
        office_->saveAs(newer, dir_ / "urgencia-segunda.odt");
        cli::OfficeSession::close(newer);
        auto doc = office_->open(dir_ / "urgencia-segunda.odt", {.withView = true});
        const Outcome compared = dispatch(
            context(), doc, "org.proviso:compareEarlier",
            arguments(
                {{"EarlierURL", Any(toOUString(fileUrl(kDrafts / "urgencia-primera.txt")))}}));
        ASSERT_EQ(compared.status(), "ok") << compared.text("Message");
        EXPECT_EQ(compared.number("Riskier"), 1);
        office_->saveAs(doc, dir_ / "urgencia-comparada.docx");
        cli::OfficeSession::close(doc);
        const testing::Reopened reopened =
            testing::reopenDocument(*office_, dir_ / "urgencia-comparada.docx");
        ASSERT_EQ(reopened.comments.size(), 1u);
        const auto& c = reopened.comments.front();
        EXPECT_EQ(c.author, "Proviso");
        EXPECT_TRUE(startsWith(c.content,
                               "Garantía suprimida respecto del proyecto anterior: plazo máximo\n"
                               "El proyecto anterior decía «plazo máximo» (Article 2(1))"))
            << c.content;
        EXPECT_TRUE(startsWith(c.anchor, "1. En caso de urgencia")) << c.anchor;
    });
}

TEST_F(CompareTest, OneUndoTakesTheComparisonBack) {
    unoTest([&] {
        fs::copy_file(dir_ / "second-reading.odt", dir_ / "undo.odt",
                      fs::copy_options::overwrite_existing);
        auto doc = office_->open(dir_ / "undo.odt", {.withView = true});
        addComment(doc, "Restricting or blocking access", "Amina", "New since March.");
        const Outcome compared = dispatch(
            context(), doc, "org.proviso:compareEarlier",
            arguments({{"EarlierURL", Any(toOUString(fileUrl(dir_ / "first-reading.odt")))}}));
        ASSERT_EQ(compared.status(), "ok") << compared.text("Message");
        EXPECT_GT(compared.number("Commented"), 0);
        Reference<css::document::XUndoManagerSupplier> supplier(doc, UNO_QUERY_THROW);
        auto undo = supplier->getUndoManager();
        EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "Proviso: compare drafts");
        undo->undo();
        const std::vector<Comment> left = commentsOf(doc);
        ASSERT_EQ(left.size(), 1u) << "only the person's comment";
        EXPECT_EQ(left.front().content, "New since March.");
        cli::OfficeSession::close(doc);
    });
}

TEST_F(CompareTest, CompareTrackedChangesSeesWhatTheAmendmentsDo) {
    unoTest([&] {
        const nlohmann::json expected = expectedChanges("first-reading.txt", "second-reading.txt");
        fs::copy_file(dir_ / "first-reading.odt", dir_ / "amended.odt",
                      fs::copy_options::overwrite_existing);
        auto doc = office_->open(dir_ / "amended.odt", {.withView = true});
        // Without tracked changes there is nothing to compare, and nothing is written.
        const Outcome none = dispatch(context(), doc, "org.proviso:compareTracked", arguments({}));
        EXPECT_EQ(none.status(), "no-tracked-changes");
        EXPECT_TRUE(commentsOf(doc).empty());

        // The second reading's amendments, proposed as tracked changes on the first.
        Reference<css::beans::XPropertySet>(doc, UNO_QUERY_THROW)
            ->setPropertyValue("RecordChanges", Any(true));
        replaceWords(doc, ", on a warrant issued by a judge,", "");
        replaceWords(doc, "A person who publishes false news commits an offence.",
                     "A person who, knowing it to be false, publishes false news with intent to "
                     "cause serious public disorder commits an offence.");
        Reference<css::text::XText> body = doc->getText();
        for (const char* paragraph :
             {"Section 4 - Restricting or blocking access to computer data",
              "When a computer data is prima facie found to be in violation of the provisions of "
              "this Act, the Minister shall issue an order to restrict or block access to such "
              "computer data."}) {
            body->insertControlCharacter(body->getEnd(),
                                         css::text::ControlCharacter::PARAGRAPH_BREAK, false);
            body->insertString(body->getEnd(), toOUString(paragraph), false);
        }
        const std::vector<std::string> text = paragraphsOf(doc);
        const int tracked = trackedChanges(doc);
        ASSERT_GE(tracked, 3);

        const Outcome compared =
            dispatch(context(), doc, "org.proviso:compareTracked", arguments({}));
        ASSERT_EQ(compared.status(), "ok") << compared.text("Message");
        const auto changes = nlohmann::json::parse(compared.text("Changes"));
        EXPECT_EQ(keysOf(changes), keysOf(expected)) << changes.dump(1);
        EXPECT_EQ(compared.number("Riskier"), riskierIn(expected));
        EXPECT_EQ(paragraphsOf(doc), text) << "the amendments as they were proposed";
        // The new search power's comment, on its words, with "riskier" first.
        bool riskier = false;
        for (const Comment& c : provisos(commentsOf(doc))) {
            if (startsWith(c.content, "Riskier since the earlier draft:")) {
                riskier = true;
                EXPECT_NE(c.words.find("search or similarly access"), std::string::npos) << c.words;
            }
        }
        EXPECT_TRUE(riskier);
        bool recording = false;
        Reference<css::beans::XPropertySet>(doc, UNO_QUERY_THROW)
            ->getPropertyValue("RecordChanges") >>= recording;
        EXPECT_TRUE(recording) << "change tracking stays on";
        EXPECT_EQ(trackedChanges(doc), tracked) << "the comments are not tracked changes";

        // Saved as .docx and read back: the amendments still proposed, the comments there.
        office_->saveAs(doc, dir_ / "amended-compared.docx");
        cli::OfficeSession::close(doc);
        auto reopened = office_->open(dir_ / "amended-compared.docx");
        EXPECT_EQ(trackedChanges(reopened), tracked);
        int riskierAfter = 0, safeguards = 0;
        for (const Comment& c : provisos(commentsOf(reopened))) {
            riskierAfter += startsWith(c.content, "Riskier since the earlier draft:") ? 1 : 0;
            safeguards += startsWith(c.content,
                                     "Safeguard removed since the earlier draft: "
                                     "judicial authorisation")
                              ? 1
                              : 0;
        }
        EXPECT_EQ(riskierAfter, 1);
        EXPECT_EQ(safeguards, 1);
        cli::OfficeSession::close(reopened);
    });
}

TEST_F(CompareTest, TheCommandComparesOfficeDraftsAndWritesTheTable) {
    const nlohmann::json expected = expectedChanges("first-reading.txt", "second-reading.txt");
    const fs::path table = dir_ / "changes.odt";
    const testing::CommandResult json =
        outputOf(std::string(PROVISO_EXE) + " compare --format json " +
                 testing::quoted(dir_ / "first-reading.docx") + " " +
                 testing::quoted(dir_ / "second-reading.odt") + " -o " + testing::quoted(table));
    ASSERT_EQ(json.status, 1) << json.output;
    EXPECT_EQ(keysOf(nlohmann::json::parse(json.output)), keysOf(expected)) << json.output;

    const testing::CommandResult text = outputOf(std::string(PROVISO_EXE) + " compare " +
                                                 testing::quoted(dir_ / "first-reading.odt") + " " +
                                                 testing::quoted(kDrafts / "second-reading.txt"));
    EXPECT_EQ(text.status, 1) << text.output;
    const testing::CommandResult plain = outputOf(
        std::string(PROVISO_EXE) + " compare " + testing::quoted(kDrafts / "first-reading.txt") +
        " " + testing::quoted(kDrafts / "second-reading.txt"));
    EXPECT_EQ(text.output, plain.output) << "the same lines whichever way the drafts come";

    // The table, read back: title, sources, then a row per change in the header's columns.
    unoTest([&] {
        auto doc = office_->open(table);
        const std::vector<std::string> paragraphs = paragraphsOf(doc);
        ASSERT_GE(paragraphs.size(), 2u);
        EXPECT_EQ(paragraphs[0], "Changes in judgement: second-reading.odt");
        EXPECT_TRUE(startsWith(paragraphs[1], "Earlier draft: first-reading.docx."))
            << paragraphs[1];
        Reference<css::text::XTextTablesSupplier> tables(doc, UNO_QUERY_THROW);
        Reference<css::container::XIndexAccess> all(tables->getTextTables(), UNO_QUERY_THROW);
        ASSERT_EQ(all->getCount(), 1);
        Reference<css::text::XTextTable> t(all->getByIndex(0), UNO_QUERY_THROW);
        Reference<css::table::XCellRange> cells(t, UNO_QUERY_THROW);
        auto cell = [&](sal_Int32 column, sal_Int32 row) {
            return toUtf8(
                Reference<css::text::XText>(cells->getCellByPosition(column, row), UNO_QUERY_THROW)
                    ->getString());
        };
        EXPECT_EQ(t->getRows()->getCount(), static_cast<sal_Int32>(expected["changes"].size()) + 1);
        EXPECT_EQ(cell(2, 0), "Change");
        std::multiset<std::string> kinds;
        for (sal_Int32 r = 1; r < t->getRows()->getCount(); ++r) kinds.insert(cell(2, r));
        std::multiset<std::string> wanted;
        const std::map<std::string, std::string> names = {
            {"new-risk", "New risk"},
            {"resolved", "Risk resolved"},
            {"added", "Provision added"},
            {"deleted", "Provision deleted"},
            {"safeguard-removed", "Safeguard removed"},
            {"safeguard-added", "Safeguard added"}};
        for (const auto& c : expected["changes"]) wanted.insert(names.at(c["kind"]));
        EXPECT_EQ(kinds, wanted);
        cli::OfficeSession::close(doc);
    });
}

}  // namespace
}  // namespace proviso
