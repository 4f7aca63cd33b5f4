// Reading and writing a running office's configuration from a test.
#pragma once

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

namespace proviso::testing {

namespace css = ::com::sun::star;

// A configuration node of the running office, read-only or for writing.
inline css::uno::Reference<css::uno::XInterface> configNode(
    const css::uno::Reference<css::uno::XComponentContext>& context, const char* path,
    bool update) {
    css::uno::Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(context);
    css::beans::NamedValue nodePath;
    nodePath.Name = "nodepath";
    nodePath.Value <<= rtl::OUString::createFromAscii(path);
    css::uno::Sequence<css::uno::Any> arguments(1);
    arguments.getArray()[0] <<= nodePath;
    return provider->createInstanceWithArguments(
        update ? rtl::OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
               : rtl::OUString("com.sun.star.configuration.ConfigurationAccess"),
        arguments);
}

inline void setConfig(const css::uno::Reference<css::uno::XComponentContext>& context,
                      const char* path, const char* name, const css::uno::Any& value) {
    css::uno::Reference<css::uno::XInterface> node = configNode(context, path, true);
    css::uno::Reference<css::container::XNameReplace>(node, css::uno::UNO_QUERY_THROW)
        ->replaceByName(rtl::OUString::createFromAscii(name), value);
    css::uno::Reference<css::util::XChangesBatch>(node, css::uno::UNO_QUERY_THROW)->commitChanges();
    css::uno::Reference<css::lang::XComponent>(node, css::uno::UNO_QUERY_THROW)->dispose();
}

}  // namespace proviso::testing
