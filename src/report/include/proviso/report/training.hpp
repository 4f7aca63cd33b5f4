// Training: participants' comments on a bill scored against an answer key (Proviso's concerns,
// or the comments a trainer made), as a trainer debriefs a session. No UNO here: Writer reads
// the comments and writes the replies (src/uno/training.cpp), the command prints the score.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/report/concern.hpp"
#include "proviso/structure.hpp"

namespace proviso::report {

// Words of a document: code points [start, end) of block `block`; start == end is a point.
struct Place {
    std::size_t block = 0;
    std::size_t start = 0;
    std::size_t end = 0;
};

// One entry of the answer key: a concern a participant should have found.
struct KeyItem {
    std::vector<Place> places;       // the words it is about, in document order; never empty
    std::vector<std::string> words;  // the same words as text, for naming them in a comment
    std::string concern;             // one line: what is wrong, as the key puts it
    std::string category;     // vague-offence, unsafeguarded-power...; empty when the key says none
    std::string provision;    // "Article 5(2)"; empty where the document has no structure
    std::string fingerprint;  // of Proviso's concern; empty for a trainer's comment
    std::string comment;      // the trainer's comment, whole; empty for Proviso's concern
};

// A participant's comment.
struct Answer {
    std::string author;
    Place place;       // the words it covers (a point for a comment put at a place)
    std::string text;  // what the participant wrote
    // The rest of its words when they run on into the following paragraphs (a comment on a
    // whole section), paragraph by paragraph.
    std::vector<Place> further = {};
};

// One participant's result, every index in document order.
struct AuthorScore {
    std::string author;
    std::vector<std::size_t> found;     // into the key: the items this participant found
    std::vector<std::size_t> missed;    // into the key: the others
    std::vector<std::size_t> notInKey;  // into the answers: comments that found nothing
};

struct Score {
    std::vector<KeyItem> key;
    std::vector<Answer> answers;
    // answer index -> the key items it found (overlap first, else same provision and named)
    std::vector<std::vector<std::size_t>> foundBy;
    std::vector<bool> foundByAnyone;           // key index -> whether any participant found it
    std::vector<std::string> answerProvision;  // answer index -> the provision it lies in
    std::vector<AuthorScore> authors;          // by first comment in the document
};

// Scores `answers` against `key` on `doc` (whose blocks both are placed in). An answer finds a
// key item when its words overlap the item's words (a point answer: lies within them), or,
// failing that, when it lies in the same provision (the same block where the document has no
// structure) and its text names one of the item's words (case and accents aside; a word of
// five letters or more of a flagged phrase is enough). Every answer is scored, whoever wrote
// it: leave Proviso's own comments out before. Never throws but std::bad_alloc.
Score scoreAnswers(const Document& doc, const DocumentStructure& structure,
                   std::vector<KeyItem> key, std::vector<Answer> answers);

// Proviso's concerns as an answer key: each concern's first line is its entry.
std::vector<KeyItem> keyOfConcerns(const Document& doc, const std::vector<Concern>& concerns);

// Where `place` of `from` lies in `to`, the same text in another document (the trainer's key
// and a participant's copy, with an exercise's instructions on top, or a paragraph split):
// the block of `to` with the same text (the n-th of equal ones when `from` has several), else
// the first block holding the same words, nearest the same position. nullopt if the words
// are nowhere in `to`.
std::optional<Place> placeIn(const Document& from, const Place& place, const Document& to);

// The text of Proviso's reply to a participant's comment, in `language`: "Found: " and the
// concerns it found, or "Not in the answer key" with a neutral note that reviewers may differ.
std::string replyText(const Score& score, std::size_t answer, std::string_view language);

// The reply as a comment: its text, then a tag by which a later scoring tells it again, and
// tells whether a person has edited it since.
std::string replyComment(const Score& score, std::size_t answer, std::string_view language);

// The comment on a key item nobody found: "Missed by every participant:" first, then
// `comment`, the item's own comment: Proviso's comment on the concern (commentText; the
// result is still recognised as Proviso's comment, unedited), or the trainer's text (then a
// tag is added, as to a reply).
std::string missedComment(const std::string& comment, bool provisos, std::string_view language);

// Whether `content` is a comment scoring wrote (a reply or a missed item's) that nobody has
// edited since: a new scoring replaces those, and keeps the others.
bool isUneditedScoringComment(std::string_view content);

// The score as the command prints it, in `language`: per participant the counts, by category,
// and the items (found, missed, not in the key) with their provisions.
std::string scoreText(const Score& score, std::string_view language);

// The score as JSON: {"key": n, "authors": [{"name", "found", "missed", "not_in_key",
// "by_category": {category: {"found", "missed"}}, "items": [{"result", "provision", "category",
// "concern", "words", "comment"}]}]}, counts as numbers, items in document order.
std::string scoreJson(const Score& score);

// The score card as rows for a table: a header row, then per participant the counts, and per
// category what was found and missed, in `language`.
std::vector<std::vector<std::string>> scoreCardRows(const Score& score, std::string_view language);

// The items as rows for a table, in `language`: a header row (participant, result,
// provision, concern or comment), then each participant's items in document order.
std::vector<std::vector<std::string>> scoreItemRows(const Score& score, std::string_view language);

// One line for the infobar: how many participants, the key's size, and each one's counts.
std::string scoreSummary(const Score& score, std::string_view language);

}  // namespace proviso::report
