// org.proviso.OptionsPage: the handler of Tools > Options > Proviso (extension/dialogs/Options.xdl,
// registered in extension/OptionsDialog.xcu). The Options dialog creates the page window from the
// .xdl and calls callHandlerMethod(window, "initialize" | "ok" | "back", "external_event"); the
// page's own controls call it with the methods their events name in the .xdl ("toggle",
// "treeKey", "search"...), the event as argument. The settings live in the configuration
// (settings.hpp), the rule tree's contents in rule_tree.hpp; this file moves them between those
// and the controls. Every entry point converts every exception: one escaping into the Options
// dialog would take the office down with the user's unsaved work.
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/MouseEvent.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XKeyHandler.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/tree/XMutableTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XMutableTreeNode.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/EventObject.hpp>
#include <com/sun/star/lang/WrappedTargetException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/exc_hlp.hxx>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <osl/file.hxx>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "bundled_rules.hpp"
#include "component.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/rule_set.hpp"
#include "rule_tree.hpp"
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

    // The rule tree control (the .xdl's "Rules").
    Reference<css::awt::tree::XTreeControl> tree() {
        return Reference<css::awt::tree::XTreeControl>(control("Rules"), UNO_QUERY_THROW);
    }
    void setTreeModel(const Reference<css::awt::tree::XMutableTreeDataModel>& data) {
        model("Rules")->setPropertyValue("DataModel", Any(data));
    }

