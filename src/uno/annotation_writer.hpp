// Turns concerns into Writer comments and removes them again. Only comments Proviso wrote are
// ever removed, and only while no person has worked on them: they are recognised by the author
// and by the tag at the end of their text (report/comment.hpp), which survives .docx.
#pragma once

#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <functional>
#include <vector>

#include "proviso/report/comment.hpp"
#include "proviso/report/concern.hpp"
#include "proviso/report/record.hpp"
#include "proviso/rule_set.hpp"
#include "writer_text.hpp"

namespace proviso::uno {

using report::kCommentAuthor;
using report::kCommentInitials;

// How comments are written and which of Proviso's comments a command may touch.
struct CommentOptions {
    std::string author = kCommentAuthor;  // the name on new comments
    // Which existing comments are in play (Check selection): a comment whose anchor this
    // refuses is neither kept nor removed. Empty: the whole document.
    std::function<bool(const css::uno::Reference<css::text::XTextRange>&)> inScope;
    // Called as comments are inserted, with how many are done out of how many.
    std::function<void(std::size_t done, std::size_t total)> progress;
};

struct CommentChanges {
    int kept = 0;
    int removed = 0;
    int added = 0;
    int unplaced = 0;       // concerns with no place for a comment (inside a long tracked change)
    int dismissed = 0;      // concerns a reviewer dismissed: not added again
    int disabled = 0;       // concerns of rules switched off in this document
    int noLongerFound = 0;  // comments whose finding is gone, kept because a person worked on them
};

// One of Proviso's comments in the document.
struct ProvisoComment {
    css::uno::Reference<css::text::XTextContent> field;
    css::uno::Reference<css::text::XTextRange> anchor;
    report::CommentTag tag;
    std::string content;
    std::string words;  // the words it covers
    bool hasReplies = false;
    // Whether a person has worked on it (edited it, added to it, replied to it): then Proviso
    // never removes it.
    bool workedOn() const { return tag.edited || hasReplies; }
};

// A comment of the document, whoever wrote it.
struct DocumentComment {
    css::uno::Reference<css::text::XTextContent> field;
    css::uno::Reference<css::text::XTextRange> anchor;
    std::string author;
    std::string content;
    std::string words;  // the words it covers; empty for a comment at a point
};

// Every comment of the document (body, tables, frames, notes), in the office's order.
std::vector<DocumentComment> documentComments(
    const css::uno::Reference<css::text::XTextDocument>& doc);

// How the comments answer one another. LibreOffice 7.4 records no parent for a reply: a reply is
// a comment at a point where another comment's words start (Writer's Reply) or end (Proviso's
// scoring replies, and many converted documents).
struct CommentThreads {
    std::vector<bool> isReply;   // at a point, where another comment starts or ends
    std::vector<bool> answered;  // someone else's reply is at its start or end
};
CommentThreads threadsOf(const std::vector<DocumentComment>& comments);

// A comment to insert: its text at `place` (words, or a point), by the options' author.
struct NewComment {
    Span span;  // where it goes in the source's blocks: the comments go in last place first
    css::uno::Reference<css::text::XTextRange> place;
    std::string text;
};

// Inserts the comments as they are (no check for others already there), telling the
// options' progress as it goes.
void insertComments(const css::uno::Reference<css::text::XTextDocument>& doc,
                    std::vector<NewComment> comments, const CommentOptions& options = {});

// Proviso's comments (by Proviso or `author`), those `inScope` accepts when it is set.
std::vector<ProvisoComment> provisoComments(
    const css::uno::Reference<css::text::XTextDocument>& doc, const std::string& author,
    const std::function<bool(const css::uno::Reference<css::text::XTextRange>&)>& inScope = {});

// Brings Proviso's comments in line with `concerns`, and `record` with the comments:
// - a comment Proviso wrote and that is gone since its last step was deleted by a person:
//   its fingerprint is remembered as dismissed, and dismissed concerns get no comment;
// - concerns of rules switched off in the document get none either;
// - a comment whose concern is still there (same rule, same words, same place) is kept;
// - a comment whose concern is gone is removed, unless a person worked on it: then it is kept
//   and marked "no longer found";
// - each other concern gets a comment.
// Running it twice on an unchanged document changes nothing.
CommentChanges updateComments(const css::uno::Reference<css::text::XTextDocument>& doc,
                              const WriterDocument& source,
                              const std::vector<report::Concern>& concerns,
                              report::DocumentRecord& record, const CommentOptions& options = {});

struct ClearResult {
    int removed = 0;
    int kept = 0;  // a person edited them or replied to them
};

// Removes Proviso's comments (those in scope) that no person worked on; `record` forgets them.
ClearResult removeComments(const css::uno::Reference<css::text::XTextDocument>& doc,
                           report::DocumentRecord& record, const CommentOptions& options = {});

}  // namespace proviso::uno
