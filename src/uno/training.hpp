// Training mode in Writer: an exercise made from a bill, the participants' comments scored
// against Proviso's findings or a trainer's answer key (report/training.hpp does the scoring),
// and the findings revealed one at a time in front of a room. Shared by the menu commands
// (training_commands.cpp) and the XTraining API the proviso command uses.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

#include "checker.hpp"
#include "proviso/report/training.hpp"

namespace proviso::uno {

enum class Hints { None, Provisions };

// "none" or "provisions"; nullopt for anything else.
std::optional<Hints> hintsFromString(std::string_view name);

struct ExerciseOutcome {
    int highlighted = 0;      // provisions highlighted as hints
    int commentsRemoved = 0;  // every comment goes: they would give the answers away
    std::string language;     // of the instructions: the document's
};

// Turns `exercise` into an exercise: every comment removed and the document's record of
// Proviso's work forgotten (both would give answers away), with `Hints::Provisions` the
// paragraphs of every provision with a concern shaded (without saying why), and an instruction
// block in the document's language put on top. The text of the bill is not changed. Call it on
// a copy only (newCopyOf, or a file the command line opened read-only): it is not one undo step.
ExerciseOutcome prepareExercise(const css::uno::Reference<css::text::XTextDocument>& exercise,
                                const CheckConfig& config, Hints hints);

// A copy of `doc` as a new, untitled document, as if made from a template: `doc` is stored to a
// temporary file (it need not have been saved) and loaded from it, and the file is removed.
// `hidden`: no window (tests, scripts). Throws a UNO exception if the office refuses.
css::uno::Reference<css::text::XTextDocument> newCopyOf(
    const css::uno::Reference<css::uno::XComponentContext>& context,
    const css::uno::Reference<css::text::XTextDocument>& doc, bool hidden);

struct ScoreOutcome {
    report::Score score;
    std::string language;  // the document's: replies and missed items are written in it
    bool trainersKey = false;
    int replies = 0;   // comments written: a reply to each participant comment
    int missed = 0;    // ... and one on each key item nobody found
    int replaced = 0;  // scoring comments of an earlier scoring, removed (nobody edited them)
};

// Scores the participants' comments of `doc` (those of every author but Proviso and
// config.author) against Proviso's concerns, or, when `key` is set, against the comments on
// words in `key` (the same bill, commented by the trainer). With `write`, as one undo step:
// the replies and missed items of an earlier scoring that nobody edited go, a reply goes on
// each participant comment and a comment on each key item nobody found (Proviso's own comment,
// under "Missed by every participant", or the trainer's text). Throws
// IllegalArgumentException when `key` has no comment on words.
ScoreOutcome scoreDocument(const css::uno::Reference<css::text::XTextDocument>& doc,
                           const CheckConfig& config,
                           const css::uno::Reference<css::text::XTextDocument>& key, bool write);

// Writes the score card into `card`, an empty text document, in `language`: a title, where the
// key came from, the counts per participant and category, and every item.
void writeScoreCard(const css::uno::Reference<css::text::XTextDocument>& card,
                    const ScoreOutcome& outcome, const std::string& title,
                    const std::string& keyName, const std::string& language);

struct RevealOutcome {
    enum class Status { Shown, TakenBack, AllShown, NoneShown, NoFindings };
    Status status = Status::NoFindings;
    int position = 0;  // 1-based, of the concern shown or taken back
    int total = 0;     // concerns in the document
    std::string concern;
    // The words of the comment now in view (the one shown, or after a step back the one
    // before); empty when there is none.
    css::uno::Reference<css::text::XTextRange> inView;
};

// Reveal next: the first of the document's concerns, in document order, without a Proviso
// comment gets one (one undo step). Reveal previous (`forward` false): the last concern's
// comment that is shown and that no person worked on goes. The caller puts `inView` in view.
RevealOutcome revealStep(const css::uno::Reference<css::text::XTextDocument>& doc,
                         const CheckConfig& config, bool forward);

// Selects `range` in the document's view, which scrolls it into view and shows its comment.
void showInView(const css::uno::Reference<css::text::XTextDocument>& doc,
                const css::uno::Reference<css::text::XTextRange>& range);

}  // namespace proviso::uno
