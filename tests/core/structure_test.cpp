#include "proviso/structure.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace proviso {
namespace {

Document doc(std::initializer_list<const char*> lines) {
    Document d;
    for (const char* l : lines) d.blocks.push_back(textBlock(l));
    return d;
}

std::vector<std::string> labels(const Document& d) {
    const DocumentStructure s = segmentProvisions(d);
    std::vector<std::string> out;
    for (std::size_t b = 0; b < d.blocks.size(); ++b) out.push_back(s.labelOf(b));
    return out;
}

TEST(Structure, ArticlesAndNumberedParagraphs) {
    const Document d = doc({"Preamble text", "Article 28 - Search and seizure",
                            "1. Each Party shall", "(a) a computer system",
                            "2. Each Party shall also", "Art. 29 Preservation", "Its text"});
    EXPECT_EQ(labels(d),
              (std::vector<std::string>{"", "Article 28", "Article 28(1)", "Article 28(1)(a)",
                                        "Article 28(2)", "Article 29", "Article 29"}));
}

TEST(Structure, SectionsOfBillsAndLeadingSubsectionNumbers) {
    const Document d = doc({"Sec. 12. Real-Time Collection", "Text", "24(1) A person who",
                            "(2) Another", "Artículo 12. Acceso abusivo"});
    EXPECT_EQ(labels(d), (std::vector<std::string>{"Section 12", "Section 12", "Section 24(1)",
                                                   "Section 24(2)", "Article 12"}));
}

TEST(Structure, ArticleBlocksSpanAllItsParagraphs) {
    const Document d = doc({"Article 1", "(1) one", "(2) two", "Article 2", "text"});
    const DocumentStructure s = segmentProvisions(d);
    EXPECT_EQ(s.articleBlocks(2), (std::pair<std::size_t, std::size_t>{0, 3}));
    EXPECT_EQ(s.articleBlocks(4), (std::pair<std::size_t, std::size_t>{3, 5}));
}

TEST(Structure, MarkdownHeadingsMayNameTheInstrumentFirst) {
    const Document d = doc({"## Budapest Art. 21 (French text)", "text", "## Art. 18", "(2) text"});
    EXPECT_EQ(labels(d), (std::vector<std::string>{"Article 21", "Article 21", "Article 18",
                                                   "Article 18(2)"}));
}

TEST(Structure, LetteredItemsAndRomanSubItems) {
    Document d = doc({"Section 24", "(1) A person who", "(a) sends", "(i) a message", "(ii) a file",
                      "(b) publishes", "(h) eight", "(i) ninth letter", "(2) Next", "plain"});
    d.blocks.push_back(textBlock("listed"));
    d.blocks.back().listLabel = "c)";
    EXPECT_EQ(labels(d),
              (std::vector<std::string>{"Section 24", "Section 24(1)", "Section 24(1)(a)",
                                        "Section 24(1)(a)(i)", "Section 24(1)(a)(ii)",
                                        "Section 24(1)(b)", "Section 24(1)(h)", "Section 24(1)(i)",
                                        "Section 24(2)", "Section 24(2)", "Section 24(2)(c)"}));
}

TEST(Structure, ChaptersCloseTheArticleAndAreTitles) {
    const Document d = doc({"Article 3", "text", "CHAPTER II PROCEDURAL MEASURES", "text"});
    const DocumentStructure s = segmentProvisions(d);
    EXPECT_EQ(labels(d), (std::vector<std::string>{"Article 3", "Article 3", "", ""}));
    EXPECT_TRUE(s.isTitle[2]);
    EXPECT_NE(s.findArticle("Article 3"), nullptr);
    EXPECT_EQ(s.findArticle("Article 4"), nullptr);
}

TEST(Structure, AReferenceFindsTheFirstArticleOfThatNumber) {
    // A bill that quotes the article of another instrument it amends has two "Article 3".
    const Document d = doc({"Article 3", "ours", "Article 4", "text", "Article 3", "quoted"});
    const DocumentStructure s = segmentProvisions(d);
    ASSERT_NE(s.findArticle("Article 3"), nullptr);
    EXPECT_EQ(s.findArticle("Article 3")->firstBlock, 0u);
    EXPECT_EQ(s.findArticle("Article 4")->firstBlock, 2u);
    EXPECT_EQ(s.articleBlocks(5), (std::pair<std::size_t, std::size_t>{4, 6}));
}

TEST(Structure, TitlesAreHeadingLevelsAndHashLines) {
    Document d = doc({"Part II. Powers", "## Art. 19 - Search", "Article 19", "(1) Text"});
    d.blocks[0].outlineLevel = 1;
    const DocumentStructure s = segmentProvisions(d);
    EXPECT_EQ(s.isTitle, (std::vector<bool>{true, true, false, false}));
}

}  // namespace
}  // namespace proviso

