// A concern as a comment: what its first line says, and how Proviso knows its comments again,
// and knows when a person has worked on one. No office needed.
#include "proviso/report/comment.hpp"

#include <gtest/gtest.h>

#include "proviso/report/catalogue.hpp"

namespace proviso::report {
namespace {

RuleInfo feelingsRule() {
    RuleInfo rule;
    rule.id = "offensive-message-offence";
    rule.category = "vague-offence";
    rule.severity = Severity::High;
    rule.rationale.text = "Feelings are no harm.";
    rule.rationale.byLanguage = {{"en", "Feelings are no harm."},
                                 {"fr", "Un ressenti n'est pas un préjudice."},
                                 {"ar", "المشاعر ليست ضرراً."},
                                 {"ru", "Чувства не являются вредом."},
                                 {"zh", "感受不等于损害。"}};
    rule.suggestion.text = "Require a concrete harm.";
    rule.suggestion.byLanguage = {{"en", "Require a concrete harm."},
                                  {"fr", "Exiger un préjudice concret."},
                                  {"ar", "اشتراط ضرر ملموس."},
                                  {"ru", "Требовать конкретного вреда."},
                                  {"zh", "要求存在具体损害。"}};
    rule.references = {"ICCPR art. 19(3)", "GC 34 para. 11"};
    return rule;
}

Concern concern(const RuleInfo& rule, std::vector<std::string> words, const std::string& lang) {
    Concern c;
    c.rule = &rule;
    std::size_t at = 0;
    for (auto& w : words) {
        Finding f;
        f.ruleId = rule.id;
        f.category = rule.category;
        f.severity = rule.severity;
        f.provision = "Section 2(1)";
        f.start = at;
        f.end = at + w.size();
        at = f.end + 1;
        f.text = w;
        f.language = lang;
        f.message = lang == "fr"   ? "Infraction fondée sur « " + w + " »."
                    : lang == "ar" ? "جريمة تقوم على «" + w + "»."
                                   : "Offence turns on \"" + w + "\".";
        c.findings.push_back(std::move(f));
    }
    c.fingerprint = fingerprintOf(rule.id, "Section 2(1)", c.words());
    return c;
}

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

TEST(CommentText, FirstLineIsTheConcernWithItsWords) {
    const RuleInfo rule = feelingsRule();
    const std::string text = commentText(concern(rule, {"grossly offensive"}, "en"));
    EXPECT_EQ(firstLine(text), "Offence turns on \"grossly offensive\".");
    EXPECT_EQ(text.find("HIGH"), std::string::npos) << "no shouting code in the comment";
    EXPECT_EQ(text.find("vague-offence"), std::string::npos) << "the category as words";
    EXPECT_NE(text.find(severityName(Severity::High, "en")), std::string::npos);
    EXPECT_NE(text.find(categoryName("vague-offence", "en")), std::string::npos);
    EXPECT_NE(text.find(say(Text::WhyItMatters, "en") + "Feelings are no harm."),
              std::string::npos);
    EXPECT_NE(text.find(say(Text::AskFor, "en") + "Require a concrete harm."), std::string::npos);
    EXPECT_NE(text.find("ICCPR art. 19(3); GC 34 para. 11"), std::string::npos);
    EXPECT_GT(text.find("[Proviso rule: offensive-message-offence"), text.find("ICCPR"))
        << "the rule id comes last";
}

TEST(CommentText, MergedConcernQuotesEveryOtherWord) {
    const RuleInfo rule = feelingsRule();
    const std::string text =
        commentText(concern(rule, {"grossly offensive", "annoyance", "insult"}, "en"));
    EXPECT_EQ(firstLine(text), "Offence turns on \"grossly offensive\".");
    EXPECT_NE(text.find(say(Text::AlsoFlagged, "en") + say(Text::Quoted, "en", {"annoyance"}) +
                        ", " + say(Text::Quoted, "en", {"insult"})),
              std::string::npos)
        << text;
}

TEST(CommentText, FrenchParagraphGetsFrenchWords) {
    const RuleInfo rule = feelingsRule();
    const std::string text = commentText(concern(rule, {"outrageant"}, "fr"));
    EXPECT_EQ(firstLine(text), "Infraction fondée sur « outrageant ».");
    EXPECT_NE(text.find(say(Text::WhyItMatters, "fr") + "Un ressenti n'est pas un préjudice."),
              std::string::npos);
    EXPECT_NE(text.find(severityName(Severity::High, "fr")), std::string::npos);
    EXPECT_EQ(text.find(say(Text::WhyItMatters, "en")), std::string::npos);
}

TEST(CommentText, ArabicRussianAndChineseParagraphsGetTheirOwnWords) {
    const RuleInfo rule = feelingsRule();
    struct Case {
        const char* language;
        std::vector<std::string> words;
        std::string rationale;
        std::string alsoFlagged;  // the other words as the language lists them
    };
    const std::vector<Case> cases = {
        {"ar",
         {"الإزعاج", "الإهانة", "القلق"},
         "المشاعر ليست ضرراً.",
         "أُشير أيضاً في هذا الحكم إلى: «الإهانة»، «القلق»"},
        {"ru",
         {"досаждение", "оскорбление", "тревога"},
         "Чувства не являются вредом.",
         "Также отмечено в этом положении: «оскорбление», «тревога»"},
        {"zh", {"烦扰", "侮辱", "焦虑"}, "感受不等于损害。", "本条款中另标记了：“侮辱”、“焦虑”"},
    };
    for (const Case& c : cases) {
        const Concern flagged = concern(rule, c.words, c.language);
        const std::string text = commentText(flagged);
        EXPECT_NE(text.find(c.alsoFlagged), std::string::npos) << c.language << ": " << text;
        EXPECT_NE(text.find("\n" + severityName(Severity::High, c.language) + " \u00b7 " +
                            categoryName("vague-offence", c.language) + "\n"),
                  std::string::npos)
            << text;
        EXPECT_NE(text.find(say(Text::WhyItMatters, c.language) + c.rationale), std::string::npos)
            << text;
        EXPECT_NE(text.find(say(Text::Standards, c.language) + "ICCPR art. 19(3); GC 34 para. 11"),
                  std::string::npos)
            << text;
        for (const char* other : {"en", "fr", "es"}) {
            EXPECT_EQ(text.find(say(Text::WhyItMatters, other)), std::string::npos) << text;
            EXPECT_EQ(text.find(severityName(Severity::High, other)), std::string::npos) << text;
        }
        // The tag is read back by machines: the same ASCII in every language.
        const std::string tagStart = "\n\n[Proviso rule: offensive-message-offence \u00b7 ref ";
        EXPECT_NE(text.find(tagStart + flagged.fingerprint + "-"), std::string::npos) << text;
        const auto tag = parseComment(text);
        ASSERT_TRUE(tag) << c.language;
        EXPECT_EQ(tag->ruleId, rule.id);
        EXPECT_EQ(tag->fingerprint, flagged.fingerprint);
        EXPECT_FALSE(tag->edited) << c.language;
    }
    EXPECT_EQ(severityName(Severity::High, "ar"), "خطورة عالية");
    EXPECT_EQ(categoryName("vague-offence", "ru"), "Нечётко определённое правонарушение");
    EXPECT_EQ(categoryName("unsafeguarded-power", "zh"), "缺乏保障的权力");
}

TEST(CommentTag, ProvisosOwnTextIsRecognisedAndNotEdited) {
    const RuleInfo rule = feelingsRule();
    const Concern c = concern(rule, {"annoyance", "insult"}, "en");
    const std::string text = commentText(c);
    const auto tag = parseComment(text);
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->ruleId, rule.id);
    EXPECT_EQ(tag->fingerprint, c.fingerprint);
    EXPECT_FALSE(tag->edited);
}

TEST(CommentTag, LineBreaksChangedByAFormatAreNoEdit) {
    const RuleInfo rule = feelingsRule();
    std::string text = commentText(concern(rule, {"annoyance"}, "en"));
    // .docx keeps paragraphs, not blank lines; Writer may hand back "\r\n".
    std::string docx;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\n\n") == 0) {
            docx += "\r\n";
            ++i;
        } else {
            docx += text[i];
        }
    }
    const auto tag = parseComment(docx);
    ASSERT_TRUE(tag);
    EXPECT_FALSE(tag->edited);
}

