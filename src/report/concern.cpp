#include "proviso/report/concern.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "proviso/sentences.hpp"
#include "proviso/utf.hpp"
#include "text.hpp"

namespace proviso::report {

using text::fnv1a;
using text::foldSpaces;
using text::hex;

namespace {

// Whether code points [from, to) of `text` lie in one sentence.
bool oneSentence(const std::string& text, std::size_t from, std::size_t to) {
    const std::size_t fromByte = byteOffsetOfCodePoint(text, from);
    const std::size_t toByte = byteOffsetOfCodePoint(text, to);
    for (const std::size_t start : sentenceStarts(text)) {
        if (start > fromByte && start < toByte) return false;
    }
    return true;
}

}  // namespace

std::vector<std::string> Concern::words() const {
    std::vector<std::string> out;
    for (const Finding& f : findings) {
        if (std::find(out.begin(), out.end(), f.text) == out.end()) out.push_back(f.text);
    }
    return out;
}

RuleIndex::RuleIndex(const std::vector<const Rule*>& rules) {
    byId_.reserve(rules.size());
    for (const Rule* rule : rules) byId_.emplace_back(rule->info().id, &rule->info());
    std::sort(byId_.begin(), byId_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
}

const RuleInfo* RuleIndex::find(const std::string& id) const {
    const auto it = std::lower_bound(
        byId_.begin(), byId_.end(), id,
        [](const auto& entry, const std::string& key) { return entry.first < key; });
    return it != byId_.end() && it->first == id ? it->second : nullptr;
}

std::string fingerprintOf(const std::string& ruleId, const std::string& provision,
                          const std::vector<std::string>& words) {
    std::uint64_t hash = fnv1a(ruleId);
    hash = fnv1a("\x1f", hash);
    hash = fnv1a(foldSpaces(provision), hash);
    for (const std::string& word : words) {
        hash = fnv1a("\x1f", hash);
        hash = fnv1a(foldSpaces(word), hash);
    }
    return hex(hash);
}

std::string provisionKey(const Document& doc, const Finding& f) {
    // Where a document has no structure, each paragraph stands for a provision: findings of
    // one rule in two paragraphs are two concerns. Findings outside the body (a footnote)
    // are told apart from the body's even when the provision's label is the same.
    const bool apart = f.block < doc.blocks.size() && doc.blocks[f.block].apart != 0;
    return f.provision.empty() || apart ? "\x1e" + std::to_string(f.block) : f.provision;
}

std::vector<Concern> concernsOf(const Document& doc, const std::vector<Finding>& findings,
                                const RuleIndex& rules) {
    std::vector<Finding> ordered = findings;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.block, a.start, a.end) < std::tie(b.block, b.start, b.end);
    });
    std::vector<Concern> concerns;
    std::map<std::pair<std::string, std::string>, std::size_t> index;  // (rule, where) -> concern
    for (Finding& f : ordered) {
        const auto key = std::make_pair(f.ruleId, provisionKey(doc, f));
        const auto [it, fresh] = index.emplace(key, concerns.size());
        if (fresh) {
            Concern c;
            c.rule = rules.find(f.ruleId);
            c.block = f.block;
            c.start = f.start;
            c.end = f.end;
            concerns.push_back(std::move(c));
        }
        concerns[it->second].findings.push_back(std::move(f));
    }
    for (Concern& c : concerns) {
        // One span from the first words to the last when a reader sees them as one sentence;
        // otherwise the first words, and the others are quoted in the comment.
        const Finding& last = *std::max_element(
            c.findings.begin(), c.findings.end(), [](const Finding& a, const Finding& b) {
                return std::tie(a.block, a.end) < std::tie(b.block, b.end);
            });
        if (last.block == c.block && last.end > c.end && c.block < doc.blocks.size() &&
            oneSentence(doc.blocks[c.block].text, c.start, last.end)) {
            c.end = last.end;
        }
        const std::string& provision = c.first().provision;
        // Without a provision, the paragraph's words say where: the same words flagged in two
        // unnumbered paragraphs are not one finding.
        const std::string place = !provision.empty() ? provision
                                  : c.block < doc.blocks.size()
                                      ? "\x1e" + hex(fnv1a(doc.blocks[c.block].text))
                                      : std::string();
        c.fingerprint = fingerprintOf(c.ruleId(), place, c.words());
    }
    return concerns;
}

SeverityCounts countBySeverity(const std::vector<Concern>& concerns) {
    SeverityCounts counts;
    for (const Concern& c : concerns) {
        (c.severity() == Severity::High     ? counts.high
         : c.severity() == Severity::Medium ? counts.medium
                                            : counts.low)++;
    }
    return counts;
}

}  // namespace proviso::report
