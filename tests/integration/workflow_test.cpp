// The reviewer's workflow in a real LibreOffice, with the real extension, on documents loaded
// with a view (a frame, a controller, a status bar, infobars), the commands dispatched through
// the same URLs the Tools > Proviso menu, the toolbar and the shortcuts use. Results are checked
// by reopening the saved files. The fixtures are public legal text: tests/fixtures/bill.fodt
// (English) has headings, a numbered list, a table, a footnote, fields, a bookmark, tracked
// changes, a protected section and reviewers' comments with a reply; tests/fixtures/decret.fodt
// (French) has a table, a footnote, a field, a bookmark, a tracked insertion and a comment with a
// reply.
#include <gtest/gtest.h>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/KeyModifier.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FrameSearchFlag.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XLayoutManager.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XFootnotesSupplier.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/ui/XAcceleratorConfiguration.hpp>
#include <com/sun/star/ui/XUIConfigurationManager.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/theModuleUIConfigurationManagerSupplier.hpp>
#include <com/sun/star/util/DateTime.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XReplaceDescriptor.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "../../src/uno/ustring.hpp"
#include "../support/config.hpp"
#include "../support/dispatch.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using testing::hasInfobar;
using testing::Outcome;
using testing::unoTest;
using uno::toOUString;
using uno::toUtf8;

struct Comment {
    std::string author, initials, content, anchor, date;
    auto key() const { return std::tie(author, initials, content, anchor, date); }
    bool operator<(const Comment& o) const { return key() < o.key(); }
    bool operator==(const Comment& o) const { return key() == o.key(); }
};

void PrintTo(const Comment& c, std::ostream* out) {
    *out << "{" << c.author << " (" << c.initials << ") " << c.date << " on \"" << c.anchor
         << "\": " << c.content.substr(0, 60) << "}";
}

bool byProviso(const Comment& c) { return c.author == "Proviso"; }

// What a reader sees of a document, besides the comments: every paragraph of the body (table
// cells included) and of the footnotes, as text.
struct Snapshot {
    std::vector<std::string> text;
    std::vector<std::string> redlines;  // tracked changes: type, author
    std::vector<Comment> comments;      // sorted
    std::vector<Comment> people() const {
        std::vector<Comment> out;
        std::copy_if(comments.begin(), comments.end(), std::back_inserter(out),
                     [](const Comment& c) { return !byProviso(c); });
        return out;
    }
    std::vector<Comment> proviso() const {
        std::vector<Comment> out;
        std::copy_if(comments.begin(), comments.end(), std::back_inserter(out), byProviso);
        return out;
    }
};

void readText(const Reference<css::text::XText>& text, std::vector<std::string>& out) {
    Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY_THROW);
    auto elements = access->createEnumeration();
    while (elements->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(elements->nextElement(), UNO_QUERY);
        if (info->supportsService("com.sun.star.text.TextTable")) {
            Reference<css::text::XTextTable> table(info, UNO_QUERY_THROW);
            for (const auto& name : table->getCellNames()) {
                readText(Reference<css::text::XText>(table->getCellByName(name), UNO_QUERY), out);
            }
        } else {
            out.push_back(toUtf8(Reference<css::text::XTextRange>(info, UNO_QUERY)->getString()));
        }
    }
}

Snapshot snapshot(const Reference<css::text::XTextDocument>& doc) {
    Snapshot s;
    readText(doc->getText(), s.text);
    Reference<css::text::XFootnotesSupplier> notes(doc, UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < notes->getFootnotes()->getCount(); ++i) {
        readText(Reference<css::text::XText>(notes->getFootnotes()->getByIndex(i), UNO_QUERY),
                 s.text);
    }
    Reference<css::document::XRedlinesSupplier> redlines(doc, UNO_QUERY_THROW);
    auto changes = redlines->getRedlines()->createEnumeration();
    while (changes->hasMoreElements()) {
        Reference<css::beans::XPropertySet> change(changes->nextElement(), UNO_QUERY_THROW);
        rtl::OUString type, author;
        change->getPropertyValue("RedlineType") >>= type;
        change->getPropertyValue("RedlineAuthor") >>= author;
        s.redlines.push_back(toUtf8(type) + " by " + toUtf8(author));
    }
    std::sort(s.redlines.begin(), s.redlines.end());
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY_THROW);
        rtl::OUString author, initials, content;
        css::util::DateTime date;
        props->getPropertyValue("Author") >>= author;
        props->getPropertyValue("Initials") >>= initials;
        props->getPropertyValue("Content") >>= content;
        props->getPropertyValue("DateTimeValue") >>= date;
        Reference<css::text::XTextContent> field(info, UNO_QUERY_THROW);
        const std::string when = std::to_string(date.Year) + "-" + std::to_string(date.Month) +
                                 "-" + std::to_string(date.Day) + " " + std::to_string(date.Hours) +
                                 ":" + std::to_string(date.Minutes);
        s.comments.push_back({toUtf8(author), toUtf8(initials), toUtf8(content),
                              toUtf8(field->getAnchor()->getString()), when});
    }
    std::sort(s.comments.begin(), s.comments.end());
    return s;
}