private:
    Reference<css::awt::XControl> control(const char* name) {
        Reference<css::awt::XControl> control =
            container_->getControl(rtl::OUString::createFromAscii(name));
        if (!control.is()) {
            throw css::uno::RuntimeException(
                toOUString(std::string("Proviso options page: no control '") + name + "'"),
                Reference<css::uno::XInterface>());
        }
        return control;
    }
    Reference<css::beans::XPropertySet> model(const char* name) {
        return Reference<css::beans::XPropertySet>(control(name)->getModel(), UNO_QUERY_THROW);
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
constexpr std::size_t kProblemLines = 2;

// The severity a list position stands for (the Severity list is low, medium, high).
Severity severityAt(int position) {
    return position == 0 ? Severity::Low : position == 2 ? Severity::High : Severity::Medium;
}

sal_Int16 positionOf(const std::string& severity) {
    const auto at = std::find(kSeverities.begin(), kSeverities.end(), severity);
    return static_cast<sal_Int16>(at == kSeverities.end() ? 1 : at - kSeverities.begin());
}

// Enter in the rule tree or the search box: a key listener cannot keep the key from the Options
// dialog, whose default button (OK) would close it with whatever the user was halfway through.
// The office's key handlers see a key first and may keep it: this one keeps Enter while the
// tree or the search box has the focus and hands it to the page ("treeEnter", "searchEnter"),
// and lets every other key go on its way. It leaves the toolkit when the tree is disposed with
// the page.
// XExtendedToolkit is marked deprecated in the IDL ("only implemented in an intermediate
// developer release"), yet LibreOffice 7.4's toolkit implements its key handlers and the
// accessibility bridge relies on them; there is no other way to keep a key from a dialog.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
class PageEnterKey final : public cppu::WeakImplHelper1<css::awt::XKeyHandler> {
public:
    PageEnterKey(const Reference<css::awt::XContainerWindowEventHandler>& page,
                 const Reference<css::awt::XControl>& tree,
                 const Reference<css::awt::XControl>& search,
                 const Reference<css::awt::XExtendedToolkit>& toolkit)
        : page_(page), tree_(tree), search_(search), toolkit_(toolkit) {}

    sal_Bool SAL_CALL keyPressed(const css::awt::KeyEvent& event) override {
        try {
            if (event.KeyCode != css::awt::Key::RETURN || event.Modifiers != 0) return false;
            for (const auto& [control, method] :
                 {std::pair{tree_, "treeEnter"}, std::pair{search_, "searchEnter"}}) {
                if (!hasFocus(control)) continue;
                css::awt::KeyEvent forPage = event;
                forPage.Source = control;
                page_->callHandlerMethod(Reference<css::awt::XWindow>(), Any(forPage),
                                         rtl::OUString::createFromAscii(method));
                return true;
            }
        } catch (...) {
            // The key goes on as if Proviso were not there.
        }
        return false;
    }
    sal_Bool SAL_CALL keyReleased(const css::awt::KeyEvent& event) override {
        try {
            return event.KeyCode == css::awt::Key::RETURN && event.Modifiers == 0 &&
                   (hasFocus(tree_) || hasFocus(search_));
        } catch (...) {
            return false;
        }
    }
    void SAL_CALL disposing(const css::lang::EventObject&) override {
        try {
            toolkit_->removeKeyHandler(this);
        } catch (...) {
            // The office is going down: nothing left to leave.
        }
        tree_.clear();
        search_.clear();
    }

private:
    // The event's source is the dialog's frame, not the window with the focus: asked directly.
    static bool hasFocus(const Reference<css::awt::XControl>& control) {
        if (!control.is()) return false;
        const Reference<css::awt::XWindow2> window(control->getPeer(), UNO_QUERY);
        return window.is() && window->hasFocus();
    }

    Reference<css::awt::XContainerWindowEventHandler> page_;
    Reference<css::awt::XControl> tree_;
    Reference<css::awt::XControl> search_;
    Reference<css::awt::XExtendedToolkit> toolkit_;
};
#pragma GCC diagnostic pop

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
            } else if (method == "treeKey") {
                css::awt::KeyEvent key;
                // Space switches, as on a check box; any other key is the tree's own.
                if ((event >>= key) && key.KeyCode == css::awt::Key::SPACE && key.Modifiers == 0) {
                    toggleSelected(container);
                }
            } else if (method == "treeEnter") {
                entered(container);
            } else if (method == "searchEnter") {
                // The tree filters as the user types: Enter takes them to what was found.
                Reference<css::awt::XWindow>(container->getControl("Rules"), UNO_QUERY_THROW)
                    ->setFocus();
            } else if (method == "treeMouse") {
                css::awt::MouseEvent mouse;
                if (event >>= mouse) clicked(container, mouse);
            } else if (method == "treeSelected") {
                showDescription(container);
            } else if (method == "search") {
                search(container);
            } else if (method == "severityChanged") {
                severityChanged(container);
            } else if (method == "restoreDefaults") {
                restoreDefaults(container);
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
        static const std::array<const char*, 10> names = {
            "external_event", "toggle", "treeKey",         "treeMouse",       "treeSelected",
            "search",         "browse", "severityChanged", "restoreDefaults", "folderChanged"};
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
            tree_ = RuleTree();  // every rule as stored, not as last clicked
        }

        PageControls page(container);
        page.setLabel("AuthorLabel", report::say(report::Text::OptionsAuthor, ui));
        page.setLabel("SeverityLabel", report::say(report::Text::OptionsMinSeverity, ui));
        page.setLabel("LanguageLabel", report::say(report::Text::OptionsLanguage, ui));
        page.setLabel("FolderLabel", report::say(report::Text::OptionsFolder, ui));
        page.setLabel("Browse", report::say(report::Text::OptionsBrowse, ui));
        page.setLabel("SearchLabel", report::say(report::Text::OptionsSearch, ui));
        page.setLabel("Toggle", report::say(report::Text::OptionsToggle, ui));
        page.setLabel("RestoreDefaults", report::say(report::Text::OptionsRestoreDefaults, ui));
        show(page, settings);
        reloadUserRules(container, settings.userRulesFolder);
        keepEnterOnPage(container);
    }

    void keepEnterOnPage(const Reference<css::awt::XControlContainer>& container) {
        const Reference<css::awt::XControl> tree = container->getControl("Rules");
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!tree.is() || tree == enterKeyTree_) return;
            enterKeyTree_ = tree;
        }
        const Reference<css::awt::XExtendedToolkit> toolkit(css::awt::Toolkit::create(context_),
                                                            UNO_QUERY_THROW);
        const Reference<css::awt::XKeyHandler> handler(
            new PageEnterKey(this, tree, container->getControl("Search"), toolkit));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"  // see PageEnterKey
        toolkit->addKeyHandler(handler);
