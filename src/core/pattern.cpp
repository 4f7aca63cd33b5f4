#include "proviso/pattern.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <map>
#include <mutex>
#include <utility>

#include "proviso/cues.hpp"
#include "proviso/normalized_text.hpp"
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

// Chinese, Japanese, Thai, Lao, Khmer and Burmese put no spaces between words: next to one of
// their characters, any place is a word boundary (rule authors write the characters around a
// word when it matters; docs/rule-format.md, "Chinese").
bool writtenWithoutSpaces(char32_t c) {
    if (c < 0x0E00) return false;
    UErrorCode status = U_ZERO_ERROR;
    switch (uscript_getScript(static_cast<UChar32>(c), &status)) {
        case USCRIPT_HAN:
        case USCRIPT_HIRAGANA:
        case USCRIPT_KATAKANA:
        case USCRIPT_THAI:
        case USCRIPT_LAO:
        case USCRIPT_KHMER:
        case USCRIPT_MYANMAR:
            return true;
        default:
            return false;
    }
}

bool isSpacedWordCharacter(char32_t c) { return isWordCharacter(c) && !writtenWithoutSpaces(c); }

// True if byte `pos` lies between two word characters: a match may neither start nor end there.
bool insideWord(std::string_view text, std::size_t pos) {
    return isSpacedWordCharacter(codePointBefore(text, pos)) &&
           isSpacedWordCharacter(codePointAt(text, pos));
}

// True if the letters of the word before byte `pos` are a prefix that the language files say
// may be written joined to a word (Arabic "و", "ب", "ال", "بال"...): a whole-word match may start
// after it.
bool afterWordPrefix(std::string_view text, std::size_t pos) {
    if (pos == 0 || static_cast<unsigned char>(text[pos - 1]) < 0x80) return false;
    static const RE2 prefixes(cueAlternatives(&LanguageCues::wordPrefixes));
    constexpr int kLongestPrefix = 4;  // letters
    std::size_t start = pos;
    for (int letters = 0; start > 0; ++letters) {
        std::size_t before = start - 1;
        while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
        std::size_t at = before;
        if (!isSpacedWordCharacter(decodeUtf8(text, at))) break;
        if (letters == kLongestPrefix) return false;
        start = before;
    }
    return RE2::FullMatch(re2::StringPiece(text.data() + start, pos - start), prefixes);
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
        if (!isSpacedWordCharacter(decodeUtf8(text, next))) break;
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

namespace {

RE2::Options re2Options(bool caseSensitive, int64_t maxMem) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(caseSensitive);
    options.set_log_errors(false);
    options.set_max_mem(maxMem);
    return options;
}

// The compiled program for `source`, shared by every pattern with the same source and case:
// the shipped packs write the same concept into many rules. Programs live as long as a
// pattern uses them.
std::shared_ptr<const RE2> compileRe2(std::string_view source, PatternOptions options) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, bool>, std::weak_ptr<const RE2>> programs;
    std::pair<std::string, bool> key(source, options.caseSensitive);
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (auto found = programs.find(key); found != programs.end()) {
            if (auto program = found->second.lock()) return program;
        }
    }
    // Compiled outside the lock: two threads may both compile it; either result is right.
    auto program = std::make_shared<const RE2>(re2::StringPiece(source.data(), source.size()),
                                               re2Options(options.caseSensitive, kMaxProgramBytes));
    const std::lock_guard<std::mutex> lock(mutex);
    programs[std::move(key)] = program;
    return program;
}

// Past this, RE2 gives up compiling at once and says only "too large": enough to have parsed.
constexpr int64_t kSyntaxOnlyBytes = 4096;

bool acceptedSyntax(const RE2& re) {
    return re.ok() || re.error_code() == RE2::ErrorPatternTooLarge;
}

