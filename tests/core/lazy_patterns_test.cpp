// Patterns compiled on first use, the loosened triggers of the prefilter, and what the engine
// compiles for a document: issue 13's start-up work, which must not change any finding.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>
#include <thread>
#include <vector>

#include "proviso/engine.hpp"
#include "proviso/pattern.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/rule_test.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

bool re2Matches(const std::string& pattern, const std::string& text) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    const RE2 re(pattern, options);
    EXPECT_TRUE(re.ok()) << pattern << ": " << re.error();
    return RE2::PartialMatch(text, re);
}

TEST(LoosenedPattern, MatchesWhereverTheOriginalDoes) {
    const std::vector<std::string> patterns = {
        "intercept\\pL* (of )?communications",
        "(collect|record)\\pL*[\\pL ,]{0,20}? en temps réel",
        "[^\\pL]news",
        "[^\\PL]+ news",
        "\\PL{2}news",
        "\\p{Greek}+",
        "[\\p{Cyrillic} ]+закон",
        "\\p{^L}x",
        "[^\\p{N}]abc",
        "\\Q\\pL\\E",
        "[[:alpha:]\\pL]+ law",
        "[]\\pL]+",
        "a\\\\pLb",
        "(interception|intercepter)[\\pL' ,]{0,60}? (de |des )?communications",
        "x{2,3}y",
        "a{,3}",
    };
    const std::vector<std::string> texts = {
        "Intercepting of communications",
        "interceptés communications",
        "collecte des données en temps réel",
        "recordé, x en temps réel",
        "«news",
        "—news",
        " news",
        "éè news",
        "AB news",
        "«»news",
        "..news",
        "Ελληνικά",
        "Φ",
        "об этом закон",
        "?x",
        "1abc",
        "-abc",
        "\\pL",
        "word law",
        "]é]",
        "a\\pLb",
        "plain words only",
        "l'interception, à distance, des communications",
        "xxxy",
        "xy",
        "a{,3}",
    };
    for (const auto& pattern : patterns) {
        const std::string loose = loosenedForPrefilter(pattern);
        for (const auto& text : texts) {
            if (re2Matches(pattern, text)) {
                EXPECT_TRUE(re2Matches(loose, text)) << "'" << pattern << "' matches '" << text
                                                     << "' but '" << loose << "' does not";
            }
        }
    }
}

TEST(LoosenedPattern, ReplacesUnicodePropertiesAndCountsOnly) {
    EXPECT_EQ(loosenedForPrefilter("false news"), "false news");
    EXPECT_EQ(loosenedForPrefilter("insult\\pL*"), "insult[a-zA-Z\\x{80}-\\x{10FFFF}]*");
    EXPECT_EQ(loosenedForPrefilter("[\\pL ,]{0,9}?x"), "[a-zA-Z\\x{80}-\\x{10FFFF} ,]*x");
    EXPECT_EQ(loosenedForPrefilter("a{2}b{1,}c{,3}[{1}]\\{1}"), "a*b*c{,3}[{1}]\\{1}");
    // In a negated class, a subset: the class then matches more, never less.
    EXPECT_EQ(loosenedForPrefilter("[^\\pL]"), "[^a-zA-Z]");
    EXPECT_EQ(loosenedForPrefilter("[^\\p{N}]"), "[\\x00-\\x{10FFFF}]");
    EXPECT_EQ(loosenedForPrefilter("\\Q\\pL\\E"), "\\Q\\pL\\E");
    EXPECT_EQ(loosenedForPrefilter("\\\\pL"), "\\\\pL");
}

TEST(LoosenedPattern, CompilesToAFractionOfTheProgram) {
    const std::string gap = "(interception|intercepter)[\\pL' ,]{0,60}? (de |des )?communications";
    std::string error;
    const auto exact = Pattern::compile(gap, {}, error);
    const auto loose = Pattern::compile(loosenedForPrefilter(gap), {}, error);
    ASSERT_NE(exact, nullptr);
    ASSERT_NE(loose, nullptr);
    EXPECT_LT(loose->programSize() * 10, exact->programSize());
}

