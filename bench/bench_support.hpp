// What the benchmarks share: the shipped packs, loaded once per process.
#pragma once

#include <iostream>
#include <vector>

#include "proviso/rule_set.hpp"

namespace proviso::bench {

// Every pack in rules/; load problems are printed, not fatal (the figures then say so).
inline const RuleSet& shippedRules() {
    static const RuleSet set = [] {
        std::vector<LoadError> errors;
        RuleSet s = RuleSet::loadAll({PROVISO_RULES_DIR}, errors);
        for (const auto& e : errors) std::cerr << e.toString() << '\n';
        return s;
    }();
    return set;
}

}  // namespace proviso::bench
