// org.proviso.OptionsPage: the handler of Tools > Options > Proviso (extension/dialogs/Options.xdl,
// registered in extension/OptionsDialog.xcu). The Options dialog creates the page window from the
// .xdl and calls callHandlerMethod(window, "initialize" | "ok" | "back", "external_event"); the
// page's own buttons call it with "toggle", "browse" and "folderChanged". The settings live in
// the configuration (settings.hpp); this file only moves them between the configuration and the
// controls. Every entry point converts every exception: one escaping into the Options dialog
// would take the office down with the user's unsaved work.
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/EventObject.hpp>
#include <com/sun/star/lang/WrappedTargetException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/exc_hlp.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <osl/file.hxx>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "bundled_rules.hpp"
#include "component.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/rule_set.hpp"
#include "settings.hpp"
#include "ustring.hpp"

namespace proviso::uno {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr const char* kImplementationName = "org.proviso.comp.OptionsPage";
constexpr const char* kServiceName = "org.proviso.OptionsPage";

// The languages the shipped rules are written for, named in their own language so that no
// translation is needed. "" is "automatic".
struct LanguageChoice {
    const char* code;
    const char* name;
};
constexpr std::array kLanguages = {
    LanguageChoice{"en", "English (en)"}, LanguageChoice{"fr", "Français (fr)"},
    LanguageChoice{"es", "Español (es)"}, LanguageChoice{"ar", "العربية (ar)"},
    LanguageChoice{"ru", "Русский (ru)"}, LanguageChoice{"zh", "中文 (zh)"},
};

constexpr std::array<const char*, 3> kSeverities = {"low", "medium", "high"};

// ---------------------------------------------------------------------------------------------
// The controls of one page window, by their ids in Options.xdl. Values go through the control
// models, which is where the toolkit keeps what the user typed and selected.

class PageControls {
public:
    explicit PageControls(const Reference<css::awt::XControlContainer>& container)
        : container_(container) {}

    void setLabel(const char* control, const std::string& text) {
        model(control)->setPropertyValue("Label", Any(toOUString(text)));
    }
    void setText(const char* control, const std::string& text) {
        model(control)->setPropertyValue("Text", Any(toOUString(text)));
    }
    std::string text(const char* control) {
        rtl::OUString value;
        model(control)->getPropertyValue("Text") >>= value;
        return toUtf8(value);
    }
    void setItems(const char* control, const std::vector<std::string>& items,
                  const std::vector<sal_Int16>& selected) {
        Sequence<rtl::OUString> list(static_cast<sal_Int32>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i) list.getArray()[i] = toOUString(items[i]);
        Sequence<sal_Int16> selection(static_cast<sal_Int32>(selected.size()));
        std::copy(selected.begin(), selected.end(), selection.getArray());
        const Reference<css::beans::XPropertySet> props = model(control);
        props->setPropertyValue("StringItemList", Any(list));
        props->setPropertyValue("SelectedItems", Any(selection));
    }
    std::vector<sal_Int16> selection(const char* control) {
        Sequence<sal_Int16> selected;
        model(control)->getPropertyValue("SelectedItems") >>= selected;
        return std::vector<sal_Int16>(selected.begin(), selected.end());
    }
    // The first selected position, or -1.
    int selected(const char* control) {
        const std::vector<sal_Int16> s = selection(control);
        return s.empty() ? -1 : s.front();
    }

private:
    Reference<css::beans::XPropertySet> model(const char* name) {
        Reference<css::awt::XControl> control =
            container_->getControl(rtl::OUString::createFromAscii(name));
        if (!control.is()) {
            throw css::uno::RuntimeException(
                toOUString(std::string("Proviso options page: no control '") + name + "'"),
                Reference<css::uno::XInterface>());
        }
        return Reference<css::beans::XPropertySet>(control->getModel(), UNO_QUERY_THROW);
    }

