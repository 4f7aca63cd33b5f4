// What every rule has, whatever its kind, and the one interface each kind implements.
// A kind lives in one file under src/core/rules/ and is registered in rule_kinds.cpp.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/structure.hpp"

namespace proviso {

// Bounds on what a rule may say. A rule pack may come from anywhere, and what a rule says is
// repeated in every finding: "{match}" written 2000 times is a gigabyte per finding over a long
// match. Loading a pack reports a rule beyond these bounds as an error at the key (rule_set.hpp);
// makeFinding keeps to them even for a rule that was not loaded from a file.
namespace limits {
inline constexpr std::size_t kMessageChars = 500;
inline constexpr std::size_t kMessagePlaceholders = 10;  // {match}, {provision}, {missing}...
// A longer value ({match} over a whole paragraph) is cut there and ends in "…" in the message;
// the finding's own text and offsets are not cut.
inline constexpr std::size_t kPlaceholderValueChars = 200;
inline constexpr std::size_t kTextChars = 4000;   // rationale, suggestion, each reference
inline constexpr std::size_t kListEntries = 100;  // references, languages
}  // namespace limits

// Where a rule looks for the other half of its condition (an exception, a safeguard).
enum class Scope { Sentence, Paragraph, Provision, Article };

std::string_view toString(Scope scope);

// A small document that must (or must not) make the rule fire. In `text`, blocks are separated
// by newlines and the words the rule must flag are wrapped in [[double brackets]].
struct RuleExample {
    std::string text;
    bool mustFlag = true;
    std::string file;  // where the example is written, for failure reports
    int line = 0;
};

// A text a rule writes once for every language, or once per language it is for:
//   message: 'Offence built on "{match}".'
//   message: {en: 'Offence built on "{match}".', fr: 'Infraction fondée sur « {match} ».'}
// A finding, its comment and its row in the findings table take the text in the language the
// flagged paragraph was read in.
struct RuleText {
    std::string text;  // the only text, or the one in the rule's first language
    std::vector<std::pair<std::string, std::string>> byLanguage;  // as written; empty if one text

    // The text in `language` ("fr", "fr-FR"); `text` if the rule has none in that language.
    const std::string& in(std::string_view language) const;
    // The language codes it is written in, in order; empty when it is one text for all.
    std::vector<std::string> languages() const;
    bool empty() const { return text.empty(); }
};

struct RuleInfo {
    std::string id;
    std::string kind;
    std::string category;
    Severity severity = Severity::Medium;
    std::vector<std::string> languages;  // empty = any language
    RuleText message;                    // may contain {match} and {provision}
    RuleText rationale;
    RuleText suggestion;
    std::vector<std::string> references;
    std::vector<RuleExample> examples;
    std::string pack;         // name of the pack the rule came from
    std::string packVersion;  // its manifest's version ("0.1.0"); empty when it has none
    // From the pack manifest: articles that are known to state safeguards ("Article 15" of the
    // Budapest Convention), so that "subject to Article 15" counts even when the document
    // quoted does not contain that article.
    std::vector<std::string> safeguardArticles;
    std::string file;
    int line = 0;
    std::vector<std::string> concepts;  // named in its patterns ({{name}}), in order
    // Where it applies: bits of Role (roles.hpp) such as kRoleOffence; 0 = in any provision.
    unsigned roles = 0;
};

// Sentence boundaries of every block, and where each sentence's first negation is: computed
// only for the blocks and sentences that need them, once per scan for all rules.
class SentenceIndex {
public:
    explicit SentenceIndex(const std::vector<NormalizedText>& normalized)
        : normalized_(normalized), starts_(normalized.size()), negations_(normalized.size()) {}

    // The sentence of `block`'s normalised text that contains byte `pos`.
    ByteSpan around(std::size_t block, std::size_t pos) const;

    // The first negation cue ("shall not", "no person", "ne peut"...; whole words, as a
    // Pattern finds them) of the sentence that contains byte `pos`, or nullopt if it has none.
    // The sentence is searched the first time one of its bytes is asked about.
    std::optional<ByteSpan> firstNegation(std::size_t block, std::size_t pos) const;

private:
    // Index into starts_[block] of the sentence that contains byte `pos`.
    std::size_t sentenceOf(std::size_t block, std::size_t pos) const;

    struct FirstNegation {
        bool searched = false;
        std::optional<ByteSpan> cue;
    };

    const std::vector<NormalizedText>& normalized_;
    mutable std::vector<std::vector<std::size_t>> starts_;       // empty until the block is asked
    mutable std::vector<std::vector<FirstNegation>> negations_;  // per block, per sentence
};

// Everything a rule may look at while scanning one document. Built by the engine for each rule
// of each scan; not shared between threads.
class ScanContext {
public:
    // `candidates[b]` false means the engine's one-pass prefilter proved that none of the
    // rule's triggers can match in block b; nullptr means every block must be looked at.
    // `languages[b]` is the language block b was read in ("" when unknown).
    ScanContext(const Document& doc, const DocumentStructure& structure,
                const std::vector<NormalizedText>& normalized, const SentenceIndex& sentences,
                const std::vector<std::string>& languages,
                const std::vector<bool>* candidates = nullptr)
        : doc_(doc),
          structure_(structure),
          normalized_(normalized),
          sentences_(sentences),
          languages_(languages),
          candidates_(candidates) {}

