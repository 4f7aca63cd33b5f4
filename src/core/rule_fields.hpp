// Internal: typed, position-aware access to one rule's YAML mapping. Each read records the key
// as known, so that after the kind has read its fields every other key can be reported as
// unknown: a typo such as `safegaurds:` must be an error, not a silently weaker rule.
#pragma once

#include <yaml-cpp/yaml.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/concepts.hpp"
#include "proviso/pattern.hpp"
#include "proviso/rule.hpp"
#include "proviso/rule_set.hpp"

namespace proviso {

// What an error message may show of text read from a rule file: control characters and
// malformed bytes escaped (\n, \x1b, \u{202E}), and at most `maxChars` characters, then "...".
// A pack file may not be a rule file at all (a link to /etc/shadow), and its lines must not come
// back as "unknown key '...'" on a terminal or in a dialog.
std::string excerpt(std::string_view text, std::size_t maxChars);

// excerpt(text, 40) in single quotes: how messages quote a key or a value.
std::string inQuotes(std::string_view text);

// "bad pattern in 'trigger': <RE2's explanation, cut>": what a pattern that cannot compile
// reports, when it is loaded or when it is compiled later (Pattern::deferred).
std::string badPattern(std::string_view key, std::string_view problem);

class RuleFields {
public:
    RuleFields(const YAML::Node& node, std::string file, std::string ruleId,
               std::vector<LoadError>& errors);

    bool has(const char* key) const;
    YAML::Node child(const char* key);  // raw access for structured values; marks the key known
    // Text of at most `maxChars` characters (see limits in rule.hpp).
    std::optional<std::string> string(const char* key, bool required,
                                      std::size_t maxChars = limits::kTextChars);
    // One text for every language, or a mapping from language code to text: then one entry for
    // each of `languages` (the rule's), and no other; the first of them is the default text.
    RuleText localized(const char* key, bool required, const std::vector<std::string>& languages,
                       std::size_t maxChars = limits::kTextChars);
    // One string or a list of at most limits::kListEntries, each of at most kTextChars.
    std::vector<std::string> strings(const char* key, bool required);
    std::optional<bool> boolean(const char* key);
    Scope scope(const char* key, Scope fallback);

    // Compiles one pattern or a list of patterns, reporting each bad one at its own position.
    std::vector<std::unique_ptr<Pattern>> patterns(const char* key, bool required,
                                                   PatternOptions options);

    // A pattern the rule builds from what `key` says (not written as such in the file),
    // compiled now or on first use as the others are. nullptr, with an error at `key`, if it
    // cannot be compiled now.
    std::unique_ptr<Pattern> derivedPattern(const char* key, std::string source,
                                            PatternOptions options);

    // A mapping of names to one pattern or a list of patterns, in the order written:
    //   elements: {intent: ['intentionally', 'knowingly'], without right: 'without right'}
    using PatternGroup = std::pair<std::string, std::vector<std::unique_ptr<Pattern>>>;
    std::vector<PatternGroup> patternGroups(const char* key, bool required, PatternOptions options);

    // Reports a problem at `key` (or at the rule itself when the key is absent).
    void error(const char* key, const std::string& message);
    void errorAt(const YAML::Node& at, const std::string& message);

    // From here on, {{name}} in a pattern is written out from `vocabulary` in `languages`.
    void useConcepts(const Vocabulary* vocabulary, std::vector<std::string> languages) {
        vocabulary_ = vocabulary;
        languages_ = std::move(languages);
    }

    // From here on, patterns are compiled when first used (Pattern::deferred), not now.
    void deferPatterns() { defer_ = true; }
    // Every pattern made so far, in order: the rule that owns them lists them (Rule::patterns).
    const std::vector<const Pattern*>& made() const { return made_; }

    // Every key that was never read is an error. Call after all reads.
    void rejectUnknownKeys();

    bool failed() const { return failed_; }
    const YAML::Node& node() const { return node_; }

private:
    bool withinLength(const YAML::Node& at, const char* key, const std::string& text,
                      std::size_t maxChars);
    std::vector<std::unique_ptr<Pattern>> compilePatterns(const YAML::Node& value, const char* key,
                                                          PatternOptions options);
    YAML::Node node_;
    std::string file_;
    std::string ruleId_;
    std::vector<LoadError>& errors_;
    std::set<std::string> known_;
    bool failed_ = false;
    const Vocabulary* vocabulary_ = nullptr;
    std::vector<std::string> languages_;
    bool defer_ = false;
    std::vector<const Pattern*> made_;
};

using RuleFactory = std::unique_ptr<Rule> (*)(RuleInfo info, RuleFields& fields,
                                              PatternOptions options);

// The registry of rule kinds (rule_kinds.cpp). Returns nullptr for an unknown kind.
RuleFactory findRuleKind(const std::string& kind);
std::string knownRuleKinds();  // "flag, requires", for error messages

}  // namespace proviso
