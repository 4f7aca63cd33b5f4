#include "proviso/report/training.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "proviso/normalized_text.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/report/comment.hpp"
#include "proviso/utf.hpp"
#include "text.hpp"

namespace proviso::report {

namespace {

// Text compared for naming: normalised as rules see it, case folded, accents dropped, so that
// "Fausses nouvelles" names "fausses nouvelles" and "ilicito" names "ilícito".
icu::UnicodeString comparable(std::string_view text) {
    icu::UnicodeString folded =
        icu::UnicodeString::fromUTF8(NormalizedText(text).text()).foldCase();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status) || nfd == nullptr) return folded;
    const icu::UnicodeString decomposed = nfd->normalize(folded, status);
    if (U_FAILURE(status)) return folded;
    icu::UnicodeString out;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
        i += U16_LENGTH(c);
    }
    return out;
}

bool isHan(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                                 script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL);
}

// The words of a flagged phrase that are enough to name it: the phrase itself, and each of its
// words of five letters or more (two characters in Chinese, where a word is not spaced).
std::vector<icu::UnicodeString> namingWords(const std::string& phrase) {
    std::vector<icu::UnicodeString> out;
    const icu::UnicodeString whole = comparable(phrase);
    if (icu::UnicodeString(whole).trim().length() > 0) out.push_back(whole);
    icu::UnicodeString word;
    std::size_t letters = 0;
    bool han = false;
    auto flush = [&] {
        if (letters >= (han ? 2u : 5u)) out.push_back(word);
        word.remove();
        letters = 0;
        han = false;
    };
    for (int32_t i = 0; i < whole.length();) {
        const UChar32 c = whole.char32At(i);
        i += U16_LENGTH(c);
        if (!u_isalnum(c)) {
            flush();
            continue;
        }
        word.append(c);
        ++letters;
        han = han || isHan(c);
    }
    flush();
    return out;
}

bool overlaps(const Place& answer, const Place& words) {
    if (answer.block != words.block) return false;
    if (answer.start == answer.end) return answer.start >= words.start && answer.start <= words.end;
    return answer.start < words.end && words.start < answer.end;
}

// The blocks of the provision `block` belongs to, for "in the same provision": the whole
// article, so that a comment on its heading or its paragraph (2) counts for its paragraph (3);
// the block alone where the document has no structure, or outside the body.
std::pair<std::size_t, std::size_t> provisionBlocks(const Document& doc,
                                                    const DocumentStructure& structure,
                                                    std::size_t block) {
    if (block >= doc.blocks.size() || block >= structure.provisionOf.size() ||
        doc.blocks[block].apart != 0) {
        return {block, block + 1};
    }
    const Provision& provision = structure.provisions[structure.provisionOf[block]];
    if (provision.label.empty()) return {block, block + 1};
    return structure.articleBlocks(block);
}

bool names(const icu::UnicodeString& text, const KeyItem& item) {
    for (const std::string& phrase : item.words) {
        for (const icu::UnicodeString& word : namingWords(phrase)) {
            if (text.indexOf(word) >= 0) return true;
        }
    }
    return false;
}

// Closes the comments scoring writes that are not Proviso's comments on a concern: a reply, a
// trainer's item nobody found. The checksum tells an edit by a person, as in Proviso's tag.
constexpr std::string_view kScoreTag = "[Proviso score \u00b7 ref ";

std::string withScoreTag(const std::string& body) {
    return body + "\n\n" + std::string(kScoreTag) + text::checksum(body) + "]";
}

const char* kResultFound = "found";
const char* kResultMissed = "missed";
const char* kResultNotInKey = "not_in_key";

// The items of one participant in document order: found and missed key items and the answers
// that found nothing, each with the place it sorts by.
struct Item {
    const char* result;
    std::size_t index;  // into the key, or into the answers for not_in_key
    Place place;
};

std::vector<Item> itemsOf(const Score& score, const AuthorScore& author) {
    std::vector<Item> items;
    for (const std::size_t k : author.found) {
        items.push_back({kResultFound, k, score.key[k].places.front()});
    }
    for (const std::size_t k : author.missed) {
        items.push_back({kResultMissed, k, score.key[k].places.front()});
    }
    for (const std::size_t a : author.notInKey) {
        items.push_back({kResultNotInKey, a, score.answers[a].place});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& x, const Item& y) {
        return std::tie(x.place.block, x.place.start) < std::tie(y.place.block, y.place.start);
    });
    return items;
}

