// What Proviso's edits do to the rest of a document, against a real headless LibreOffice with
// the real extension installed: tracked changes stay exactly as they were, change for change,
// and when an update fails the rollback takes back Proviso's step and nothing of the user's.
#include <gtest/gtest.h>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "../../src/uno/ustring.hpp"
#include "../support/command.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using testing::CommandResult;
using testing::proviso;
using testing::quoted;
using testing::run;
using uno::toUtf8;

// A tracked change as a reviewer sees it: what kind, by whom, when, and the words it covers.
std::vector<std::string> trackedChanges(const Reference<css::text::XTextDocument>& doc) {
    std::vector<std::string> out;
    Reference<css::document::XRedlinesSupplier> supplier(doc, UNO_QUERY_THROW);
    auto changes = supplier->getRedlines()->createEnumeration();
    while (changes->hasMoreElements()) {
        Reference<css::beans::XPropertySet> change(changes->nextElement(), UNO_QUERY_THROW);
        rtl::OUString type, author;
        css::util::DateTime date;
        Reference<css::text::XTextRange> start, end;
        change->getPropertyValue("RedlineType") >>= type;
        change->getPropertyValue("RedlineAuthor") >>= author;
        change->getPropertyValue("RedlineDateTime") >>= date;
        change->getPropertyValue("RedlineStart") >>= start;
        change->getPropertyValue("RedlineEnd") >>= end;
        std::string words;
        if (start.is() && end.is()) {
            auto cursor = start->getText()->createTextCursorByRange(start);
            cursor->gotoRange(end, true);
            words = toUtf8(cursor->getString());
        }
        out.push_back(toUtf8(type) + " by " + toUtf8(author) + " on " + std::to_string(date.Year) +
                      "-" + std::to_string(date.Month) + "-" + std::to_string(date.Day) + ": \"" +
                      words + "\"");
    }
    return out;
}

std::vector<std::string> paragraphs(const Reference<css::text::XTextDocument>& doc) {
    std::vector<std::string> out;
    Reference<css::container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
    auto all = body->createEnumeration();
    while (all->hasMoreElements()) {
        Reference<css::text::XTextRange> p(all->nextElement(), UNO_QUERY);
        if (p.is()) out.push_back(toUtf8(p->getString()));
    }
    return out;
}

// The words each comment by `author` covers, sorted.
std::vector<std::string> commentAnchors(const Reference<css::text::XTextDocument>& doc,
                                        const std::string& author) {
    std::vector<std::string> out;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation"))
            continue;
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY_THROW);
        rtl::OUString by;
        props->getPropertyValue("Author") >>= by;
        if (toUtf8(by) != author) continue;
        out.push_back(toUtf8(
            Reference<css::text::XTextContent>(info, UNO_QUERY_THROW)->getAnchor()->getString()));
    }
    std::sort(out.begin(), out.end());
    return out;
}

class TrackedChangesTest : public ::testing::TestWithParam<const char*> {
protected:
    static void SetUpTestSuite() { office_ = testing::startSuite("redlines", dir_, {"redlines"}); }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }
    static inline std::unique_ptr<cli::OfficeSession> office_;
    static inline fs::path dir_;
};

INSTANTIATE_TEST_SUITE_P(Formats, TrackedChangesTest, ::testing::Values("odt", "docx"));

// A comment's own character goes at the end of the words it covers; put inside a tracked
// change, it would cut the change in two. Each comment ending in a change ends at the change's
// end instead (or, when the change runs on into the next paragraph, marks where it begins), a
// finding in a paragraph wholly inside a longer change is counted and not commented, and the
// document's tracked changes are exactly those it had. A second run keeps every comment.
TEST_P(TrackedChangesTest, CommentsLeaveEveryTrackedChangeWhole) {
    const std::string ext = GetParam();
    const fs::path input = dir_ / ("redlines." + ext);
    const fs::path output = dir_ / ("annotated." + ext);
    const fs::path again = dir_ / ("again." + ext);

    const CommandResult result = run(proviso("annotate") + quoted(input) + " -o " + quoted(output));
    ASSERT_EQ(result.status, 0) << result.output;
    EXPECT_NE(result.output.find(": 7 findings (7 high); comments: 6 added, 0 kept, 0 removed; 1 "
                                 "not commented (protected text, or a tracked change over "
                                 "several paragraphs)"),
              std::string::npos)
        << result.output;

    auto before = office_->open(input);
    auto after = office_->open(output);
    const std::vector<std::string> changes = trackedChanges(before);
    ASSERT_EQ(changes.size(), 5u) << "the fixture's four insertions and one deletion";
    EXPECT_EQ(trackedChanges(after), changes);
    EXPECT_EQ(paragraphs(after), paragraphs(before));
    const std::vector<std::string> expected = {"",  // where the change over (4)-(5) begins
                                               "annoyance commits an offence.",
                                               "fake news",
                                               "false news commits",
                                               "knows to be false",
                                               "needless anxiety"};
    EXPECT_EQ(commentAnchors(after, "Proviso"), expected);
    cli::OfficeSession::close(before);
    cli::OfficeSession::close(after);

    const CommandResult second = run(proviso("annotate") + quoted(output) + " -o " + quoted(again));
    ASSERT_EQ(second.status, 0) << second.output;
    EXPECT_NE(second.output.find("comments: 0 added, 6 kept, 0 removed"), std::string::npos)
        << second.output;
    auto twice = office_->open(again);
    EXPECT_EQ(trackedChanges(twice), changes);
    cli::OfficeSession::close(twice);
}

