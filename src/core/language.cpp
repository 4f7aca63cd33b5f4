#include "proviso/language.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "ascii_bytes.hpp"
#include "proviso/cues.hpp"
#include "proviso/pattern.hpp"
#include "proviso/utf.hpp"

namespace proviso {

namespace {

struct Profile {
    std::string_view language;
    std::vector<std::string_view> words;
};

// Room for every language file with detection words; more are not scored.
constexpr std::size_t kMaxProfiles = 16;

// The detection words of each language file (languages/*.yaml), in their order: frequent
// function words, and words legal drafting uses constantly. Words shared by several languages
// ("la", "de", "en") count for each of them.
const std::vector<Profile>& profiles() {
    static const std::vector<Profile> list = [] {
        std::vector<Profile> out;
        for (const LanguageCues& cues : languageCues()) {
            if (cues.detection.empty() || out.size() == kMaxProfiles) continue;
            Profile p{cues.language, {}};
            for (const std::string& w : cues.detection) p.words.emplace_back(w);
            out.push_back(std::move(p));
        }
        return out;
    }();
    return list;
}

using Scores = std::array<int, kMaxProfiles>;

// Counts of words for each profile, sixteen bits each (a paragraph's first couple of thousand
// bytes hold fewer words), four to an integer: adding a word's counts is adding two arrays.
using Counts = std::array<std::uint64_t, kMaxProfiles / 4>;

// The detection words, each with what it counts for each profile (1 per listing), in an
// open-addressing table keyed by the word's bytes packed into two integers: one multiply and
// one compare per word of text, and nothing to add (zero counts) for a word that is not there.
class WordTable {
public:
    WordTable() {
        std::size_t words = 0;
        for (const Profile& p : profiles()) words += p.words.size();
        std::size_t size = 64;
        while (size < 2 * words) size *= 2;
        slots_.resize(size);
        for (std::size_t p = 0; p < profiles().size(); ++p) {
            for (std::string_view w : profiles()[p].words) {
                if (w.empty() || w.size() > kDetectionWordBytes) continue;
                Slot& slot = find(Key(w));
                slot.key = Key(w);
                slot.counts[p / 4] += std::uint64_t{1} << (16 * (p % 4));
            }
        }
    }

    // What `word` (at most kDetectionWordBytes bytes) counts for each profile.
    const Counts& countsOf(std::string_view word) const { return find(Key(word)).counts; }

    // The same for the ASCII word of `length` (at most kDetectionWordBytes) bytes at `start`
    // of `text`, of letters, digits and apostrophes, lower-cased on the way.
    const Counts& countsOfAsciiWord(std::string_view text, std::size_t start,
                                    std::size_t length) const {
        Key key;
        if (start + kDetectionWordBytes <= text.size()) {
            std::memcpy(&key.low, text.data() + start, sizeof key.low);
            std::memcpy(&key.high, text.data() + start + sizeof key.low, sizeof key.high);
        } else {
            char bytes[kDetectionWordBytes] = {};
            for (std::size_t k = 0; k < length; ++k) bytes[k] = text[start + k];
            std::memcpy(&key.low, bytes, sizeof key.low);
            std::memcpy(&key.high, bytes + sizeof key.low, sizeof key.high);
        }
        // Setting 0x20 lower-cases a letter and leaves digits and apostrophes as they are.
        constexpr std::uint64_t kAll = ~std::uint64_t{0};
        constexpr std::uint64_t kLower = 0x2020202020202020ull;
        // The first `n` (0 to 8) bytes of an integer as it lies in memory.
        auto firstBytes = [](std::size_t n) -> std::uint64_t {
            if (n == 0) return 0;
            if (n >= 8) return kAll;
            if constexpr (std::endian::native == std::endian::little) {
                return (std::uint64_t{1} << (8 * n)) - 1;
            } else {
                return kAll << (8 * (8 - n));
            }
        };
        const std::uint64_t lowMask = firstBytes(length);
        const std::uint64_t highMask = firstBytes(length > 8 ? length - 8 : 0);
        key.low = (key.low | kLower) & lowMask;
        key.high = (key.high | kLower) & highMask;
        return find(key).counts;
    }

private:
    // The bytes, zero-padded: no word has a NUL byte, so the padding tells the length, and the
    // key of no word (zero) marks an empty slot.
    struct Key {
        std::uint64_t low = 0, high = 0;

