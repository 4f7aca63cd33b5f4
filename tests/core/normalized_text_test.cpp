#include "proviso/normalized_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// Reading ASCII a run at a time must give exactly what reading it a code point at a time gives:
// the text, where every byte and every empty range maps back to, and every original offset.
void expectSameAsCodePointByCodePoint(const std::string& original) {
    SCOPED_TRACE(testing::PrintToString(original));
    const NormalizedText runs(original);
    const NormalizedText general(original, NormalizedText::Reading::CodePointByCodePoint);
    ASSERT_EQ(runs.text(), general.text());
    const std::size_t size = runs.text().size();
    for (std::size_t b = 0; b <= size + 1; ++b) {
        for (const std::size_t length :
             {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{5}}) {
            const CodePointSpan fast = runs.toOriginal(b, b + length);
            const CodePointSpan slow = general.toOriginal(b, b + length);
            ASSERT_EQ(fast.start, slow.start) << "bytes " << b << "+" << length;
            ASSERT_EQ(fast.end, slow.end) << "bytes " << b << "+" << length;
        }
    }
    const std::size_t codePoints = countCodePoints(original);
    for (std::size_t c = 0; c <= codePoints + 1; ++c) {
        ASSERT_EQ(runs.originalByte(c), general.originalByte(c)) << "code point " << c;
        if (c <= codePoints) {
            ASSERT_EQ(runs.originalByte(c), byteOffsetOfCodePoint(original, c)) << c;
        }
    }
}

TEST(NormalizedText, AsciiRunsMapLikeEveryOtherCharacter) {
    // Pieces the fast path must stop at or treat exactly like the general way: accented and
    // decomposed letters, a combining mark after an ASCII letter (also one outside U+03xx),
    // marks alone, folded quotes and dashes, dropped invisible characters and soft hyphens,
    // spaces (no-break, double, tab, CRLF), NUL and DEL, a ligature, an emoji, a malformed and
    // a truncated byte, and a replacement character.
    const std::vector<std::string> pieces = {"\u00E9",
                                             "e\u0301",
                                             "\u0301",
                                             "a\u0483",
                                             "\u0316\u0301",
                                             "\u2019",
                                             "\u201C",
                                             "\u2014",
                                             "\u200B",
                                             "\u00AD",
                                             "\uFEFF",
                                             "\u00A0",
                                             " ",
                                             "  ",
                                             "\t",
                                             "\r\n",
                                             std::string(1, '\0'),
                                             "\x7F",
                                             "\uFB01",
                                             "\U0001F642",
                                             "\xFF",
                                             "\xC3",
                                             "\uFFFD",
                                             "\u0416",
                                             "\u4E2D",
                                             "\u00BD"};
    // ASCII of every length around the eight-byte steps, spaced like prose and not.
    std::vector<std::string> bases;
    for (std::size_t length = 0; length <= 26; ++length) {
        std::string prose, solid;
        for (std::size_t k = 0; k < length; ++k) {
            prose += k % 4 == 3 ? ' ' : static_cast<char>('a' + k % 26);
            solid += static_cast<char>('A' + k % 26);
        }
        bases.push_back(prose);
        bases.push_back(solid);
    }
    for (const std::string& base : bases) {
        expectSameAsCodePointByCodePoint(base);
        for (const std::string& piece : pieces) {
            for (std::size_t at = 0; at <= base.size(); ++at) {  // start, every middle, end
                expectSameAsCodePointByCodePoint(base.substr(0, at) + piece + base.substr(at));
            }
        }
    }
}

