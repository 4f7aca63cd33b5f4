// Which rules a Writer command runs with: the shipped packs less those the user switched off,
// plus the packs in the user's own folder. Decided here only, so that Check document, the
// findings table and Explain this finding agree on what a rule is.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "checker.hpp"
#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "settings.hpp"

namespace proviso::uno {

struct UserRules {
    std::shared_ptr<const RuleSet> own;  // keeps the user's rules alive as long as needed
    std::vector<const Rule*> rules;      // those switched on
    std::vector<const Rule*> all;        // every rule loaded, switched off or not
    std::vector<LoadError> errors;       // problems in rule files; collected, not fatal
    std::shared_ptr<const Engine> engine;
};

// The rules `settings` ask for. Loading and compiling them takes far longer than checking a
// bill, so the result is kept while the settings and the user's files stay the same.
UserRules rulesFor(const UserSettings& settings);

// Prepares, on a thread of its own, what the first check of the office session would otherwise
// prepare while the reviewer waits: every pattern of the rules `settings` select compiled, and
// for each language of the packs the prefilter built and the automata warmed on the rules' own
// examples. Started once per office process (later calls do nothing), when Proviso first serves
// a Writer window. A check that comes first shares the work: each pattern compiles once, and the
// check waits only for the one it needs. The thread stops at the next pattern when the office
// exits, and is joined before the rules it uses are freed.
void warmUpInBackground(const UserSettings& settings);

// The author name Proviso's comments carry for this user.
std::string commentAuthor(const UserSettings& settings);

// How the user's settings and rules check a document.
CheckConfig configFor(const UserSettings& settings, const UserRules& rules,
                      const std::string& uiLanguage);

}  // namespace proviso::uno