        Key() = default;
        explicit Key(std::string_view w) {
            char bytes[kDetectionWordBytes] = {};
            std::memcpy(bytes, w.data(), w.size());
            std::memcpy(&low, bytes, sizeof low);
            std::memcpy(&high, bytes + sizeof low, sizeof high);
        }
        bool operator==(const Key&) const = default;
    };
    static_assert(kDetectionWordBytes == 2 * sizeof(std::uint64_t));

    struct Slot {
        Key key;
        Counts counts{};
    };

    Slot& find(const Key& key) {
        return const_cast<Slot&>(static_cast<const WordTable*>(this)->find(key));
    }
    const Slot& find(const Key& key) const {
        const std::size_t mask = slots_.size() - 1;
        std::size_t at =
            static_cast<std::size_t>(
                (key.low * 0x9E3779B97F4A7C15ull ^ key.high * 0xC2B2AE3D27D4EB4Full) >> 32) &
            mask;
        // An empty slot ends the probe.
        while (!(slots_[at].key == key) && !(slots_[at].key == Key())) at = (at + 1) & mask;
        return slots_[at];
    }

    std::vector<Slot> slots_;
};

// isWordCharacter, looked up for the characters below U+0800 (accented Latin, Greek, Cyrillic,
// Arabic letters): asked once each of ICU.
bool isWordCharacterCached(char32_t c) {
    constexpr char32_t kCached = 0x800;
    static const std::vector<bool> cached = [] {
        std::vector<bool> out(kCached);
        for (char32_t k = 0; k < kCached; ++k) out[k] = isWordCharacter(k);
        return out;
    }();
    return c < kCached ? cached[c] : isWordCharacter(c);
}

// kWordByte[b]: byte b is a letter, a digit or an apostrophe, the ASCII characters a word is
// made of.
constexpr auto kWordByte = [] {
    std::array<bool, 256> out{};
    for (unsigned b = 0; b < 128; ++b) {
        out[b] = (b | 0x20) - 'a' < 26 || b - '0' < 10 || b == '\'';
    }
    return out;
}();

// Counts the function words of each profile in (the start of) `text`.
Scores score(std::string_view text) {
    static const WordTable table;
    // A paragraph's first couple of thousand bytes say as much as the rest.
    constexpr std::size_t kEnough = 2000;
    const std::string_view whole = text;
    if (text.size() > kEnough) text = text.substr(0, kEnough);
    Counts counts{};
    auto count = [&](const Counts& word) {
        for (std::size_t k = 0; k < counts.size(); ++k) counts[k] += word[k];
    };
    // The general way, a character at a time: from `i` (where no word is under way) up to and
    // including the first character that is not part of a word, which ends the word.
    auto readWord = [&](std::size_t i) {
        char word[kDetectionWordBytes];  // no detection word is longer; longer words are skipped
        std::size_t length = 0;
        bool tooLong = false;
        while (i < text.size()) {
            const std::size_t begin = i;
            const auto byte = static_cast<unsigned char>(text[i]);
            const char32_t c = byte < 0x80 ? (++i, byte) : decodeUtf8(text, i);
            if (!isWordCharacterCached(c) && c != '\'') break;
            if (length + (i - begin) > sizeof word) {
                tooLong = true;
                continue;
            }
            for (std::size_t k = begin; k < i; ++k) {
                const char b = text[k];
                word[length++] = (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : b;
            }
        }
        if (length > 0 && !tooLong) count(table.countsOf(std::string_view(word, length)));
        return i;
    };
    for (std::size_t i = 0; i < text.size();) {
        const auto first = static_cast<unsigned char>(text[i]);
        if (first >= 0x80) {
            i = readWord(i);
            continue;
        }
        if (!kWordByte[first]) {
            ++i;  // a separator
            continue;
        }
        // Most words are ASCII letters (and digits, apostrophes) up to an ASCII separator:
        // their key is read straight from the text.
        const std::size_t start = i;
        while (i < text.size() && kWordByte[static_cast<unsigned char>(text[i])]) ++i;
        if (i < text.size() && static_cast<unsigned char>(text[i]) >= 0x80) {
            i = readWord(start);
            continue;
        }
        if (i - start <= kDetectionWordBytes) {
            count(table.countsOfAsciiWord(whole, start, i - start));
        }
        ++i;  // the separator
    }
    Scores scores{};
    for (std::size_t p = 0; p < scores.size(); ++p) {
        scores[p] = static_cast<int>((counts[p / 4] >> (16 * (p % 4))) & 0xFFFF);
    }
    return scores;
}

std::string decide(const Scores& scores) {
    const auto best = std::max_element(scores.begin(), scores.end());
    int second = 0;
    for (auto it = scores.begin(); it != scores.end(); ++it) {
        if (it != best) second = std::max(second, *it);
    }
    // Enough words, and clearly more of one language than of any other (French and Spanish
    // share "la", "de", "en": the distinctive words must tip the balance).
    if (*best < 3 || *best - second < 2 || *best * 5 < second * 6) return "";
    const auto index = static_cast<std::size_t>(best - scores.begin());
    return index < profiles().size() ? std::string(profiles()[index].language) : std::string();
}

}  // namespace

// Arabic, Russian and Chinese are told by their scripts: each language that uses one of them is
// the only one here that does.
std::string byScript(std::string_view text) {
    constexpr std::size_t kEnough = 2000;
    if (text.size() > kEnough) text = text.substr(0, kEnough);
    // Without a character outside ASCII there is no script to tell.
    if (ascii::firstNonAscii(text) == text.size()) return "";
    int arabic = 0, cyrillic = 0, han = 0, letters = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (i + 8 <= text.size()) {
            const std::uint64_t x = ascii::load8(text.data() + i);
            if (ascii::nonAscii(x) == 0) {
                letters += static_cast<int>(ascii::count(ascii::letters(x)));
                i += 8;
                continue;
            }
        }
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            letters += static_cast<unsigned>((byte | 0x20) - 'a') < 26;
            ++i;
            continue;
        }
        const char32_t c = decodeUtf8(text, i);
        if (!isWordCharacterCached(c)) continue;
        ++letters;
        if (c >= 0x0600 && c <= 0x06FF)
            ++arabic;
        else if (c >= 0x0400 && c <= 0x04FF)
            ++cyrillic;
        else if (c >= 0x4E00 && c <= 0x9FFF)
            ++han;
    }
    if (letters < 5) return "";
    if (arabic * 2 > letters) return "ar";
    if (cyrillic * 2 > letters) return "ru";
    if (han * 2 > letters) return "zh";
    return "";
}

