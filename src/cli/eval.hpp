// proviso eval: measures the rules against provisions labelled by people (the format of
// ../shared/eval/dev-labels.tsv), per label and overall, listing every miss and false alarm.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "proviso/rule.hpp"

namespace proviso::cli {

struct EvalOptions {
    std::filesystem::path labels;
    std::filesystem::path corpus;
    std::string format = "text";
    double minPrecision = 0;  // overall, non-borderline rows
    double minRecall = 0;
    double minCategory = 0;  // precision and recall of every category with rows
    // A file naming documents (doc_file values), one a line, '#' starts a comment: with
    // `exceptLaws` false only their rows count, with it true only the other rows do. This is
    // how a blind part is kept apart from the part rules are tuned on.
    std::filesystem::path laws;
    bool exceptLaws = false;
    bool targetsGiven() const { return minPrecision > 0 || minRecall > 0 || minCategory > 0; }
};

// Runs the evaluation and prints the report. Returns 0 if the thresholds are met, 1 if not,
// 2 if the labels or the corpus cannot be read (with the file and line in the message).
int runEvaluation(const EvalOptions& options, const std::vector<const Rule*>& rules,
                  std::ostream& out, std::ostream& err);

}  // namespace proviso::cli
