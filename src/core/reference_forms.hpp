// Reading the languages' own reference and heading forms ("第十二条", "المادة (5)"), whose
// number is one group among several alternatives: shared by the roles (breaches of another
// article) and the requires rules (safeguards stated in another article).
#pragma once

#include <re2/re2.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/cues.hpp"

namespace proviso {

// Every match of `re` in `text`, each as the texts of all its groups ("" for a group that
// took no part in the match).
inline std::vector<std::vector<std::string>> matchesWithGroups(const RE2& re,
                                                               std::string_view text) {
    std::vector<std::vector<std::string>> out;
    const int groups = re.NumberOfCapturingGroups();
    if (groups < 1) return out;
    std::vector<std::string> found(static_cast<std::size_t>(groups));
    std::vector<RE2::Arg> args(found.size());
    std::vector<const RE2::Arg*> pointers(found.size());
    for (std::size_t g = 0; g < found.size(); ++g) {
        args[g] = &found[g];
        pointers[g] = &args[g];
    }
    re2::StringPiece input(text.data(), text.size());
    while (RE2::FindAndConsumeN(&input, re, pointers.data(), groups)) out.push_back(found);
    return out;
}

// "Article N" for the first group from `from` on that took part and writes a number; nullopt
// if none does.
inline std::optional<std::string> articleOfForm(const std::vector<std::string>& groups,
                                                std::size_t from) {
    for (std::size_t g = from; g < groups.size(); ++g) {
        if (groups[g].empty()) continue;
        if (const std::optional<std::string> number = writtenNumber(groups[g])) {
            return "Article " + *number;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace proviso
