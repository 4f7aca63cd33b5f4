#include "user_rules.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <thread>

#include "bundled_rules.hpp"
#include "proviso/rule_test.hpp"

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

namespace {

// The examples of the rules written for `language`, as `rules test` reads them, in one document.
Document examplesIn(const std::vector<const Rule*>& rules, const std::string& language) {
    Document all;
    for (const Rule* rule : rules) {
        if (!ruleAppliesTo(rule->info(), language)) continue;
        for (const RuleExample& example : rule->info().examples) {
            for (Block& block : parseExample(example.text).document.blocks) {
                all.blocks.push_back(std::move(block));
            }
        }
    }
    return all;
}

class WarmUp {
public:
    // `options`: those the checks will scan with (the severity chosen decides which rules run,
    // and so which prefilter they need).
    WarmUp(UserRules rules, ScanOptions options)
        : rules_(std::move(rules)), options_(std::move(options)), thread_([this] { run(); }) {}
    ~WarmUp() {
        stop_ = true;
        thread_.join();
    }
    WarmUp(const WarmUp&) = delete;
    WarmUp& operator=(const WarmUp&) = delete;

private:
    void run() noexcept {
        try {
            std::vector<std::string> languages;
            for (const Rule* rule : rules_.rules) {
                for (const Pattern* pattern : rule->patterns()) {
                    if (stop_) return;
                    pattern->ensureCompiled();
                }
                for (const auto& language : rule->info().languages) {
                    if (std::find(languages.begin(), languages.end(), language) ==
                        languages.end()) {
                        languages.push_back(language);
                    }
                }
            }
            // A document is scanned as the language its paragraphs are in, or the one chosen.
            if (!options_.language.empty()) languages = {options_.language};
            for (const auto& language : languages) {
                if (stop_) return;
                ScanOptions options = options_;
                options.language = language;
                rules_.engine->scan(examplesIn(rules_.rules, language), options);
            }
        } catch (...) {
            // Only a head start: the check does whatever is left.
        }
    }

    UserRules rules_;
    ScanOptions options_;
    std::atomic<bool> stop_{false};
    std::thread thread_;  // last: started once the rest is ready
};

}  // namespace

void warmUpInBackground(const UserSettings& settings) {
    static std::once_flag once;
    std::call_once(once, [&] {
        // The rules are loaded here, on the caller's thread (the packs' files only, some tens of
        // milliseconds), so that they outlive the static below, which stops the thread first.
        UserRules rules = rulesFor(settings);
        ScanOptions options = configFor(settings, rules, "").options;
        static WarmUp warmUp(std::move(rules), std::move(options));
    });
}

std::string commentAuthor(const UserSettings& settings) {
    return settings.author.empty() ? std::string(kCommentAuthor) : settings.author;
}

CheckConfig configFor(const UserSettings& settings, const UserRules& rules,
                      const std::string& uiLanguage) {
    CheckConfig config;
    config.rules = rules.rules;
    config.engine = rules.engine;
    // A user's set holds the shipped concepts beside their own (RuleSet::loadAll).
    config.vocabulary = rules.own && !rules.own->vocabulary().empty()
                            ? &rules.own->vocabulary()
                            : &bundledRules().rules.vocabulary();
    config.author = commentAuthor(settings);
    config.uiLanguage = uiLanguage;
    config.options.language = settings.language;
    config.options.minSeverity =
        severityFromString(settings.minSeverity).value_or(Severity::Medium);
    return config;
}

}  // namespace proviso::uno
