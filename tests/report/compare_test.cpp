// What a newer draft did to the judgement on an older one, with the shipped rule packs: the
// exact list of changes on pairs of small drafts. Each pair's findings were checked with
// `proviso check` on both drafts.
//
// The drafts are adapted from public texts in ../shared/corpus (as in
// tests/core/alignment_test.cpp):
//   Illegal access: Council of Europe Convention on Cybercrime (ETS No. 185), Article 2;
//   Search and seizure of stored computer data: the same Convention, Article 19(1)-(3);
//   Production order: the same Convention, Article 18(1)(a);
//   Interception of content data, and its secrecy duty: the same Convention, Article 21(1)
//     and (3), with a time limit in the newer draft;
//   Restricting or blocking access to computer data: Philippines, Cybercrime Prevention Act
//     2012 (R.A. 10175), s.19, with "the Minister" for "the DOJ";
//   False information: an offence of publishing false news, narrowed in the newer draft with
//     knowledge of falsity and intent to cause public disorder (as Ethiopia's Hate Speech and
//     Disinformation Prevention Proclamation 1185/2020, art. 2, defines disinformation).
// One pair is used as it is: Nigeria, Cybercrimes Act 2015, s.24(1), and its substitution by
// the Cybercrimes (Amendment) Act 2024.
#include "proviso/report/compare.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "proviso/rule_set.hpp"

