// One concern per rule per provision: how findings are grouped, where the comment goes, and
// what the fingerprint a dismissal remembers depends on. No office needed.
#include "proviso/report/concern.hpp"

#include <gtest/gtest.h>

#include "proviso/report/record.hpp"

namespace proviso::report {
namespace {

Finding finding(std::string rule, std::string provision, std::size_t block, std::size_t start,
                std::string text, Severity severity = Severity::High) {
    Finding f;
    f.ruleId = std::move(rule);
    f.category = "vague-offence";
    f.severity = severity;
    f.provision = std::move(provision);
    f.block = block;
    f.start = start;
    f.end = start + text.size();  // ASCII in these tests: bytes are code points
    f.text = std::move(text);
    f.message = "Offence turns on \"" + f.text + "\".";
    f.language = "en";
    return f;
}

Document document(std::vector<std::string> texts) {
    Document doc;
    for (auto& t : texts) {
        Block b;
        b.text = std::move(t);
        doc.blocks.push_back(std::move(b));
    }
    return doc;
}

const std::string kSection =
    "A person who sends a message that is grossly offensive or causes annoyance or insult "
    "commits an offence. The court may also order forfeiture of the insulting device.";

TEST(Concerns, OneRulesFindingsInOneProvisionAreOneConcern) {
    const Document doc = document({kSection});
    const std::vector<Finding> findings = {
        finding("feelings", "Section 2(1)", 0, kSection.find("insult"), "insult"),
        finding("feelings", "Section 2(1)", 0, kSection.find("grossly offensive"),
                "grossly offensive"),
        finding("feelings", "Section 2(1)", 0, kSection.find("annoyance"), "annoyance"),
        finding("other-rule", "Section 2(1)", 0, kSection.find("annoyance"), "annoyance"),
    };
    const auto concerns = concernsOf(doc, findings, RuleIndex({}));
    ASSERT_EQ(concerns.size(), 2u);
    const Concern& feelings = concerns[0].ruleId() == "feelings" ? concerns[0] : concerns[1];
    ASSERT_EQ(feelings.findings.size(), 3u);
    EXPECT_EQ(feelings.words(),
              (std::vector<std::string>{"grossly offensive", "annoyance", "insult"}))
        << "document order";
    // All three in the first sentence: the comment spans them, first to last.
    EXPECT_EQ(feelings.start, kSection.find("grossly offensive"));
    EXPECT_EQ(feelings.end, kSection.find("insult") + 6);
}

TEST(Concerns, FindingsInTwoSentencesKeepTheFirstWordsOnly) {
    const Document doc = document({kSection});
    const auto concerns = concernsOf(
        doc,
        {finding("feelings", "Section 2(1)", 0, kSection.find("annoyance"), "annoyance"),
         finding("feelings", "Section 2(1)", 0, kSection.find("insulting"), "insulting")},
        RuleIndex({}));
    ASSERT_EQ(concerns.size(), 1u);
    EXPECT_EQ(concerns[0].start, kSection.find("annoyance"));
    EXPECT_EQ(concerns[0].end, kSection.find("annoyance") + 9);
    EXPECT_EQ(concerns[0].words().size(), 2u) << "the other words are still told";
}

TEST(Concerns, ProvisionsAndUnnumberedParagraphsStayApart) {
    const Document doc = document({"annoyance here", "annoyance there"});
    const auto numbered = concernsOf(doc,
                                     {finding("feelings", "Section 2", 0, 0, "annoyance"),
                                      finding("feelings", "Section 3", 1, 0, "annoyance")},
                                     RuleIndex({}));
    EXPECT_EQ(numbered.size(), 2u);
    const auto unnumbered = concernsOf(
        doc,
        {finding("feelings", "", 0, 0, "annoyance"), finding("feelings", "", 1, 0, "annoyance")},
        RuleIndex({}));
    ASSERT_EQ(unnumbered.size(), 2u);
    EXPECT_NE(unnumbered[0].fingerprint, unnumbered[1].fingerprint)
        << "dismissing one paragraph's words must not dismiss another's";
}

TEST(Concerns, FingerprintFollowsRuleProvisionAndWordsOnly) {
    const std::string a = fingerprintOf("feelings", "Section 2(1)", {"annoyance", "insult"});
    EXPECT_EQ(a.size(), 16u);
    EXPECT_EQ(a, fingerprintOf("feelings", "Section  2(1)", {"annoyance", "insult"}))
        << "white space is not a change";
    EXPECT_EQ(a, fingerprintOf("feelings", "Section 2(1)", {"annoyance\n", "insult"}));
    EXPECT_NE(a, fingerprintOf("feelings", "Section 2(2)", {"annoyance", "insult"}));
    EXPECT_NE(a, fingerprintOf("other", "Section 2(1)", {"annoyance", "insult"}));
    EXPECT_NE(a, fingerprintOf("feelings", "Section 2(1)", {"annoyance"}));
    // The same words found again at other offsets (text added before them) are the same.
    const Document before = document({"x annoyance"});
    const Document after = document({"some new words x annoyance"});
    EXPECT_EQ(
        concernsOf(before, {finding("feelings", "Section 2", 0, 2, "annoyance")}, RuleIndex({}))
            .front()
            .fingerprint,
        concernsOf(after, {finding("feelings", "Section 2", 0, 17, "annoyance")}, RuleIndex({}))
            .front()
            .fingerprint);
}

TEST(Concerns, CountsAreOfConcernsNotOfFindings) {
    const Document doc = document({kSection, "other"});
    const auto concerns =
        concernsOf(doc,
                   {finding("a", "S1", 0, 0, "A"), finding("a", "S1", 0, 2, "person"),
                    finding("b", "S2", 1, 0, "other", Severity::Low)},
                   RuleIndex({}));
    const SeverityCounts counts = countBySeverity(concerns);
    EXPECT_EQ(counts.high, 1);
    EXPECT_EQ(counts.low, 1);
    EXPECT_EQ(counts.total(), 2);
}

TEST(Record, SetsRoundTripAndIgnoreWhatProvisoDidNotWrite) {
    const std::set<std::string> items = {"0123456789abcdef", "rule-id.v2", "fedcba9876543210"};
    EXPECT_EQ(splitSet(joinSet(items)), items);
    EXPECT_EQ(joinSet({}), "");
    EXPECT_EQ(splitSet("  a1  b2,c3;\n\"quoted\" d4 "),
              (std::set<std::string>{"a1", "b2", "c3", "d4"}));
}

}  // namespace
}  // namespace proviso::report
