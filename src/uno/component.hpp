// What every Proviso UNO component needs the same way: its service names for XServiceInfo, and
// the constructor function that proviso.components names (passive registration).
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/weak.hxx>
#include <rtl/ustring.hxx>

namespace proviso::uno {

namespace css = ::com::sun::star;

// The one service an implementation supports, as XServiceInfo::getSupportedServiceNames wants.
inline css::uno::Sequence<rtl::OUString> serviceNames(const char* service) {
    css::uno::Sequence<rtl::OUString> names(1);
    names.getArray()[0] = rtl::OUString::createFromAscii(service);
    return names;
}

// A new instance handed to the office with one reference held, as a constructor must return it.
// Nothing thrown gets out: a failed construction returns null, which the service manager
// reports as the service not being available.
template <typename Component>
css::uno::XInterface* newComponent(css::uno::XComponentContext* context) noexcept {
    try {
        auto* component = new Component(context);
        component->acquire();
        return static_cast<cppu::OWeakObject*>(component);
    } catch (...) {
        return nullptr;
    }
}

}  // namespace proviso::uno
