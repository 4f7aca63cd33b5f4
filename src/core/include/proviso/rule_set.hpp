// Loading rule packs from files. A pack is a folder with a `pack.yaml` manifest and any number
// of `*.yaml` rule files; see docs/rule-format.md. Loading never throws and never stops at the
// first problem: every problem becomes a LoadError, and every rule that is sound still loads.
//
// A pack may come from anywhere (downloaded, mailed, shared on a wiki), so nothing in it may
// take the memory, hang the program or show another file's contents: only regular files are
// read, each within the limits below; a pack file that is a link to outside its pack folder is
// refused unread; error messages quote at most a short excerpt of what a file says, with
// control characters escaped. A limit crossed is an error for that file, at the place it is
// crossed, and the other files and packs still load.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "proviso/concepts.hpp"
#include "proviso/rule.hpp"

namespace proviso {

namespace limits {
inline constexpr std::uintmax_t kFileBytes = 4u << 20;  // a rule file or a pack.yaml
// What one file may hold once each YAML alias (*name) is counted as the whole of what it names.
inline constexpr std::size_t kYamlValues = 100000;
inline constexpr std::size_t kYamlTextBytes = 4u << 20;
// Past this, the rest of a file's problems are summed up in one more error.
inline constexpr std::size_t kErrorsPerFile = 20;
}  // namespace limits

struct LoadError {
    std::string file;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based
    std::string ruleId;
    std::string message;

    // "file:line:column: rule-id: message", the form editors and CI logs understand, with
    // control characters escaped (a file name may hold a line break).
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
    // Loads `paths` in order into one set, as load() does each, with the problems of all of
    // them in `errors`: this is how the CLI and the Writer component load packs. With
    // `alongside` (the shipped packs, when `paths` are the user's own), the ids it holds count
    // as defined already. `alongside` is only read here; it need not outlive the result.
    //
    // Patterns compile as they are loaded (PatternCompilation::OnLoad: a bad one is an error at
    // its place and its rule is not loaded), or the first time a scan needs them (OnFirstUse:
    // loading then compiles nothing, and a check compiles only what the document calls for;
    // a pattern that cannot compile matches nothing and is reported by patternErrors()).
    enum class PatternCompilation { OnLoad, OnFirstUse };
    static RuleSet loadAll(const std::vector<std::filesystem::path>& paths,
                           std::vector<LoadError>& errors, const RuleSet* alongside = nullptr,
                           PatternCompilation compilation = PatternCompilation::OnLoad);

    // Adds what `path` holds: a pack folder (has pack.yaml), a folder of pack folders, or a
    // single rule file (which becomes a pack of its own, named after the file). Problems are
    // appended to `errors`; whatever could be loaded is kept. Files the loader does not read
    // are named in an error rather than passed over: a `.yml` file, a folder of rule files
    // without a pack.yaml, a rule file beside the packs of a folder of packs.
    //
    // Rule ids are how users look rules up and switch them off, so each may be defined once
    // in a set: a rule whose id is already defined (in this set, in whatever file or pack, or
    // by loadAll's `alongside`) is an error naming both places, and the first one is kept.
    void load(const std::filesystem::path& path, std::vector<LoadError>& errors);

    // Parses rule text as if it were a rule file named `fileName` (for tests and fuzzing).
    void loadText(const std::string& text, const std::string& fileName,
                  std::vector<LoadError>& errors);

    // From now on, load() and loadText() compile patterns as `compilation` says.
    void setPatternCompilation(PatternCompilation compilation) { compilation_ = compilation; }

    // Compiles every pattern of the set that is not compiled yet, and appends an error, at the
    // place the pattern is written, for each that cannot be: what `proviso rules test` and a
    // person adding their own pack get, whatever the documents say.
    void compileAll(std::vector<LoadError>& errors) const;
    // The patterns compiled on first use so far that could not be compiled, as errors at their
    // places. Call after the scans that compiled them.
    std::vector<LoadError> patternErrors() const;

    const std::vector<RulePack>& packs() const { return packs_; }
    // The concepts of every pack loaded (and of loadAll's `alongside`): a rule may use those of
    // the packs loaded before its own and those of its own pack.
    const Vocabulary& vocabulary() const { return vocabulary_; }
    std::vector<const Rule*> rules() const;
    const Rule* find(const std::string& id) const;

private:
    void loadFolder(const std::filesystem::path& folder, std::vector<LoadError>& errors);
    void loadPackFolder(const std::filesystem::path& folder, std::vector<LoadError>& errors);
    // Keeps `pack` with those of its rules whose ids are new.
    void addPack(RulePack pack, std::vector<LoadError>& errors);

    std::vector<RulePack> packs_;
    Vocabulary vocabulary_;
    std::map<std::string, std::pair<std::string, int>> ids_;  // id -> file and line defining it
    PatternCompilation compilation_ = PatternCompilation::OnLoad;
};

}  // namespace proviso
