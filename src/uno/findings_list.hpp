// The findings of a document as the sidebar lists them: one row per Proviso comment, read from
// the comments themselves (so the list is the same after the document is saved and reopened,
// and follows a person deleting one), in document order, with the provision each is in.
#pragma once

#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "proviso/finding.hpp"
#include "proviso/rule.hpp"

namespace proviso::uno {

namespace css = ::com::sun::star;

struct FindingRow {
    css::uno::Reference<css::text::XTextContent> field;  // the comment
    css::uno::Reference<css::text::XTextRange> anchor;   // the words it is on
    std::string ruleId;
    std::optional<Severity> severity;  // none when the rule is not among those loaded
    std::string category;              // the rule's category id; empty when unknown
    std::string provision;             // "Article 5(2)"; empty where the document has none
    std::size_t paragraph = 0;         // 0-based, in reading order (for "para. 12")
    std::string words;                 // the flagged words
    std::string firstLine;             // what the comment says first: its concern
    std::string content;               // the whole comment
};

// Proviso's comments in `doc` (by Proviso or `author`) as rows in reading order; severity and
// category come from `rules` (those the user's checks use). Reads the whole document once for
// its structure.
std::vector<FindingRow> findingRows(const css::uno::Reference<css::text::XTextDocument>& doc,
                                    const std::string& author,
                                    const std::vector<const Rule*>& rules);

// Every comment field of `doc`, people's and Proviso's, in no particular order: cheap enough to
// run after every edit (no comment's text is read), to tell whether the comments changed.
// The references keep the fields' UNO objects alive, so that the same comment is the same
// object the next time.
std::vector<css::uno::Reference<css::uno::XInterface>> commentFields(
    const css::uno::Reference<css::text::XTextDocument>& doc);

}  // namespace proviso::uno
