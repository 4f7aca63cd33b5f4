// Rule files as a policy analyst writes them: what loads, and how mistakes are reported.
#include "proviso/rule_set.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "proviso/engine.hpp"
#include "proviso/rule_test.hpp"

namespace proviso {
namespace {

const char* kGoodRule = R"(rules:
  - id: demo-false-news
    kind: flag
    category: vague-offence
    severity: high
    languages: [en]
    pattern: 'false news'
    unless: 'as if it were authentic'
    message: 'Offence built on "{match}" in {provision}.'
    rationale: Why.
    suggestion: What instead.
    references: [ICCPR art. 19(3)]
    examples:
      flag: ["Article 1\nWhoever spreads [[false news]] is punished."]
      pass: ['Nothing here.']
)";

std::vector<std::string> messages(const std::vector<LoadError>& errors) {
    std::vector<std::string> out;
    for (const auto& e : errors) out.push_back(e.toString());
    return out;
}

TEST(RuleSet, LoadsARuleAndFillsTheMessage) {
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(kGoodRule, "demo.yaml", errors);
    ASSERT_TRUE(errors.empty()) << messages(errors)[0];
    ASSERT_EQ(rules.rules().size(), 1u);
    EXPECT_TRUE(testRuleExamples(*rules.rules()[0]).empty());
    Document doc;
    doc.blocks = {textBlock("Article 5"), textBlock("Anyone who spreads false news is punished.")};
    const auto findings = Engine(rules.rules()).scan(doc);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].text, "false news");
    EXPECT_EQ(findings[0].block, 1u);
    EXPECT_EQ(findings[0].start, 19u);
    EXPECT_EQ(findings[0].provision, "Article 5");
    EXPECT_EQ(findings[0].message, "Offence built on \"false news\" in Article 5.");
}

TEST(RuleSet, ExceptionInTheSameProvisionSilencesTheRule) {
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(kGoodRule, "demo.yaml", errors);
    Document doc;
    doc.blocks = {textBlock("Article 7"), textBlock("Data about false news,"),
                  textBlock("treated as if it were authentic."), textBlock("Article 8"),
                  textBlock("false news again")};
    const auto findings = Engine(rules.rules()).scan(doc);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].block, 4u);
}

TEST(RuleSet, TitlesAreNotFlagged) {
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(kGoodRule, "demo.yaml", errors);
    Document doc;
    doc.blocks = {textBlock("Section 9. False news"),
                  textBlock("A person who spreads false news.")};
    doc.blocks[0].outlineLevel = 2;
    const auto findings = Engine(rules.rules()).scan(doc);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].block, 1u);
}

TEST(RuleSet, UnknownKeyIsAnErrorWithFileLineAndColumn) {
    std::string text = kGoodRule;
    text.replace(text.find("    unless:"), 11, "    unles:");
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(text, "demo.yaml", errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].toString(), "demo.yaml:8:5: demo-false-news: unknown key 'unles'");
    EXPECT_TRUE(rules.rules().empty());
}

TEST(RuleSet, BadRegexIsReportedAtThePattern) {
    std::string text = kGoodRule;
    text.replace(text.find("'false news'"), 12, "'false (news'");
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(text, "demo.yaml", errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].line, 7);
    EXPECT_EQ(errors[0].column, 14);
    EXPECT_NE(errors[0].message.find("bad pattern in 'pattern'"), std::string::npos);
}

TEST(RuleSet, MissingFieldsAndBadValuesAreAllReported) {
    const char* text = R"(rules:
  - id: Bad_Id
    kind: guess
    category: spam
    severity: extreme
)";
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(text, "bad.yaml", errors);
    const auto all = messages(errors);
    auto has = [&](const std::string& part) {
        return std::any_of(all.begin(), all.end(),
                           [&](const std::string& m) { return m.find(part) != std::string::npos; });
    };
    EXPECT_TRUE(has("rule id must be lower-case"));
    EXPECT_TRUE(has("unknown rule kind 'guess'"));
    EXPECT_TRUE(has("unknown category 'spam'"));
    EXPECT_TRUE(has("unknown severity 'extreme'"));
    EXPECT_TRUE(has("missing required key 'message'"));
    EXPECT_TRUE(has("examples"));
}

TEST(RuleSet, ARuleWithoutIdIsAnErrorNotACrash) {
    // Found by the rule-loader fuzzer: asking yaml-cpp about a missing key used to throw.
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText("rules:\n  - kind: flag\n", "noid.yaml", errors);
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].toString().rfind("noid.yaml:2:5: ?: missing required key 'id'", 0), 0u)
        << errors[0].toString();
}

TEST(RuleSet, YamlSyntaxErrorNamesThePosition) {
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText("rules:\n  - id: [unclosed\n", "broken.yaml", errors);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].file, "broken.yaml");
    EXPECT_GT(errors[0].line, 0);
}

