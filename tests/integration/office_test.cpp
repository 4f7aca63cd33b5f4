// End to end against a real headless LibreOffice with the real extension installed: the
// proviso command annotates .odt and .docx copies of a fixture, and the saved files are reopened
// to check exactly which words each comment covers, who wrote it, that people's comments are
// untouched and that not a word of the text changed. No mock of UNO stands in for any of this.
#include <gtest/gtest.h>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/XReplaceDescriptor.hpp>
#include <com/sun/star/util/XReplaceable.hpp>
#include <com/sun/star/util/XSearchDescriptor.hpp>
#include <nlohmann/json.hpp>
#include "../support/command.hpp"

#include <sys/wait.h>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "../../src/uno/ustring.hpp"
#include "../support/reopened.hpp"
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
using uno::toUtf8;

using Comment = testing::SavedComment;
using testing::Reopened;

using testing::CommandResult;
using testing::proviso;
using testing::quoted;
using testing::run;

class OfficeTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { office_ = testing::startSuite("it", dir_, {"tricky"}); }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    static Reopened reopen(const fs::path& file) { return testing::reopenDocument(*office_, file); }

    static std::vector<std::string> anchorsBy(const Reopened& r, const std::string& author) {
        std::vector<std::string> out;
        for (const auto& c : r.comments) {
            if (c.author == author) out.push_back(c.anchor);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    // Annotates `input` with the real command and checks the saved copy.
    static void checkAnnotated(const fs::path& input) {
        const fs::path output = dir_ / ("annotated" + input.extension().string());
        const Reopened before = reopen(input);
        const auto bytesBefore = fs::file_size(input);

        const CommandResult result =
            run(proviso("annotate") + quoted(input) + " -o " + quoted(output));
        ASSERT_EQ(result.status, 0) << result.output;
        // The feelings rule's two words in one provision make one comment.
        EXPECT_NE(result.output.find(": 6 findings (6 high); comments: 5 added, 0 kept, 0 removed"),
                  std::string::npos)
            << result.output;
        EXPECT_EQ(fs::file_size(input), bytesBefore) << "the input must never be written";

        const Reopened after = reopen(output);
        // Each comment covers exactly the flagged words, even after an emoji, accents, a field,
        // a footnote anchor and people's own comment anchors in the same paragraph.
        const std::vector<std::string> expected = {"annoyance or needless anxiety", "fake news",
                                                   "false news", "interception of communications",
                                                   "knows to be false"};
        EXPECT_EQ(anchorsBy(after, "Proviso"), expected);
        for (const auto& c : after.comments) {
            if (c.author != "Proviso") continue;
            EXPECT_EQ(c.content.find("HIGH - "), std::string::npos) << "severity in words";
            EXPECT_NE(c.content.find("Ask for: "), std::string::npos) << c.content;
            EXPECT_NE(c.content.find("[Proviso rule: "), std::string::npos) << c.content;
        }
        // People's comments are exactly as they were: author, words covered and text.
        std::vector<Comment> humanBefore, humanAfter;
        for (const auto& c : before.comments)
            if (c.author != "Proviso") humanBefore.push_back(c);
        for (const auto& c : after.comments)
            if (c.author != "Proviso") humanAfter.push_back(c);
        EXPECT_EQ(humanBefore.size(), 2u);
        ASSERT_EQ(humanAfter.size(), humanBefore.size());
        for (std::size_t i = 0; i < humanBefore.size(); ++i) {
            EXPECT_EQ(humanAfter[i].anchor, humanBefore[i].anchor);
            EXPECT_EQ(humanAfter[i].content, humanBefore[i].content);
        }
        // Not a character of the text changed.
        EXPECT_EQ(after.paragraphs, before.paragraphs);

        // Clearing removes Proviso's comments and only those.
        const fs::path cleared = dir_ / ("cleared" + input.extension().string());
        const CommandResult clear =
            run(proviso("clear") + quoted(output) + " -o " + quoted(cleared));
        ASSERT_EQ(clear.status, 0) << clear.output;
        const Reopened afterClear = reopen(cleared);
        EXPECT_TRUE(anchorsBy(afterClear, "Proviso").empty());
        EXPECT_EQ(anchorsBy(afterClear, "Reviewer"), anchorsBy(before, "Reviewer"));
        EXPECT_EQ(afterClear.paragraphs, before.paragraphs);
    }

    static std::unique_ptr<cli::OfficeSession> office_;
    static fs::path dir_;
};

std::unique_ptr<cli::OfficeSession> OfficeTest::office_;
fs::path OfficeTest::dir_;

TEST_F(OfficeTest, AnnotatesOdtOnExactlyTheFlaggedWords) { checkAnnotated(dir_ / "tricky.odt"); }

TEST_F(OfficeTest, AnnotatesDocxOnExactlyTheFlaggedWords) { checkAnnotated(dir_ / "tricky.docx"); }

// Words in table cells, footnotes, frames and headers are read and commented where they
// stand; words deleted with change tracking on are not.
TEST_F(OfficeTest, ReadsTablesNotesFramesAndHeadersButNotDeletions) {
    auto doc = office_->open(fs::path(PROVISO_FIXTURES) / "places.fodt");
    office_->saveAs(doc, dir_ / "places.odt");
    cli::OfficeSession::close(doc);
    const fs::path output = dir_ / "places-annotated.odt";
    const CommandResult result =
        run(proviso("annotate") + quoted(dir_ / "places.odt") + " -o " + quoted(output));
    ASSERT_EQ(result.status, 0) << result.output;
    const Reopened before = reopen(dir_ / "places.odt");
    const Reopened after = reopen(output);
    EXPECT_EQ(anchorsBy(after, "Proviso"),
              (std::vector<std::string>{"annoyance", "false news", "knows to be false",
                                        "needless anxiety"}));
    EXPECT_EQ(after.paragraphs, before.paragraphs);
}

TEST_F(OfficeTest, AnnotatingTwiceGivesTheSameCommentsAsOnce) {
    const fs::path once = dir_ / "once.odt", twice = dir_ / "twice.odt";
    ASSERT_EQ(run(proviso("annotate") + quoted(dir_ / "tricky.odt") + " -o " + quoted(once)).status,
              0);
    const CommandResult again = run(proviso("annotate") + quoted(once) + " -o " + quoted(twice));
    ASSERT_EQ(again.status, 0) << again.output;
    // Said as it is: nothing added the second time, every comment kept.
    EXPECT_NE(again.output.find("comments: 0 added, 5 kept, 0 removed"), std::string::npos)
        << again.output;
    EXPECT_EQ(anchorsBy(reopen(twice), "Proviso"), anchorsBy(reopen(once), "Proviso"));
}

// The Tools > Proviso > Check Document menu entry (Addons.xcu) dispatches this URL to the
// extension's protocol handler, for the frame the document is shown in.
TEST_F(OfficeTest, MenuCommandAnnotatesTheCurrentDocument) {
    const fs::path copy = dir_ / "menu.odt";
    fs::copy_file(dir_ / "tricky.odt", copy, fs::copy_options::overwrite_existing);
    auto doc = office_->open(copy);
    Reference<css::frame::XModel> model(doc, UNO_QUERY_THROW);
    Reference<css::frame::XFrame> window = model->getCurrentController()->getFrame();
    window->activate();  // what a person's click in the window does: it becomes the current one
    Reference<css::frame::XDispatchProvider> frame(window, UNO_QUERY_THROW);
    auto helper = css::frame::DispatchHelper::create(office_->remoteContext());
    helper->executeDispatch(frame, "org.proviso:check", "", 0, {});
    office_->saveAs(doc, dir_ / "menu-annotated.odt");
    cli::OfficeSession::close(doc);
    // The menu uses the shipped packs: at least the words the test pack flags are flagged.
    const auto anchors = anchorsBy(reopen(dir_ / "menu-annotated.odt"), "Proviso");
    // (A comment may cover a rule's words from the first to the last in one sentence.)
    for (const char* words : {"false news", "fake news", "knows to be false", "annoyance"}) {
        EXPECT_TRUE(std::any_of(anchors.begin(), anchors.end(), [&](const std::string& a) {
            return a.find(words) != std::string::npos;
        })) << words;
    }
}

// Checking again after edits: a comment whose finding is still there is kept as it is (with
// whatever a reviewer added), a comment whose words were edited away goes, new findings get
// new comments.
TEST_F(OfficeTest, CheckingAgainKeepsWhatStillHoldsAndFollowsEdits) {
    const fs::path once = dir_ / "again-once.odt", edited = dir_ / "again-edited.odt",
                   twice = dir_ / "again-twice.odt";
    ASSERT_EQ(run(proviso("annotate") + quoted(dir_ / "tricky.odt") + " -o " + quoted(once)).status,
              0);
    try {
        auto doc = office_->open(once);
        Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
        auto fields = supplier->getTextFields()->createEnumeration();
        while (fields->hasMoreElements()) {
            Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
            if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation")) {
                continue;
            }
            Reference<css::beans::XPropertySet> props(info, UNO_QUERY_THROW);
            Reference<css::text::XTextContent> content(info, UNO_QUERY_THROW);
            rtl::OUString author, text;
            props->getPropertyValue("Author") >>= author;
            if (author != "Proviso" || content->getAnchor()->getString() != "false news") continue;
            props->getPropertyValue("Content") >>= text;
            props->setPropertyValue("Content", css::uno::Any(text + "\nReviewed by A."));
        }
        // Edit "fake news" away and add a new flagged sentence at the end.
        Reference<css::util::XReplaceable> replaceable(doc, UNO_QUERY_THROW);
        auto descriptor = replaceable->createReplaceDescriptor();
        descriptor->setSearchString("fake news");
        descriptor->setReplaceString("fake reports");
        ASSERT_EQ(replaceable->replaceAll(
                      Reference<css::util::XSearchDescriptor>(descriptor, UNO_QUERY_THROW)),
                  1);
        auto end = doc->getText()->getEnd();
        doc->getText()->insertString(end, " Whoever spreads false news again is punished.", false);
        office_->saveAs(doc, edited);
        cli::OfficeSession::close(doc);
    } catch (const css::uno::Exception& e) {
        FAIL() << "editing the annotated copy: " << toUtf8(e.Message);
    }
    ASSERT_EQ(run(proviso("annotate") + quoted(edited) + " -o " + quoted(twice)).status, 0);
    const Reopened after = reopen(twice);
    EXPECT_EQ(anchorsBy(after, "Proviso"),
              (std::vector<std::string>{"annoyance or needless anxiety", "false news", "false news",
                                        "interception of communications", "knows to be false"}))
        << "one comment per rule per provision: the feelings rule's two words are one";
    int reviewed = 0;
    for (const auto& c : after.comments) {
        reviewed += c.author == "Proviso" && c.content.find("Reviewed by A.") != std::string::npos;
    }
    EXPECT_EQ(reviewed, 1)
        << "the comment that still holds must be kept, with the reviewer's words";
}