// Per category of the key: how many items one participant found and missed.
std::map<std::string, std::pair<int, int>> byCategory(const Score& score,
                                                      const AuthorScore& author) {
    std::map<std::string, std::pair<int, int>> out;
    for (const std::size_t k : author.found) ++out[score.key[k].category].first;
    for (const std::size_t k : author.missed) ++out[score.key[k].category].second;
    return out;
}

std::string categoryWords(const std::string& category, std::string_view language) {
    return category.empty() ? say(Text::ScoreNoCategory, language)
                            : categoryName(category, language);
}

}  // namespace

Score scoreAnswers(const Document& doc, const DocumentStructure& structure,
                   std::vector<KeyItem> key, std::vector<Answer> answers) {
    Score score;
    score.key = std::move(key);
    score.answers = std::move(answers);
    score.foundBy.resize(score.answers.size());
    score.foundByAnyone.assign(score.key.size(), false);
    for (const Answer& answer : score.answers) {
        const std::size_t block = answer.place.block;
        const bool inBody = block < doc.blocks.size() && doc.blocks[block].apart == 0;
        score.answerProvision.push_back(inBody && block < structure.provisionOf.size()
                                            ? structure.labelOf(block)
                                            : std::string());
    }
    for (std::size_t a = 0; a < score.answers.size(); ++a) {
        const Answer& answer = score.answers[a];
        std::vector<std::size_t>& found = score.foundBy[a];
        for (std::size_t k = 0; k < score.key.size(); ++k) {
            const auto& places = score.key[k].places;
            if (std::any_of(places.begin(), places.end(), [&](const Place& p) {
                    return overlaps(answer.place, p) ||
                           std::any_of(answer.further.begin(), answer.further.end(),
                                       [&](const Place& q) { return overlaps(q, p); });
                })) {
                found.push_back(k);
            }
        }
        if (!found.empty()) continue;
        // Not on the words: in the same provision, naming them.
        const std::pair<std::size_t, std::size_t> blocks =
            provisionBlocks(doc, structure, answer.place.block);
        const icu::UnicodeString text = comparable(answer.text);
        for (std::size_t k = 0; k < score.key.size(); ++k) {
            const auto& places = score.key[k].places;
            const bool there = std::any_of(places.begin(), places.end(), [&](const Place& p) {
                return p.block >= blocks.first && p.block < blocks.second;
            });
            if (there && names(text, score.key[k])) found.push_back(k);
        }
    }
    std::map<std::string, std::size_t> authorIndex;
    std::vector<std::set<std::size_t>> foundSets;
    for (std::size_t a = 0; a < score.answers.size(); ++a) {
        const auto [it, fresh] = authorIndex.emplace(score.answers[a].author, score.authors.size());
        if (fresh) {
            score.authors.push_back(AuthorScore{score.answers[a].author, {}, {}, {}});
            foundSets.emplace_back();
        }
        AuthorScore& author = score.authors[it->second];
        if (score.foundBy[a].empty()) author.notInKey.push_back(a);
        for (const std::size_t k : score.foundBy[a]) {
            foundSets[it->second].insert(k);
            score.foundByAnyone[k] = true;
        }
    }
    for (std::size_t i = 0; i < score.authors.size(); ++i) {
        for (std::size_t k = 0; k < score.key.size(); ++k) {
            (foundSets[i].count(k) != 0 ? score.authors[i].found : score.authors[i].missed)
                .push_back(k);
        }
    }
    return score;
}

std::vector<KeyItem> keyOfConcerns(const Document& doc, const std::vector<Concern>& concerns) {
    std::vector<KeyItem> key;
    key.reserve(concerns.size());
    for (const Concern& c : concerns) {
        KeyItem item;
        for (const Finding& f : c.findings) item.places.push_back({f.block, f.start, f.end});
        item.words = c.words();
        item.concern = concernLine(c);
        item.category = c.first().category;
        item.provision = c.first().provision;
        if (c.block < doc.blocks.size() && doc.blocks[c.block].apart != 0) item.provision.clear();
        item.fingerprint = c.fingerprint;
        key.push_back(std::move(item));
    }
    return key;
}