TEST(RuleSet, ABrokenPackDoesNotStopTheOthers) {
    namespace fs = std::filesystem;
    const fs::path root =
        fs::temp_directory_path() / ("proviso-packs-" + std::to_string(::getpid()));
    fs::remove_all(root);
    for (const char* pack : {"good", "broken"}) {
        fs::create_directories(root / pack);
        std::ofstream(root / pack / "pack.yaml")
            << "name: " << pack << "\nversion: 1\nlanguages: [en]\ndescription: test\n";
    }
    std::ofstream(root / "good" / "rules.yaml") << kGoodRule;
    std::ofstream(root / "broken" / "rules.yaml") << "rules: [ {id: x, kind: flag";
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(root, errors);
    fs::remove_all(root);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].file.find("broken"), std::string::npos);
    ASSERT_EQ(rules.rules().size(), 1u);
    EXPECT_EQ(rules.rules()[0]->info().id, "demo-false-news");
}

// kGoodRule with another id.
std::string ruleWithId(const std::string& id) {
    std::string text = kGoodRule;
    text.replace(text.find("demo-false-news"), 15, id);
    return text;
}

void writePack(const TempFolder& dir, const std::string& pack,
               const std::vector<std::pair<std::string, std::string>>& files) {
    dir.write(pack + "/pack.yaml",
              "name: " + pack + "\nversion: 1\nlanguages: [en]\ndescription: test\n");
    for (const auto& [name, text] : files) dir.write(pack + "/" + name, text);
}

// Loading a pack folder itself used to return before the duplicate check.
TEST(RuleSet, ADuplicateIdInTwoFilesOfOnePackIsAnErrorNamingBoth) {
    const TempFolder dir("dup-files");
    writePack(dir, "pack", {{"a.yaml", kGoodRule}, {"b.yaml", kGoodRule}});
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir / "pack", errors);
    ASSERT_EQ(errors.size(), 1u) << messages(errors)[0];
    EXPECT_EQ(errors[0].toString(), (dir / "pack/b.yaml").string() +
                                        ":2:1: demo-false-news: duplicate rule id: already "
                                        "defined at " +
                                        (dir / "pack/a.yaml").string() +
                                        ":2; this one is not loaded");
    ASSERT_EQ(rules.rules().size(), 1u);
    EXPECT_EQ(rules.rules()[0]->info().file, (dir / "pack/a.yaml").string());
}

TEST(RuleSet, LoadAllFindsDuplicatesAcrossPathsAndAgainstTheShippedPacks) {
    const TempFolder dir("dup-packs");
    writePack(dir, "first", {{"rules.yaml", kGoodRule}});
    writePack(dir, "second", {{"rules.yaml", kGoodRule + std::string()}});
    dir.write("second/more.yaml", ruleWithId("only-in-second"));
    std::vector<LoadError> errors;
    const RuleSet rules = RuleSet::loadAll({dir / "first", dir / "second"}, errors);
    ASSERT_EQ(errors.size(), 1u) << messages(errors)[0];
    EXPECT_EQ(errors[0].file, (dir / "second/rules.yaml").string());
    EXPECT_NE(
        errors[0].message.find("already defined at " + (dir / "first/rules.yaml").string() + ":2"),
        std::string::npos)
        << errors[0].message;
    ASSERT_EQ(rules.rules().size(), 2u);
    EXPECT_EQ(rules.rules()[0]->info().file, (dir / "first/rules.yaml").string());
    EXPECT_EQ(rules.rules()[1]->info().id, "only-in-second");

    // The user's own pack beside the shipped ones, as the Writer component loads it.
    errors.clear();
    const RuleSet shipped = RuleSet::loadAll({PROVISO_RULES_DIR}, errors);
    ASSERT_TRUE(errors.empty()) << messages(errors)[0];
    writePack(dir, "mine", {{"rules.yaml", ruleWithId("false-information-offence")}});
    const RuleSet mine = RuleSet::loadAll({dir / "mine"}, errors, &shipped);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(
        errors[0].toString().find("false-information-offence: duplicate rule id: already defined "
                                  "at " PROVISO_RULES_DIR "/cybercrime-treaty/"),
        std::string::npos)
        << errors[0].toString();
    EXPECT_TRUE(mine.rules().empty());
}

const char* kConceptFile = R"(concepts:
  official:
    description: Someone who acts for the state.
    en: ['police officer', 'competent official']
    fr: ['officier de police judiciaire', 'agent habilité']
)";

const char* kConceptRule = R"(rules:
  - id: demo-official-search
    kind: requires
    category: unsafeguarded-power
    severity: high
    languages: [en, fr]
    trigger: ['{{official}} (may|peut) (search|perquisitionner)']
    safeguards: ['judge', 'juge']
    message: 'Search power "{match}" with no judge.'
    rationale: Why.
    suggestion: What instead.
    references: [ICCPR art. 17]
    examples:
      flag:
        - 'A [[police officer may search]] any premises.'
        - "L'[[officier de police judiciaire peut perquisitionner]] tout local."
      pass: ['A police officer may search premises on a warrant from a judge.']
)";

