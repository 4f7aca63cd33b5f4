// Scoring participants' comments against an answer key: overlap, same provision and named,
// several authors, a trainer's key placed in a participant's copy. No office needed.
#include "proviso/report/training.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "proviso/report/catalogue.hpp"
#include "proviso/report/comment.hpp"

namespace proviso::report {
namespace {

Document document(std::vector<std::string> texts) {
    Document doc;
    for (auto& t : texts) {
        Block b;
        b.text = std::move(t);
        b.language = "en";
        doc.blocks.push_back(std::move(b));
    }
    return doc;
}

// A bill of two sections: a false-news offence and an interception power.
const std::vector<std::string> kBill = {
    "Section 1", "A person who publishes false news that causes public alarm commits an offence.",
    "Section 2", "The Minister may order the interception of any communication.",
    "Section 3", "This Act comes into force on publication.",
};

std::size_t at(std::size_t block, const std::string& words) { return kBill[block].find(words); }

KeyItem item(std::size_t block, const std::string& words, std::string category,
             std::string provision) {
    KeyItem k;
    const std::size_t start = at(block, words);
    k.places.push_back({block, start, start + words.size()});
    k.words.push_back(words);
    k.concern = "Concern about “" + words + "”.";
    k.category = std::move(category);
    k.provision = std::move(provision);
    return k;
}

std::vector<KeyItem> key() {
    return {item(1, "false news", "vague-offence", "Section 1"),
            item(3, "The Minister may order the interception", "unsafeguarded-power", "Section 2")};
}

Answer answer(std::string author, std::size_t block, std::size_t start, std::size_t end,
              std::string text) {
    return Answer{std::move(author), {block, start, end}, std::move(text)};
}

Score score(std::vector<Answer> answers) {
    const Document doc = document(kBill);
    return scoreAnswers(doc, segmentProvisions(doc), key(), std::move(answers));
}

TEST(Training, AnAnswerOnTheFlaggedWordsFindsTheItem) {
    // "news that causes": overlaps "false news" by one word.
    const Score s = score({answer("Amina", 1, at(1, "news"), at(1, "public"), "Too vague.")});
    ASSERT_EQ(s.authors.size(), 1u);
    EXPECT_EQ(s.authors[0].author, "Amina");
    EXPECT_EQ(s.authors[0].found, (std::vector<std::size_t>{0}));
    EXPECT_EQ(s.authors[0].missed, (std::vector<std::size_t>{1}));
    EXPECT_TRUE(s.authors[0].notInKey.empty());
    EXPECT_EQ(s.foundBy[0], (std::vector<std::size_t>{0}));
    EXPECT_EQ(s.foundByAnyone, (std::vector<bool>{true, false}));
}

TEST(Training, WordsNextToTheFlaggedOnesDoNotOverlap) {
    // "that causes public alarm" starts right where "false news " ends: no overlap, and the
    // comment does not name the flagged words.
    const Score s =
        score({answer("Amina", 1, at(1, "that causes"), at(1, " commits"), "Harm is vague.")});
    EXPECT_TRUE(s.authors[0].found.empty());
    EXPECT_EQ(s.authors[0].notInKey, (std::vector<std::size_t>{0}));
}

TEST(Training, AnAnswerInTheSameProvisionThatNamesTheWordsFindsTheItem) {
    // On the section's heading, saying what is wrong in its own words.
    const Score named =
        score({answer("Amina", 0, 0, 9, "Criminalising FALSE NEWS without intent is overbroad.")});
    EXPECT_EQ(named.authors[0].found, (std::vector<std::size_t>{0}));
    // A long word of the flagged phrase is enough: "interception".
    const std::size_t any = at(3, "any communication");
    const Score word = score({answer("Ben", 3, any, any + 3, "Interception needs a judge.")});
    EXPECT_EQ(word.authors[0].found, (std::vector<std::size_t>{1}));
    // The same words in another provision find nothing.
    const Score elsewhere = score({answer("Ben", 5, 0, 4, "Unlike false news, this is fine.")});
    EXPECT_EQ(elsewhere.authors[0].notInKey, (std::vector<std::size_t>{0}));
    // In the provision, but naming nothing of the flagged words.
    const Score vague = score({answer("Ben", 3, any, any + 3, "I don't like this.")});
    EXPECT_EQ(vague.authors[0].notInKey, (std::vector<std::size_t>{0}));
}

TEST(Training, AccentsAndCaseAsideAWordNamesTheFlaggedOne) {
    const Document doc =
        document({"Artículo 1", "Será sancionado el que difunda información ilícita."});
    KeyItem k;
    k.places.push_back({1, 31, 50});  // code points: "información ilícita" has accents
    k.words.push_back("información ilícita");
    k.concern = "Contenido ilícito.";
    const Score s = scoreAnswers(doc, segmentProvisions(doc), {k},
                                 {answer("Lucía", 0, 0, 3, "¿Qué es ILICITA? Informacion vaga.")});
    EXPECT_EQ(s.authors[0].found, (std::vector<std::size_t>{0}));
    const Score other = scoreAnswers(doc, segmentProvisions(doc), {k},
                                     {answer("Lucía", 0, 0, 3, "Sin intención.")});
    EXPECT_EQ(other.authors[0].notInKey, (std::vector<std::size_t>{0}));
}

TEST(Training, ACommentOverSeveralParagraphsFindsWhatItCovers) {
    // From the heading of section 2 to the end of its paragraph.
    Answer whole = answer("Ben", 2, 0, kBill[2].size(), "The whole section worries me.");
    whole.further.push_back({3, 0, kBill[3].size()});
    const Score s = score({whole});
    EXPECT_EQ(s.authors[0].found, (std::vector<std::size_t>{1}));
}

TEST(Training, APointCommentInsideTheWordsFindsTheItem) {
    const Score s = score({answer("Amina", 1, at(1, "news"), at(1, "news"), "")});
    EXPECT_EQ(s.authors[0].found, (std::vector<std::size_t>{0}));
}

TEST(Training, EachAuthorIsScoredApart) {
    const Score s = score({
        answer("Amina", 1, at(1, "false"), at(1, " that"), "False news offence."),
        answer("Ben", 3, at(3, "interception"), at(3, " of any"), "Needs a court order."),
        answer("Amina", 5, 0, 4, "Commencement is fine?"),
        answer("Ben", 1, at(1, "false news"), at(1, " that"), "Vague."),
    });
    ASSERT_EQ(s.authors.size(), 2u);
    EXPECT_EQ(s.authors[0].author, "Amina") << "in the order of their first comment";
    EXPECT_EQ(s.authors[0].found, (std::vector<std::size_t>{0}));
    EXPECT_EQ(s.authors[0].missed, (std::vector<std::size_t>{1}));
    EXPECT_EQ(s.authors[0].notInKey, (std::vector<std::size_t>{2}));
    EXPECT_EQ(s.authors[1].author, "Ben");
    EXPECT_EQ(s.authors[1].found, (std::vector<std::size_t>{0, 1}));
    EXPECT_TRUE(s.authors[1].missed.empty());
    EXPECT_TRUE(s.authors[1].notInKey.empty());
    EXPECT_EQ(s.foundByAnyone, (std::vector<bool>{true, true}));
}

TEST(Training, TwoCommentsOnOneItemCountItOnce) {
    const Score s = score({
        answer("Amina", 1, at(1, "false"), at(1, " news"), "False."),
        answer("Amina", 1, at(1, "news"), at(1, " that"), "News."),
    });
    EXPECT_EQ(s.authors[0].found, (std::vector<std::size_t>{0}));
    EXPECT_TRUE(s.authors[0].notInKey.empty());
}

TEST(Training, NoAnswersNoAuthors) {
    const Score s = score({});
    EXPECT_TRUE(s.authors.empty());
    EXPECT_EQ(s.foundByAnyone, (std::vector<bool>{false, false}));
    EXPECT_NE(scoreText(s, "en").find(say(Text::ScoreNoAnswers, "en")), std::string::npos);
}

TEST(Training, ATrainersCommentIsPlacedInTheParticipantsCopy) {
    const Document keyDoc = document(kBill);
    // The exercise has its instructions on top, and the same heading twice.
    std::vector<std::string> copy = {"Exercise", "Read the text below."};
    copy.insert(copy.end(), kBill.begin(), kBill.end());
    const Document exercise = document(copy);
    const Place words{1, at(1, "false news"), at(1, "false news") + 10};
    const auto placed = placeIn(keyDoc, words, exercise);
    ASSERT_TRUE(placed.has_value());
    EXPECT_EQ(placed->block, 3u);
    EXPECT_EQ(placed->start, words.start);
    EXPECT_EQ(placed->end, words.end);

    // A paragraph that changed: the words are looked for, nearest first.
    std::vector<std::string> edited = copy;
    edited[3] = "Any person who publishes false news commits an offence.";
    const auto found = placeIn(keyDoc, words, document(edited));
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->block, 3u);
    EXPECT_EQ(found->start, edited[3].find("false news"));
    EXPECT_EQ(found->end, found->start + 10);