TEST(NormalizedText, AsciiRunsAcrossDoubleSpacesAndLongLines) {
    // Double spaces at every offset of an eight-byte step, before and after a step, and a
    // space run that crosses one.
    for (std::size_t at = 0; at < 20; ++at) {
        std::string text(24, 'x');
        text[at] = ' ';
        text[at + 1] = ' ';
        expectSameAsCodePointByCodePoint(text);
        text[at + 2] = ' ';
        expectSameAsCodePointByCodePoint(text);
    }
    expectSameAsCodePointByCodePoint(
        "Each Party shall adopt such legislative and other measures as may be necessary, "
        "\u201Cwithout right\u201D \u2013 le d\u00E9put\u00E9 \u00E9tait l\u00E0.  Fin.");
}

TEST(NormalizedText, PlainAsciiMapsOneToOne) {
    const std::string original = "Article 5 (1) Each Party shall";
    const NormalizedText n(original);
    EXPECT_EQ(n.text(), original);
    for (std::size_t b = 0; b <= original.size(); ++b) {
        EXPECT_EQ(n.toOriginal(b, b + 1).start, b);
        EXPECT_EQ(n.originalByte(b), b);
    }
    EXPECT_EQ(n.toOriginal(3, 9).end, 9u);
    EXPECT_EQ(n.originalByte(original.size() + 5), original.size());
}

TEST(NormalizedText, TextOfDroppedCharactersOnlyMapsItsEndPastThem) {
    const NormalizedText n("\u200B\u00AD");  // nothing is left of it
    EXPECT_EQ(n.text(), "");
    EXPECT_EQ(n.toOriginal(0, 0).start, 2u);  // the end: after both code points
    EXPECT_EQ(n.originalByte(1), 3u);
    EXPECT_EQ(n.originalByte(2), 5u);
}

TEST(NormalizedText, EmptyInput) {
    const NormalizedText n("");
    EXPECT_EQ(n.text(), "");
    EXPECT_EQ(n.toOriginal(0, 0).start, 0u);
}

TEST(NormalizedText, ArabicSpellingsFoldToOneAndMapBackExactly) {
    // "يُعاقَبُ بالحبسِ ... المادّة (٢٥) ... أخبارٍ كاذبةٍ" with vowel marks, shadda, tatweel,
    // hamza on alef, ta marbuta and Arabic-Indic digits.
    const std::string original =
        "\u064A\u064F\u0639\u0627\u0642\u064E\u0628\u064F \u0627\u0644\u0645\u0627"
        "\u062F\u0651\u0629 (\u0662\u0665) \u0623\u062E\u0640\u0628\u0627\u0631\u064D "
        "\u0643\u0627\u0630\u0628\u0629\u064D";
    const NormalizedText n(original);
    EXPECT_EQ(n.text(), "يعاقب الماده (25) اخبار كاذبه");
    // A match maps back to the original letters with their marks, and nothing outside.
    const std::size_t at = n.text().find("اخبار كاذبه");
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(originalOf(original, n, at, n.text().size()),
              "\u0623\u062E\u0640\u0628\u0627\u0631\u064D \u0643\u0627\u0630\u0628\u0629"
              "\u064D");
    const std::size_t digits = n.text().find("25");
    EXPECT_EQ(originalOf(original, n, digits, digits + 2), "\u0662\u0665");
    // Patterns are folded the same way, so either spelling finds the other.
    EXPECT_EQ(foldedLikeText("أخبار كاذبة|المادة ٢٥"), "اخبار كاذبه|الماده 25");
    EXPECT_EQ(foldedLikeText("[أإآا]\\pL+ (?:ى|ي)"), "[اااا]\\pL+ (?:ي|ي)");
    // Direction marks inside a phrase (a right-to-left mark, an isolate around a number) do
    // not separate its words.
    const NormalizedText marked(
        "\u0623\u062E\u0628\u0627\u0631\u200F \u2067\u0643\u0627\u0630\u0628\u0629\u2069 "
        "(\u2066175\u2069)");
    EXPECT_EQ(marked.text(), "اخبار كاذبه (175)");
    // Other scripts are untouched.
    EXPECT_EQ(foldedLikeText("l'ordre public|общественный"), "l'ordre public|общественный");
}

}  // namespace
}  // namespace proviso
