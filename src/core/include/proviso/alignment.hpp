// Pairs the provisions of an older draft of a bill with their counterparts in a newer one, so
// that a comparison can say what each provision became: kept, amended, renumbered, moved, or
// added and deleted. Between readings sections are renumbered after an insertion, moved, split
// and merged, so neither the labels alone nor the text alone can be trusted; the method below
// uses the text first, then the label, then the heading, and says which one paired each pair.
// See docs/compare.md, "Comparing drafts: how provisions are paired".
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/structure.hpp"

namespace proviso {

struct ProvisionPair {
    // Indices into the old and the new structure's `provisions`; one is missing for a
    // provision that was added (no old one) or deleted (no new one).
    std::optional<std::size_t> oldIndex;
    std::optional<std::size_t> newIndex;

    // What the two provisions have in common besides their text:
    //   SameLabel   the same label ("Section 12(1)" in both, or both before the first heading),
    //               whatever step paired them: the provision kept its number;
    //   SameHeading the labels differ, and the enclosing articles have the same heading: a
    //               renumbered provision whose text was also amended;
    //   SimilarText the labels differ and only the text paired them: renumbered or moved (and
    //               the larger part of a split or merge);
    //   Added       only in the new draft;
    //   Deleted     only in the old draft.
    enum class How { SameLabel, SameHeading, SimilarText, Added, Deleted };
    How how = How::Added;

    // How alike the two texts are, from 0 (no word pair in common) to 1 (the same words in the
    // same order, numbering apart): the Dice coefficient of their word bigrams (for an opening
    // paired by its article, of the two whole articles). 0 for Added and Deleted.
    double similarity = 0.0;
};

struct Alignment {
    // Every provision of both drafts exactly once, in the new draft's order; a deleted provision
    // comes right after the new counterpart of the paired old provision before it (first if
    // there is none), so it stands where it stood.
    std::vector<ProvisionPair> pairs;
};

// The thresholds of alignProvisions' steps, on ProvisionPair::similarity. Measured on the
// corpus of laws (docs/compare.md): two different provisions of one law reach 0.47 once in a
// hundred pairs and 0.64 once in a thousand (offences drafted on one formula), so text alone
// must reach nearly the latter; a label or a heading in common is evidence of its own, and
// needs less of the text.
namespace pairing {
inline constexpr double kNearlySameText = 0.8;
inline constexpr double kSimilarWithLabel = 0.4;
inline constexpr double kSimilarWithHeading = 0.4;
inline constexpr double kSimilarText = 0.6;
// A label or a heading in common gives way to a provision this much more similar elsewhere.
inline constexpr double kClearlyMoreSimilar = 0.15;
}  // namespace pairing

// Pairs each provision of `oldStructure` (segmentProvisions(oldDoc)) with at most one of
// `newStructure` (segmentProvisions(newDoc)), one to one, at the level the structures give:
// numbered paragraphs, and the opening of each article (its heading, and any words before its
// first paragraph). Each step pairs only what earlier steps left, greedily from the most
// similar pair:
//   1. texts that are the same or nearly so (>= kNearlySameText), whatever their labels: a
//      moved or renumbered provision keeps its text (and so does a heading);
//   2. the same label and text still similar enough (>= kSimilarWithLabel): an amended
//      provision keeps its number; unless its article's opening was paired in step 1 with
//      another article's (after "Section 3 - Search" became "Section 4 - Search", the old 3(1)
//      is looked for in section 4, not in the new section 3);
//   3. the same heading of the enclosing article and similar enough text
//      (>= kSimilarWithHeading): renumbered and amended;
//   4. the most similar remaining pairs (>= kSimilarText): a split provision pairs with the new
//      one that holds most of its text, merged ones the reverse;
//   5. an article opening still alone, such as a bare "Section 24" with no words of its own,
//      pairs with the opening of the article its paragraphs went to, if that one's paragraphs
//      came from its article (its similarity is then that of the whole articles).
// Steps 2 and 3 leave a pair to step 4 when one of the two has a partner still alone whose text
// is kClearlyMoreSimilar more like its own. What is left is Added or Deleted. Ties go to the
// pair whose whole articles are more alike (a penalty subsection repeated word for word in two
// sections stays with its own section), then the same label, the same paragraph number, the
// nearer relative place, then document order: the result depends only on the inputs.
//
// Text is compared as NormalizedText, case-folded, word by word (an ideograph is a word), with
// the numbering that starts a provision ("Section 12", "(1)") left out, so that renumbering
// alone changes nothing. Limits: one to one, so the other parts of a split or a merge are Added
// or Deleted; a cross-reference renumbered in the text ("subsection (2)" to "(3)") counts as an
// amendment; two short sections without headings that share a drafting formula, one inserted
// before the other while the other is amended, may pair by their number. O(n * m * w) time
// for n and m provisions of w words, O(n * m) memory: fine for bills of a few hundred
// provisions (a tenth of a second for three hundred). Never throws, except std::bad_alloc.
Alignment alignProvisions(const Document& oldDoc, const DocumentStructure& oldStructure,
                          const Document& newDoc, const DocumentStructure& newStructure);

}  // namespace proviso
