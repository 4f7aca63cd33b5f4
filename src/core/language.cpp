#include "proviso/language.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

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

// Counts the function words of each profile in (the start of) `text`.
Scores score(std::string_view text) {
    static const auto index = [] {
        std::unordered_map<std::string_view, std::vector<int>> map;
        for (std::size_t p = 0; p < profiles().size(); ++p) {
            for (auto w : profiles()[p].words) map[w].push_back(static_cast<int>(p));
        }
        return map;
    }();
    // A paragraph's first couple of thousand bytes say as much as the rest.
    constexpr std::size_t kEnough = 2000;
    if (text.size() > kEnough) text = text.substr(0, kEnough);
    Scores scores{};
    char word[kDetectionWordBytes];  // no detection word is longer; longer words are skipped
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
    const auto index = static_cast<std::size_t>(best - scores.begin());
    return index < profiles().size() ? std::string(profiles()[index].language) : std::string();
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
