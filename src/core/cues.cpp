#include "proviso/cues.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "bounded_yaml.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/utf.hpp"
#include "rule_fields.hpp"

namespace proviso {

// The files of languages/, as text: generated at build time (languages_data.cpp).
struct EmbeddedLanguageFile {
    const char* name;
    const char* text;
};
extern const EmbeddedLanguageFile kEmbeddedLanguageFiles[];
extern const std::size_t kEmbeddedLanguageFileCount;

namespace {

using Member = std::vector<std::string> LanguageCues::*;

// The groups an entry may have. None: the entries sit inside a pattern that reads its own
// groups (the article word and numbers of a reference), so a group of theirs would shift
// those. One: the entry's group is the number it reads (and for OneOrTwo, a second group a
// number added to it).
enum class Groups { Any, None, One, OneOrTwo };

struct Key {
    const char* name;
    Member member;
    Groups groups;
};

constexpr Key kPatternKeys[] = {
    {"negation", &LanguageCues::negation, Groups::Any},
    {"absence", &LanguageCues::absence, Groups::Any},
    {"absence_fillers", &LanguageCues::absenceFillers, Groups::Any},
    {"reference_keywords", &LanguageCues::referenceKeywords, Groups::None},
    {"reference_determiners", &LanguageCues::referenceDeterminers, Groups::None},
    {"article_references", &LanguageCues::articleReferences, Groups::None},
    {"list_words", &LanguageCues::listWords, Groups::None},
    {"range_words", &LanguageCues::rangeWords, Groups::None},
    {"paragraph_references", &LanguageCues::paragraphReferences, Groups::None},
    {"whole_article", &LanguageCues::wholeArticle, Groups::Any},
    {"article_headings", &LanguageCues::articleHeadings, Groups::None},
    {"chapter_headings", &LanguageCues::chapterHeadings, Groups::Any},
    {"number_words", &LanguageCues::numberWords, Groups::Any},
    {"abbreviations", &LanguageCues::abbreviations, Groups::Any},
    {"defined_by", &LanguageCues::definedBy, Groups::Any},
    {"defines", &LanguageCues::defines, Groups::Any},
    {"offence", &LanguageCues::offence, Groups::Any},
    {"breach_keywords", &LanguageCues::breachKeywords, Groups::None},
    {"purpose", &LanguageCues::purpose, Groups::Any},
    {"word_prefixes", &LanguageCues::wordPrefixes, Groups::None},
    {"article_heading_forms", &LanguageCues::articleHeadingForms, Groups::OneOrTwo},
    {"chapter_heading_forms", &LanguageCues::chapterHeadingForms, Groups::None},
    {"article_reference_forms", &LanguageCues::articleReferenceForms, Groups::One},
    {"item_forms", &LanguageCues::itemForms, Groups::One},
};

LoadError errorAt(const std::string& file, const YAML::Node& at, std::string message) {
    const YAML::Mark mark = at.Mark();
    return {file, mark.line + 1, mark.column + 1, "", std::move(message)};
}

// Entries of one key: text items of a list (or one text).
bool readList(const YAML::Node& value, const std::string& key, const std::string& file,
              bool patterns, Groups groups, std::vector<std::string>& out,
              std::vector<LoadError>& errors) {
    const std::size_t before = errors.size();
    auto one = [&](const YAML::Node& item) {
        if (!item.IsScalar() || item.Scalar().empty()) {
            errors.push_back(errorAt(file, item, "each entry of '" + key + "' must be text"));
            return;
        }
        const std::string& text = item.Scalar();
        if (patterns) {
            // The syntax as rule patterns are checked (cheaply: the files are read at every
            // start), and the groups counted on the loosened pattern, which keeps them.
            std::string problem;
            if (!Pattern::checkSyntax(text, problem)) {
                errors.push_back(errorAt(file, item, "bad pattern in '" + key + "': " + problem));
                return;
            }
            RE2::Options options;
            options.set_log_errors(false);
            const RE2 re(loosenedForPrefilter(text), options);
            if (groups == Groups::None && re.NumberOfCapturingGroups() > 0) {
                errors.push_back(errorAt(
                    file, item,
                    "a pattern in '" + key + "' may not capture: write (?:...) for its groups"));
                return;
            }
            if (groups == Groups::One && re.NumberOfCapturingGroups() != 1) {
                errors.push_back(errorAt(file, item,
                                         "a pattern in '" + key +
                                             "' has one group, the number: write (?:...) for "
                                             "any other"));
                return;
            }
            if (groups == Groups::OneOrTwo &&
                (re.NumberOfCapturingGroups() < 1 || re.NumberOfCapturingGroups() > 2)) {
                errors.push_back(errorAt(file, item,
                                         "a pattern in '" + key +
                                             "' has one group, the number, and perhaps a second, "
                                             "a number added to it: write (?:...) for any other"));
                return;
            }
        } else if (text.size() > kDetectionWordBytes) {
            errors.push_back(errorAt(file, item,
                                     "'" + key + "' words have at most " +
                                         std::to_string(kDetectionWordBytes) + " bytes"));
            return;
        }
        out.push_back(text);
    };
    if (value.IsSequence()) {
        for (const auto& item : value) one(item);
    } else {
        one(value);
    }
    return errors.size() == before;
}

// `number_values`: a mapping of words to the whole numbers they write.
void readNumberValues(const YAML::Node& value, const std::string& file,
                      std::vector<std::pair<std::string, int>>& out,
                      std::vector<LoadError>& errors) {
    if (!value.IsMap()) {
        errors.push_back(errorAt(file, value, "'number_values' must map words to numbers"));
        return;
    }
    for (const auto& entry : value) {
        const std::string word = entry.first.IsScalar() ? entry.first.Scalar() : "";
        const std::string number = entry.second.IsScalar() ? entry.second.Scalar() : "";
        const bool digits =
            !number.empty() && number.size() <= 6 &&
            std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (word.empty() || !digits) {
            errors.push_back(errorAt(file, entry.first,
                                     "each entry of 'number_values' is a word and a whole number"));
            continue;
        }
        out.emplace_back(foldedLikeText(word), std::stoi(number));
    }
}

}  // namespace

bool parseLanguageCues(const std::string& text, const std::string& file, LanguageCues& out,
                       std::vector<LoadError>& errors) {
    const std::size_t before = errors.size();
    out = LanguageCues{};
    YAML::Node root;
    if (!parseBoundedYaml(text, file, root, errors)) return false;
    if (!root.IsMap()) {
        errors.push_back({file, 1, 1, "", "a language file must be a mapping of keys to lists"});
        return false;
    }
    out.file = file;
    for (const auto& entry : root) {
        const std::string key = entry.first.Scalar();
        const YAML::Node& value = entry.second;
        if (key == "language" || key == "name") {
            if (!value.IsScalar() || value.Scalar().empty()) {
                errors.push_back(errorAt(file, value, "'" + key + "' must be text"));
                continue;
            }
            (key == "language" ? out.language : out.name) = value.Scalar();
            continue;
        }
        if (key == "detection") {
            readList(value, key, file, false, Groups::None, out.detection, errors);
            continue;
        }
        if (key == "number_values") {
            readNumberValues(value, file, out.numberValues, errors);
            continue;
        }
        const auto* known = std::find_if(std::begin(kPatternKeys), std::end(kPatternKeys),
                                         [&](const Key& k) { return key == k.name; });
        if (known == std::end(kPatternKeys)) {
            std::string all = "language, name, detection, number_values";
            for (const Key& k : kPatternKeys) all += std::string(", ") + k.name;
            errors.push_back(errorAt(file, entry.first,
                                     "unknown key " + inQuotes(key) + " (expected " + all + ")"));
            continue;
        }
        readList(value, key, file, true, known->groups, out.*(known->member), errors);
    }
    if (out.language.empty()) {
        errors.push_back({file, 1, 1, "", "missing required key 'language' (a code: en, fr...)"});
    }
    return errors.size() == before;
}

namespace {

struct Loaded {
    std::vector<LanguageCues> cues;
    std::vector<LoadError> errors;
};

const Loaded& loaded() {
    static const Loaded all = [] {
        Loaded out;
        for (std::size_t i = 0; i < kEmbeddedLanguageFileCount; ++i) {
            LanguageCues cues;
            const std::string file = std::string("languages/") + kEmbeddedLanguageFiles[i].name;
            if (parseLanguageCues(kEmbeddedLanguageFiles[i].text, file, cues, out.errors)) {
                out.cues.push_back(std::move(cues));
            }
        }
        // en, fr, es first: the order their patterns were tuned in; then by code.
        const auto rank = [](const LanguageCues& c) {
            static const std::vector<std::string> first = {"en", "fr", "es"};
            const auto at = std::find(first.begin(), first.end(), c.language);
            return std::make_pair(at - first.begin(), c.language);
        };
        std::stable_sort(
            out.cues.begin(), out.cues.end(),
            [&](const LanguageCues& a, const LanguageCues& b) { return rank(a) < rank(b); });
        return out;
    }();
    return all;
}

}  // namespace

const std::vector<LanguageCues>& languageCues() { return loaded().cues; }
const std::vector<LoadError>& languageCueErrors() { return loaded().errors; }

std::string cueAlternatives(Member cue) {
    std::string out;
    for (const LanguageCues& language : languageCues()) {
        for (const std::string& pattern : language.*cue) {
            out += (out.empty() ? "" : "|") + foldedLikeText(pattern);
        }
    }
    return out.empty() ? std::string("[^\\s\\S]") : "(?:" + out + ")";
}

}  // namespace proviso

