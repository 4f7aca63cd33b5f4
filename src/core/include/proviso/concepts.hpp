// Legal concepts, defined once per language and used by every rule: "a penal clause", "an
// official", "judicial authorisation", "a time limit". A rule's pattern names a concept as
// {{name}}; when the rule is loaded, the name becomes the concept's patterns in each language
// the rule claims. A concept improved once improves every rule that uses it, and a rule works in
// every language whose vocabulary has its concepts. See docs/rule-format.md, "Concepts".
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace YAML {
class Node;
}

namespace proviso {

struct LoadError;

namespace limits {
// An expanded pattern may not grow past this: concepts that name concepts could otherwise
// multiply one line of YAML into gigabytes.
inline constexpr std::size_t kExpandedPatternBytes = 256u << 10;
inline constexpr int kConceptDepth = 8;
}  // namespace limits

struct Concept {
    std::string name;
    std::string description;
    std::map<std::string, std::vector<std::string>> patterns;  // by language
    // Set when the concept is a safeguard (`safeguard: {en: judicial authorisation, ...}`): what
    // it is called, by language. A draft that loses one is told so (report::compareDrafts).
    std::map<std::string, std::string> safeguardLabels;
    // Where a safeguard counts (`roles: [offence]`, bits of Role in roles.hpp; 0 = in any
    // provision): intent or "without right" are an offence's safeguards, and "sans
    // autorisation" in a power says the opposite.
    unsigned safeguardRoles = 0;
    std::string file;
    int line = 0;

    bool isSafeguard() const { return !safeguardLabels.empty(); }
    // Its safeguard label in `language` ("fr" or "fr-FR"); else the English one; else the name
    // with dashes as spaces ("time limit").
    std::string safeguardLabel(std::string_view language) const;
};

class Vocabulary {
public:
    // Reads a `concepts:` mapping of a rule file:
    //   concepts:
    //     penal-clause:
    //       description: What makes conduct a criminal offence.
    //       en: ['commits an offen[cs]e', 'shall be liable']
    //       fr: ['est puni']
    //     judicial-authorisation:
    //       safeguard: {en: judicial authorisation, fr: autorisation judiciaire}
    //     intent:
    //       safeguard: {en: intent}
    //       roles: [offence]
    // Problems become errors at their file and line; a concept defined twice for the same
    // language (patterns or safeguard label) is an error naming the first place.
    void add(const YAML::Node& concepts, const std::string& file, std::vector<LoadError>& errors);

    // Adds the concepts of `other` that this vocabulary lacks (the shipped ones beside a user's).
    void addAll(const Vocabulary& other);

    // `pattern` with each {{name}} replaced by a non-capturing group of the concept's patterns in
    // `languages` (concepts may name concepts). False, with `problem` set, when a name is
    // unknown, has no patterns in one of `languages`, refers to itself or expands too far.
    bool expand(std::string_view pattern, const std::vector<std::string>& languages,
                std::string& out, std::string& problem) const;

    // The concept names `pattern` refers to directly, in order of first mention.
    static std::vector<std::string> referencesIn(std::string_view pattern);

    const Concept* find(const std::string& name) const;
    const std::map<std::string, Concept>& concepts() const { return concepts_; }
    bool empty() const { return concepts_.empty(); }

private:
    // Reads the value of a concept's `roles:` key (where it counts as a safeguard) into
    // `defined`; roles given in several files add up.
    static void addSafeguardRoles(Concept& defined, const YAML::Node& roles,
                                  const std::string& file, std::vector<LoadError>& errors);
    // Reads the value of a concept's `safeguard:` key into `defined`.
    static void addSafeguardLabels(Concept& defined, const YAML::Node& labels,
                                   const std::string& file, std::vector<LoadError>& errors);
    bool expandInto(std::string_view pattern, const std::vector<std::string>& languages, int depth,
                    std::vector<std::string>& stack, std::string& out, std::string& problem) const;
    std::map<std::string, Concept> concepts_;
};

}  // namespace proviso
