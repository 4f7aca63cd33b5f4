// One report model for every output format: findings of one or more files, rendered as text
// (one line per finding, like a compiler), as JSON ({"findings": [...]}) or as SARIF 2.1.0
// (for code-review and CI tools).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/rule.hpp"

namespace proviso::cli {

struct ReportedFinding {
    std::string file;
    std::string rule;
    std::string category;
    std::string severity;
    std::string message;
    std::string provision;
    std::string text;
    std::size_t line = 0;    // 1-based line (plain text) or paragraph (office documents)
    std::size_t column = 0;  // 1-based, in code points
    std::size_t start = 0;   // code points into the scanned text, half-open
    std::size_t end = 0;
    std::size_t endColumn = 0;  // 1-based, just past the flagged words on `line`
    std::string fingerprint;    // the concern's (report::Concern), when known
};

// A core finding located in the document it came from.
ReportedFinding report(const std::string& file, const Document& doc, const Finding& finding);

void printText(std::ostream& out, const std::vector<ReportedFinding>& findings);
void printJson(std::ostream& out, const std::vector<ReportedFinding>& findings);

// SARIF 2.1.0: one run of the tool "Proviso" (`version`) with the metadata of `rules` (those the
// check used) and one result per finding, located by file, line and columns counted in
// Unicode code points (run.columnKind). Levels: high error, medium warning, low note.
void printSarif(std::ostream& out, const std::vector<ReportedFinding>& findings,
                const std::vector<const Rule*>& rules, const std::string& version);

}  // namespace proviso::cli
