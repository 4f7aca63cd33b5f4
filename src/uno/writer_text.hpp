// Reads a Writer document into the core's blocks, and maps core offsets back to Writer ranges.
//
// Why text portions and not XParagraph::getString(): the string shows field results and hides
// comment anchors, while a cursor steps over a field as one position and over each comment
// anchor too. So the block text is assembled portion by portion, remembering for each piece of
// block text the portion it came from; a finding is mapped back through those pieces, and a
// cursor only ever steps inside a plain text portion, where one step is one code point.
#pragma once

#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <cstddef>
#include <vector>

#include "proviso/document.hpp"

namespace proviso::uno {

namespace css = ::com::sun::star;

// A paragraph of the document, as the block it became.
struct WriterParagraph {
    css::uno::Reference<css::text::XTextRange> paragraph;
    bool isProtected = false;  // in a protected section or table cell: no comment goes there
};

// The two ends of a tracked change other than a deletion, in either order.
struct TrackedChange {
    css::uno::Reference<css::text::XTextRange> start;
    css::uno::Reference<css::text::XTextRange> end;
};

struct WriterDocument {
    Document document;  // block i is paragraphs[i]
    std::vector<WriterParagraph> paragraphs;
    std::vector<TrackedChange> trackedChanges;
    bool hasTrackedChanges = false;  // of any kind, deletions too
};

// Which text of a document with tracked changes is read.
enum class TrackedText {
    Accepted,  // as if every change were accepted: deleted text left out (what a check reads)
    Rejected,  // as if every change were rejected: inserted text left out, deleted text read
};

// Reads every paragraph a reader sees: the body with its tables (every cell), then footnotes,
// endnotes, text frames, and the headers and footers of the page styles in use. Text deleted
// with change tracking on is left out; with TrackedText::Rejected, text inserted is left out
// instead and deleted text read (a paragraph inserted whole is then an empty block), and the
// result is for reading only: rangesOf maps the accepted text.
WriterDocument readWriterDocument(const css::uno::Reference<css::text::XTextDocument>& doc,
                                  TrackedText view = TrackedText::Accepted);

struct Span {
    std::size_t block = 0;
    std::size_t start = 0;  // code points into the block text
    std::size_t end = 0;
};

enum class Placement {
    Exact,       // the span's own words
    ForComment,  // where a comment on them can go: see placeOffTrackedChanges
};

// The ranges of many spans at once, reading each paragraph's portions only once (reading them
// costs a walk over every bookmark and comment mark in the document). The ranges are cursors
// Writer keeps up to date as text content is inserted elsewhere, so they may all be taken
// before the first comment goes in. For a comment, the end of a span that lies inside a tracked
// change moves off it (a comment's character there would split the change), and a span with
// no such place gets an empty reference.
std::vector<css::uno::Reference<css::text::XTextRange>> rangesOf(
    const WriterDocument& source, const std::vector<Span>& spans,
    Placement placement = Placement::Exact);

// Where each of `ranges` (comment anchors, selections) lies in the source's blocks, paragraph by
// paragraph from the one it starts in to the one it ends in: code points of each block text, as
// positionAt counts them (a field one piece, text deleted with change tracking none). Empty for a
// range in no paragraph read (a drawing, a header not read). The inverse of rangesOf.
std::vector<std::vector<Span>> spansOf(
    const WriterDocument& source,
    const std::vector<css::uno::Reference<css::text::XTextRange>>& ranges);

}  // namespace proviso::uno
