// One report model for every output format: findings of one or more files, rendered as text
// (one line per finding, like a compiler) or as JSON ({"findings": [...]}).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"

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
};

// A core finding located in the document it came from.
ReportedFinding report(const std::string& file, const Document& doc, const Finding& finding);

void printText(std::ostream& out, const std::vector<ReportedFinding>& findings);
void printJson(std::ostream& out, const std::vector<ReportedFinding>& findings);

}  // namespace proviso::cli
