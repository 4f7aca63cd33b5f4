#include "proviso/concepts.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "proviso/language.hpp"
#include "proviso/roles.hpp"
#include "proviso/rule_set.hpp"

namespace proviso {

namespace {

bool isNameCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

bool isLanguageCode(const std::string& key) {
    return key.size() >= 2 && key.size() <= 3 &&
           std::all_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool isName(std::string_view name) {
    return !name.empty() && name.front() != '-' &&
           std::all_of(name.begin(), name.end(), isNameCharacter);
}

// The next {{name}} in `pattern` from `from`: its position and length, or npos.
struct Reference {
    std::size_t at = std::string_view::npos;
    std::size_t length = 0;
    std::string_view name;
};

Reference nextReference(std::string_view pattern, std::size_t from) {
    Reference ref;
    const std::size_t open = pattern.find("{{", from);
    if (open == std::string_view::npos) return ref;
    const std::size_t close = pattern.find("}}", open + 2);
    ref.at = open;
    if (close == std::string_view::npos) {
        ref.length = pattern.size() - open;
        return ref;  // name left empty: malformed
    }
    ref.length = close + 2 - open;
    ref.name = pattern.substr(open + 2, close - open - 2);
    return ref;
}

LoadError errorAt(const std::string& file, const YAML::Node& node, const std::string& message) {
    const YAML::Mark mark = node.Mark();
    return {file, mark.line + 1, mark.column + 1, "", message};
}

}  // namespace

void Vocabulary::add(const YAML::Node& concepts, const std::string& file,
                     std::vector<LoadError>& errors) {
    if (!concepts.IsMap()) {
        errors.push_back(errorAt(file, concepts, "'concepts' must map names to concepts"));
        return;
    }
    for (const auto& entry : concepts) {
        const std::string name = entry.first.IsScalar() ? entry.first.Scalar() : "";
        if (!isName(name)) {
            errors.push_back(errorAt(file, entry.first,
                                     "a concept name is lower-case letters, digits and dashes"));
            continue;
        }
        const YAML::Node& body = entry.second;
        if (!body.IsMap()) {
            errors.push_back(errorAt(
                file, body,
                "concept '" + name + "' must have a description and patterns per language"));
            continue;
        }
        Concept& defined = concepts_[name];
        const bool created = defined.name.empty();
        if (created) {
            defined.name = name;
            defined.file = file;
            defined.line = entry.first.Mark().line + 1;
        }
        for (const auto& field : body) {
            const std::string key = field.first.Scalar();
            if (key == "description") {
                if (field.second.IsScalar()) defined.description = field.second.Scalar();
                continue;
            }
            if (key == "safeguard") {
                addSafeguardLabels(defined, field.second, file, errors);
                continue;
            }
            if (key == "roles") {
                addSafeguardRoles(defined, field.second, file, errors);
                continue;
            }
            if (!isLanguageCode(key)) {
                errors.push_back(
                    errorAt(file, field.first,
                            "concept '" + name + "': '" + key.substr(0, 40) +
                                "' is neither 'description', 'safeguard', 'roles' nor a "
                                "language code"));
                continue;
            }
            if (defined.patterns.count(key)) {
                errors.push_back(errorAt(file, field.first,
                                         "concept '" + name + "' is already defined for '" + key +
                                             "' at " + defined.file + ":" +
                                             std::to_string(defined.line)));
                continue;
            }
            std::vector<std::string> patterns;
            auto take = [&](const YAML::Node& item) {
                if (item.IsScalar() && !item.Scalar().empty()) {
                    patterns.push_back(item.Scalar());
                } else {
                    errors.push_back(errorAt(
                        file, item, "concept '" + name + "': each pattern must be non-empty text"));
                }
            };
            if (field.second.IsSequence()) {
                for (const auto& item : field.second) take(item);
            } else {
                take(field.second);
            }
            if (!patterns.empty()) defined.patterns[key] = std::move(patterns);
        }
        if (created && defined.patterns.empty()) {
            errors.push_back(errorAt(file, entry.first,
                                     "concept '" + name + "' has no patterns in any language"));
            concepts_.erase(name);
        }
    }
}

void Vocabulary::addSafeguardLabels(Concept& defined, const YAML::Node& labels,
                                    const std::string& file, std::vector<LoadError>& errors) {
    const std::string& name = defined.name;
    if (!labels.IsMap()) {
        errors.push_back(
            errorAt(file, labels,
                    "concept '" + name +
                        "': 'safeguard' must map language codes to labels "
                        "({en: judicial authorisation, fr: autorisation judiciaire})"));
        return;
    }
    for (const auto& label : labels) {
        const std::string language = label.first.IsScalar() ? label.first.Scalar() : "";
        if (!isLanguageCode(language)) {
            errors.push_back(errorAt(file, label.first,
                                     "concept '" + name + "': '" + language.substr(0, 40) +
                                         "' in 'safeguard' is not a language code"));
            continue;
        }
        if (!label.second.IsScalar() || label.second.Scalar().empty()) {
            errors.push_back(errorAt(file, label.second,
                                     "concept '" + name + "': the safeguard label for '" +
                                         language + "' must be non-empty text"));
            continue;
        }
        if (defined.safeguardLabels.count(language)) {
            errors.push_back(errorAt(file, label.first,
                                     "concept '" + name + "' already has a safeguard label for '" +
                                         language + "' at " + defined.file + ":" +
                                         std::to_string(defined.line)));
            continue;
        }
        defined.safeguardLabels[language] = label.second.Scalar();
    }
}

void Vocabulary::addSafeguardRoles(Concept& defined, const YAML::Node& roles,
                                   const std::string& file, std::vector<LoadError>& errors) {
    const std::string& name = defined.name;
    auto take = [&](const YAML::Node& item) {
        const auto role = item.IsScalar() ? roleFromName(item.Scalar()) : std::nullopt;
        if (!role) {
            errors.push_back(
                errorAt(file, item,
                        "concept '" + name + "': 'roles' takes role names (" + roleNames() + ")"));
            return;
        }
        defined.safeguardRoles |= *role;
    };
    if (roles.IsSequence()) {
        for (const auto& item : roles) take(item);
    } else {
        take(roles);
    }
}

std::string Concept::safeguardLabel(std::string_view language) const {
    if (auto it = safeguardLabels.find(primarySubtag(language)); it != safeguardLabels.end()) {
        return it->second;
    }
    if (auto it = safeguardLabels.find("en"); it != safeguardLabels.end()) return it->second;
    std::string spoken = name;
    std::replace(spoken.begin(), spoken.end(), '-', ' ');
    return spoken;
}

void Vocabulary::addAll(const Vocabulary& other) {
    for (const auto& [name, one] : other.concepts_) concepts_.emplace(name, one);
}

const Concept* Vocabulary::find(const std::string& name) const {
    const auto it = concepts_.find(name);
    return it == concepts_.end() ? nullptr : &it->second;
}

std::vector<std::string> Vocabulary::referencesIn(std::string_view pattern) {
    std::vector<std::string> names;
    for (Reference ref = nextReference(pattern, 0); ref.at != std::string_view::npos;
         ref = nextReference(pattern, ref.at + ref.length)) {
        const std::string name(ref.name);
        if (isName(name) && std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(name);
        }
    }
    return names;
}

bool Vocabulary::expand(std::string_view pattern, const std::vector<std::string>& languages,
                        std::string& out, std::string& problem) const {
    out.clear();
    std::vector<std::string> stack;
    return expandInto(pattern, languages, 0, stack, out, problem);
}

bool Vocabulary::expandInto(std::string_view pattern, const std::vector<std::string>& languages,
                            int depth, std::vector<std::string>& stack, std::string& out,
                            std::string& problem) const {
    std::size_t from = 0;
    for (Reference ref = nextReference(pattern, 0); ref.at != std::string_view::npos;
         ref = nextReference(pattern, from)) {
        out.append(pattern.substr(from, ref.at - from));
        from = ref.at + ref.length;
        const std::string name(ref.name);
        if (!isName(name)) {
            problem = "'{{' must be followed by a concept name and '}}'";
            return false;
        }
        const Concept* named = find(name);
        if (named == nullptr) {
            problem = "unknown concept '" + name + "'";
            return false;
        }
        if (std::find(stack.begin(), stack.end(), name) != stack.end() ||
            depth >= limits::kConceptDepth) {
            problem = "concept '" + name + "' refers to itself";
            return false;
        }
        stack.push_back(name);
        out += "(?:";
        bool first = true;
        for (const std::string& language : languages) {
            const auto it = named->patterns.find(language);
            if (it == named->patterns.end()) {
                problem = "concept '" + name + "' has no patterns for '" + language + "'";
                return false;
            }
            for (const std::string& alternative : it->second) {
                if (!first) out += '|';
                first = false;
                // A concept's pattern in one language names concepts in that language only.
                if (!expandInto(alternative, {language}, depth + 1, stack, out, problem)) {
                    return false;
                }
                if (out.size() > limits::kExpandedPatternBytes) {
                    problem = "the pattern grows past " +
                              std::to_string(limits::kExpandedPatternBytes >> 10) +
                              " KB once its concepts are written out";
                    return false;
                }
            }
        }
        out += ')';
        stack.pop_back();
    }
    out.append(pattern.substr(from));
    return true;
}

}  // namespace proviso
