// Training mode (issue 15) in a real LibreOffice with the real extension, on the sample bill:
// an exercise made from it (no Proviso comment left, the bill's text unchanged), participants'
// comments from two authors scored against Proviso's findings and against a trainer's key (the
// counts per author, the replies and missed comments where expected, kept through .docx),
// findings revealed one by one, and the same through the proviso command.
#include <gtest/gtest.h>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XSearchable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
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
using css::uno::Sequence;
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

const fs::path kSampleBill =
    fs::path(PROVISO_FIXTURES) / ".." / ".." / "samples" / "sample-bill.odt";

// The participants of every test: Amina finds the offensive-message offence and comments on a
// sound provision (nothing there); Ben names the blocking power in its section without marking
// its words, and comments on the dignity offence away from its flagged words (wrong place).
void answer(const Reference<css::text::XTextDocument>& doc) {
    addComment(doc, "grossly offensive", "Amina", "Grossly offensive to whom? Vague.");
    addComment(doc, "accesses the whole or any part of a computer system", "Amina",
               "Is this too broad?");
    addComment(doc, "the Department of Justice", "Ben",
               "The executive can restrict access on its own: a court should decide.");
    addComment(doc, "Whoever intentionally and publicly exhibits", "Ben", "Looks fine to me.");
}

bool sameStart(const Reference<css::text::XTextRange>& a,
               const Reference<css::text::XTextRange>& b) {
    if (a->getText() != b->getText()) return false;
    Reference<css::text::XTextRangeCompare> compare(a->getText(), UNO_QUERY_THROW);
    return compare->compareRegionStarts(a, b) == 0;
}

class TrainingTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        office_ = testing::startSuite("training", dir_, {});
        fs::copy_file(kSampleBill, dir_ / "bill.odt");
    }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    // The sample bill, with a view as a person has it, checked so that it carries Proviso's
    // comments, as a trainer's copy would.
    Reference<css::text::XTextDocument> checkedBill() {
        auto doc = office_->open(dir_ / "bill.odt", {.withView = true});
        EXPECT_EQ(dispatch(context(), doc, "org.proviso:check").status(), "ok");
        return doc;
    }

    // An exercise made from the checked bill through Tools > Proviso > Training.
    Reference<css::text::XTextDocument> exercise(const char* hints = "none") {
        auto bill = checkedBill();
        const Outcome made = dispatch(context(), bill, "org.proviso:makeExercise",
                                      arguments({{"Hints", Any(toOUString(hints))}}));
        EXPECT_EQ(made.status(), "ok");
        Reference<css::text::XTextDocument> doc(made.value("Exercise"), UNO_QUERY);
        cli::OfficeSession::close(bill);
        return doc;
    }

    static Reference<css::uno::XComponentContext> context() { return office_->remoteContext(); }

    static inline std::unique_ptr<cli::OfficeSession> office_;
    static inline fs::path dir_;
};

TEST_F(TrainingTest, MakeExerciseLeavesNoCommentAndTheBillsTextAsItWas) {
    unoTest([&] {
        auto bill = checkedBill();
        const std::vector<std::string> billText = paragraphsOf(bill);
        ASSERT_FALSE(commentsOf(bill).empty()) << "the bill carries Proviso's comments";
        addComment(bill, "Illegal access", "Trainer", "Start the discussion here.");
        Reference<css::util::XModifiable>(bill, UNO_QUERY_THROW)->setModified(false);

        const Outcome made = dispatch(context(), bill, "org.proviso:makeExercise",
                                      arguments({{"Hints", Any(toOUString("provisions"))}}));
        ASSERT_EQ(made.status(), "ok") << made.text("Message");
        Reference<css::text::XTextDocument> exercise(made.value("Exercise"), UNO_QUERY);
        ASSERT_TRUE(exercise.is());
        EXPECT_NE(exercise, bill);
        EXPECT_TRUE(commentsOf(exercise).empty()) << "no comment left to give answers away";
        const std::vector<std::string> text = paragraphsOf(exercise);
        ASSERT_EQ(text.size(), billText.size() + 3) << "heading, instructions, hint";
        EXPECT_EQ(text[0], "Exercise");
        EXPECT_NE(text[1].find("Insert > Comment"), std::string::npos) << text[1];
        EXPECT_NE(text[2].find("highlighted"), std::string::npos) << text[2];
        EXPECT_EQ(std::vector<std::string>(text.begin() + 3, text.end()), billText)
            << "the bill's words, every one, in order";
        // Five sections have concerns (2 to 6); their paragraphs are shaded, section 1's not.
        EXPECT_EQ(made.number("Highlighted"), 5);
        Reference<css::container::XEnumerationAccess> body(exercise->getText(), UNO_QUERY_THROW);
        auto paragraphs = body->createEnumeration();
        std::vector<std::string> shaded;
        while (paragraphs->hasMoreElements()) {
            Reference<css::beans::XPropertySet> p(paragraphs->nextElement(), UNO_QUERY_THROW);
            css::drawing::FillStyle fill = css::drawing::FillStyle_NONE;
            p->getPropertyValue("FillStyle") >>= fill;
            if (fill != css::drawing::FillStyle_NONE)
                shaded.push_back(
                    toUtf8(Reference<css::text::XTextRange>(p, UNO_QUERY_THROW)->getString()));
        }
        EXPECT_EQ(shaded.size(), 10u) << "heading and paragraph of sections 2 to 6";
        for (const std::string& p : shaded)
            EXPECT_EQ(p.find("Illegal access"), std::string::npos) << p;

        // The trainer's own document is as it was.
        EXPECT_EQ(paragraphsOf(bill), billText);
        EXPECT_FALSE(Reference<css::util::XModifiable>(bill, UNO_QUERY_THROW)->isModified());
        cli::OfficeSession::close(exercise);
        cli::OfficeSession::close(bill);
    });
}

