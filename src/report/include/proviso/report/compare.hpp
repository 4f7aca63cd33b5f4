// What a newer draft of a bill did to the judgement on an older one: per provision, the risks
// (rules) it brought and the ones it resolved, and the provisions it added and deleted with their
// risks. It speaks the language of the findings: a change is a rule that fires, or stops firing,
// in a provision of one draft and not in its counterpart in the other (alignProvisions pairs
// them; see docs/compare.md). No UNO here: the command renders the changes as text or JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/engine.hpp"
#include "proviso/rule.hpp"

namespace proviso::report {

struct DraftChange {
    //   NewRisk   a rule fires in the new provision and did not in its old counterpart;
    //   Resolved  a rule fired in the old provision and does not in its new counterpart;
    //   Added     a provision only in the new draft: one change per rule that fires in it, or
    //             one with no rule when none does;
    //   Deleted   a provision only in the old draft, the same way.
    enum class Kind { NewRisk, Resolved, Added, Deleted };

    // The labels of the old and the new provision ("Section 12(1)"): empty on the side where
    // there is none (Added, Deleted), and for the text before the first heading.
    std::string provisionOld;
    std::string provisionNew;
    Kind kind = Kind::NewRisk;
    std::string rule;         // the rule's id; empty for a provision added or deleted without risk
    std::string conceptName;  // the safeguard concept concerned ("concept" in JSON); empty until
                              // safeguards are compared
    // The flagged words of `rule` on each side (each once, in document order, joined by "; "),
    // or, for a provision added or deleted without risk, its text (blocks joined by "\n").
    std::string textOld;
    std::string textNew;
    // True when the change made the bill riskier: a new risk, or a provision added with a risk.
    bool riskier = false;
};

// "new-risk", "resolved", "added", "deleted": the names the command's JSON uses.
std::string_view toString(DraftChange::Kind kind);

// Scans both drafts with `rules` (the same rules and options for both, so that a change is
// the text's, never the settings'), pairs their provisions (segmentProvisions, then
// alignProvisions) and returns every change in judgement, in the order of alignProvisions'
// pairs (the new draft's, a deleted provision where it stood); within a pair, new risks in the
// order of their first flagged words in the new draft, then resolved ones in the old draft's.
// A rule firing on both sides is no change, even when its words differ. Findings are grouped
// per provision of the structure (report::concernsOf, then by provision), so two lettered items
// of one paragraph are one provision here, as in alignProvisions. Never throws, except
// std::bad_alloc.
std::vector<DraftChange> compareDrafts(const Document& oldDoc, const Document& newDoc,
                                       const std::vector<const Rule*>& rules,
                                       const ScanOptions& options = {});

// True if any change made the bill riskier (the command exits 1).
bool anyRiskier(const std::vector<DraftChange>& changes);

}  // namespace proviso::report
