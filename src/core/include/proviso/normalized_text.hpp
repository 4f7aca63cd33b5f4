// The text rules are matched against, and the one routine that maps a match back to the
// original. Normalising lets one pattern cover the spellings a document really contains:
// typographic quotes and dashes, non-breaking and repeated spaces, line breaks inside a
// paragraph, invisible zero-width characters and compatibility forms (ligatures, full-width),
// and in Arabic the vowel marks, tatweel and the letters spelt more than one way (hamza forms
// of alef, alef maqsura, ta marbuta), and Arabic-Indic digits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace proviso {

struct CodePointSpan {
    std::size_t start = 0;  // code points in the original text, half-open
    std::size_t end = 0;
};

class NormalizedText {
public:
    // How plain ASCII is read: a run at a time (the default: a run is copied, and its mapping is
    // one entry, not one per byte), or one code point at a time like every other character.
    // Both give the same text and the same mapping; the tests compare them.
    enum class Reading { AsciiRuns, CodePointByCodePoint };

    // Normalises UTF-8 `original`. Never fails: malformed bytes become U+FFFD.
    explicit NormalizedText(std::string_view original, Reading reading = Reading::AsciiRuns);

    // The normalised UTF-8 text that patterns run on.
    const std::string& text() const { return text_; }

    // Maps a byte range [begin, end) of text() to the smallest span of original code points
    // that produced it. Ranges that start or end inside a multi-byte expansion widen to the
    // whole original character, so a span never cuts an original character in two.
    // O(log n) in the number of places where the text is not copied as it was.
    CodePointSpan toOriginal(std::size_t begin, std::size_t end) const;

    // Byte offset in the original text of original code point `codePoint` (or the end).
    // O(log n) like toOriginal.
    std::size_t originalByte(std::size_t codePoint) const;

private:
    // One piece of a monotone map from `from` on, up to the next piece: x maps to
    // to + (x - from) / width for the normalised-byte-to-code-point map (width = bytes of each
    // character copied as it was, 0 = every byte maps to `to`, an expansion), and to
    // to + (x - from) * width for the code-point-to-byte map. A run of ASCII or of
    // one script's letters copied as it was is one piece.
    struct Piece {
        std::uint32_t from;
        std::uint32_t to;
        std::uint32_t width;
    };

    class Builder;  // normalized_text.cpp

    // The piece of [first, last) that holds `x`: the last one that starts at or before it.
    static const Piece& pieceOf(const Piece* first, const Piece* last, std::size_t x);

    std::string text_;
    // Empty when text_ is the original byte for byte, all ASCII (most paragraphs): both maps
    // are then the identity. Otherwise the normalised-byte-to-code-point pieces, the last of
    // which starts at text_.size() and maps it to the number of original code points (the end),
    // followed from originPieces_ on by the code-point-to-original-byte pieces.
    std::vector<Piece> pieces_;
    std::uint32_t originPieces_ = 0;
    std::uint32_t codePoints_ = 0;     // in the original text
    std::uint32_t originalBytes_ = 0;  // its size
};

// `pattern` with the letter folds NormalizedText makes (Arabic letters, vowel marks, tatweel and
// digits), so that a pattern written in either spelling matches the text. Only letters change;
// RE2 syntax is ASCII and stays as it is.
std::string foldedLikeText(std::string_view pattern);

}  // namespace proviso