    Reference<css::awt::XControlContainer> container_;
};

// The page's controls. The Options dialog passes the page window itself; for events of the
// page's own controls LibreOffice passes the page too, but the event's source (the button or
// list) leads there as well, should a caller pass something else.
Reference<css::awt::XControlContainer> pageContainer(const Reference<css::awt::XWindow>& window,
                                                     const Any& event) {
    Reference<css::awt::XControlContainer> container(window, UNO_QUERY);
    if (container.is()) return container;
    css::lang::EventObject object;
    if (event >>= object) {
        Reference<css::awt::XControl> source(object.Source, UNO_QUERY);
        if (source.is()) container.set(source->getContext(), UNO_QUERY);
    }
    if (!container.is()) {
        throw css::uno::RuntimeException("Proviso options page: the window is not the page",
                                         Reference<css::uno::XInterface>());
    }
    return container;
}

// A message shows "{match}" and the like as an ellipsis: the list shows what a rule is about,
// not what it will say about a particular text.
std::string withoutPlaceholders(const std::string& message) {
    std::string out;
    for (std::size_t i = 0; i < message.size(); ++i) {
        if (message[i] == '{') {
            const auto close = message.find('}', i);
            if (close != std::string::npos) {
                out += "\xE2\x80\xA6";  // U+2026
                i = close;
                continue;
            }
        }
        out += message[i];
    }
    return out;
}

// One line of the list of packs and rules.
struct RuleEntry {
    bool isPack = false;
    std::string name;  // pack name or rule id
    std::string message;
    bool enabled = true;
};

// The user's own packs, as far as they load, and what is wrong with the rest.
struct UserRules {
    RuleSet rules;
    std::vector<LoadError> errors;
};

std::unique_ptr<UserRules> loadUserRules(const std::string& folder) {
    auto loaded = std::make_unique<UserRules>();
    if (folder.empty()) return loaded;
    loaded->rules = RuleSet::loadAll({fs::path(folder)}, loaded->errors, &bundledRules().rules);
    for (const LoadError& e : loaded->errors) std::cerr << "proviso: " << e.toString() << '\n';
    return loaded;
}

// "broken.yaml:4:3: message", with the file named from the user's folder so that the line fits
// the page; the full path if the file lies elsewhere.
std::string problemLine(LoadError error, const std::string& folder) {
    std::error_code ec;
    const fs::path base =
        fs::is_directory(folder, ec) ? fs::path(folder) : fs::path(folder).parent_path();
    const fs::path relative = fs::path(error.file).lexically_relative(base);
    if (!relative.empty() && *relative.begin() != "..") error.file = relative.string();
    return error.toString();
}

// How many problem lines the label has room for.
constexpr std::size_t kProblemLines = 3;

// ---------------------------------------------------------------------------------------------

class OptionsPage final : public cppu::WeakImplHelper2<css::awt::XContainerWindowEventHandler,
                                                       css::lang::XServiceInfo> {
public:
    explicit OptionsPage(const Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XWindow>& window,
                                        const Any& event, const rtl::OUString& method) override {
        if (method == "external_event") {
            rtl::OUString action;
            event >>= action;
            return guarded([&] {
                if (action == "initialize" || action == "back") {
                    initialize(pageContainer(window, event));
                    return true;
                }
                if (action == "ok") {
                    save(pageContainer(window, event));
                    return true;
                }
                return false;
            });
        }
        // The page's own controls: a problem is shown on the page rather than thrown, since
        // nobody up the call chain would show it to the user.
        Reference<css::awt::XControlContainer> container;
        try {
            container = pageContainer(window, event);
            if (method == "toggle") {
                toggleSelected(container);
            } else if (method == "browse") {
                browse(container);
            } else if (method == "folderChanged") {
                reloadUserRules(container, PageControls(container).text("Folder"));
            } else {
                return false;
            }
        } catch (const css::uno::Exception& e) {
            report(container, toUtf8(e.Message));
        } catch (const std::exception& e) {
            report(container, e.what());
        } catch (...) {
            report(container, "unexpected error");
        }
        return true;
    }

    Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override {
        static const std::array<const char*, 4> names = {"external_event", "toggle", "browse",
                                                         "folderChanged"};
        Sequence<rtl::OUString> out(static_cast<sal_Int32>(names.size()));
        for (std::size_t i = 0; i < names.size(); ++i) {
            out.getArray()[i] = rtl::OUString::createFromAscii(names[i]);
        }
        return out;
    }

    rtl::OUString SAL_CALL getImplementationName() override {
        return rtl::OUString::createFromAscii(kImplementationName);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return serviceNames(kServiceName);
    }

private:
    // Runs `body`; any exception leaves as a UNO exception the Options dialog logs.
    template <typename F>
    sal_Bool guarded(F&& body) {
        try {
            return body();
        } catch (const css::uno::RuntimeException&) {
            throw;
        } catch (const css::uno::Exception& e) {
            throw css::lang::WrappedTargetException(
                toOUString("Proviso options: " + toUtf8(e.Message)),
                static_cast<cppu::OWeakObject*>(this), cppu::getCaughtException());
        } catch (const std::exception& e) {
            throw css::uno::RuntimeException(
                toOUString(std::string("Proviso options: ") + e.what()),
                static_cast<cppu::OWeakObject*>(this));
        } catch (...) {
            throw css::uno::RuntimeException("Proviso options: unexpected error",
                                             static_cast<cppu::OWeakObject*>(this));
        }
    }

    // Fills the page from the stored settings ("initialize", and "back" = the Reset button).
    // The labels come from the catalogue; the .xdl holds English ones only as a fallback.
    void initialize(const Reference<css::awt::XControlContainer>& container) {
        const std::string ui = uiLanguage(context_);
        const UserSettings settings = readSettings(context_);
        std::unique_ptr<UserRules> user = loadUserRules(settings.userRulesFolder);
        std::vector<std::string> items;
        std::vector<std::string> codes;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            uiLanguage_ = ui;
            languageCodes_.clear();
            for (const auto& choice : kLanguages) languageCodes_.emplace_back(choice.code);
            // A language set by other means (the proviso command, expert configuration) is kept.
            if (!settings.language.empty() &&
                std::find(languageCodes_.begin(), languageCodes_.end(), settings.language) ==
                    languageCodes_.end()) {
                languageCodes_.push_back(settings.language);
            }
            disabledPacks_.clear();
            disabledPacks_.insert(settings.disabledPacks.begin(), settings.disabledPacks.end());
            disabledRules_.clear();
            disabledRules_.insert(settings.disabledRules.begin(), settings.disabledRules.end());
            entries_.clear();
            rebuildEntries(*user);
            items = itemTexts();
            codes = languageCodes_;
        }

        PageControls page(container);
        page.setLabel("AuthorLabel", report::say(report::Text::OptionsAuthor, ui));
        page.setLabel("SeverityLabel", report::say(report::Text::OptionsMinSeverity, ui));
        page.setLabel("LanguageLabel", report::say(report::Text::OptionsLanguage, ui));
        page.setLabel("FolderLabel", report::say(report::Text::OptionsFolder, ui));
        page.setLabel("Browse", report::say(report::Text::OptionsBrowse, ui));
        page.setLabel("RulesLabel", report::say(report::Text::OptionsRules, ui));
        page.setLabel("Toggle", report::say(report::Text::OptionsToggle, ui));

        page.setText("Author", settings.author);
        const auto severity =
            std::find(kSeverities.begin(), kSeverities.end(), settings.minSeverity);
        page.setItems(
            "Severity",
            {report::severityLevel(Severity::Low, ui), report::severityLevel(Severity::Medium, ui),
             report::severityLevel(Severity::High, ui)},
            {static_cast<sal_Int16>(
                severity == kSeverities.end() ? 1 : severity - kSeverities.begin())});
        std::vector<std::string> languages = {report::say(report::Text::OptionsAutomatic, ui)};
        for (const auto& choice : kLanguages) languages.emplace_back(choice.name);
        if (codes.size() > kLanguages.size()) languages.push_back(codes.back());
        sal_Int16 language = 0;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (codes[i] == settings.language) language = static_cast<sal_Int16>(i + 1);
        }
        page.setItems("Language", languages, {language});
        page.setText("Folder", settings.userRulesFolder);
        page.setItems("Rules", items, {});
        showProblems(page, *user, settings.userRulesFolder);
    }

    // Stores what the page shows ("ok").
    void save(const Reference<css::awt::XControlContainer>& container) {
        PageControls page(container);
        UserSettings settings;
        settings.author = trimmed(page.text("Author"));
        if (settings.author.empty()) settings.author = UserSettings{}.author;
        const int severity = page.selected("Severity");
        settings.minSeverity = kSeverities[severity >= 0 && severity < 3 ? severity : 1];
        const int language = page.selected("Language");
        settings.userRulesFolder = trimmed(page.text("Folder"));
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (language > 0 && static_cast<std::size_t>(language) <= languageCodes_.size()) {
                settings.language = languageCodes_[static_cast<std::size_t>(language) - 1];
            }
            // Switched off and not on the list (a pack of a folder no longer there): kept, so
            // that the choice holds when the folder comes back.
            std::set<std::string> packs = disabledPacks_;
            std::set<std::string> rules = disabledRules_;
            for (const RuleEntry& entry : entries_) {
                auto& names = entry.isPack ? packs : rules;
                if (entry.enabled) {
                    names.erase(entry.name);
                } else {
                    names.insert(entry.name);
                }
            }
            settings.disabledPacks.assign(packs.begin(), packs.end());
            settings.disabledRules.assign(rules.begin(), rules.end());
        }
        writeSettings(context_, settings);
    }

    // Switches the selected entries of the list on or off, each the other way.
    void toggleSelected(const Reference<css::awt::XControlContainer>& container) {
        PageControls page(container);
        const std::vector<sal_Int16> selection = page.selection("Rules");
        std::vector<std::string> items;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            for (sal_Int16 i : selection) {
                if (i >= 0 && static_cast<std::size_t>(i) < entries_.size()) {
                    entries_[static_cast<std::size_t>(i)].enabled =
                        !entries_[static_cast<std::size_t>(i)].enabled;
                }
            }
            items = itemTexts();
        }
        page.setItems("Rules", items, selection);
    }

    void browse(const Reference<css::awt::XControlContainer>& container) {
        PageControls page(container);
        Reference<css::ui::dialogs::XFolderPicker2> picker =
            css::ui::dialogs::FolderPicker::create(context_);
        picker->setTitle(toOUString(report::say(report::Text::OptionsBrowseTitle, language())));
        const std::string current = trimmed(page.text("Folder"));
        rtl::OUString url;
        if (!current.empty() && osl::FileBase::getFileURLFromSystemPath(toOUString(current), url) ==
                                    osl::FileBase::E_None) {
            try {
                picker->setDisplayDirectory(url);
            } catch (const css::uno::Exception&) {
                // A folder that no longer exists: the picker starts where it likes.
            }
        }
        if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return;
        rtl::OUString path;
        if (osl::FileBase::getSystemPathFromFileURL(picker->getDirectory(), path) !=
            osl::FileBase::E_None) {
            return;
        }
        page.setText("Folder", toUtf8(path));
        reloadUserRules(container, toUtf8(path));
    }

    // Loads the folder now on the page: its packs join the list, its problems are shown.
    void reloadUserRules(const Reference<css::awt::XControlContainer>& container,
                         const std::string& folderText) {
        const std::string folder = trimmed(folderText);
        std::unique_ptr<UserRules> user = loadUserRules(folder);
        std::vector<std::string> items;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            rebuildEntries(*user);
            items = itemTexts();
        }
        PageControls page(container);
        page.setItems("Rules", items, {});
        showProblems(page, *user, folder);
    }

    void showProblems(PageControls& page, const UserRules& user, const std::string& folder) {
        // All of them if they fit, else the first ones and how many more (all are on stderr).
        const std::size_t total = user.errors.size();
        const std::size_t shown = total <= kProblemLines ? total : kProblemLines - 1;
        std::string text;
        for (std::size_t i = 0; i < shown; ++i) {
            if (!text.empty()) text += '\n';
            text += problemLine(user.errors[i], folder);
        }
        if (shown < total)
            text +=
                '\n' + report::say(report::Text::OptionsMoreProblems, language(), {total - shown});
        page.setLabel("Problems", text);
    }

    void report(const Reference<css::awt::XControlContainer>& container,
                const std::string& problem) {
        std::cerr << "proviso: options page: " << problem << '\n';
        if (!container.is()) return;
        try {
            PageControls(container).setLabel(
                "Problems", report::say(report::Text::OptionsFailed, language(), {problem}));
        } catch (...) {
            // The page itself is broken: the message above is all there is.
        }
    }

    // The bundled packs, then the user's; each pack followed by its rules. An entry keeps the
    // state the user gave it on this page; a new one starts from the stored settings.
    // Call with mutex_ held.
    void rebuildEntries(const UserRules& user) {
        std::vector<RuleEntry> previous;
        previous.swap(entries_);
        const std::string language = uiLanguage(context_);  // rules written per language
        const auto stateOf = [&](bool isPack, const std::string& name) {
            for (const RuleEntry& e : previous) {
                if (e.isPack == isPack && e.name == name) return e.enabled;
            }
            return (isPack ? disabledPacks_ : disabledRules_).count(name) == 0;
        };
        for (const RuleSet* set : {&bundledRules().rules, &user.rules}) {
            for (const RulePack& pack : set->packs()) {
                entries_.push_back({true, pack.name, {}, stateOf(true, pack.name)});
                for (const auto& rule : pack.rules) {
                    const RuleInfo& info = rule->info();
                    entries_.push_back({false, info.id,
                                        withoutPlaceholders(info.message.in(language)),
                                        stateOf(false, info.id)});
                }
            }
        }
    }

    // Call with mutex_ held.
    std::vector<std::string> itemTexts() const {
        const std::string on = report::say(report::Text::OptionsOn, uiLanguage_);
        const std::string off = report::say(report::Text::OptionsOff, uiLanguage_);
        std::vector<std::string> items;
        items.reserve(entries_.size());
        for (const RuleEntry& e : entries_) {
            const std::string& state = e.enabled ? on : off;
            if (e.isPack) {
                items.push_back(
                    report::say(report::Text::OptionsPackEntry, uiLanguage_, {state, e.name}));
            } else {
                items.push_back(state + "        " + e.name + " - " + e.message);
            }
        }
        return items;
    }

    // The page's language as initialize() found it: the office is not asked again from a
    // control's event.
    std::string language() {
        std::lock_guard<std::mutex> lock(mutex_);
        return uiLanguage_;
    }

    static std::string trimmed(const std::string& s) {
        const auto first = s.find_first_not_of(" \t\r\n");
        if (first == std::string::npos) return {};
        const auto last = s.find_last_not_of(" \t\r\n");
        return s.substr(first, last - first + 1);
    }

    Reference<css::uno::XComponentContext> context_;
    std::mutex mutex_;  // guards what follows; never held across a call into the office
    std::string uiLanguage_ = "en";           // set by initialize
    std::vector<std::string> languageCodes_;  // list position - 1 -> language code
    std::set<std::string> disabledPacks_;     // as stored when the page was filled
    std::set<std::string> disabledRules_;
    std::vector<RuleEntry> entries_;  // the list's lines, in order
};

}  // namespace

}  // namespace proviso::uno

// The constructor named in proviso.components (passive registration).
extern "C" SAL_DLLPUBLIC_EXPORT ::com::sun::star::uno::XInterface*
org_proviso_OptionsPage_get_implementation(
    ::com::sun::star::uno::XComponentContext* context,
    const ::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>& /*arguments*/) {
    return proviso::uno::newComponent<proviso::uno::OptionsPage>(context);
}