std::optional<Place> placeIn(const Document& from, const Place& place, const Document& to) {
    if (place.block >= from.blocks.size()) return std::nullopt;
    const std::string& text = from.blocks[place.block].text;
    // The same paragraph: the n-th of those with this text.
    std::size_t nth = 0;
    for (std::size_t b = 0; b < place.block; ++b) nth += from.blocks[b].text == text ? 1 : 0;
    std::vector<std::size_t> same;
    for (std::size_t b = 0; b < to.blocks.size(); ++b) {
        if (to.blocks[b].text == text) same.push_back(b);
    }
    if (!same.empty()) {
        return Place{same[std::min(nth, same.size() - 1)], place.start, place.end};
    }
    // Otherwise the words themselves, in the block nearest the same position.
    const std::size_t startByte = byteOffsetOfCodePoint(text, place.start);
    const std::string words =
        text.substr(startByte, byteOffsetOfCodePoint(text, place.end) - startByte);
    if (words.empty()) return std::nullopt;
    std::optional<Place> best;
    std::size_t bestDistance = 0;
    for (std::size_t b = 0; b < to.blocks.size(); ++b) {
        const std::size_t at = to.blocks[b].text.find(words);
        if (at == std::string::npos) continue;
        const std::size_t distance = b > place.block ? b - place.block : place.block - b;
        if (!best || distance < bestDistance) {
            const std::size_t start =
                countCodePoints(std::string_view(to.blocks[b].text).substr(0, at));
            best = Place{b, start, start + countCodePoints(words)};
            bestDistance = distance;
        }
    }
    return best;
}

std::string replyText(const Score& score, std::size_t answer, std::string_view language) {
    const std::vector<std::size_t>& found = score.foundBy.at(answer);
    if (found.empty()) return say(Text::ScoreNotInKey, language);
    std::string out = say(Text::ScoreFound, language, {score.key[found.front()].concern});
    for (std::size_t i = 1; i < found.size(); ++i) {
        out += "\n" + say(Text::ScoreAlsoFound, language, {score.key[found[i]].concern});
    }
    return out;
}

std::string replyComment(const Score& score, std::size_t answer, std::string_view language) {
    return withScoreTag(replyText(score, answer, language));
}

std::string missedComment(const std::string& comment, bool provisos, std::string_view language) {
    const std::string text = say(Text::ScoreMissed, language) + "\n" + comment;
    return provisos ? text : withScoreTag(text);
}

bool isUneditedScoringComment(std::string_view content) {
    const std::size_t at = content.rfind(kScoreTag);
    if (at != std::string_view::npos) {
        const std::string_view body = content.substr(0, at);
        const std::string_view rest = content.substr(at + kScoreTag.size());
        const std::size_t close = rest.find(']');
        if (close == std::string_view::npos) return false;
        return rest.substr(0, close) == text::checksum(body) &&
               text::foldSpaces(rest.substr(close + 1)).empty();
    }
    const auto tag = parseComment(content);
    if (!tag || tag->edited) return false;
    for (const char* language : kLanguages) {
        const std::string line = say(Text::ScoreMissed, language) + "\n";
        if (content.substr(0, line.size()) == line) return true;
    }
    return false;
}

std::string scoreText(const Score& score, std::string_view language) {
    std::string out = say(Text::ScoreKeySize, language, {score.key.size()}) + "\n";
    if (score.authors.empty()) return out + say(Text::ScoreNoAnswers, language) + "\n";
    for (const AuthorScore& author : score.authors) {
        out += "\n" +
               say(Text::ScoreAuthorLine, language,
                   {author.author, author.found.size(), author.missed.size(),
                    author.notInKey.size()}) +
               "\n";
        for (const auto& [category, counts] : byCategory(score, author)) {
            out += "  " +
                   say(Text::ScoreCategoryLine, language,
                       {categoryWords(category, language), counts.first, counts.second}) +
                   "\n";
        }
        for (const Item& item : itemsOf(score, author)) {
            const std::string result =
                item.result == kResultFound    ? say(Text::ScoreItemFound, language)
                : item.result == kResultMissed ? say(Text::ScoreItemMissed, language)
                                               : say(Text::ScoreItemNotInKey, language);
            std::string line = "  " + result + " · ";
            if (item.result == kResultNotInKey) {
                const Answer& answer = score.answers[item.index];
                const std::string& provision = score.answerProvision[item.index];
                if (!provision.empty()) line += provision + " · ";
                line += text::firstLine(answer.text);
            } else {
                const KeyItem& k = score.key[item.index];
                if (!k.provision.empty()) line += k.provision + " · ";
                line += k.concern;
            }
            out += line + "\n";
        }
    }
    return out;
}

