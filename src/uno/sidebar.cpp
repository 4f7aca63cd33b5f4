#include "sidebar.hpp"

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/ui/LayoutSize.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <com/sun/star/view/XViewSettingsSupplier.hpp>
#include <cppuhelper/implbase10.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "component.hpp"
#include "findings_list.hpp"
#include "proviso/report/catalogue.hpp"
#include "settings.hpp"
#include "user_rules.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr const char* kFactoryName = "org.proviso.comp.SidebarPanelFactory";

std::atomic<int> commandsRunning{0};

// The canonical interface of a UNO object: two references are the same object exactly when
// these are equal.
css::uno::XInterface* identity(const Reference<css::uno::XInterface>& object) {
    return Reference<css::uno::XInterface>(object, UNO_QUERY).get();
}

// Pixel metrics of the panel. The sidebar decides the width; the list takes the height left.
constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kGap = 4;
constexpr sal_Int32 kButtonHeight = 26;
constexpr sal_Int32 kFieldHeight = 24;
constexpr sal_Int32 kLabelHeight = 18;
constexpr sal_Int32 kNavButtonWidth = 90;
constexpr sal_Int32 kMinimalWidth = 300;
constexpr std::size_t kWordsShown = 40;  // of the flagged words, in a row of the list

// At most `limit` code points of `text`, an ellipsis standing for the rest.
std::string shortened(const std::string& text, std::size_t limit) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (points++ == limit) return text.substr(0, i) + "\u2026";
    }
    return text;
}

class FindingsPanel;

// The panels alive in this office, so that a command can tell those of its document.
std::mutex panelsMutex;
std::vector<FindingsPanel*> livePanels;

using PanelBase = cppu::WeakImplHelper10<
    css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel, css::lang::XComponent,
    css::awt::XActionListener, css::awt::XItemListener, css::awt::XKeyListener,
    css::awt::XWindowListener, css::util::XModifyListener, css::awt::XCallback>;

class FindingsPanel : public PanelBase {
public:
    FindingsPanel(const Reference<css::uno::XComponentContext>& context,
                  const Reference<css::frame::XFrame>& frame, const rtl::OUString& url)
        : context_(context), frame_(frame), url_(url), language_(uiLanguage(context)) {}

    // Builds the controls in `parent` and reads the comments. Not in the constructor: the
    // panel hands itself to listeners, which needs a reference to it held already.
    void init(const Reference<css::awt::XWindow>& parent) {
        build(parent);
        {
            std::lock_guard<std::mutex> lock(panelsMutex);
            livePanels.push_back(this);
        }
        sync(true);
    }

    ~FindingsPanel() override { unregister(); }

    // The document shown in the panel's frame, if it is a text document.
    Reference<css::text::XTextDocument> document() const {
        if (!frame_.is()) return nullptr;
        Reference<css::frame::XController> controller = frame_->getController();
        return Reference<css::text::XTextDocument>(
            controller.is() ? controller->getModel() : nullptr, UNO_QUERY);
    }

    // Reads the comments again: all of them when `force`, else only when the set of Proviso's
    // comments changed (a person deleted one, or an undo brought some back).
    void sync(bool force) noexcept {
        if (disposed_) return;
        try {
            const Reference<css::text::XTextDocument> doc = document();
            watch(doc);
            // Held: the row chosen before is chosen again if it is still listed.
            const Reference<css::uno::XInterface> chosen = chosenField();
            if (!doc.is()) {
                rows_.clear();
                comments_.clear();
                show(chosen);
                return;
            }
            std::vector<Reference<css::uno::XInterface>> fields = sortedFields(doc);
            if (!force && fields == comments_) return;
            const UserSettings settings = readSettings(context_);
            const UserRules rules = rulesFor(settings);
            comments_ = std::move(fields);
            rows_ = findingRows(doc, commentAuthor(settings), rules.all);
            show(chosen);
        } catch (const std::exception& e) {
            std::cerr << "proviso: sidebar: " << e.what() << '\n';
        } catch (const css::uno::Exception& e) {
            std::cerr << "proviso: sidebar: " << toUtf8(e.Message) << '\n';
        } catch (...) {
            std::cerr << "proviso: sidebar: unexpected error\n";
        }
    }