bool checkSyntaxOnce(std::string_view source, std::string& error) {
    // Parsing \pL costs far more than the rest of a pattern: the loosened pattern is checked,
    // and each property name once for the whole program.
    const RE2::Options options = re2Options(true, kSyntaxOnlyBytes);
    const RE2 loose(loosenedForPrefilter(source), options);
    bool ok = acceptedSyntax(loose);
    if (ok) {
        static std::mutex mutex;
        static std::map<std::string, bool> knownProperties;
        for (const std::string& escape : propertyEscapes(source)) {
            const std::lock_guard<std::mutex> lock(mutex);
            auto [it, isNew] = knownProperties.try_emplace(escape, false);
            if (isNew) it->second = acceptedSyntax(RE2(escape, options));
            ok = ok && it->second;
        }
    }
    if (ok) return true;
    // Said about the pattern as written, not the loosened one.
    const RE2 exact(re2::StringPiece(source.data(), source.size()), options);
    error = acceptedSyntax(exact) ? loose.error() : exact.error();
    return false;
}

}  // namespace

std::unique_ptr<Pattern> Pattern::compile(std::string_view written, PatternOptions options,
                                          std::string& error) {
    const std::string source = foldedLikeText(written);
    auto re = compileRe2(source, options);
    if (!re->ok()) {
        error = re->error();
        return nullptr;
    }
    auto pattern =
        std::unique_ptr<Pattern>(new Pattern(source, std::move(re), options, PatternOrigin{}));
    std::call_once(pattern->once_, [] {});  // compiled already
    return pattern;
}

bool Pattern::checkSyntax(std::string_view written, std::string& error) {
    const std::string source = foldedLikeText(written);
    // The packs write the same concept into many rules: each source is checked once.
    static std::mutex mutex;
    static std::map<std::string, std::string, std::less<>> checked;  // source -> error, "" if none
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (auto found = checked.find(source); found != checked.end()) {
            error = found->second;
            return error.empty();
        }
    }
    const bool ok = checkSyntaxOnce(source, error);
    const std::lock_guard<std::mutex> lock(mutex);
    checked.emplace(std::string(source), ok ? std::string() : error);
    return ok;
}

std::unique_ptr<Pattern> Pattern::deferred(std::string source, PatternOptions options,
                                           PatternOrigin origin) {
    return std::unique_ptr<Pattern>(
        new Pattern(foldedLikeText(source), nullptr, options, std::move(origin)));
}

Pattern::Pattern(std::string source, std::shared_ptr<const re2::RE2> re, PatternOptions options,
                 PatternOrigin origin)
    : source_(std::move(source)),
      options_(options),
      origin_(std::move(origin)),
      re_(std::move(re)) {}

Pattern::~Pattern() = default;

const RE2* Pattern::re() const {
    std::call_once(once_, [this] {
        re_ = compileRe2(source_, options_);
        failed_ = !re_->ok();
    });
    return failed_ ? nullptr : re_.get();
}

bool Pattern::ensureCompiled() const { return re() != nullptr; }

bool Pattern::compiled() const {
    // A deferred pattern's re_ is set under once_; reading it here is only for reports made
    // after the scans that compiled it, on the same thread or after joining.
    return re_ != nullptr;
}

std::optional<std::string> Pattern::error() const {
    if (re_ == nullptr || re_->ok()) return std::nullopt;
    return re_->error();
}

int Pattern::programSize() const {
    const RE2* compiledRe = re();
    return compiledRe != nullptr ? compiledRe->ProgramSize() : 0;
}

bool Pattern::findFirst(std::string_view text, std::size_t from, std::size_t to,
                        ByteSpan& found) const {
    const RE2* compiledRe = re();
    if (compiledRe == nullptr) return false;
    re2::StringPiece whole(text.data(), to);
    re2::StringPiece match;
    std::size_t pos = from;
    while (pos <= to) {
        if (!compiledRe->Match(whole, pos, to, RE2::UNANCHORED, &match, 1)) return false;
        const auto begin = static_cast<std::size_t>(match.data() - text.data());
        const std::size_t end = begin + match.size();
        if (!match.empty() &&
            (!options_.wholeWords || ((!insideWord(text, begin) || afterWordPrefix(text, begin)) &&
                                      !insideWord(text, end)))) {
            found = {begin, end};
            return true;
        }
        // RE2 gives one match at `begin`, the leftmost-first one; if it is no whole word, a
        // later start may still give one. No whole word starts inside a word, so the search
        // resumes after the word `begin` is in: resuming one character on would scan the rest
        // of a long run of letters once for each of its characters.
        if (begin >= to) return false;
        pos = begin;
        const bool wordCharacter = isSpacedWordCharacter(decodeUtf8(text, pos));
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
