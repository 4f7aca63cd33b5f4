#include "proviso/engine.hpp"

#include <re2/set.h>

#include <algorithm>
#include <tuple>

#include "proviso/language.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/roles.hpp"
#include "proviso/structure.hpp"

namespace proviso {

namespace {

// Room for thousands of phrase patterns; past this the engine falls back to rule-by-rule work.
constexpr int64_t kMaxSetBytes = 256 << 20;

}  // namespace

// All rules' triggers in one RE2::Set. Matching it tells, per block, which rules can fire there.
// It may over-approximate (case-insensitive for every pattern, no whole-word check) but never
// under-approximate, so running a rule only on its candidate blocks loses no finding.
class Engine::Prefilter {
public:
    static std::unique_ptr<Prefilter> build(const std::vector<const Rule*>& rules) {
        RE2::Options options;
        options.set_encoding(RE2::Options::EncodingUTF8);
        options.set_case_sensitive(false);
        options.set_log_errors(false);
        options.set_max_mem(kMaxSetBytes);
        auto prefilter = std::unique_ptr<Prefilter>(new Prefilter(options));
        for (std::size_t r = 0; r < rules.size(); ++r) {
            for (const Pattern* pattern : rules[r]->triggers()) {
                if (prefilter->set_.Add(pattern->source(), nullptr) < 0) return nullptr;
                prefilter->ruleOfPattern_.push_back(r);
            }
        }
        if (!prefilter->set_.Compile()) return nullptr;
        return prefilter;
    }

    // candidates[rule][block]: whether the rule may fire in the block.
    std::vector<std::vector<bool>> candidates(const std::vector<NormalizedText>& blocks,
                                              std::size_t ruleCount) const {
        std::vector<std::vector<bool>> result(ruleCount, std::vector<bool>(blocks.size(), false));
        std::vector<int> matched;
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            matched.clear();
            RE2::Set::ErrorInfo error{};
            if (!set_.Match(blocks[b].text(), &matched, &error) &&
                error.kind != RE2::Set::kNoError) {
                // The set's automaton ran out of memory on this block: look at it rule by rule.
                for (auto& rule : result) rule[b] = true;
                continue;
            }
            for (int id : matched) result[ruleOfPattern_[static_cast<std::size_t>(id)]][b] = true;
        }
        return result;
    }

private:
    explicit Prefilter(const RE2::Options& options) : set_(options, RE2::UNANCHORED) {}
    RE2::Set set_;
    std::vector<std::size_t> ruleOfPattern_;
};

Engine::Engine(std::vector<const Rule*> rules, EngineOptions options) : rules_(std::move(rules)) {
    if (options.prefilter) prefilter_ = Prefilter::build(rules_);
}

Engine::~Engine() = default;

bool ruleAppliesTo(const RuleInfo& rule, const std::string& language) {
    if (language.empty() || rule.languages.empty()) return true;
    const std::string wanted = primarySubtag(language);
    return std::any_of(rule.languages.begin(), rule.languages.end(), [&](const std::string& l) {
        return l == "*" || primarySubtag(l) == wanted;
    });
}

std::vector<Finding> Engine::scan(const Document& doc, const ScanOptions& options) const {
    std::vector<NormalizedText> normalized;
    normalized.reserve(doc.blocks.size());
    for (const Block& block : doc.blocks) normalized.emplace_back(block.text);
    const DocumentStructure structure = segmentProvisions(doc);
    const SentenceIndex sentences(normalized);
    // Each block's language, in which its findings' messages are written.
    const std::vector<std::string> languages =
        options.language.empty()
            ? effectiveLanguages(doc)
            : std::vector<std::string>(doc.blocks.size(), primarySubtag(options.language));
    std::vector<std::vector<bool>> candidates;
    if (prefilter_) candidates = prefilter_->candidates(normalized, rules_.size());

    // What each provision does, computed only if some rule asks (`roles:`).
    std::vector<unsigned> roles;
    const bool anyRoles = std::any_of(rules_.begin(), rules_.end(),
                                      [](const Rule* rule) { return rule->info().roles != 0; });
    if (anyRoles) roles = blockRoles(structure, normalized);

    std::vector<Finding> findings;
    for (std::size_t r = 0; r < rules_.size(); ++r) {
        const RuleInfo& info = rules_[r]->info();
        if (info.severity < options.minSeverity) continue;
        if (!options.language.empty() && !ruleAppliesTo(info, options.language)) continue;
        const ScanContext context(doc, structure, normalized, sentences, languages,
                                  prefilter_ ? &candidates[r] : nullptr);
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
