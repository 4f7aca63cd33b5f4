#include "proviso/report/compare.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "proviso/alignment.hpp"
#include "proviso/concepts.hpp"
#include "proviso/language.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/report/concern.hpp"
#include "proviso/roles.hpp"
#include "proviso/structure.hpp"
#include "proviso/utf.hpp"

namespace proviso::report {

namespace {

// One rule's words in one provision.
struct Risk {
    std::string rule;
    std::vector<std::string> words;  // each once, document order
};

// A safeguard concept of the vocabulary, compiled once per language it has patterns in, as a
// rule's {{name}} is written out in that language and compiled (caseless, whole words).
struct Safeguard {
    const Concept* definition = nullptr;
    std::map<std::string, std::unique_ptr<Pattern>> byLanguage;
};

std::vector<Safeguard> safeguardsOf(const Vocabulary* vocabulary) {
    std::vector<Safeguard> safeguards;
    if (vocabulary == nullptr) return safeguards;
    for (const auto& [name, definition] : vocabulary->concepts()) {
        if (!definition.isSafeguard()) continue;
        Safeguard safeguard;
        safeguard.definition = &definition;
        for (const auto& entry : definition.patterns) {
            std::string source, problem;
            // A language whose patterns name a concept missing in it cannot be looked for;
            // loading the pack has already reported it for any rule that uses the concept.
            if (!vocabulary->expand("{{" + name + "}}", {entry.first}, source, problem)) continue;
            if (auto pattern = Pattern::compile(source, PatternOptions{}, problem)) {
                safeguard.byLanguage.emplace(entry.first, std::move(pattern));
            }
        }
        safeguards.push_back(std::move(safeguard));
    }
    return safeguards;
}

// The words of the first place in `provision` where `safeguard` is stated: matched in a
// block's language (in any of the concept's languages when the block's is unknown), and not
// said to be absent ("without a warrant"). Titles name a provision and state nothing, as rules
// do not flag them. Empty when it is not stated.
std::optional<std::string> firstStated(const ScanContext& context, const Provision& provision,
                                       const Safeguard& safeguard) {
    std::vector<ByteSpan> found;
    for (std::size_t b = provision.firstBlock; b < provision.endBlock; ++b) {
        if (context.structure().isTitle[b]) continue;
        const std::string& text = context.normalized(b).text();
        const std::string& language = context.languageOf(b);
        std::optional<ByteSpan> first;
        for (const auto& [patternLanguage, pattern] : safeguard.byLanguage) {
            if (!language.empty() && patternLanguage != language) continue;
            found.clear();
            pattern->findAll(text, 0, text.size(), found);
            for (const ByteSpan& span : found) {
                if (!context.statedAt(b, span)) continue;
                if (!first || span.begin < first->begin) first = span;
                break;
            }
        }
        if (first) return context.originalText(b, *first);
    }
    return std::nullopt;
}

// One draft, scanned and segmented: the risks of each provision, in the order of their first
// flagged words, and the safeguards it states.
struct ScannedDraft {
    DocumentStructure structure;
    std::vector<std::string> languages;    // block index -> the language it was read in
    std::vector<std::vector<Risk>> risks;  // provision index -> its risks
    // provision index -> safeguard index -> the words of its first statement there, if any.
    std::vector<std::vector<std::optional<std::string>>> stated;
    // article (index of its opening provision) -> safeguard index -> stated in any provision.
    std::vector<std::vector<bool>> statedInArticle;
    std::vector<unsigned> roles;  // provision index -> the roles of its blocks (roles.hpp)

