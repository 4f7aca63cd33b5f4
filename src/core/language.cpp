#include "proviso/language.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "proviso/pattern.hpp"
#include "proviso/utf.hpp"

namespace proviso {

namespace {

struct Profile {
    const char* language;
    std::vector<std::string_view> words;
};

// Frequent function words, and words legal drafting uses constantly, per language. Words
// shared by several languages ("la", "de", "en") count for each of them.
const std::array<Profile, 6>& profiles() {
    static const std::array<Profile, 6> list = {{
        {"en", {"the", "of",   "and",  "to",     "in",    "is",   "shall", "be",
                "or",  "any",  "by",   "that",   "which", "for",  "with",  "as",
                "may", "this", "such", "person", "party", "under"}},
        {"fr", {"le",  "la",   "les", "des",  "du",       "et",    "à",  "un",  "une",
                "est", "sont", "par", "pour", "qui",      "dans",  "au", "aux", "sur",
                "ou",  "ne",   "pas", "peut", "présente", "d'une", "de", "en",  "que"}},
        {"es", {"el",    "los",  "las", "del",      "y",      "un", "una", "es", "son",
                "por",   "para", "con", "al",       "o",      "se", "su",  "lo", "como",
                "podrá", "será", "sus", "presente", "cuando", "la", "de",  "en", "que"}},
        {"de", {"der",  "die", "das", "und", "zu",  "den", "von",  "mit",  "ist",    "nicht", "ein",
                "eine", "dem", "des", "auf", "für", "im",  "oder", "wird", "werden", "sich"}},
        {"it", {"il",   "lo",  "gli",    "di",  "e",  "che",  "della", "delle", "un",
                "una",  "per", "con",    "non", "è",  "sono", "alla",  "nel",   "nella",
                "ogni", "può", "questo", "dei", "la", "le",   "in"}},
        {"pt", {"os",   "do",   "da",       "em",  "um",  "uma", "que", "para", "com",
                "não",  "por",  "ao",       "dos", "das", "ou",  "é",   "são",  "pela",
                "pelo", "deve", "qualquer", "sua", "a",   "o",   "de",  "e"}},
    }};
    return list;
}

using Scores = std::array<int, 6>;

// Counts the function words of each profile in (the start of) `text`.
Scores score(std::string_view text) {
    static const auto index = [] {
        std::unordered_map<std::string_view, std::vector<int>> map;
        for (int p = 0; p < 6; ++p) {
            for (auto w : profiles()[static_cast<std::size_t>(p)].words) map[w].push_back(p);
        }
        return map;
    }();
    // A paragraph's first couple of thousand bytes say as much as the rest.
    constexpr std::size_t kEnough = 2000;
    if (text.size() > kEnough) text = text.substr(0, kEnough);
    Scores scores{};
    char word[16];  // no function word is longer; longer words are skipped
    std::size_t length = 0;
    bool tooLong = false;
    auto finishWord = [&] {
        if (length > 0 && !tooLong) {
            const auto found = index.find(std::string_view(word, length));
            if (found != index.end()) {
                for (int p : found->second) ++scores[static_cast<std::size_t>(p)];
            }
        }
        length = 0;
        tooLong = false;
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t begin = i;
        const char32_t c = decodeUtf8(text, i);
        if (!isWordCharacter(c) && c != '\'') {
            finishWord();
            continue;
        }
        if (length + (i - begin) > sizeof word) {
            tooLong = true;
            continue;
        }
        for (std::size_t k = begin; k < i; ++k) {
            const char b = text[k];
            word[length++] = (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : b;
        }
    }
    finishWord();
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
    return profiles()[static_cast<std::size_t>(best - scores.begin())].language;
}

}  // namespace

// Arabic, Russian and Chinese are told by their scripts: each language that uses one of them is
// the only one here that does.
std::string byScript(std::string_view text) {
    constexpr std::size_t kEnough = 2000;
    if (text.size() > kEnough) text = text.substr(0, kEnough);
    int arabic = 0, cyrillic = 0, han = 0, letters = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = decodeUtf8(text, i);
        if (c < 0x80) {
            letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            continue;
        }
        if (!isWordCharacter(c)) continue;
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
