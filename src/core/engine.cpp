#include "proviso/engine.hpp"

#include <re2/set.h>

#include <algorithm>
#include <deque>
#include <map>
#include <mutex>
#include <tuple>

#include "proviso/language.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/roles.hpp"
#include "proviso/structure.hpp"

namespace proviso {

namespace {

// Room for thousands of phrase patterns; past this the engine falls back to rule-by-rule work.
constexpr int64_t kMaxSetBytes = 256 << 20;

}  // namespace

// The triggers of some rules in a few RE2::Sets. Matching them tells, per block, which of those
// rules can fire there. It may over-approximate (case-insensitive for every pattern, no
// whole-word check, triggers loosened) but never under-approximate, so running a rule only on
// its candidate blocks loses no finding.
class Engine::Prefilter {
public:
    // `active[r]`: whether rules[r]'s triggers go in. nullptr if a set cannot be built.
    static std::unique_ptr<Prefilter> build(const std::vector<const Rule*>& rules,
                                            const std::vector<bool>& active) {
        // Each distinct trigger once, loosened (see loosenedForPrefilter: it compiles a
        // hundred times faster), with the rules it serves.
        struct Trigger {
            std::string loose, exact;
            std::vector<std::size_t> rules;
        };
        std::vector<Trigger> triggers;
        std::map<std::string, std::size_t> indexOf;
        for (std::size_t r = 0; r < rules.size(); ++r) {
            if (!active[r]) continue;
            for (const Pattern* pattern : rules[r]->triggers()) {
                std::string loose = loosenedForPrefilter(pattern->source());
                auto [it, isNew] = indexOf.try_emplace(loose, triggers.size());
                if (isNew) triggers.push_back({std::move(loose), pattern->source(), {}});
                triggers[it->second].rules.push_back(r);
            }
        }
        RE2::Options options;
        options.set_encoding(RE2::Options::EncodingUTF8);
        options.set_case_sensitive(false);
        options.set_log_errors(false);
        options.set_max_mem(kMaxSetBytes);
        auto prefilter = std::unique_ptr<Prefilter>(new Prefilter);
        for (std::size_t first = 0; first < triggers.size(); first += kTriggersPerSet) {
            Part& part = prefilter->parts_.emplace_back(options);
            const std::size_t end = std::min(triggers.size(), first + kTriggersPerSet);
            for (std::size_t t = first; t < end; ++t) {
                // As written if loosening made what RE2 does not accept.
                if (part.set.Add(triggers[t].loose, nullptr) < 0 &&
                    part.set.Add(triggers[t].exact, nullptr) < 0) {
                    return nullptr;
                }
                part.rulesOfPattern.push_back(std::move(triggers[t].rules));
            }
            if (!part.set.Compile()) return nullptr;
        }
        return prefilter;
    }

    // candidates[rule][block]: whether the rule may fire in the block.
    std::vector<std::vector<bool>> candidates(const std::vector<NormalizedText>& blocks,
                                              std::size_t ruleCount) const {
        std::vector<std::vector<bool>> result(ruleCount, std::vector<bool>(blocks.size(), false));
        std::vector<int> matched;
        for (const Part& part : parts_) {
            for (std::size_t b = 0; b < blocks.size(); ++b) {
                matched.clear();
                RE2::Set::ErrorInfo error{};
                if (!part.set.Match(blocks[b].text(), &matched, &error) &&
                    error.kind != RE2::Set::kNoError) {
                    // The automaton ran out of memory on this block: look at it rule by rule.
                    for (const auto& rulesOf : part.rulesOfPattern) {
                        for (std::size_t r : rulesOf) result[r][b] = true;
                    }
                    continue;
                }
                for (int id : matched) {
                    for (std::size_t r : part.rulesOfPattern[static_cast<std::size_t>(id)]) {
                        result[r][b] = true;
                    }
                }
            }
        }
        return result;
    }

private:
    // RE2 builds a set's automaton while it scans, and one of hundreds of triggers has so many
    // states that building them costs more than the scan: on 1 MB, a first pass of 0.43 s with
    // one set against 0.18 s with four sets of 67, for 13 against 21 ms once built (10 MB:
    // 0.69 against 0.47 s first, 0.16 against 0.21 s after). A check of one document always
    // runs its first pass; the Writer component keeps its engine warm.
    static constexpr std::size_t kTriggersPerSet = 64;

