#include "proviso/language.hpp"

#include <gtest/gtest.h>

#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

TEST(Language, TellsTheLanguagesOfLegalText) {
    EXPECT_EQ(detectLanguage("Each Party shall adopt such legislative and other measures as may be "
                             "necessary to establish as criminal offences"),
              "en");
    EXPECT_EQ(detectLanguage("Est puni de cinq ans quiconque utilise sciemment des systèmes en vue "
                             "de produire de fausses nouvelles"),
              "fr");
    EXPECT_EQ(detectLanguage("Si la publicación de la información pone en peligro la estabilidad "
                             "económica, el orden público, se impondrá pena de prisión."),
              "es");
    EXPECT_EQ(detectLanguage("Ciascuna Parte adotta le misure legislative e di altra natura che "
                             "dovessero essere necessarie"),
              "it");
}

TEST(Language, TellsArabicRussianAndChineseByScript) {
    EXPECT_EQ(detectLanguage("يعاقب كل من ينشر أخبارا كاذبة"), "ar");
    EXPECT_EQ(detectLanguage("Распространение заведомо ложной информации наказывается"), "ru");
    EXPECT_EQ(detectLanguage("散布谣言扰乱公共秩序的，处以拘留"), "zh");
    EXPECT_EQ(detectLanguage("Article 5 of the Act"), "");
}

TEST(Language, SaysNothingWithoutEnoughEvidence) {
    EXPECT_EQ(detectLanguage("Article 5"), "");
    EXPECT_EQ(detectLanguage(""), "");
}

TEST(Language, BlocksTooShortToTellTakeTheDeclaredThenTheDocumentLanguage) {
    Document doc;
    doc.blocks = {textBlock("Article 5"),
                  textBlock("Le juge peut ordonner la mesure dans les cas prévus par la loi."),
                  textBlock("(a) ordre public"), textBlock("(b) data")};
    doc.blocks[3].language = "en";
    EXPECT_EQ(effectiveLanguages(doc), (std::vector<std::string>{"fr", "fr", "fr", "en"}));
}

TEST(Language, RulesForOneLanguageStayQuietOnAnother) {
    const char* rule = R"(rules:
  - id: ordre-public
    kind: flag
    category: vague-offence
    severity: low
    languages: [fr]
    pattern: 'ordre public'
    message: m
    rationale: r
    suggestion: s
    references: [x]
    examples:
      flag: ['[[ordre public]]']
      pass: ['rien']
)";
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(rule, "r.yaml", errors);
    ASSERT_TRUE(errors.empty());
    Document doc;
    // Budapest Convention art. 30(2)(b) keeps the French term inside English text.
    doc.blocks = {textBlock(
        "the requested Party considers that execution of the request is likely to "
        "prejudice its sovereignty, security, ordre public or other essential interests.")};
    const Engine engine(rules.rules());
    EXPECT_TRUE(engine.scan(doc).empty());
    EXPECT_EQ(engine.scan(doc, ScanOptions{.language = "fr"}).size(), 1u);
}

}  // namespace
}  // namespace proviso