// A comment a reviewer deleted from an annotated copy stays dismissed when the command
// annotates that copy again, in .odt and in .docx: the document remembers it.
TEST_F(OfficeTest, AnnotateHonoursDismissedFindings) {
    for (const char* ext : {".odt", ".docx"}) {
        const fs::path once = dir_ / (std::string("dismiss-once") + ext),
                       edited = dir_ / (std::string("dismiss-edited") + ext),
                       twice = dir_ / (std::string("dismiss-twice") + ext);
        ASSERT_EQ(
            run(proviso("annotate") + quoted(dir_ / "tricky.odt") + " -o " + quoted(once)).status,
            0);
        try {
            auto doc = office_->open(once);
            Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
            auto fields = supplier->getTextFields()->createEnumeration();
            Reference<css::lang::XComponent> judgedWrong;
            while (fields->hasMoreElements() && !judgedWrong.is()) {
                Reference<css::text::XTextContent> field(fields->nextElement(), UNO_QUERY);
                Reference<css::lang::XServiceInfo> info(field, UNO_QUERY);
                if (!info.is() ||
                    !info->supportsService("com.sun.star.text.textfield.Annotation")) {
                    continue;
                }
                Reference<css::beans::XPropertySet> props(field, UNO_QUERY_THROW);
                rtl::OUString author;
                props->getPropertyValue("Author") >>= author;
                if (author == "Proviso" && field->getAnchor()->getString() == "knows to be false") {
                    judgedWrong.set(field, UNO_QUERY);
                }
            }
            ASSERT_TRUE(judgedWrong.is());
            judgedWrong->dispose();
            office_->saveAs(doc, edited);
            cli::OfficeSession::close(doc);
        } catch (const css::uno::Exception& e) {
            FAIL() << "deleting the comment: " << toUtf8(e.Message);
        }
        const CommandResult again =
            run(proviso("annotate") + quoted(edited) + " -o " + quoted(twice));
        ASSERT_EQ(again.status, 0) << again.output;
        EXPECT_NE(again.output.find("comments: 0 added, 4 kept, 0 removed"), std::string::npos)
            << ext << ": " << again.output;
        const auto anchors = anchorsBy(reopen(twice), "Proviso");
        EXPECT_EQ(std::count(anchors.begin(), anchors.end(), "knows to be false"), 0) << ext;
        EXPECT_EQ(anchors.size(), 4u) << ext;
    }
}

