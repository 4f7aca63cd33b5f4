// The words Proviso says, in the six interface languages: no office needed.
#include "proviso/report/catalogue.hpp"

#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <vector>

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

    // Arabic tells apart 0, 1, 2, 3-10, 11-99 and 100-102: the noun's number and case change,
    // and one and two are said with no figure.
    const std::string law = "جدول ملاحظات «قانون»: ";
    EXPECT_EQ(say(Text::TableWritten, "ar", {"قانون", 0}), law + "لا توجد ملاحظات.");
    EXPECT_EQ(say(Text::TableWritten, "ar", {"قانون", 1}), law + "ملاحظة واحدة.");
    EXPECT_EQ(say(Text::TableWritten, "ar", {"قانون", 2}), law + "ملاحظتان.");
    EXPECT_EQ(say(Text::TableWritten, "ar", {"قانون", 3}), law + "3 ملاحظات.");
    EXPECT_EQ(say(Text::TableWritten, "ar", {"قانون", 11}), law + "11 ملاحظة.");
    EXPECT_EQ(say(Text::TableWritten, "ar", {"قانون", 100}), law + "100 ملاحظة.");
    EXPECT_TRUE(has(say(Text::Cleared, "ar", {3}), "حُذفت 3 تعليقات "));
    EXPECT_TRUE(has(say(Text::Cleared, "ar", {11}), "حُذف 11 تعليقاً "));
    EXPECT_TRUE(has(say(Text::Cleared, "ar", {100}), "حُذف 100 تعليق "));
    EXPECT_EQ(findingsSummary(1, 1, 0, false, "ar"),
              "ملاحظتان؛ حسب الخطورة: عالية 1، متوسطة 1، منخفضة 0.");

    // Russian tells apart 1 and 21, 2-4, and 5-20.
    EXPECT_EQ(findingsSummary(1, 0, 0, false, "ru"),
              "1 замечание: высокий риск \u2014 1, средний \u2014 0, низкий \u2014 0.");
    EXPECT_EQ(findingsSummary(2, 0, 0, false, "ru"),
              "2 замечания: высокий риск \u2014 2, средний \u2014 0, низкий \u2014 0.");
    EXPECT_EQ(findingsSummary(5, 0, 0, false, "ru"),
              "5 замечаний: высокий риск \u2014 5, средний \u2014 0, низкий \u2014 0.");
    EXPECT_EQ(findingsSummary(20, 1, 0, false, "ru"),
              "21 замечание: высокий риск \u2014 20, средний \u2014 1, низкий \u2014 0.");
    EXPECT_EQ(say(Text::Cleared, "ru", {21}),
              "Удалён 21 комментарий Proviso; остальные комментарии не затронуты.");
    EXPECT_TRUE(has(say(Text::Cleared, "ru", {2}), "Удалено 2 комментария "));
    EXPECT_TRUE(has(say(Text::Cleared, "ru", {5}), "Удалено 5 комментариев "));

    // Chinese has one form, with a measure word.
    EXPECT_EQ(findingsSummary(1, 0, 0, false, "zh"),
              "共1处问题：高风险1处，中风险0处，低风险0处。");
    EXPECT_EQ(say(Text::TableWritten, "zh", {"法案", 2}), "《法案》的问题表：共2处问题。");
}

