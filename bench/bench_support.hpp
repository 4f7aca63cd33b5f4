// What the benchmarks share: the shipped packs, loaded once per process.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "proviso/document.hpp"

#include "proviso/rule_set.hpp"

namespace proviso::bench {

// Every pack in rules/, or in the folder PROVISO_BENCH_RULES names (to compare a draft with
// what ships, in one session); load problems are printed, not fatal (the figures then say so).
inline const RuleSet& shippedRules() {
    static const RuleSet set = [] {
        std::vector<LoadError> errors;
        const char* other = std::getenv("PROVISO_BENCH_RULES");
        RuleSet s = RuleSet::loadAll(
            {other != nullptr && *other != '\0' ? other : PROVISO_RULES_DIR}, errors);
        for (const auto& e : errors) std::cerr << e.toString() << '\n';
        return s;
    }();
    return set;
}

// The corpus texts (../shared/corpus) in file-name order, concatenated and repeated until the
// document has at least `bytes` bytes, each line a paragraph.
inline Document corpusDocument(std::size_t bytes) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(PROVISO_CORPUS_DIR)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::string all;
    for (const auto& file : files) {
        std::ifstream in(file);
        std::ostringstream text;
        text << in.rdbuf();
        all += text.str() + "\n";
    }
    std::string big;
    while (big.size() < bytes && !all.empty()) big += all;
    return documentFromPlainText(big);
}

}  // namespace proviso::bench
