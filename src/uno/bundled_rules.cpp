#include "bundled_rules.hpp"

#include <osl/file.hxx>
#include <osl/module.hxx>

#include <iostream>
#include <mutex>

#include "ustring.hpp"

namespace proviso::uno {

namespace {
void anchor() {}
}  // namespace

std::filesystem::path componentFolder() {
    rtl::OUString url;
    if (!osl::Module::getUrlFromAddress(reinterpret_cast<oslGenericFunction>(&anchor), url)) {
        return {};
    }
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) return {};
    return std::filesystem::path(toUtf8(path)).parent_path();
}

const LoadedRules& bundledRules() {
    static LoadedRules loaded;
    static std::once_flag once;
    std::call_once(once, [] {
        // The shipped packs compile each pattern when a check first needs it: the first check
        // after the office starts costs no more than the next (their patterns are all compiled
        // by the project's own tests, so none fails here).
        loaded.rules = RuleSet::loadAll({componentFolder() / "rules"}, loaded.errors, nullptr,
                                        RuleSet::PatternCompilation::OnFirstUse);
        for (const LoadError& e : loaded.errors) std::cerr << "proviso: " << e.toString() << '\n';
    });
    return loaded;
}

}  // namespace proviso::uno
