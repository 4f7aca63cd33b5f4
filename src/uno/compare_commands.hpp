// Tools > Proviso > Compare with Earlier Draft... and Compare Tracked Changes. The dispatcher
// routes the org.proviso: URLs here and turns the result into an infobar and the dispatch
// result, as for the training commands; the document work is comparison.hpp's.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Sequence.hxx>

#include "finding_actions.hpp"

namespace proviso::uno {

enum class CompareCommand { WithEarlierDraft, TrackedChanges };

// Runs `command` on the place's document (the newer draft). Compare with Earlier Draft asks for
// the earlier draft in a file picker, or, without a person there (Interactive=false), takes its
// URL from the dispatch argument EarlierURL. The result's values: Riskier, Safer, Commented
// (counts), Changes (the changes as `proviso compare --format json` prints them). Throws UNO or
// standard exceptions on failure; the dispatcher turns them into a message.
ActionResult runCompareCommand(CompareCommand command, const ActionPlace& place,
                               const css::uno::Sequence<css::beans::PropertyValue>& arguments);

}  // namespace proviso::uno