TEST_F(TrainingTest, ScoreCountsEachAuthorAndRepliesWhereTheCommentsAre) {
    unoTest([&] {
        auto doc = exercise();
        answer(doc);
        const Outcome scored = dispatch(context(), doc, "org.proviso:scoreComments", arguments({}));
        ASSERT_EQ(scored.status(), "ok") << scored.text("Message");
        const auto json = nlohmann::json::parse(scored.text("Json"));
        const int key = json["key"];
        EXPECT_EQ(key, 9) << "the sample bill's concerns at medium severity and above";
        ASSERT_EQ(json["authors"].size(), 2u);
        const auto& amina = json["authors"][0];
        EXPECT_EQ(amina["name"], "Amina");
        EXPECT_EQ(amina["found"], 1);
        EXPECT_EQ(amina["missed"], key - 1);
        EXPECT_EQ(amina["not_in_key"], 1);
        const auto& ben = json["authors"][1];
        EXPECT_EQ(ben["name"], "Ben");
        EXPECT_EQ(ben["found"], 1);
        EXPECT_EQ(ben["missed"], key - 1);
        EXPECT_EQ(ben["not_in_key"], 1);
        EXPECT_EQ(scored.number("Replies"), 4);
        EXPECT_EQ(scored.number("Missed"), key - 2) << "every concern neither found";

        // A reply by Proviso on each participant's comment, where its words end.
        const std::vector<Comment> comments = commentsOf(doc);
        auto replyTo = [&](const std::string& words) -> std::string {
            const auto theirs = std::find_if(
                comments.begin(), comments.end(),
                [&](const Comment& c) { return c.author != "Proviso" && c.words == words; });
            if (theirs == comments.end()) return "(no comment on " + words + ")";
            for (const Comment& c : comments) {
                // Just after the words the comment covers, so that it shows below it.
                if (c.author == "Proviso" && c.words.empty() &&
                    (sameStart(c.anchor, theirs->anchor->getEnd()) ||
                     sameStart(c.anchor->getEnd(), theirs->anchor->getEnd()))) {
                    return c.content;
                }
            }
            return "(no reply to " + words + ")";
        };
        EXPECT_TRUE(startsWith(replyTo("grossly offensive"), "Found: "))
            << replyTo("grossly offensive");
        EXPECT_TRUE(startsWith(replyTo("the Department of Justice"), "Found: "));
        EXPECT_NE(replyTo("the Department of Justice").find("restrict or block access"),
                  std::string::npos);
        EXPECT_TRUE(startsWith(replyTo("accesses the whole or any part of a computer system"),
                               "Not in the answer key"));
        EXPECT_TRUE(startsWith(replyTo("Whoever intentionally and publicly exhibits"),
                               "Not in the answer key"));
        // Missed items on their flagged words: the false-information offence is one.
        int missed = 0;
        bool falseInformation = false;
        for (const Comment& c : comments) {
            if (c.author != "Proviso" || !startsWith(c.content, "Missed by every participant:"))
                continue;
            ++missed;
            EXPECT_FALSE(c.words.empty());
            falseInformation |= c.words == "knows to be false";
        }
        EXPECT_EQ(missed, key - 2);
        EXPECT_TRUE(falseInformation);

        // Scoring again replaces the replies and missed items rather than doubling them.
        const Outcome again = dispatch(context(), doc, "org.proviso:scoreComments", arguments({}));
        EXPECT_EQ(again.number("Replaced"), 4 + key - 2);
        EXPECT_EQ(commentsOf(doc).size(), comments.size());

        // Through .docx: the participants' comments, the replies and the missed items.
        office_->saveAs(doc, dir_ / "scored.docx");
        const testing::Reopened reopened = testing::reopenDocument(*office_, dir_ / "scored.docx");
        int replies = 0, missedAfter = 0, theirs = 0;
        for (const auto& c : reopened.comments) {
            if (c.author != "Proviso") {
                ++theirs;
            } else if (startsWith(c.content, "Found: ") ||
                       startsWith(c.content, "Not in the answer key")) {
                ++replies;
            } else if (startsWith(c.content, "Missed by every participant:")) {
                ++missedAfter;
                EXPECT_FALSE(c.anchor.empty());
            }
        }
        EXPECT_EQ(theirs, 4);
        EXPECT_EQ(replies, 4);
        EXPECT_EQ(missedAfter, key - 2);
        Reference<css::text::XTextDocument> card(scored.value("ScoreCard"), UNO_QUERY);
        ASSERT_TRUE(card.is());
        const std::vector<std::string> cardText = paragraphsOf(card);
        EXPECT_TRUE(startsWith(cardText.front(), "Score card: ")) << cardText.front();
        cli::OfficeSession::close(card);
        Reference<css::text::XTextDocument> card2(again.value("ScoreCard"), UNO_QUERY);
        if (card2.is()) cli::OfficeSession::close(card2);
        cli::OfficeSession::close(doc);
    });
}

