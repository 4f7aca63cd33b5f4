// Building a dialog in code (no .xdl to translate apart from the catalogue's words): the
// control models of the Explain and Make Exercise dialogs.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace proviso::uno {

namespace css = ::com::sun::star;

inline void set(const css::uno::Reference<css::beans::XPropertySet>& props, const char* name,
                const css::uno::Any& value) {
    props->setPropertyValue(rtl::OUString::createFromAscii(name), value);
}

// A control model of `service` at x, y (dialog units), of size width x height.
inline css::uno::Reference<css::beans::XPropertySet> place(
    const css::uno::Reference<css::lang::XMultiServiceFactory>& dialog, const char* service,
    sal_Int32 x, sal_Int32 y, sal_Int32 width, sal_Int32 height) {
    css::uno::Reference<css::beans::XPropertySet> props(
        dialog->createInstance(rtl::OUString::createFromAscii(service)), css::uno::UNO_QUERY_THROW);
    set(props, "PositionX", css::uno::Any(x));
    set(props, "PositionY", css::uno::Any(y));
    set(props, "Width", css::uno::Any(width));
    set(props, "Height", css::uno::Any(height));
    return props;
}

// Disposes a dialog on every path: one left alive keeps its window, and the office its memory.
struct DisposeOnExit {
    css::uno::Reference<css::lang::XComponent> component;
    ~DisposeOnExit() {
        try {
            component->dispose();
        } catch (...) {
            // already gone with its window
        }
    }
};

}  // namespace proviso::uno
