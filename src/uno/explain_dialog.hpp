// The dialog of Explain this finding: the explanation as read-only text a person can select
// and scroll, a button that copies the suggested redraft to the clipboard, and Close. Built in
// code (no .xdl to translate apart from the catalogue's words).
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace proviso::uno {

namespace css = ::com::sun::star;

// Shows the dialog over `frame`'s window and returns when the person closes it (modal: only for
// a person's use, never in a test). Without a `suggestion` the copy button is greyed out.
void showExplanation(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame, const std::string& title,
                     const std::string& text, const std::string& suggestion,
                     const std::string& uiLanguage);

// Puts `text` on the system clipboard as plain text.
void copyToClipboard(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const std::string& text);

}  // namespace proviso::uno