TEST_F(TrainingTest, ScoringAgainKeepsWhatPeopleWroteOnItsComments) {
    unoTest([&] {
        auto doc = exercise();
        answer(doc);
        const Outcome first = dispatch(context(), doc, "org.proviso:scoreComments", arguments({}));
        ASSERT_EQ(first.status(), "ok");
        const int key = nlohmann::json::parse(first.text("Json"))["key"];
        // The trainer answers the missed comment on the false-information offence, and adds a
        // line to the reply on Amina's comment.
        bool answered = false, edited = false;
        for (const Comment& c : commentsOf(doc)) {
            if (!answered && c.author == "Proviso" && c.words == "knows to be false") {
                Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
                Reference<css::beans::XPropertySet> reply(
                    factory->createInstance("com.sun.star.text.textfield.Annotation"),
                    UNO_QUERY_THROW);
                reply->setPropertyValue("Author", Any(toOUString("Trainer")));
                reply->setPropertyValue("Content", Any(toOUString("Discuss this one first.")));
                auto at = c.anchor->getText()->createTextCursorByRange(c.anchor->getEnd());
                c.anchor->getText()->insertTextContent(
                    Reference<css::text::XTextRange>(at, UNO_QUERY_THROW),
                    Reference<css::text::XTextContent>(reply, UNO_QUERY_THROW), false);
                answered = true;
            }
        }
        for (const Comment& c : commentsOf(doc)) {
            if (!edited && c.author == "Proviso" && startsWith(c.content, "Found: ")) {
                Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
                auto fields = supplier->getTextFields()->createEnumeration();
                while (fields->hasMoreElements()) {
                    Reference<css::beans::XPropertySet> field(fields->nextElement(), UNO_QUERY);
                    rtl::OUString content;
                    if (field.is() && (field->getPropertyValue("Content") >>= content) &&
                        toUtf8(content) == c.content) {
                        field->setPropertyValue("Content",
                                                Any(toOUString(c.content + "\nWell spotted.")));
                        edited = true;
                        break;
                    }
                }
            }
        }
        ASSERT_TRUE(answered && edited);

        const Outcome again = dispatch(context(), doc, "org.proviso:scoreComments", arguments({}));
        ASSERT_EQ(again.status(), "ok");
        const auto json = nlohmann::json::parse(again.text("Json"));
        for (const auto& author : json["authors"]) {
            EXPECT_EQ(author["found"], 1) << "the trainer's reply is no answer of its own";
            EXPECT_EQ(author["not_in_key"], 1);
        }
        EXPECT_EQ(json["authors"].size(), 2u) << "the trainer, who only replied, is no participant";
        EXPECT_EQ(again.number("Replaced"), 4 + key - 2 - 2) << "all but the two people touched";
        int wellSpotted = 0, discuss = 0, falseInformation = 0, replies = 0;
        for (const Comment& c : commentsOf(doc)) {
            wellSpotted += c.content.find("Well spotted.") != std::string::npos ? 1 : 0;
            discuss += c.content == "Discuss this one first." ? 1 : 0;
            falseInformation += c.author == "Proviso" && c.words == "knows to be false" ? 1 : 0;
            replies += c.author == "Proviso" && startsWith(c.content, "Found: ") ? 1 : 0;
        }
        EXPECT_EQ(wellSpotted, 1);
        EXPECT_EQ(discuss, 1);
        EXPECT_EQ(falseInformation, 1) << "the answered comment kept, not doubled";
        EXPECT_EQ(replies, 3) << "the edited reply kept beside the new one on Amina's comment";
        Reference<css::text::XTextDocument> card(first.value("ScoreCard"), UNO_QUERY);
        if (card.is()) cli::OfficeSession::close(card);
        card.set(again.value("ScoreCard"), UNO_QUERY);
        if (card.is()) cli::OfficeSession::close(card);
        cli::OfficeSession::close(doc);
    });
}

