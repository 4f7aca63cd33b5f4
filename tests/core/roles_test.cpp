// Provision roles: what a provision does decides which rules apply there.
#include "proviso/roles.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

std::vector<unsigned> rolesOf(std::initializer_list<const char*> lines) {
    Document doc;
    for (const char* l : lines) doc.blocks.push_back(textBlock(l));
    std::vector<NormalizedText> normalized;
    for (const Block& b : doc.blocks) normalized.emplace_back(b.text);
    return blockRoles(segmentProvisions(doc), normalized);
}

TEST(Roles, TheArticleThatPunishesIsAnOffenceEvenWhereThePenaltyIsElsewhere) {
    const auto roles =
        rolesOf({"Section 3", "(1) The purposes of this Act are to protect public order.",
                 "Section 4", "(1) A person shall not publish statements that insult religion.",
                 "(2) A person who publishes such statements shall be liable to a fine.",
                 "Section 5", "(1) The Authority may issue guidelines."});
    EXPECT_EQ(roles[1], kRolePurpose);
    EXPECT_EQ(roles[3], kRoleOffence);  // the penalty is in (2)
    EXPECT_EQ(roles[4], kRoleOffence);
    EXPECT_EQ(roles[6], 0u);
}

TEST(Roles, ABreachPunishedInAnotherArticleMakesTheProhibitionAnOffence) {
    const auto en = rolesOf({"Section 5", "No person shall spread rumours.", "Section 9",
                             "Any person who contravenes section 5 commits an offence."});
    EXPECT_EQ(en[1], kRoleOffence);
    const auto fr = rolesOf({"Article 5", "Il est interdit de diffuser des rumeurs.", "Article 9",
                             "Quiconque agit en violation des dispositions de l'article 5 est "
                             "puni d'une amende."});
    EXPECT_EQ(fr[1], kRoleOffence);
    const auto es = rolesOf({"Artículo 5", "Se prohíbe difundir rumores.", "Artículo 9",
                             "Quien infrinja lo dispuesto en el artículo 5 será sancionado con "
                             "multa."});
    EXPECT_EQ(es[1], kRoleOffence);
    // A mere mention of another article is not its breach.
    const auto mention = rolesOf({"Section 5", "The Minister may issue rules.", "Section 9",
                                  "Subject to section 5, a person who hacks commits an offence."});
    EXPECT_EQ(mention[1], 0u);
}

TEST(Roles, DefinitionsInEachLanguage) {
    const auto roles = rolesOf({"\"Disinformation\" means false information spread online;",
                                "On entend par « désinformation » toute information inexacte.",
                                "Se entiende por desinformación toda información falsa."});
    EXPECT_EQ(roles[0], kRoleDefinition);
    EXPECT_EQ(roles[1], kRoleDefinition);
    EXPECT_EQ(roles[2], kRoleDefinition);
}

const char* kRule = R"(rules:
  - id: feelings-offence
    kind: flag
    category: vague-offence
    severity: high
    languages: [en]
    pattern: 'religious feelings'
    roles: [offence, definition]
    message: 'Offence built on "{match}".'
    rationale: r
    suggestion: s
    references: [ICCPR art. 19(3)]
    examples:
      flag: ['Whoever hurts [[religious feelings]] online shall be punished.']
      pass: ['The purposes of this Act are to protect religious feelings and public order.']
)";

TEST(Roles, ARuleForOffencesSaysNothingOfAPurposeClause) {
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(kRule, "r.yaml", errors);
    ASSERT_TRUE(errors.empty()) << errors[0].toString();
    Document doc;
    for (const char* l :
         {"Section 1", "The purposes of this Act are to protect religious feelings.", "Section 2",
          "(1) No person shall hurt religious feelings online.",
          "(2) A person who contravenes subsection (1) commits an offence."}) {
        doc.blocks.push_back(textBlock(l));
    }
    const auto findings = Engine(rules.rules()).scan(doc);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].block, 3u);

    std::string bad = kRule;
    bad.replace(bad.find("[offence, definition]"), 21, "[ofence]");
    RuleSet refused;
    std::vector<LoadError> problems;
    refused.loadText(bad, "r.yaml", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].message.find("unknown role 'ofence' (expected offence, definition, "
                                       "purpose, other)"),
              std::string::npos)
        << problems[0].toString();
}

TEST(Roles, PenalClausesAndBreachesInArabicRussianAndChinese) {
    // A prohibition ("不得") punished in another article ("违反本法第十二条") is an offence.
    const auto zh =
        rolesOf({"第十二条 任何个人不得利用网络散布谣言。", "第十三条 国家支持网络安全。",
                 "第七十条 违反本法第十二条规定的，处五日以下拘留。"});
    EXPECT_EQ(zh[0], kRoleOffence);
    EXPECT_EQ(zh[1], 0u);
    EXPECT_EQ(zh[2], kRoleOffence);
    const auto ar =
        rolesOf({"المادة (5)", "يحظر نشر الشائعات.", "المادة (6)", "تنشأ هيئة.", "المادة (9)",
                 "يعاقب بالحبس كل من خالف أحكام المادة (5) من هذا القانون."});
    EXPECT_EQ(ar[1], kRoleOffence);
    EXPECT_EQ(ar[3], 0u);
    const auto ru = rolesOf({"Статья 15.3. Порядок", "Запрещается распространение.",
                             "Статья 15.4. Иное", "Текст.", "Статья 20. Ответственность",
                             "Нарушение требований статьи 15.3 влечет наложение штрафа."});
    EXPECT_EQ(ru[1], kRoleOffence);
    EXPECT_EQ(ru[3], 0u);
    EXPECT_EQ(ru[5], kRoleOffence);
}

}  // namespace
}  // namespace proviso
