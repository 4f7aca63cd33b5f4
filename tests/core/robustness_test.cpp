// Documents nobody writes on purpose: the engine gives findings or nothing, never a crash.
#include <gtest/gtest.h>

#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/utf.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

const RuleSet& shipped() {
    static RuleSet rules = [] {
        RuleSet r;
        std::vector<LoadError> errors;
        r.load(PROVISO_RULES_DIR, errors);
        return r;
    }();
    return rules;
}

std::vector<Finding> scan(const Document& doc) { return Engine(shipped().rules()).scan(doc); }

void expectSaneFindings(const Document& doc, const std::vector<Finding>& findings) {
    std::vector<std::size_t> lengths;
    for (const Block& b : doc.blocks) lengths.push_back(countCodePoints(b.text));
    for (const Finding& f : findings) {
        ASSERT_LT(f.block, doc.blocks.size());
        EXPECT_LE(f.start, f.end);
        EXPECT_LE(f.end, lengths[f.block]);
    }
}

TEST(Robustness, EmptyDocumentsAndEmptyBlocks) {
    EXPECT_TRUE(scan(Document{}).empty());
    Document doc;
    doc.blocks = {textBlock(""), textBlock(" "), textBlock("\n")};
    EXPECT_TRUE(scan(doc).empty());
}

TEST(Robustness, OnlyNumbering) {
    Document doc;
    for (const char* label :
         {"Article 1", "(1)", "(a)", "(i)", "1.", "Section 2", "24(1)", "(ii)"}) {
        doc.blocks.push_back(textBlock(label));
    }
    EXPECT_TRUE(scan(doc).empty());
}

TEST(Robustness, MalformedUtf8AndLoneSurrogatesFromWriter) {
    Document doc;
    doc.blocks.push_back(
        textBlock(std::string("Any person who publishes false news\xFF\xFE\xC0 commits")));
    // What the Writer adapter makes of a lone UTF-16 surrogate: one U+FFFD, one code point.
    const std::u16string withSurrogate = u"fake news \xD800 here";
    const std::string converted = utf16ToUtf8(withSurrogate);
    EXPECT_EQ(countCodePoints(converted), withSurrogate.size());
    doc.blocks.push_back(textBlock(converted));
    const auto findings = scan(doc);
    expectSaneFindings(doc, findings);
    EXPECT_FALSE(findings.empty());
}

TEST(Robustness, TenMegabytesInOneParagraph) {
    std::string text;
    while (text.size() < (10u << 20)) {
        text +=
            "The Authority may order any person to restrict or block access to data which it "
            "knows to be false, for reasons of national security. ";
    }
    Document doc;
    doc.blocks.push_back(textBlock(std::move(text)));
    const auto findings = scan(doc);
    expectSaneFindings(doc, findings);
    EXPECT_FALSE(findings.empty());
}

TEST(Robustness, PathologicalRepetition) {
    Document doc;
    doc.blocks.push_back(textBlock(std::string(1u << 20, 'a')));
    doc.blocks.push_back(textBlock(std::string(1u << 18, '(')));
    doc.blocks.push_back(textBlock(std::string(1u << 18, '.') + " Article"));
    expectSaneFindings(doc, scan(doc));
}

}  // namespace
}  // namespace proviso