namespace proviso {
namespace {

TEST(Structure, ItemsKnowTheirLeadInAndParagraphsTheirNumber) {
    const Document d = doc({"Section 24", "(1) The officer may:", "(a) search;", "(b) seize;",
                            "(2) A list:", "(a) first", "Article 5", "(a) an item at once"});
    const DocumentStructure s = segmentProvisions(d);
    EXPECT_EQ(s.leadInOf,
              (std::vector<std::size_t>{kNoBlock, kNoBlock, 1, 1, kNoBlock, 4, kNoBlock, 6}));
    EXPECT_EQ(s.provisions[s.provisionOf[1]].number, "1");
    EXPECT_EQ(s.provisions[s.provisionOf[4]].number, "2");
    EXPECT_EQ(s.provisions[s.provisionOf[6]].number, "");
}

}  // namespace
}  // namespace proviso

namespace proviso {
namespace {

// A footnote or a frame, read after the body, belongs to no article: what it says is not part
// of the last section.
TEST(Structure, NotesAndFramesStandApartFromTheLastArticle) {
    Document d = doc({"Section 30", "The Minister may block any website.",
                      "Declared void by the Supreme Court.", "Second note.", "A frame."});
    d.blocks[2].apart = 1;
    d.blocks[3].apart = 2;
    d.blocks[4].apart = 3;
    const DocumentStructure s = segmentProvisions(d);
    EXPECT_EQ(labels(d), (std::vector<std::string>{"Section 30", "Section 30", "", "", ""}));
    EXPECT_EQ(s.articleBlocks(1), (std::pair<std::size_t, std::size_t>{0, 2}));
    EXPECT_NE(s.provisionOf[2], s.provisionOf[3]);
}

}  // namespace
}  // namespace proviso

namespace proviso {
namespace {

// Plain ASCII list labels are read by hand, others by the pattern: both must read the same
// labels, and the same lines as none.
TEST(Structure, ListLabelsReadByHandAsThePatternReadsThem) {
    Document d = doc({"Article 1",      " \t(1) one",     "(a) item",  "(iv)",      "b)\tnext",
                      "(abcdef) words", "(12a) no",       "2.x no",    "(c)x no",   "3.",
                      "(ab1) no",       "\u017F) long s", "((d) no",   "(D) upper", "E) upper",
                      "(3)\u00A0no",    "4.\u2003no",     "Article 2", "12 no",     "(5)"});
    // List labels (from Writer) are read without the screen: every case reaches the reading.
    for (const char* label : {"(F)", "(abcdef)", "12.x", "(6", "g)"}) {
        d.blocks.push_back(textBlock("listed"));
        d.blocks.back().listLabel = label;
    }
    EXPECT_EQ(labels(d), (std::vector<std::string>{"Article 1",
                                                   "Article 1(1)",
                                                   "Article 1(1)(a)",
                                                   "Article 1(1)(a)(iv)",
                                                   "Article 1(1)(b)",
                                                   "Article 1(1)(b)",
                                                   "Article 1(1)(b)",
                                                   "Article 1(1)(b)",
                                                   "Article 1(1)(b)",
                                                   "Article 1(3)",
                                                   "Article 1(3)",
                                                   "Article 1(3)(\u017F)",
                                                   "Article 1(3)(\u017F)",
                                                   "Article 1(3)(d)",
                                                   "Article 1(3)(e)",
                                                   "Article 1(3)(e)",
                                                   "Article 1(3)(e)",
                                                   "Article 2",
                                                   "Article 2",
                                                   "Article 2(5)",
                                                   "Article 2(5)(f)",
                                                   "Article 2(5)(f)",
                                                   "Article 2(5)(f)",
                                                   "Article 2(5)(f)",
                                                   "Article 2(5)(g)"}));
}

// Headings are screened by one pass of all their patterns; a heading that only one pattern
// knows must still be found, and a paragraph that merely starts like one must not.
TEST(Structure, EveryKindOfHeadingPassesTheScreen) {
    const Document d = doc({"PART III", "  # Section 7 (2) Offences", "text", "7(3) A person",
                            "Artistic works", "[Art. 9]", "Chapters of the book", "Sections"});
    const DocumentStructure s = segmentProvisions(d);
    EXPECT_EQ(labels(d),
              (std::vector<std::string>{"", "Section 7(2)", "Section 7(2)", "Section 7(3)",
                                        "Section 7(3)", "Article 9", "Article 9", "Article 9"}));
    EXPECT_TRUE(s.isTitle[0]);
}

}  // namespace
}  // namespace proviso

