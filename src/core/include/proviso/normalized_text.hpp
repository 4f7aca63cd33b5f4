// The text rules are matched against, and the one routine that maps a match back to the
// original. Normalising lets one pattern cover the spellings a document really contains:
// typographic quotes and dashes, non-breaking and repeated spaces, line breaks inside a
// paragraph, invisible zero-width characters and compatibility forms (ligatures, full-width).
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
    // Normalises UTF-8 `original`. Never fails: malformed bytes become U+FFFD.
    explicit NormalizedText(std::string_view original);

    // The normalised UTF-8 text that patterns run on.
    const std::string& text() const { return text_; }

    // Maps a byte range [begin, end) of text() to the smallest span of original code points
    // that produced it. Ranges that start or end inside a multi-byte expansion widen to the
    // whole original character, so a span never cuts an original character in two.
    CodePointSpan toOriginal(std::size_t begin, std::size_t end) const;

    // Byte offset in the original text of original code point `codePoint` (or the end).
    std::size_t originalByte(std::size_t codePoint) const {
        return codePoint < byteOf_.size() ? byteOf_[codePoint] : byteOf_.back();
    }

private:
    std::string text_;
    // byteOf_[c] = byte offset of original code point c; byteOf_.back() = original size.
    std::vector<std::uint32_t> byteOf_;
    // origin_[b] = index of the original code point that produced normalised byte b;
    // origin_[text_.size()] = number of original code points (the end).
    std::vector<std::uint32_t> origin_;
};

}  // namespace proviso
