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

// Words of plain ASCII are read straight from the text, words with another character a
// character at a time: both must count the same words.
TEST(Language, WordsCountTheSameWhateverSurroundsThem) {
    for (const char* text : {"shall", "SHALL", "Shall\u00A0", "\u00A0shall", "\u2014shall\u2014",
                             "(shall)", "shall.", "\tshall\n"}) {
        EXPECT_EQ(likelyLanguage(text), "en") << text;
    }
    EXPECT_EQ(likelyLanguage("d'une"), "fr");  // an apostrophe inside a word
    EXPECT_EQ(likelyLanguage("D'UNE"), "fr");
    EXPECT_EQ(likelyLanguage("\u00E0"), "fr");         // "à": a word of one non-ASCII letter
    EXPECT_EQ(likelyLanguage("pr\u00E9sente"), "fr");  // ASCII, then not
    EXPECT_EQ(likelyLanguage("podr\u00E1"), "es");     // the other way round
    // Only ASCII letters are lower-cased; a letter or mark joined to a word makes another word.
    EXPECT_EQ(likelyLanguage("PR\u00C9SENTE"), "");
    EXPECT_EQ(likelyLanguage("shall\u00E9"), "");
    EXPECT_EQ(likelyLanguage("shall\u0301"), "");
    EXPECT_EQ(likelyLanguage("\u00E9shall"), "");
    EXPECT_EQ(likelyLanguage("shall1"), "");
    EXPECT_EQ(likelyLanguage("shallshallshallshall"), "");  // longer than any detection word
    const std::string sentence = "la loi est la loi et la loi ne peut pas";
    std::string spaced = sentence;
    for (std::size_t at = spaced.find(' '); at != std::string::npos; at = spaced.find(' ', at)) {
        spaced.replace(at, 1, "\u00A0");
    }
    EXPECT_EQ(detectLanguage(sentence), "fr");
    EXPECT_EQ(detectLanguage(spaced), "fr");
}

TEST(Language, OnlyTheFirstTwoThousandBytesCount) {
    // "shall" ends at byte 2000, or one past it: then "shal" is what is read.
    EXPECT_EQ(likelyLanguage(std::string(1994, 'x') + " shall"), "en");
    EXPECT_EQ(likelyLanguage(std::string(1995, 'x') + " shall"), "");
    EXPECT_EQ(likelyLanguage(std::string(1994, 'x') + "\u00A0shall"), "");  // two bytes of space
}

TEST(Language, ScriptsAreWeighedAgainstEveryLetter) {
    // More than half the letters must be of the script; ASCII letters count eight bytes at a
    // time, digits and the characters next to the letters ("@[`{") not at all.
    const std::string latin = "a@b[c`d{e1f2g3h4";  // eight letters
    auto cyrillic = [](int n) {
        std::string out;
        for (int k = 0; k < n; ++k) out += "\u0416";
        return out;
    };
    EXPECT_EQ(detectLanguage(latin + cyrillic(9)), "ru");
    EXPECT_EQ(detectLanguage(latin + cyrillic(8)), "");
    EXPECT_EQ(detectLanguage(cyrillic(8) + latin), "");
    EXPECT_EQ(detectLanguage(cyrillic(9) + " " + latin), "ru");
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