TEST_F(TrainingTest, TrackedChangesNeitherLeakIntoTheExerciseNorShiftTheAnswers) {
    unoTest([&] {
        auto bill = checkedBill();
        Reference<css::beans::XPropertySet> billSettings(bill, UNO_QUERY_THROW);
        billSettings->setPropertyValue("RecordChanges", Any(true));
        const Outcome made = dispatch(context(), bill, "org.proviso:makeExercise",
                                      arguments({{"Hints", Any(toOUString("provisions"))}}));
        ASSERT_EQ(made.status(), "ok");
        Reference<css::text::XTextDocument> doc(made.value("Exercise"), UNO_QUERY_THROW);
        cli::OfficeSession::close(bill);
        Reference<css::document::XRedlinesSupplier> redlines(doc, UNO_QUERY_THROW);
        EXPECT_FALSE(redlines->getRedlines()->createEnumeration()->hasMoreElements())
            << "the instructions, shading and removed comments are no tracked change";
        bool recording = false;
        Reference<css::beans::XPropertySet>(doc, UNO_QUERY_THROW)
            ->getPropertyValue("RecordChanges") >>= recording;
        EXPECT_TRUE(recording) << "as the bill had it";
        Reference<css::document::XUndoManagerSupplier> undo(doc, UNO_QUERY_THROW);
        EXPECT_FALSE(undo->getUndoManager()->isUndoPossible()) << "undo brings no answer back";

        // A participant deletes words with tracking on, before the words they then comment on.
        Reference<css::util::XSearchable> searchable(doc, UNO_QUERY_THROW);
        auto descriptor = searchable->createSearchDescriptor();
        descriptor->setSearchString("knowingly sends a message or other matter by means of ");
        Reference<css::text::XTextRange> found(searchable->findFirst(descriptor), UNO_QUERY_THROW);
        found->setString("");
        ASSERT_TRUE(redlines->getRedlines()->createEnumeration()->hasMoreElements());
        addComment(doc, "grossly offensive", "Amina", "Grossly offensive to whom?");
        const Outcome scored = dispatch(context(), doc, "org.proviso:scoreComments", arguments({}));
        ASSERT_EQ(scored.status(), "ok") << scored.text("Message");
        const auto json = nlohmann::json::parse(scored.text("Json"));
        ASSERT_EQ(json["authors"].size(), 1u);
        EXPECT_EQ(json["authors"][0]["found"], 1);
        bool offensive = false;
        for (const auto& item : json["authors"][0]["items"]) {
            if (item["result"] == "found") {
                offensive = item["concern"].get<std::string>().find("grossly offensive") !=
                            std::string::npos;
            }
        }
        EXPECT_TRUE(offensive) << json.dump(1);
        Reference<css::text::XTextDocument> card(scored.value("ScoreCard"), UNO_QUERY);
        if (card.is()) cli::OfficeSession::close(card);
        cli::OfficeSession::close(doc);
    });
}

