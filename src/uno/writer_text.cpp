#include "writer_text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XRedlinesSupplier.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/text/XEndnotesSupplier.hpp>
#include <com/sun/star/text/XFootnotesSupplier.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextFrame.hpp>
#include <com/sun/star/text/XTextFramesSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/text/XTextSection.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <algorithm>
#include <limits>

#include "proviso/utf.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// One piece of block text and where it came from.
struct Piece {
    std::size_t start = 0;  // code points into the block text
    std::size_t length = 0;
    bool atomic = false;  // a field: offsets inside it map to the whole field
    Reference<css::text::XTextRange> portion;
};

// A tracked change (other than a deletion, whose text is not in the block) in block text
// coordinates, open at either side when it runs on into the paragraph before or after.
struct Tracked {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool openBefore = false;
    bool openAfter = false;
    // Whether a character put at `offset` would land inside it, which splits it in two.
    bool strictlyContains(std::size_t offset) const {
        return (openBefore || begin < offset) && (openAfter || offset < end);
    }
};

struct Portions {
    std::string text;
    std::vector<Piece> pieces;
    std::vector<Tracked> tracked;
};

// `inInsertion` (TrackedText::Rejected only): whether the paragraph starts inside a tracked
// insertion begun in an earlier paragraph; left saying whether the next one does.
Portions readPortions(const Reference<css::text::XTextRange>& paragraph,
                      TrackedText view = TrackedText::Accepted, bool* inInsertion = nullptr) {
    Portions result;
    Reference<css::container::XEnumerationAccess> access(paragraph, UNO_QUERY);
    if (!access.is()) return result;
    Reference<css::container::XEnumeration> portions = access->createEnumeration();
    std::size_t position = 0;
    bool inDeletion = false;
    bool skipping = view == TrackedText::Rejected && inInsertion != nullptr && *inInsertion;
    std::vector<std::pair<rtl::OUString, std::size_t>> open;  // tracked changes begun here
    while (portions->hasMoreElements()) {
        Reference<css::text::XTextRange> portion(portions->nextElement(), UNO_QUERY);
        Reference<css::beans::XPropertySet> props(portion, UNO_QUERY);
        if (!portion.is() || !props.is()) continue;
        rtl::OUString type;
        props->getPropertyValue("TextPortionType") >>= type;
        if (type == "Redline") {
            // Text deleted with change tracking on is still in the paragraph, between the
            // start and end of its redline; it is not text anyone is proposing any more.
            rtl::OUString redlineType;
            bool isStart = false;
            props->getPropertyValue("RedlineType") >>= redlineType;
            props->getPropertyValue("IsStart") >>= isStart;
            if (view == TrackedText::Rejected) {
                // The text as it was before the changes: deletions are read, insertions not.
                if (redlineType == "Insert") skipping = isStart;
                continue;
            }
            if (redlineType == "Delete") {
                inDeletion = isStart;
                continue;
            }
            bool collapsed = false;
            props->getPropertyValue("IsCollapsed") >>= collapsed;
            if (collapsed) continue;
            rtl::OUString id;
            props->getPropertyValue("RedlineIdentifier") >>= id;
            if (isStart) {
                open.emplace_back(id, position);
                continue;
            }
            auto begun = std::find_if(open.begin(), open.end(),
                                      [&](const auto& o) { return o.first == id; });
            if (begun == open.end()) {
                result.tracked.push_back({0, position, true, false});
            } else {
                result.tracked.push_back({begun->second, position, false, false});
                open.erase(begun);
            }
            continue;
        }
        // Text is read; a field counts as what it shows; every other portion (comment anchors,
        // footnote anchors, bookmarks, frames, soft page breaks) is invisible to the rules.
        const bool isText = type == "Text";
        if ((!isText && type != "TextField") || inDeletion || skipping) continue;
        const std::string piece = toUtf8(portion->getString());
        if (piece.empty()) continue;
        const std::size_t length = countCodePoints(piece);
        result.pieces.push_back({position, length, !isText, portion});
        result.text += piece;
        position += length;
    }
    for (const auto& [id, begin] : open) result.tracked.push_back({begin, position, false, true});
    if (inInsertion != nullptr) *inInsertion = skipping;
    return result;
}

