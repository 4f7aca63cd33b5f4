// The rule packs shipped inside the extension (the rules/ folder beside the component's
// library), loaded once per office process and shared by every document and command.
#pragma once

#include <filesystem>
#include <vector>

#include "proviso/rule_set.hpp"

namespace proviso::uno {

struct LoadedRules {
    RuleSet rules;
    std::vector<LoadError> errors;
};

// The folder the component's library was loaded from.
std::filesystem::path componentFolder();

const LoadedRules& bundledRules();

}  // namespace proviso::uno
