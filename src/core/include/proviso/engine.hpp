// The engine: a document in, findings out. It keeps a reference to the rules (they must outlive
// it), is safe to use from several threads at once, and never throws for any document.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/rule.hpp"

namespace re2 {
class RE2;
}

namespace proviso {

struct ScanOptions {
    Severity minSeverity = Severity::Low;
    // When set, the whole document is taken to be in this language (e.g. "fr" or "fr-FR") and
    // rules for other languages are skipped. When empty, each block is scanned in the language
    // its words show (see effectiveLanguages), and a block whose language cannot be told is
    // checked by every rule.
    std::string language;
};

struct EngineOptions {
    // Match every rule's triggers in one pass over each block (RE2::Set) and run a rule only on
    // the blocks where one matched. Off only to measure the difference.
    bool prefilter = true;
};

class Engine {
public:
    explicit Engine(std::vector<const Rule*> rules, EngineOptions options = {});
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Findings ordered by block, then start, then end, then rule id.
    std::vector<Finding> scan(const Document& doc, const ScanOptions& options = {}) const;

    // True if the one-pass prefilter is in use for all rules (it is dropped if the set cannot
    // be built, for example when the patterns together exceed the memory limit).
    bool prefiltering() const;

private:
    class Prefilter;
    // The prefilter of the rules `active` marks, built the first time a scan needs it (a
    // document in one language needs only that language's rules) and kept for later scans.
    const Prefilter* prefilterFor(const std::vector<bool>& active) const;

    std::vector<const Rule*> rules_;
    EngineOptions options_;
    mutable std::mutex prefiltersMutex_;
    mutable std::map<std::string, std::unique_ptr<Prefilter>> prefilters_;
};

// The language each block of `doc` is scanned in with `options`: options.language (its primary
// subtag) for every block when it is set, else what effectiveLanguages tells ("" when unknown).
// The language a finding's message is written in, and a comparison's labels.
std::vector<std::string> scanLanguages(const Document& doc, const ScanOptions& options);

// True if `rule` applies to text in `language` ("" = unknown, which every rule accepts).
bool ruleAppliesTo(const RuleInfo& rule, const std::string& language);

}  // namespace proviso