TEST(CommentTag, APersonsEditOrNoteIsSeen) {
    const RuleInfo rule = feelingsRule();
    const std::string text = commentText(concern(rule, {"annoyance"}, "en"));
    std::string edited = text;
    edited.replace(edited.find("concrete"), 8, "specific");
    EXPECT_TRUE(parseComment(edited)->edited);
    EXPECT_TRUE(parseComment(text + "\nRaise this at the hearing.")->edited);
    EXPECT_TRUE(parseComment("Our note first.\n" + text)->edited);
}

TEST(CommentTag, NoLongerFoundMarkIsNotAnEditButIsSeen) {
    const RuleInfo rule = feelingsRule();
    const std::string text = commentText(concern(rule, {"annoyance"}, "fr"));
    const std::string marked = markedNoLongerFound(text);
    EXPECT_TRUE(isMarkedNoLongerFound(marked));
    EXPECT_FALSE(isMarkedNoLongerFound(text));
    EXPECT_EQ(markedNoLongerFound(marked), marked) << "marked once";
    EXPECT_FALSE(parseComment(marked)->edited);
}

TEST(CommentTag, ArabicNoLongerFoundMarkIsInArabicAndRecognised) {
    const RuleInfo rule = feelingsRule();
    const Concern c = concern(rule, {"الإزعاج"}, "ar");
    const std::string text = commentText(c);
    const std::string marked = markedNoLongerFound(text);
    EXPECT_EQ(marked, say(Text::NoLongerFound, "ar") + "\n" + text)
        << "told Arabic by its headings, the rest kept as it was";
    EXPECT_EQ(firstLine(marked).rfind("لم يعد", 0), 0u) << firstLine(marked);
    EXPECT_TRUE(isMarkedNoLongerFound(marked));
    EXPECT_FALSE(isMarkedNoLongerFound(text));
    EXPECT_EQ(markedNoLongerFound(marked), marked) << "marked once";
    const auto tag = parseComment(marked);
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->ruleId, rule.id);
    EXPECT_EQ(tag->fingerprint, c.fingerprint);
    EXPECT_FALSE(tag->edited) << "Proviso's own Arabic line is no edit";
    // A Russian and a Chinese mark are Proviso's too, whatever language the comment is in.
    for (const char* language : {"ru", "zh"}) {
        const std::string other = say(Text::NoLongerFound, language) + "\n" + text;
        EXPECT_TRUE(isMarkedNoLongerFound(other)) << language;
        EXPECT_FALSE(parseComment(other)->edited) << language;
    }
    // A person's Arabic line in front of it is an edit.
    EXPECT_TRUE(parseComment("ملاحظة من المراجع.\n" + text)->edited);
}

