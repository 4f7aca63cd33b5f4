// The findings table ready for an annex: one row per concern (per Proviso comment), grouped by
// provision, in the source document's language, and its HTML, CSV and JSON renderings escaped
// so that a browser, a spreadsheet and a JSON reader get back exactly the cells. No office.
#include "proviso/report/annex.hpp"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "proviso/report/catalogue.hpp"
#include "proviso/rule_set.hpp"

namespace proviso::report {
namespace {

// 2026-12-07 12:00 UTC: the same calendar day in every time zone a test machine may use.
constexpr std::time_t kWhen = 1796644800;

// The fixed test pack (test-pack 1.0.0): its rules' texts are what the rows must carry.
const RuleSet& testPack() {
    static const RuleSet rules = [] {
        RuleSet set;
        std::vector<LoadError> errors;
        set.load(std::string(PROVISO_FIXTURES) + "/rules", errors);
        EXPECT_TRUE(errors.empty());
        return set;
    }();
    return rules;
}

Finding finding(std::string rule, std::string provision, std::size_t block, std::size_t start,
                std::string text, std::string language = "en") {
    Finding f;
    f.ruleId = std::move(rule);
    f.category = "vague-offence";
    f.severity = Severity::High;
    f.provision = std::move(provision);
    f.block = block;
    f.start = start;
    f.end = start + text.size();  // ASCII words: bytes are code points
    f.text = std::move(text);
    f.message = "Offence turns on \"" + f.text + "\".";
    f.language = std::move(language);
    return f;
}

Document document(std::vector<std::string> texts, const std::string& language = "en") {
    Document doc;
    for (auto& t : texts) {
        Block b;
        b.text = std::move(t);
        b.language = language;
        doc.blocks.push_back(std::move(b));
    }
    return doc;
}

const std::string kSection = "A message causing annoyance or needless anxiety is an offence.";

TEST(Annex, TwoFindingsOfOneRuleInOneProvisionAreOneRow) {
    const Document doc = document({"Section 2", kSection});
    const Annex annex = annexOf(
        "Bill 12", doc,
        {finding("test-annoyance", "Section 2", 1, kSection.find("needless anxiety"),
                 "needless anxiety"),
         finding("test-annoyance", "Section 2", 1, kSection.find("annoyance"), "annoyance")},
        testPack().rules(), kWhen);
    ASSERT_EQ(annex.rows.size(), 1u);
    const AnnexRow& row = annex.rows[0];
    EXPECT_EQ(row.number, 1u);
    EXPECT_EQ(row.provision, "Section 2");
    EXPECT_EQ(row.quoted, "“annoyance”, “needless anxiety”") << "both words, document order";
    EXPECT_EQ(row.concern, "Offence turns on \"annoyance\".") << "the comment's first line";
    EXPECT_EQ(row.rationale, "A feeling is not a harm.");
    EXPECT_EQ(row.suggestion, "Require a defined harm.");
    EXPECT_EQ(row.standards, std::vector<std::string>{"ICCPR art. 19(3)"});
    EXPECT_EQ(row.severityText, "High");
    EXPECT_EQ(row.ruleId, "test-annoyance");
    EXPECT_EQ(row.fingerprint.size(), 16u);
    EXPECT_EQ(annex.counts.total(), 1) << "counts are of rows, as the comments are";
    EXPECT_EQ(annex.counts.high, 1);
}

TEST(Annex, RowsAreGroupedByProvisionInDocumentOrder) {
    // Section 2 continues after Section 3 (as when a provision's label comes back): its rows
    // stay together, where the provision first appears; within it, document order.
    const Document doc = document({"annoyance", "needless anxiety", "false news", "fake news"});
    const Annex annex = annexOf("t", doc,
                                {finding("test-false-news", "Section 3", 3, 0, "fake news"),
                                 finding("test-annoyance", "Section 2", 0, 0, "annoyance"),
                                 finding("test-false-news", "Section 2", 2, 0, "false news"),
                                 finding("test-annoyance", "Section 3", 1, 0, "needless anxiety")},
                                testPack().rules(), kWhen);
    ASSERT_EQ(annex.rows.size(), 4u);
    std::vector<std::string> order;
    for (const AnnexRow& row : annex.rows) order.push_back(row.provision + " " + row.ruleId);
    EXPECT_EQ(order,
              (std::vector<std::string>{"Section 2 test-annoyance", "Section 2 test-false-news",
                                        "Section 3 test-annoyance", "Section 3 test-false-news"}));
    for (std::size_t i = 0; i < annex.rows.size(); ++i) EXPECT_EQ(annex.rows[i].number, i + 1);
}

TEST(Annex, WithoutStructureTheParagraphNumberNamesThePlace) {
    const Document doc = document({"Intro.", kSection});
    const Annex annex = annexOf("t", doc, {finding("test-annoyance", "", 1, 18, "annoyance")},
                                testPack().rules(), kWhen);
    ASSERT_EQ(annex.rows.size(), 1u);
    EXPECT_EQ(annex.rows[0].provision, say(Text::TableParagraph, "en", {2}));
}

TEST(Annex, HeadingTellsTitleDateCountsAndPacks) {
    const Document doc = document({kSection});
    const Annex annex = annexOf("Bill 12", doc, {finding("test-annoyance", "", 0, 18, "annoyance")},
                                testPack().rules(), kWhen);
    EXPECT_EQ(annex.language, "en");
    EXPECT_EQ(annex.isoDate, "2026-12-07");
    EXPECT_EQ(annex.date, "December 7, 2026");
    EXPECT_EQ(annex.heading, "Proviso findings: Bill 12");
    EXPECT_NE(annex.summary.find("December 7, 2026"), std::string::npos) << annex.summary;
    EXPECT_NE(annex.summary.find("1 finding"), std::string::npos) << annex.summary;
    ASSERT_EQ(annex.packs.size(), 1u);
    EXPECT_EQ(annex.packs[0].name, "test-pack");
    EXPECT_EQ(annex.packs[0].version, "1.0.0");
    EXPECT_NE(annex.note.find("test-pack (version 1.0.0)"), std::string::npos) << annex.note;
    EXPECT_EQ(annex.columns[0], "No.");
    EXPECT_EQ(annex.columns[4], "Why it matters");
    EXPECT_EQ(annex.columns[6], "Standards");
    EXPECT_EQ(annex.columns[7], "Severity");
}

TEST(Annex, FrenchDocumentGetsAFrenchTable) {
    // Two French concerns against one English: the table is in French, whatever the UI says.
    const Document doc = document({"a", "b", "c"}, "fr-FR");
    const Annex annex = annexOf("Projet de loi", doc,
                                {finding("test-annoyance", "Article 2", 0, 0, "a", "fr-FR"),
                                 finding("test-false-news", "Article 3", 1, 0, "b", "fr"),
                                 finding("test-interception", "Article 4", 2, 0, "c", "en")},
                                testPack().rules(), kWhen);
    EXPECT_EQ(annex.language, "fr");
    EXPECT_EQ(annex.columns[0], "N°");
    EXPECT_EQ(annex.columns[4], "Pourquoi c'est important");
    EXPECT_EQ(annex.rows[0].severityText, "Élevée");
    EXPECT_EQ(annex.rows[0].quoted, "«\u00a0a\u00a0»");
    EXPECT_EQ(annex.date, "7 décembre 2026");
    EXPECT_EQ(annex.heading, "Constats de Proviso\u00a0: Projet de loi");
    EXPECT_NE(annex.note.find("Jeux de règles\u00a0: test-pack (version 1.0.0)"), std::string::npos)
        << annex.note;
}

TEST(Annex, SpanishDocumentWithoutFindingsIsToldFromItsParagraphs) {
    const Document doc = document({"Artículo 1", "Texto sin riesgo."}, "es");
    const Annex annex = annexOf("Ley", doc, {}, testPack().rules(), kWhen);
    EXPECT_EQ(annex.language, "es");
    EXPECT_TRUE(annex.rows.empty());
    EXPECT_EQ(annex.columns[1], "Disposición");
    EXPECT_EQ(annex.date, "7 de diciembre de 2026");
    EXPECT_NE(annex.summary.find("ningún hallazgo"), std::string::npos) << annex.summary;
    EXPECT_NE(annex.note.find("Paquetes de reglas: test-pack (versión 1.0.0)"), std::string::npos);
    EXPECT_NE(annexHtml(annex).find(say(Text::TableNoFindings, "es")), std::string::npos);
}

TEST(Annex, ArabicRussianAndChineseDocumentsGetTablesInTheirLanguage) {
    struct Case {
        const char* tag;  // as a paragraph's language comes from Writer
        const char* language;
        std::array<const char*, 3> columns;  // No., Provision, Why it matters
        const char* severity;
        const char* quoted;
        const char* heading;
        const char* date;
        const char* packs;
        const char* paragraph;  // a provision-less place
        const char* provision;  // "Article 286-1(1)(a)" as its language names it
    };
    const std::vector<Case> cases = {
        {"ar-EG",
         "ar",
         {"الرقم", "الحكم", "سبب الأهمية"},
         "عالية",
         "«a»\u060c «b»",
         "ملاحظات Proviso: قانون",
         "7 ديسمبر 2026",
         "حزم القواعد: test-pack (الإصدار 1.0.0)",
         "الفقرة 2",
         "المادة 286-1(1)(a)"},
        {"ru-RU",
         "ru",
         {"№", "Положение", "Почему это важно"},
         "Высокая",
         "«a», «b»",
         "Замечания Proviso: Закон",
         "7 декабря 2026\u202fг.",
         "Наборы правил: test-pack (версия 1.0.0)",
         "абз. 2",
         "Статья 286-1(1)(a)"},
        {"zh-CN",
         "zh",
         {"序号", "条款", "为何重要"},
         "高",
         "“a”\u3001“b”",
         "Proviso 审查结果：法律",
         "2026年12月7日",
         "规则包：test-pack（版本 1.0.0）",
         "第2段",
         "第286-1条(1)(a)"},
    };
    constexpr std::array<Text, kAnnexColumns> kTitles = {
        Text::ColumnNumber,     Text::ColumnProvision, Text::ColumnQuoted,
        Text::ColumnConcern,    Text::ColumnRationale, Text::ColumnSuggestion,
        Text::ColumnReferences, Text::ColumnSeverity};
    const std::map<std::string, std::string> titles = {
        {"ar", "قانون"}, {"ru", "Закон"}, {"zh", "法律"}};
    for (const Case& c : cases) {
        const Document doc = document({"a b", "c"}, c.tag);
        const Annex annex =
            annexOf(titles.at(c.language), doc,
                    {finding("test-annoyance", "Article 286-1(1)(a)", 0, 0, "a", c.tag),
                     finding("test-annoyance", "Article 286-1(1)(a)", 0, 2, "b", c.tag),
                     finding("test-false-news", "", 1, 0, "c", c.tag)},
                    testPack().rules(), kWhen);
        EXPECT_EQ(annex.language, c.language);
        EXPECT_EQ(annex.columns[0], c.columns[0]);
        EXPECT_EQ(annex.columns[1], c.columns[1]);
        EXPECT_EQ(annex.columns[4], c.columns[2]);
        for (std::size_t i = 0; i < kAnnexColumns; ++i) {
            EXPECT_EQ(annex.columns[i], say(kTitles[i], c.language)) << i;
            EXPECT_NE(annex.columns[i], say(kTitles[i], "en")) << c.language << " " << i;
        }
        ASSERT_EQ(annex.rows.size(), 2u) << c.language;
        EXPECT_EQ(annex.rows[0].severityText, c.severity);
        EXPECT_EQ(annex.rows[0].quoted, c.quoted);
        EXPECT_EQ(annex.rows[0].provision, c.provision);
        EXPECT_EQ(annex.rows[1].provision, c.paragraph);
        EXPECT_EQ(annex.rows[0].ruleId, "test-annoyance") << "the rule id as it is";
        EXPECT_EQ(annex.heading, c.heading);
        EXPECT_EQ(annex.date, c.date);
        EXPECT_NE(annex.summary.find(c.date), std::string::npos) << annex.summary;
        EXPECT_NE(annex.note.find(c.packs), std::string::npos) << annex.note;
        const auto json = nlohmann::json::parse(annexJson(annex));
        EXPECT_EQ(json["columns"][1]["key"], "provision") << "keys stay for machines";
        EXPECT_EQ(json["columns"][1]["title"], c.columns[1]);
        EXPECT_EQ(json["rows"][0]["level"], "high");
    }
}

TEST(Annex, OtherLanguagesGetEnglish) {
    const Document doc = document({"x"}, "de");
    EXPECT_EQ(annexOf("t", doc, {}, testPack().rules(), kWhen).language, "en");
}

// A row whose cells hold everything a renderer must escape.
Annex trickyAnnex() {
    const std::string words = "say \"<b>\" & go, then\nstop";
    const Document doc = document({words});
    Finding f = finding("test-annoyance", "Art. 1, <i>", 0, 0, words);
    f.message = "Quote \"x\", comma & <tag>\r\nnext line";
    return annexOf("A & B <draft>", doc, {f}, testPack().rules(), kWhen);
}

TEST(AnnexCsv, FieldsAreQuotedAsRfc4180Says) {
    const Annex annex = trickyAnnex();
    const std::string csv = annexCsv(annex);
    const std::string header =
        "No.,Provision,Quoted text,Concern,Why it matters,Suggested safeguard or redraft,"
        "Standards,Severity\r\n";
    ASSERT_EQ(csv.substr(0, header.size()), header);
    EXPECT_EQ(csv.substr(header.size()),
              "1,\"Art. 1, <i>\",\"“say \"\"<b>\"\" & go, then\nstop”\","
              "\"Quote \"\"x\"\", comma & <tag>\r\nnext line\",A feeling is not a harm.,"
              "Require a defined harm.,ICCPR art. 19(3),High\r\n");
    EXPECT_EQ(csv.find("A & B"), std::string::npos) << "the heading is not a row";
}

TEST(AnnexHtml, EveryTextIsEscapedAndTheHeaderRepeats) {
    const std::string html = annexHtml(trickyAnnex());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(html.find("<h1>Proviso findings: A &amp; B &lt;draft&gt;</h1>"), std::string::npos);
    EXPECT_NE(html.find("<td>Art. 1, &lt;i&gt;</td>"), std::string::npos);
    EXPECT_NE(html.find("<td>“say &quot;&lt;b&gt;&quot; &amp; go, then<br>stop”</td>"),
              std::string::npos);
    EXPECT_EQ(html.find("<b>"), std::string::npos);
    EXPECT_EQ(html.find("<i>"), std::string::npos);
    EXPECT_NE(html.find("<thead>"), std::string::npos);
    EXPECT_NE(html.find("thead { display: table-header-group; }"), std::string::npos);
    EXPECT_NE(html.find("tr { break-inside: avoid"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\">Why it matters</th>"), std::string::npos);
}

TEST(AnnexHtml, ArabicReadsFromTheRight) {
    const Document doc = document({"a"}, "ar");
    const Annex annex = annexOf("قانون", doc, {finding("test-annoyance", "", 0, 0, "a", "ar")},
                                testPack().rules(), kWhen);
    const std::string html = annexHtml(annex);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">", 0), 0u) << html;
    EXPECT_NE(html.find("text-align: start"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"col\">سبب الأهمية</th>"), std::string::npos);
    // Other languages keep the browser's left-to-right default.
    EXPECT_EQ(annexHtml(trickyAnnex()).find("dir="), std::string::npos);
}

