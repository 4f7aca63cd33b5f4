// What Compare with Earlier Draft writes into Writer: comments on what a newer draft made
// riskier, and the table of changes; no UNO here. A concern new since the earlier draft is
// Proviso's own comment on it with a first line saying so ("Riskier since the earlier draft:"),
// so that Check keeps it and Clear removes it like any other; a safeguard removed has no
// finding behind it, and its comment carries a tag of its own (kSafeguardRemovedTag) that Check
// leaves alone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "proviso/report/compare.hpp"
#include "proviso/report/concern.hpp"

namespace proviso::report {

// The rule id in the tag of a "safeguard removed" comment: not a rule of any pack.
inline constexpr std::string_view kSafeguardRemovedTag = "compare/safeguard-removed";

// The comment on `change`, in `language`:
// - NewRisk, or Added with a rule: "Riskier since the earlier draft:" (or "New provision since
//   the earlier draft:") then `concern`'s own comment (commentText), which must be set;
// - SafeguardRemoved: "Safeguard removed since the earlier draft: judicial authorisation",
//   what the earlier draft said and where, what to ask for, and the tag;
// - any other kind: empty (nothing is written on what got safer).
std::string changeComment(const DraftChange& change, const Concern* concern,
                          std::string_view language);

// Whether `content` is a comment Compare wrote: a concern's comment under one of its first
// lines, or a safeguard removed. True also when a person has since edited it.
bool isComparisonComment(std::string_view content);

// A concern's comment with Compare's first line taken off again (the comment as Check writes
// it); `content` itself when it has no such line.
std::string withoutComparisonMark(std::string_view content);

// The table of changes, header row first: No., provision (new label, "(formerly ...)" when
// renumbered), change, concern or safeguard (the rule's message for the words, or the
// safeguard's name), the earlier draft's words, the newer draft's words. `rules` are those
// the comparison used (for the messages), all in `language`.
std::vector<std::vector<std::string>> changeRows(const std::vector<DraftChange>& changes,
                                                 const RuleIndex& rules, std::string_view language);

// Counts for the infobar: changes that made the text riskier and safer.
int riskierCount(const std::vector<DraftChange>& changes);
int saferCount(const std::vector<DraftChange>& changes);

}  // namespace proviso::report
