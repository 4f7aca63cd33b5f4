// The elements (offence checklist), undefined-term and absent kinds, through rule text as an
// analyst writes it.
#include <gtest/gtest.h>

#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/rule_test.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

const char* kElements = R"(rules:
  - id: offence-elements
    kind: elements
    category: vague-offence
    severity: high
    languages: [en]
    offence: ['commits an offence', 'establish as criminal offences']
    elements:
      intent: ['intentionally', 'knowingly', 'with intent']
      without right: ['without right', 'unlawfully']
      harm: ['serious harm', 'damage']
    message: 'Offence without {missing}.'
    rationale: r
    suggestion: s
    references: [Budapest Convention art. 2]
    examples:
      flag: ['A person who accesses a computer [[commits an offence]].']
      pass: ['A person who intentionally and without right accesses a computer causing serious harm commits an offence.']
)";

const char* kUndefined = R"(rules:
  - id: undefined-extremism
    kind: undefined-term
    category: vague-offence
    severity: medium
    languages: [en, fr]
    terms: ['extremis\pL*', 'extrémisme']
    message: '"{match}" is never defined.'
    rationale: r
    suggestion: s
    references: [ICCPR art. 19(3)]
    examples:
      flag: ["Article 2\nPromoting [[extremism]] online is an offence."]
      pass: ["Article 1\n'Extremism' means the use of violence for political ends.\nArticle 2\nPromoting extremism online is an offence."]
)";

std::vector<Finding> scan(const char* rules, std::initializer_list<const char*> lines) {
    RuleSet set;
    std::vector<LoadError> errors;
    set.loadText(rules, "r.yaml", errors);
    for (const auto& e : errors) ADD_FAILURE() << e.toString();
    Document doc;
    for (const char* l : lines) doc.blocks.push_back(textBlock(l));
    return Engine(set.rules()).scan(doc);
}

TEST(ElementsRule, NamesEveryMissingElement) {
    const auto f = scan(kElements, {"A person who accesses a computer commits an offence."});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].text, "commits an offence");
    EXPECT_EQ(f[0].message, "Offence without intent, without right and harm.");
    const auto g =
        scan(kElements, {"A person who knowingly accesses a computer commits an offence."});
    ASSERT_EQ(g.size(), 1u);
    EXPECT_EQ(g[0].message, "Offence without without right and harm.");
}

TEST(ElementsRule, ElementsAnywhereInTheProvisionCountAndEachProvisionIsFlaggedOnce) {
    EXPECT_TRUE(scan(kElements, {"Article 2", "Each Party shall establish as criminal offences,",
                                 "when committed intentionally, the access without right",
                                 "causing serious harm."})
                    .empty());
    EXPECT_EQ(scan(kElements, {"Article 3", "X commits an offence. Y commits an offence."}).size(),
              1u);
}

TEST(ElementsRule, ElementsCanComeFromTheArticlesReferredTo) {
    // Budapest Convention art. 11 takes intent and "without right" from arts. 2 through 10.
    EXPECT_TRUE(
        scan(kElements, {"[Art. 2 - Illegal access]",
                         "Each Party shall establish as criminal offences, when committed "
                         "intentionally, the access without right causing serious harm.",
                         "[Art. 11 - Attempt and aiding or abetting]",
                         "Each Party shall establish as criminal offences aiding the offences "
                         "established in accordance with Articles 2 through 10."})
            .empty());
    const auto f =
        scan(kElements, {"[Art. 11 - Attempt]",
                         "Each Party shall establish as criminal offences aiding the offences "
                         "established in accordance with Articles 2 through 10."});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].provision, "Article 11");
}

TEST(ElementsRule, MessageMustNameWhatIsMissing) {
    std::string text = kElements;
    text.replace(text.find("{missing}"), 9, "gaps");
    RuleSet set;
    std::vector<LoadError> errors;
    set.loadText(text, "r.yaml", errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].message.find("{missing}"), std::string::npos);
}

TEST(UndefinedTermRule, FlagsTheFirstUseInEachProvisionWhenNeverDefined) {
    const auto f = scan(kUndefined, {"Article 2", "Promoting extremism or extremist views.",
                                     "Article 3", "Funding extremism."});
    ASSERT_EQ(f.size(), 2u);
    EXPECT_EQ(f[0].text, "extremism");
    EXPECT_EQ(f[0].provision, "Article 2");
    EXPECT_EQ(f[1].provision, "Article 3");
}

TEST(UndefinedTermRule, DefinitionsInEnglishFrenchAndSpanishFormsSilenceIt) {
    EXPECT_TRUE(
        scan(kUndefined, {"The term \"extremism\" refers to violence.", "Extremism is banned."})
            .empty());
    EXPECT_TRUE(
        scan(kUndefined, {"Au sens de la présente loi, on entend par « extrémisme » la violence.",
                          "L'extrémisme est interdit."})
            .empty());
    EXPECT_EQ(scan(kUndefined, {"Extremism is banned.", "It is bad."}).size(), 1u);
}

TEST(ChecklistKinds, ExamplesPass) {
    for (const char* text : {kElements, kUndefined}) {
        RuleSet set;
        std::vector<LoadError> errors;
        set.loadText(text, "r.yaml", errors);
        ASSERT_EQ(set.rules().size(), 1u);
        for (const auto& failure : testRuleExamples(*set.rules()[0]))
            ADD_FAILURE() << failure.problem;
    }
}

const char* kAbsent = R"(rules:
  - id: no-safeguards-clause
    kind: absent
    category: unsafeguarded-power
    severity: high
    languages: [en]
    trigger: ['intercept\pL*', 'search\pL*']
    absent: ['conditions and safeguards', 'human rights']
    message: 'Powers such as "{power}" with no safeguards clause.'
    rationale: r
    suggestion: s
    references: [Budapest Convention art. 15]
    examples:
      flag: ["[[Bill]]\nAn officer may intercept messages."]
      pass: ["Bill\nAn officer may intercept messages.\nThese powers respect human rights."]
)";

// One finding for the whole law, on its first title (else its first paragraph), naming the
// first power; none when the clause is anywhere, a heading included, or no power is granted.
TEST(AbsentRule, OneFindingForTheLawOnItsTitleNamingTheFirstPower) {
    const auto f = scan(kAbsent, {"", "Cybercrime Bill", "# Part 2", "Section 4",
                                  "An officer may search premises.", "An officer may intercept."});
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].block, 2u) << "the first title before the power";
    EXPECT_EQ(f[0].message, "Powers such as \"search\" with no safeguards clause.");
    const auto untitled = scan(kAbsent, {"", "Cybercrime Bill", "An officer may intercept."});
    ASSERT_EQ(untitled.size(), 1u);
    EXPECT_EQ(untitled[0].block, 1u) << "the first paragraph";
    EXPECT_EQ(untitled[0].text, "Cybercrime Bill");

    EXPECT_TRUE(
        scan(kAbsent, {"Bill", "An officer may search.", "# Conditions and safeguards"}).empty());
    EXPECT_TRUE(scan(kAbsent, {"Bill", "No officer shall intercept any message."}).empty());
    EXPECT_TRUE(scan(kAbsent, {"Bill", "The Authority shall publish a report."}).empty());
}

}  // namespace
}  // namespace proviso
