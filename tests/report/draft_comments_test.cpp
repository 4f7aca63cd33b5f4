// What Compare with Earlier Draft writes: a concern's comment under Compare's first line, still
// Proviso's and unedited; a safeguard's comment with its own tag, told in the provision's
// language; the table of changes. No office needed.
#include "proviso/report/draft_comments.hpp"

#include <gtest/gtest.h>

#include "proviso/report/catalogue.hpp"
#include "proviso/report/comment.hpp"

namespace proviso::report {
namespace {

using Kind = DraftChange::Kind;

Concern concern(const std::string& language = "en") {
    Finding f;
    f.ruleId = "blocking-without-court";
    f.category = "unsafeguarded-power";
    f.severity = Severity::High;
    f.message = "Power to “restrict or block access” without a court order.";
    f.provision = "Section 4";
    f.block = 3;
    f.start = 10;
    f.end = 34;
    f.text = "restrict or block access";
    f.language = language;
    Concern c;
    c.findings.push_back(f);
    c.block = 3;
    c.start = 10;
    c.end = 34;
    c.fingerprint = "0123456789abcdef";
    return c;
}

DraftChange safeguardRemoved(std::string label, std::string language) {
    DraftChange c;
    c.kind = Kind::SafeguardRemoved;
    c.provisionOld = "Section 2(1)";
    c.provisionNew = "Section 2(1)";
    c.conceptName = "judicial-authorisation";
    c.conceptLabel = std::move(label);
    c.language = std::move(language);
    c.textOld = "warrant issued by a judge";
    c.riskier = true;
    return c;
}

TEST(DraftComments, ANewRiskIsProvisosOwnCommentUnderCompareFirstLine) {
    const Concern c = concern();
    DraftChange change;
    change.kind = Kind::NewRisk;
    change.rule = c.ruleId();
    const std::string text = changeComment(change, &c, "en");
    EXPECT_EQ(text, "Riskier since the earlier draft:\n" + commentText(c));
    const auto tag = parseComment(text);
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->ruleId, "blocking-without-court");
    EXPECT_EQ(tag->fingerprint, c.fingerprint) << "a check keeps it as this concern's comment";
    EXPECT_FALSE(tag->edited) << "Compare's line is not a person's edit";
    EXPECT_TRUE(isComparisonComment(text));
    EXPECT_EQ(withoutComparisonMark(text), commentText(c));
    EXPECT_FALSE(isComparisonComment(commentText(c)));

    change.kind = Kind::Added;
    EXPECT_EQ(changeComment(change, &c, "en"),
              "New provision since the earlier draft:\n" + commentText(c));
}

TEST(DraftComments, ASafeguardRemovedSaysWhichWhereAndWhatToAskFor) {
    const std::string text =
        changeComment(safeguardRemoved("judicial authorisation", "en"), nullptr, "en");
    EXPECT_EQ(firstLineOf(text),
              "Safeguard removed since the earlier draft: judicial authorisation");
    EXPECT_NE(text.find("The earlier draft said “warrant issued by a judge” (Section 2(1))"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Ask for: the safeguard to be put back"), std::string::npos) << text;
    const auto tag = parseComment(text);
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->ruleId, kSafeguardRemovedTag);
    EXPECT_FALSE(tag->edited);
    EXPECT_TRUE(isComparisonComment(text));
    // A person's note after it makes it theirs too: edited, still Compare's.
    EXPECT_TRUE(parseComment(text + "\nAgreed, raise in committee.")->edited);
    EXPECT_TRUE(isComparisonComment(text + "\nAgreed, raise in committee."));
    // The same safeguard removed from another provision is another comment.
    DraftChange elsewhere = safeguardRemoved("judicial authorisation", "en");
    elsewhere.provisionNew = "Section 5";
    EXPECT_NE(parseComment(changeComment(elsewhere, nullptr, "en"))->fingerprint, tag->fingerprint);
}

TEST(DraftComments, TheCommentIsInTheProvisionsLanguage) {
    const std::string fr =
        changeComment(safeguardRemoved("autorisation judiciaire", "fr"), nullptr, "fr");
    EXPECT_EQ(firstLineOf(fr),
              "Garantie supprimée depuis le projet précédent\u00a0: autorisation judiciaire");
    EXPECT_NE(fr.find("«\u00a0warrant issued by a judge\u00a0»"), std::string::npos) << fr;
    const Concern c = concern("es");
    DraftChange change;
    change.kind = Kind::NewRisk;
    change.rule = c.ruleId();
    const std::string es = changeComment(change, &c, "es");
    EXPECT_EQ(firstLineOf(es), "Más riesgoso que en el proyecto anterior:");
    EXPECT_TRUE(isComparisonComment(es));
    EXPECT_FALSE(parseComment(es)->edited);
}

TEST(DraftComments, NothingIsWrittenOnWhatGotSafer) {
    const Concern c = concern();
    DraftChange resolved;
    resolved.kind = Kind::Resolved;
    resolved.rule = c.ruleId();
    EXPECT_EQ(changeComment(resolved, &c, "en"), "");
    DraftChange added = safeguardRemoved("time limit", "en");
    added.kind = Kind::SafeguardAdded;
    added.riskier = false;
    EXPECT_EQ(changeComment(added, nullptr, "en"), "");
}

TEST(DraftComments, TheTableHasARowPerChangeInTheTablesLanguage) {
    DraftChange renumbered;
    renumbered.kind = Kind::Resolved;
    renumbered.provisionOld = "Section 3";
    renumbered.provisionNew = "Section 4";
    renumbered.rule = "no-such-rule";
    renumbered.textOld = "commits an offence";
    const std::vector<DraftChange> changes = {safeguardRemoved("judicial authorisation", "en"),
                                              renumbered};
    const auto rows = changeRows(changes, RuleIndex({}), "en");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0],
              (std::vector<std::string>{"No.", say(Text::ColumnProvision, "en"), "Change",
                                        "Concern or safeguard", "Earlier draft", "Newer draft"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"1", "Section 2(1)", "Safeguard removed",
                                                 "judicial authorisation",
                                                 "warrant issued by a judge", ""}));
    EXPECT_EQ(rows[2],
              (std::vector<std::string>{"2", "Section 4 (formerly Section 3)", "Risk resolved",
                                        "no-such-rule", "commits an offence", ""}));
    const auto fr = changeRows(changes, RuleIndex({}), "fr");
    EXPECT_EQ(fr[1][2], "Garantie supprimée");
    EXPECT_EQ(fr[2][1], "Section 4 (anciennement Section 3)");
    EXPECT_EQ(riskierCount(changes), 1);
    EXPECT_EQ(saferCount(changes), 1);
}

}  // namespace
}  // namespace proviso::report
