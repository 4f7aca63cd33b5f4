#include "rule_fields.hpp"

#include <algorithm>
#include <cstdio>

#include "ascii_bytes.hpp"
#include "proviso/utf.hpp"

namespace proviso {

namespace {

// Characters that would change what a terminal or a dialog shows around them: C0 and C1
// controls, and the bidirectional overrides that can make a line read backwards.
bool isControl(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// "en", "fr", "pt-BR": what a language key of a text may look like.
bool isLanguageCode(const std::string& code) {
    if (code.size() < 2 || code.size() > 12) return false;
    return std::all_of(code.begin(), code.end(), [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    });
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// Chinese and Japanese characters and punctuation, which are written without spaces.
bool isCjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// YAML's folded blocks (">") join lines with a space, which Chinese does not put between words:
// "机关 自己判断" would show in every comment. A space between two such characters is dropped.
void joinCjkLines(std::string& text) {
    if (ascii::firstNonAscii(text) == text.size()) return;
    std::string out;
    out.reserve(text.size());
    char32_t last = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t begin = i;
        const char32_t c = decodeUtf8(text, i);
        if (c == ' ' && isCjk(last)) {
            std::size_t next = i;
            if (next < text.size() && isCjk(decodeUtf8(text, next))) continue;
        }
        out.append(text, begin, i - begin);
        last = c;
    }
    text = std::move(out);
}

}  // namespace

std::string excerpt(std::string_view text, std::size_t maxChars) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++chars) {
        if (chars == maxChars) {
            out += "...";
            break;
        }
        const std::size_t begin = i;
        const char32_t c = decodeUtf8(text, i);
        const bool malformed = c == 0xFFFD && text.substr(begin, i - begin) != "\xEF\xBF\xBD";
        char escaped[16];
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\r') {
            out += "\\r";
        } else if (malformed || (c < 0x80 && isControl(c))) {  // one byte
            std::snprintf(escaped, sizeof escaped, "\\x%02x",
                          static_cast<unsigned>(static_cast<unsigned char>(text[begin])));
            out += escaped;
        } else if (isControl(c)) {
            std::snprintf(escaped, sizeof escaped, "\\u{%04X}", static_cast<unsigned>(c));
            out += escaped;
        } else {
            out.append(text, begin, i - begin);
        }
    }
    return out;
}

std::string inQuotes(std::string_view text) { return "'" + excerpt(text, 40) + "'"; }

std::string badPattern(std::string_view key, std::string_view problem) {
    return "bad pattern in '" + std::string(key) + "': " + excerpt(problem, 80);
}

RuleFields::RuleFields(const YAML::Node& node, std::string file, std::string ruleId,
                       std::vector<LoadError>& errors)
    : node_(node), file_(std::move(file)), ruleId_(std::move(ruleId)), errors_(errors) {}

YAML::Node RuleFields::child(const char* key) {
    known_.insert(key);
    const YAML::Node& node = node_;  // const access: never inserts the key
    return node[key];
}

bool RuleFields::has(const char* key) const { return node_[key].IsDefined(); }

void RuleFields::errorAt(const YAML::Node& at, const std::string& message) {
    const YAML::Mark mark = at.IsDefined() ? at.Mark() : node_.Mark();
    errors_.push_back({file_, mark.line + 1, mark.column + 1, ruleId_, message});
    failed_ = true;
}

void RuleFields::error(const char* key, const std::string& message) {
    const YAML::Node& node = node_;
    errorAt(node[key], message);
}

// False (with an error at `at`) if `text` is longer than `maxChars` characters.
bool RuleFields::withinLength(const YAML::Node& at, const char* key, const std::string& text,
                              std::size_t maxChars) {
    if (text.size() <= maxChars) return true;  // bytes >= characters: no need to count
    const std::size_t chars = countCodePoints(text);
    if (chars <= maxChars) return true;
    errorAt(at, std::string("'") + key + "' is " + std::to_string(chars) +
                    " characters long; it may have at most " + std::to_string(maxChars));
    return false;
}

std::optional<std::string> RuleFields::string(const char* key, bool required,
                                              std::size_t maxChars) {
    const YAML::Node value = child(key);
    if (!value.IsDefined() || value.IsNull()) {
        if (required) errorAt(node_, std::string("missing required key '") + key + "'");
        return std::nullopt;
    }
    if (!value.IsScalar()) {
        errorAt(value, std::string("'") + key + "' must be text");
        return std::nullopt;
    }
    // Folded YAML blocks (">") end in a newline that would show up as an empty line in comments.
    std::string text = value.Scalar();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    if (!withinLength(value, key, text, maxChars)) return std::nullopt;
    return text;
}