// The result of a dispatched command: its status and message.
struct Outcome {
    std::string status, message;
};

Outcome dispatch(cli::OfficeSession& office, const Reference<css::text::XTextDocument>& doc,
                 const char* url) {
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(),
                                                   UNO_QUERY_THROW);
    auto helper = css::frame::DispatchHelper::create(office.remoteContext());
    css::frame::DispatchResultEvent event;
    helper->executeDispatch(frame, rtl::OUString::createFromAscii(url), "", 0, {}) >>= event;
    Sequence<css::beans::NamedValue> values;
    event.Result >>= values;
    Outcome out;
    for (const auto& v : values) {
        rtl::OUString s;
        if (v.Name == "Status" && (v.Value >>= s)) out.status = toUtf8(s);
        if (v.Name == "Message" && (v.Value >>= s)) out.message = toUtf8(s);
    }
    return out;
}

// An office whose Proviso fails on purpose at one point of an update (PROVISO_TEST_FAIL_AT,
// read by the component in the office's environment), as a failing Writer call would.
class RollbackTest : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override {
        ::setenv("PROVISO_TEST_FAIL_AT", GetParam(), 1);
        office_ = std::make_unique<cli::OfficeSession>(cli::OfficeOptions{PROVISO_OXT});
        ::unsetenv("PROVISO_TEST_FAIL_AT");
        dir_ = testing::scratchDir(std::string("rollback-") + GetParam());
        testing::saveFixture(*office_, "tricky", dir_, {"odt"});
    }
    void TearDown() override {
        office_.reset();
        fs::remove_all(dir_);
    }
    std::unique_ptr<cli::OfficeSession> office_;
    fs::path dir_;
};

std::string failPointName(const ::testing::TestParamInfo<const char*>& info) {
    std::string name = info.param;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
}
INSTANTIATE_TEST_SUITE_P(FailAt, RollbackTest,
                         ::testing::Values("starting-edit", "before-first-change", "after-changes"),
                         failPointName);

// The user made an edit (their own undo step) and has change tracking on; then Check document
// fails. Whether it failed before its first change, after its changes or while setting up,
// the user's edit is still there and still the step Undo takes back, no Proviso comment is
// left, Redo has nothing of Proviso's to bring back, and change tracking is on again.
TEST_P(RollbackTest, AFailedCheckTakesBackOnlyItsOwnStep) {
    auto doc = office_->open(dir_ / "tricky.odt", {.withView = true});
    Reference<css::document::XUndoManagerSupplier> supplier(doc, UNO_QUERY_THROW);
    auto undo = supplier->getUndoManager();
    undo->enterUndoContext("The user's edit");
    doc->getText()->insertString(doc->getText()->getEnd(), "A sentence the user typed.", false);
    undo->leaveUndoContext();
    Reference<css::beans::XPropertySet>(doc, UNO_QUERY_THROW)
        ->setPropertyValue("RecordChanges", css::uno::Any(true));
    const std::vector<std::string> text = paragraphs(doc);
    ASSERT_NE(text.back().find("A sentence the user typed."), std::string::npos);

    const Outcome outcome = dispatch(*office_, doc, "org.proviso:check");
    EXPECT_EQ(outcome.status, "failed") << outcome.message;

    EXPECT_EQ(paragraphs(doc), text) << "the user's edit must survive the rollback";
    EXPECT_TRUE(commentAnchors(doc, "Proviso").empty());
    ASSERT_TRUE(undo->isUndoPossible());
    EXPECT_EQ(toUtf8(undo->getCurrentUndoActionTitle()), "The user's edit");
    EXPECT_FALSE(undo->isRedoPossible());
    bool recording = false;
    Reference<css::beans::XPropertySet>(doc, UNO_QUERY_THROW)->getPropertyValue("RecordChanges") >>=
        recording;
    EXPECT_TRUE(recording) << "change tracking must be restored";
    EXPECT_TRUE(trackedChanges(doc).empty()) << "a rollback is not a tracked change";

    // And Undo still takes back exactly the user's edit.
    undo->undo();
    EXPECT_EQ(paragraphs(doc).back().find("A sentence the user typed."), std::string::npos);
    cli::OfficeSession::close(doc);
}

}  // namespace
}  // namespace proviso