    bool articleStates(std::size_t provision, std::size_t safeguard) const {
        return statedInArticle[structure.provisions[provision].article][safeguard];
    }
};

void findSafeguards(const Document& doc, const std::vector<Safeguard>& safeguards,
                    ScannedDraft& draft) {
    const std::size_t count = draft.structure.provisions.size();
    draft.stated.assign(count, std::vector<std::optional<std::string>>(safeguards.size()));
    draft.statedInArticle.assign(count, std::vector<bool>(safeguards.size(), false));
    draft.roles.assign(count, 0);
    if (safeguards.empty()) return;
    std::vector<NormalizedText> normalized;
    normalized.reserve(doc.blocks.size());
    for (const Block& block : doc.blocks) normalized.emplace_back(block.text);
    const SentenceIndex sentences(normalized);
    const ScanContext context(doc, draft.structure, normalized, sentences, draft.languages);
    const std::vector<unsigned> blocks = blockRoles(draft.structure, normalized);
    for (std::size_t p = 0; p < count; ++p) {
        const Provision& provision = draft.structure.provisions[p];
        for (std::size_t b = provision.firstBlock; b < provision.endBlock && b < blocks.size();
             ++b) {
            draft.roles[p] |= blocks[b];
        }
        for (std::size_t s = 0; s < safeguards.size(); ++s) {
            draft.stated[p][s] = firstStated(context, provision, safeguards[s]);
            if (draft.stated[p][s]) draft.statedInArticle[provision.article][s] = true;
        }
    }
}

ScannedDraft scanDraft(const Document& doc, const Engine& engine,
                       const std::vector<const Rule*>& rules, const ScanOptions& options,
                       const std::vector<Safeguard>& safeguards) {
    ScannedDraft draft;
    draft.structure = segmentProvisions(doc);
    draft.languages = scanLanguages(doc, options);
    draft.risks.resize(draft.structure.provisions.size());
    findSafeguards(doc, safeguards, draft);
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
        case DraftChange::Kind::SafeguardRemoved:
            return "safeguard-removed";
        case DraftChange::Kind::SafeguardAdded:
            return "safeguard-added";
    }
    return "";
}

namespace {

// The language of a provision's first block in `draft`; "" when unknown.
std::string languageOf(const ScannedDraft& draft, const std::optional<std::size_t>& provision) {
    if (!provision) return "";
    const std::size_t block = draft.structure.provisions[*provision].firstBlock;
    return block < draft.languages.size() ? draft.languages[block] : "";
}

}  // namespace

std::vector<DraftChange> compareDrafts(const Document& oldDoc, const Document& newDoc,
                                       const std::vector<const Rule*>& rules,
                                       const ScanOptions& options, const Vocabulary* vocabulary) {
    const Engine engine(rules);
    const std::vector<Safeguard> safeguards = safeguardsOf(vocabulary);
    const ScannedDraft before = scanDraft(oldDoc, engine, rules, options, safeguards);
    const ScannedDraft after = scanDraft(newDoc, engine, rules, options, safeguards);
    const Alignment alignment = alignProvisions(oldDoc, before.structure, newDoc, after.structure);

    std::vector<DraftChange> changes;
    for (const ProvisionPair& pair : alignment.pairs) {
        DraftChange base;
        base.language = languageOf(after, pair.newIndex);
        if (base.language.empty()) base.language = languageOf(before, pair.oldIndex);
        if (base.language.empty()) base.language = "en";
        const std::vector<Risk> none;
        const std::vector<Risk>& oldRisks = pair.oldIndex ? before.risks[*pair.oldIndex] : none;
        const std::vector<Risk>& newRisks = pair.newIndex ? after.risks[*pair.newIndex] : none;
        if (pair.oldIndex) {
            const Provision& p = before.structure.provisions[*pair.oldIndex];
            base.provisionOld = p.label;
            base.oldFirstBlock = p.firstBlock;
            base.oldEndBlock = p.endBlock;
        }
        if (pair.newIndex) {
            const Provision& p = after.structure.provisions[*pair.newIndex];
            base.provisionNew = p.label;
            base.newFirstBlock = p.firstBlock;
            base.newEndBlock = p.endBlock;
        }

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
        // A safeguard is looked for in the whole article on the other side: one moved to a
        // sibling subsection (a split) is still there.
        const auto safeguardChange = [&](std::size_t s, DraftChange::Kind kind) {
            DraftChange change = base;
            change.kind = kind;
            change.conceptName = safeguards[s].definition->name;
            change.conceptLabel = safeguards[s].definition->safeguardLabel(base.language);
            return change;
        };
        // A safeguard that counts only in some roles (intent, in an offence) is compared where
        // either side has one of them.
        const unsigned pairRoles = before.roles[*pair.oldIndex] | after.roles[*pair.newIndex];
        const auto counts = [&](std::size_t s) {
            return rolesAllow(safeguards[s].definition->safeguardRoles, pairRoles);
        };
        for (std::size_t s = 0; s < safeguards.size(); ++s) {
            const auto& words = before.stated[*pair.oldIndex][s];
            if (!words || !counts(s) || after.articleStates(*pair.newIndex, s)) continue;
            DraftChange change = safeguardChange(s, DraftChange::Kind::SafeguardRemoved);
            change.textOld = *words;
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
        for (std::size_t s = 0; s < safeguards.size(); ++s) {
            const auto& words = after.stated[*pair.newIndex][s];
            if (!words || !counts(s) || before.articleStates(*pair.oldIndex, s)) continue;
            DraftChange change = safeguardChange(s, DraftChange::Kind::SafeguardAdded);
            change.textNew = *words;
            changes.push_back(std::move(change));
        }
    }
    return changes;
}

bool anyRiskier(const std::vector<DraftChange>& changes) {
    return std::any_of(changes.begin(), changes.end(),
                       [](const DraftChange& c) { return c.riskier; });
}

namespace {

using Kind = DraftChange::Kind;

// A provision's text on one line, at most `limit` code points: enough to recognise it.
std::string shortened(const std::string& text, std::size_t limit = 80) {
    std::string line;
    for (const char c : text) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (countCodePoints(line) <= limit) return line;
    return line.substr(0, byteOffsetOfCodePoint(line, limit - 3)) + "...";
}

std::string labelOr(const std::string& label) {
    return label.empty() ? std::string("(before the first provision)") : label;
}

std::string where(const DraftChange& c) {
    if (c.kind == Kind::Added) return labelOr(c.provisionNew);
    if (c.kind == Kind::Deleted) return labelOr(c.provisionOld);
    if (c.provisionOld == c.provisionNew) return labelOr(c.provisionNew);
    return labelOr(c.provisionNew) + " (was " + labelOr(c.provisionOld) + ")";
}

std::string conceptOf(const DraftChange& c) {
    if (!c.conceptLabel.empty()) return c.conceptLabel;
    std::string name = c.conceptName;
    std::replace(name.begin(), name.end(), '-', ' ');
    return name;
}

}  // namespace

std::string changesText(const std::vector<DraftChange>& changes) {
    if (changes.empty()) return "no change in judgement\n";
    std::string out;
    for (const DraftChange& c : changes) {
        out += where(c) + ": ";
        switch (c.kind) {
            case Kind::NewRisk:
                out += "new risk: " + c.rule + " ('" + shortened(c.textNew) + "')";
                break;
            case Kind::Resolved:
                out += "resolved: " + c.rule + " (was '" + shortened(c.textOld) + "')";
                break;
            case Kind::SafeguardRemoved:
                out += "safeguard removed: " + conceptOf(c) + " ('" + shortened(c.textOld) + "')";
                break;
            case Kind::SafeguardAdded:
                out += "safeguard added: " + conceptOf(c) + " ('" + shortened(c.textNew) + "')";
                break;
            case Kind::Added:
            case Kind::Deleted: {
                const bool added = c.kind == Kind::Added;
                const std::string& text = added ? c.textNew : c.textOld;
                out += added ? "added" : "deleted";
                if (c.rule.empty()) {
                    out += " ('" + shortened(text) + "')";
                } else {
                    out += (added ? ", with risk: " : ", with its risk: ") + c.rule + " ('" +
                           shortened(text) + "')";
                }
                break;
            }
        }
        out += '\n';
    }
    return out;
}

std::string changesJson(const std::vector<DraftChange>& changes) {
    using Json = nlohmann::ordered_json;
    const auto orNull = [](const std::string& s, bool present) {
        return present ? Json(s) : Json(nullptr);
    };
    Json list = Json::array();
    for (const DraftChange& c : changes) {
        list.push_back({{"provision_old", orNull(c.provisionOld, c.kind != Kind::Added)},
                        {"provision_new", orNull(c.provisionNew, c.kind != Kind::Deleted)},
                        {"kind", std::string(toString(c.kind))},
                        {"rule", orNull(c.rule, !c.rule.empty())},
                        {"concept", orNull(c.conceptName, !c.conceptName.empty())},
                        {"concept_label", orNull(c.conceptLabel, !c.conceptLabel.empty())},
                        {"text_old", c.textOld},
                        {"text_new", c.textNew},
                        {"riskier", c.riskier}});
    }
    Json root;
    root["changes"] = std::move(list);
    // Replace rather than throw on any invalid UTF-8 that came in from a document.
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace proviso::report