RuleText RuleFields::localized(const char* key, bool required,
                               const std::vector<std::string>& languages, std::size_t maxChars) {
    RuleText out;
    const YAML::Node value = child(key);
    if (!value.IsDefined() || !value.IsMap()) {
        out.text = string(key, required, maxChars).value_or("");
        joinCjkLines(out.text);
        return out;
    }
    const bool anyLanguage =
        languages.empty() || std::find(languages.begin(), languages.end(), "*") != languages.end();
    std::vector<std::string> written;  // codes with a text, even one refused
    for (const auto& entry : value) {
        const std::string code = entry.first.Scalar();
        const bool isRuleLanguage =
            std::find(languages.begin(), languages.end(), code) != languages.end();
        if (!isRuleLanguage && !(anyLanguage && isLanguageCode(code))) {
            errorAt(entry.first, "'" + std::string(key) + "' has a text in " + inQuotes(code) +
                                     ", which is not one of the rule's languages" +
                                     (anyLanguage ? "" : " (" + joined(languages) + ")"));
            continue;
        }
        if (!entry.second.IsScalar() || entry.second.Scalar().empty()) {
            errorAt(entry.second,
                    "'" + std::string(key) + "' in " + inQuotes(code) + " must be non-empty text");
            continue;
        }
        if (std::find(written.begin(), written.end(), code) != written.end()) {
            errorAt(entry.first, "'" + std::string(key) + "' has two texts in " + inQuotes(code));
            continue;
        }
        written.push_back(code);
        std::string text = entry.second.Scalar();
        while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
        joinCjkLines(text);
        if (!withinLength(entry.second, key, text, maxChars)) continue;
        out.byLanguage.emplace_back(code, std::move(text));
    }
    if (!anyLanguage) {
        // Every language the rule is for gets its own words: a French bill must not be told
        // what is wrong with it in English because one translation was forgotten.
        for (const std::string& language : languages) {
            if (std::find(written.begin(), written.end(), language) == written.end()) {
                errorAt(value, "'" + std::string(key) + "' has no text in " + inQuotes(language) +
                                   ", one of the rule's languages");
            }
        }
        // The default is the rule's first language, whatever order the texts are written in.
        for (const auto& [code, text] : out.byLanguage) {
            if (code == languages.front()) out.text = text;
        }
    }
    if (out.text.empty() && !out.byLanguage.empty()) out.text = out.byLanguage.front().second;
    if (out.byLanguage.empty() && required) {
        errorAt(value, "'" + std::string(key) + "' must have at least one text");
    }
    return out;
}

std::vector<std::string> RuleFields::strings(const char* key, bool required) {
    const YAML::Node value = child(key);
    std::vector<std::string> out;
    if (!value.IsDefined() || value.IsNull()) {
        if (required) errorAt(node_, std::string("missing required key '") + key + "'");
        return out;
    }
    if (value.IsScalar()) {
        if (withinLength(value, key, value.Scalar(), limits::kTextChars)) {
            out.push_back(value.Scalar());
        }
        return out;
    }
    if (!value.IsSequence()) {
        errorAt(value, std::string("'") + key + "' must be text or a list of texts");
        return out;
    }
    if (value.size() > limits::kListEntries) {
        errorAt(value, std::string("'") + key + "' has " + std::to_string(value.size()) +
                           " entries; it may have at most " + std::to_string(limits::kListEntries));
        return out;
    }
    for (const auto& item : value) {
        if (!item.IsScalar()) {
            errorAt(item, std::string("each entry of '") + key + "' must be text");
            continue;
        }
        if (withinLength(item, key, item.Scalar(), limits::kTextChars)) {
            out.push_back(item.Scalar());
        }
    }
    if (out.empty() && required) errorAt(value, std::string("'") + key + "' must not be empty");
    return out;
}

std::optional<bool> RuleFields::boolean(const char* key) {
    const YAML::Node value = child(key);
    if (!value.IsDefined()) return std::nullopt;
    bool result = false;
    if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result)) {
        errorAt(value, std::string("'") + key + "' must be true or false");
        return std::nullopt;
    }
    return result;
}

