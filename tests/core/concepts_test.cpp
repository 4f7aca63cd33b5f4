// Concepts: named pattern lists per language, written out into the patterns that name them.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "proviso/concepts.hpp"
#include "proviso/roles.hpp"
#include "proviso/rule_set.hpp"

namespace proviso {
namespace {

Vocabulary vocabularyOf(const std::string& yaml, std::vector<LoadError>& errors) {
    Vocabulary vocabulary;
    vocabulary.add(YAML::Load(yaml)["concepts"], "concepts.yaml", errors);
    return vocabulary;
}

const char* const kConcepts = R"(concepts:
  official:
    description: Someone who acts for the state.
    en: ['police officer', 'competent official']
    fr: ['officier de police']
  power-grant:
    en: ['{{official}} may']
    fr: ['{{official}} peut']
)";

TEST(Concepts, ANameBecomesTheConceptsPatternsInTheRulesLanguages) {
    std::vector<LoadError> errors;
    const Vocabulary vocabulary = vocabularyOf(kConcepts, errors);
    ASSERT_TRUE(errors.empty()) << errors.front().toString();
    std::string out, problem;
    ASSERT_TRUE(vocabulary.expand("a {{official}} shall", {"en"}, out, problem)) << problem;
    EXPECT_EQ(out, "a (?:police officer|competent official) shall");
    ASSERT_TRUE(vocabulary.expand("{{official}}", {"en", "fr"}, out, problem)) << problem;
    EXPECT_EQ(out, "(?:police officer|competent official|officier de police)");
    // Concepts name concepts, each language with its own words.
    ASSERT_TRUE(vocabulary.expand("{{power-grant}}", {"en", "fr"}, out, problem)) << problem;
    EXPECT_EQ(out, "(?:(?:police officer|competent official) may|(?:officier de police) peut)");
    // A pattern without concepts is left as it is; RE2 repetitions are not concepts.
    ASSERT_TRUE(vocabulary.expand("a{2,3} b", {"en"}, out, problem)) << problem;
    EXPECT_EQ(out, "a{2,3} b");
    EXPECT_EQ(Vocabulary::referencesIn("{{power-grant}} or {{official}} {{official}}"),
              (std::vector<std::string>{"power-grant", "official"}));
}

TEST(Concepts, AMissingLanguageOrNameIsAProblemNotAWeakerRule) {
    std::vector<LoadError> errors;
    const Vocabulary vocabulary = vocabularyOf(kConcepts, errors);
    std::string out, problem;
    EXPECT_FALSE(vocabulary.expand("{{official}}", {"en", "es"}, out, problem));
    EXPECT_EQ(problem, "concept 'official' has no patterns for 'es'");
    EXPECT_FALSE(vocabulary.expand("{{oficial}}", {"en"}, out, problem));
    EXPECT_EQ(problem, "unknown concept 'oficial'");
    EXPECT_FALSE(vocabulary.expand("{{Official", {"en"}, out, problem));
    EXPECT_EQ(problem, "'{{' must be followed by a concept name and '}}'");
}

TEST(Concepts, LoopsAndBlowUpsAreRefused) {
    std::vector<LoadError> errors;
    Vocabulary loop = vocabularyOf(R"(concepts:
  a: {en: ['x {{b}}']}
  b: {en: ['y {{a}}']}
)",
                                   errors);
    ASSERT_TRUE(errors.empty());
    std::string out, problem;
    EXPECT_FALSE(loop.expand("{{a}}", {"en"}, out, problem));
    EXPECT_EQ(problem, "concept 'a' refers to itself");

    // Each level names the one below it ten times: 10^7 copies of "word" if written out.
    std::string yaml = "concepts:\n  c0: {en: ['word']}\n";
    for (int i = 1; i <= 7; ++i) {
        yaml += "  c" + std::to_string(i) + ": {en: ['";
        for (int k = 0; k < 10; ++k) yaml += "{{c" + std::to_string(i - 1) + "}}";
        yaml += "']}\n";
    }
    Vocabulary bomb = vocabularyOf(yaml, errors);
    ASSERT_TRUE(errors.empty());
    EXPECT_FALSE(bomb.expand("{{c7}}", {"en"}, out, problem));
    EXPECT_NE(problem.find("grows past"), std::string::npos) << problem;
}

TEST(Concepts, DefinitionProblemsAreNamedAtTheirLine) {
    std::vector<LoadError> errors;
    vocabularyOf(R"(concepts:
  official:
    en: ['police officer']
    english: ['constable']
  Bad_Name:
    en: ['x']
  empty:
    description: nothing in it
)",
                 errors);
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].line, 4);
    EXPECT_NE(errors[0].message.find(
                  "'english' is neither 'description', 'safeguard', 'roles' nor a language code"),
              std::string::npos);
    EXPECT_EQ(errors[1].line, 5);
    EXPECT_EQ(errors[2].line, 7);
    EXPECT_NE(errors[2].message.find("has no patterns"), std::string::npos);

    // The same concept in the same language twice is an error naming the first place.
    std::vector<LoadError> twice;
    Vocabulary vocabulary = vocabularyOf(kConcepts, twice);
    vocabulary.add(
        YAML::Load(
            "concepts:\n  official:\n    en: ['constable']\n    es: ['agente']\n")["concepts"],
        "mine.yaml", twice);
    ASSERT_EQ(twice.size(), 1u);
    EXPECT_EQ(twice[0].file, "mine.yaml");
    EXPECT_NE(twice[0].message.find("already defined for 'en' at concepts.yaml:2"),
              std::string::npos)
        << twice[0].message;
    // Another language for the same concept is welcome.
    std::string out, problem;
    ASSERT_TRUE(vocabulary.expand("{{official}}", {"es"}, out, problem)) << problem;
    EXPECT_EQ(out, "(?:agente)");
}

