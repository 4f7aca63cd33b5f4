// Proviso's entries in Writer's context menu, offered when the right-click lands in a passage
// Proviso commented on: Explain, Ignore, Disable the rule here or everywhere, Restore.
//
// The menu is extended by a com.sun.star.ui.XContextMenuInterceptor, which must be registered
// on each view (controller) separately. Registration happens
//  - for every new Writer view: a job bound to the OnViewCreated event (extension/Jobs.xcu,
//    org.proviso.comp.ContextMenuJob), the office's own way to run code at a document event;
//  - when a Proviso command runs in a view that has none yet (a document opened before the
//    extension was installed), from the dispatcher.
// A view is registered once, however many times either path runs.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace proviso::uno {

namespace css = ::com::sun::star;

// Registers Proviso's interceptor on `controller` unless it has it already. Returns whether it
// registered one now. Never throws: a view that cannot take it just has no Proviso entries.
bool interceptContextMenu(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::frame::XController>& controller) noexcept;

}  // namespace proviso::uno