    // Words that are nowhere.
    EXPECT_FALSE(placeIn(keyDoc, words, document({"Something else."})).has_value());

    // The second of two equal paragraphs is the second in the copy too.
    const Document twice = document(
        {"Artículo 1", "Párrafo: «noticias falsas».", "Artículo 2", "Párrafo: «noticias falsas»."});
    const Place second{3, 10, 25};
    const auto same = placeIn(twice, second,
                              document({"Ejercicio", "Artículo 1", "Párrafo: «noticias falsas».",
                                        "Artículo 2", "Párrafo: «noticias falsas»."}));
    ASSERT_TRUE(same.has_value());
    EXPECT_EQ(same->block, 4u);
    // Found by its words, in code points: the accented letters before them count one each.
    const auto moved =
        placeIn(twice, second,
                document({"Ejercicio", "Artículo 2 (antes 1)", "Según él, «noticias falsas»."}));
    ASSERT_TRUE(moved.has_value());
    EXPECT_EQ(moved->block, 2u);
    EXPECT_EQ(moved->start, 11u) << "after 'Según él, «': 11 code points, 13 bytes";
    EXPECT_EQ(moved->end, 26u);
}

TEST(Training, RepliesSayWhatWasFoundOrThatReviewersMayDiffer) {
    const Score s = score({
        answer("Amina", 1, at(1, "false"), at(1, " that"), "False news."),
        answer("Amina", 5, 0, 4, "Commencement?"),
    });
    const std::string found = replyText(s, 0, "en");
    EXPECT_EQ(found, "Found: Concern about “false news”.");
    EXPECT_FALSE(isUneditedScoringComment(found)) << "the text alone has no tag";
    EXPECT_TRUE(isUneditedScoringComment(replyComment(s, 0, "en")));
    EXPECT_FALSE(isUneditedScoringComment(replyComment(s, 0, "en") + " I disagree."));
    EXPECT_FALSE(isUneditedScoringComment("Found: my own words " +
                                          replyComment(s, 0, "en").substr(found.size())));
    const std::string notInKey = replyText(s, 1, "fr");
    EXPECT_EQ(notInKey, say(Text::ScoreNotInKey, "fr"));
    EXPECT_TRUE(isUneditedScoringComment(missedComment("A trainer's concern.", false, "es")));
    EXPECT_FALSE(isUneditedScoringComment("A participant's own note."));
}

TEST(Training, TextAndJsonTellTheSameCounts) {
    const Score s = score({
        answer("Amina", 1, at(1, "false"), at(1, " that"), "False news."),
        answer("Amina", 5, 0, 4, "Commencement?"),
    });
    const std::string text = scoreText(s, "en");
    EXPECT_NE(text.find("The answer key has 2 concerns."), std::string::npos) << text;
    EXPECT_NE(text.find("Amina: 1 found, 1 missed, 1 not in the key."), std::string::npos) << text;
    EXPECT_NE(text.find("Section 2 · Concern about"), std::string::npos) << text;

    const auto json = nlohmann::json::parse(scoreJson(s));
    EXPECT_EQ(json["key"], 2);
    ASSERT_EQ(json["authors"].size(), 1u);
    const auto& amina = json["authors"][0];
    EXPECT_EQ(amina["name"], "Amina");
    EXPECT_EQ(amina["found"], 1);
    EXPECT_EQ(amina["missed"], 1);
    EXPECT_EQ(amina["not_in_key"], 1);
    EXPECT_EQ(amina["by_category"]["vague-offence"]["found"], 1);
    EXPECT_EQ(amina["by_category"]["unsafeguarded-power"]["missed"], 1);
    ASSERT_EQ(amina["items"].size(), 3u);
    EXPECT_EQ(amina["items"][0]["result"], "found");
    EXPECT_EQ(amina["items"][0]["comment"], "False news.");
    EXPECT_EQ(amina["items"][1]["result"], "missed");
    EXPECT_EQ(amina["items"][1]["provision"], "Section 2");
    EXPECT_EQ(amina["items"][2]["result"], "not_in_key");
    EXPECT_EQ(amina["items"][2]["comment"], "Commencement?");
    EXPECT_EQ(amina["items"][2]["provision"], "Section 3") << "where the comment is";

    const auto rows = scoreCardRows(s, "en");
    ASSERT_EQ(rows.size(), 4u) << "header, Amina's totals, two categories";
    EXPECT_EQ(rows[1], (std::vector<std::string>{"Amina", "All", "1", "1", "1"}));
}

TEST(Training, AMissedConcernStaysProvisosOwnUneditedComment) {
    Finding f;
    f.ruleId = "false-information-offence";
    f.category = "vague-offence";
    f.provision = "Section 1";
    f.block = 1;
    f.start = at(1, "false news");
    f.end = f.start + 10;
    f.text = "false news";
    f.message = "Offence turns on “false news”.";
    f.language = "en";
    Concern concern;
    concern.findings.push_back(f);
    concern.block = f.block;
    concern.start = f.start;
    concern.end = f.end;
    concern.fingerprint = fingerprintOf(f.ruleId, f.provision, {f.text});
    const std::string missed = missedComment(commentText(concern), true, "en");
    EXPECT_EQ(missed.substr(0, missed.find('\n')), "Missed by every participant:");
    const auto tag = parseComment(missed);
    ASSERT_TRUE(tag.has_value()) << "still Proviso's comment: Check keeps it, Clear removes it";
    EXPECT_EQ(tag->fingerprint, concern.fingerprint);
    EXPECT_FALSE(tag->edited);
    EXPECT_TRUE(isUneditedScoringComment(missed)) << "a new scoring replaces it";
    EXPECT_FALSE(isUneditedScoringComment(commentText(concern)))
        << "a plain comment is not scoring's";
    const std::string noted = missed + "\nAgreed, discuss first.";
    EXPECT_FALSE(isUneditedScoringComment(noted)) << "a person's note keeps it";
}

}  // namespace
}  // namespace proviso::report