// A fixture in one format, with what Proviso must and must not flag in it.
struct Case {
    const char* fixture;               // tests/fixtures/<fixture>.fodt
    const char* format;                // odt or docx
    std::vector<const char*> flagged;  // words that must get a Proviso comment
    const char* sound;                 // a well-drafted provision: no Proviso comment inside it
    const char* heading;               // a heading of the comments, in the language of the document
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.fixture << "." << c.format; }

const std::vector<const char*> kBillFlagged = {"grossly offensive", "needless anxiety",
                                               "with due cause", "prima facie",
                                               "restrict or block access"};
const char* const kBillSound =
    "A judge may, on application, order the expeditious preservation of specified stored "
    "computer data for a period not exceeding ninety days, where there are reasonable grounds to "
    "believe that the data is relevant to a criminal investigation.";
const std::vector<const char*> kDecretFlagged = {"fausses nouvelles", "rumeurs",
                                                 "période ne soit pas inférieure à"};
const char* const kDecretSound =
    "Les autorités publiques doivent, lors de l'application des dispositions du présent "
    "décret-loi, respecter les garanties constitutionnelles";

const Case kBillOdt{"bill", "odt", kBillFlagged, kBillSound, "Why it matters: "};
const Case kBillDocx{"bill", "docx", kBillFlagged, kBillSound, "Why it matters: "};
const Case kDecretOdt{"decret", "odt", kDecretFlagged, kDecretSound,
                      "Pourquoi c'est important\u00a0: "};
const Case kDecretDocx{"decret", "docx", kDecretFlagged, kDecretSound,
                       "Pourquoi c'est important\u00a0: "};

class WorkflowTest : public ::testing::TestWithParam<Case> {
protected:
    static void SetUpTestSuite() {
        office_ = testing::startSuite("workflow", dir_, {"bill", "decret"});
    }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    std::string ext() const { return GetParam().format; }
    // A file name for this test's copy: name, fixture and format.
    std::string tag(const std::string& name) const {
        return name + "-" + GetParam().fixture + "." + ext();
    }

    // A fresh copy of the fixture in the format under test, opened with a view.
    Reference<css::text::XTextDocument> openCopy(const std::string& name, bool readOnly = false) {
        const fs::path copy = dir_ / tag(name);
        fs::copy_file(dir_ / (std::string(GetParam().fixture) + "." + ext()), copy,
                      fs::copy_options::overwrite_existing);
        return open(copy, readOnly);
    }
    static Reference<css::text::XTextDocument> open(const fs::path& file, bool readOnly = false) {
        return office_->open(file, {.withView = true, .readOnly = readOnly});
    }
    static Reference<css::text::XTextDocument> reopen(
        const Reference<css::text::XTextDocument>& doc, const fs::path& file) {
        office_->saveAs(doc, file);
        cli::OfficeSession::close(doc);
        return office_->open(file);
    }

    // Saved, closed and opened again with a view, where commands can be dispatched.
    static Reference<css::text::XTextDocument> reopenInView(
        const Reference<css::text::XTextDocument>& doc, const fs::path& file) {
        office_->saveAs(doc, file);
        cli::OfficeSession::close(doc);
        return open(file);
    }

    static Reference<css::frame::XFrame> frameOf(const Reference<css::text::XTextDocument>& doc) {
        Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
        return model->getCurrentController()->getFrame();
    }

    static Outcome dispatch(const Reference<css::text::XTextDocument>& doc, const char* url) {
        return testing::dispatch(office_->remoteContext(), doc, url);
    }

    static inline std::unique_ptr<cli::OfficeSession> office_;
    static inline fs::path dir_;
};

// The tests every real document must pass run on each fixture; those that edit or select
// particular provisions (BillTest) run on the bill.
class BillTest : public WorkflowTest {};

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
    return std::string(info.param.fixture) + "_" + info.param.format;
}
INSTANTIATE_TEST_SUITE_P(Documents, WorkflowTest,
                         ::testing::Values(kBillOdt, kBillDocx, kDecretOdt, kDecretDocx), caseName);
INSTANTIATE_TEST_SUITE_P(Documents, BillTest, ::testing::Values(kBillOdt, kBillDocx), caseName);

