#include "writer_text.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <algorithm>
#include <limits>

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

struct Portions {
    std::string text;
    std::vector<Piece> pieces;
};

Portions readPortions(const Reference<css::text::XTextRange>& paragraph) {
    Portions result;
    Reference<css::container::XEnumerationAccess> access(paragraph, UNO_QUERY);
    if (!access.is()) return result;
    Reference<css::container::XEnumeration> portions = access->createEnumeration();
    std::size_t position = 0;
    while (portions->hasMoreElements()) {
        Reference<css::text::XTextRange> portion(portions->nextElement(), UNO_QUERY);
        Reference<css::beans::XPropertySet> props(portion, UNO_QUERY);
        if (!portion.is() || !props.is()) continue;
        rtl::OUString type;
        props->getPropertyValue("TextPortionType") >>= type;
        // Text is read; a field counts as what it shows; every other portion (comment anchors,
        // footnote anchors, bookmarks, frames, soft page breaks) is invisible to the rules.
        const bool isText = type == "Text";
        if (!isText && type != "TextField") continue;
        const std::string piece = toUtf8(portion->getString());
        if (piece.empty()) continue;
        const std::size_t length = countCodePoints(piece);
        result.pieces.push_back({position, length, !isText, portion});
        result.text += piece;
        position += length;
    }
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

}  // namespace

WriterDocument readWriterDocument(const Reference<css::text::XTextDocument>& doc) {
    WriterDocument result;
    Reference<css::container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> paragraphs = body->createEnumeration();
    while (paragraphs->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(paragraphs->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.Paragraph")) continue;
        Reference<css::text::XTextRange> paragraph(info, UNO_QUERY);
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY);
        Block block;
        block.text = readPortions(paragraph).text;
        if (props.is()) {
            sal_Int16 level = 0;
            if (props->getPropertyValue("OutlineLevel") >>= level) block.outlineLevel = level;
            rtl::OUString label;
            if (props->getPropertyValue("ListLabelString") >>= label)
                block.listLabel = toUtf8(label);
            css::lang::Locale locale;
            if ((props->getPropertyValue("CharLocale") >>= locale) && !locale.Language.isEmpty() &&
                locale.Language != "zxx") {
                block.language = toUtf8(locale.Language);
            }
        }
        result.document.blocks.push_back(std::move(block));
        result.paragraphs.push_back({paragraph});
    }
    numberBlocksAsJoinedText(result.document);
    return result;
}

Reference<css::text::XTextRange> rangeOf(const WriterParagraph& paragraph, std::size_t start,
                                         std::size_t end) {
    const Portions portions = readPortions(paragraph.paragraph);
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

}  // namespace proviso::uno
