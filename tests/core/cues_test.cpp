// The language files (languages/*.yaml) built into the engine: they load, en/fr/es are at
// parity, and a mistake in one is reported at its line.
#include "proviso/cues.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "proviso/language.hpp"

namespace proviso {
namespace {

const LanguageCues* find(const std::string& code) {
    for (const LanguageCues& c : languageCues()) {
        if (c.language == code) return &c;
    }
    return nullptr;
}

TEST(LanguageCues, EveryBuiltInFileLoads) {
    for (const LoadError& e : languageCueErrors()) ADD_FAILURE() << e.toString();
    std::vector<std::string> codes;
    for (const LanguageCues& c : languageCues()) codes.push_back(c.language);
    ASSERT_GE(codes.size(), 6u);
    // The order the engine joins their patterns in.
    EXPECT_EQ(std::vector<std::string>(codes.begin(), codes.begin() + 3),
              (std::vector<std::string>{"en", "fr", "es"}));
}

// Each language with rules says everything the engine asks of a language.
TEST(LanguageCues, EnglishFrenchAndSpanishHaveEveryCue) {
    using Member = std::vector<std::string> LanguageCues::*;
    const std::vector<std::pair<const char*, Member>> cues = {
        {"detection", &LanguageCues::detection},
        {"negation", &LanguageCues::negation},
        {"absence", &LanguageCues::absence},
        {"absence_fillers", &LanguageCues::absenceFillers},
        {"reference_keywords", &LanguageCues::referenceKeywords},
        {"article_references", &LanguageCues::articleReferences},
        {"list_words", &LanguageCues::listWords},
        {"range_words", &LanguageCues::rangeWords},
        {"paragraph_references", &LanguageCues::paragraphReferences},
        {"whole_article", &LanguageCues::wholeArticle},
        {"article_headings", &LanguageCues::articleHeadings},
        {"chapter_headings", &LanguageCues::chapterHeadings},
        {"defined_by", &LanguageCues::definedBy},
        {"defines", &LanguageCues::defines},
        {"offence", &LanguageCues::offence},
        {"purpose", &LanguageCues::purpose},
    };
    for (const char* code : {"en", "fr", "es"}) {
        const LanguageCues* language = find(code);
        ASSERT_NE(language, nullptr) << code;
        EXPECT_FALSE(language->name.empty()) << code;
        for (const auto& [key, member] : cues) {
            EXPECT_FALSE((language->*member).empty()) << code << " has no '" << key << "'";
        }
    }
}

TEST(LanguageCues, DetectionComesFromTheFiles) {
    EXPECT_EQ(detectLanguage("La présente loi a pour objet de définir les infractions."), "fr");
    EXPECT_EQ(detectLanguage("La presente ley tiene por objeto definir los delitos."), "es");
    EXPECT_EQ(detectLanguage("Der Minister kann die Daten des Anbieters anfordern und prüfen."),
              "de");
}

TEST(LanguageCues, MistakesAreReportedAtTheirLine) {
    const std::string text =
        "language: xx\n"
        "negation: ['shall not', '(unclosed']\n"
        "paragraph_references: ['(sub)?sections?']\n"
        "detection: [averyveryverylongword]\n"
        "negations: ['typo']\n";
    LanguageCues cues;
    std::vector<LoadError> errors;
    EXPECT_FALSE(parseLanguageCues(text, "xx.yaml", cues, errors));
    ASSERT_EQ(errors.size(), 4u);
    EXPECT_EQ(errors[0].line, 2);
    EXPECT_NE(errors[0].message.find("bad pattern in 'negation'"), std::string::npos);
    EXPECT_EQ(errors[1].line, 3);
    EXPECT_NE(errors[1].message.find("may not capture: write (?:...)"), std::string::npos);
    EXPECT_EQ(errors[2].line, 4);
    EXPECT_NE(errors[2].message.find("at most 16 bytes"), std::string::npos);
    EXPECT_EQ(errors[3].line, 5);
    EXPECT_NE(errors[3].message.find("unknown key 'negations'"), std::string::npos);
    EXPECT_EQ(errors[3].toString().rfind("xx.yaml:5:1: ", 0), 0u) << errors[3].toString();

    std::vector<LoadError> missing;
    EXPECT_FALSE(parseLanguageCues("name: X\n", "x.yaml", cues, missing));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_NE(missing[0].message.find("missing required key 'language'"), std::string::npos);
}

TEST(LanguageCues, AlternativesJoinEveryLanguageInOrder) {
    const std::string all = cueAlternatives(&LanguageCues::wholeArticle);
    // en, fr, es first, then the others by code; Arabic patterns as the text is folded
    // ("هذه المادة" is matched as "هذه الماده").
    EXPECT_EQ(all,
              "(?:this (?:section|article)|présent article|presente artículo|هذه الماده|"
              "настоящ\\pL* стать\\pL*|本条|本條)");
    EXPECT_EQ(cueAlternatives(&LanguageCues::numberWords).find("(?:one|two"), 0u);
}

}  // namespace
}  // namespace proviso
