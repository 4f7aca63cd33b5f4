// The report model: what Proviso tells a reviewer, one concern per rule per provision, with
// the rule behind it. Built from the engine's findings; rendered as a Writer comment, a row of
// the findings table and the proviso command's output. No UNO here.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/rule.hpp"

namespace proviso::report {

// One concern: every finding of one rule in one provision (or, in a document without
// structure, in one paragraph), told once.
struct Concern {
    std::vector<Finding> findings;   // document order; never empty
    const RuleInfo* rule = nullptr;  // null when the rule is not among those given
    // Where the comment goes: from the first flagged words to the last when they are in one
    // sentence of one paragraph, otherwise the first finding's words. Code points in the block.
    std::size_t block = 0, start = 0, end = 0;
    // Stable across checks, languages and file formats while the rule, the provision and the
    // flagged words stay the same: what "dismissed" remembers (hex, 16 digits).
    std::string fingerprint;

    const Finding& first() const { return findings.front(); }
    const std::string& ruleId() const { return first().ruleId; }
    Severity severity() const { return first().severity; }
    // The language the concern is told in: the first finding's paragraph's.
    const std::string& language() const { return first().language; }
    // The flagged words, each once, in document order.
    std::vector<std::string> words() const;
};

// Finds rules by id among the rules a scan used.
class RuleIndex {
public:
    explicit RuleIndex(const std::vector<const Rule*>& rules);
    const RuleInfo* find(const std::string& id) const;

private:
    std::vector<std::pair<std::string, const RuleInfo*>> byId_;  // sorted by id
};

// Where a finding is, for grouping: its provision's label, or, where the document has no
// structure or the finding lies outside the body (a footnote), its block. Two findings with
// the same key are in the same provision.
std::string provisionKey(const Document& doc, const Finding& finding);

// Groups findings into concerns (one per rule per provision), in document order. `doc` is
// the document the findings came from (for sentence bounds).
std::vector<Concern> concernsOf(const Document& doc, const std::vector<Finding>& findings,
                                const RuleIndex& rules);

// The fingerprint of a rule's words in a provision (see Concern::fingerprint).
std::string fingerprintOf(const std::string& ruleId, const std::string& provision,
                          const std::vector<std::string>& words);

// How many concerns of each severity.
struct SeverityCounts {
    int high = 0, medium = 0, low = 0;
    int total() const { return high + medium + low; }
};
SeverityCounts countBySeverity(const std::vector<Concern>& concerns);

}  // namespace proviso::report
