#include "user_rules.hpp"

#include <algorithm>
#include <filesystem>
#include <mutex>

#include "bundled_rules.hpp"

namespace proviso::uno {

namespace {

// What the files of a folder look like (paths, sizes, times): when it is unchanged, the rules
// loaded from it last time are still right.
std::string folderSignature(const std::string& folder) {
    std::string signature = folder;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        signature += "\n" + it->path().string() + " " + std::to_string(it->file_size(ec)) + " " +
                     std::to_string(it->last_write_time(ec).time_since_epoch().count());
    }
    return signature;
}

}  // namespace

UserRules rulesFor(const UserSettings& settings) {
    static std::mutex mutex;
    static std::string cachedKey;
    static UserRules cached;
    std::lock_guard<std::mutex> lock(mutex);

    std::string key = settings.userRulesFolder.empty() ? std::string()
                                                       : folderSignature(settings.userRulesFolder);
    for (const auto& pack : settings.disabledPacks) key += "\npack:" + pack;
    for (const auto& rule : settings.disabledRules) key += "\nrule:" + rule;
    if (cached.engine && key == cachedKey) return cached;

    auto off = [](const std::vector<std::string>& list, const std::string& name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    UserRules out;
    const LoadedRules& shipped = bundledRules();
    out.errors = shipped.errors;
    // Beside the shipped packs: a user's rule that reuses a shipped id is reported, not loaded.
    auto own = std::make_shared<RuleSet>();
    if (!settings.userRulesFolder.empty()) {
        *own = RuleSet::loadAll({settings.userRulesFolder}, out.errors, &shipped.rules);
    }
    for (const RuleSet* set : {&shipped.rules, static_cast<const RuleSet*>(own.get())}) {
        for (const Rule* rule : set->rules()) {
            out.all.push_back(rule);
            if (off(settings.disabledPacks, rule->info().pack) ||
                off(settings.disabledRules, rule->info().id)) {
                continue;
            }
            out.rules.push_back(rule);
        }
    }
    out.own = std::move(own);
    out.engine = std::make_shared<const Engine>(out.rules);
    cached = out;
    cachedKey = std::move(key);
    return out;
}

std::string commentAuthor(const UserSettings& settings) {
    return settings.author.empty() ? std::string(kCommentAuthor) : settings.author;
}

CheckConfig configFor(const UserSettings& settings, const UserRules& rules,
                      const std::string& uiLanguage) {
    CheckConfig config;
    config.rules = rules.rules;
    config.engine = rules.engine;
    config.author = commentAuthor(settings);
    config.uiLanguage = uiLanguage;
    config.options.language = settings.language;
    config.options.minSeverity =
        severityFromString(settings.minSeverity).value_or(Severity::Medium);
    return config;
}

}  // namespace proviso::uno