TEST_F(TrainingTest, ATrainersCommentsAreTheKeyWhenChosen) {
    unoTest([&] {
        // The trainer's key: the bill with three comments of theirs.
        auto key = office_->open(dir_ / "bill.odt");
        addComment(key, "grossly offensive", "Trainer",
                   "Offence turns on how the message is taken.");
        addComment(key, "the Department of Justice", "Trainer",
                   "The executive blocks without a court.");
        addComment(key, "with due cause", "Trainer",
                   "No judge, no standard: who decides the cause?");
        office_->saveAs(key, dir_ / "key.odt");
        cli::OfficeSession::close(key);

        auto doc = exercise();
        answer(doc);
        rtl::OUString url;
        ASSERT_EQ(
            osl::FileBase::getFileURLFromSystemPath(toOUString((dir_ / "key.odt").string()), url),
            osl::FileBase::E_None);
        const Outcome scored =
            dispatch(context(), doc, "org.proviso:scoreWithKey", arguments({{"KeyURL", Any(url)}}));
        ASSERT_EQ(scored.status(), "ok") << scored.text("Message");
        const auto json = nlohmann::json::parse(scored.text("Json"));
        EXPECT_EQ(json["key"], 3);
        for (const auto& author : json["authors"]) {
            EXPECT_EQ(author["found"], 1) << author["name"];
            EXPECT_EQ(author["missed"], 2) << author["name"];
            EXPECT_EQ(author["not_in_key"], 1) << author["name"];
        }
        EXPECT_EQ(scored.number("Missed"), 1) << "the due-cause item, which nobody found";
        bool missed = false;
        for (const Comment& c : commentsOf(doc)) {
            if (c.author == "Proviso" && startsWith(c.content, "Missed by every participant:")) {
                missed = true;
                EXPECT_EQ(c.words, "with due cause");
                EXPECT_NE(c.content.find("who decides the cause?"), std::string::npos) << c.content;
            }
        }
        EXPECT_TRUE(missed);
        Reference<css::text::XTextDocument> card(scored.value("ScoreCard"), UNO_QUERY);
        if (card.is()) cli::OfficeSession::close(card);
        cli::OfficeSession::close(doc);
    });
}

TEST_F(TrainingTest, RevealNextStepsThroughTheFindingsInOrder) {
    unoTest([&] {
        auto doc = exercise();
        Reference<css::view::XSelectionSupplier> view(testing::controllerOf(doc), UNO_QUERY_THROW);
        std::vector<Reference<css::text::XTextRange>> shown;
        int total = 0;
        for (int step = 1;; ++step) {
            const Outcome next = dispatch(context(), doc, "org.proviso:revealNext", arguments({}));
            if (next.status() == "all-shown") break;
            ASSERT_EQ(next.status(), "ok") << next.text("Message");
            ASSERT_EQ(next.number("Position"), step);
            total = next.number("Total");
            ASSERT_LE(step, total);
            const std::vector<Comment> comments = commentsOf(doc);
            ASSERT_EQ(comments.size(), static_cast<std::size_t>(step)) << "one more each step";
            // The words shown are selected (in view), and come after those shown before.
            Reference<css::text::XTextRange> selected(view->getSelection(), UNO_QUERY);
            if (!selected.is()) {
                Reference<css::container::XIndexAccess> many(view->getSelection(), UNO_QUERY_THROW);
                selected.set(many->getByIndex(0), UNO_QUERY);
            }
            ASSERT_TRUE(selected.is());
            EXPECT_FALSE(selected->getString().isEmpty());
            if (!shown.empty()) {
                Reference<css::text::XTextRangeCompare> compare(doc->getText(), UNO_QUERY_THROW);
                EXPECT_GE(compare->compareRegionStarts(shown.back(), selected), 0)
                    << "document order";
            }
            const auto added =
                std::find_if(comments.begin(), comments.end(), [&](const Comment& c) {
                    return c.author == "Proviso" && sameStart(c.anchor, selected);
                });
            EXPECT_NE(added, comments.end()) << "Proviso's comment on the words shown";
            if (added != comments.end()) {
                EXPECT_EQ(added->words, toUtf8(selected->getString()));
            }
            shown.push_back(selected->getStart());
        }
        EXPECT_EQ(total, 9);
        EXPECT_EQ(static_cast<int>(shown.size()), total);
        const Outcome back = dispatch(context(), doc, "org.proviso:revealPrevious", arguments({}));
        EXPECT_EQ(back.status(), "ok");
        EXPECT_EQ(back.number("Position"), total);
        EXPECT_EQ(commentsOf(doc).size(), static_cast<std::size_t>(total - 1));
        cli::OfficeSession::close(doc);
    });
}