namespace proviso::report {
namespace {

const RuleSet& shipped() {
    static const RuleSet rules = [] {
        RuleSet r;
        std::vector<LoadError> errors;
        r.load(PROVISO_RULES_DIR, errors);
        EXPECT_TRUE(errors.empty());
        return r;
    }();
    return rules;
}

const char* const kTitle = "Cybercrime Bill\n";

const char* const kIllegalAccess =
    "Illegal access\n"
    "(1) A person who intentionally and without right accesses the whole or any part of a "
    "computer system commits an offence.\n";

const std::string kSearchWith =
    "Search and seizure of stored computer data\n(1) A police officer may";
const char* const kSearchPower =
    " search or similarly access a computer system or part of it and computer data stored "
    "therein, and a computer-data storage medium in which computer data may be stored.\n";
const char* const kSearchRest =
    "(2) Where a police officer searching a computer system has grounds to believe that the data "
    "sought is stored in another computer system in Ruritania, and such data is lawfully "
    "accessible from or available to the initial system, the officer may expeditiously extend "
    "the search to the other system.\n"
    "(3) A police officer may seize or similarly secure computer data accessed under subsection "
    "(1) or (2), make and retain a copy of those computer data, maintain their integrity, and "
    "render inaccessible or remove those computer data in the accessed computer system.\n";
const std::string kSearchByJudge =
    kSearchWith + ", on a warrant issued by a judge," + kSearchPower + kSearchRest;
const std::string kSearchByOfficer = kSearchWith + kSearchPower + kSearchRest;

const char* const kProductionOrder =
    "Production order\n"
    "A police officer may, on an order of a judge, order a person in Ruritania to submit "
    "specified computer data in that person's possession or control, which is stored in a "
    "computer system or a computer-data storage medium.\n";

const char* const kBlocking =
    "Restricting or blocking access to computer data\n"
    "When a computer data is prima facie found to be in violation of the provisions of this Act, "
    "the Minister shall issue an order to restrict or block access to such computer data.\n";

std::string section(int number, const std::string& body) {
    return "Section " + std::to_string(number) + " - " + body;
}

// "Section 2(1) > Section 2(1): new-risk rule [old words | new words]", "riskier" after it
// when the change made the bill riskier; "-" for a missing side, "(title)" before the first
// heading.
std::vector<std::string> changes(const std::string& oldText, const std::string& newText) {
    const auto side = [](const std::string& label, bool present) {
        return !present ? std::string("-") : label.empty() ? std::string("(title)") : label;
    };
    std::vector<std::string> out;
    for (const DraftChange& c : compareDrafts(documentFromPlainText(oldText),
                                              documentFromPlainText(newText), shipped().rules())) {
        const bool hasOld = c.kind != DraftChange::Kind::Added;
        const bool hasNew = c.kind != DraftChange::Kind::Deleted;
        out.push_back(side(c.provisionOld, hasOld) + " > " + side(c.provisionNew, hasNew) + ": " +
                      std::string(toString(c.kind)) + (c.rule.empty() ? "" : " " + c.rule) + " [" +
                      c.textOld + " | " + c.textNew + "]" + (c.riskier ? " riskier" : ""));
    }
    return out;
}

TEST(CompareDrafts, AJudgeRemovedFromASearchPowerIsANewRisk) {
    const std::string before =
        std::string(kTitle) + section(1, kIllegalAccess) + section(2, kSearchByJudge);
    const std::string after =
        std::string(kTitle) + section(1, kIllegalAccess) + section(2, kSearchByOfficer);
    EXPECT_EQ(changes(before, after),
              (std::vector<std::string>{
                  "Section 2(1) > Section 2(1): new-risk search-by-official-without-warrant [ | "
                  "police officer may search or similarly access a computer] riskier"}));
}

TEST(CompareDrafts, ATimeLimitOnASecrecyDutyResolvesIt) {
    const std::string power =
        "Interception of content data\n"
        "(1) A police officer may, on a warrant issued by a judge, collect or record, through "
        "the application of technical means, content data of specified communications "
        "transmitted by means of a computer system.\n"
        "(2) A service provider shall keep confidential the fact of the execution of any power "
        "provided for in this section and any information relating to it";
    EXPECT_EQ(changes(section(5, power + ".\n"),
                      section(5, power + ", for a period not exceeding ninety days.\n")),
              (std::vector<std::string>{"Section 5(2) > Section 5(2): resolved "
                                        "secrecy-without-time-limit [keep confidential the "
                                        "fact | ]"}));
}

TEST(CompareDrafts, ANarrowedFalseNewsOffenceNoLongerLacksIntent) {
    // Still an offence built on falsity, but no longer one without intent.
    EXPECT_EQ(
        changes(section(9,
                        "False information\n"
                        "A person who publishes false news commits an offence.\n"),
                section(9,
                        "False information\n"
                        "A person who, knowing it to be false, publishes false news "
                        "with intent to cause serious public disorder commits an "
                        "offence.\n")),
        (std::vector<std::string>{"Section 9 > Section 9: resolved "
                                  "offence-missing-intent-or-right [commits an offence | ]"}));
}

TEST(CompareDrafts, NigeriasNarrowedSection24LosesItsOffenceToFeelings) {
    // The 2024 text splits (1) into items (a) and (b): their findings are still those of
    // Section 24(1), so the rules found on both sides are no change.
    EXPECT_EQ(
        changes("Section 24\n"
                "(1) A person who knowingly sends message or other matter by means of computer "
                "systems or network that - (a) is grossly offensive, pornographic or of an "
                "indecent, obscene or menacing character or causes any such message to be so "
                "sent, or, (b) he knows to be false, for the purpose of causing annoyance, "
                "inconvenience, danger, obstruction, insult, injury, criminal intimidation, "
                "enmity, hatred, ill will or needless anxiety to another or causes such a message "
                "to be sent, commits an offence under this Act and is liable on conviction to a "
                "fine of not more than N7,000,000.00 or imprisonment for a term of not more than "
                "3 years or both.\n",
                "Section 24\n"
                "(1) A person who knowingly or intentionally sends a message or other matter by "
                "means of Computer Systems or Network that\u2014\n"
                "(a) is pornographic; or\n"
                "(b) he knows to be false, for the purpose of causing a breakdown of law and "
                "order, posing a threat to life, or causing such message to be sent,\n"
                "Commits an offence under this Act and is liable on conviction to a fine of not "
                "more than N7,000,000.00 or imprisonment for a term of not more than 3 years or "
                "both.\n"),
        (std::vector<std::string>{
            "Section 24(1) > Section 24(1): resolved offensive-message-offence [grossly "
            "offensive; menacing character; annoyance; inconvenience; insult; ill will; "
            "needless anxiety | ]"}));
}

const std::string kFirstReading = std::string(kTitle) + section(1, kIllegalAccess) +
                                  section(2, kSearchByJudge) + section(3, kProductionOrder);
const std::string kWithBlocking = kFirstReading + section(4, kBlocking);

TEST(CompareDrafts, AnAddedBlockingSectionBringsItsRisks) {
    EXPECT_EQ(changes(kFirstReading, kWithBlocking),
              (std::vector<std::string>{
                  "- > Section 4: added blocking-without-court [ | Restricting or blocking "
                  "access; restrict or block access] riskier",
                  "- > Section 4: added executive-authorisation-low-standard [ | prima facie] "
                  "riskier"}));
}

TEST(CompareDrafts, ADeletedSectionTakesItsRisksAlongButIsNotRiskier) {
    EXPECT_EQ(changes(kWithBlocking, kFirstReading),
              (std::vector<std::string>{
                  "Section 4 > -: deleted blocking-without-court [Restricting or blocking "
                  "access; restrict or block access | ]",
                  "Section 4 > -: deleted executive-authorisation-low-standard [prima facie | ]"}));
}

TEST(CompareDrafts, AProvisionAddedWithoutRiskIsToldWithItsText) {
    EXPECT_EQ(changes(std::string(kTitle) + section(1, kIllegalAccess),
                      std::string(kTitle) + section(1, kIllegalAccess) +
                          "Section 2 - Commencement\nThis Act comes into force on 1 July.\n"),
              (std::vector<std::string>{"- > Section 2: added [ | Section 2 - Commencement\nThis "
                                        "Act comes into force on 1 July.]"}));
}

TEST(CompareDrafts, RenumberedSectionsWithTheSameTextAreNoChange) {
    // After a consolidation the same three sections are numbered 7 to 9: their risks (the
    // title's missing safeguards clause among them) are the same.
    const std::string renumbered = std::string(kTitle) + section(7, kIllegalAccess) +
                                   section(8, kSearchByOfficer) + section(9, kProductionOrder);
    const std::string before = std::string(kTitle) + section(1, kIllegalAccess) +
                               section(2, kSearchByOfficer) + section(3, kProductionOrder);
    EXPECT_EQ(changes(before, renumbered), std::vector<std::string>{});
    EXPECT_FALSE(anyRiskier(compareDrafts(documentFromPlainText(before),
                                          documentFromPlainText(renumbered), shipped().rules())));
}

TEST(CompareDrafts, RiskierOnlyWhenARiskCameIn) {
    const auto doc = [](const std::string& text) { return documentFromPlainText(text); };
    EXPECT_TRUE(
        anyRiskier(compareDrafts(doc(kFirstReading), doc(kWithBlocking), shipped().rules())));
    EXPECT_FALSE(
        anyRiskier(compareDrafts(doc(kWithBlocking), doc(kFirstReading), shipped().rules())));
}

// The drafts of tests/fixtures/compare (sources in its README.md).
Document fixture(const std::string& name) {
    std::ifstream in(std::string(PROVISO_FIXTURES) + "/compare/" + name, std::ios::binary);
    EXPECT_TRUE(in) << name;
    std::stringstream text;
    text << in.rdbuf();
    return documentFromPlainText(text.str());
}

// As changes(), with the shipped vocabulary, so with safeguards: a safeguard change reads
// "Section 2(1) > Section 2(1): safeguard-removed judicial-authorisation 'judicial
// authorisation' (en) [warrant issued by a judge | ] riskier".
std::vector<std::string> describe(const std::vector<DraftChange>& found) {
    const auto side = [](const std::string& label, bool present) {
        return !present ? std::string("-") : label.empty() ? std::string("(title)") : label;
    };
    std::vector<std::string> out;
    for (const DraftChange& c : found) {
        const bool hasOld = c.kind != DraftChange::Kind::Added;
        const bool hasNew = c.kind != DraftChange::Kind::Deleted;
        std::string what = std::string(toString(c.kind)) + (c.rule.empty() ? "" : " " + c.rule);
        if (!c.conceptName.empty()) {
            what += " " + c.conceptName + " '" + c.conceptLabel + "' (" + c.language + ")";
        }
        out.push_back(side(c.provisionOld, hasOld) + " > " + side(c.provisionNew, hasNew) + ": " +
                      what + " [" + c.textOld + " | " + c.textNew + "]" +
                      (c.riskier ? " riskier" : ""));
    }
    return out;
}

std::vector<std::string> withSafeguards(const Document& oldDoc, const Document& newDoc) {
    return describe(compareDrafts(oldDoc, newDoc, shipped().rules(), {}, &shipped().vocabulary()));
}

std::vector<std::string> withSafeguards(const std::string& oldText, const std::string& newText) {
    return withSafeguards(documentFromPlainText(oldText), documentFromPlainText(newText));
}

TEST(CompareSafeguards, TheSecondReadingLosesTheJudgeAndGainsIntent) {
    EXPECT_EQ(withSafeguards(fixture("first-reading.txt"), fixture("second-reading.txt")),
              (std::vector<std::string>{
                  "Section 2(1) > Section 2(1): new-risk search-by-official-without-warrant [ | "
                  "police officer may search or similarly access a computer] riskier",
                  "Section 2(1) > Section 2(1): safeguard-removed judicial-authorisation "
                  "'judicial authorisation' (en) [a warrant issued by a judge | ] riskier",
                  "Section 3 > Section 3: resolved offence-missing-intent-or-right [commits an "
                  "offence | ]",
                  "Section 3 > Section 3: safeguard-added intent 'intent' (en) [ | with intent]",
                  "- > Section 4: added blocking-without-court [ | Restricting or blocking "
                  "access; restrict or block access] riskier",
                  "- > Section 4: added executive-authorisation-low-standard [ | prima facie] "
                  "riskier"}));
}

TEST(CompareSafeguards, RenumberedSectionsKeepTheirSafeguards) {
    EXPECT_EQ(withSafeguards(fixture("first-reading.txt"), fixture("renumbered-narrowed.txt")),
              (std::vector<std::string>{
                  "- > Section 1: added [ | Section 1 - Interpretation\nIn this Act, \"computer "
                  "system\" means any device or group of interconnected or related devices, one "
                  "or more of which, pursuant to a program, performs automatic processing of "
                  "data.]",
                  "Section 3 > Section 4: resolved offence-missing-intent-or-right [commits an "
                  "offence | ]",
                  "Section 3 > Section 4: safeguard-added intent 'intent' (en) [ | with "
                  "intent]"}));
}

TEST(CompareSafeguards, AMovedArticleAndASplitSubsectionLoseNothingAndATimeLimitIsAdded) {
    EXPECT_EQ(withSafeguards(fixture("preservation-first.txt"), fixture("preservation-second.txt")),
              (std::vector<std::string>{
                  // The illegal-access section moved to the front keeps its intent and "without
                  // right"; the interception power keeps its time limit in the new 3(2).
                  "Section 1(1) > Section 2(1): resolved preservation-without-maximum [expeditious "
                  "preservation | ]",
                  "Section 1(2) > Section 2(2): safeguard-added time-limit 'time limit' (en) [ | "
                  "not exceeding]",
                  "- > Section 3(2): added [ | (2) A warrant under subsection (1) authorises the "
                  "collection or recording for a period not exceeding 90 days.]"}));
}

TEST(CompareSafeguards, ASpanishTimeLimitRemovedIsToldInSpanish) {
    EXPECT_EQ(withSafeguards(fixture("urgencia-primera.txt"), fixture("urgencia-segunda.txt")),
              (std::vector<std::string>{
                  "Article 2(1) > Article 2(1): safeguard-removed time-limit 'plazo máximo' (es) "
                  "[plazo máximo | ] riskier"}));
}

const std::string kSearchBy = "Search of computer data\n(1) A police officer may";

TEST(CompareSafeguards, AbsenceWordingStatesNoSafeguard) {
    const std::string withOrder =
        section(2, kSearchBy + ", on a warrant issued by a judge," + kSearchPower);
    const std::string withoutOrder =
        section(2, kSearchBy + ", without a warrant issued by a judge," + kSearchPower);
    const auto safeguardsOnly = [](std::vector<std::string> all) {
        std::erase_if(
            all, [](const std::string& c) { return c.find("safeguard-") == std::string::npos; });
        return all;
    };
    // "without a warrant issued by a judge" states no judge: the judge is removed, or added back.
    EXPECT_EQ(safeguardsOnly(withSafeguards(withOrder, withoutOrder)),
              (std::vector<std::string>{
                  "Section 2(1) > Section 2(1): safeguard-removed judicial-authorisation "
                  "'judicial authorisation' (en) [a warrant issued by a judge | ] riskier"}));
    EXPECT_EQ(safeguardsOnly(withSafeguards(withoutOrder, withOrder)),
              (std::vector<std::string>{
                  "Section 2(1) > Section 2(1): safeguard-added judicial-authorisation "
                  "'judicial authorisation' (en) [ | a warrant issued by a judge]"}));
    // A prohibition states it: "shall not ... without a warrant issued by a judge"
    // requires one.
    const std::string forbidden = section(
        2, std::string("Search of computer data\n(1) A police officer shall not, without a warrant "
                       "issued by a judge,") +
               kSearchPower);
    EXPECT_EQ(safeguardsOnly(withSafeguards(withOrder, forbidden)), std::vector<std::string>{});
}

TEST(CompareSafeguards, SansAutorisationDuJugeStatesNoJudge) {
    const std::string heading = "Article 3 - Perquisition des systèmes informatiques\n";
    const std::string power =
        " autorisation du juge des libertés, accéder à un système informatique et aux données "
        "qui y sont stockées.\n";
    const std::string withJudge = heading + "1. L'officier de police judiciaire peut, sur" + power;
    const std::string withoutJudge =
        heading + "1. L'officier de police judiciaire peut, sans" + power;
    // Only the judge: "sans autorisation" is also how the without-right concept of offences is
    // written, but that concept counts in offences only (roles: [offence]), and this is a power.
    EXPECT_EQ(withSafeguards(withJudge, withoutJudge),
              (std::vector<std::string>{
                  "Article 3(1) > Article 3(1): safeguard-removed judicial-authorisation "
                  "'autorisation judiciaire' (fr) [autorisation du juge | ] riskier"}));
    // In an offence it is the offence's "sans droit": narrowed to conduct without right.
    const std::string offenceHeading = "Article 4 - Accès frauduleux\n";
    const std::string broad =
        offenceHeading +
        "Le fait d'accéder à un système de traitement automatisé de données est puni de deux "
        "ans d'emprisonnement.\n";
    const std::string narrowed =
        offenceHeading +
        "Le fait d'accéder sans autorisation à un système de traitement automatisé de données "
        "est puni de deux ans d'emprisonnement.\n";
    const auto rightOnly = [](std::vector<std::string> all) {
        std::erase_if(
            all, [](const std::string& c) { return c.find("without-right") == std::string::npos; });
        return all;
    };
    EXPECT_EQ(rightOnly(withSafeguards(broad, narrowed)),
              (std::vector<std::string>{"Article 4 > Article 4: safeguard-added without-right "
                                        "'sans droit' (fr) [ | sans autorisation]"}));
}

TEST(CompareSafeguards, WithoutAVocabularyNoSafeguardIsCompared) {
    const std::vector<DraftChange> found = compareDrafts(
        fixture("first-reading.txt"), fixture("second-reading.txt"), shipped().rules());
    EXPECT_EQ(found.size(), 4u);
    for (const DraftChange& c : found) {
        EXPECT_NE(c.kind, DraftChange::Kind::SafeguardRemoved);
        EXPECT_NE(c.kind, DraftChange::Kind::SafeguardAdded);
        EXPECT_TRUE(c.conceptName.empty());
        EXPECT_EQ(c.language, "en");  // every change says the language it was read in
    }
}

}  // namespace
}  // namespace proviso::report
