// libFuzzer target: arbitrary bytes as a rule file. Loading must never crash, hang or leak,
// whatever the YAML (or non-YAML) says, and every rule that does load must be able to run its
// own examples. Built by the "fuzz" preset; run by packaging/sanitize.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "proviso/rule_set.hpp"
#include "proviso/rule_test.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    proviso::RuleSet set;
    std::vector<proviso::LoadError> errors;
    set.loadText(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml", errors);
    for (const proviso::Rule* rule : set.rules()) {
        const auto failures = proviso::testRuleExamples(*rule);
        (void)failures;  // failing examples are fine here; crashing on them is not
    }
    for (const auto& e : errors) {
        const std::string text = e.toString();  // exercises the formatting of every error
        (void)text;
    }
    return 0;
}