TEST(CommentTag, OlderCommentsAndOtherTextsAreToldApart) {
    const auto old = parseComment("HIGH - vague-offence: x\n\n[Proviso rule: feelings]");
    ASSERT_TRUE(old);
    EXPECT_EQ(old->ruleId, "feelings");
    EXPECT_TRUE(old->fingerprint.empty());
    EXPECT_FALSE(old->edited);
    EXPECT_FALSE(parseComment("A reviewer's own comment."));
    EXPECT_FALSE(parseComment("[Proviso rule: ]"));
}

TEST(Explanation, ConcernFirstThenReasonsExamplesAndRuleIdLast) {
    RuleInfo rule = feelingsRule();
    rule.message.text = "Offence turns on \"{match}\" in {provision}.";
    rule.examples = {{"A message that causes [[annoyance]].", true, "", 0},
                     {"A message that places a person in fear of violence.", false, "", 0}};
    const std::string text = explanationText(rule, "insult", "en");
    EXPECT_EQ(firstLine(text), "Offence turns on \"insult\" in \u2026.");
    EXPECT_NE(text.find(say(Text::WhyItMatters, "en") + "Feelings are no harm."),
              std::string::npos);
    EXPECT_NE(text.find(say(Text::ExamplesFlagged, "en") + "\n\u2022 A message that causes " +
                        say(Text::Quoted, "en", {"annoyance"}) + "."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find(say(Text::ExamplesPassed, "en")), std::string::npos);
    EXPECT_GT(text.rfind("offensive-message-offence"), text.find(say(Text::ExamplesPassed, "en")))
        << "the rule id comes last";
}

}  // namespace
}  // namespace proviso::report
