// The user's Proviso settings, kept in the extension's own configuration schema
// (extension/registry/ProvisoSettings.xcs, node /org.proviso.Settings/General), so that they
// persist across restarts in the user's LibreOffice profile. Edited on the Tools > Options >
// Proviso page; read by the Writer commands each time they run.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace proviso::uno {

namespace css = ::com::sun::star;

struct UserSettings {
    std::string author = "Proviso";          // author name on Proviso's comments
    std::string minSeverity = "medium";      // low, medium, high
    std::string language;                    // "en", "fr", ...; empty: told per paragraph
    std::string userRulesFolder;             // system path of the user's own packs; empty: none
    std::vector<std::string> disabledPacks;  // pack names switched off
    std::vector<std::string> disabledRules;  // rule ids switched off
};

// Reads the settings; any that cannot be read keep their defaults.
UserSettings readSettings(const css::uno::Reference<css::uno::XComponentContext>& context);

// Writes and commits the settings. Throws a UNO exception if the configuration refuses them.
void writeSettings(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const UserSettings& settings);

// The office's user interface language as "en", "fr" or "es" (English for any other).
std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace proviso::uno