std::string detectLanguage(std::string_view text) {
    std::string script = byScript(text);
    return script.empty() ? decide(score(text)) : script;
}

std::string likelyLanguage(std::string_view text) {
    std::string script = byScript(text);
    if (!script.empty()) return script;
    const Scores scores = score(text);
    const auto best = std::max_element(scores.begin(), scores.end());
    if (*best == 0 || std::count(scores.begin(), scores.end(), *best) > 1) return "";
    const auto index = static_cast<std::size_t>(best - scores.begin());
    return index < profiles().size() ? std::string(profiles()[index].language) : std::string();
}

std::vector<std::string> effectiveLanguages(const Document& doc) {
    std::vector<std::string> languages(doc.blocks.size());
    Scores whole{};
    bool anyUnknown = false;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Scores scores = score(doc.blocks[b].text);
        for (std::size_t p = 0; p < whole.size(); ++p) whole[p] += scores[p];
        languages[b] = byScript(doc.blocks[b].text);
        if (languages[b].empty()) languages[b] = decide(scores);
        if (languages[b].empty()) languages[b] = doc.blocks[b].language;
        anyUnknown |= languages[b].empty();
    }
    if (!anyUnknown) return languages;
    const std::string documentLanguage = decide(whole);
    for (auto& l : languages) {
        if (l.empty()) l = documentLanguage;
    }
    return languages;
}

std::string primarySubtag(std::string_view tag) {
    std::string out(tag.substr(0, tag.find_first_of("-_")));
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace proviso