void stepRight(const Reference<css::text::XTextCursor>& cursor, std::size_t count) {
    constexpr std::size_t kMaxStep = std::numeric_limits<sal_Int16>::max();
    while (count > 0) {
        const std::size_t step = std::min(count, kMaxStep);
        cursor->goRight(static_cast<sal_Int16>(step), false);
        count -= step;
    }
}

// A collapsed range at code point `offset` of the block text. `atEnd` chooses, for an offset on
// the boundary between two pieces, the end of the earlier one (for the end of a finding).
Reference<css::text::XTextRange> positionAt(const Portions& portions, std::size_t offset,
                                            bool atEnd) {
    for (const Piece& piece : portions.pieces) {
        const std::size_t pieceEnd = piece.start + piece.length;
        const bool inside = atEnd ? (offset > piece.start && offset <= pieceEnd)
                                  : (offset >= piece.start && offset < pieceEnd);
        if (!inside) continue;
        if (piece.atomic) return atEnd ? piece.portion->getEnd() : piece.portion->getStart();
        Reference<css::text::XTextCursor> cursor =
            piece.portion->getText()->createTextCursorByRange(piece.portion->getStart());
        stepRight(cursor, offset - piece.start);
        return cursor->getStart();
    }
    return nullptr;
}

// Whether the paragraph lies in a protected section (or in a section inside one).
bool inProtectedSection(const Reference<css::beans::XPropertySet>& paragraph) {
    try {
        Reference<css::text::XTextSection> section(paragraph->getPropertyValue("TextSection"),
                                                   UNO_QUERY);
        for (; section.is(); section = section->getParentSection()) {
            Reference<css::beans::XPropertySet> props(section, UNO_QUERY);
            bool isProtected = false;
            if (props.is() && (props->getPropertyValue("IsProtected") >>= isProtected) &&
                isProtected) {
                return true;
            }
        }
    } catch (const css::uno::Exception&) {
        // no section property here (a header, a note): not protected by a section
    }
    return false;
}

// How the paragraphs are being read: which text of the tracked changes, and whether a tracked
// insertion runs on from the paragraph read last.
struct Reading {
    TrackedText view = TrackedText::Accepted;
    bool inInsertion = false;
};

void addParagraph(const Reference<css::text::XTextRange>& paragraph, bool protectedPlace,
                  Reading& reading, WriterDocument& result) {
    Reference<css::beans::XPropertySet> props(paragraph, UNO_QUERY);
    Block block;
    block.text = readPortions(paragraph, reading.view, &reading.inInsertion).text;
    if (props.is()) {
        sal_Int16 level = 0;
        if (props->getPropertyValue("OutlineLevel") >>= level) block.outlineLevel = level;
        rtl::OUString label;
        if (props->getPropertyValue("ListLabelString") >>= label) block.listLabel = toUtf8(label);
        css::lang::Locale locale;
        if ((props->getPropertyValue("CharLocale") >>= locale) && !locale.Language.isEmpty() &&
            locale.Language != "zxx") {
            block.language = toUtf8(locale.Language);
        }
    }
    result.document.blocks.push_back(std::move(block));
    result.paragraphs.push_back(
        {paragraph, protectedPlace || (props.is() && inProtectedSection(props))});
}

// The paragraphs of `text` in reading order, with every cell of its tables (row by row, and
// tables nested in cells) where the table stands.
void readText(const Reference<css::text::XText>& text, Reading& reading, WriterDocument& result,
              bool protectedPlace = false) {
    Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY);
    if (!access.is()) return;
    Reference<css::container::XEnumeration> elements = access->createEnumeration();
    while (elements->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(elements->nextElement(), UNO_QUERY);
        if (!info.is()) continue;
        if (info->supportsService("com.sun.star.text.Paragraph")) {
            addParagraph(Reference<css::text::XTextRange>(info, UNO_QUERY), protectedPlace, reading,
                         result);
        } else if (info->supportsService("com.sun.star.text.TextTable")) {
            Reference<css::text::XTextTable> table(info, UNO_QUERY);
            if (!table.is()) continue;
            for (const rtl::OUString& name : table->getCellNames()) {
                Reference<css::text::XText> cell(table->getCellByName(name), UNO_QUERY);
                Reference<css::beans::XPropertySet> cellProps(cell, UNO_QUERY);
                bool cellProtected = false;
                if (cellProps.is()) cellProps->getPropertyValue("IsProtected") >>= cellProtected;
                readText(cell, reading, result, protectedPlace || cellProtected);
            }
        }
    }
}

