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

TEST(Pattern, BadPatternReportsRe2Error) {
    std::string error;
    EXPECT_EQ(Pattern::compile("(unclosed", {}, error), nullptr);
    EXPECT_NE(error.find("missing )"), std::string::npos) << error;
}

}  // namespace
}  // namespace proviso
