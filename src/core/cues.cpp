#include "proviso/cues.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <utility>

#include "bounded_yaml.hpp"
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

// `mayCapture` false: the entries sit inside a pattern that reads its own groups (the article
// word and numbers of a reference), so a group of theirs would shift those.
struct Key {
    const char* name;
    Member member;
    bool mayCapture;
};

constexpr Key kPatternKeys[] = {
    {"negation", &LanguageCues::negation, true},
    {"absence", &LanguageCues::absence, true},
    {"absence_fillers", &LanguageCues::absenceFillers, true},
    {"reference_keywords", &LanguageCues::referenceKeywords, false},
    {"reference_determiners", &LanguageCues::referenceDeterminers, false},
    {"article_references", &LanguageCues::articleReferences, false},
    {"list_words", &LanguageCues::listWords, false},
    {"range_words", &LanguageCues::rangeWords, false},
    {"paragraph_references", &LanguageCues::paragraphReferences, false},
    {"whole_article", &LanguageCues::wholeArticle, true},
    {"article_headings", &LanguageCues::articleHeadings, false},
    {"chapter_headings", &LanguageCues::chapterHeadings, true},
    {"number_words", &LanguageCues::numberWords, true},
    {"abbreviations", &LanguageCues::abbreviations, true},
    {"defined_by", &LanguageCues::definedBy, true},
    {"defines", &LanguageCues::defines, true},
    {"offence", &LanguageCues::offence, true},
    {"breach_keywords", &LanguageCues::breachKeywords, false},
    {"purpose", &LanguageCues::purpose, true},
};

LoadError errorAt(const std::string& file, const YAML::Node& at, std::string message) {
    const YAML::Mark mark = at.Mark();
    return {file, mark.line + 1, mark.column + 1, "", std::move(message)};
}

// Entries of one key: text items of a list (or one text).
bool readList(const YAML::Node& value, const std::string& key, const std::string& file,
              bool patterns, bool mayCapture, std::vector<std::string>& out,
              std::vector<LoadError>& errors) {
    const std::size_t before = errors.size();
    auto one = [&](const YAML::Node& item) {
        if (!item.IsScalar() || item.Scalar().empty()) {
            errors.push_back(errorAt(file, item, "each entry of '" + key + "' must be text"));
            return;
        }
        const std::string& text = item.Scalar();
        if (patterns) {
            RE2::Options options;
            options.set_log_errors(false);
            const RE2 re(text, options);
            if (!re.ok()) {
                errors.push_back(
                    errorAt(file, item, "bad pattern in '" + key + "': " + re.error()));
                return;
            }
            if (!mayCapture && re.NumberOfCapturingGroups() > 0) {
                errors.push_back(errorAt(
                    file, item,
                    "a pattern in '" + key + "' may not capture: write (?:...) for its groups"));
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
            readList(value, key, file, false, false, out.detection, errors);
            continue;
        }
        const auto* known = std::find_if(std::begin(kPatternKeys), std::end(kPatternKeys),
                                         [&](const Key& k) { return key == k.name; });
        if (known == std::end(kPatternKeys)) {
            std::string all = "language, name, detection";
            for (const Key& k : kPatternKeys) all += std::string(", ") + k.name;
            errors.push_back(errorAt(file, entry.first,
                                     "unknown key " + inQuotes(key) + " (expected " + all + ")"));
            continue;
        }
        readList(value, key, file, true, known->mayCapture, out.*(known->member), errors);
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
            out += (out.empty() ? "" : "|") + pattern;
        }
    }
    return out.empty() ? std::string("[^\\s\\S]") : "(?:" + out + ")";
}

}  // namespace proviso