// Check -> save -> reopen: the text is as it was, word for word; reviewers' comments and their
// reply are exactly as they were; Proviso added one comment per finding outside the protected
// section, none on the well-drafted Section 20, and told the user at the end.
TEST_P(WorkflowTest, CheckKeepsEveryWordAndEveryPersonsComment) {
    auto doc = openCopy("check");
    const Snapshot before = snapshot(doc);
    ASSERT_EQ(before.people().size(), 2u) << "the fixture's comment and its reply";
    ASSERT_TRUE(before.proviso().empty());

    const Outcome outcome = dispatch(doc, "org.proviso:check");
    ASSERT_EQ(outcome.status(), "ok") << outcome.text("Message");
    EXPECT_GE(outcome.number("Findings"), static_cast<int>(GetParam().flagged.size()));
    EXPECT_EQ(outcome.number("Added") + outcome.number("NotCommented"), outcome.number("Concerns"));
    EXPECT_LE(outcome.number("Concerns"), outcome.number("Findings"));
    EXPECT_EQ(outcome.number("Removed"), 0);
    EXPECT_TRUE(hasInfobar(doc));

    const Snapshot after = snapshot(reopen(doc, dir_ / tag("checked")));
    // The same document saved and reopened without Proviso: what the format itself keeps. (A
    // .docx round trip in LibreOffice 7.4 rewrites the date field's format, with or without
    // Proviso; in .odt nothing changes at all.)
    const Snapshot control = snapshot(reopen(openCopy("control"), dir_ / tag("control")));
    EXPECT_EQ(after.text, control.text);
    if (ext() == "odt") {
        EXPECT_EQ(after.text, before.text);
    }
    EXPECT_EQ(after.redlines, before.redlines) << "comments are not tracked changes";
    EXPECT_EQ(after.people(), before.people());
    const auto ours = after.proviso();
    EXPECT_EQ(static_cast<int>(ours.size()), outcome.number("Added"));
    std::set<std::string> anchors;
    bool inDocumentLanguage = false;
    for (const Comment& c : ours) {
        EXPECT_FALSE(c.anchor.empty());
        EXPECT_EQ(c.initials, "PV");
        EXPECT_NE(c.content.find("[Proviso rule: "), std::string::npos);
        EXPECT_EQ(std::string(GetParam().sound).find(c.anchor), std::string::npos)
            << "a comment on the well-drafted provision: " << c.anchor;
        inDocumentLanguage |= c.content.find(GetParam().heading) != std::string::npos;
        anchors.insert(c.anchor);
    }
    EXPECT_TRUE(inDocumentLanguage) << GetParam().heading;
    // A comment covers its words, or the run from the first to the last of its rule's words
    // in one sentence of the provision.
    for (const char* flagged : GetParam().flagged) {
        EXPECT_TRUE(std::any_of(anchors.begin(), anchors.end(), [&](const std::string& a) {
            return a.find(flagged) != std::string::npos;
        })) << flagged;
    }
}

TEST_P(WorkflowTest, CheckingTwiceChangesNothing) {
    auto doc = openCopy("twice");
    const Outcome first = dispatch(doc, "org.proviso:check");
    ASSERT_EQ(first.status(), "ok");
    const Snapshot once = snapshot(doc);
    const Outcome second = dispatch(doc, "org.proviso:check");
    ASSERT_EQ(second.status(), "ok");
    EXPECT_EQ(second.number("Added"), 0);
    EXPECT_EQ(second.number("Removed"), 0);
    EXPECT_EQ(second.number("Kept"), first.number("Added"));
    EXPECT_EQ(snapshot(doc).comments, once.comments);
    cli::OfficeSession::close(doc);
}

// One Ctrl+Z takes the whole check back.
TEST_P(WorkflowTest, OneUndoRestoresTheOriginal) {
    auto doc = openCopy("undo");
    const Snapshot before = snapshot(doc);
    ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
    ASSERT_FALSE(snapshot(doc).proviso().empty());
    Reference<css::document::XUndoManagerSupplier> undo(doc, UNO_QUERY_THROW);
    EXPECT_EQ(toUtf8(undo->getUndoManager()->getCurrentUndoActionTitle()),
              "Proviso: check document");
    undo->getUndoManager()->undo();
    const Snapshot after = snapshot(doc);
    EXPECT_EQ(after.text, before.text);
    EXPECT_EQ(after.comments, before.comments);
    cli::OfficeSession::close(doc);
}

// Clear, after a save and reopen, leaves exactly the comments people wrote.
TEST_P(WorkflowTest, ClearLeavesExactlyTheOriginalComments) {
    auto doc = openCopy("clear");
    const Snapshot before = snapshot(doc);
    const Outcome checked = dispatch(doc, "org.proviso:check");
    ASSERT_EQ(checked.status(), "ok");
    const fs::path saved = dir_ / tag("clear-checked");
    office_->saveAs(doc, saved);
    cli::OfficeSession::close(doc);

    doc = open(saved);
    const Outcome cleared = dispatch(doc, "org.proviso:clear");
    ASSERT_EQ(cleared.status(), "ok");
    EXPECT_EQ(cleared.number("Removed"), checked.number("Added"));
    const Snapshot after = snapshot(reopen(doc, dir_ / tag("cleared")));
    // Saved twice without Proviso, as the document under test was (checked, then cleared).
    const Snapshot control =
        snapshot(reopen(reopen(openCopy("clear-control"), dir_ / tag("cc1")), dir_ / tag("cc2")));
    EXPECT_EQ(after.text, control.text);
    EXPECT_EQ(after.redlines, before.redlines);
    EXPECT_EQ(after.comments, control.comments);
}

// After a round trip through the other format, checking again recognises every comment
// Proviso wrote from what survives (author, initials, date, text), so nothing is duplicated.
TEST_P(WorkflowTest, CheckingAgainAfterARoundTripDuplicatesNothing) {
    auto doc = openCopy("roundtrip");
    const Outcome first = dispatch(doc, "org.proviso:check");
    ASSERT_EQ(first.status(), "ok");
    const fs::path docx = dir_ / (tag("roundtrip") + ".docx");
    office_->saveAs(doc, docx);
    cli::OfficeSession::close(doc);

    doc = open(docx);
    const Outcome again = dispatch(doc, "org.proviso:check");
    ASSERT_EQ(again.status(), "ok");
    EXPECT_EQ(again.number("Added"), 0);
    EXPECT_EQ(again.number("Removed"), 0);
    EXPECT_EQ(again.number("Kept"), first.number("Added"));
    cli::OfficeSession::close(doc);
}

