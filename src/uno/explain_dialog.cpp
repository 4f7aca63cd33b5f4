#include "explain_dialog.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/datatransfer/UnsupportedFlavorException.hpp>
#include <com/sun/star/datatransfer/XTransferable.hpp>
#include <com/sun/star/datatransfer/clipboard/SystemClipboard.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <cppuhelper/implbase1.hxx>

#include <iostream>
#include <utility>

#include "dialog_model.hpp"
#include "finding_actions.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr const char* kPlainText = "text/plain;charset=utf-16";

// Plain text, as the clipboard wants it.
class TextTransferable final : public cppu::WeakImplHelper1<css::datatransfer::XTransferable> {
public:
    explicit TextTransferable(rtl::OUString text) : text_(std::move(text)) {}

    Any SAL_CALL getTransferData(const css::datatransfer::DataFlavor& flavor) override {
        if (!isDataFlavorSupported(flavor)) {
            throw css::datatransfer::UnsupportedFlavorException(flavor.MimeType, *this);
        }
        return Any(text_);
    }
    Sequence<css::datatransfer::DataFlavor> SAL_CALL getTransferDataFlavors() override {
        Sequence<css::datatransfer::DataFlavor> flavors(1);
        flavors.getArray()[0].MimeType = rtl::OUString::createFromAscii(kPlainText);
        flavors.getArray()[0].HumanPresentableName = "Unicode text";
        flavors.getArray()[0].DataType = cppu::UnoType<rtl::OUString>::get();
        return flavors;
    }
    sal_Bool SAL_CALL isDataFlavorSupported(const css::datatransfer::DataFlavor& flavor) override {
        return flavor.MimeType.equalsIgnoreAsciiCaseAscii(kPlainText);
    }

private:
    rtl::OUString text_;
};

// The copy button's listener. A failure to copy is reported on stderr and never thrown: it
// would unwind through the dialog's event loop.
class CopyListener final : public cppu::WeakImplHelper1<css::awt::XActionListener> {
public:
    CopyListener(Reference<css::uno::XComponentContext> context, std::string text)
        : context_(std::move(context)), text_(std::move(text)) {}

    void SAL_CALL actionPerformed(const css::awt::ActionEvent& /*event*/) override {
        try {
            copyToClipboard(context_, text_);
        } catch (const css::uno::Exception& e) {
            std::cerr << "proviso: cannot copy to the clipboard (" << toUtf8(e.Message) << ")\n";
        } catch (...) {
            std::cerr << "proviso: cannot copy to the clipboard\n";
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject& /*event*/) override {}

private:
    Reference<css::uno::XComponentContext> context_;
    std::string text_;
};

}  // namespace

void copyToClipboard(const Reference<css::uno::XComponentContext>& context,
                     const std::string& text) {
    css::datatransfer::clipboard::SystemClipboard::create(context)->setContents(
        new TextTransferable(toOUString(text)), nullptr);
}

void showExplanation(const Reference<css::uno::XComponentContext>& context,
                     const Reference<css::frame::XFrame>& frame, const std::string& title,
                     const std::string& text, const std::string& suggestion,
                     const std::string& uiLanguage) {
    constexpr sal_Int32 kWidth = 300, kHeight = 220, kMargin = 6, kButtonHeight = 14;
    auto services = context->getServiceManager();
    Reference<css::lang::XMultiServiceFactory> model(
        services->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", context),
        UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> dialogProps(model, UNO_QUERY_THROW);
    set(dialogProps, "PositionX", Any(sal_Int32(40)));
    set(dialogProps, "PositionY", Any(sal_Int32(40)));
    set(dialogProps, "Width", Any(kWidth));
    set(dialogProps, "Height", Any(kHeight));
    set(dialogProps, "Title", Any(toOUString(title)));
    set(dialogProps, "Moveable", Any(true));

    const sal_Int32 buttonsY = kHeight - kMargin - kButtonHeight;
    auto textBox = place(model, "com.sun.star.awt.UnoControlEditModel", kMargin, kMargin,
                         kWidth - 2 * kMargin, buttonsY - 2 * kMargin);
    set(textBox, "MultiLine", Any(true));
    set(textBox, "ReadOnly", Any(true));
    set(textBox, "VScroll", Any(true));
    set(textBox, "Text", Any(toOUString(text)));

    auto copy = place(model, "com.sun.star.awt.UnoControlButtonModel", kMargin, buttonsY, 110,
                      kButtonHeight);
    set(copy, "Label", Any(toOUString(report::say(report::Text::CopySuggestion, uiLanguage))));
    set(copy, "Enabled", Any(!suggestion.empty()));
    set(copy, "PushButtonType", Any(static_cast<sal_Int16>(css::awt::PushButtonType_STANDARD)));

    auto close = place(model, "com.sun.star.awt.UnoControlButtonModel", kWidth - kMargin - 60,
                       buttonsY, 60, kButtonHeight);
    set(close, "Label", Any(toOUString(report::say(report::Text::Close, uiLanguage))));
    set(close, "PushButtonType", Any(static_cast<sal_Int16>(css::awt::PushButtonType_CANCEL)));
    set(close, "DefaultButton", Any(true));

    Reference<css::container::XNameContainer> controls(model, UNO_QUERY_THROW);
    controls->insertByName("text", Any(textBox));
    controls->insertByName("copy", Any(copy));
    controls->insertByName("close", Any(close));

    Reference<css::awt::XControl> dialog(
        services->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", context),
        UNO_QUERY_THROW);
    dialog->setModel(Reference<css::awt::XControlModel>(model, UNO_QUERY_THROW));
    Reference<css::awt::XControlContainer> container(dialog, UNO_QUERY_THROW);
    Reference<css::awt::XButton>(container->getControl("copy"), UNO_QUERY_THROW)
        ->addActionListener(new CopyListener(context, suggestion));

    Reference<css::awt::XWindowPeer> parent(frame.is() ? frame->getContainerWindow() : nullptr,
                                            UNO_QUERY);
    dialog->createPeer(
        Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context), UNO_QUERY_THROW), parent);
    const DisposeOnExit disposer{Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)};
    Reference<css::awt::XDialog>(dialog, UNO_QUERY_THROW)->execute();
}

}  // namespace proviso::uno