TEST(Concepts, ASafeguardIsNamedPerLanguageAndMergedAcrossFiles) {
    std::vector<LoadError> errors;
    Vocabulary vocabulary = vocabularyOf(R"(concepts:
  judicial-authorisation:
    en: ['warrant issued by a judge']
    fr: ['autorisation du juge']
    safeguard: {en: judicial authorisation, fr: autorisation judiciaire}
  time-limit:
    en: ['not exceeding']
    safeguard: {fr: durée maximale}
  official:
    en: ['police officer']
)",
                                         errors);
    ASSERT_TRUE(errors.empty()) << errors.front().toString();
    vocabulary.add(YAML::Load("concepts:\n  judicial-authorisation:\n    ru: ['судья']\n"
                              "    safeguard: {ru: судебная санкция}\n")["concepts"],
                   "concepts-ru.yaml", errors);
    ASSERT_TRUE(errors.empty()) << errors.front().toString();
    const Concept* judge = vocabulary.find("judicial-authorisation");
    ASSERT_NE(judge, nullptr);
    EXPECT_TRUE(judge->isSafeguard());
    EXPECT_EQ(judge->safeguardLabel("fr-FR"), "autorisation judiciaire");
    EXPECT_EQ(judge->safeguardLabel("ru"), "судебная санкция");
    EXPECT_EQ(judge->safeguardLabel("es"), "judicial authorisation");  // English when none
    EXPECT_EQ(vocabulary.find("time-limit")->safeguardLabel("es"), "time limit");  // the name
    EXPECT_FALSE(vocabulary.find("official")->isSafeguard());
}

TEST(Concepts, SafeguardLabelProblemsAreNamedAtTheirLine) {
    std::vector<LoadError> errors;
    Vocabulary vocabulary = vocabularyOf(R"(concepts:
  judicial-authorisation:
    en: ['judge']
    safeguard: judicial authorisation
  time-limit:
    en: ['not exceeding']
    safeguard:
      en: [time, limit]
      English: time limit
      fr: durée maximale
)",
                                         errors);
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].file, "concepts.yaml");
    EXPECT_EQ(errors[0].line, 4);
    EXPECT_NE(errors[0].message.find("'safeguard' must map language codes to labels"),
              std::string::npos)
        << errors[0].message;
    EXPECT_EQ(errors[1].line, 8);
    EXPECT_NE(errors[1].message.find("safeguard label for 'en' must be non-empty text"),
              std::string::npos)
        << errors[1].message;
    EXPECT_EQ(errors[2].line, 9);
    EXPECT_NE(errors[2].message.find("'English' in 'safeguard' is not a language code"),
              std::string::npos)
        << errors[2].message;
    EXPECT_EQ(vocabulary.find("time-limit")->safeguardLabel("fr"), "durée maximale");

    // A label given twice for one language, here in a second file, names the first place.
    std::vector<LoadError> twice;
    vocabulary.add(YAML::Load("concepts:\n  time-limit:\n    es: ['plazo máximo']\n"
                              "    safeguard: {fr: délai maximal}\n")["concepts"],
                   "concepts-es.yaml", twice);
    ASSERT_EQ(twice.size(), 1u);
    EXPECT_EQ(twice[0].file, "concepts-es.yaml");
    EXPECT_EQ(twice[0].line, 4);
    EXPECT_NE(twice[0].message.find("already has a safeguard label for 'fr' at concepts.yaml:5"),
              std::string::npos)
        << twice[0].message;
}

TEST(Concepts, ASafeguardMaySayWhereItCounts) {
    std::vector<LoadError> errors;
    Vocabulary vocabulary = vocabularyOf(R"(concepts:
  intent:
    en: ['intentionally']
    safeguard: {en: intent}
    roles: [offence]
  remedy:
    en: ['may appeal']
    safeguard: {en: remedy}
    roles: [offence, power]
)",
                                         errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].line, 9);
    EXPECT_NE(errors[0].message.find("concept 'remedy': 'roles' takes role names (offence"),
              std::string::npos)
        << errors[0].message;
    EXPECT_EQ(vocabulary.find("intent")->safeguardRoles, unsigned(kRoleOffence));
    EXPECT_EQ(vocabulary.find("remedy")->safeguardRoles, unsigned(kRoleOffence));
    EXPECT_EQ(vocabulary.find("remedy")->isSafeguard(), true);
}

}  // namespace
}  // namespace proviso
