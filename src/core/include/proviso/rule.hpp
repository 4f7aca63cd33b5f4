// What every rule has, whatever its kind, and the one interface each kind implements.
// A kind lives in one file under src/core/rules/ and is registered in rule_kinds.cpp.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/structure.hpp"

namespace proviso {

// Where a rule looks for the other half of its condition (an exception, a safeguard).
enum class Scope { Paragraph, Provision, Article };

std::string_view toString(Scope scope);

// A small document that must (or must not) make the rule fire. In `text`, blocks are separated
// by newlines and the words the rule must flag are wrapped in [[double brackets]].
struct RuleExample {
    std::string text;
    bool mustFlag = true;
    std::string file;  // where the example is written, for failure reports
    int line = 0;
};

struct RuleInfo {
    std::string id;
    std::string kind;
    std::string category;
    Severity severity = Severity::Medium;
    std::vector<std::string> languages;  // empty = any language
    std::string message;                 // may contain {match} and {provision}
    std::string rationale;
    std::string suggestion;
    std::vector<std::string> references;
    std::vector<RuleExample> examples;
    std::string pack;  // name of the pack the rule came from
    std::string file;
    int line = 0;
};

// Everything a rule may look at while scanning one document. Built once per scan.
class ScanContext {
public:
    // `candidates[b]` false means the engine's one-pass prefilter proved that none of the
    // rule's triggers can match in block b; nullptr means every block must be looked at.
    ScanContext(const Document& doc, const DocumentStructure& structure,
                const std::vector<NormalizedText>& normalized,
                const std::vector<bool>* candidates = nullptr)
        : doc_(doc), structure_(structure), normalized_(normalized), candidates_(candidates) {}

    const Document& document() const { return doc_; }
    const DocumentStructure& structure() const { return structure_; }
    const NormalizedText& normalized(std::size_t block) const { return normalized_[block]; }
    std::size_t blockCount() const { return doc_.blocks.size(); }

    // False if the rule being run cannot fire in `block` (see the constructor).
    bool mayFire(std::size_t block) const {
        return candidates_ == nullptr || (*candidates_)[block];
    }

    // Blocks [first, end) that form `scope` around `block`.
    std::pair<std::size_t, std::size_t> scopeBlocks(Scope scope, std::size_t block) const;

    // True if `pattern` matches in any block of `scope` around `block`.
    bool anyInScope(const Pattern& pattern, Scope scope, std::size_t block) const;

    // The shared core of the pattern kinds: flags every match of `primary` in each block unless
    // some pattern of `neutralisers` matches in `scope` around that block.
    void flagUnlessInScope(const RuleInfo& rule,
                           const std::vector<std::unique_ptr<Pattern>>& primary,
                           const std::vector<std::unique_ptr<Pattern>>& neutralisers, Scope scope,
                           std::vector<Finding>& out) const;

    // Builds a finding for `rule` on bytes `span` of the normalised text of `block`, with the
    // offsets mapped back to the original text and the message's placeholders filled in.
    Finding makeFinding(const RuleInfo& rule, std::size_t block, ByteSpan span) const;

private:
    const Document& doc_;
    const DocumentStructure& structure_;
    const std::vector<NormalizedText>& normalized_;
    const std::vector<bool>* candidates_;
};

class Rule {
public:
    explicit Rule(RuleInfo info) : info_(std::move(info)) {}
    virtual ~Rule() = default;
    Rule(const Rule&) = delete;
    Rule& operator=(const Rule&) = delete;

    const RuleInfo& info() const { return info_; }

    // Appends the rule's findings in `context` to `out`. Must not throw for any document.
    virtual void check(const ScanContext& context, std::vector<Finding>& out) const = 0;

    // The patterns of which at least one must match in a block for the rule to flag in it.
    // The engine matches all rules' triggers in one pass and runs a rule only where one did.
    virtual std::vector<const Pattern*> triggers() const = 0;

private:
    RuleInfo info_;
};

}  // namespace proviso
