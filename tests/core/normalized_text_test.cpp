#include "proviso/normalized_text.hpp"

#include <gtest/gtest.h>

#include "proviso/utf.hpp"

namespace proviso {
namespace {

// The original text of the span that normalised bytes [begin, end) came from.
std::string originalOf(const std::string& original, const NormalizedText& n, std::size_t begin,
                       std::size_t end) {
    const CodePointSpan span = n.toOriginal(begin, end);
    const std::size_t from = byteOffsetOfCodePoint(original, span.start);
    const std::size_t to = byteOffsetOfCodePoint(original, span.end);
    return original.substr(from, to - from);
}

TEST(NormalizedText, FoldsTypographicQuotesDashesAndSpaces) {
    const std::string original = "\u201Cfalse\u00A0 news\u201D \u2013 see s.\u200B5";
    const NormalizedText n(original);
    EXPECT_EQ(n.text(), "\"false news\" - see s.5");
}

TEST(NormalizedText, MapsMatchesBackToOriginalCodePoints) {
    const std::string original = "Le d\u00E9put\u00E9 \U0001F642 said \u201Cfalse\u00A0news\u201D.";
    const NormalizedText n(original);
    const std::size_t at = n.text().find("false news");
    ASSERT_NE(at, std::string::npos);
    const CodePointSpan span = n.toOriginal(at, at + 10);
    // "Le député 🙂 said “" is 18 code points; the emoji counts as one.
    EXPECT_EQ(span.start, 18u);
    EXPECT_EQ(span.end, 28u);
    EXPECT_EQ(originalOf(original, n, at, at + 10), "false\u00A0news");
}

TEST(NormalizedText, CompatibilityFormsAreExpandedAndMappedToTheWholeCharacter) {
    const std::string original = "the \uFB01le";  // "ﬁ" ligature
    const NormalizedText n(original);
    EXPECT_EQ(n.text(), "the file");
    // A span starting inside the expansion widens to the whole original ligature.
    EXPECT_EQ(originalOf(original, n, 5, 8), "\uFB01le");
}

TEST(NormalizedText, DecomposedAccentsAreComposed) {
    const std::string original = "la informacio\u0301n falsa";  // "ó" as "o" + U+0301
    const NormalizedText n(original);
    EXPECT_EQ(n.text(), "la informaci\u00F3n falsa");
    const std::size_t at = n.text().find("informaci\u00F3n");
    // The match covers both original code points of the accented letter.
    EXPECT_EQ(originalOf(original, n, at, at + 12), "informacio\u0301n");
    const std::size_t f = n.text().find("falsa");
    EXPECT_EQ(n.toOriginal(f, f + 5).start, 16u);  // 16 code points before it, the accent being two
}

TEST(NormalizedText, AnEndlessRunOfCombiningMarksIsNormalisedThirtyAtATime) {
    // Marks of two classes, alternating: canonical order puts the marks below first, which
    // took time growing with the square of the run when the whole run was one group. Groups of
    // thirty (Unicode's stream-safe limit) are put in order each on its own.
    std::string original = "x";
    for (int k = 0; k < 100000; ++k) original += "\u0301\u0316";  // acute above, grave below
    const NormalizedText n(original);
    ASSERT_EQ(n.text().size(), original.size());
    std::string below, above;
    for (int k = 0; k < 15; ++k) below += "\u0316", above += "\u0301";
    EXPECT_EQ(n.text().substr(0, 61), "x" + below + above);  // the first group, in order
    EXPECT_EQ(n.toOriginal(0, n.text().size()).end, countCodePoints(original));
}

TEST(NormalizedText, MalformedBytesBecomeOneReplacementCharacterEach) {
    const std::string original = std::string("ab\xFF") + "cd";
    const NormalizedText n(original);
    EXPECT_EQ(n.text(),
              "ab\xEF\xBF\xBD"
              "cd");
    EXPECT_EQ(n.toOriginal(5, 7).start, 3u);  // "cd" starts at code point 3
}

TEST(NormalizedText, EmptyInput) {
    const NormalizedText n("");
    EXPECT_EQ(n.text(), "");
    EXPECT_EQ(n.toOriginal(0, 0).start, 0u);
}

}  // namespace
}  // namespace proviso