Scope RuleFields::scope(const char* key, Scope fallback) {
    const auto text = string(key, false);
    if (!text) return fallback;
    if (*text == "sentence") return Scope::Sentence;
    if (*text == "paragraph") return Scope::Paragraph;
    if (*text == "provision") return Scope::Provision;
    if (*text == "article") return Scope::Article;
    error(key, "unknown scope " + inQuotes(*text) +
                   " (expected sentence, paragraph, provision or article)");
    return fallback;
}

std::vector<RuleFields::PatternGroup> RuleFields::patternGroups(const char* key, bool required,
                                                                PatternOptions options) {
    std::vector<PatternGroup> groups;
    const YAML::Node value = child(key);
    if (!value.IsDefined() || value.IsNull()) {
        if (required) errorAt(node_, std::string("missing required key '") + key + "'");
        return groups;
    }
    if (!value.IsMap() || value.size() == 0) {
        errorAt(value, std::string("'") + key + "' must map names to patterns");
        return groups;
    }
    for (const auto& entry : value) {
        groups.emplace_back(entry.first.Scalar(), compilePatterns(entry.second, key, options));
    }
    return groups;
}

std::vector<std::unique_ptr<Pattern>> RuleFields::compilePatterns(const YAML::Node& value,
                                                                  const char* key,
                                                                  PatternOptions options) {
    std::vector<std::unique_ptr<Pattern>> out;
    auto compileOne = [&](const YAML::Node& item) {
        if (!item.IsScalar() || item.Scalar().empty()) {
            errorAt(item, std::string("each pattern of '") + key + "' must be non-empty text");
            return;
        }
        std::string problem;
        std::string source = item.Scalar();
        if (source.find("{{") != std::string::npos) {
            std::string expanded;
            const Vocabulary none;
            if (!(vocabulary_ != nullptr ? *vocabulary_ : none)
                     .expand(source, languages_, expanded, problem)) {
                errorAt(item, std::string("in '") + key + "': " + problem);
                return;
            }
            source = std::move(expanded);
        }
        std::unique_ptr<Pattern> pattern;
        if (defer_) {
            const YAML::Mark mark = item.Mark();
            if (Pattern::checkSyntax(source, problem)) {
                pattern = Pattern::deferred(std::move(source), options,
                                            {file_, mark.line + 1, mark.column + 1, ruleId_, key});
            }
        } else {
            pattern = Pattern::compile(source, options, problem);
        }
        if (!pattern) {
            // RE2 names the part of the pattern it stopped at, which may be long.
            errorAt(item, badPattern(key, problem));
            return;
        }
        made_.push_back(pattern.get());
        out.push_back(std::move(pattern));
    };
    if (value.IsSequence()) {
        for (const auto& item : value) compileOne(item);
    } else {
        compileOne(value);
    }
    if (out.empty() && !failed_) errorAt(value, std::string("'") + key + "' is empty");
    return out;
}

std::unique_ptr<Pattern> RuleFields::derivedPattern(const char* key, std::string source,
                                                    PatternOptions options) {
    std::unique_ptr<Pattern> pattern;
    const YAML::Node& node = node_;  // const: looking a key up must not add it
    const YAML::Node at = node.IsMap() && node[key].IsDefined() ? node[key] : node;
    if (defer_) {
        const YAML::Mark mark = at.Mark();
        pattern = Pattern::deferred(std::move(source), options,
                                    {file_, mark.line + 1, mark.column + 1, ruleId_, key});
    } else {
        std::string problem;
        pattern = Pattern::compile(source, options, problem);
        if (!pattern) {
            errorAt(at, badPattern(key, problem));
            return nullptr;
        }
    }
    made_.push_back(pattern.get());
    return pattern;
}

std::vector<std::unique_ptr<Pattern>> RuleFields::patterns(const char* key, bool required,
                                                           PatternOptions options) {
    const YAML::Node value = child(key);
    if (!value.IsDefined() || value.IsNull()) {
        if (required) errorAt(node_, std::string("missing required key '") + key + "'");
        return {};
    }
    return compilePatterns(value, key, options);
}

void RuleFields::rejectUnknownKeys() {
    if (!node_.IsMap()) return;
    for (const auto& entry : node_) {
        const std::string key = entry.first.Scalar();
        if (known_.count(key) == 0) errorAt(entry.first, "unknown key " + inQuotes(key));
    }
}

}  // namespace proviso
