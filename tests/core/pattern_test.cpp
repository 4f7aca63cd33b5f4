#include "proviso/pattern.hpp"

#include <gtest/gtest.h>

namespace proviso {
namespace {

std::vector<std::string> matches(const std::string& pattern, const std::string& text,
                                 PatternOptions options = {}) {
    std::string error;
    auto compiled = Pattern::compile(pattern, options, error);
    EXPECT_NE(compiled, nullptr) << error;
    std::vector<ByteSpan> spans;
    if (compiled) compiled->findAll(text, 0, text.size(), spans);
    std::vector<std::string> out;
    for (const auto& s : spans) out.push_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

TEST(Pattern, WholeWordsAreUnicodeAware) {
    // RE2's \b would treat "é" as a boundary and match inside "insécurité".
    EXPECT_TRUE(matches("sécurité", "l'insécurité numérique").empty());
    EXPECT_EQ(matches("sécurité", "la sécurité publique"), std::vector<std::string>{"sécurité"});
    EXPECT_EQ(matches("información", "la información falsa"),
              std::vector<std::string>{"información"});
}

TEST(Pattern, WholeWordsCanBeSwitchedOff) {
    EXPECT_EQ(matches("secur", "insecurity", {.caseSensitive = false, .wholeWords = false}),
              std::vector<std::string>{"secur"});
    EXPECT_TRUE(matches("secur", "insecurity").empty());
}

TEST(Pattern, CaseInsensitiveByDefaultIncludingAccents) {
    EXPECT_EQ(matches("false news", "FALSE NEWS"), std::vector<std::string>{"FALSE NEWS"});
    EXPECT_EQ(matches("sécurité", "SÉCURITÉ"), std::vector<std::string>{"SÉCURITÉ"});
}

TEST(Pattern, FindsEveryOccurrenceAfterARejectedOne) {
    // The first "insult" is inside "noninsult" and rejected; the two later ones count.
    EXPECT_EQ(matches("insult", "noninsult, insult and insult"),
              (std::vector<std::string>{"insult", "insult"}));
}

using Words = std::vector<std::string>;

TEST(Pattern, AMatchThatEndsInsideAWordGivesUpOnlyItsStart) {
    EXPECT_EQ(matches("insult", "insulting insult"), Words{"insult"});
    // RE2 offers one match per start, the first alternative that matches: written shorter
    // first, "intercept" hides "interception", and the start is given up. Longest first, both
    // are found.
    EXPECT_TRUE(matches("intercept|interception", "interception").empty());
    EXPECT_EQ(matches("interception|intercept", "interception, intercept"),
              (Words{"interception", "intercept"}));
}

TEST(Pattern, AMatchMayStartOnTheCharacterAfterAWord) {
    // The match at the first space runs into "datax", so does "data" after it; the search goes
    // on after "datax", on the space that ends it.
    EXPECT_EQ(matches(" ?data", " datax data"), Words{" data"});
    EXPECT_EQ(matches("-based", "risk-based"), Words{"-based"});
}

TEST(Pattern, PhrasesAfterARejectedStartInTheSameWord) {
    // "news agency" inside "fakenews" is rejected; the one after the space is not.
    EXPECT_EQ(matches("news agenc\\pL*", "fakenews agency news agencies"), Words{"news agencies"});
    EXPECT_EQ(matches("false news", "xfalse news false newsy false news"), Words{"false news"});
}

TEST(Pattern, WholeWordsInOtherScripts) {
    EXPECT_EQ(matches("закон\\pL*", "беззаконие законы"), Words{"законы"});
    EXPECT_EQ(matches("قانون", "هذا قانون"), Words{"قانون"});
    // Arabic writes "and", prepositions and the article joined to the word (languages/ar.yaml,
    // word_prefixes): the word after them is whole; after other letters it is not.
    EXPECT_EQ(matches("قانون", "والقانون"), Words{"قانون"});
    EXPECT_EQ(matches("النظام العام", "بالنظام العام"), Words{"النظام العام"});
    EXPECT_EQ(matches("نظام", "وللنظام"), Words{"نظام"});
    EXPECT_TRUE(matches("قانون", "مقانون").empty());
    EXPECT_TRUE(matches("علم", "والمعلم").empty());  // "و" + "ال" + "م": not a prefix
    // Nor may a word end inside another.
    EXPECT_TRUE(matches("قانون", "والقانونية").empty());
    // Chinese is written without spaces: next to a Chinese character every place is a word
    // boundary, so Chinese patterns match inside a run of characters.
    EXPECT_EQ(matches("法律", "本法律规定"), Words{"法律"});
    EXPECT_EQ(matches("law", "本law规定"), Words{"law"});
    EXPECT_TRUE(matches("law", "本lawful规定").empty());
}

TEST(Pattern, CombiningMarksBelongToTheirWord) {
    // "café" written with a separate accent: "cafe" is not a whole word of it.
    EXPECT_EQ(matches("cafe", "cafe\u0301 cafe"), Words{"cafe"});
    EXPECT_EQ(matches("caf\\pL\\pM*", "cafe\u0301s cafe\u0301"), Words{"cafe\u0301"});
}

TEST(Pattern, WithoutWholeWordsEveryStartCounts) {
    const PatternOptions anywhere{.caseSensitive = false, .wholeWords = false};
    EXPECT_EQ(matches("secur", "insecurity xsecurx", anywhere), (Words{"secur", "secur"}));
    EXPECT_EQ(matches("ab", "aab abab", anywhere), (Words{"ab", "ab", "ab"}));
}

// A very long word: every "insult\pL*" inside it reaches the end of the word and fails the
// whole-word check. The search goes on after the word, not one letter further on each time,
// which read the rest of the word again for each letter: minutes for these two megabytes.
TEST(Pattern, AVeryLongWordIsReadOnce) {
    std::string word;
    while (word.size() < (2u << 20)) word += "xinsult";
    EXPECT_EQ(matches("insult\\pL*", word + " insults, " + word + "e\u0301"), Words{"insults"});
    // The same with a combining mark on every letter, and in Cyrillic.
    std::string marked, cyrillic;
    while (marked.size() < (1u << 20)) marked += "xi\u0301nsult";
    while (cyrillic.size() < (1u << 20)) cyrillic += "беззаконие";
    EXPECT_EQ(matches("i\\pM*nsult\\pL*", marked + " insult"), Words{"insult"});
    EXPECT_EQ(matches("закон\\pL*", cyrillic + " закон"), Words{"закон"});
    // Phrases too: none of the "false news" inside the word counts.
    std::string glued;
    while (glued.size() < (1u << 20)) glued += "xfalse news";
    EXPECT_EQ(matches("false news", glued + " false news"), Words{"false news"});
}

TEST(Pattern, BadPatternReportsRe2Error) {
    std::string error;
    EXPECT_EQ(Pattern::compile("(unclosed", {}, error), nullptr);
    EXPECT_NE(error.find("missing )"), std::string::npos) << error;
}

}  // namespace
}  // namespace proviso
