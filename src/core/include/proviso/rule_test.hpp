// Runs a rule's own examples, the way `proviso rules test` and ctest do: every `flag` example
// must produce exactly the findings marked with [[...]] (or at least one finding if nothing is
// marked), and every `pass` example must produce none.
#pragma once

#include <string>
#include <vector>

#include "proviso/rule.hpp"

namespace proviso {

struct ExampleFailure {
    std::string ruleId;
    std::string file;
    int line = 0;
    std::string problem;  // what was expected and what happened, quoting the words
};

std::vector<ExampleFailure> testRuleExamples(const Rule& rule);

// An example's text with the [[markers]] removed, as a document, and the marked spans.
struct ParsedExample {
    Document document;
    struct Span {
        std::size_t block, start, end;
    };
    std::vector<Span> expected;
};
ParsedExample parseExample(const std::string& text);

}  // namespace proviso
