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

std::string lowerWord(std::string_view word) {
    std::string out(word);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Scores per profile (indices into profiles()).
std::array<int, 6> score(std::string_view text) {
    static const auto index = [] {
        std::unordered_map<std::string_view, std::vector<int>> map;
        for (int p = 0; p < 6; ++p) {
            for (auto w : profiles()[static_cast<std::size_t>(p)].words) map[w].push_back(p);
        }
        return map;
    }();
    std::array<int, 6> scores{};
    std::size_t i = 0;
    while (i < text.size()) {
        // Skip to the next word, then take letters and apostrophes ("d'une").
        std::size_t start = i;
        while (start < text.size()) {
            std::size_t next = start;
            if (isWordCharacter(decodeUtf8(text, next))) break;
            start = next;
        }
        std::size_t end = start;
        while (end < text.size()) {
            std::size_t next = end;
            const char32_t c = decodeUtf8(text, next);
            if (!isWordCharacter(c) && c != '\'') break;
            end = next;
        }
        if (end == start) break;
        const auto found = index.find(lowerWord(text.substr(start, end - start)));
        if (found != index.end()) {
            for (int p : found->second) ++scores[static_cast<std::size_t>(p)];
        }
        i = end;
    }
    return scores;
}

}  // namespace

std::string detectLanguage(std::string_view text) {
    const auto scores = score(text);
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

std::vector<std::string> effectiveLanguages(const Document& doc) {
    std::vector<std::string> languages(doc.blocks.size());
    std::string whole;
    bool anyUnknown = false;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        languages[b] = detectLanguage(doc.blocks[b].text);
        if (languages[b].empty()) languages[b] = doc.blocks[b].language;
        anyUnknown |= languages[b].empty();
    }
    if (!anyUnknown) return languages;
    for (const Block& block : doc.blocks) {
        if (whole.size() > 200000) break;  // plenty of evidence
        whole += block.text;
        whole += '\n';
    }
    const std::string documentLanguage = detectLanguage(whole);
    for (auto& l : languages) {
        if (l.empty()) l = documentLanguage;
    }
    return languages;
}

}  // namespace proviso
