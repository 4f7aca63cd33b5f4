// Tools > Proviso > Training: Make Exercise, Score My Comments, Score Against Answer Key,
// Reveal Next Finding and Reveal Previous Finding. The dispatcher routes the org.proviso: URLs
// here and turns the result into an infobar and the dispatch result, as for the actions on a
// finding; the document work is training.hpp's.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include "finding_actions.hpp"

namespace proviso::uno {

enum class TrainingCommand { MakeExercise, Score, ScoreWithKey, RevealNext, RevealPrevious };

// Runs `command` on the place's document. Without a person there (Interactive=false), the
// dialog's choices come from the dispatch arguments: Hints ("none", "provisions") for Make
// Exercise, KeyURL (the answer key's file URL) for Score Against Answer Key. New documents
// (the exercise, the score card) are returned as the values "Exercise" and "ScoreCard". Throws
// UNO or standard exceptions on failure; the dispatcher turns them into a message.
ActionResult runTrainingCommand(TrainingCommand command, const ActionPlace& place,
                                const css::uno::Sequence<css::beans::PropertyValue>& arguments);

}  // namespace proviso::uno
