#include "settings.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <iostream>

#include "proviso/report/catalogue.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr const char* kSettingsPath = "/org.proviso.Settings/General";

// A view of one configuration node: read-only ("ConfigurationAccess") or for writing
// ("ConfigurationUpdateAccess").
Reference<css::uno::XInterface> openNode(const Reference<css::uno::XComponentContext>& context,
                                         const char* path, const char* accessService) {
    Reference<css::lang::XMultiServiceFactory> provider =
        css::configuration::theDefaultProvider::get(context);
    css::beans::NamedValue nodePath;
    nodePath.Name = "nodepath";
    nodePath.Value <<= rtl::OUString::createFromAscii(path);
    Sequence<Any> arguments(1);
    arguments.getArray()[0] <<= nodePath;
    return provider->createInstanceWithArguments(rtl::OUString::createFromAscii(accessService),
                                                 arguments);
}

// A configuration view holds on to its node until disposed, so views are closed after use
// rather than left to the reference count of a remote caller.
class NodeView {
public:
    NodeView(const Reference<css::uno::XComponentContext>& context, const char* path,
             const char* accessService)
        : node_(openNode(context, path, accessService)) {}
    ~NodeView() {
        try {
            Reference<css::lang::XComponent> component(node_, UNO_QUERY);
            if (component.is()) component->dispose();
        } catch (...) {
            // Disposing is tidying up only; the values are already read or committed.
        }
    }
    NodeView(const NodeView&) = delete;
    NodeView& operator=(const NodeView&) = delete;

    const Reference<css::uno::XInterface>& node() const { return node_; }

private:
    Reference<css::uno::XInterface> node_;
};

void readString(const Reference<css::container::XNameAccess>& node, const char* name,
                std::string& out) {
    try {
        rtl::OUString value;
        if (node->getByName(rtl::OUString::createFromAscii(name)) >>= value) out = toUtf8(value);
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: cannot read setting " << name << ": " << toUtf8(e.Message) << '\n';
    }
}

void readList(const Reference<css::container::XNameAccess>& node, const char* name,
              std::vector<std::string>& out) {
    try {
        Sequence<rtl::OUString> values;
        if (node->getByName(rtl::OUString::createFromAscii(name)) >>= values) {
            out.clear();
            for (sal_Int32 i = 0; i < values.getLength(); ++i) {
                if (!values[i].isEmpty()) out.push_back(toUtf8(values[i]));
            }
        }
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: cannot read setting " << name << ": " << toUtf8(e.Message) << '\n';
    }
}

Sequence<rtl::OUString> toSequence(const std::vector<std::string>& values) {
    Sequence<rtl::OUString> out(static_cast<sal_Int32>(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) out.getArray()[i] = toOUString(values[i]);
    return out;
}

bool isSeverity(const std::string& s) { return s == "low" || s == "medium" || s == "high"; }

}  // namespace

UserSettings readSettings(const Reference<css::uno::XComponentContext>& context) {
    UserSettings settings;
    try {
        NodeView view(context, kSettingsPath, "com.sun.star.configuration.ConfigurationAccess");
        Reference<css::container::XNameAccess> node(view.node(), UNO_QUERY_THROW);
        readString(node, "Author", settings.author);
        std::string severity;
        readString(node, "MinSeverity", severity);
        // A value edited by hand in the expert configuration may be anything: keep the default
        // rather than hand the scanner a severity it would refuse.
        if (isSeverity(severity)) settings.minSeverity = severity;
        readString(node, "Language", settings.language);
        readString(node, "UserRulesFolder", settings.userRulesFolder);
        readList(node, "DisabledPacks", settings.disabledPacks);
        readList(node, "DisabledRules", settings.disabledRules);
    } catch (const css::uno::Exception& e) {
        // No schema (an extension half installed) or no configuration at all: defaults.
        std::cerr << "proviso: cannot read the settings, using defaults: " << toUtf8(e.Message)
                  << '\n';
    } catch (const std::exception& e) {
        std::cerr << "proviso: cannot read the settings, using defaults: " << e.what() << '\n';
    }
    return settings;
}

void writeSettings(const Reference<css::uno::XComponentContext>& context,
                   const UserSettings& settings) {
    NodeView view(context, kSettingsPath, "com.sun.star.configuration.ConfigurationUpdateAccess");
    Reference<css::container::XNameReplace> node(view.node(), UNO_QUERY_THROW);
    node->replaceByName("Author", Any(toOUString(settings.author)));
    node->replaceByName("MinSeverity", Any(toOUString(settings.minSeverity)));
    node->replaceByName("Language", Any(toOUString(settings.language)));
    node->replaceByName("UserRulesFolder", Any(toOUString(settings.userRulesFolder)));
    node->replaceByName("DisabledPacks", Any(toSequence(settings.disabledPacks)));
    node->replaceByName("DisabledRules", Any(toSequence(settings.disabledRules)));
    Reference<css::util::XChangesBatch> batch(view.node(), UNO_QUERY_THROW);
    batch->commitChanges();
}

std::string uiLanguage(const Reference<css::uno::XComponentContext>& context) {
    try {
        // The office writes the UI language it chose at start-up here ("en-US", "fr", "es-ES").
        NodeView view(context, "/org.openoffice.Setup/L10N",
                      "com.sun.star.configuration.ConfigurationAccess");
        Reference<css::container::XNameAccess> node(view.node(), UNO_QUERY_THROW);
        rtl::OUString locale;
        node->getByName("ooLocale") >>= locale;
        return report::catalogueLanguage(toUtf8(locale));
    } catch (const css::uno::Exception&) {
        // Unknown: English.
    } catch (const std::exception&) {
    }
    return "en";
}

}  // namespace proviso::uno
