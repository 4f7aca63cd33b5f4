// Small text helpers the report model shares (private to src/report).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace proviso::report::text {

// Runs of white space as one space, none at the ends: a line break typed into flagged words,
// or blank lines a .docx round trip turns into other breaks, are no change of words.
inline std::string foldSpaces(std::string_view in) {
    std::string out;
    bool space = false;
    for (const char c : in) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// FNV-1a, 64 bits: small and stable across platforms and versions, which is all a value
// stored in a document needs (it is not a security boundary).
inline std::uint64_t fnv1a(std::string_view in, std::uint64_t hash = 14695981039346656037ull) {
    for (const unsigned char c : in) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash;
}

// The low `digits` hex digits of `value`.
inline std::string hex(std::uint64_t value, std::size_t digits = 16) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(digits, '0');
    for (std::size_t i = digits; i-- > 0;) {
        out[i] = kDigits[value & 0xf];
        value >>= 4;
    }
    return out;
}

// The checksum closing a comment Proviso wrote: of its body, white space folded (Writer and a
// .docx round trip may turn the blank lines between sections into other breaks, which is no
// edit by a person). 32 bits tell an edit; nothing more is asked of them.
inline std::string checksum(std::string_view body) { return hex(fnv1a(foldSpaces(body)), 8); }

// The text up to the first line break.
inline std::string firstLine(std::string_view text) {
    return std::string(text.substr(0, text.find('\n')));
}

}  // namespace proviso::report::text