// Reads a place outside the body (a note, a frame, a header): its blocks stand apart from the
// body's articles, each place on its own.
void readApart(const Reference<css::text::XText>& text, Reading& reading, WriterDocument& result) {
    const std::size_t first = result.document.blocks.size();
    reading.inInsertion = false;
    readText(text, reading, result);
    // Places are read after the body, one after another: the last block has the highest unit.
    const int unit = (first == 0 ? 0 : result.document.blocks[first - 1].apart) + 1;
    for (std::size_t b = first; b < result.document.blocks.size(); ++b) {
        result.document.blocks[b].apart = unit;
    }
}

void readNotes(const Reference<css::container::XIndexAccess>& notes, Reading& reading,
               WriterDocument& result) {
    if (!notes.is()) return;
    for (sal_Int32 i = 0; i < notes->getCount(); ++i) {
        readApart(Reference<css::text::XText>(notes->getByIndex(i), UNO_QUERY), reading, result);
    }
}

}  // namespace

WriterDocument readWriterDocument(const Reference<css::text::XTextDocument>& doc,
                                  TrackedText view) {
    WriterDocument result;
    Reading reading{view};
    // The body first, so that articles and their paragraphs come in order; then the places a
    // bill also puts words in: notes, frames, headers and footers.
    readText(doc->getText(), reading, result);
    if (Reference<css::text::XFootnotesSupplier> footnotes{doc, UNO_QUERY}; footnotes.is()) {
        readNotes(footnotes->getFootnotes(), reading, result);
    }
    if (Reference<css::text::XEndnotesSupplier> endnotes{doc, UNO_QUERY}; endnotes.is()) {
        readNotes(endnotes->getEndnotes(), reading, result);
    }
    if (Reference<css::text::XTextFramesSupplier> frames{doc, UNO_QUERY}; frames.is()) {
        Reference<css::container::XNameAccess> all = frames->getTextFrames();
        for (const rtl::OUString& name : all->getElementNames()) {
            Reference<css::text::XTextFrame> frame(all->getByName(name), UNO_QUERY);
            if (frame.is()) readApart(frame->getText(), reading, result);
        }
    }
    if (Reference<css::style::XStyleFamiliesSupplier> styles{doc, UNO_QUERY}; styles.is()) {
        Reference<css::container::XNameAccess> pageStyles(
            styles->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY);
        for (const rtl::OUString& name : pageStyles->getElementNames()) {
            Reference<css::style::XStyle> style(pageStyles->getByName(name), UNO_QUERY);
            Reference<css::beans::XPropertySet> props(style, UNO_QUERY);
            if (!style.is() || !props.is() || !style->isInUse()) continue;
            for (const char* part : {"Header", "Footer"}) {
                bool on = false;
                props->getPropertyValue(rtl::OUString::createFromAscii(part) + "IsOn") >>= on;
                if (!on) continue;
                Reference<css::text::XText> text(
                    props->getPropertyValue(rtl::OUString::createFromAscii(part) + "Text"),
                    UNO_QUERY);
                readApart(text, reading, result);
            }
        }
    }
    if (Reference<css::document::XRedlinesSupplier> redlines{doc, UNO_QUERY}; redlines.is()) {
        Reference<css::container::XEnumeration> changes =
            redlines->getRedlines()->createEnumeration();
        while (changes->hasMoreElements()) {
            Reference<css::beans::XPropertySet> change(changes->nextElement(), UNO_QUERY);
            if (!change.is()) continue;
            rtl::OUString type;
            TrackedChange tracked;
            change->getPropertyValue("RedlineType") >>= type;
            change->getPropertyValue("RedlineStart") >>= tracked.start;
            change->getPropertyValue("RedlineEnd") >>= tracked.end;
            result.hasTrackedChanges = true;
            if (type != "Delete" && tracked.start.is() && tracked.end.is()) {
                result.trackedChanges.push_back(std::move(tracked));
            }
        }
    }
    numberBlocksAsJoinedText(result.document);
    return result;
}

