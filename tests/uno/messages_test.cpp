// What the Writer commands tell the user, in the three interface languages: no office needed.
#include "../../src/uno/messages.hpp"

#include <gtest/gtest.h>

namespace proviso::uno {
namespace {

TEST(Messages, SummaryCountsFindingsBySeverity) {
    EXPECT_EQ(findingsSummary(3, 2, 1, false, "en"), "6 findings: 3 high, 2 medium, 1 low.");
    EXPECT_EQ(findingsSummary(1, 0, 0, true, "en"),
              "1 findings: 1 high, 0 medium, 0 low. (in the selection)");
}

TEST(Messages, NothingFoundIsSaidPlainly) {
    EXPECT_EQ(findingsSummary(0, 0, 0, false, "en"), "No risky language found.");
    EXPECT_EQ(findingsSummary(0, 0, 0, false, "fr"), "Aucune formulation à risque trouvée.");
    EXPECT_EQ(findingsSummary(0, 0, 0, false, "es"), "No se encontró lenguaje de riesgo.");
}

TEST(Messages, FollowTheInterfaceLanguageWithEnglishAsFallback) {
    EXPECT_EQ(message(Msg::CommentChanges, "fr", {"2", "3", "1"}),
              "Commentaires : 2 ajoutés, 3 conservés, 1 supprimés.");
    EXPECT_EQ(message(Msg::CommentChanges, "es", {"2", "3", "1"}),
              "Comentarios: 2 añadidos, 3 conservados, 1 eliminados.");
    EXPECT_EQ(message(Msg::CommentChanges, "de", {"2", "3", "1"}),
              "Comments: 2 added, 3 kept, 1 removed.");
}

TEST(Messages, EveryMessageExistsInEveryLanguage) {
    for (int id = static_cast<int>(Msg::ProgressReading); id <= static_cast<int>(Msg::UndoClear);
         ++id) {
        for (const char* lang : {"en", "fr", "es"}) {
            EXPECT_FALSE(message(static_cast<Msg>(id), lang).empty()) << id << " " << lang;
        }
    }
}

TEST(Messages, ArgumentsMayContainBraces) {
    EXPECT_EQ(message(Msg::Failed, "en", {"bad {0} pattern"}),
              "Proviso could not finish: bad {0} pattern. The document was left as it was.");
}

}  // namespace
}  // namespace proviso::uno
