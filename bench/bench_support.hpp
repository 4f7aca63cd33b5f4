// What the benchmarks share: the shipped packs, loaded once per process.
#pragma once

#include <cstdlib>
#include <iostream>
#include <vector>

#include "proviso/rule_set.hpp"

namespace proviso::bench {

// Every pack in rules/, or in the folder PROVISO_BENCH_RULES names (to compare a draft with
// what ships, in one session); load problems are printed, not fatal (the figures then say so).
inline const RuleSet& shippedRules() {
    static const RuleSet set = [] {
        std::vector<LoadError> errors;
        const char* other = std::getenv("PROVISO_BENCH_RULES");
        RuleSet s = RuleSet::loadAll({other != nullptr && *other != '\0' ? other
                                                                         : PROVISO_RULES_DIR},
                                     errors);
        for (const auto& e : errors) std::cerr << e.toString() << '\n';
        return s;
    }();
    return set;
}

}  // namespace proviso::bench