namespace {

// Where a comment on [start, end) can go without splitting a tracked change. Writer puts a
// comment's own character at the end of the words it covers, and a character put inside a
// tracked change (with recording paused) cuts the change in two, so the end moves to the
// change's end when that is in the paragraph, else back to its beginning (the comment then
// covers fewer words, or none and marks the place). False when the paragraph lies wholly
// inside a change that runs on over other paragraphs: no place in it is safe.
bool placeOffTrackedChanges(const Portions& portions, std::size_t& start, std::size_t& end) {
    for (const Tracked& change : portions.tracked) {
        if (!change.strictlyContains(end)) continue;
        if (!change.openAfter) {
            end = change.end;
        } else if (!change.openBefore) {
            end = change.begin;
            start = std::min(start, end);
        } else {
            return false;
        }
    }
    // Moving the end forward may have landed it in a later change: checked once more.
    return std::none_of(portions.tracked.begin(), portions.tracked.end(),
                        [&](const Tracked& change) { return change.strictlyContains(end); });
}

// Whether the paragraph lies wholly inside a tracked change that begins before it and ends
// after it (its portions then show no sign of the change).
bool insideTrackedChange(const Reference<css::text::XTextRange>& paragraph,
                         const std::vector<TrackedChange>& changes) {
    Reference<css::text::XTextRangeCompare> compare(paragraph->getText(), UNO_QUERY);
    if (!compare.is()) return false;
    auto encloses = [&](const Reference<css::text::XTextRange>& first,
                        const Reference<css::text::XTextRange>& last) {
        return compare->compareRegionStarts(first, paragraph) > 0 &&
               compare->compareRegionEnds(paragraph, last) > 0;
    };
    return std::any_of(changes.begin(), changes.end(), [&](const TrackedChange& change) {
        try {
            // Writer gives a change's two ends in either order.
            return encloses(change.start, change.end) || encloses(change.end, change.start);
        } catch (const css::uno::Exception&) {
            return false;  // in another text: a cell, a note, a frame
        }
    });
}

Reference<css::text::XTextRange> rangeIn(const Portions& portions, std::size_t start,
                                         std::size_t end) {
    Reference<css::text::XTextRange> from = positionAt(portions, start, false);
    Reference<css::text::XTextRange> to = positionAt(portions, end, true);
    if (!from.is() || !to.is()) {
        throw css::lang::IllegalArgumentException("finding lies outside its paragraph's text",
                                                  nullptr, 0);
    }
    Reference<css::text::XTextCursor> cursor = from->getText()->createTextCursorByRange(from);
    cursor->gotoRange(to, true);
    return Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW);
}

}  // namespace

std::vector<Reference<css::text::XTextRange>> rangesOf(const WriterDocument& source,
                                                       const std::vector<Span>& spans,
                                                       Placement placement) {
    std::vector<std::size_t> order(spans.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return spans[a].block < spans[b].block; });
    std::vector<Reference<css::text::XTextRange>> ranges(spans.size());
    Portions portions;
    std::size_t current = static_cast<std::size_t>(-1);
    for (const std::size_t i : order) {
        if (spans[i].block != current) {
            current = spans[i].block;
            const Reference<css::text::XTextRange>& paragraph =
                source.paragraphs.at(current).paragraph;
            portions = readPortions(paragraph);
            if (placement == Placement::ForComment && portions.tracked.empty() &&
                !source.trackedChanges.empty() &&
                insideTrackedChange(paragraph, source.trackedChanges)) {
                portions.tracked.push_back({0, 0, true, true});
            }
        }
        std::size_t start = spans[i].start;
        std::size_t end = spans[i].end;
        if (placement == Placement::ForComment && !placeOffTrackedChanges(portions, start, end)) {
            continue;  // left empty: no place for a comment
        }
        ranges[i] = rangeIn(portions, start, end);
    }
    return ranges;
}