// A reviewer replies to a Proviso comment and edits the text. Checking again keeps the comment
// they replied to, and the reply; the comment whose words were edited away goes; nothing is
// doubled.
TEST_P(BillTest, RepliesSurviveCheckingAgainAfterEdits) {
    unoTest([&] {
        auto doc = openCopy("reply");
        const Outcome first = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(first.status(), "ok");

        // Reply, at the place of Proviso's comment on "with due cause".
        Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
        auto fields = supplier->getTextFields()->createEnumeration();
        Reference<css::text::XTextRange> repliedTo;
        while (fields->hasMoreElements() && !repliedTo.is()) {
            Reference<css::text::XTextContent> field(fields->nextElement(), UNO_QUERY);
            Reference<css::lang::XServiceInfo> info(field, UNO_QUERY);
            if (!info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
            Reference<css::beans::XPropertySet> props(field, UNO_QUERY);
            rtl::OUString author;
            props->getPropertyValue("Author") >>= author;
            if (author == "Proviso" && field->getAnchor()->getString() == "with due cause") {
                repliedTo = field->getAnchor();
            }
        }
        ASSERT_TRUE(repliedTo.is());
        Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> reply(
            factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
        reply->setPropertyValue("Author", Any(rtl::OUString("Analyst")));
        reply->setPropertyValue("Content",
                                Any(rtl::OUString("Reply to Proviso: raise in hearing.")));
        repliedTo->getText()->insertTextContent(
            repliedTo->getStart(), Reference<css::text::XTextContent>(reply, UNO_QUERY), false);
        // Edit: "insult" goes from the list of feelings the offence protects.
        Reference<css::util::XReplaceable> replaceable(doc, UNO_QUERY_THROW);
        auto search = replaceable->createReplaceDescriptor();
        search->setSearchString("insult, ");
        search->setReplaceString("");
        ASSERT_EQ(replaceable->replaceAll(
                      Reference<css::util::XSearchDescriptor>(search, UNO_QUERY_THROW)),
                  1);
        const Snapshot edited = snapshot(doc);

        const Outcome again = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(again.status(), "ok");
        // The feelings comment of Section 24(2) no longer names the same words: it is
        // written anew, without "insult".
        EXPECT_EQ(again.number("Removed"), 1);
        EXPECT_EQ(again.number("Added"), 1);
        EXPECT_EQ(again.number("Kept"), first.number("Added") - 1);
        const Snapshot after = snapshot(reopen(doc, dir_ / tag("replied")));
        EXPECT_EQ(after.people(), edited.people());
        EXPECT_EQ(after.people().size(), 3u);
        const auto ours = after.proviso();
        EXPECT_EQ(static_cast<int>(ours.size()), first.number("Added"));
        EXPECT_TRUE(std::none_of(ours.begin(), ours.end(), [](const Comment& c) {
            return c.content.find("\u201cinsult\u201d") != std::string::npos;
        }));
    });
}

// Proviso's comment (its field) whose flagged words contain `words`.
Reference<css::text::XTextContent> provisoCommentOn(const Reference<css::text::XTextDocument>& doc,
                                                    const std::string& words) {
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::text::XTextContent> field(fields->nextElement(), UNO_QUERY);
        Reference<css::lang::XServiceInfo> info(field, UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation"))
            continue;
        Reference<css::beans::XPropertySet> props(field, UNO_QUERY_THROW);
        rtl::OUString author;
        props->getPropertyValue("Author") >>= author;
        if (author == "Proviso" &&
            toUtf8(field->getAnchor()->getString()).find(words) != std::string::npos) {
            return field;
        }
    }
    return nullptr;
}

// Deletes a comment through the API, as a macro would. (In LibreOffice 7.4, with the view
// live, a comment on words disposed so stays behind at a point: Proviso must read it as deleted.)
void deleteComment(const Reference<css::text::XTextContent>& comment) {
    Reference<css::lang::XComponent>(comment, UNO_QUERY_THROW)->dispose();
}

// A person's comment at the start of `on`: what Writer's Reply does.
void replyTo(const Reference<css::text::XTextDocument>& doc,
             const Reference<css::text::XTextContent>& on, const char* text) {
    Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> reply(
        factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
    reply->setPropertyValue("Author", Any(rtl::OUString("Analyst")));
    reply->setPropertyValue("Content", Any(rtl::OUString::createFromAscii(text)));
    Reference<css::text::XTextRange> at = on->getAnchor();
    at->getText()->insertTextContent(at->getStart(),
                                     Reference<css::text::XTextContent>(reply, UNO_QUERY), false);
}

// A person types a note at the end of Proviso's comment, in the comment itself.
void addNoteTo(const Reference<css::text::XTextContent>& comment, const char* note) {
    Reference<css::beans::XPropertySet> props(comment, UNO_QUERY_THROW);
    rtl::OUString text;
    props->getPropertyValue("Content") >>= text;
    props->setPropertyValue("Content", Any(text + rtl::OUString::createFromAscii(note)));
}

std::string ruleOf(const Comment& c) {
    const std::size_t at = c.content.rfind("[Proviso rule: ");
    if (at == std::string::npos) return {};
    const std::size_t from = at + 15;
    return c.content.substr(from, c.content.find_first_of(" ]", from) - from);
}

// One comment per rule per provision: Section 24(2)'s feelings ("annoyance, inconvenience,
// insult, ill will, needless anxiety") are one comment that names them all, and its first line
// is the concern, not a code.
TEST_P(BillTest, OneCommentPerRuleAndProvision) {
    unoTest([&] {
        auto doc = openCopy("merged");
        const Outcome outcome = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(outcome.status(), "ok") << outcome.text("Message");
        EXPECT_LT(outcome.number("Concerns"), outcome.number("Findings"));
        const auto ours = snapshot(doc).proviso();
        EXPECT_EQ(static_cast<int>(ours.size()),
                  outcome.number("Concerns") - outcome.number("NotCommented"));
        std::vector<Comment> feelings;
        for (const Comment& c : ours) {
            if (ruleOf(c) == "offensive-message-offence" &&
                c.anchor.find("annoyance") != std::string::npos) {
                feelings.push_back(c);
            }
            const std::string first = c.content.substr(0, c.content.find('\n'));
            EXPECT_EQ(first.find("HIGH"), std::string::npos) << first;
            EXPECT_EQ(first.find(ruleOf(c)), std::string::npos) << first;
        }
        ASSERT_EQ(feelings.size(), 1u) << "one comment for the feelings rule in Section 24(2)";
        for (const char* word : {"insult", "ill will", "needless anxiety"}) {
            EXPECT_NE(feelings[0].content.find(word), std::string::npos) << word;
        }
        const Outcome again = dispatch(doc, "org.proviso:check");
        EXPECT_EQ(again.number("Added"), 0);
        EXPECT_EQ(again.number("Removed"), 0);
        cli::OfficeSession::close(doc);
    });
}

// A reviewer deletes a Proviso comment they judge wrong: after saving and reopening, checking
// again does not bring it back, and says so.
TEST_P(BillTest, DeletedCommentStaysDismissed) {
    unoTest([&] {
        auto doc = openCopy("dismiss");
        const Outcome first = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(first.status(), "ok");
        Reference<css::text::XTextContent> judgedWrong = provisoCommentOn(doc, "with due cause");
        ASSERT_TRUE(judgedWrong.is());
        deleteComment(judgedWrong);
        const fs::path saved = dir_ / tag("dismissed");
        office_->saveAs(doc, saved);
        cli::OfficeSession::close(doc);

        doc = open(saved);
        const Outcome again = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(again.status(), "ok") << again.text("Message");
        EXPECT_EQ(again.number("Added"), 0);
        EXPECT_EQ(again.number("Dismissed"), 1);
        EXPECT_EQ(again.number("Kept"), first.number("Added") - 1);
        EXPECT_FALSE(provisoCommentOn(doc, "with due cause").is());
        // ... and after one more round trip, still dismissed.
        doc = reopenInView(doc, dir_ / tag("dismissed-again"));
        EXPECT_EQ(dispatch(doc, "org.proviso:check").number("Added"), 0);
        // Restore dismissed findings, then check: it is back.
        EXPECT_EQ(dispatch(doc, "org.proviso:restoreDismissed").status(), "ok");
        EXPECT_EQ(dispatch(doc, "org.proviso:check").number("Added"), 1);
        EXPECT_TRUE(provisoCommentOn(doc, "with due cause").is());
        cli::OfficeSession::close(doc);
    });
}

// Undoing a check takes its comments away without making them look dismissed.
TEST_P(BillTest, UndoneCheckIsNotADismissal) {
    unoTest([&] {
        auto doc = openCopy("undo-record");
        const Outcome first = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(first.status(), "ok");
        EXPECT_TRUE(hasInfobar(doc));
        Reference<css::document::XUndoManagerSupplier> undo(doc, UNO_QUERY_THROW);
        undo->getUndoManager()->undo();
        EXPECT_TRUE(snapshot(doc).proviso().empty());
        EXPECT_FALSE(hasInfobar(doc)) << "the infobar spoke of what was undone";
        const Outcome again = dispatch(doc, "org.proviso:check");
        EXPECT_EQ(again.number("Dismissed"), 0);
        EXPECT_EQ(again.number("Added"), first.number("Added"));
        cli::OfficeSession::close(doc);
    });
}

// Clear keeps the Proviso comments people worked on: one with a note typed into it, one with
// a reply. The reply keeps what it answers; the message says how many were kept.
TEST_P(BillTest, ClearKeepsCommentsPeopleWorkedOn) {
    unoTest([&] {
        auto doc = openCopy("clear-worked");
        const Outcome first = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(first.status(), "ok");
        auto noted = provisoCommentOn(doc, "with due cause");
        auto replied = provisoCommentOn(doc, "prima facie");
        ASSERT_TRUE(noted.is() && replied.is());
        addNoteTo(noted, " Our note: raise at second reading.");
        replyTo(doc, replied, "Reply: agreed.");
        doc = reopenInView(doc, dir_ / tag("clear-worked"));
        const Snapshot before = snapshot(doc);

        const Outcome cleared = dispatch(doc, "org.proviso:clear");
        ASSERT_EQ(cleared.status(), "ok");
        EXPECT_EQ(cleared.number("Kept"), 2);
        EXPECT_EQ(cleared.number("Removed"), first.number("Added") - 2);
        const Snapshot after = snapshot(reopen(doc, dir_ / tag("clear-worked-after")));
        EXPECT_EQ(after.people(), before.people()) << "the reply and the fixture's comments";
        ASSERT_EQ(after.proviso().size(), 2u);
        std::set<std::string> kept;
        for (const Comment& c : after.proviso()) kept.insert(c.anchor);
        EXPECT_EQ(kept, (std::set<std::string>{"with due cause", "prima facie"}));
        bool noteKept = false;
        for (const Comment& c : after.proviso()) {
            noteKept |= c.content.find("Our note: raise at second reading.") != std::string::npos;
        }
        EXPECT_TRUE(noteKept);
    });
}

// When the finding under a comment someone replied to is gone (the power now needs a judge's
// warrant), checking again keeps the comment, marked "no longer found"; one nobody worked on
// would simply go.
TEST_P(BillTest, WorkedOnCommentWhoseFindingIsGoneIsMarkedNotRemoved) {
    unoTest([&] {
        auto doc = openCopy("gone");
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        auto comment = provisoCommentOn(doc, "with due cause");
        ASSERT_TRUE(comment.is());
        replyTo(doc, comment, "Reply: the ministry promised a warrant.");
        Reference<css::util::XReplaceable> replaceable(doc, UNO_QUERY_THROW);
        auto edit = replaceable->createReplaceDescriptor();
        edit->setSearchString("shall be authorized to collect");
        edit->setReplaceString("shall be authorized, upon a warrant issued by a judge, to collect");
        ASSERT_EQ(
            replaceable->replaceAll(Reference<css::util::XSearchDescriptor>(edit, UNO_QUERY_THROW)),
            1);
        const Outcome again = dispatch(doc, "org.proviso:check");
        ASSERT_EQ(again.status(), "ok") << again.text("Message");
        EXPECT_EQ(again.number("NoLongerFound"), 1);
        doc = reopenInView(doc, dir_ / tag("gone"));
        const Snapshot after = snapshot(doc);
        const auto ours = after.proviso();
        auto kept = std::find_if(ours.begin(), ours.end(),
                                 [](const Comment& c) { return c.anchor == "with due cause"; });
        ASSERT_NE(kept, ours.end());
        EXPECT_EQ(kept->content.rfind("No longer found", 0), 0u) << kept->content;
        EXPECT_EQ(after.people().size(), 3u) << "the reply and the fixture's two comments";
        // Checked once more: still one comment there, marked once.
        EXPECT_EQ(dispatch(doc, "org.proviso:check").number("Added"), 0);
        cli::OfficeSession::close(doc);
    });
}

// On a French text every comment speaks French: its first line has none of the English words
// a rule's message or a severity would bring, and no comment is in English throughout.
TEST(FrenchComments, FirstLinesAndCommentsAreInFrench) {
    unoTest([&] {
        fs::path dir;
        auto office = testing::startSuite("french", dir, {"decret"});
        for (const char* ext : {"odt", "docx"}) {
            auto doc = office->open(dir / (std::string("decret.") + ext), {.withView = true});
            Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
            Reference<css::frame::XDispatchProvider> frame(
                model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
            auto helper = css::frame::DispatchHelper::create(office->remoteContext());
            const Outcome outcome(helper->executeDispatch(frame, "org.proviso:check", "", 0,
                                                          Sequence<css::beans::PropertyValue>()));
            ASSERT_EQ(outcome.status(), "ok") << outcome.text("Message");
            const auto ours = snapshot(doc).proviso();
            ASSERT_FALSE(ours.empty());
            for (const Comment& c : ours) {
                const std::string first = " " + c.content.substr(0, c.content.find('\n')) + " ";
                for (const char* english :
                     {" the ", " of ", " and ", " without ", " power ", " Power ", " Offence ",
                      " offence ", " HIGH ", " high ", " risk ", " Why it matters"}) {
                    EXPECT_EQ(first.find(english), std::string::npos)
                        << ext << ": \"" << english << "\" in " << first;
                }
                EXPECT_EQ(c.content.find("Why it matters: "), std::string::npos) << c.content;
                EXPECT_EQ(c.content.find("Ask for: "), std::string::npos) << c.content;
            }
            cli::OfficeSession::close(doc);
        }
        testing::endSuite(office, dir);
    });
}

// The protected section (Section 30) gets no comment; its finding is counted and reported.
TEST_P(BillTest, ProtectedSectionGetsNoComment) {
    auto doc = openCopy("protected");
    const Outcome outcome = dispatch(doc, "org.proviso:check");
    ASSERT_EQ(outcome.status(), "ok");
    if (ext() == "odt") {
        // (.docx keeps no section protection, so there the section is ordinary text.)
        EXPECT_EQ(outcome.number("NotCommented"), 1);
        EXPECT_NE(outcome.text("Message").find("protected"), std::string::npos);
        for (const Comment& c : snapshot(doc).proviso()) {
            EXPECT_NE(c.anchor, "block access") << "Section 30 is protected";
        }
    }
    EXPECT_EQ(outcome.number("Added") + outcome.number("NotCommented"), outcome.number("Concerns"));
    cli::OfficeSession::close(doc);
}

// A read-only document is left exactly as it was, and the user is told why.
TEST_P(BillTest, ReadOnlyDocumentIsLeftAlone) {
    auto doc = openCopy("readonly", true);
    const Snapshot before = snapshot(doc);
    const Outcome outcome = dispatch(doc, "org.proviso:check");
    EXPECT_EQ(outcome.status(), "read-only");
    EXPECT_TRUE(hasInfobar(doc));
    EXPECT_EQ(snapshot(doc).comments, before.comments);
    EXPECT_EQ(dispatch(doc, "org.proviso:clear").status(), "read-only");
    cli::OfficeSession::close(doc);
}

// Check selection: only the selected paragraph's findings, and only its comments.
TEST_P(BillTest, CheckSelectionTouchesOnlyTheSelection) {
    auto doc = openCopy("selection");
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::view::XSelectionSupplier> view(model->getCurrentController(), UNO_QUERY_THROW);

    EXPECT_EQ(dispatch(doc, "org.proviso:checkSelection").status(), "no-selection");

    // The body paragraph of Section 12.
    Reference<css::container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
    auto paragraphs = body->createEnumeration();
    Reference<css::text::XTextRange> section12;
    while (paragraphs->hasMoreElements() && !section12.is()) {
        Reference<css::text::XTextRange> p(paragraphs->nextElement(), UNO_QUERY);
        if (p.is() && toUtf8(p->getString()).rfind("Law enforcement", 0) == 0) section12 = p;
    }
    ASSERT_TRUE(section12.is());
    ASSERT_TRUE(view->select(Any(section12)));
    const Outcome outcome = dispatch(doc, "org.proviso:checkSelection");
    ASSERT_EQ(outcome.status(), "ok") << outcome.text("Message");
    EXPECT_GE(outcome.number("Findings"), 2);
    const auto ours = snapshot(doc).proviso();
    EXPECT_EQ(static_cast<int>(ours.size()), outcome.number("Added"));
    const std::string paragraph = toUtf8(section12->getString());
    for (const Comment& c : ours) {
        EXPECT_NE(paragraph.find(c.anchor), std::string::npos) << c.anchor;
    }
    cli::OfficeSession::close(doc);
}

// Check selection with table cells selected as cells: the findings in those cells.
TEST_P(BillTest, CheckSelectionOfTableCells) {
    unoTest([&] {
        auto doc = openCopy("cells");
        Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
        Reference<css::view::XSelectionSupplier> view(model->getCurrentController(),
                                                      UNO_QUERY_THROW);
        Reference<css::text::XTextTablesSupplier> tables(doc, UNO_QUERY_THROW);
        Reference<css::container::XIndexAccess> all(tables->getTextTables(), UNO_QUERY_THROW);
        Reference<css::table::XCellRange> schedule(all->getByIndex(0), UNO_QUERY_THROW);
        ASSERT_TRUE(view->select(Any(schedule->getCellRangeByName("A1:B1"))));
        const Outcome outcome = dispatch(doc, "org.proviso:checkSelection");
        ASSERT_EQ(outcome.status(), "ok") << outcome.text("Message");
        EXPECT_EQ(outcome.number("Findings"), 2) << "prima facie; restrict or block access";
        std::set<std::string> anchors;
        for (const Comment& c : snapshot(doc).proviso()) anchors.insert(c.anchor);
        EXPECT_EQ(anchors, (std::set<std::string>{"prima facie", "restrict or block access"}));
        cli::OfficeSession::close(doc);
    });
}

// Findings table: a new Writer document with one row per finding under a header row.
TEST_P(BillTest, FindingsTableOpensANewDocument) {
    auto doc = openCopy("table");
    const Snapshot before = snapshot(doc);
    const Outcome outcome = dispatch(doc, "org.proviso:findingsTable");
    ASSERT_EQ(outcome.status(), "ok") << outcome.text("Message");
    Reference<css::text::XTextDocument> table(outcome.value("Table"), UNO_QUERY);
    ASSERT_TRUE(table.is());
    EXPECT_NE(table, doc);
    Reference<css::text::XTextTablesSupplier> tables(table, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> all(tables->getTextTables(), UNO_QUERY_THROW);
    ASSERT_EQ(all->getCount(), 1);
    Reference<css::text::XTextTable> first(all->getByIndex(0), UNO_QUERY_THROW);
    EXPECT_EQ(first->getRows()->getCount(), outcome.number("Findings") + 1);
    EXPECT_EQ(snapshot(doc).comments, before.comments) << "the table changes nothing in the bill";
    cli::OfficeSession::close(table);
    cli::OfficeSession::close(doc);
}

// Writer gets the toolbar, the shortcuts and the Options command. The commands are offered for
// text documents only: a frame without one gets no dispatch,
// which greys the entries out. (Only Writer is installed here, so the frame that shows no text
// document is an empty one.)
TEST(WorkflowCommands, ToolbarShortcutsAndOptionsInWriterOnly) {
    unoTest([&] {
        cli::OfficeSession office(cli::OfficeOptions{.oxt = PROVISO_OXT});
        auto desktop = css::frame::Desktop::create(office.remoteContext());
        auto transformer = css::util::URLTransformer::create(office.remoteContext());
        auto offered = [&](const Reference<css::frame::XFrame>& frame) {
            css::util::URL url;
            url.Complete = "org.proviso:check";
            transformer->parseStrict(url);
            Reference<css::frame::XDispatchProvider> provider(frame, UNO_QUERY_THROW);
            return provider->queryDispatch(url, "", 0).is();
        };
        Reference<css::frame::XComponentLoader> loader(desktop, UNO_QUERY_THROW);
        Reference<css::frame::XModel> writer(
            loader->loadComponentFromURL("private:factory/swriter", "_blank", 0,
                                         Sequence<css::beans::PropertyValue>()),
            UNO_QUERY_THROW);
        Reference<css::frame::XFrame> writerFrame = writer->getCurrentController()->getFrame();
        EXPECT_TRUE(offered(writerFrame));

        // The Proviso toolbar is part of a Writer window.
        Reference<css::beans::XPropertySet> frameProps(writerFrame, UNO_QUERY_THROW);
        Reference<css::frame::XLayoutManager> layout(frameProps->getPropertyValue("LayoutManager"),
                                                     UNO_QUERY_THROW);
        EXPECT_TRUE(layout->getElement("private:resource/toolbar/addon_org.proviso.toolbar").is());

        // Ctrl+Alt+Shift+R checks the document, Ctrl+Alt+Shift+L the selection.
        auto shortcuts =
            css::ui::theModuleUIConfigurationManagerSupplier::get(office.remoteContext())
                ->getUIConfigurationManager("com.sun.star.text.TextDocument")
                ->getShortCutManager();
        css::awt::KeyEvent key;
        key.Modifiers = css::awt::KeyModifier::SHIFT | css::awt::KeyModifier::MOD1 |
                        css::awt::KeyModifier::MOD2;
        key.KeyCode = css::awt::Key::R;
        EXPECT_EQ(toUtf8(shortcuts->getCommandByKeyEvent(key)), "org.proviso:check");
        key.KeyCode = css::awt::Key::L;
        EXPECT_EQ(toUtf8(shortcuts->getCommandByKeyEvent(key)), "org.proviso:checkSelection");

        // Options... opens Tools > Options at Proviso's page (a headless office closes the
        // dialog at once; what matters here is that the command runs and returns).
        auto helper = css::frame::DispatchHelper::create(office.remoteContext());
        css::frame::DispatchResultEvent opened;
        helper->executeDispatch(
            Reference<css::frame::XDispatchProvider>(writerFrame, UNO_QUERY_THROW),
            "org.proviso:options", "", 0, Sequence<css::beans::PropertyValue>()) >>= opened;
        EXPECT_EQ(opened.State, css::frame::DispatchResultState::SUCCESS);
        Reference<css::util::XCloseable>(writer, UNO_QUERY_THROW)->close(true);

        Reference<css::frame::XFrame> empty =
            desktop->findFrame("_blank", css::frame::FrameSearchFlag::CREATE);
        ASSERT_TRUE(empty.is());
        EXPECT_FALSE(offered(empty));
        empty->dispose();
    });
}

// The comment author is an option. Comments written under the old name are still recognised as
// Proviso's own, so changing the name duplicates nothing; the new name is on new comments.
TEST(WorkflowCommands, CommentAuthorFollowsTheOptions) {
    unoTest([&] {
        cli::OfficeSession office(cli::OfficeOptions{.oxt = PROVISO_OXT});
        const fs::path dir = testing::scratchDir("author");
        testing::saveFixture(office, "bill", dir, {"odt"});
        auto doc = office.open(dir / "bill.odt", {.withView = true});
        auto helper = css::frame::DispatchHelper::create(office.remoteContext());
        Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
        Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(),
                                                       UNO_QUERY_THROW);
        auto check = [&] {
            return Outcome(helper->executeDispatch(frame, "org.proviso:check", "", 0,
                                                   Sequence<css::beans::PropertyValue>()));
        };
        const Outcome first = check();
        ASSERT_EQ(first.status(), "ok");

        testing::setConfig(office.remoteContext(), "/org.proviso.Settings/General", "Author",
                           Any(rtl::OUString("Civil Society Review")));
        const Outcome again = check();
        EXPECT_EQ(again.number("Added"), 0) << "comments by \"Proviso\" are still Proviso's";
        EXPECT_EQ(again.number("Kept"), first.number("Added"));

        // Cleared and checked again: every comment now carries the new name.
        helper->executeDispatch(frame, "org.proviso:clear", "", 0,
                                Sequence<css::beans::PropertyValue>());
        const Outcome renamed = check();
        EXPECT_EQ(renamed.number("Added"), first.number("Added"));
        const Snapshot after = snapshot(doc);
        int byNewName = 0;
        for (const Comment& c : after.comments) byNewName += c.author == "Civil Society Review";
        EXPECT_EQ(byNewName, first.number("Added"));
        EXPECT_EQ(after.comments.size() - byNewName, 2u) << "the reviewers' two comments";
        cli::OfficeSession::close(doc);
        fs::remove_all(dir);
    });
}

}  // namespace
}  // namespace proviso
