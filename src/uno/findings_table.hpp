// The findings table: a new Writer document for the annex of a submission, rendered from the
// report model's annex (src/report/annex.cpp), which the proviso command also renders as HTML,
// CSV and JSON.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/report/annex.hpp"
#include "proviso/rule.hpp"

namespace proviso::uno {

// A name for the document a reader recognises: its title property, else its file name, else
// "Untitled".
std::string documentTitle(const css::uno::Reference<css::text::XTextDocument>& doc);

// A new, empty text document, in a window of its own (in none when `hidden`: scripts, tests).
// Throws a UNO exception if the office cannot make one.
css::uno::Reference<css::text::XTextDocument> newTextDocument(
    const css::uno::Reference<css::uno::XComponentContext>& context, bool hidden = false);

// Writes the annex table of `document` into `table` (an empty text document): the heading
// (title, date and counts, what Proviso is and which packs it used) and one row per concern,
// i.e. per Proviso comment, grouped by provision (report/annex.hpp), all in the source
// document's language. Text goes into Proviso's own paragraph styles, which a reviewer can
// restyle. `findings` are those of `document`, in any order; `rules` those the scan used.
// Returns the number of rows.
std::size_t writeFindingsTable(const css::uno::Reference<css::text::XTextDocument>& table,
                               const std::string& sourceTitle, const Document& document,
                               const std::vector<Finding>& findings,
                               const std::vector<const Rule*>& rules);

// Writes `annex` into `table`, as writeFindingsTable does.
void writeAnnexTable(const css::uno::Reference<css::text::XTextDocument>& table,
                     const report::Annex& annex);

// Sets a text table's columns to `percents` of its width (one per column, summing to 100).
// Cosmetic: a table whose columns cannot be told is left as it is.
void setColumnWidths(const css::uno::Reference<css::beans::XPropertySet>& table,
                     const std::vector<int>& percents);

// A table of `rows` (the first the header) at `cursor` (the end of the document), after a
// paragraph break, columns `percents` of the width, in the office's table paragraph styles,
// its header row formatted as formatRows does.
void appendTable(const css::uno::Reference<css::text::XTextDocument>& doc,
                 const css::uno::Reference<css::text::XTextCursor>& cursor,
                 const std::vector<std::vector<std::string>>& rows,
                 const std::vector<int>& percents);

// The header row on a light background, and no row split across pages.
void formatRows(const css::uno::Reference<css::text::XTextTable>& table);

}  // namespace proviso::uno
