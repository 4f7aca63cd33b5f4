// UTF-8 helpers shared by every layer. Offsets that leave the core are counted in Unicode code
// points, because that is what Writer's cursors count (an emoji is one step, not two).
#pragma once

#include <cstddef>
#include <optional>
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

// True if `text` is well-formed UTF-8 (a U+FFFD written as such is well-formed).
bool isValidUtf8(std::string_view text);

// The text of a plain-text file, as UTF-8 without a byte-order mark. A byte-order mark for
// UTF-8, UTF-16 or UTF-32 (either byte order) says how the bytes are encoded; without one they
// must be UTF-8. Anything else (a malformed sequence, a NUL byte, as in UTF-16 without a mark)
// gives std::nullopt and an `error` that says where ("line 3") and what to do; the bytes are
// never guessed at, because a wrong guess would scan as no finding at all.
std::optional<std::string> decodePlainText(std::string_view bytes, std::string& error);

}  // namespace proviso
