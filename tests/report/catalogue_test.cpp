// The words Proviso says, in the three interface languages: no office needed.
#include "proviso/report/catalogue.hpp"

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/unistr.h>

#include <gtest/gtest.h>

#include <memory>

namespace proviso::report {
namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// 12345 as ICU writes it in `language`, so that the tests follow ICU's data, not a guess of it.
std::string grouped12345(const char* language) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(
        icu::NumberFormat::createInstance(icu::Locale(language), status));
    EXPECT_TRUE(U_SUCCESS(status));
    icu::UnicodeString out;
    format->format(static_cast<int32_t>(12345), out);
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

TEST(Catalogue, IsSound) {
    for (const std::string& problem : catalogueProblems()) ADD_FAILURE() << problem;
}

TEST(Catalogue, EveryTextExistsInEveryLanguage) {
    for (int id = 0; id <= static_cast<int>(kLastText); ++id) {
        for (const char* language : kLanguages) {
            const std::string text = say(static_cast<Text>(id), language, {2, 3, 4, 5, 6});
            EXPECT_FALSE(text.empty()) << id << " " << language;
            EXPECT_EQ(text.find('{'), std::string::npos) << id << " " << language << ": " << text;
        }
    }
}

TEST(Catalogue, CountsAgreeWithTheirNumber) {
    EXPECT_EQ(findingsSummary(1, 0, 0, false, "en"), "1 finding: 1 high, 0 medium, 0 low.");
    EXPECT_EQ(findingsSummary(3, 2, 1, false, "en"), "6 findings: 3 high, 2 medium, 1 low.");
    // French counts 0 and 1 as singular.
    EXPECT_EQ(findingsSummary(1, 0, 1, false, "fr"),
              "2 constats\u00a0: 1 élevé, 0 moyen, 1 faible.");
    EXPECT_EQ(findingsSummary(2, 0, 0, false, "es"), "2 hallazgos: 2 altos, 0 medios, 0 bajos.");
    EXPECT_EQ(findingsSummary(1, 0, 0, false, "es"), "1 hallazgo: 1 alto, 0 medios, 0 bajos.");

    EXPECT_EQ(say(Text::TableWritten, "en", {"Bill", 1}), "Findings table of Bill: 1 finding.");
    EXPECT_EQ(say(Text::TableWritten, "en", {"Bill", 2}), "Findings table of Bill: 2 findings.");
    EXPECT_TRUE(has(say(Text::TableWritten, "fr", {"Loi", 0}), " 0 constat."));
    EXPECT_TRUE(has(say(Text::TableWritten, "fr", {"Loi", 1}), " 1 constat."));
    EXPECT_TRUE(has(say(Text::TableWritten, "fr", {"Loi", 2}), " 2 constats."));
    EXPECT_TRUE(has(say(Text::TableWritten, "es", {"Ley", 1}), " 1 hallazgo."));
    EXPECT_TRUE(has(say(Text::TableWritten, "es", {"Ley", 2}), " 2 hallazgos."));
}

TEST(Catalogue, NothingFoundIsSaidPlainly) {
    EXPECT_EQ(findingsSummary(0, 0, 0, false, "en"), "No risky language found.");
    EXPECT_EQ(findingsSummary(0, 0, 0, true, "es"),
              "No se encontró lenguaje de riesgo. (en la selección)");
    EXPECT_EQ(say(Text::TableSummary, "en", {"2024-05-01", 0, 0, 0, 0}),
              "Date: 2024-05-01 \u2013 no findings");
    EXPECT_EQ(say(Text::TableSummary, "en", {"2024-05-01", 6, 4, 2, 0}),
              "Date: 2024-05-01 \u2013 6 findings, by severity: 4 high, 2 medium, 0 low");
}

TEST(Catalogue, FrenchApostrophesSurviveThePattern) {
    EXPECT_TRUE(has(say(Text::NotCommented, "fr", {1}), "1 constat n'a pas été commenté"));
    EXPECT_TRUE(has(say(Text::NotCommented, "fr", {3}), "3 constats n'ont pas été commentés"));
    EXPECT_EQ(say(Text::WhyItMatters, "fr"), "Pourquoi c'est important\u00a0: ");
    EXPECT_EQ(say(Text::Undone, "en"), "Proviso's last step was undone.");
}

TEST(Catalogue, FollowsTheLanguageWithEnglishAsFallback) {
    EXPECT_EQ(catalogueLanguage("fr-CA"), "fr");
    EXPECT_EQ(catalogueLanguage("FR"), "fr");
    EXPECT_EQ(catalogueLanguage("es_419"), "es");
    EXPECT_EQ(catalogueLanguage("de"), "en");
    EXPECT_EQ(catalogueLanguage(""), "en");
    EXPECT_EQ(say(Text::CommentChanges, "fr-CA", {2, 3, 1}),
              "Commentaires\u00a0: 2 ajoutés, 3 conservés, 1 supprimé.");
    EXPECT_EQ(say(Text::CommentChanges, "es", {2, 3, 1}),
              "Comentarios: 2 añadidos, 3 conservados, 1 eliminado.");
    EXPECT_EQ(say(Text::CommentChanges, "de", {2, 3, 1}), "Comments: 2 added, 3 kept, 1 removed.");
}

TEST(Catalogue, AnUnknownIdSaysNothingAndDoesNotThrow) {
    EXPECT_EQ(say(static_cast<Text>(9999), "fr"), "");
}

TEST(Catalogue, TextArgumentsComeOutAsGiven) {
    const std::string odd = "bad {0} pattern, l'{1} '#' ''quoted'' {";
    EXPECT_EQ(say(Text::Failed, "en", {odd}),
              "Proviso could not finish: " + odd + ". The document was left as it was.");
    EXPECT_EQ(say(Text::Failed, "fr", {odd}),
              "Proviso n'a pas pu terminer\u00a0: " + odd + ". Le document est resté tel quel.");
    // Inside a plural branch too, where '#' stands for the count in the pattern.
    EXPECT_EQ(say(Text::RuleProblems, "en", {1, odd}),
              "1 problem in your rule files (the other rules were used): " + odd);
    EXPECT_EQ(say(Text::OptionsFailed, "es", {odd}), "Proviso: " + odd);
}

TEST(Catalogue, QuotesInEachLanguage) {
    EXPECT_EQ(say(Text::Quoted, "en", {"any person"}), "\u201cany person\u201d");
    EXPECT_EQ(say(Text::Quoted, "fr", {"toute personne"}),
              "\u00ab\u00a0toute personne\u00a0\u00bb");
    EXPECT_EQ(say(Text::Quoted, "es", {"toda persona"}), "\u00abtoda persona\u00bb");
}

TEST(Catalogue, NumbersAreGroupedAsTheLanguageDoes) {
    EXPECT_EQ(grouped12345("en"), "12,345");
    EXPECT_EQ(say(Text::Cleared, "en", {12345}),
              "12,345 Proviso comments removed; other comments were left alone.");
    const std::string french = grouped12345("fr");
    EXPECT_TRUE(has(french, "\u202f")) << french;  // ICU 72: a narrow no-break space
    EXPECT_TRUE(has(say(Text::Cleared, "fr", {12345}), french + " commentaires de Proviso"));
    EXPECT_TRUE(has(say(Text::Cleared, "es", {12345}), grouped12345("es") + " comentarios"));
    // A paragraph number names a place: not grouped.
    EXPECT_EQ(say(Text::TableParagraph, "fr", {12345}), "al. 12345");
}

TEST(Catalogue, SeverityAndCategoryAsWords) {
    EXPECT_EQ(severityName(Severity::High, "en"), "High risk");
    EXPECT_EQ(severityName(Severity::High, "fr"), "Risque élevé");
    EXPECT_EQ(severityName(Severity::High, "es"), "Riesgo alto");
    EXPECT_EQ(severityLevel(Severity::Medium, "fr"), "Moyenne");
    EXPECT_EQ(severityLevel(Severity::Low, "en"), "Low");
    EXPECT_EQ(categoryName("vague-offence", "fr"), "Infraction vague");
    EXPECT_EQ(categoryName("unsafeguarded-power", "en"), "Power without safeguards");
    EXPECT_EQ(categoryName("drafting", "es"), "Redacción");
    EXPECT_EQ(categoryName("someone's {new} category", "fr"), "someone's {new} category");
}

TEST(Catalogue, CommentHeadingsCarryTheirOwnPunctuation) {
    for (Text heading : {Text::WhyItMatters, Text::AskFor, Text::Standards, Text::AlsoFlagged}) {
        for (const char* language : kLanguages) {
            const std::string text = say(heading, language);
            ASSERT_GE(text.size(), 3u);
            EXPECT_EQ(text.substr(text.size() - 2), ": ") << language << ": " << text;
        }
        EXPECT_TRUE(has(say(heading, "fr"), "\u00a0: ")) << say(heading, "fr");
    }
    EXPECT_EQ(say(Text::WhyItMatters, "en"), "Why it matters: ");
    EXPECT_EQ(say(Text::AskFor, "en"), "Ask for: ");
    for (const char* language : kLanguages) {
        EXPECT_EQ(say(Text::NoLongerFound, language).find('\n'), std::string::npos);
    }
}

}  // namespace
}  // namespace proviso::report
