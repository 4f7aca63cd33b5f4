// One finding: a rule fired on a span of a block. Offsets are code points into Block::text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace proviso {

enum class Severity { Low = 0, Medium = 1, High = 2 };

std::string_view toString(Severity severity);
std::optional<Severity> severityFromString(std::string_view text);

struct Finding {
    std::string ruleId;
    std::string category;  // vague-offence, unsafeguarded-power, ...
    Severity severity = Severity::Medium;
    std::string message;    // with captured text substituted
    std::string provision;  // e.g. "Article 19(4)"; empty when the document has no structure
    std::size_t block = 0;
    std::size_t start = 0;  // code points into the block's text, half-open
    std::size_t end = 0;
    std::string text;  // the flagged words, copied from the block's original text
    // The language the block was read in ("fr"), in which `message` is written and in which
    // the rule's rationale and suggestion go with it; empty when it could not be told.
    std::string language;
};

}  // namespace proviso