TEST_F(OfficeTest, RefusesToOverwriteTheInput) {
    const fs::path input = dir_ / "tricky.odt";
    const auto bytes = fs::file_size(input);
    const CommandResult result = run(proviso("annotate") + quoted(input) + " -o " + quoted(input));
    EXPECT_EQ(result.status, 2);
    EXPECT_NE(result.output.find("refusing to overwrite"), std::string::npos) << result.output;
    EXPECT_EQ(fs::file_size(input), bytes);
}

TEST_F(OfficeTest, CheckReportsOffsetsIntoTheScannedText) {
    const CommandResult result = run(proviso("check --format json") + quoted(dir_ / "tricky.odt"));
    ASSERT_EQ(result.status, 1) << result.output;  // 1 = findings
    const auto json = nlohmann::json::parse(result.output.substr(result.output.find('{')));
    ASSERT_EQ(json["findings"].size(), 6u);
    const auto& first = json["findings"][0];
    EXPECT_EQ(first["text"], "false news");
    EXPECT_EQ(first["rule"], "test-false-news");
    EXPECT_EQ(first["line"], 2);
    // Paragraph 1 is "Section 20. Offences against dignity" (36 code points + newline); in
    // paragraph 2 the words start after "(1) Le député 🙂 Müller said: any person who
    // publishes
    // ".
    EXPECT_EQ(first["start"], 37 + 54);
    EXPECT_EQ(first["end"], 37 + 64);
    const auto& second = json["findings"][1];
    EXPECT_EQ(second["text"], "fake news");
}

}  // namespace
}  // namespace proviso
