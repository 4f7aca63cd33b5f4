// The contents of the options page's rule tree (src/uno/rule_tree.hpp), without an office: the
// shipped packs as pack > category > rule, states from the stored settings and back, search,
// boxes and labels. The page itself is tested against a real office in
// tests/integration/options_test.cpp.
#include "../../src/uno/rule_tree.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace proviso::uno {
namespace {

using Kind = RuleTree::Node::Kind;

const RuleSet& shipped() {
    static std::vector<LoadError> errors;
    static const RuleSet rules = RuleSet::loadAll({PROVISO_RULES_DIR}, errors);
    return rules;
}

std::size_t packIndex(const RuleTree& tree, const std::string& name) {
    const auto& packs = tree.packs();
    const auto at = std::find_if(packs.begin(), packs.end(),
                                 [&](const RuleTree::Pack& p) { return p.name == name; });
    EXPECT_NE(at, packs.end()) << name;
    return static_cast<std::size_t>(at - packs.begin());
}

std::size_t ruleIndex(const RuleTree& tree, const std::string& id) {
    const auto& rules = tree.rules();
    const auto at = std::find_if(rules.begin(), rules.end(),
                                 [&](const RuleTree::Rule& r) { return r.info->id == id; });
    EXPECT_NE(at, rules.end()) << id;
    return static_cast<std::size_t>(at - rules.begin());
}

TEST(RuleTree, PacksCategoriesAndRulesStartAsStored) {
    RuleTree tree;
    tree.build({&shipped()}, {"drafting"}, {"false-information-offence"});
    ASSERT_EQ(tree.packs().size(), 2u);
    EXPECT_EQ(tree.packs()[0].name, "cybercrime-treaty");
    EXPECT_EQ(tree.packs()[0].categories[0].name, "vague-offence");
    const std::size_t drafting = packIndex(tree, "drafting");
    for (std::size_t r : tree.rulesUnder({Kind::Pack, drafting, 0, 0}, "", "en")) {
        EXPECT_FALSE(tree.rules()[r].enabled) << tree.rules()[r].info->id;
    }
    EXPECT_FALSE(tree.rules()[ruleIndex(tree, "false-information-offence")].enabled);
    EXPECT_EQ(tree.state(tree.rulesUnder({Kind::Pack, 0, 0, 0}, "", "en")), Check::Mixed);
    EXPECT_EQ(tree.state(tree.rulesUnder({Kind::Pack, drafting, 0, 0}, "", "en")), Check::Off);

    // Built again (a folder reloaded): what the user clicked on the page stays.
    tree.toggle({Kind::Rule, 0, 0, ruleIndex(tree, "false-information-offence")}, "", "en");
    tree.build({&shipped()}, {"drafting"}, {"false-information-offence"});
    EXPECT_TRUE(tree.rules()[ruleIndex(tree, "false-information-offence")].enabled);
}

TEST(RuleTree, APackOrCategorySwitchesTheRulesItShows) {
    RuleTree tree;
    tree.build({&shipped()}, {}, {"false-information-offence"});
    const RuleTree::Node pack{Kind::Pack, 0, 0, 0};
    tree.toggle(pack, "", "en");  // mixed -> all on
    EXPECT_EQ(tree.state(tree.rulesUnder(pack, "", "en")), Check::On);
    tree.toggle(pack, "", "en");  // all on -> all off
    EXPECT_EQ(tree.state(tree.rulesUnder(pack, "", "en")), Check::Off);
    // Under a search, only the rules shown.
    tree.toggle(pack, "false-information", "en");
    EXPECT_TRUE(tree.rules()[ruleIndex(tree, "false-information-offence")].enabled);
    EXPECT_EQ(tree.state(tree.rulesUnder(pack, "", "en")), Check::Mixed);
    tree.enableAll();
    EXPECT_EQ(tree.state(tree.rulesUnder(pack, "", "en")), Check::On);
}

TEST(RuleTree, SettingsStoreAPackWithEveryRuleOffAsAPackAndKeepNamesNotOnTheTree) {
    RuleTree tree;
    tree.build({&shipped()}, {}, {});
    const std::size_t drafting = packIndex(tree, "drafting");
    tree.toggle({Kind::Pack, drafting, 0, 0}, "", "en");
    tree.toggle({Kind::Rule, 0, 0, ruleIndex(tree, "false-information-offence")}, "", "en");
    std::set<std::string> packs = {"pack-of-a-missing-folder", "cybercrime-treaty"};
    std::set<std::string> rules = {"rule-of-a-missing-folder", "drafting-rule-stored-off"};
    const std::string draftingRule =
        tree.rules()[tree.packs()[drafting].categories[0].rules[0]].info->id;
    rules.insert(draftingRule);
    tree.toSettings(packs, rules);
    EXPECT_EQ(packs, (std::set<std::string>{"drafting", "pack-of-a-missing-folder"}));
    EXPECT_EQ(rules, (std::set<std::string>{"drafting-rule-stored-off", "false-information-offence",
                                            "rule-of-a-missing-folder"}));
}

TEST(RuleTree, SearchFindsIdMessageAndCategoryInAnyCase) {
    RuleTree tree;
    tree.build({&shipped()}, {}, {});
    const std::size_t rule = ruleIndex(tree, "false-information-offence");
    EXPECT_TRUE(tree.matches(rule, "FALSE-Information", "en"));
    EXPECT_TRUE(tree.matches(rule, "TRUTH AND FALSITY", "en"));  // the message
    EXPECT_TRUE(tree.matches(rule, "vague-offence", "en"));      // the category as written
    EXPECT_TRUE(tree.matches(rule, "Vague Offence", "en"));      // ... and in words
    EXPECT_TRUE(tree.matches(rule, "INFRACTION FONDÉE", "fr"));  // the French message
    EXPECT_TRUE(tree.matches(rule, "infraction vague", "fr"));   // the French category
    EXPECT_FALSE(tree.matches(rule, "infraction vague", "en"));
    EXPECT_FALSE(tree.matches(rule, "warrant", "en"));
    EXPECT_TRUE(tree.matches(rule, "", "en"));
}

TEST(RuleTree, APackWhoseRulesOnAreAllBelowTheMinimumSaysSo) {
    RuleTree tree;
    tree.build({&shipped()}, {}, {});
    const std::size_t drafting = packIndex(tree, "drafting");
    const RuleTree::Node pack{Kind::Pack, drafting, 0, 0};
    EXPECT_TRUE(tree.silent(drafting, Severity::Medium));
    EXPECT_FALSE(tree.silent(drafting, Severity::Low));
    EXPECT_EQ(tree.label(pack, "", "en", Severity::Medium),
              "\u2611 Rule pack: drafting \u2014 no rule at or above the minimum severity");
    EXPECT_EQ(tree.label(pack, "", "en", Severity::Low), "\u2611 Rule pack: drafting");
    // Switched off, it is off rather than silent.
    tree.toggle(pack, "", "en");
    EXPECT_FALSE(tree.silent(drafting, Severity::Medium));
    EXPECT_EQ(tree.label(pack, "", "en", Severity::Medium), "\u2610 Rule pack: drafting");
    // The cybercrime pack has high rules: never silent.
    EXPECT_FALSE(tree.silent(0, Severity::High));
}

TEST(RuleTree, RuleLabelsAndDescriptionsInTheUserLanguage) {
    RuleTree tree;
    tree.build({&shipped()}, {}, {});
    const RuleTree::Node rule{Kind::Rule, 0, 0, ruleIndex(tree, "false-information-offence")};
    EXPECT_EQ(
        tree.label(rule, "", "en", Severity::Medium)
            .rfind(
                "\u2611 false-information-offence (High; en, fr, es): Offence built on \"\u2026\"",
                0),
        0u);
    EXPECT_EQ(
        tree.label(rule, "", "fr", Severity::Medium)
            .rfind("\u2611 false-information-offence (Élevée\u00a0; en, fr, es)\u00a0: Infraction "
                   "fondée sur « \u2026 »",  // the spaces as the rule's author wrote them
                   0),
        0u)
        << tree.label(rule, "", "fr", Severity::Medium);
    const std::string description = tree.description(rule, "fr");
    EXPECT_NE(description.find("Incriminer les informations"), std::string::npos) << description;
    EXPECT_NE(description.find("[Proviso rule: false-information-offence]"), std::string::npos);
}

}  // namespace
}  // namespace proviso::uno
