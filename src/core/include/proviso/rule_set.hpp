// Loading rule packs from files. A pack is a folder with a `pack.yaml` manifest and any number
// of `*.yaml` rule files; see docs/rule-format.md. Loading never throws and never stops at the
// first problem: every problem becomes a LoadError, and every rule that is sound still loads.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "proviso/rule.hpp"

namespace proviso {

struct LoadError {
    std::string file;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based
    std::string ruleId;
    std::string message;

    // "file:line:column: rule-id: message", the form editors and CI logs understand.
    std::string toString() const;
};

struct RulePack {
    std::string name;
    std::string version;
    std::vector<std::string> languages;
    std::string description;
    std::vector<std::string> safeguardArticles;  // "Article 15": see RuleInfo
    std::filesystem::path location;
    std::vector<std::unique_ptr<Rule>> rules;
};

class RuleSet {
public:
    // Adds what `path` holds: a pack folder (has pack.yaml), a folder of pack folders, or a
    // single rule file (which becomes a pack of its own, named after the file). Problems are
    // appended to `errors`; whatever could be loaded is kept.
    void load(const std::filesystem::path& path, std::vector<LoadError>& errors);

    // Parses rule text as if it were a rule file named `fileName` (for tests and fuzzing).
    void loadText(const std::string& text, const std::string& fileName,
                  std::vector<LoadError>& errors);

    const std::vector<RulePack>& packs() const { return packs_; }
    std::vector<const Rule*> rules() const;
    const Rule* find(const std::string& id) const;

private:
    void loadPackFolder(const std::filesystem::path& folder, std::vector<LoadError>& errors);
    std::vector<RulePack> packs_;
};

}  // namespace proviso
