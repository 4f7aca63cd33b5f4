// The rule reference (docs/rules.md), generated from the rule files themselves so that the
// text of a rule is written once, in its file.
#pragma once

#include <ostream>

#include "proviso/rule_set.hpp"

namespace proviso::cli {

void printRulesReference(std::ostream& out, const RuleSet& rules);

}  // namespace proviso::cli