    const Document& document() const { return doc_; }
    const DocumentStructure& structure() const { return structure_; }
    const NormalizedText& normalized(std::size_t block) const { return normalized_[block]; }
    std::size_t blockCount() const { return doc_.blocks.size(); }
    const std::string& languageOf(std::size_t block) const { return languages_[block]; }

    // False if none of the rule's triggers can match in `block` (see the constructor).
    bool mayMatch(std::size_t block) const {
        return candidates_ == nullptr || (*candidates_)[block];
    }

    // False if the rule cannot fire in `block`: no trigger can match there, or the block is a
    // title, which names a provision but grants nothing.
    bool mayFire(std::size_t block) const { return mayMatch(block) && !structure_.isTitle[block]; }

    // Every match of `patterns` in `block`; where matches overlap, only the longest is kept, so
    // that one place gets one finding.
    std::vector<ByteSpan> matches(const std::vector<std::unique_ptr<Pattern>>& patterns,
                                  std::size_t block) const;

    // True if some pattern matches in `scope` around the match `at` in `block`. With
    // `requirePresence`, a match that the text says is absent ("without a warrant") does not
    // count, unless its sentence is a prohibition ("shall not ... without a warrant"). In a
    // sentence or paragraph scope, a list item's lead-in counts as part of it.
    bool presentInScope(const std::vector<std::unique_ptr<Pattern>>& patterns, Scope scope,
                        std::size_t block, ByteSpan at, bool requirePresence) const;

    // True if the match `span` in `block` states what it names: false when the text says it is
    // absent ("without a warrant", "sans autorisation du juge", "sin orden judicial"), unless
    // its sentence is a prohibition ("shall not ... without a warrant"). What presentInScope
    // asks of each match with `requirePresence`.
    bool statedAt(std::size_t block, ByteSpan span) const;

    // The original words of bytes `span` of `block`'s normalised text, as a finding gives them.
    std::string originalText(std::size_t block, ByteSpan span) const;

    // True if `scope` around `at` refers to another article ("subject to Articles 14 and 15",
    // "in accordance with section 37") that the rule's pack lists as a safeguard article, or
    // that exists in this document and itself contains one of `patterns`; or, below the
    // article, if another paragraph of the article that names this one contains one.
    bool satisfiedByReference(const std::vector<std::unique_ptr<Pattern>>& patterns, Scope scope,
                              std::size_t block, ByteSpan at, const RuleInfo& rule) const;

    // True if the sentence containing `at` says "shall not", "no person may", "ne peut",
    // "no podrá"... before `at`: the words at `at` are then forbidden, not granted. The cue
    // must end before `at`: "ne peut" does not forbid the "peut être prolongée" it runs into.
    // Each sentence is searched once, whatever the number of rules and triggers that ask.
    bool negatedBefore(std::size_t block, ByteSpan at) const;

    // Builds a finding for `rule` on bytes `span` of the normalised text of `block`, with the
    // offsets mapped back to the original text and the message's placeholders filled in
    // ({match}, {provision}, and any extra {name} given in `values`): at most
    // limits::kMessagePlaceholders of them, each value cut to limits::kPlaceholderValueChars.
    Finding makeFinding(const RuleInfo& rule, std::size_t block, ByteSpan span,
                        const std::vector<std::pair<std::string, std::string>>& values = {}) const;

private:
    // Byte ranges [first block, begin) .. [last block, end) that make up `scope` around `at`.
    struct Region {
        std::size_t firstBlock, endBlock;
        ByteSpan sentence;  // only for Scope::Sentence: the bytes within firstBlock; else {0, 0}
    };
    Region regionOf(Scope scope, std::size_t block, ByteSpan at) const;
    // True if another paragraph of the article that names this one ("an order under subsection
    // (1) shall not exceed 60 days", "this section") contains one of `patterns`.
    bool siblingSatisfies(const std::vector<std::unique_ptr<Pattern>>& patterns,
                          std::size_t block) const;
    bool referencesSatisfy(const std::vector<std::unique_ptr<Pattern>>& patterns, Scope scope,
                           const Region& region, const RuleInfo& rule) const;

    // Whether a list of patterns is present in a region does not depend on which match asks:
    // remembered, so that a long provision or sentence with many triggers is searched once,
    // not once per trigger. A sentence is never empty, so it cannot be taken for a whole block.
    using RegionKey =
        std::tuple<const void*, std::size_t, std::size_t, std::size_t, std::size_t, bool>;
    static RegionKey keyOf(const std::vector<std::unique_ptr<Pattern>>& patterns,
                           const Region& region, bool requirePresence);

    const Document& doc_;
    const DocumentStructure& structure_;
    const std::vector<NormalizedText>& normalized_;
    const SentenceIndex& sentences_;
    const std::vector<std::string>& languages_;
    const std::vector<bool>* candidates_;
    mutable std::map<RegionKey, bool> presentCache_;
    mutable std::map<RegionKey, bool> referenceCache_;
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

    // Every pattern of the rule (triggers, safeguards, exceptions...), as the loader made them:
    // what RuleSet::compileAll compiles and reports on.
    const std::vector<const Pattern*>& patterns() const { return patterns_; }
    void setPatterns(std::vector<const Pattern*> patterns) { patterns_ = std::move(patterns); }

private:
    RuleInfo info_;
    std::vector<const Pattern*> patterns_;
};

}  // namespace proviso