namespace {

// The code point of the block text at which `at` lies, read through the paragraph's pieces (the
// inverse of positionAt): inside a text piece, the characters from its start; inside a field, its
// start; in text deleted with change tracking (no piece), where the next piece starts.
std::size_t offsetOf(const Portions& portions,
                     const Reference<css::text::XTextRangeCompare>& compare,
                     const Reference<css::text::XTextRange>& at) {
    // compareRegionStarts(a, b): 1 when a starts before b, 0 at the same place, -1 after.
    std::size_t offset = 0;
    for (const Piece& piece : portions.pieces) {
        if (compare->compareRegionStarts(piece.portion, at) < 0) break;  // starts after `at`
        const bool pastIt = compare->compareRegionStarts(piece.portion->getEnd(), at) >= 0;
        if (pastIt || piece.atomic) {
            offset = piece.start + (pastIt ? piece.length : 0);
            if (pastIt) continue;
            return offset;
        }
        Reference<css::text::XTextCursor> cursor =
            piece.portion->getText()->createTextCursorByRange(piece.portion->getStart());
        cursor->gotoRange(at, true);
        return piece.start + std::min(piece.length, countCodePoints(toUtf8(cursor->getString())));
    }
    return offset;
}

}  // namespace

std::vector<std::vector<Span>> spansOf(
    const WriterDocument& source, const std::vector<Reference<css::text::XTextRange>>& ranges) {
    // Each paragraph's text once; a range is looked for among the paragraphs of its own text
    // (the body, a cell, a frame), which are in reading order there.
    std::vector<Reference<css::text::XText>> textOf(source.paragraphs.size());
    for (std::size_t p = 0; p < source.paragraphs.size(); ++p) {
        textOf[p] = source.paragraphs[p].paragraph->getText();
    }
    std::vector<std::vector<Span>> out(ranges.size());
    for (std::size_t r = 0; r < ranges.size(); ++r) {
        if (!ranges[r].is()) continue;
        try {
            const Reference<css::text::XText> text = ranges[r]->getText();
            Reference<css::text::XTextRangeCompare> compare(text, UNO_QUERY);
            if (!compare.is()) continue;
            std::vector<std::size_t> here;
            for (std::size_t p = 0; p < textOf.size(); ++p) {
                if (textOf[p] == text) here.push_back(p);
            }
            // The paragraphs from the one the range starts in to the one it ends in.
            auto startingBy = [&](const Reference<css::text::XTextRange>& at) {
                return std::partition_point(here.begin(), here.end(), [&](std::size_t p) {
                    return compare->compareRegionStarts(source.paragraphs[p].paragraph, at) >= 0;
                });
            };
            const auto first = startingBy(ranges[r]->getStart());
            const auto last = startingBy(ranges[r]->getEnd());
            if (first == here.begin()) continue;
            for (auto it = first - 1; it != last; ++it) {
                const std::size_t block = *it;
                const Reference<css::text::XTextRange>& paragraph =
                    source.paragraphs[block].paragraph;
                const Portions portions = readPortions(paragraph);
                const std::size_t from =
                    it == first - 1 ? offsetOf(portions, compare, ranges[r]->getStart()) : 0;
                const std::size_t to = it == last - 1
                                           ? offsetOf(portions, compare, ranges[r]->getEnd())
                                           : countCodePoints(portions.text);
                // A range that ends where the next paragraph starts takes none of its words.
                if (it != first - 1 && to == 0) break;
                out[r].push_back(Span{block, from, std::max(from, to)});
            }
        } catch (const css::uno::Exception&) {
            out[r].clear();  // a range Writer cannot compare here: not in the document's text
        }
    }
    return out;
}

}  // namespace proviso::uno