namespace proviso {
namespace {

// Article headings are read by two small patterns where the text before the keyword is plain
// ASCII: in the order the whole pattern prefers, they must find the same keyword and number.
TEST(Structure, ArticleHeadingsReadLikeTheWholePattern) {
    const Document d =
        doc({"## Budapest Convention Art. 21 text", "##  Art.  5 (2) x", "# [Section 7] text",
             "#Section 8", "## The  Act s. 10(3)", "## Act   Section 11",
             "## R\u00E9sum\u00E9 Art. 12", "   Article 13 bis (4)", "## Three Word Title Art. 14",
             "[Art. 15a]", "## sec. 16 a", "\tSECTION\t17(5) text", "## Art 18 ter b"});
    EXPECT_EQ(labels(d),
              (std::vector<std::string>{"Article 21", "Article 5(2)", "Section 7", "Section 8",
                                        "Section 10(3)", "Section 11", "Article 12",
                                        "Article 13 bis(4)", "Article 13 bis(4)", "Article 15a",
                                        "Section 16 a", "Section 17(5)", "Article 18 ter b"}));
}

TEST(Structure, ArabicRussianAndChineseHeadings) {
    const Document ar =
        doc({"الفصل الأول", "المادة (١)", "نص", "مادة 2: نص", "المادة الثالثة",
             "المادة الحادية والعشرون: نص", "المادة الثانية عشرة يقصد ب", "الباب الثاني"});
    EXPECT_EQ(labels(ar), (std::vector<std::string>{"", "Article 1", "Article 1", "Article 2",
                                                    "Article 3", "Article 21", "Article 12", ""}));
    const Document ru = doc({"Глава 28. Преступления в сфере компьютерной информации",
                             "Статья 272. Неправомерный доступ", "1. Текст",
                             "Статья 15.3. Порядок ограничения доступа", "Текст"});
    EXPECT_EQ(labels(ru), (std::vector<std::string>{"", "Article 272", "Article 272(1)",
                                                    "Article 15.3", "Article 15.3"}));
    const Document zh =
        doc({"第一章 总则", "第一条 为了保障网络安全，制定本法。", "第二百八十五条 违反国家规定",
             "第 358 條", "無故輸入他人帳號密碼", "第 三十六 章 妨害電腦使用罪"});
    EXPECT_EQ(labels(zh), (std::vector<std::string>{"", "Article 1", "Article 285", "Article 358",
                                                    "Article 358", ""}));
}

TEST(Structure, ChineseAndRussianListItemsHangFromTheirLeadIn) {
    const Document zh =
        doc({"第二百八十六条之一 网络服务提供者有下列情形之一的，处三年以下有期徒刑：",
             "（一）致使违法信息大量传播的；", "(二)致使用户信息泄露的。"});
    EXPECT_EQ(labels(zh),
              (std::vector<std::string>{"Article 286-1", "Article 286-1(1)", "Article 286-1(2)"}));
    EXPECT_EQ(segmentProvisions(zh).leadInOf[2], 0u);
    const Document ru = doc({"Статья 186. Контроль", "1. Текст:", "а) первое;", "б) второе."});
    EXPECT_EQ(labels(ru), (std::vector<std::string>{"Article 186", "Article 186(1)",
                                                    "Article 186(1)(а)", "Article 186(1)(б)"}));
    EXPECT_EQ(segmentProvisions(ru).leadInOf[3], 1u);
}

TEST(Structure, AChaptersNameOnTheNextLineIsATitleToo) {
    const Document d = doc({"الفصل الخامس", "ضبط الرسائل ومراقبة المحادثات", "المادة 56",
                            "يجوز ضبط الرسائل.", "PART IV", "Interception of communications",
                            "Any officer may intercept communications"});
    const DocumentStructure s = segmentProvisions(d);
    EXPECT_TRUE(s.isTitle[0]);
    EXPECT_TRUE(s.isTitle[1]);
    EXPECT_FALSE(s.isTitle[3]);
    EXPECT_TRUE(s.isTitle[5]);
    // Only a chapter's name: a short line after an article, or a sentence, is text.
    EXPECT_FALSE(s.isTitle[6]);
    const Document sentence = doc({"Chapter 3", "The Minister may block any website.", "Chapter 4",
                                   "Article 5", "Any officer may intercept communications"});
    const DocumentStructure t = segmentProvisions(sentence);
    EXPECT_FALSE(t.isTitle[1]);
    EXPECT_FALSE(t.isTitle[4]);
}

}  // namespace
}  // namespace proviso