TEST(Catalogue, NothingFoundIsSaidPlainly) {
    EXPECT_EQ(findingsSummary(0, 0, 0, false, "en"), "No risky language found.");
    EXPECT_EQ(findingsSummary(0, 0, 0, true, "es"),
              "No se encontró lenguaje de riesgo. (en la selección)");
    EXPECT_EQ(say(Text::TableSummary, "en", {"2024-05-01", 0, 0, 0, 0}),
              "Date: 2024-05-01 \u2013 no findings");
    EXPECT_EQ(say(Text::TableSummary, "en", {"2024-05-01", 6, 4, 2, 0}),
              "Date: 2024-05-01 \u2013 6 findings, by severity: 4 high, 2 medium, 0 low");
    EXPECT_EQ(findingsSummary(0, 0, 0, true, "ar"),
              "لم يُعثر على صياغات تنطوي على مخاطر. (ضمن النص المحدد)");
    EXPECT_EQ(say(Text::TableSummary, "ar", {"2024-05-01", 0, 0, 0, 0}),
              "التاريخ: 2024-05-01 \u2013 لا توجد ملاحظات");
    EXPECT_EQ(say(Text::TableSummary, "ru", {"2024-05-01", 0, 0, 0, 0}),
              "Дата: 2024-05-01 \u2013 замечаний нет");
    EXPECT_EQ(say(Text::TableSummary, "zh", {"2024-05-01", 0, 0, 0, 0}),
              "日期：2024-05-01 \u2013 未发现问题");
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
    EXPECT_EQ(catalogueLanguage("ar-EG"), "ar");
    EXPECT_EQ(catalogueLanguage("ru_RU"), "ru");
    EXPECT_EQ(catalogueLanguage("zh-Hans-CN"), "zh");
    EXPECT_EQ(catalogueLanguage("zh-TW"), "zh");
    EXPECT_EQ(catalogueLanguage("de"), "en");
    EXPECT_EQ(catalogueLanguage(""), "en");
    EXPECT_EQ(say(Text::CommentChanges, "fr-CA", {2, 3, 1}),
              "Commentaires\u00a0: 2 ajoutés, 3 conservés, 1 supprimé.");
    EXPECT_EQ(say(Text::CommentChanges, "es", {2, 3, 1}),
              "Comentarios: 2 añadidos, 3 conservados, 1 eliminado.");
    EXPECT_EQ(say(Text::CommentChanges, "ru-RU", {2, 3, 1}),
              "Комментарии: добавлено \u2014 2, сохранено \u2014 3, удалено \u2014 1.");
    EXPECT_EQ(say(Text::CommentChanges, "zh-CN", {2, 3, 1}), "批注：新增2条，保留3条，删除1条。");
    EXPECT_EQ(say(Text::CommentChanges, "ar-SA", {2, 3, 1}),
              "التعليقات: أُضيف 2\u060c وأُبقي على 3\u060c وحُذف 1.");
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
    EXPECT_EQ(say(Text::Quoted, "ar", {"أي شخص"}), "\u00abأي شخص\u00bb");
    EXPECT_EQ(say(Text::Quoted, "ru", {"любое лицо"}), "\u00abлюбое лицо\u00bb");
    EXPECT_EQ(say(Text::Quoted, "zh", {"任何人"}), "\u201c任何人\u201d");
    // A rule id keeps every character, inside quotes in the middle of right-to-left text too.
    EXPECT_EQ(say(Text::RuleDisabledHere, "ar", {"ar-vague-1"}),
              "عُطّلت القاعدة \u00abar-vague-1\u00bb في هذا المستند.");
    EXPECT_EQ(say(Text::UndoDisableRule, "ar", {"ar-vague-1"}),
              "\u200fProviso: تعطيل القاعدة ar-vague-1");
}

TEST(Catalogue, ArabicBeginsRightToLeft) {
    // An Arabic text opens on an Arabic letter, or on a right-to-left mark when the name
    // Proviso or an argument comes first: a display that sets a line's direction from its
    // first strong letter must set it right to left.
    for (int id = 0; id <= static_cast<int>(kLastText); ++id) {
        // Numbers for the arguments: of weak direction, they leave the catalogue's own words
        // to decide.
        const std::string text = say(static_cast<Text>(id), "ar", {3, 3, 3, 3, 3});
        icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
        for (int32_t i = 0; i < unicode.length(); i = unicode.moveIndex32(i, 1)) {
            const UCharDirection direction = u_charDirection(unicode.char32At(i));
            if (direction == U_LEFT_TO_RIGHT) {
                ADD_FAILURE() << id << " begins left to right: " << text;
                break;
            }
            // The right-to-left mark is itself of class R.
            if (direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC) break;
        }
    }
}

