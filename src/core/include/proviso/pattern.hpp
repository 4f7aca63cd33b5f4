// A compiled rule pattern: an RE2 regular expression run on normalised text, case-insensitive
// unless the rule says otherwise, and by default matching whole words only.
//
// Why whole words are checked here and not with `\b`: RE2's `\b` and `\w` know only ASCII, so
// `\binformación\b` would never match and `\bsécurité` would match inside "insécurité".
// A match counts only if the characters just before and just after it are not letters, digits or
// combining marks in the Unicode sense. Rule authors write plain phrases; to allow endings they
// write them explicitly, e.g. `insult\pL*` (any letters) rather than `insult\w*`.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace proviso {

struct ByteSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct PatternOptions {
    bool caseSensitive = false;
    bool wholeWords = true;
};

// Where a pattern was written, for the error a deferred pattern reports when it cannot compile.
struct PatternOrigin {
    std::string file;
    int line = 0;
    int column = 0;
    std::string ruleId;
    std::string key;  // "trigger", "safeguards"...
};

class Pattern {
public:
    // Compiles `source`. On failure returns nullptr and sets `error` to RE2's explanation.
    // Memory for the compiled program is capped, so a pathological pattern fails to compile
    // instead of exhausting memory.
    static std::unique_ptr<Pattern> compile(std::string_view source, PatternOptions options,
                                            std::string& error);

    // A pattern compiled the first time it is used (safely from several threads): loading the
    // shipped packs then costs no compilation, and a check compiles only the patterns of the
    // rules whose triggers the document contains. If it cannot compile, it matches nothing and
    // error() says why; RuleSet::compileAll() compiles every pattern of a set up front.
    static std::unique_ptr<Pattern> deferred(std::string source, PatternOptions options,
                                             PatternOrigin origin = {});

    // True if `source` is a pattern RE2 accepts, at a small part of the cost of compiling it;
    // else false with RE2's explanation in `error`. Only "too large to compile" is left for the
    // compilation to tell: what a deferred pattern checks when it is loaded.
    static bool checkSyntax(std::string_view source, std::string& error);
    ~Pattern();

    const std::string& source() const { return source_; }
    const PatternOptions& options() const { return options_; }
    const PatternOrigin& origin() const { return origin_; }

    // Compiles the pattern now if it is deferred and not compiled yet. False (with error() set)
    // if it cannot be compiled.
    bool ensureCompiled() const;
    // Whether it has been compiled (or tried to), and RE2's explanation if that failed.
    bool compiled() const;
    std::optional<std::string> error() const;
    // Bytes of the compiled program RE2 reports (its ProgramSize, in instructions), compiling
    // it first if needed: for the benchmarks' cost per rule.
    int programSize() const;

    // The first match inside text[from, to), in `found`; false if there is none. The bytes
    // around the range still decide what is a whole word. Which match counts at a given start is
    // RE2's (leftmost-first: the first alternative that matches, greedy repetitions): if that
    // one is no whole word, the start is given up, and a later start may still give one.
    // Linear in to - from for patterns that match within a few words; a pattern that can match
    // across any number of words can take longer when its matches keep ending inside a word.
    bool findFirst(std::string_view text, std::size_t from, std::size_t to, ByteSpan& found) const;

    // Appends every non-overlapping match inside text[from, to) to `out`, left to right.
    void findAll(std::string_view text, std::size_t from, std::size_t to,
                 std::vector<ByteSpan>& out) const;

    // True if the pattern matches anywhere inside text[from, to).
    bool matchesIn(std::string_view text, std::size_t from, std::size_t to) const;

private:
    Pattern(std::string source, std::shared_ptr<const re2::RE2> re, PatternOptions options,
            PatternOrigin origin);
    // The compiled expression, or nullptr if it cannot be compiled.
    const re2::RE2* re() const;

    std::string source_;
    PatternOptions options_;
    PatternOrigin origin_;
    mutable std::once_flag once_;
    // Set once, under once_, for a deferred pattern. Patterns with the same source and case
    // share one compiled program (the packs repeat their concepts from rule to rule).
    mutable std::shared_ptr<const re2::RE2> re_;
    mutable bool failed_ = false;
};

// Non-owning view of a list of patterns.
std::vector<const Pattern*> rawPointers(const std::vector<std::unique_ptr<Pattern>>& patterns);

// A pattern that matches wherever `source` matches, and maybe elsewhere, and that compiles far
// faster and smaller: Unicode property classes (\pL, \p{Greek}...) become ranges of code points
// that contain them (in a negated class, ranges they contain), and counted repetitions ({0,80})
// any number of repetitions. The one-pass prefilter matches
// these: a block it lets through is still checked with the rule's own patterns.
std::string loosenedForPrefilter(std::string_view source);

// The Unicode property escapes of `source` as written ("\\pL", "\\p{Greek}"), in order.
std::vector<std::string> propertyEscapes(std::string_view source);

// True for code points that belong inside a word: Unicode letters, digits, combining marks.
bool isWordCharacter(char32_t c);

}  // namespace proviso
