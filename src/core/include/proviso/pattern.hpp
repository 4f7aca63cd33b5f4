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

class Pattern {
public:
    // Compiles `source`. On failure returns nullptr and sets `error` to RE2's explanation.
    // Memory for the compiled program is capped, so a pathological pattern fails to compile
    // instead of exhausting memory.
    static std::unique_ptr<Pattern> compile(std::string_view source, PatternOptions options,
                                            std::string& error);
    ~Pattern();

    const std::string& source() const { return source_; }

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
    Pattern(std::string source, std::unique_ptr<re2::RE2> re, PatternOptions options);

    std::string source_;
    std::unique_ptr<re2::RE2> re_;
    PatternOptions options_;
};

// Non-owning view of a list of patterns.
std::vector<const Pattern*> rawPointers(const std::vector<std::unique_ptr<Pattern>>& patterns);

// True for code points that belong inside a word: Unicode letters, digits, combining marks.
bool isWordCharacter(char32_t c);

}  // namespace proviso