TEST(Catalogue, NumbersAreGroupedAsTheLanguageDoes) {
    EXPECT_EQ(grouped12345("en"), "12,345");
    EXPECT_EQ(say(Text::Cleared, "en", {12345}),
              "12,345 Proviso comments removed; other comments were left alone.");
    const std::string french = grouped12345("fr");
    EXPECT_TRUE(has(french, "\u202f")) << french;  // ICU 72: a narrow no-break space
    EXPECT_TRUE(has(say(Text::Cleared, "fr", {12345}), french + " commentaires de Proviso"));
    EXPECT_TRUE(has(say(Text::Cleared, "es", {12345}), grouped12345("es") + " comentarios"));
    EXPECT_TRUE(has(say(Text::Cleared, "ru", {12345}), grouped12345("ru") + " комментариев"));
    EXPECT_TRUE(has(say(Text::Cleared, "zh", {12345}), "12,345条"));
    // Arabic in European digits, as official documents and LibreOffice write it, where ICU's
    // own "ar" would write Arabic-Indic ones.
    EXPECT_EQ(formattingLocale("ar"), "ar@numbers=latn");
    EXPECT_EQ(formattingLocale("fr"), "fr");
    EXPECT_NE(grouped12345("ar"), "12,345") << "ICU's default, which Proviso does not follow";
    EXPECT_EQ(grouped12345("ar@numbers=latn"), "12,345");
    EXPECT_TRUE(has(say(Text::Cleared, "ar", {12345}), "حُذف 12,345 تعليقاً "));
    // A paragraph number names a place: not grouped.
    EXPECT_EQ(say(Text::TableParagraph, "fr", {12345}), "al. 12345");
    EXPECT_EQ(say(Text::TableParagraph, "ar", {12345}), "الفقرة 12345");
    EXPECT_EQ(say(Text::TableParagraph, "ru", {12345}), "абз. 12345");
    EXPECT_EQ(say(Text::TableParagraph, "zh", {12345}), "第12345段");
}

TEST(Catalogue, SeverityAndCategoryAsWords) {
    struct Words {
        const char* language;
        std::array<const char*, 3> names;   // high, medium, low risk
        std::array<const char*, 3> levels;  // under a "Severity" heading
        const char* vagueOffence;
        const char* drafting;
    };
    const std::vector<Words> languages = {
        {"en",
         {"High risk", "Medium risk", "Low risk"},
         {"High", "Medium", "Low"},
         "Vague offence",
         "Drafting"},
        {"fr",
         {"Risque élevé", "Risque moyen", "Risque faible"},
         {"Élevée", "Moyenne", "Faible"},
         "Infraction vague",
         "Rédaction"},
        {"es",
         {"Riesgo alto", "Riesgo medio", "Riesgo bajo"},
         {"Alta", "Media", "Baja"},
         "Delito impreciso",
         "Redacción"},
        {"ar",
         {"خطورة عالية", "خطورة متوسطة", "خطورة منخفضة"},
         {"عالية", "متوسطة", "منخفضة"},
         "جريمة غامضة التعريف",
         "الصياغة"},
        {"ru",
         {"Высокий риск", "Средний риск", "Низкий риск"},
         {"Высокая", "Средняя", "Низкая"},
         "Нечётко определённое правонарушение",
         "Юридическая техника"},
        {"zh", {"高风险", "中风险", "低风险"}, {"高", "中", "低"}, "罪名界定模糊", "起草"},
    };
    const std::array<Severity, 3> severities = {Severity::High, Severity::Medium, Severity::Low};
    for (const Words& w : languages) {
        for (std::size_t i = 0; i < severities.size(); ++i) {
            EXPECT_EQ(severityName(severities[i], w.language), w.names[i]) << w.language;
            EXPECT_EQ(severityLevel(severities[i], w.language), w.levels[i]) << w.language;
        }
        EXPECT_EQ(categoryName("vague-offence", w.language), w.vagueOffence);
        EXPECT_EQ(categoryName("drafting", w.language), w.drafting);
        // A category the catalogue does not know is shown as written, in every language.
        EXPECT_EQ(categoryName("someone's {new} category", w.language), "someone's {new} category");
    }
    EXPECT_EQ(categoryName("unsafeguarded-power", "en"), "Power without safeguards");
    EXPECT_EQ(categoryName("overbroad-scope", "ar"), "نطاق مفرط الاتساع");
    EXPECT_EQ(categoryName("unsafeguarded-cooperation", "ru"), "Сотрудничество без гарантий");
}

TEST(Catalogue, CommentHeadingsCarryTheirOwnPunctuation) {
    for (Text heading : {Text::WhyItMatters, Text::AskFor, Text::Standards, Text::AlsoFlagged}) {
        for (const char* language : kLanguages) {
            // Chinese closes on a full-width colon, which needs no space after it.
            const std::string colon = std::string(language) == "zh" ? "\uff1a" : ": ";
            const std::string text = say(heading, language);
            ASSERT_GT(text.size(), colon.size());
            EXPECT_EQ(text.substr(text.size() - colon.size()), colon) << language << ": " << text;
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
