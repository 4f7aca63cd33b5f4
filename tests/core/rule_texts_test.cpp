// A rule for several languages writes its message, rationale and suggestion in each of them;
// a finding is told in the language of the paragraph it is in.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/rule_test.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

const char* kTwoLanguages = R"(rules:
  - id: demo-false-news
    kind: flag
    category: vague-offence
    severity: high
    languages: [en, fr]
    pattern: ['false news', 'fausses nouvelles']
    message:
      fr: 'Infraction fondée sur « {match} ».'
      en: 'Offence built on "{match}".'
    rationale:
      en: Why.
      fr: Pourquoi.
    suggestion: {en: What instead., fr: Quoi à la place.}
    references: [ICCPR art. 19(3)]
    examples:
      flag:
        - 'Whoever spreads [[false news]] is punished.'
        - 'Quiconque répand de [[fausses nouvelles]] est puni.'
      pass: ['Nothing here.']
)";

std::vector<LoadError> load(RuleSet& rules, const std::string& text) {
    std::vector<LoadError> errors;
    rules.loadText(text, "demo.yaml", errors);
    return errors;
}

TEST(RuleTexts, EachFindingIsToldInItsParagraphsLanguage) {
    RuleSet rules;
    const auto errors = load(rules, kTwoLanguages);
    ASSERT_TRUE(errors.empty()) << errors[0].toString();
    const RuleInfo& info = rules.rules()[0]->info();
    EXPECT_TRUE(testRuleExamples(*rules.rules()[0]).empty());
    // The default text is the rule's first language's, whatever order the texts are in.
    EXPECT_EQ(info.message.text, "Offence built on \"{match}\".");
    EXPECT_EQ(info.rationale.in("fr-FR"), "Pourquoi.");
    EXPECT_EQ(info.suggestion.in("fr"), "Quoi à la place.");
    EXPECT_EQ(info.suggestion.in("de"), "What instead.");
    EXPECT_EQ(info.message.languages(), (std::vector<std::string>{"fr", "en"}));

    Document doc;
    doc.blocks = {textBlock("Any person who spreads false news online shall be punished."),
                  textBlock("Quiconque répand des fausses nouvelles sur les réseaux est puni.")};
    const auto findings = Engine(rules.rules()).scan(doc);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].language, "en");
    EXPECT_EQ(findings[0].message, "Offence built on \"false news\".");
    EXPECT_EQ(findings[1].language, "fr");
    EXPECT_EQ(findings[1].message, "Infraction fondée sur « fausses nouvelles ».");

    // A language given for the whole document decides it for every paragraph.
    ScanOptions asFrench;
    asFrench.language = "fr-CA";
    const auto french = Engine(rules.rules()).scan(doc, asFrench);
    ASSERT_EQ(french.size(), 2u);
    EXPECT_EQ(french[0].message, "Infraction fondée sur « false news ».");
}

TEST(RuleTexts, OneTextServesEveryLanguage) {
    RuleSet rules;
    std::string oneText = kTwoLanguages;
    const std::size_t from = oneText.find("    message:");
    const std::size_t to = oneText.find("    rationale:");
    oneText.replace(from, to - from, "    message: 'Vague: {match}.'\n");
    ASSERT_TRUE(load(rules, oneText).empty());
    EXPECT_TRUE(rules.rules()[0]->info().message.byLanguage.empty());
    Document doc;
    doc.blocks = {textBlock("Quiconque répand des fausses nouvelles sur les réseaux est puni.")};
    const auto findings = Engine(rules.rules()).scan(doc);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].message, "Vague: fausses nouvelles.");
}

TEST(RuleTexts, AForgottenOrStrayLanguageIsAnErrorAtItsLine) {
    std::string text = kTwoLanguages;
    text.replace(text.find("      fr: Pourquoi.\n"), 20, "      es: Por qué.\n");
    RuleSet rules;
    const auto errors = load(rules, text);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].line, 13);  // the stray key
    EXPECT_NE(errors[0].message.find("'rationale' has a text in 'es', which is not one of the "
                                     "rule's languages (en, fr)"),
              std::string::npos)
        << errors[0].toString();
    EXPECT_EQ(errors[1].line, 12);  // the texts
    EXPECT_NE(errors[1].message.find("'rationale' has no text in 'fr'"), std::string::npos)
        << errors[1].toString();
    EXPECT_TRUE(rules.rules().empty());
}

TEST(RuleTexts, EveryTranslationOfAMessageKeepsToTheLimits) {
    std::string text = kTwoLanguages;
    const std::string french = "'Infraction fondée sur « {match} ».'";
    text.replace(text.find(french), french.size(), "'" + std::string(600, 'x') + "'");
    RuleSet rules;
    const auto errors = load(rules, text);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].line, 9);
    EXPECT_NE(errors[0].message.find("'message' is 600 characters long; it may have at most 500"),
              std::string::npos)
        << errors[0].toString();
}

TEST(RuleTexts, FoldedChineseLinesJoinWithoutASpace) {
    // YAML's ">" joins the lines with a space; Chinese puts none between its words, but a
    // space next to a Latin word or a number stays.
    RuleSet rules;
    const auto errors = load(rules, R"(rules:
  - id: demo-zh
    kind: flag
    category: vague-offence
    severity: high
    languages: [zh, en]
    pattern: ['谣言', 'rumours']
    message: {zh: '以“{match}”定罪。', en: 'Offence built on "{match}".'}
    rationale:
      zh: >
        由机关
        自己判断，依据 ICCPR
        第十九条。
      en: >
        Left to the
        authorities.
    suggestion: >
      删除该
      罪名。
    references: [ICCPR art. 19(3)]
    examples:
      flag: ['散布[[谣言]]的，处拘留。']
      pass: ['国家鼓励发布准确信息。']
)");
    EXPECT_TRUE(errors.empty());
    ASSERT_EQ(rules.rules().size(), 1u);
    const RuleInfo& info = rules.rules()[0]->info();
    EXPECT_EQ(info.rationale.in("zh"), "由机关自己判断，依据 ICCPR 第十九条。");
    EXPECT_EQ(info.rationale.in("en"), "Left to the authorities.");
    EXPECT_EQ(info.suggestion.text, "删除该罪名。");
}

}  // namespace
}  // namespace proviso