std::string scoreJson(const Score& score) {
    nlohmann::ordered_json authors = nlohmann::ordered_json::array();
    for (const AuthorScore& author : score.authors) {
        nlohmann::ordered_json categories = nlohmann::ordered_json::object();
        for (const auto& [category, counts] : byCategory(score, author)) {
            categories[category.empty() ? "other" : category] = {{"found", counts.first},
                                                                 {"missed", counts.second}};
        }
        nlohmann::ordered_json items = nlohmann::ordered_json::array();
        for (const Item& item : itemsOf(score, author)) {
            nlohmann::ordered_json row;
            row["result"] = item.result;
            if (item.result == kResultNotInKey) {
                const Answer& answer = score.answers[item.index];
                row["provision"] = score.answerProvision[item.index];
                row["category"] = "";
                row["concern"] = "";
                row["words"] = "";
                row["comment"] = answer.text;
            } else {
                const KeyItem& k = score.key[item.index];
                row["provision"] = k.provision;
                row["category"] = k.category;
                row["concern"] = k.concern;
                row["words"] = k.words.empty() ? std::string() : k.words.front();
                // The participant's comment that found it, if any.
                std::string comment;
                for (std::size_t a = 0; a < score.answers.size() && comment.empty(); ++a) {
                    const auto& found = score.foundBy[a];
                    if (score.answers[a].author == author.author &&
                        std::find(found.begin(), found.end(), item.index) != found.end()) {
                        comment = score.answers[a].text;
                    }
                }
                row["comment"] = comment;
            }
            items.push_back(std::move(row));
        }
        nlohmann::ordered_json entry;
        entry["name"] = author.author;
        entry["found"] = author.found.size();
        entry["missed"] = author.missed.size();
        entry["not_in_key"] = author.notInKey.size();
        entry["by_category"] = std::move(categories);
        entry["items"] = std::move(items);
        authors.push_back(std::move(entry));
    }
    nlohmann::ordered_json out;
    out["key"] = score.key.size();
    out["authors"] = std::move(authors);
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::vector<std::vector<std::string>> scoreCardRows(const Score& score, std::string_view language) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({say(Text::ScoreColumnParticipant, language),
                    say(Text::ScoreColumnCategory, language), say(Text::ScoreColumnFound, language),
                    say(Text::ScoreColumnMissed, language),
                    say(Text::ScoreColumnNotInKey, language)});
    for (const AuthorScore& author : score.authors) {
        rows.push_back({author.author, say(Text::ScoreAllCategories, language),
                        std::to_string(author.found.size()), std::to_string(author.missed.size()),
                        std::to_string(author.notInKey.size())});
        for (const auto& [category, counts] : byCategory(score, author)) {
            rows.push_back({"", categoryWords(category, language), std::to_string(counts.first),
                            std::to_string(counts.second), ""});
        }
    }
    return rows;
}

std::vector<std::vector<std::string>> scoreItemRows(const Score& score, std::string_view language) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({say(Text::ScoreColumnParticipant, language),
                    say(Text::ScoreColumnResult, language), say(Text::ColumnProvision, language),
                    say(Text::ColumnConcern, language)});
    for (const AuthorScore& author : score.authors) {
        for (const Item& item : itemsOf(score, author)) {
            if (item.result == kResultNotInKey) {
                rows.push_back({author.author, say(Text::ScoreItemNotInKey, language),
                                score.answerProvision[item.index], score.answers[item.index].text});
            } else {
                const KeyItem& k = score.key[item.index];
                rows.push_back(
                    {author.author,
                     say(item.result == kResultFound ? Text::ScoreItemFound : Text::ScoreItemMissed,
                         language),
                     k.provision, k.concern});
            }
        }
    }
    return rows;
}

std::string scoreSummary(const Score& score, std::string_view language) {
    if (score.authors.empty()) return say(Text::ScoreNoAnswers, language);
    std::string out = say(Text::ScoreKeySize, language, {score.key.size()});
    for (const AuthorScore& author : score.authors) {
        out += " " + say(Text::ScoreAuthorLine, language,
                         {author.author, author.found.size(), author.missed.size(),
                          author.notInKey.size()});
    }
    return out;
}

}  // namespace proviso::report
