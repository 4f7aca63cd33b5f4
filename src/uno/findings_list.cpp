#include "findings_list.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "annotation_writer.hpp"
#include "proviso/report/concern.hpp"
#include "proviso/report/draft_comments.hpp"
#include "proviso/structure.hpp"
#include "ustring.hpp"
#include "writer_text.hpp"

namespace proviso::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

// Where a comment's words are: the paragraph (block) they start in, and how far into it.
struct Place {
    std::size_t block = kNoBlock;
    sal_Int32 offset = 0;
};

// The paragraphs of the document by their text: a comment's paragraph is found by its text, and
// among paragraphs with the same text by its position. Cheaper than comparing the comment with
// every paragraph in turn, which over a long bill would be millions of calls.
class ParagraphIndex {
public:
    explicit ParagraphIndex(const WriterDocument& source) : source_(source) {
        for (std::size_t i = 0; i < source.paragraphs.size(); ++i) {
            const auto& paragraph = source.paragraphs[i].paragraph;
            if (paragraph.is()) byText_.emplace(toUtf8(paragraph->getString()), i);
        }
    }

    Place placeOf(const Reference<css::text::XTextRange>& anchor) const {
        Place place;
        if (!anchor.is()) return place;
        Reference<css::text::XText> text = anchor->getText();
        Reference<css::text::XParagraphCursor> cursor(
            text->createTextCursorByRange(anchor->getStart()), UNO_QUERY);
        if (!cursor.is()) return place;
        cursor->gotoStartOfParagraph(false);
        Reference<css::text::XTextRange> start(cursor->getStart());
        cursor->gotoEndOfParagraph(true);
        const auto [first, last] = byText_.equal_range(toUtf8(cursor->getString()));
        Reference<css::text::XTextRangeCompare> compare(text, UNO_QUERY);
        for (auto it = first; it != last; ++it) {
            const auto& paragraph = source_.paragraphs[it->second].paragraph;
            if (std::next(first) == last) {
                place.block = it->second;  // the only paragraph with these words
                break;
            }
            try {
                if (paragraph->getText() == text && compare.is() &&
                    compare->compareRegionStarts(paragraph, start) == 0) {
                    place.block = it->second;
                    break;
                }
            } catch (const css::uno::Exception&) {
                // another text (a cell, a footnote): not this one
            }
        }
        // How far into its paragraph: orders the comments of one paragraph.
        Reference<css::text::XTextCursor> upTo = text->createTextCursorByRange(start);
        upTo->gotoRange(anchor->getStart(), true);
        place.offset = upTo->getString().getLength();
        return place;
    }

private:
    const WriterDocument& source_;
    std::unordered_multimap<std::string, std::size_t> byText_;
};

std::string firstLineOf(const std::string& content) {
    return content.substr(0, content.find('\n'));
}

}  // namespace

std::vector<FindingRow> findingRows(const Reference<css::text::XTextDocument>& doc,
                                    const std::string& author,
                                    const std::vector<const Rule*>& rules) {
    std::vector<ProvisoComment> comments = provisoComments(doc, author);
    if (comments.empty()) return {};
    const WriterDocument source = readWriterDocument(doc);
    const DocumentStructure structure = segmentProvisions(source.document);
    const ParagraphIndex paragraphs(source);
    const report::RuleIndex index(rules);

    std::vector<std::pair<Place, FindingRow>> placed;
    placed.reserve(comments.size());
    for (ProvisoComment& c : comments) {
        FindingRow row;
        row.field = c.field;
        row.anchor = c.anchor;
        row.ruleId = c.tag.ruleId;
        if (const RuleInfo* rule = index.find(row.ruleId)) {
            row.severity = rule->severity;
            row.category = rule->category;
        } else if (row.ruleId == report::kSafeguardRemovedTag) {
            row.severity = Severity::High;  // a draft went back on a safeguard it had
        }
        row.words = std::move(c.words);
        row.firstLine = firstLineOf(c.content);
        row.content = std::move(c.content);
        Place place;
        try {
            place = paragraphs.placeOf(row.anchor);
        } catch (const css::uno::Exception&) {
            // a comment whose place cannot be read goes last, still listed
        }
        if (place.block < source.paragraphs.size()) {
            row.paragraph = place.block;
            row.provision = structure.labelOf(place.block);
        }
        placed.emplace_back(place, std::move(row));
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.block, a.first.offset) < std::tie(b.first.block, b.first.offset);
    });
    std::vector<FindingRow> rows;
    rows.reserve(placed.size());
    for (auto& [place, row] : placed) rows.push_back(std::move(row));
    return rows;
}

std::vector<Reference<css::uno::XInterface>> commentFields(
    const Reference<css::text::XTextDocument>& doc) {
    std::vector<Reference<css::uno::XInterface>> out;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY);
    if (!supplier.is()) return out;
    Reference<css::container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (info.is() && info->supportsService("com.sun.star.text.textfield.Annotation")) {
            out.emplace_back(info, UNO_QUERY);
        }
    }
    return out;
}

}  // namespace proviso::uno