    // XUIElement
    Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
    rtl::OUString SAL_CALL getResourceURL() override { return url_; }
    sal_Int16 SAL_CALL getType() override { return css::ui::UIElementType::TOOLPANEL; }
    Reference<css::uno::XInterface> SAL_CALL getRealInterface() override {
        return static_cast<css::ui::XToolPanel*>(this);
    }

    // XToolPanel
    Reference<css::awt::XWindow> SAL_CALL getWindow() override {
        return Reference<css::awt::XWindow>(container_, UNO_QUERY);
    }
    Reference<css::accessibility::XAccessible> SAL_CALL
    createAccessible(const Reference<css::accessibility::XAccessible>& /*parent*/) override {
        Reference<css::awt::XControl> control(container_, UNO_QUERY);
        return Reference<css::accessibility::XAccessible>(
            control.is() ? control->getPeer() : nullptr, UNO_QUERY);
    }

    // XSidebarPanel: as tall as the deck allows; the list takes what there is.
    css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 /*width*/) override {
        return css::ui::LayoutSize(280, -1, 520);
    }
    sal_Int32 SAL_CALL getMinimalWidth() override { return kMinimalWidth; }

    // XComponent
    void SAL_CALL dispose() override {
        if (disposed_) return;
        disposed_ = true;
        unregister();
        watch(nullptr);
        try {
            Reference<css::awt::XWindow> window(container_, UNO_QUERY);
            if (window.is()) window->removeWindowListener(this);
            Reference<css::lang::XComponent> component(container_, UNO_QUERY);
            if (component.is()) component->dispose();
        } catch (...) {
            // the sidebar may have disposed the window first
        }
        container_.clear();
        list_.clear();
        css::lang::EventObject event(static_cast<cppu::OWeakObject*>(this));
        const auto listeners = std::move(disposeListeners_);
        for (const auto& l : listeners) {
            try {
                l->disposing(event);
            } catch (...) {
            }
        }
    }
    void SAL_CALL addEventListener(const Reference<css::lang::XEventListener>& l) override {
        if (l.is()) disposeListeners_.push_back(l);
    }
    void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener>& l) override {
        std::erase(disposeListeners_, l);
    }

    // XActionListener: the buttons.
    void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
        const rtl::Reference<FindingsPanel> keepAlive(this);  // a command may close the panel
        try {
            const auto* source = identity(event.Source);
            if (source == identity(check_))
                runCheck();
            else if (source == identity(previous_))
                step(-1);
            else if (source == identity(next_))
                step(+1);
        } catch (...) {
            // never out of a listener: the office would go down with it
        }
    }

    // XItemListener: a row chosen in the list, or a filter changed.
    void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
        if (updating_ || disposed_) return;
        try {
            const auto* source = identity(event.Source);
            if (source == identity(list_)) {
                goTo(list_->getSelectedItemPos());
            } else if (source == identity(levelFilter_) || source == identity(categoryFilter_)) {
                show();
            }
        } catch (...) {
        }
    }

    // XKeyListener: Enter on a row goes to its words and into the document.
    void SAL_CALL keyPressed(const css::awt::KeyEvent& event) override {
        if (disposed_ || event.KeyCode != css::awt::Key::RETURN) return;
        try {
            if (goTo(list_->getSelectedItemPos())) {
                Reference<css::awt::XWindow> window = frame_->getComponentWindow();
                if (window.is()) window->setFocus();
            }
        } catch (...) {
        }
    }
    void SAL_CALL keyReleased(const css::awt::KeyEvent& /*event*/) override {}

    // XWindowListener: the sidebar resized the panel.
    void SAL_CALL windowResized(const css::awt::WindowEvent& /*event*/) override {
        try {
            layout();
        } catch (...) {
        }
    }
    void SAL_CALL windowMoved(const css::awt::WindowEvent& /*event*/) override {}
    void SAL_CALL windowShown(const css::lang::EventObject& /*event*/) override {
        try {
            layout();
        } catch (...) {
        }
    }
    void SAL_CALL windowHidden(const css::lang::EventObject& /*event*/) override {}

    // XModifyListener: a person edited the document. The comments are looked at once the
    // office is idle, not at every keystroke, and not while a Proviso command writes.
    void SAL_CALL modified(const css::lang::EventObject& /*event*/) override {
        if (disposed_ || syncPending_ || commandsRunning.load() > 0) return;
        try {
            syncPending_ = true;
            css::awt::AsyncCallback::create(context_)->addCallback(this, Any());
        } catch (...) {
            syncPending_ = false;
        }
    }

    // XCallback: the office is idle after an edit.
    void SAL_CALL notify(const Any& /*data*/) override {
        syncPending_ = false;
        if (commandsRunning.load() == 0) sync(false);
    }

    // XEventListener: the document is going away.
    void SAL_CALL disposing(const css::lang::EventObject& event) override {
        if (identity(event.Source) == identity(watched_)) watched_.clear();
    }