TEST(DeferredPattern, CompilesOnFirstUseAndMatchesAsTheEagerOne) {
    const auto deferred = Pattern::deferred("sécurité\\pL*", {});
    EXPECT_FALSE(deferred->compiled());
    const std::string text = "L'INSÉCURITÉ et la sécurités publique";
    std::vector<ByteSpan> spans;
    deferred->findAll(text, 0, text.size(), spans);
    EXPECT_TRUE(deferred->compiled());
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "sécurités");
}

TEST(DeferredPattern, ATooLargePatternMatchesNothingAndSaysWhy) {
    const auto huge =
        Pattern::deferred("x\\pL{0,1000}", {}, {"mine.yaml", 4, 14, "my-rule", "pattern"});
    EXPECT_FALSE(huge->matchesIn("abcx", 0, 4));
    ASSERT_TRUE(huge->error().has_value());
    EXPECT_NE(huge->error()->find("too large"), std::string::npos) << *huge->error();
    EXPECT_EQ(huge->origin().line, 4);
}

TEST(DeferredPattern, IsSafeToUseFromSeveralThreadsAtOnce) {
    const auto pattern = Pattern::deferred("(false|fake) news", {});
    const std::string text = "Whoever spreads fake news or false news";
    std::vector<std::size_t> counts(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < counts.size(); ++t) {
        threads.emplace_back([&, t] {
            std::vector<ByteSpan> spans;
            pattern->findAll(text, 0, text.size(), spans);
            counts[t] = spans.size();
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t count : counts) EXPECT_EQ(count, 2u);
}

TEST(PatternSyntax, IsCheckedWithoutCompiling) {
    std::string error;
    EXPECT_TRUE(Pattern::checkSyntax("[\\pL ,]{0,80}? en temps réel", error)) << error;
    EXPECT_TRUE(Pattern::checkSyntax("x\\pL{0,1000}", error)) << error;  // only large
    EXPECT_FALSE(Pattern::checkSyntax("(oops", error));
    EXPECT_NE(error.find("missing )"), std::string::npos) << error;
    EXPECT_FALSE(Pattern::checkSyntax("\\p{Klingon}+", error));
    EXPECT_NE(error.find("Klingon"), std::string::npos) << error;
    // Said of the pattern as written, not of its loosened form.
    EXPECT_FALSE(Pattern::checkSyntax("\\pL+(", error));
    EXPECT_EQ(error.find("x{10FFFF}"), std::string::npos) << error;
}

constexpr const char* kPack = R"(rules:
  - id: english-rule
    kind: flag
    category: vague-offence
    severity: high
    languages: [en]
    pattern: 'false news\pL*'
    message: 'Offence built on "{match}".'
    rationale: Why.
    suggestion: What instead.
    references: [ICCPR art. 19(3)]
    examples:
      flag: ["Whoever spreads [[false news]] is punished."]
      pass: ['Nothing here.']
  - id: french-rule
    kind: flag
    category: vague-offence
    severity: high
    languages: [fr]
    pattern: 'fausses? nouvelles?\pL*'
    message: 'Infraction fondée sur « {match} ».'
    rationale: Pourquoi.
    suggestion: Quoi.
    references: [PIDCP art. 19(3)]
    examples:
      flag: ["Quiconque répand de [[fausses nouvelles]] est puni."]
      pass: ['Rien ici.']
  - id: broken-rule
    kind: flag
    category: vague-offence
    severity: high
    languages: [en]
    pattern: '(oops'
    message: 'x'
    rationale: Why.
    suggestion: What instead.
    references: [ICCPR art. 19(3)]
    examples:
      flag: ["[[oops]]"]
      pass: ['Nothing here.']
)";

TEST(RulesLoadedForFirstUse, ReportBadPatternsAtTheirPlaceAsWhenCompiled) {
    for (auto compilation :
         {RuleSet::PatternCompilation::OnLoad, RuleSet::PatternCompilation::OnFirstUse}) {
        RuleSet set;
        set.setPatternCompilation(compilation);
        std::vector<LoadError> errors;
        set.loadText(kPack, "mine.yaml", errors);
        ASSERT_EQ(errors.size(), 1u) << errors[0].toString();
        EXPECT_EQ(errors[0].toString().rfind("mine.yaml:33:14: broken-rule: bad pattern in "
                                             "'pattern': missing ): (oops",
                                             0),
                  0u)
            << errors[0].toString();
        EXPECT_EQ(set.rules().size(), 2u);
    }
}

TEST(RulesLoadedForFirstUse, AScanCompilesOnlyTheRulesOfTheDocumentsLanguage) {
    RuleSet set;
    set.setPatternCompilation(RuleSet::PatternCompilation::OnFirstUse);
    std::vector<LoadError> errors;
    set.loadText(kPack, "mine.yaml", errors);
    const Rule* english = set.find("english-rule");
    const Rule* french = set.find("french-rule");
    ASSERT_NE(english, nullptr);
    ASSERT_NE(french, nullptr);
    EXPECT_FALSE(english->patterns()[0]->compiled());

    const Engine engine(set.rules());
    Document doc;
    doc.blocks.push_back(textBlock("Article 1"));
    doc.blocks.push_back(textBlock("Any person who publishes false news commits an offence."));
    const auto findings = engine.scan(doc);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].ruleId, "english-rule");
    EXPECT_TRUE(english->patterns()[0]->compiled());
    EXPECT_FALSE(french->patterns()[0]->compiled());

    // compileAll compiles the rest, and finds nothing wrong.
    std::vector<LoadError> late;
    set.compileAll(late);
    EXPECT_TRUE(late.empty());
    EXPECT_TRUE(french->patterns()[0]->compiled());
    EXPECT_TRUE(set.patternErrors().empty());
}

