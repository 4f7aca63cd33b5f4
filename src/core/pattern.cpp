#include "proviso/pattern.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>

#include "proviso/utf.hpp"

namespace proviso {

namespace {

// Generous for phrase lists, small enough that a thousand rules stay well under a gigabyte.
constexpr int64_t kMaxProgramBytes = 8 << 20;

char32_t codePointBefore(std::string_view text, std::size_t pos) {
    if (pos == 0) return 0;
    std::size_t start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80 &&
           pos - start < 4) {
        --start;
    }
    std::size_t i = start;
    return decodeUtf8(text, i);
}

char32_t codePointAt(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return 0;
    return decodeUtf8(text, pos);
}

// True if byte `pos` lies between two word characters: a match may neither start nor end there.
bool insideWord(std::string_view text, std::size_t pos) {
    return isWordCharacter(codePointBefore(text, pos)) && isWordCharacter(codePointAt(text, pos));
}

// The first byte at or after `pos` (and at most `to`) that is not part of a word character.
std::size_t endOfWord(std::string_view text, std::size_t pos, std::size_t to) {
    while (pos < to) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {  // most of any text: no decoding, no call
            const bool letterOrDigit = static_cast<unsigned>((byte | 0x20) - 'a') < 26 ||
                                       static_cast<unsigned>(byte - '0') < 10;
            if (!letterOrDigit) break;
            ++pos;
            continue;
        }
        std::size_t next = pos;
        if (!isWordCharacter(decodeUtf8(text, next))) break;
        pos = next;
    }
    return pos;
}

}  // namespace

std::vector<const Pattern*> rawPointers(const std::vector<std::unique_ptr<Pattern>>& patterns) {
    std::vector<const Pattern*> out;
    out.reserve(patterns.size());
    for (const auto& p : patterns) out.push_back(p.get());
    return out;
}

bool isWordCharacter(char32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    const auto u = static_cast<UChar32>(c);
    return u_isalnum(u) || (U_GET_GC_MASK(u) & U_GC_M_MASK) != 0;
}

std::unique_ptr<Pattern> Pattern::compile(std::string_view source, PatternOptions options,
                                          std::string& error) {
    RE2::Options re2Options;
    re2Options.set_encoding(RE2::Options::EncodingUTF8);
    re2Options.set_case_sensitive(options.caseSensitive);
    re2Options.set_log_errors(false);
    re2Options.set_max_mem(kMaxProgramBytes);
    auto re = std::make_unique<RE2>(re2::StringPiece(source.data(), source.size()), re2Options);
    if (!re->ok()) {
        error = re->error();
        return nullptr;
    }
    return std::unique_ptr<Pattern>(new Pattern(std::string(source), std::move(re), options));
}

Pattern::Pattern(std::string source, std::unique_ptr<re2::RE2> re, PatternOptions options)
    : source_(std::move(source)), re_(std::move(re)), options_(options) {}

Pattern::~Pattern() = default;

bool Pattern::findFirst(std::string_view text, std::size_t from, std::size_t to,
                        ByteSpan& found) const {
    re2::StringPiece whole(text.data(), to);
    re2::StringPiece match;
    std::size_t pos = from;
    while (pos <= to) {
        if (!re_->Match(whole, pos, to, RE2::UNANCHORED, &match, 1)) return false;
        const auto begin = static_cast<std::size_t>(match.data() - text.data());
        const std::size_t end = begin + match.size();
        if (!match.empty() &&
            (!options_.wholeWords || (!insideWord(text, begin) && !insideWord(text, end)))) {
            found = {begin, end};
            return true;
        }
        // RE2 gives one match at `begin`, the leftmost-first one; if it is no whole word, a
        // later start may still give one. No whole word starts inside a word, so the search
        // resumes after the word `begin` is in: resuming one character on would scan the rest
        // of a long run of letters once for each of its characters.
        if (begin >= to) return false;
        pos = begin;
        const bool wordCharacter = isWordCharacter(decodeUtf8(text, pos));
        if (options_.wholeWords && wordCharacter) pos = endOfWord(text, pos, to);
    }
    return false;
}

void Pattern::findAll(std::string_view text, std::size_t from, std::size_t to,
                      std::vector<ByteSpan>& out) const {
    ByteSpan span;
    while (from < to && findFirst(text, from, to, span)) {
        out.push_back(span);
        from = span.end;
    }
}

bool Pattern::matchesIn(std::string_view text, std::size_t from, std::size_t to) const {
    ByteSpan span;
    return findFirst(text, from, to, span);
}

}  // namespace proviso
