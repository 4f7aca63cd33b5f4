#include "proviso/sentences.hpp"

#include <gtest/gtest.h>

#include <string>

namespace proviso {
namespace {

std::vector<std::string> split(const std::string& text) {
    const auto starts = sentenceStarts(text);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : text.size();
        std::string s = text.substr(starts[i], end - starts[i]);
        while (!s.empty() && s.back() == ' ') s.pop_back();
        out.push_back(s);
    }
    return out;
}

TEST(Sentences, LegalAbbreviationsDoNotEndASentence) {
    EXPECT_EQ(
        split("As provided in art. 5 and s. 24 of Act No. 3, see para. 2. A judge may order it."),
        (std::vector<std::string>{"As provided in art. 5 and s. 24 of Act No. 3, see para. 2.",
                                  "A judge may order it."}));
}

TEST(Sentences, LeadingNumberingStaysWithItsSentence) {
    EXPECT_EQ(
        split("1. Each Party shall adopt measures. It may not intercept."),
        (std::vector<std::string>{"1. Each Party shall adopt measures.", "It may not intercept."}));
}

TEST(Sentences, NonLatinAndAccentedTextKeepsByteOffsetsRight) {
    const std::string text = "Le juge décide. 🙂 Ensuite l'officier agit.";
    const auto starts = sentenceStarts(text);
    ASSERT_EQ(starts.size(), 2u);
    EXPECT_EQ(text.substr(starts[1], 4), "🙂");
}

TEST(Sentences, EmptyAndSingle) {
    EXPECT_EQ(sentenceStarts(""), std::vector<std::size_t>{0});
    EXPECT_EQ(sentenceStarts("no full stop"), std::vector<std::size_t>{0});
}

TEST(Sentences, ChineseFullStopsAndSemicolonsEndSentences) {
    // Normalised text: the Chinese semicolon is ";" by then, the full stop stays "。".
    EXPECT_EQ(split("有下列情形之一的：(一)散布谣言的;(二)侵入系统的。其他情形"),
              (std::vector<std::string>{"有下列情形之一的：(一)散布谣言的;", "(二)侵入系统的。",
                                        "其他情形"}));
    // An English semicolon stays inside its sentence.
    EXPECT_EQ(split("A person shall not search; nor seize."),
              (std::vector<std::string>{"A person shall not search; nor seize."}));
}

}  // namespace
}  // namespace proviso