TEST(RulesLoadedForFirstUse, APatternTooLargeToCompileIsReportedAtItsPlace) {
    std::string pack = kPack;
    pack.replace(pack.find("'false news\\pL*'"), std::string("'false news\\pL*'").size(),
                 "'false \\pL{0,1000}'");
    RuleSet set;
    set.setPatternCompilation(RuleSet::PatternCompilation::OnFirstUse);
    std::vector<LoadError> errors;
    set.loadText(pack, "mine.yaml", errors);
    ASSERT_EQ(errors.size(), 1u);  // the broken rule only: too large is not told by syntax
    const Engine engine(set.rules());
    Document doc;
    doc.blocks.push_back(textBlock("Any person who publishes false news commits an offence."));
    EXPECT_TRUE(engine.scan(doc).empty());
    const auto late = set.patternErrors();
    ASSERT_EQ(late.size(), 1u);
    EXPECT_EQ(late[0].toString().rfind("mine.yaml:7:14: english-rule: bad pattern in 'pattern': "
                                       "pattern too large",
                                       0),
              0u)
        << late[0].toString();
}

TEST(Engine, FindsTheSameWithAndWithoutThePrefilterOnEveryShippedRule) {
    RuleSet set;
    set.setPatternCompilation(RuleSet::PatternCompilation::OnFirstUse);
    std::vector<LoadError> errors;
    set.load(PROVISO_RULES_DIR, errors);
    ASSERT_TRUE(errors.empty());
    Document doc;
    for (const Rule* rule : set.rules()) {
        for (const auto& example : rule->info().examples) {
            for (Block& block : parseExample(example.text).document.blocks) {
                doc.blocks.push_back(std::move(block));
            }
        }
    }
    const auto fast = Engine(set.rules()).scan(doc);
    const auto slow = Engine(set.rules(), {.prefilter = false}).scan(doc);
    ASSERT_EQ(fast.size(), slow.size());
    EXPECT_GT(fast.size(), 50u);
    for (std::size_t i = 0; i < fast.size(); ++i) {
        EXPECT_EQ(fast[i].ruleId, slow[i].ruleId);
        EXPECT_EQ(fast[i].block, slow[i].block);
        EXPECT_EQ(fast[i].start, slow[i].start);
    }
}

}  // namespace
}  // namespace proviso
