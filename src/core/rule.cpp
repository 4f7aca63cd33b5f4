#include "proviso/rule.hpp"

#include <algorithm>

#include "proviso/utf.hpp"

namespace proviso {

std::string_view toString(Scope scope) {
    switch (scope) {
        case Scope::Paragraph:
            return "paragraph";
        case Scope::Provision:
            return "provision";
        case Scope::Article:
            return "article";
    }
    return "provision";
}

std::pair<std::size_t, std::size_t> ScanContext::scopeBlocks(Scope scope, std::size_t block) const {
    switch (scope) {
        case Scope::Paragraph:
            return {block, block + 1};
        case Scope::Provision: {
            const Provision& p = structure_.provisions[structure_.provisionOf[block]];
            return {p.firstBlock, p.endBlock};
        }
        case Scope::Article:
            return structure_.articleBlocks(block);
    }
    return {block, block + 1};
}

bool ScanContext::anyInScope(const Pattern& pattern, Scope scope, std::size_t block) const {
    const auto [first, end] = scopeBlocks(scope, block);
    for (std::size_t b = first; b < end; ++b) {
        const std::string& text = normalized_[b].text();
        if (pattern.matchesIn(text, 0, text.size())) return true;
    }
    return false;
}

void ScanContext::flagUnlessInScope(const RuleInfo& rule,
                                    const std::vector<std::unique_ptr<Pattern>>& primary,
                                    const std::vector<std::unique_ptr<Pattern>>& neutralisers,
                                    Scope scope, std::vector<Finding>& out) const {
    std::vector<ByteSpan> spans;
    for (std::size_t block = 0; block < blockCount(); ++block) {
        if (!mayFire(block) || structure_.isTitle[block]) continue;
        const std::string& text = normalized_[block].text();
        spans.clear();
        for (const auto& pattern : primary) pattern->findAll(text, 0, text.size(), spans);
        if (spans.empty()) continue;
        // Neutralisers are looked for only once something matched: most blocks never get here.
        bool neutralised = false;
        for (const auto& neutraliser : neutralisers) {
            if (anyInScope(*neutraliser, scope, block)) {
                neutralised = true;
                break;
            }
        }
        if (neutralised) continue;
        // Several patterns of one rule may match the same words ("restrict or block access",
        // "block access"): one comment per place, on the longest of the overlapping matches.
        std::sort(spans.begin(), spans.end(), [](const ByteSpan& a, const ByteSpan& b) {
            return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
        });
        std::size_t keptEnd = 0;
        for (const ByteSpan& span : spans) {
            if (span.begin < keptEnd) continue;
            out.push_back(makeFinding(rule, block, span));
            keptEnd = span.end;
        }
    }
}

namespace {

std::string fillPlaceholders(const std::string& message, const Finding& finding) {
    std::string out;
    out.reserve(message.size() + finding.text.size());
    for (std::size_t i = 0; i < message.size();) {
        if (message.compare(i, 7, "{match}") == 0) {
            out += finding.text;
            i += 7;
        } else if (message.compare(i, 11, "{provision}") == 0) {
            out += finding.provision.empty() ? std::string("this provision") : finding.provision;
            i += 11;
        } else {
            out += message[i++];
        }
    }
    return out;
}

}  // namespace

Finding ScanContext::makeFinding(const RuleInfo& rule, std::size_t block, ByteSpan span) const {
    Finding finding;
    finding.ruleId = rule.id;
    finding.category = rule.category;
    finding.severity = rule.severity;
    finding.provision = structure_.labelOf(block);
    finding.block = block;
    const CodePointSpan original = normalized_[block].toOriginal(span.begin, span.end);
    finding.start = original.start;
    finding.end = original.end;
    const std::string& text = doc_.blocks[block].text;
    const std::size_t from = byteOffsetOfCodePoint(text, original.start);
    const std::size_t to = byteOffsetOfCodePoint(text, original.end);
    finding.text = text.substr(from, to - from);
    finding.message = fillPlaceholders(rule.message, finding);
    return finding;
}

}  // namespace proviso
