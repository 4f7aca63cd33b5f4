// The findings table: a new Writer document for the annex of a submission, with a heading
// naming the source document and the date, then one table row per finding in document order
// (No., provision, quoted text, concern, severity, what to ask for, references).
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

#include <string>
#include <vector>

#include "annotation_writer.hpp"
#include "proviso/document.hpp"
#include "proviso/finding.hpp"

namespace proviso::uno {

// A name for the document a reader recognises: its title property, else its file name, else
// "Untitled".
std::string documentTitle(const css::uno::Reference<css::text::XTextDocument>& doc);

// Writes the table into `table` (an empty text document), headings and column titles in
// `uiLanguage` ("en", "fr", "es"). `findings` are those of `document`, in any order.
void writeFindingsTable(const css::uno::Reference<css::text::XTextDocument>& table,
                        const std::string& sourceTitle, const Document& document,
                        const std::vector<Finding>& findings, const report::RuleIndex& rules,
                        const std::string& uiLanguage);

}  // namespace proviso::uno
