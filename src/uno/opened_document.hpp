// Documents a command opens for itself (chosen by the person, or made for them): closed again
// unless handed over.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <string>
#include <utility>

#include "ustring.hpp"

namespace proviso::uno {

// A text argument of a dispatch ("KeyURL"); empty when it is not there.
inline std::string argumentOf(const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                              const char* name) {
    for (const auto& a : arguments) {
        rtl::OUString value;
        if (a.Name.equalsAscii(name) && (a.Value >>= value)) return toUtf8(value);
    }
    return {};
}

// A Writer document's URL, chosen by the person in the office's file picker titled `title`.
// Empty: cancelled.
inline std::string chooseDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const std::string& title) {
    css::uno::Reference<css::ui::dialogs::XFilePicker3> picker =
        css::ui::dialogs::FilePicker::createWithMode(
            context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(toOUString(title));
    picker->appendFilter("Writer (*.odt, *.fodt, *.docx, *.doc)", "*.odt;*.fodt;*.docx;*.doc");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    const css::uno::Sequence<rtl::OUString> files = picker->getSelectedFiles();
    return files.getLength() == 0 ? std::string() : toUtf8(files[0]);
}

// Closes a document this command opened unless the command got as far as handing it over: a
// half-made exercise or score card is not left open, hidden or not.
class ClosedUnlessKept {
public:
    explicit ClosedUnlessKept(css::uno::Reference<css::text::XTextDocument> doc)
        : doc_(std::move(doc)) {}
    ~ClosedUnlessKept() {
        if (kept_) return;
        try {
            css::uno::Reference<css::util::XCloseable> closeable(doc_, css::uno::UNO_QUERY);
            if (closeable.is()) closeable->close(true);
        } catch (...) {
            // closed by someone else
        }
    }
    ClosedUnlessKept(const ClosedUnlessKept&) = delete;
    ClosedUnlessKept& operator=(const ClosedUnlessKept&) = delete;
    void keep() { kept_ = true; }

private:
    css::uno::Reference<css::text::XTextDocument> doc_;
    bool kept_ = false;
};

// Opens a document the person chose (an answer key, an earlier draft) hidden and read-only,
// macros never run: it may come from anyone. It is closed again when this goes, unless it was
// open already (in a window of the person's): that one is used as it is and left open.
class OpenedDocument {
public:
    OpenedDocument(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const std::string& url) {
        const css::uno::Reference<css::frame::XDesktop2> desktop =
            css::frame::Desktop::create(context);
        const rtl::OUString wanted = toOUString(url);
        css::uno::Reference<css::container::XEnumeration> open =
            desktop->getComponents()->createEnumeration();
        while (open->hasMoreElements() && !doc_.is()) {
            css::uno::Reference<css::frame::XModel> model(open->nextElement(), css::uno::UNO_QUERY);
            if (model.is() && !wanted.isEmpty() && model->getURL() == wanted) {
                doc_.set(model, css::uno::UNO_QUERY);
                if (!doc_.is()) {
                    throw css::uno::RuntimeException(toOUString(url + ": not a text document"));
                }
                owned_ = false;
            }
        }
        if (doc_.is()) return;
        css::uno::Sequence<css::beans::PropertyValue> load(3);
        load.getArray()[0].Name = "Hidden";
        load.getArray()[0].Value <<= true;
        load.getArray()[1].Name = "ReadOnly";
        load.getArray()[1].Value <<= true;
        load.getArray()[2].Name = "MacroExecutionMode";
        load.getArray()[2].Value <<= sal_Int16(0);  // NEVER_EXECUTE
        const css::uno::Reference<css::lang::XComponent> loaded =
            desktop->loadComponentFromURL(wanted, "_blank", 0, load);
        doc_.set(loaded, css::uno::UNO_QUERY);
        if (!doc_.is()) {
            css::uno::Reference<css::util::XCloseable> other(loaded, css::uno::UNO_QUERY);
            if (other.is()) other->close(true);  // a spreadsheet, a drawing: not left open
            throw css::uno::RuntimeException(toOUString(url + ": not a text document"));
        }
    }
    ~OpenedDocument() {
        if (owned_) ClosedUnlessKept closed(doc_);
    }
    OpenedDocument(const OpenedDocument&) = delete;
    OpenedDocument& operator=(const OpenedDocument&) = delete;
    const css::uno::Reference<css::text::XTextDocument>& doc() const { return doc_; }

private:
    css::uno::Reference<css::text::XTextDocument> doc_;
    bool owned_ = true;
};

}  // namespace proviso::uno