private:
    void unregister() {
        std::lock_guard<std::mutex> lock(panelsMutex);
        std::erase(livePanels, this);
    }

    // Listens to the edits of `doc` (and of no other document).
    void watch(const Reference<css::text::XTextDocument>& doc) {
        Reference<css::util::XModifyBroadcaster> broadcaster(doc, UNO_QUERY);
        if (identity(broadcaster) == identity(watched_)) return;
        try {
            if (watched_.is()) watched_->removeModifyListener(this);
        } catch (...) {
        }
        watched_ = broadcaster;
        if (watched_.is()) watched_->addModifyListener(this);
    }

    // The document's comment fields, people's and Proviso's, ordered by identity: compared with
    // those of the last reading, it tells whether a comment was deleted or added since (by a
    // person, by an undo). No comment's text is read: this runs after edits.
    static std::vector<Reference<css::uno::XInterface>> sortedFields(
        const Reference<css::text::XTextDocument>& doc) {
        std::vector<Reference<css::uno::XInterface>> fields = commentFields(doc);
        std::sort(fields.begin(), fields.end(),
                  [](const auto& a, const auto& b) { return identity(a) < identity(b); });
        return fields;
    }

    // The comment of the row chosen in the list; null when none is.
    Reference<css::uno::XInterface> chosenField() const {
        const sal_Int16 pos = list_.is() ? list_->getSelectedItemPos() : -1;
        if (pos < 0 || static_cast<std::size_t>(pos) >= shown_.size()) return nullptr;
        return Reference<css::uno::XInterface>(rows_[shown_[pos]].field, UNO_QUERY);
    }

    Reference<css::awt::XControl> add(const char* name, const char* kind,
                                      std::initializer_list<std::pair<const char*, Any>> props) {
        Reference<css::lang::XMultiComponentFactory> factory = context_->getServiceManager();
        const rtl::OUString service = "com.sun.star.awt." + rtl::OUString::createFromAscii(kind);
        Reference<css::awt::XControl> control(factory->createInstanceWithContext(service, context_),
                                              UNO_QUERY_THROW);
        Reference<css::awt::XControlModel> model(
            factory->createInstanceWithContext(service + "Model", context_), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> properties(model, UNO_QUERY_THROW);
        for (const auto& [property, value] : props) {
            properties->setPropertyValue(rtl::OUString::createFromAscii(property), value);
        }
        control->setModel(model);
        container_->addControl(rtl::OUString::createFromAscii(name), control);
        return control;
    }

    Any text(report::Text id, const std::vector<report::Arg>& args = {}) const {
        return Any(toOUString(report::say(id, language_, args)));
    }

    void build(const Reference<css::awt::XWindow>& parent) {
        Reference<css::lang::XMultiComponentFactory> factory = context_->getServiceManager();
        container_.set(
            factory->createInstanceWithContext("com.sun.star.awt.UnoControlContainer", context_),
            UNO_QUERY_THROW);
        Reference<css::awt::XControl> containerControl(container_, UNO_QUERY_THROW);
        containerControl->setModel(Reference<css::awt::XControlModel>(
            factory->createInstanceWithContext("com.sun.star.awt.UnoControlContainerModel",
                                               context_),
            UNO_QUERY_THROW));
        containerControl->createPeer(
            Reference<css::awt::XToolkit>(css::awt::Toolkit::create(context_), UNO_QUERY_THROW),
            Reference<css::awt::XWindowPeer>(parent, UNO_QUERY_THROW));

        // Created in tab order.
        check_.set(add("Check", "UnoControlButton",
                       {{"Label", text(report::Text::PanelCheck)}, {"Tabstop", Any(true)}}),
                   UNO_QUERY_THROW);
        counts_.set(add("Counts", "UnoControlFixedText", {{"Label", Any(rtl::OUString())}}),
                    UNO_QUERY_THROW);
        const Any filterHelp = text(report::Text::PanelFilterHelp);
        levelFilter_.set(add("LevelFilter", "UnoControlListBox",
                             {{"Dropdown", Any(true)},
                              {"LineCount", Any(sal_Int16(6))},
                              {"Tabstop", Any(true)},
                              {"HelpText", filterHelp}}),
                         UNO_QUERY_THROW);
        categoryFilter_.set(add("CategoryFilter", "UnoControlListBox",
                                {{"Dropdown", Any(true)},
                                 {"LineCount", Any(sal_Int16(10))},
                                 {"Tabstop", Any(true)},
                                 {"HelpText", filterHelp}}),
                            UNO_QUERY_THROW);
        list_.set(add("Findings", "UnoControlListBox",
                      {{"Dropdown", Any(false)},
                       {"MultiSelection", Any(false)},
                       {"Tabstop", Any(true)},
                       {"HelpText", text(report::Text::PanelListHelp)}}),
                  UNO_QUERY_THROW);
        previous_.set(add("Previous", "UnoControlButton",
                          {{"Label", text(report::Text::PanelPrevious)}, {"Tabstop", Any(true)}}),
                      UNO_QUERY_THROW);
        next_.set(add("Next", "UnoControlButton",
                      {{"Label", text(report::Text::PanelNext)}, {"Tabstop", Any(true)}}),
                  UNO_QUERY_THROW);
        position_.set(add("Position", "UnoControlFixedText", {{"Label", Any(rtl::OUString())}}),
                      UNO_QUERY_THROW);
        detail_.set(add("Detail", "UnoControlEdit",
                        {{"MultiLine", Any(true)},
                         {"ReadOnly", Any(true)},
                         {"VScroll", Any(true)},
                         {"Tabstop", Any(true)}}),
                    UNO_QUERY_THROW);

        check_->addActionListener(this);
        previous_->addActionListener(this);
        next_->addActionListener(this);
        levelFilter_->addItemListener(this);
        categoryFilter_->addItemListener(this);
        list_->addItemListener(this);
        Reference<css::awt::XWindow>(list_, UNO_QUERY_THROW)->addKeyListener(this);
        Reference<css::awt::XWindow>(container_, UNO_QUERY_THROW)->addWindowListener(this);

        updating_ = true;
        Sequence<rtl::OUString> levels(4);
        levels.getArray()[0] = toOUString(report::say(report::Text::PanelAllLevels, language_));
        levels.getArray()[1] = toOUString(report::severityLevel(Severity::High, language_));
        levels.getArray()[2] = toOUString(report::severityLevel(Severity::Medium, language_));
        levels.getArray()[3] = toOUString(report::severityLevel(Severity::Low, language_));
        levelFilter_->addItems(levels, 0);
        levelFilter_->selectItemPos(0, true);
        updating_ = false;
        Reference<css::awt::XWindow>(container_, UNO_QUERY_THROW)->setVisible(true);
    }

    void place(const Reference<css::uno::XInterface>& control, sal_Int32 x, sal_Int32 y,
               sal_Int32 width, sal_Int32 height) {
        Reference<css::awt::XWindow> window(control, UNO_QUERY);
        if (window.is()) {
            window->setPosSize(x, y, std::max<sal_Int32>(width, 1), std::max<sal_Int32>(height, 1),
                               css::awt::PosSize::POSSIZE);
        }
    }

    void layout() {
        Reference<css::awt::XWindow> window(container_, UNO_QUERY);
        if (!window.is() || disposed_) return;
        const css::awt::Rectangle size = window->getPosSize();
        const sal_Int32 width = size.Width - 2 * kMargin;
        if (width <= 0 || size.Height <= 0) return;
        sal_Int32 y = kMargin;
        place(check_, kMargin, y, std::min<sal_Int32>(width, 220), kButtonHeight);
        y += kButtonHeight + kGap;
        place(counts_, kMargin, y, width, kLabelHeight);
        y += kLabelHeight + kGap;
        place(levelFilter_, kMargin, y, width, kFieldHeight);
        y += kFieldHeight + kGap;
        place(categoryFilter_, kMargin, y, width, kFieldHeight);
        y += kFieldHeight + kGap;
        // What is left: the list two thirds, the selected comment's text one third.
        const sal_Int32 rest =
            std::max<sal_Int32>(size.Height - y - kMargin - kButtonHeight - 2 * kGap, 120);
        const sal_Int32 listHeight = rest * 2 / 3;
        place(list_, kMargin, y, width, listHeight);
        y += listHeight + kGap;
        place(previous_, kMargin, y, kNavButtonWidth, kButtonHeight);
        place(next_, kMargin + kNavButtonWidth + kGap, y, kNavButtonWidth, kButtonHeight);
        const sal_Int32 positionX = kMargin + 2 * (kNavButtonWidth + kGap);
        place(position_, positionX, y + (kButtonHeight - kLabelHeight) / 2,
              width + kMargin - positionX, kLabelHeight);
        y += kButtonHeight + kGap;
        place(detail_, kMargin, y, width, rest - listHeight);
    }

    std::string rowText(const FindingRow& row) const {
        std::string out = row.severity ? report::severityLevel(*row.severity, language_) : "?";
        out += " \u00b7 ";
        out += row.provision.empty()
                   ? report::say(report::Text::PanelParagraph, language_, {row.paragraph + 1})
                   : row.provision;
        // The concern's first line quotes the flagged words as a rule: said once, not twice.
        if (!row.words.empty() && row.firstLine.find(row.words) == std::string::npos) {
            out += " \u00b7 " + report::say(report::Text::Quoted, language_,
                                            {shortened(row.words, kWordsShown)});
        }
        return out + " \u2014 " + row.firstLine;
    }

    // The rows the filters let through, in the list; the chosen row kept where it can be.
    void show() { show(chosenField()); }
    void show(const Reference<css::uno::XInterface>& chosen) {
        if (disposed_ || !list_.is()) return;
        updating_ = true;

        // Category filter: the concerns present, by name.
        const sal_Int16 categoryPos = categoryFilter_->getSelectedItemPos();
        const std::string chosenCategory =
            categoryPos > 0 && static_cast<std::size_t>(categoryPos) <= categories_.size()
                ? categories_[categoryPos - 1]
                : std::string();
        std::map<std::string, std::string> byName;  // name -> id
        for (const FindingRow& row : rows_) {
            if (!row.category.empty()) {
                byName.emplace(report::categoryName(row.category, language_), row.category);
            }
        }
        categories_.clear();
        Sequence<rtl::OUString> categoryItems(static_cast<sal_Int32>(byName.size() + 1));
        categoryItems.getArray()[0] =
            toOUString(report::say(report::Text::PanelAllCategories, language_));
        sal_Int16 keepCategory = 0;
        for (const auto& [name, id] : byName) {
            categories_.push_back(id);
            categoryItems.getArray()[categories_.size()] = toOUString(name);
            if (id == chosenCategory) keepCategory = static_cast<sal_Int16>(categories_.size());
        }
        categoryFilter_->removeItems(0, categoryFilter_->getItemCount());
        categoryFilter_->addItems(categoryItems, 0);
        categoryFilter_->selectItemPos(keepCategory, true);
        const std::string category = keepCategory > 0 ? categories_[keepCategory - 1] : "";

        const sal_Int16 level = levelFilter_->getSelectedItemPos();
        const std::optional<Severity> onlyLevel = level == 1   ? std::optional(Severity::High)
                                                  : level == 2 ? std::optional(Severity::Medium)
                                                  : level == 3 ? std::optional(Severity::Low)
                                                               : std::nullopt;

        shown_.clear();
        int high = 0, medium = 0, low = 0;
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            const FindingRow& row = rows_[i];
            if (row.severity == Severity::High) ++high;
            if (row.severity == Severity::Medium) ++medium;
            if (row.severity == Severity::Low) ++low;
            if (onlyLevel && row.severity != onlyLevel) continue;
            if (!category.empty() && row.category != category) continue;
            shown_.push_back(i);
        }
        Sequence<rtl::OUString> items(static_cast<sal_Int32>(shown_.size()));
        sal_Int16 keep = -1;
        for (std::size_t i = 0; i < shown_.size(); ++i) {
            items.getArray()[i] = toOUString(rowText(rows_[shown_[i]]));
            if (chosen.is() && identity(rows_[shown_[i]].field) == chosen.get()) {
                keep = static_cast<sal_Int16>(i);
            }
        }
        list_->removeItems(0, list_->getItemCount());
        list_->addItems(items, 0);
        if (keep >= 0) list_->selectItemPos(keep, true);

        counts_->setText(toOUString(rows_.empty()
                                        ? std::string()
                                        : report::say(report::Text::PanelCounts, language_,
                                                      {rows_.size(), high, medium, low})));
        updating_ = false;
        showSelected();
    }

    // The position and the whole comment of the selected row, or what the list is missing.
    void showSelected() {
        const sal_Int16 pos = list_->getSelectedItemPos();
        std::string detail;
        if (rows_.empty()) {
            detail = report::say(report::Text::PanelEmpty, language_);
        } else if (shown_.empty()) {
            detail = report::say(report::Text::PanelNoneShown, language_);
        } else if (pos >= 0 && static_cast<std::size_t>(pos) < shown_.size()) {
            detail = rows_[shown_[pos]].content;
        }
        detail_->setText(toOUString(detail));
        position_->setText(shown_.empty()
                               ? rtl::OUString()
                               : toOUString(report::say(report::Text::PanelPosition, language_,
                                                        {pos >= 0 ? pos + 1 : 0, shown_.size()})));
    }

    // Selects the words of the row at `pos` in the list, in the document's view.
    bool goTo(sal_Int16 pos) {
        if (pos < 0 || static_cast<std::size_t>(pos) >= shown_.size()) return false;
        const FindingRow& row = rows_[shown_[pos]];
        showSelected();
        Reference<css::text::XTextRange> words;
        try {
            words = row.field->getAnchor();  // where the words are now, after any edit
        } catch (const css::uno::Exception&) {
            sync(true);  // the comment went since the list was read
            return false;
        }
        Reference<css::view::XSelectionSupplier> view(
            frame_.is() ? frame_->getController() : nullptr, UNO_QUERY);
        if (!view.is() || !words.is()) return false;
        view->select(Any(words));
        showComments();
        return true;
    }

    // The comment of a chosen row is shown next to its words: where a person hid the comments
    // (View > Comments), they are shown again. Cosmetic: a refusal is ignored.
    void showComments() {
        try {
            Reference<css::view::XViewSettingsSupplier> supplier(frame_->getController(),
                                                                 UNO_QUERY);
            if (!supplier.is()) return;
            Reference<css::beans::XPropertySet> settings = supplier->getViewSettings();
            bool shown = true;
            settings->getPropertyValue("ShowAnnotations") >>= shown;
            if (!shown) settings->setPropertyValue("ShowAnnotations", Any(true));
        } catch (const css::uno::Exception&) {
        }
    }

    // Previous (-1) or Next (+1): the row before or after the selected one; from nothing
    // selected, Next takes the first and Previous the last.
    void step(int direction) {
        if (shown_.empty()) return;
        const sal_Int16 count = static_cast<sal_Int16>(shown_.size());
        const sal_Int16 pos = list_->getSelectedItemPos();
        sal_Int16 to = pos < 0 ? (direction > 0 ? 0 : count - 1) : pos + direction;
        if (to < 0 || to >= count) return;  // at an end: stays
        updating_ = true;
        list_->selectItemPos(to, true);
        list_->makeVisible(to);
        updating_ = false;
        goTo(to);
    }

    void runCheck() {
        Reference<css::frame::XDispatchProvider> provider(frame_, UNO_QUERY);
        if (!provider.is()) return;
        css::frame::DispatchHelper::create(context_)->executeDispatch(
            provider, "org.proviso:check", "", 0, Sequence<css::beans::PropertyValue>());
        // The command announced its changes; the panel may be gone by now (document closed).
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
    rtl::OUString url_;
    std::string language_;
    Reference<css::awt::XControlContainer> container_;
    Reference<css::awt::XButton> check_, previous_, next_;
    Reference<css::awt::XFixedText> counts_, position_;
    Reference<css::awt::XListBox> levelFilter_, categoryFilter_, list_;
    Reference<css::awt::XTextComponent> detail_;
    Reference<css::util::XModifyBroadcaster> watched_;
    std::vector<Reference<css::lang::XEventListener>> disposeListeners_;
    std::vector<FindingRow> rows_;
    // Every comment of the document when the rows were read, by identity (held, so that the
    // office keeps the same object for the same comment).
    std::vector<Reference<css::uno::XInterface>> comments_;
    std::vector<std::size_t> shown_;       // rows_ indexes, as listed
    std::vector<std::string> categories_;  // the category filter's ids
    bool updating_ = false;  // the panel itself is changing the list: not a person's choice
    bool syncPending_ = false;
    bool disposed_ = false;
};

class PanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
public:
    explicit PanelFactory(css::uno::XComponentContext* context) : context_(context) {}

    Reference<css::ui::XUIElement> SAL_CALL createUIElement(
        const rtl::OUString& url, const Sequence<css::beans::PropertyValue>& arguments) override {
        if (url != rtl::OUString::createFromAscii(kFindingsPanelUrl)) {
            throw css::container::NoSuchElementException(url,
                                                         static_cast<cppu::OWeakObject*>(this));
        }
        Reference<css::frame::XFrame> frame;
        Reference<css::awt::XWindow> parent;
        for (const auto& argument : arguments) {
            if (argument.Name == "Frame") argument.Value >>= frame;
            if (argument.Name == "ParentWindow") argument.Value >>= parent;
        }
        if (!parent.is()) {
            throw css::lang::IllegalArgumentException("no ParentWindow for the Proviso panel",
                                                      static_cast<cppu::OWeakObject*>(this), 1);
        }
        try {
            const rtl::Reference<FindingsPanel> panel(new FindingsPanel(context_, frame, url));
            panel->init(parent);
            return Reference<css::ui::XUIElement>(panel.get());
        } catch (const css::uno::RuntimeException&) {
            throw;
        } catch (const css::uno::Exception& e) {
            throw css::uno::RuntimeException("Proviso panel: " + e.Message,
                                             static_cast<cppu::OWeakObject*>(this));
        } catch (const std::exception& e) {
            throw css::uno::RuntimeException(
                "Proviso panel: " + rtl::OUString::createFromAscii(e.what()),
                static_cast<cppu::OWeakObject*>(this));
        }
    }

    rtl::OUString SAL_CALL getImplementationName() override {
        return rtl::OUString::createFromAscii(kFactoryName);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return serviceNames("com.sun.star.ui.UIElementFactory");
    }

private:
    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

void announceFindingsChanged(const Reference<css::uno::XInterface>& document) {
    try {
        const css::uno::XInterface* changed = identity(document);
        std::vector<rtl::Reference<FindingsPanel>> panels;
        {
            std::lock_guard<std::mutex> lock(panelsMutex);
            for (FindingsPanel* panel : livePanels) panels.emplace_back(panel);
        }
        for (const auto& panel : panels) {
            if (identity(panel->document()) == changed) panel->sync(true);
        }
    } catch (...) {
        // the panels' trouble is not the command's (a closed frame, a disposed document)
    }
}

CommandInProgress::CommandInProgress() { ++commandsRunning; }
CommandInProgress::~CommandInProgress() { --commandsRunning; }

}  // namespace proviso::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_proviso_SidebarPanelFactory_get_implementation(css::uno::XComponentContext* context,
                                                   css::uno::Sequence<css::uno::Any> const&) {
    return proviso::uno::newComponent<proviso::uno::PanelFactory>(context);
}
