// Eight bytes of text at a time, for the preparation's fast paths over plain ASCII: a word of
// 64 bits read as a vector of bytes, where a byte is flagged by setting its top bit. The tests
// of each fast path compare it with the general way (a character at a time) it stands in for.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace proviso::ascii {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ull;
inline constexpr std::uint64_t kTops = 0x8080808080808080ull;

// The eight bytes at `p`, as they lie in memory.
inline std::uint64_t load8(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, sizeof x);
    return x;
}

// Flags the bytes of `x` that are not ASCII.
inline std::uint64_t nonAscii(std::uint64_t x) { return x & kTops; }

// Flags the bytes of `x` that are ASCII and at least `v` (1 to 0x80). Computed on the low
// seven bits, so that no byte carries into the next.
inline std::uint64_t atLeast(std::uint64_t x, unsigned v) {
    return ((x & ~kTops) + (0x80u - v) * kOnes) & ~x & kTops;
}

// Flags the bytes of `x` in [low, high] (ASCII, high below 0x7F).
inline std::uint64_t inRange(std::uint64_t x, unsigned low, unsigned high) {
    return atLeast(x, low) & ~atLeast(x, high + 1);
}

// Flags the bytes of `x` equal to the ASCII character `c`.
inline std::uint64_t equalTo(std::uint64_t x, char c) {
    const std::uint64_t y = x ^ (static_cast<unsigned char>(c) * kOnes);  // 0 where equal
    return ~atLeast(y, 1) & ~y & kTops;
}

// Flags the ASCII letters of `x`.
inline std::uint64_t letters(std::uint64_t x) { return inRange(x | (0x20 * kOnes), 'a', 'z'); }

// Flags the bytes of `x` that the byte before it in memory has flagged (the first has none
// before it).
inline std::uint64_t afterFlagged(std::uint64_t flags) {
    if constexpr (std::endian::native == std::endian::little) return flags << 8;
    return flags >> 8;
}

// The flag of the first and of the last byte in memory.
inline constexpr std::uint64_t kFirst =
    std::endian::native == std::endian::little ? 0x80ull : 0x80ull << 56;
inline constexpr std::uint64_t kLast =
    std::endian::native == std::endian::little ? 0x80ull << 56 : 0x80ull;

// The index in memory of the first flagged byte; `flags` is not 0.
inline unsigned firstFlagged(std::uint64_t flags) {
    if constexpr (std::endian::native == std::endian::little) {
        return static_cast<unsigned>(std::countr_zero(flags)) / 8;
    }
    return static_cast<unsigned>(std::countl_zero(flags)) / 8;
}

// The number of flagged bytes.
inline unsigned count(std::uint64_t flags) {
    return static_cast<unsigned>(((flags >> 7) * kOnes) >> 56);
}

// The offset of the first byte of `text` that is not ASCII, or its size.
inline std::size_t firstNonAscii(std::string_view text) {
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        if (const std::uint64_t flags = nonAscii(load8(text.data() + i)); flags != 0) {
            return i + firstFlagged(flags);
        }
    }
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
    return i;
}

}  // namespace proviso::ascii
