#include "proviso/utf.hpp"

#include <algorithm>
#include <cstdio>

namespace proviso {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool isContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }
}  // namespace

char32_t decodeUtf8(std::string_view text, std::size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int length = 0;
    char32_t c = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        length = 2, c = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3, c = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4, c = b0 & 0x07, min = 0x10000;
    } else {
        ++i;
        return kReplacement;
    }
    if (i + length > text.size()) {
        ++i;
        return kReplacement;
    }
    for (int k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if (!isContinuation(b)) {
            ++i;
            return kReplacement;
        }
        c = (c << 6) | (b & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++i;
        return kReplacement;
    }
    i += length;
    return c;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = kReplacement;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::size_t countCodePoints(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++n) decodeUtf8(text, i);
    return n;
}

std::size_t byteOffsetOfCodePoint(std::string_view text, std::size_t cp) {
    std::size_t i = 0;
    for (std::size_t n = 0; n < cp && i < text.size(); ++n) decodeUtf8(text, i);
    return i;
}

std::string utf16ToUtf8(std::u16string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 &&
            text[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            ++i;
        }
        appendUtf8(out, c);  // a lone surrogate becomes U+FFFD here
    }
    return out;
}

namespace {

// The byte at which `text` stops being well-formed UTF-8, or npos.
std::size_t firstMalformedByte(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        if (decodeUtf8(text, i) == kReplacement && text.substr(at, 3) != "\xEF\xBF\xBD") return at;
    }
    return std::string_view::npos;
}

std::size_t lineAt(std::string_view text, std::size_t pos) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + pos, '\n'));
}

// Units of `width` bytes (2 or 4) in the given byte order, to UTF-8; false on a malformed or
// truncated unit sequence, with `badUnit` set to the index of the unit.
bool wideToUtf8(std::string_view bytes, int width, bool bigEndian, std::string& out,
                std::size_t& badUnit) {
    if (bytes.size() % width != 0) {
        badUnit = bytes.size() / width;
        return false;
    }
    auto unit = [&](std::size_t k) {
        char32_t v = 0;
        for (int b = 0; b < width; ++b) {
            const auto byte = static_cast<unsigned char>(bytes[k * width + b]);
            v |= static_cast<char32_t>(byte) << (8 * (bigEndian ? width - 1 - b : b));
        }
        return v;
    };
    const std::size_t units = bytes.size() / width;
    out.reserve(units);
    for (std::size_t k = 0; k < units; ++k) {
        char32_t c = unit(k);
        if (width == 2 && c >= 0xD800 && c <= 0xDBFF && k + 1 < units) {
            const char32_t low = unit(k + 1);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                ++k;
            }
        }
        if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            badUnit = k;
            return false;
        }
        appendUtf8(out, c);
    }
    return true;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    return firstMalformedByte(text) == std::string_view::npos;
}

std::optional<std::string> decodePlainText(std::string_view bytes, std::string& error) {
    struct Mark {
        std::string_view bom;
        int width;
        bool bigEndian;
        const char* name;
    };
    // UTF-32 LE before UTF-16 LE: its mark begins with the same two bytes.
    static const Mark marks[] = {
        {std::string_view("\xFF\xFE\x00\x00", 4), 4, false, "UTF-32"},
        {std::string_view("\x00\x00\xFE\xFF", 4), 4, true, "UTF-32"},
        {"\xFF\xFE", 2, false, "UTF-16"},
        {"\xFE\xFF", 2, true, "UTF-16"},
    };
    for (const Mark& mark : marks) {
        if (bytes.substr(0, mark.bom.size()) != mark.bom) continue;
        std::string out;
        std::size_t bad = 0;
        if (!wideToUtf8(bytes.substr(mark.bom.size()), mark.width, mark.bigEndian, out, bad)) {
            error = std::string("not valid ") + mark.name + " text after line " +
                    std::to_string(lineAt(out, out.size())) +
                    " (a malformed, truncated or NUL character): save it as UTF-8";
            return std::nullopt;
        }
        return out;
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
        error = "line " + std::to_string(lineAt(bytes, nul)) +
                " has a NUL byte: this is not UTF-8 text (UTF-16 without a byte-order mark, "
                "or not text at all); save it as UTF-8";
        return std::nullopt;
    }
    if (const std::size_t bad = firstMalformedByte(bytes); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
        error = "line " + std::to_string(lineAt(bytes, bad)) + " is not UTF-8 (byte " + hex +
                "; Latin-1 or Windows-1252 text?): save it as UTF-8";
        return std::nullopt;
    }
    return std::string(bytes);
}

}  // namespace proviso
