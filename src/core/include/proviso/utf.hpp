// UTF-8 helpers shared by every layer. Offsets that leave the core are counted in Unicode code
// points, because that is what Writer's cursors count (an emoji is one step, not two).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace proviso {

// Decodes the code point starting at byte `i` of `text` and advances `i` past it. Malformed
// sequences decode as U+FFFD and consume one byte, so every byte belongs to exactly one code point.
char32_t decodeUtf8(std::string_view text, std::size_t& i);

// Appends the UTF-8 encoding of `c` (U+FFFD for surrogates and values above U+10FFFF).
void appendUtf8(std::string& out, char32_t c);

// Number of code points in `text`, counted the way decodeUtf8 steps.
std::size_t countCodePoints(std::string_view text);

// Byte offset of code point number `cp` (clamped to the end of the text).
std::size_t byteOffsetOfCodePoint(std::string_view text, std::size_t cp);

// UTF-16 to UTF-8. Unpaired surrogates become U+FFFD, one code point each.
std::string utf16ToUtf8(std::u16string_view text);

}  // namespace proviso