TEST_F(TrainingTest, TheCommandMakesAndScoresTheSameWay) {
    unoTest([&] {
        const fs::path exerciseFile = dir_ / "exercise.odt";
        const auto made = testing::run(std::string(PROVISO_EXE) + " exercise " +
                                       testing::quoted(dir_ / "bill.odt") +
                                       " --hints provisions -o " + testing::quoted(exerciseFile));
        ASSERT_EQ(made.status, 0) << made.output;
        EXPECT_NE(made.output.find("5 provisions shaded"), std::string::npos) << made.output;
        auto doc = office_->open(exerciseFile);
        EXPECT_TRUE(commentsOf(doc).empty());
        answer(doc);
        office_->saveAs(doc, dir_ / "answered.odt");
        cli::OfficeSession::close(doc);

        const auto scored = testing::run(
            std::string(PROVISO_EXE) + " score " + testing::quoted(dir_ / "answered.odt") +
            " --format json -o " + testing::quoted(dir_ / "scored.odt"));
        ASSERT_EQ(scored.status, 0) << scored.output;
        const auto json = nlohmann::json::parse(scored.output.substr(scored.output.find('{')));
        ASSERT_EQ(json["authors"].size(), 2u);
        EXPECT_EQ(json["authors"][0]["found"], 1);
        EXPECT_EQ(json["authors"][1]["not_in_key"], 1);
        const testing::Reopened reopened = testing::reopenDocument(*office_, dir_ / "scored.odt");
        int replies = 0;
        for (const auto& c : reopened.comments) {
            replies += c.author == "Proviso" && startsWith(c.content, "Found: ") ? 1 : 0;
        }
        EXPECT_EQ(replies, 2);

        const auto text = testing::run(std::string(PROVISO_EXE) + " score " +
                                       testing::quoted(dir_ / "answered.odt"));
        ASSERT_EQ(text.status, 0) << text.output;
        EXPECT_NE(text.output.find("Amina: 1 found, 8 missed, 1 not in the key."),
                  std::string::npos)
            << text.output;
        const auto refused = testing::run(std::string(PROVISO_EXE) + " score " +
                                          testing::quoted(dir_ / "answered.odt") + " -o " +
                                          testing::quoted(dir_ / "answered.odt"));
        EXPECT_EQ(refused.status, 2);
        EXPECT_NE(refused.output.find("refusing to overwrite"), std::string::npos)
            << refused.output;
    });
}

// The training pack: two bills in each of English, French and Spanish, each with its key and
// its trainer's note, and each key exactly what Proviso finds, so that a trainer who scores
// against Proviso or against the key tells participants the same.
TEST(TrainingPack, EveryKeyIsWhatProvisoFinds) {
    const fs::path pack = fs::path(PROVISO_FIXTURES) / ".." / ".." / "samples" / "training";
    std::map<std::string, int> byLanguage;
    for (const auto& entry : fs::directory_iterator(pack)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() != ".fodt" || name.find("-key.") != std::string::npos)
            continue;
        const std::string stem = entry.path().stem().string();
        ++byLanguage[stem.substr(0, 2)];
        EXPECT_TRUE(fs::exists(pack / (stem + ".md"))) << stem << ": the trainer's note";
        const fs::path key = pack / (stem + "-key.fodt");
        ASSERT_TRUE(fs::exists(key)) << stem << ": the answer key";
        const auto scored = testing::run(std::string(PROVISO_EXE) + " score " +
                                         testing::quoted(key) + " --format json");
        ASSERT_EQ(scored.status, 0) << scored.output;
        const auto json = nlohmann::json::parse(scored.output.substr(scored.output.find('{')));
        ASSERT_EQ(json["authors"].size(), 1u) << stem << ": one author, the key's";
        const auto& author = json["authors"][0];
        EXPECT_GT(json["key"], 0) << stem;
        EXPECT_EQ(author["found"], json["key"]) << stem << ": " << scored.output;
        EXPECT_EQ(author["missed"], 0) << stem << ": " << scored.output;
        EXPECT_EQ(author["not_in_key"], 0) << stem << ": " << scored.output;
    }
    EXPECT_EQ(byLanguage, (std::map<std::string, int>{{"en", 2}, {"es", 2}, {"fr", 2}}));
}

}  // namespace
}  // namespace proviso