#pragma GCC diagnostic pop
        tree->addEventListener(Reference<css::lang::XEventListener>(handler, UNO_QUERY_THROW));
    }

    // Enter on a rule switches it, as a double-click does; on a pack or category it opens or
    // closes it.
    void entered(const Reference<css::awt::XControlContainer>& container) {
        PageControls page(container);
        const Reference<css::awt::tree::XTreeControl> tree = page.tree();
        const Reference<css::awt::tree::XTreeNode> node(tree->getSelection(), UNO_QUERY);
        const auto index = nodeIndex(node);
        if (!index) return;
        bool isRule = false;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            isRule = nodes_[*index].kind == RuleTree::Node::Kind::Rule;
        }
        if (isRule) {
            toggle(container, *index);
        } else if (tree->isNodeExpanded(node)) {
            tree->collapseNode(node);
        } else {
            tree->expandNode(node);
        }
    }

    // Puts `settings` into the fields and lists (not the rule tree).
    void show(PageControls& page, const UserSettings& settings) {
        const std::string ui = language();
        std::vector<std::string> codes;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            codes = languageCodes_;
            query_.clear();
            minimum_ = severityAt(positionOf(settings.minSeverity));
        }
        page.setText("Author", settings.author);
        page.setItems(
            "Severity",
            {report::severityLevel(Severity::Low, ui), report::severityLevel(Severity::Medium, ui),
             report::severityLevel(Severity::High, ui)},
            {positionOf(settings.minSeverity)});
        std::vector<std::string> languages = {report::say(report::Text::OptionsAutomatic, ui)};
        for (const auto& choice : kLanguages) languages.emplace_back(choice.name);
        if (codes.size() > kLanguages.size()) languages.push_back(codes.back());
        sal_Int16 language = 0;
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (codes[i] == settings.language) language = static_cast<sal_Int16>(i + 1);
        }
        page.setItems("Language", languages, {language});
        page.setText("Folder", settings.userRulesFolder);
        page.setText("Search", "");
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
            // Switched off and not on the tree (a pack of a folder no longer there): kept, so
            // that the choice holds when the folder comes back.
            std::set<std::string> packs = disabledPacks_;
            std::set<std::string> rules = disabledRules_;
            tree_.toSettings(packs, rules);
            settings.disabledPacks.assign(packs.begin(), packs.end());
            settings.disabledRules.assign(rules.begin(), rules.end());
        }
        writeSettings(context_, settings);
    }

    // Every setting of the page back to the defaults of ProvisoSettings.xcs (which UserSettings
    // mirrors); stored on OK like any other change, forgotten on Cancel.
    void restoreDefaults(const Reference<css::awt::XControlContainer>& container) {
        const UserSettings defaults;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            disabledPacks_.clear();
            disabledRules_.clear();
        }
        PageControls page(container);
        show(page, defaults);
        reloadUserRules(container, defaults.userRulesFolder);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            tree_.enableAll();
        }
        relabel(container);
    }

    // The node of the tree control's node `node`, from its data value (set by fillTree).
    std::optional<std::size_t> nodeIndex(const Reference<css::awt::tree::XTreeNode>& node) {
        const Reference<css::awt::tree::XMutableTreeNode> mutableNode(node, UNO_QUERY);
        if (!mutableNode.is()) return std::nullopt;
        sal_Int32 index = -1;
        if (!(mutableNode->getDataValue() >>= index) || index < 0) return std::nullopt;
        std::lock_guard<std::mutex> lock(mutex_);
        if (static_cast<std::size_t>(index) >= nodes_.size()) return std::nullopt;
        return static_cast<std::size_t>(index);
    }

    std::optional<std::size_t> selectedNode(PageControls& page) {
        Reference<css::awt::tree::XTreeNode> node(page.tree()->getSelection(), UNO_QUERY);
        return nodeIndex(node);
    }

    // Switches the selected node: a rule, or all the rules of a pack or category.
    void toggleSelected(const Reference<css::awt::XControlContainer>& container) {
        PageControls page(container);
        if (const auto index = selectedNode(page)) toggle(container, *index);
    }

    void toggle(const Reference<css::awt::XControlContainer>& container, std::size_t index) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            tree_.toggle(nodes_[index], query_, uiLanguage_);
        }
        relabel(container);
    }

    // A click on a node's check box switches it, as does a double-click on a rule (on a pack
    // or category, a double-click opens or closes it, as in any tree).
    void clicked(const Reference<css::awt::XControlContainer>& container,
                 const css::awt::MouseEvent& mouse) {
        PageControls page(container);
        const Reference<css::awt::tree::XTreeControl> tree = page.tree();
        const Reference<css::awt::tree::XTreeNode> node =
            tree->getNodeForLocation(mouse.X, mouse.Y);
        const auto index = nodeIndex(node);
        if (!index) return;
        const css::awt::Rectangle rect = tree->getNodeRect(node);
        // The box is the label's first character, about as wide as the row is high.
        const bool onBox = mouse.X >= rect.X && mouse.X < rect.X + rect.Height;
        bool isRule = false;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            isRule = nodes_[*index].kind == RuleTree::Node::Kind::Rule;
        }
        if (onBox || (mouse.ClickCount == 2 && isRule)) toggle(container, *index);
    }

    void showDescription(const Reference<css::awt::XControlContainer>& container) {
        PageControls page(container);
        const auto index = selectedNode(page);
        std::string text;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (index) {
                text = tree_.description(nodes_[*index], uiLanguage_);
            } else if (nodes_.empty() && !query_.empty()) {
                text = report::say(report::Text::OptionsNoMatch, uiLanguage_, {query_});
            } else {
                text = report::say(report::Text::OptionsSelectHint, uiLanguage_);
            }
        }
        page.setText("Description", text);
    }

    void search(const Reference<css::awt::XControlContainer>& container) {
        const std::string query = trimmed(PageControls(container).text("Search"));
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (query == query_) return;
            query_ = query;
        }
        fillTree(container);
    }

    void severityChanged(const Reference<css::awt::XControlContainer>& container) {
        const int position = PageControls(container).selected("Severity");
        {
            std::lock_guard<std::mutex> lock(mutex_);
            minimum_ = severityAt(position);
        }
        relabel(container);
    }

    // Builds the tree control's model anew from tree_ under the current search: packs and
    // categories with no rule left by the search are left out. Packs start open (their
    // categories shown); under a search every node does, so that every match is in sight.
    void fillTree(const Reference<css::awt::XControlContainer>& container) {
        struct Item {
            int parent;  // index in items, -1 for a pack
            std::string label;
        };
        std::vector<Item> items;
        std::vector<RuleTree::Node> nodes;
        bool searching = false;
        std::string message;
        std::string rootLabel;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            using Kind = RuleTree::Node::Kind;
            const auto add = [&](const RuleTree::Node& node, int parent) {
                nodes.push_back(node);
                items.push_back({parent, tree_.label(node, query_, uiLanguage_, minimum_)});
                return static_cast<int>(items.size()) - 1;
            };
            for (std::size_t p = 0; p < tree_.packs().size(); ++p) {
                const RuleTree::Node pack{Kind::Pack, p, 0, 0};
                if (tree_.rulesUnder(pack, query_, uiLanguage_).empty() && !query_.empty()) {
                    continue;
                }
                const int packItem = add(pack, -1);
                const auto& categories = tree_.packs()[p].categories;
                for (std::size_t c = 0; c < categories.size(); ++c) {
                    const RuleTree::Node category{Kind::Category, p, c, 0};
                    const auto rules = tree_.rulesUnder(category, query_, uiLanguage_);
                    if (rules.empty()) continue;
                    const int categoryItem = add(category, packItem);
                    for (std::size_t r : rules) add({Kind::Rule, p, c, r}, categoryItem);
                }
            }
            searching = !query_.empty();
            rootLabel = report::say(report::Text::OptionsTreeRoot, uiLanguage_);
            message = searching && items.empty()
                          ? report::say(report::Text::OptionsNoMatch, uiLanguage_, {query_})
                          : report::say(report::Text::OptionsSelectHint, uiLanguage_);
            nodes_ = nodes;
            treeNodes_.clear();
        }

        Reference<css::awt::tree::XMutableTreeDataModel> data(
            context_->getServiceManager()->createInstanceWithContext(
                "com.sun.star.awt.tree.MutableTreeDataModel", context_),
            UNO_QUERY_THROW);
        // The root is shown, as a heading without a box: the toolkit of LibreOffice 7.4 redraws
        // a changed node through its parent's row, and a hidden root has none (the whole tree
        // would collapse into a stray root row at the first switched pack).
        const Reference<css::awt::tree::XMutableTreeNode> root =
            data->createNode(Any(toOUString(rootLabel)), false);
        data->setRoot(root);
        std::vector<Reference<css::awt::tree::XMutableTreeNode>> created;
        created.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            Reference<css::awt::tree::XMutableTreeNode> node =
                data->createNode(Any(toOUString(items[i].label)), false);
            node->setDataValue(Any(static_cast<sal_Int32>(i)));
            (items[i].parent < 0 ? root : created[static_cast<std::size_t>(items[i].parent)])
                ->appendChild(node);
            created.push_back(node);
        }
        PageControls page(container);
        page.setTreeModel(data);
        const Reference<css::awt::tree::XTreeControl> tree = page.tree();
        try {
            tree->expandNode(Reference<css::awt::tree::XTreeNode>(root, UNO_QUERY_THROW));
        } catch (const css::uno::Exception&) {
            // As below: it opens when clicked.
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            const bool isRule = nodes[i].kind == RuleTree::Node::Kind::Rule;
            if (isRule || (!searching && items[i].parent >= 0)) continue;
            try {
                tree->expandNode(Reference<css::awt::tree::XTreeNode>(created[i], UNO_QUERY_THROW));
            } catch (const css::uno::Exception&) {
                // Not shown yet (no window): it opens when clicked like any other.
            }
        }
        {
            std::lock_guard<std::mutex> lock(mutex_);
            treeNodes_ = created;
        }
        page.setText("Description", message);
    }

    // Every node's label again: its box after a switch, a pack's note after a change of the
    // minimum severity.
    void relabel(const Reference<css::awt::XControlContainer>& container) {
        std::vector<std::string> labels;
        std::vector<Reference<css::awt::tree::XMutableTreeNode>> nodes;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            for (const RuleTree::Node& node : nodes_) {
                labels.push_back(tree_.label(node, query_, uiLanguage_, minimum_));
            }
            nodes = treeNodes_;
        }
        for (std::size_t i = 0; i < nodes.size() && i < labels.size(); ++i) {
            nodes[i]->setDisplayValue(Any(toOUString(labels[i])));
        }
        showDescription(container);
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

    // Loads the folder now on the page: its packs join the tree, its problems are shown.
    void reloadUserRules(const Reference<css::awt::XControlContainer>& container,
                         const std::string& folderText) {
        const std::string folder = trimmed(folderText);
        std::unique_ptr<UserRules> user = loadUserRules(folder);
        PageControls page(container);
        showProblems(page, *user, folder);
        {
            std::lock_guard<std::mutex> lock(mutex_);
            tree_.build({&bundledRules().rules, &user->rules}, disabledPacks_, disabledRules_);
            // The tree points into the rules: the old ones go once the tree has left them.
            user_ = std::move(user);
        }
        fillTree(container);
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
    std::unique_ptr<UserRules> user_;  // the user's packs the tree shows
    RuleTree tree_;
    std::string query_;                    // the search the tree shows
    Severity minimum_ = Severity::Medium;  // as the Severity list shows it
    std::vector<RuleTree::Node> nodes_;    // the tree control's nodes, by their data value
    std::vector<Reference<css::awt::tree::XMutableTreeNode>> treeNodes_;  // the same nodes
    Reference<css::awt::XControl> enterKeyTree_;  // the tree whose Enter key this page keeps
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
