// The document's record of Proviso's work (report/record.hpp) kept in the document itself, as
// custom document properties (File > Properties > Custom Properties), which Writer saves in
// .odt and in .docx (docProps/custom.xml). Undo and redo of Proviso's own steps bring the
// record back to what it was with them, since Writer does not undo property changes.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>
#include <rtl/ustring.hxx>

#include "proviso/report/record.hpp"

namespace proviso::uno {

namespace css = ::com::sun::star;

// What the document remembers; empty sets where it remembers nothing (or cannot say).
report::DocumentRecord readRecord(const css::uno::Reference<css::text::XTextDocument>& doc);

// Stores the record; a set that is empty leaves no property behind.
void writeRecord(const css::uno::Reference<css::text::XTextDocument>& doc,
                 const report::DocumentRecord& record);

// Tells the document's undo manager that the step titled `title`, just finished, took the
// record from `before` to `after`: undoing it writes `before` back, redoing it `after`, and
// an undo also takes Proviso's infobar away (it spoke of what was undone). Never throws.
void recordUndoStep(const css::uno::Reference<css::text::XTextDocument>& doc,
                    const rtl::OUString& title, const report::DocumentRecord& before,
                    const report::DocumentRecord& after);

// The id of Proviso's infobar above the document.
inline constexpr const char* kInfobarId = "org.proviso.infobar";

}  // namespace proviso::uno
