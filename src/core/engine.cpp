#include "proviso/engine.hpp"

#include <algorithm>
#include <tuple>

#include "proviso/normalized_text.hpp"
#include "proviso/structure.hpp"

namespace proviso {

namespace {

std::string primarySubtag(const std::string& tag) {
    std::string out = tag.substr(0, tag.find_first_of("-_"));
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

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
    const ScanContext context(doc, structure, normalized);

    std::vector<Finding> findings;
    for (const Rule* rule : rules_) {
        const RuleInfo& info = rule->info();
        if (info.severity < options.minSeverity) continue;
        if (!options.language.empty() && !ruleAppliesTo(info, options.language)) continue;
        const std::size_t before = findings.size();
        rule->check(context, findings);
        if (options.language.empty()) {
            // Per-block languages: drop findings in blocks written in a language the rule is
            // not for (a French rule says nothing about an English paragraph).
            findings.erase(std::remove_if(findings.begin() + static_cast<std::ptrdiff_t>(before),
                                          findings.end(),
                                          [&](const Finding& f) {
                                              return !ruleAppliesTo(info,
                                                                    doc.blocks[f.block].language);
                                          }),
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