    struct Part {
        explicit Part(const RE2::Options& options) : set(options, RE2::UNANCHORED) {}
        RE2::Set set;
        std::vector<std::vector<std::size_t>> rulesOfPattern;  // by index in the set
    };
    std::deque<Part> parts_;  // a deque: an RE2::Set does not move
};

Engine::Engine(std::vector<const Rule*> rules, EngineOptions options)
    : rules_(std::move(rules)), options_(options) {}

Engine::~Engine() = default;

const Engine::Prefilter* Engine::prefilterFor(const std::vector<bool>& active) const {
    if (!options_.prefilter) return nullptr;
    std::string key(active.size(), '0');
    for (std::size_t r = 0; r < active.size(); ++r) key[r] = active[r] ? '1' : '0';
    const std::lock_guard<std::mutex> lock(prefiltersMutex_);
    auto [it, isNew] = prefilters_.try_emplace(key);
    if (isNew) it->second = Prefilter::build(rules_, active);
    return it->second.get();
}

bool Engine::prefiltering() const {
    std::vector<bool> all(rules_.size(), true);
    return prefilterFor(all) != nullptr;
}

bool ruleAppliesTo(const RuleInfo& rule, const std::string& language) {
    if (language.empty() || rule.languages.empty()) return true;
    const std::string wanted = primarySubtag(language);
    return std::any_of(rule.languages.begin(), rule.languages.end(), [&](const std::string& l) {
        return l == "*" || primarySubtag(l) == wanted;
    });
}

std::vector<std::string> scanLanguages(const Document& doc, const ScanOptions& options) {
    return options.language.empty()
               ? effectiveLanguages(doc)
               : std::vector<std::string>(doc.blocks.size(), primarySubtag(options.language));
}

std::vector<Finding> Engine::scan(const Document& doc, const ScanOptions& options) const {
    std::vector<NormalizedText> normalized;
    normalized.reserve(doc.blocks.size());
    for (const Block& block : doc.blocks) normalized.emplace_back(block.text);
    const DocumentStructure structure = segmentProvisions(doc);
    const SentenceIndex sentences(normalized);
    // Each block's language, in which its findings' messages are written.
    const std::vector<std::string> languages = scanLanguages(doc, options);
    // The rules this scan runs: those of the severity asked for, written for a language some
    // block is in (a block whose language is unknown takes every rule). The others' findings
    // would all be dropped below, so neither their triggers nor their patterns are compiled.
    std::vector<std::string> documentLanguages = languages;  // each once: a few, not a block each
    std::sort(documentLanguages.begin(), documentLanguages.end());
    documentLanguages.erase(std::unique(documentLanguages.begin(), documentLanguages.end()),
                            documentLanguages.end());
    std::vector<bool> active(rules_.size(), false);
    for (std::size_t r = 0; r < rules_.size(); ++r) {
        const RuleInfo& info = rules_[r]->info();
        active[r] = info.severity >= options.minSeverity &&
                    std::any_of(documentLanguages.begin(), documentLanguages.end(),
                                [&](const std::string& l) { return ruleAppliesTo(info, l); });
    }
    const Prefilter* prefilter = prefilterFor(active);
    std::vector<std::vector<bool>> candidates;
    if (prefilter != nullptr) candidates = prefilter->candidates(normalized, rules_.size());

    // What each provision does, computed only if some rule asks (`roles:`).
    std::vector<unsigned> roles;
    const bool anyRoles = std::any_of(rules_.begin(), rules_.end(),
                                      [](const Rule* rule) { return rule->info().roles != 0; });
    if (anyRoles) roles = blockRoles(structure, normalized);

    std::vector<Finding> findings;
    for (std::size_t r = 0; r < rules_.size(); ++r) {
        const RuleInfo& info = rules_[r]->info();
        if (!active[r]) continue;
        const ScanContext context(doc, structure, normalized, sentences, languages,
                                  prefilter != nullptr ? &candidates[r] : nullptr);
        const std::size_t before = findings.size();
        rules_[r]->check(context, findings);
        if (info.roles != 0) {
            // A feelings word in a purpose clause is not an offence built on feelings.
            findings.erase(
                std::remove_if(
                    findings.begin() + static_cast<std::ptrdiff_t>(before), findings.end(),
                    [&](const Finding& f) { return !rolesAllow(info.roles, roles[f.block]); }),
                findings.end());
        }
        if (options.language.empty()) {
            // Per-block languages: drop findings in blocks written in a language the rule is
            // not for (a French rule says nothing about an English paragraph).
            findings.erase(
                std::remove_if(
                    findings.begin() + static_cast<std::ptrdiff_t>(before), findings.end(),
                    [&](const Finding& f) { return !ruleAppliesTo(info, languages[f.block]); }),
                findings.end());
        }
    }
    std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.block, a.start, a.end, a.ruleId) <
               std::tie(b.block, b.start, b.end, b.ruleId);
    });
    return findings;
}

}  // namespace proviso
