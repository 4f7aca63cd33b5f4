#include "proviso/alignment.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/utf.hpp"

namespace proviso {

namespace {

using How = ProvisionPair::How;

// A heading longer than this is the provision's first sentence, not the name of its article.
constexpr std::size_t kLongestHeading = 12;  // words

struct Word {
    std::uint32_t id;   // the same case-folded word has the same id in both drafts
    bool numeric;       // starts with a digit: "12", "1", "15a"
    std::size_t begin;  // byte offset in the normalised text of its block
};

// Gives every distinct case-folded word one number, shared by both drafts, so that word pairs
// compare as integers and two different words never meet (a hash could make them).
class Lexicon {
public:
    std::uint32_t idOf(const std::string& word) {
        const auto [it, added] = ids_.try_emplace(word, static_cast<std::uint32_t>(ids_.size()));
        return it->second;
    }

private:
    std::unordered_map<std::string, std::uint32_t> ids_;
};

// The words of `text` (normalised), case-folded. A word is a run of letters, digits and marks;
// an ideograph is a word by itself, since Chinese and Japanese put no space between words.
std::vector<Word> wordsOf(std::string_view text, Lexicon& lexicon) {
    std::vector<Word> words;
    std::string word;
    std::size_t begin = 0;
    bool numeric = false;
    auto flush = [&] {
        if (word.empty()) return;
        words.push_back({lexicon.idOf(word), numeric, begin});
        word.clear();
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        const char32_t c = decodeUtf8(text, i);
        const auto u = static_cast<UChar32>(c);
        const bool ideograph = c >= 0x80 && u_hasBinaryProperty(u, UCHAR_IDEOGRAPHIC) != 0;
        if (!isWordCharacter(c) || ideograph) flush();
        if (!isWordCharacter(c)) continue;
        if (word.empty()) {
            begin = at;
            numeric = u_isdigit(u) != 0;
        }
        appendUtf8(word, static_cast<char32_t>(u_foldCase(u, U_FOLD_CASE_DEFAULT)));
        if (ideograph) flush();
    }
    flush();
    return words;
}

// How many of the first words of a provision are its numbering: up to two words of a heading
// ("Section", "Sec", "Art", "Artículo") followed by numbers ("12", "12 1" of "12(1)"), or the
// numbers alone ("1" of "(1)" or "1."). Renumbering must not make a provision look amended.
std::size_t numberingWords(const std::vector<Word>& words) {
    std::size_t k = 0;
    while (k < words.size() && k < 2 && !words[k].numeric) ++k;
    if (k == words.size() || !words[k].numeric) return 0;
    while (k < words.size() && words[k].numeric) ++k;
    return k;
}

// A multiset of word bigrams (a provision of one word has that word), sorted, so that two
// provisions are compared by one merge.
using Shingles = std::vector<std::uint64_t>;

Shingles shinglesOf(const std::vector<std::uint32_t>& ids) {
    Shingles out;
    if (ids.size() == 1) out.push_back(ids[0]);
    for (std::size_t i = 0; i + 1 < ids.size(); ++i) {
        // +1: a bigram never equals a single word's shingle.
        out.push_back(((static_cast<std::uint64_t>(ids[i]) + 1) << 32) | ids[i + 1]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Dice coefficient of two multisets: twice the shared bigrams over all of them.
double dice(const Shingles& a, const Shingles& b) {
    if (a.empty() || b.empty()) return 0.0;
    std::size_t shared = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++shared, ++i, ++j;
        }
    }
    return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

// What one draft's provisions look like to the comparison.
struct Draft {
    const DocumentStructure* structure;
    std::vector<Shingles> text;         // per provision, numbering left out
    std::vector<std::string> heading;   // per provision, its article's heading words; "" if none
    std::vector<Shingles> articleText;  // per provision that opens an article: all its text
};

// The words of the name in a heading such as "Section 3 - Illegal access" or "Sec. 12.
// Real-Time Collection of Traffic Data. - Law enforcement ...", after the numbering and up to
// the first full stop, colon, semicolon or spaced dash; "" when there are none or too many.
std::string headingIn(std::string_view text, const std::vector<Word>& words) {
    const std::size_t first = numberingWords(words);
    if (first == 0 || first == words.size()) return "";
    std::size_t end = text.size();
    for (const std::string_view stop : {". ", " - ", ":", ";"}) {
        end = std::min(end, text.find(stop, words[first].begin));
    }
    std::string heading;
    std::size_t count = 0;
    for (std::size_t w = first; w < words.size() && words[w].begin < end; ++w, ++count) {
        heading += std::to_string(words[w].id) + ' ';
    }
    return count <= kLongestHeading ? heading : "";
}

Draft readDraft(const Document& doc, const DocumentStructure& structure, Lexicon& lexicon) {
    Draft draft;
    draft.structure = &structure;
    const std::vector<Provision>& provisions = structure.provisions;
    draft.text.resize(provisions.size());
    draft.heading.resize(provisions.size());
    draft.articleText.resize(provisions.size());
    std::vector<std::string> articleHeading(provisions.size());
    for (std::size_t p = 0; p < provisions.size(); ++p) {
        const Provision& provision = provisions[p];
        std::vector<std::uint32_t> ids;
        for (std::size_t b = provision.firstBlock; b < provision.endBlock && b < doc.blocks.size();
             ++b) {
            const NormalizedText normalized(doc.blocks[b].text);
            const std::vector<Word> words = wordsOf(normalized.text(), lexicon);
            std::size_t skip = 0;
            if (b == provision.firstBlock && !provision.label.empty()) {
                skip = numberingWords(words);
                if (provision.article == p) {
                    articleHeading[p] = headingIn(normalized.text(), words);
                }
            } else if (b == provision.firstBlock + 1 && !provision.label.empty() &&
                       provision.article == p && articleHeading[p].empty() &&
                       b < structure.isTitle.size() && structure.isTitle[b]) {
                // "Article 19" alone, then its name as a title of its own.
                for (const Word& w : words) articleHeading[p] += std::to_string(w.id) + ' ';
                if (words.size() > kLongestHeading) articleHeading[p].clear();
            }
            for (std::size_t w = skip; w < words.size(); ++w) ids.push_back(words[w].id);
        }
        draft.text[p] = shinglesOf(ids);
    }
    for (std::size_t p = 0; p < provisions.size(); ++p) {
        const std::size_t article = provisions[p].article;
        if (article >= provisions.size()) continue;
        draft.heading[p] = articleHeading[article];
        Shingles& whole = draft.articleText[article];
        whole.insert(whole.end(), draft.text[p].begin(), draft.text[p].end());
    }
    for (Shingles& whole : draft.articleText) std::sort(whole.begin(), whole.end());
    return draft;
}

class Aligner {
public:
    Aligner(const Draft& oldDraft, const Draft& newDraft)
        : old_(oldDraft),
          new_(newDraft),
          n_(oldDraft.text.size()),
          m_(newDraft.text.size()),
          similarity_(n_ * m_),
          oldPartner_(n_),
          newPartner_(m_),
          how_(m_, How::Added),
          pairSimilarity_(m_, 0.0) {
        for (std::size_t p = 0; p < n_; ++p) {
            for (std::size_t q = 0; q < m_; ++q)
                similarity_[p * m_ + q] = dice(old_.text[p], new_.text[q]);
        }
    }

    Alignment align() {
        auto any = [](std::size_t, std::size_t) { return true; };
        pairWhere(pairing::kNearlySameText, How::SimilarText, false, any);
        pairWhere(pairing::kSimilarWithLabel, How::SimilarText, true,
                  [&](std::size_t p, std::size_t q) {
                      return oldP(p).label == newP(q).label && !articlesWentApart(p, q);
                  });
        pairWhere(pairing::kSimilarWithHeading, How::SameHeading, true,
                  [&](std::size_t p, std::size_t q) {
                      return !old_.heading[p].empty() && old_.heading[p] == new_.heading[q] &&
                             !articlesWentApart(p, q);
                  });
        pairWhere(pairing::kSimilarText, How::SimilarText, false, any);
        pairOpeningsByArticle();
        return result();
    }

private:
    struct Candidate {
        std::size_t p, q;
        double similarity;
        double articles;  // how alike their whole articles are
        bool sameLabel;
        bool sameNumber;
        std::size_t gap;  // how far apart their relative places are, scaled by n * m

        // The order in which pairs are taken: best first, and a total order.
        bool operator<(const Candidate& o) const {
            return std::tie(o.similarity, o.articles, o.sameLabel, o.sameNumber, gap, p, q) <
                   std::tie(similarity, articles, sameLabel, sameNumber, o.gap, o.p, o.q);
        }
    };

    const Provision& oldP(std::size_t p) const { return old_.structure->provisions[p]; }
    const Provision& newP(std::size_t q) const { return new_.structure->provisions[q]; }
    double similarity(std::size_t p, std::size_t q) const { return similarity_[p * m_ + q]; }

    double articleSimilarity(std::size_t p, std::size_t q) {
        const std::size_t a = oldP(p).article, b = newP(q).article;
        if (a >= n_ || b >= m_) return 0.0;
        const auto [it, added] = articles_.try_emplace(a * m_ + b, 0.0);
        if (added) it->second = dice(old_.articleText[a], new_.articleText[b]);
        return it->second;
    }

    // True if the article of p or of q is known to have another counterpart: its opening was
    // paired with the opening of an article other than the one of q or of p. After "Section 1
    // - Illegal access" became "Section 2 - Illegal access", the old 1(1) is no longer looked
    // for in the new section 1.
    bool articlesWentApart(std::size_t p, std::size_t q) const {
        const std::size_t a = oldP(p).article, b = newP(q).article;
        return (a < n_ && oldPartner_[a] && newP(*oldPartner_[a]).article != b) ||
               (b < m_ && newPartner_[b] && oldP(*newPartner_[b]).article != a);
    }

    // True if p or q has a partner not yet paired whose text is clearly more like its own:
    // the label or heading is a hint, but not against the text.
    bool clearlyBetterElsewhere(std::size_t p, std::size_t q) const {
        const double enough =
            std::max(similarity(p, q) + pairing::kClearlyMoreSimilar, pairing::kSimilarText);
        for (std::size_t other = 0; other < m_; ++other) {
            if (!newPartner_[other] && similarity(p, other) >= enough) return true;
        }
        for (std::size_t other = 0; other < n_; ++other) {
            if (!oldPartner_[other] && similarity(other, q) >= enough) return true;
        }
        return false;
    }

    // One step: among provisions still alone, the pairs `allowed` whose similarity is at least
    // `threshold`, taken greedily best first; `how` says what paired them when their labels
    // differ. With `deferToText`, a pair is left for a later step when one of its provisions
    // has clearly more similar text elsewhere.
    template <typename Allowed>
    void pairWhere(double threshold, How how, bool deferToText, Allowed allowed) {
        std::vector<Candidate> candidates;
        for (std::size_t p = 0; p < n_; ++p) {
            if (oldPartner_[p]) continue;
            for (std::size_t q = 0; q < m_; ++q) {
                if (newPartner_[q] || similarity(p, q) < threshold || !allowed(p, q)) continue;
                const std::size_t pm = p * m_, qn = q * n_;
                candidates.push_back({p, q, similarity(p, q), articleSimilarity(p, q),
                                      oldP(p).label == newP(q).label,
                                      oldP(p).number == newP(q).number,
                                      pm > qn ? pm - qn : qn - pm});
            }
        }
        std::sort(candidates.begin(), candidates.end());
        for (const Candidate& c : candidates) {
            if (oldPartner_[c.p] || newPartner_[c.q]) continue;
            if (deferToText && clearlyBetterElsewhere(c.p, c.q)) continue;
            pair(c.p, c.q, c.sameLabel ? How::SameLabel : how, c.similarity);
        }
    }

    void pair(std::size_t p, std::size_t q, How how, double similarity) {
        oldPartner_[p] = q;
        newPartner_[q] = p;
        how_[q] = how;
        pairSimilarity_[q] = similarity;
    }

    // The article whose provisions received most of the paired provisions of `article`
    // (other than its opening), or nullopt if none was paired; ties go to the first.
    static std::optional<std::size_t> whereArticleWent(
        std::size_t article, const DocumentStructure& from, const DocumentStructure& to,
        const std::vector<std::optional<std::size_t>>& partner) {
        std::map<std::size_t, std::size_t> votes;  // article of `to` -> provisions received
        for (std::size_t p = article + 1;
             p < from.provisions.size() && from.provisions[p].article == article; ++p) {
            if (partner[p]) ++votes[to.provisions[*partner[p]].article];
        }
        std::optional<std::size_t> best;
        for (const auto& [target, count] : votes) {
            if (!best || count > votes[*best]) best = target;
        }
        return best;
    }

    // The last step: an article opening still alone pairs with the opening, also alone, of the
    // article its paragraphs went to, if that article's paragraphs came from its own. An
    // opening that is only a label ("Section 24") has no words to compare, and one whose
    // heading was reworded ("Illegal access" to "Unauthorised access") too few; their
    // paragraphs say where they went. Its similarity is that of the two whole articles.
    void pairOpeningsByArticle() {
        for (std::size_t a = 0; a < n_; ++a) {
            if (oldPartner_[a] || oldP(a).article != a) continue;
            const std::optional<std::size_t> b =
                whereArticleWent(a, *old_.structure, *new_.structure, oldPartner_);
            if (!b || newPartner_[*b] || newP(*b).article != *b ||
                whereArticleWent(*b, *new_.structure, *old_.structure, newPartner_) != a) {
                continue;
            }
            pair(a, *b, oldP(a).label == newP(*b).label ? How::SameLabel : How::SimilarText,
                 dice(old_.articleText[a], new_.articleText[*b]));
        }
    }

    Alignment result() const {
        // Each deleted provision follows the new counterpart of the last paired one before it.
        std::vector<std::vector<std::size_t>> deletedAfter(m_);
        std::vector<std::size_t> deletedFirst;
        std::optional<std::size_t> anchor;
        for (std::size_t p = 0; p < n_; ++p) {
            if (oldPartner_[p]) {
                anchor = oldPartner_[p];
            } else if (anchor) {
                deletedAfter[*anchor].push_back(p);
            } else {
                deletedFirst.push_back(p);
            }
        }
        Alignment alignment;
        alignment.pairs.reserve(n_ + m_);
        auto deleted = [&](std::size_t p) {
            alignment.pairs.push_back({p, std::nullopt, How::Deleted, 0.0});
        };
        for (const std::size_t p : deletedFirst) deleted(p);
        for (std::size_t q = 0; q < m_; ++q) {
            if (const std::optional<std::size_t> p = newPartner_[q]) {
                alignment.pairs.push_back({p, q, how_[q], pairSimilarity_[q]});
            } else {
                alignment.pairs.push_back({std::nullopt, q, How::Added, 0.0});
            }
            for (const std::size_t p : deletedAfter[q]) deleted(p);
        }
        return alignment;
    }

    const Draft& old_;
    const Draft& new_;
    std::size_t n_, m_;
    std::vector<double> similarity_;  // n_ * m_, row by old provision
    std::vector<std::optional<std::size_t>> oldPartner_, newPartner_;
    std::vector<How> how_;                // by new provision, once paired
    std::vector<double> pairSimilarity_;  // by new provision, once paired
    std::unordered_map<std::size_t, double> articles_;
};

}  // namespace

Alignment alignProvisions(const Document& oldDoc, const DocumentStructure& oldStructure,
                          const Document& newDoc, const DocumentStructure& newStructure) {
    Lexicon lexicon;
    const Draft oldDraft = readDraft(oldDoc, oldStructure, lexicon);
    const Draft newDraft = readDraft(newDoc, newStructure, lexicon);
    return Aligner(oldDraft, newDraft).align();
}

}  // namespace proviso
