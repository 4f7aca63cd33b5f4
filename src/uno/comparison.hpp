// Compare drafts in Writer: what a newer draft of a bill did to the judgement on an earlier one
// (report::compareDrafts does the comparing), as comments on the newer draft and as a table of
// changes. Shared by Tools > Proviso > Compare with Earlier Draft / Compare Tracked Changes
// (compare_commands.cpp) and the XComparison API the proviso command uses.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

#include <string>
#include <vector>

#include "checker.hpp"
#include "proviso/report/compare.hpp"

namespace proviso::uno {

struct ComparisonOutcome {
    std::vector<report::DraftChange> changes;
    std::string language;  // the newer draft's: of the table
    int commented = 0;     // riskier changes given a comment (new, or Proviso's own marked)
    int notCommented = 0;  // ... with no place for one (protected text, a long tracked change)
    int replaced = 0;      // Compare's comments of an earlier run taken back
};

// The earlier draft's text, read from an open document (as Check reads it).
Document draftText(const css::uno::Reference<css::text::XTextDocument>& doc);

// The text of `doc` as it was before its tracked changes (all of them rejected); its text with
// them accepted is what a check reads. False `hasChanges` when it has none.
Document textBeforeTrackedChanges(const css::uno::Reference<css::text::XTextDocument>& doc,
                                  bool& hasChanges);

// Compares `doc`, the newer draft, with `earlier`, with the config's rules and safeguard
// concepts. With `write`, as one undo step: Compare's comments of an earlier run that nobody
// worked on are taken back (a concern's own comment loses Compare's first line again); each
// concern new since the earlier draft gets Proviso's comment under "Riskier since the earlier
// draft:" (or "New provision since the earlier draft:"), its existing comment marked so when
// nobody worked on it; each safeguard removed gets a comment on the first paragraph of the
// provision that lost it. Dismissed findings and rules switched off in the document stay so.
ComparisonOutcome compareWithEarlier(const css::uno::Reference<css::text::XTextDocument>& doc,
                                     const Document& earlier, const CheckConfig& config,
                                     bool write);

// Writes the table of changes into `table`, an empty text document, in outcome.language: a
// title, which drafts were compared and how many changes, then one row per change.
void writeComparisonTable(const css::uno::Reference<css::text::XTextDocument>& table,
                          const ComparisonOutcome& outcome, const std::vector<const Rule*>& rules,
                          const std::string& earlierName, const std::string& newerName);

}  // namespace proviso::uno
