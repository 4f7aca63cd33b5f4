// Every rule shipped in rules/ must load without a single error and pass its own examples.
#include <gtest/gtest.h>

#include "proviso/rule_set.hpp"
#include "proviso/rule_test.hpp"

namespace proviso {
namespace {

const RuleSet& shippedRules() {
    static RuleSet rules;
    static std::vector<LoadError> errors;
    static bool loaded = (rules.load(PROVISO_RULES_DIR, errors), true);
    (void)loaded;
    for (const auto& e : errors) ADD_FAILURE() << e.toString();
    return rules;
}

TEST(ShippedRulePacks, LoadWithoutErrors) {
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(PROVISO_RULES_DIR, errors);
    for (const auto& e : errors) ADD_FAILURE() << e.toString();
    EXPECT_GE(rules.rules().size(), 5u);
}

class ShippedRule : public ::testing::TestWithParam<std::string> {};

TEST_P(ShippedRule, PassesItsOwnExamples) {
    const Rule* rule = shippedRules().find(GetParam());
    ASSERT_NE(rule, nullptr);
    for (const auto& f : testRuleExamples(*rule)) {
        ADD_FAILURE() << f.file << ':' << f.line << ": " << f.problem;
    }
}

std::vector<std::string> ruleIds() {
    std::vector<std::string> ids;
    for (const Rule* r : shippedRules().rules()) ids.push_back(r->info().id);
    return ids;
}

INSTANTIATE_TEST_SUITE_P(Rules, ShippedRule, ::testing::ValuesIn(ruleIds()), [](const auto& info) {
    std::string name = info.param;
    for (auto& c : name)
        if (c == '-') c = '_';
    return name;
});

}  // namespace
}  // namespace proviso