namespace proviso {

namespace {

// The value of a number in Chinese numerals ("二百八十五", "十二", "一千零三"); nullopt if
// `text` is not one.
std::optional<long> chineseNumeral(std::string_view text) {
    long total = 0, section = 0, digit = 0;
    bool any = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = decodeUtf8(text, i);
        static constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
        if (const auto d = kDigits.find(c); d != std::u32string_view::npos) {
            digit = static_cast<long>(d);
        } else if (c == U'〇') {
            digit = 0;
        } else if (c == U'两') {
            digit = 2;
        } else if (c == U'十' || c == U'百' || c == U'千') {
            const long unit = c == U'十' ? 10 : c == U'百' ? 100 : 1000;
            section += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        } else if (c == U'万') {
            total += (section + digit) * 10000;
            section = digit = 0;
        } else {
            return std::nullopt;
        }
        any = true;
    }
    if (!any) return std::nullopt;
    return total + section + digit;
}

}  // namespace

std::optional<std::string> writtenNumber(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty()) return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == '.' || (c >= 'a' && c <= 'z');
        })) {
        return std::string(text);
    }
    if (const auto value = chineseNumeral(text)) return std::to_string(*value);
    // Words: the sum of their values; a word may carry a joined "and" ("والعشرون").
    const std::string folded = foldedLikeText(text);
    long sum = 0;
    std::size_t pos = 0;
    while (pos < folded.size()) {
        const std::size_t end = std::min(folded.find(' ', pos), folded.size());
        const std::string_view word(folded.data() + pos, end - pos);
        pos = end + 1;
        if (word.empty()) continue;
        auto valueOf = [](std::string_view w) -> std::optional<int> {
            for (const LanguageCues& language : languageCues()) {
                for (const auto& [written, value] : language.numberValues) {
                    if (written == w) return value;
                }
            }
            return std::nullopt;
        };
        std::optional<int> value = valueOf(word);
        if (!value) {
            // A joined conjunction: the word without its first letter, when the language lists
            // that letter as a prefix.
            std::size_t second = 0;
            decodeUtf8(word, second);
            static const RE2 prefix(cueAlternatives(&LanguageCues::wordPrefixes));
            if (second < word.size() &&
                RE2::FullMatch(re2::StringPiece(word.data(), second), prefix)) {
                value = valueOf(word.substr(second));
            }
        }
        if (!value) return std::nullopt;
        sum += *value;
    }
    if (sum <= 0) return std::nullopt;
    return std::to_string(sum);
}

}  // namespace proviso