// A concept defined in one file of a pack is written out into the patterns of a rule in
// another, in each language the rule claims; the rule remembers which concepts it uses.
TEST(RuleSet, ConceptsOfAPackServeEveryRuleInItInEachLanguage) {
    const TempFolder dir("concepts");
    writePack(dir, "pack", {{"rules.yaml", kConceptRule}, {"vocabulary.yaml", kConceptFile}});
    std::vector<LoadError> errors;
    const RuleSet rules = RuleSet::loadAll({dir / "pack"}, errors);
    ASSERT_TRUE(errors.empty()) << messages(errors)[0];
    ASSERT_EQ(rules.rules().size(), 1u);
    const Rule& rule = *rules.rules()[0];
    EXPECT_EQ(rule.info().concepts, std::vector<std::string>{"official"});
    const auto failures = testRuleExamples(rule);
    EXPECT_TRUE(failures.empty()) << failures.front().problem;
    ASSERT_NE(rules.vocabulary().find("official"), nullptr);

    // A user's pack beside it uses the same concept without defining it.
    std::string mine = kConceptRule;
    mine.replace(mine.find("demo-official-search"), 20, "mine-official-search");
    writePack(dir, "mine", {{"rules.yaml", mine}});
    const RuleSet theirs = RuleSet::loadAll({dir / "mine"}, errors, &rules);
    EXPECT_TRUE(errors.empty()) << messages(errors)[0];
    EXPECT_EQ(theirs.rules().size(), 1u);
}

// A rule that claims a language its concept lacks is refused where the concept is named.
TEST(RuleSet, AConceptMissingALanguageOfTheRuleIsAnErrorAtThePattern) {
    std::string rule = kConceptRule;
    rule.replace(rule.find("[en, fr]"), 8, "[en, es]");
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(std::string(kConceptFile) + rule, "x.yaml", errors);
    ASSERT_EQ(errors.size(), 1u) << messages(errors)[0];
    EXPECT_EQ(errors[0].toString(),
              "x.yaml:12:15: demo-official-search: in 'trigger': concept 'official' has no "
              "patterns for 'es'");
    EXPECT_TRUE(rules.rules().empty());
}

TEST(RuleSet, FilesAndFoldersTheLoaderDoesNotReadAreNamed) {
    const TempFolder dir("not-read");
    writePack(dir, "pack",
              {{"rules.yaml", kGoodRule},
               {"extra.yml", ruleWithId("in-yml")},
               {"LOUD.YAML", ruleWithId("in-upper-case")},
               {"notes.txt", "not a rule file"},
               {".hidden.yaml", "editors' files are passed over"}});
    dir.write("no-manifest/rules.yaml", ruleWithId("in-a-folder-without-pack-yaml"));
    dir.write("old-manifest/pack.yml", "name: old\n");
    dir.write("loose.yaml", ruleWithId("beside-the-packs"));
    dir.write("images/logo.svg", "<svg/>");  // nothing to do with rules: passed over
    dir.write(".git/config", "");
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir.path(), errors);
    const std::string root = dir.path().string();
    EXPECT_EQ(messages(errors),
              (std::vector<std::string>{
                  root + "/loose.yaml: not read: a rule file must be in a pack folder (a folder "
                         "with a pack.yaml)",
                  root + "/no-manifest: not read: it holds rule files but no pack.yaml, so it "
                         "is not a rule pack",
                  root + "/old-manifest: not read: a rule pack needs a pack.yaml (rename "
                         "pack.yml)",
                  root + "/pack/LOUD.YAML: not read: rule files end in '.yaml', not '.YAML'",
                  root + "/pack/extra.yml: not read: rule files end in '.yaml', not '.yml'",
              }));
    ASSERT_EQ(rules.rules().size(), 1u);
    EXPECT_EQ(rules.rules()[0]->info().id, "demo-false-news");
}

TEST(RuleExamples, FailuresSayWhatWasExpected) {
    std::string text = kGoodRule;
    text.replace(text.find("[[false news]]"), 14, "[[false]] news");
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(text, "demo.yaml", errors);
    ASSERT_EQ(rules.rules().size(), 1u);
    const auto failures = testRuleExamples(*rules.rules()[0]);
    ASSERT_EQ(failures.size(), 2u);
    EXPECT_EQ(failures[0].problem, "expected \"false\" to be flagged");
    EXPECT_EQ(failures[1].problem, "flagged \"false news\", which is not marked [[...]]");
}

TEST(PlainText, EachNonEmptyLineIsABlockWithItsLineAndOffset) {
    const Document d = documentFromPlainText("first\n\n  \nsécond line\r\nthird");
    ASSERT_EQ(d.blocks.size(), 3u);
    EXPECT_EQ(d.blocks[1].text, "sécond line");
    EXPECT_EQ(d.blocks[1].sourceLine, 4u);
    EXPECT_EQ(d.blocks[1].sourceOffset, 10u);  // "first\n\n  \n" is 10 code points
    EXPECT_EQ(d.blocks[2].sourceOffset, 23u);  // "sécond line\r\n" is 13 more
}

}  // namespace
}  // namespace proviso
