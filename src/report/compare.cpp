#include "proviso/report/compare.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <utility>

#include "proviso/alignment.hpp"
#include "proviso/report/concern.hpp"
#include "proviso/structure.hpp"

namespace proviso::report {

namespace {

// One rule's words in one provision.
struct Risk {
    std::string rule;
    std::vector<std::string> words;  // each once, document order
};

// One draft, scanned and segmented: the risks of each provision, in the order of their first
// flagged words.
struct ScannedDraft {
    DocumentStructure structure;
    std::vector<std::vector<Risk>> risks;  // provision index -> its risks
};

ScannedDraft scanDraft(const Document& doc, const Engine& engine,
                       const std::vector<const Rule*>& rules, const ScanOptions& options) {
    ScannedDraft draft;
    draft.structure = segmentProvisions(doc);
    draft.risks.resize(draft.structure.provisions.size());
    const std::vector<Finding> findings = engine.scan(doc, options);
    // concernsOf groups by the full label ("Section 2(1)(a)"); the pairing is by provision
    // ("Section 2(1)"), so concerns of one rule in two items of a provision are merged here:
    // the comparison asks whether a provision has the risk, not in how many places.
    for (const Concern& concern : concernsOf(doc, findings, RuleIndex(rules))) {
        const std::size_t block = concern.first().block;
        if (block >= draft.structure.provisionOf.size()) continue;
        auto& risks = draft.risks[draft.structure.provisionOf[block]];
        auto it = std::find_if(risks.begin(), risks.end(),
                               [&](const Risk& r) { return r.rule == concern.ruleId(); });
        if (it == risks.end()) {
            risks.push_back({concern.ruleId(), {}});
            it = std::prev(risks.end());
        }
        for (const std::string& word : concern.words()) {
            if (std::find(it->words.begin(), it->words.end(), word) == it->words.end()) {
                it->words.push_back(word);
            }
        }
    }
    return draft;
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const std::string& word : words) out += (out.empty() ? "" : "; ") + word;
    return out;
}

std::string provisionText(const Document& doc, const Provision& provision) {
    std::string out;
    for (std::size_t b = provision.firstBlock; b < provision.endBlock && b < doc.blocks.size();
         ++b) {
        out += (out.empty() ? "" : "\n") + doc.blocks[b].text;
    }
    return out;
}

bool hasRule(const std::vector<Risk>& risks, const std::string& rule) {
    return std::any_of(risks.begin(), risks.end(), [&](const Risk& r) { return r.rule == rule; });
}

}  // namespace

std::string_view toString(DraftChange::Kind kind) {
    switch (kind) {
        case DraftChange::Kind::NewRisk:
            return "new-risk";
        case DraftChange::Kind::Resolved:
            return "resolved";
        case DraftChange::Kind::Added:
            return "added";
        case DraftChange::Kind::Deleted:
            return "deleted";
    }
    return "";
}

std::vector<DraftChange> compareDrafts(const Document& oldDoc, const Document& newDoc,
                                       const std::vector<const Rule*>& rules,
                                       const ScanOptions& options) {
    const Engine engine(rules);
    const ScannedDraft before = scanDraft(oldDoc, engine, rules, options);
    const ScannedDraft after = scanDraft(newDoc, engine, rules, options);
    const Alignment alignment = alignProvisions(oldDoc, before.structure, newDoc, after.structure);

    std::vector<DraftChange> changes;
    for (const ProvisionPair& pair : alignment.pairs) {
        DraftChange base;
        const std::vector<Risk> none;
        const std::vector<Risk>& oldRisks = pair.oldIndex ? before.risks[*pair.oldIndex] : none;
        const std::vector<Risk>& newRisks = pair.newIndex ? after.risks[*pair.newIndex] : none;
        if (pair.oldIndex) base.provisionOld = before.structure.provisions[*pair.oldIndex].label;
        if (pair.newIndex) base.provisionNew = after.structure.provisions[*pair.newIndex].label;

        if (!pair.oldIndex || !pair.newIndex) {
            // Added or deleted: each of its risks, or the provision itself when it has none.
            const bool added = !pair.oldIndex;
            base.kind = added ? DraftChange::Kind::Added : DraftChange::Kind::Deleted;
            const std::vector<Risk>& risks = added ? newRisks : oldRisks;
            if (risks.empty()) {
                const Provision& provision = added ? after.structure.provisions[*pair.newIndex]
                                                   : before.structure.provisions[*pair.oldIndex];
                (added ? base.textNew : base.textOld) =
                    provisionText(added ? newDoc : oldDoc, provision);
                changes.push_back(base);
            }
            for (const Risk& risk : risks) {
                DraftChange change = base;
                change.rule = risk.rule;
                (added ? change.textNew : change.textOld) = joined(risk.words);
                // A deleted risk is not counted as safer here: the power may have moved to
                // a provision that is Added, and one risk for another is no improvement.
                change.riskier = added;
                changes.push_back(std::move(change));
            }
            continue;
        }
        for (const Risk& risk : newRisks) {
            if (hasRule(oldRisks, risk.rule)) continue;
            DraftChange change = base;
            change.kind = DraftChange::Kind::NewRisk;
            change.rule = risk.rule;
            change.textNew = joined(risk.words);
            change.riskier = true;
            changes.push_back(std::move(change));
        }
        for (const Risk& risk : oldRisks) {
            if (hasRule(newRisks, risk.rule)) continue;
            DraftChange change = base;
            change.kind = DraftChange::Kind::Resolved;
            change.rule = risk.rule;
            change.textOld = joined(risk.words);
            changes.push_back(std::move(change));
        }
    }
    return changes;
}

bool anyRiskier(const std::vector<DraftChange>& changes) {
    return std::any_of(changes.begin(), changes.end(),
                       [](const DraftChange& c) { return c.riskier; });
}

}  // namespace proviso::report