TEST(AnnexJson, CarriesHeadingFactsColumnsAndRows) {
    const auto json = nlohmann::json::parse(annexJson(trickyAnnex()));
    EXPECT_EQ(json["title"], "A & B <draft>");
    EXPECT_EQ(json["date"], "2026-12-07");
    EXPECT_EQ(json["language"], "en");
    EXPECT_EQ(json["counts"]["high"], 1);
    EXPECT_EQ(json["counts"]["total"], 1);
    EXPECT_EQ(json["packs"][0]["name"], "test-pack");
    EXPECT_EQ(json["packs"][0]["version"], "1.0.0");
    ASSERT_EQ(json["columns"].size(), kAnnexColumns);
    EXPECT_EQ(json["columns"][2]["key"], "quoted");
    EXPECT_EQ(annexColumnKey(AnnexColumn::Quoted), "quoted");
    EXPECT_EQ(annexColumnKey(AnnexColumn::Severity), "severity");
    EXPECT_EQ(json["columns"][2]["title"], "Quoted text");
    ASSERT_EQ(json["rows"].size(), 1u);
    EXPECT_EQ(json["rows"][0]["concern"], "Quote \"x\", comma & <tag>\r\nnext line");
    EXPECT_EQ(json["rows"][0]["standards"][0], "ICCPR art. 19(3)");
    EXPECT_EQ(json["rows"][0]["level"], "high");
    EXPECT_EQ(json["rows"][0]["rule"], "test-annoyance");
}

TEST(AnnexRender, KnowsItsFormats) {
    const Annex annex = trickyAnnex();
    EXPECT_EQ(renderAnnex(annex, "csv"), annexCsv(annex));
    EXPECT_EQ(renderAnnex(annex, "html"), annexHtml(annex));
    EXPECT_EQ(renderAnnex(annex, "json"), annexJson(annex));
    EXPECT_FALSE(isAnnexTextFormat("odt"));
    EXPECT_TRUE(renderAnnex(annex, "xml").empty());
}

}  // namespace
}  // namespace proviso::report
