// Every rule shipped in rules/ must load without a single error and pass its own examples.
#include <gtest/gtest.h>

#include "proviso/engine.hpp"
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

// The one-pass prefilter may only skip work, never findings: on a document made of every
// example of every shipped rule, the engine finds the same with and without it.
TEST(ShippedRulePacks, PrefilterChangesNoFinding) {
    Document doc;
    for (const Rule* rule : shippedRules().rules()) {
        for (const auto& example : rule->info().examples) {
            for (auto& block : parseExample(example.text).document.blocks) {
                doc.blocks.push_back(std::move(block));
            }
        }
    }
    const Engine fast(shippedRules().rules());
    const Engine slow(shippedRules().rules(), EngineOptions{.prefilter = false});
    ASSERT_TRUE(fast.prefiltering());
    const auto a = fast.scan(doc), b = slow.scan(doc);
    ASSERT_FALSE(a.empty());
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].ruleId, b[i].ruleId);
        EXPECT_EQ(a[i].block, b[i].block);
        EXPECT_EQ(a[i].start, b[i].start);
        EXPECT_EQ(a[i].end, b[i].end);
    }
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
