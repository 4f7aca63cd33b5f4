// The engine: a document in, findings out. It owns nothing but a reference to the rules, is
// safe to use from several threads at once, and never throws for any document.
#pragma once

#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/rule.hpp"

namespace proviso {

struct ScanOptions {
    Severity minSeverity = Severity::Low;
    // When set, rules whose languages do not include this language (e.g. "fr" for "fr-FR") are
    // skipped. When empty, a rule applies to blocks in its languages, and to blocks whose
    // language is unknown.
    std::string language;
};

class Engine {
public:
    explicit Engine(std::vector<const Rule*> rules) : rules_(std::move(rules)) {}

    // Findings ordered by block, then start, then end, then rule id.
    std::vector<Finding> scan(const Document& doc, const ScanOptions& options = {}) const;

private:
    std::vector<const Rule*> rules_;
};

// True if `rule` applies to text in `language` ("" = unknown, which every rule accepts).
bool ruleAppliesTo(const RuleInfo& rule, const std::string& language);

}  // namespace proviso
