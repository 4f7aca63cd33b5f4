// What a newer draft of a bill did to the judgement on an older one: per provision, the risks
// (rules) it brought and the ones it resolved, and the provisions it added and deleted with their
// risks. It speaks the language of the findings: a change is a rule that fires, or stops firing,
// in a provision of one draft and not in its counterpart in the other (alignProvisions pairs
// them; see docs/compare.md). No UNO here: the command renders the changes as text or JSON.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/concepts.hpp"
#include "proviso/document.hpp"
#include "proviso/engine.hpp"
#include "proviso/rule.hpp"

namespace proviso::report {

struct DraftChange {
    //   NewRisk   a rule fires in the new provision and did not in its old counterpart;
    //   Resolved  a rule fired in the old provision and does not in its new counterpart;
    //   Added     a provision only in the new draft: one change per rule that fires in it, or
    //             one with no rule when none does;
    //   Deleted   a provision only in the old draft, the same way;
    //   SafeguardRemoved  a safeguard concept (judicial authorisation, a time limit, intent...)
    //             stated in the old provision is stated nowhere in the new provision's article;
    //   SafeguardAdded    the reverse: stated in the new provision, nowhere in the old one's
    //             article.
    enum class Kind { NewRisk, Resolved, Added, Deleted, SafeguardRemoved, SafeguardAdded };

    // The labels of the old and the new provision ("Section 12(1)"): empty on the side where
    // there is none (Added, Deleted), and for the text before the first heading.
    std::string provisionOld;
    std::string provisionNew;
    Kind kind = Kind::NewRisk;
    std::string rule;          // the rule's id; empty for a provision added or deleted without risk
    std::string conceptName;   // the safeguard concept concerned ("concept" in JSON): its name
    std::string conceptLabel;  // and what it is called in `language` ("judicial authorisation")
    std::string language;      // the language the new provision (else the old) was read in
    // The blocks of each provision ([first, end) indices into its document's blocks); {0, 0}
    // on the side where there is none.
    std::size_t oldFirstBlock = 0, oldEndBlock = 0;
    std::size_t newFirstBlock = 0, newEndBlock = 0;
    // The flagged words of `rule` on each side (each once, in document order, joined by "; "),
    // or, for a provision added or deleted without risk, its text (blocks joined by "\n").
    std::string textOld;
    std::string textNew;
    // True when the change made the bill riskier: a new risk, a provision added with a risk,
    // a safeguard removed.
    bool riskier = false;
    // True when it made it safer: a risk resolved, a safeguard added.
    bool safer() const { return kind == Kind::Resolved || kind == Kind::SafeguardAdded; }
};

// "new-risk", "resolved", "added", "deleted", "safeguard-removed", "safeguard-added": the names
// the command's JSON uses.
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
//
// With a `vocabulary`, also the safeguards (its concepts with a `safeguard:` label) that a pair
// of provisions gained or lost: SafeguardRemoved when one is stated in the old provision (a
// pattern of the concept matches in a block's language and the text does not say it is absent:
// "without a warrant" is not a warrant) and nowhere in the article of the new one;
// SafeguardAdded the reverse. Looking in the whole article keeps a safeguard that a split moved
// to a sibling subsection. Within a pair: new risks, safeguards removed, resolved risks,
// safeguards added, the safeguards in the vocabulary's (alphabetical) order. Provisions added or
// deleted get none. Every change carries the language the new provision was read in (else the
// old one's; "en" when unknown), and a safeguard its label in that language.
std::vector<DraftChange> compareDrafts(const Document& oldDoc, const Document& newDoc,
                                       const std::vector<const Rule*>& rules,
                                       const ScanOptions& options = {},
                                       const Vocabulary* vocabulary = nullptr);

// True if any change made the bill riskier (the command exits 1).
bool anyRiskier(const std::vector<DraftChange>& changes);

// The changes as `proviso compare` prints them, one line per change: "Section 12(1): new risk:
// blocking-without-court ('restrict or block access')", "s. 12: safeguard removed: judicial
// authorisation ('warrant issued by a judge')"; a provision renumbered is named by its new
// label with the old one after it ("Section 3 (was Section 2)"); a provision added or deleted
// without risk is quoted, shortened. "no change in judgement" when there is none, so that an
// empty output is never mistaken for a failure.
std::string changesText(const std::vector<DraftChange>& changes);

// {"changes": [{provision_old, provision_new, kind, rule, concept, concept_label, text_old,
// text_new, riskier}]}: provision_old or provision_new is null on the side a provision was
// added or deleted ("" is the text before the first heading); rule, concept and concept_label
// are null when there is none; kind is toString's name.
std::string changesJson(const std::vector<DraftChange>& changes);

}  // namespace proviso::report
