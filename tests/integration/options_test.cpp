// Tools > Options > Proviso against a real headless LibreOffice with the real extension: the page
// is created from the installed Options.xdl by the office's own ContainerWindowProvider, the
// handler is the one the Options dialog would create (org.proviso.OptionsPage), and it is driven
// with the calls the Options dialog makes ("initialize", "ok", "back") and with the methods the
// page's controls call through the .xdl's events: a key pressed in the rule tree ("treeKey",
// with the KeyEvent the office would pass), a button ("toggle", "restoreDefaults"), text typed in
// the search box ("search"). What "ok" stores is read back through the configuration API after
// the office is restarted on the same profile.
#include <gtest/gtest.h>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/awt/KeyEvent.hpp>
#include <com/sun/star/awt/MouseEvent.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/awt/tree/XTreeControl.hpp>
#include <com/sun/star/awt/tree/XTreeDataModel.hpp>
#include <com/sun/star/awt/tree/XTreeNode.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "../../src/uno/ustring.hpp"
#include "../support/config.hpp"
#include "../support/dispatch.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using uno::toOUString;
using uno::toUtf8;

constexpr const char* kExtensionId = "org.proviso.writer";
constexpr const char* kSettings = "/org.proviso.Settings/General";

using testing::configNode;
using testing::setConfig;

std::vector<std::string> toStrings(const Sequence<rtl::OUString>& values) {
    std::vector<std::string> out;
    for (sal_Int32 i = 0; i < values.getLength(); ++i) out.push_back(toUtf8(values[i]));
    return out;
}

// The options page as the Options dialog makes it: the window from the installed .xdl, inside
// a parent window of the office (here the container window of a hidden Writer document, which
// exists headless too), with the handler the page's OptionsDialog.xcu entry names.
class OptionsPage {
public:
    explicit OptionsPage(cli::OfficeSession& office) : context_(office.remoteContext()) {
        handler_.set(context_->getServiceManager()->createInstanceWithContext(
                         "org.proviso.OptionsPage", context_),
                     UNO_QUERY_THROW);
        const rtl::OUString location =
            css::deployment::PackageInformationProvider::get(context_)->getPackageLocation(
                rtl::OUString::createFromAscii(kExtensionId));
        if (location.isEmpty()) throw std::runtime_error("the extension is not installed");
        url_ = toUtf8(location) + "/dialogs/Options.xdl";
        parentDocument_ = office.newDocument();
        Reference<css::frame::XModel> model(parentDocument_, UNO_QUERY_THROW);
        Reference<css::awt::XWindowPeer> parent(
            model->getCurrentController()->getFrame()->getContainerWindow(), UNO_QUERY_THROW);
        window_ = css::awt::ContainerWindowProvider::create(context_)->createContainerWindow(
            toOUString(url_), "", parent, handler_);
        if (!window_.is()) throw std::runtime_error("no page window from " + url_);
        controls_.set(window_, UNO_QUERY_THROW);
    }
    ~OptionsPage() {
        try {
            Reference<css::lang::XComponent>(window_, UNO_QUERY_THROW)->dispose();
        } catch (...) {
        }
        cli::OfficeSession::close(parentDocument_);
    }
    OptionsPage(const OptionsPage&) = delete;
    OptionsPage& operator=(const OptionsPage&) = delete;

    // What the Options dialog calls: "initialize", "ok", "back".
    bool dialogEvent(const char* action) {
        return handler_->callHandlerMethod(window_, Any(rtl::OUString::createFromAscii(action)),
                                           "external_event");
    }
    // What a button of the page calls (the event object is the button's action event).
    bool pageEvent(const char* method) {
        return handler_->callHandlerMethod(window_, Any(), rtl::OUString::createFromAscii(method));
    }

    Reference<css::beans::XPropertySet> model(const char* control) {
        Reference<css::awt::XControl> c =
            controls_->getControl(rtl::OUString::createFromAscii(control));
        if (!c.is()) throw std::runtime_error(std::string("no control ") + control);
        return Reference<css::beans::XPropertySet>(c->getModel(), UNO_QUERY_THROW);
    }
    std::string property(const char* control, const char* name) {
        rtl::OUString value;
        model(control)->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= value;
        return toUtf8(value);
    }
    std::string label(const char* control) { return property(control, "Label"); }
    std::string text(const char* control) { return property(control, "Text"); }
    void setText(const char* control, const std::string& text) {
        model(control)->setPropertyValue("Text", Any(toOUString(text)));
    }
    std::vector<std::string> items(const char* control) {
        Sequence<rtl::OUString> list;
        model(control)->getPropertyValue("StringItemList") >>= list;
        return toStrings(list);
    }
    std::vector<int> selection(const char* control) {
        Sequence<sal_Int16> selected;
        model(control)->getPropertyValue("SelectedItems") >>= selected;
        return std::vector<int>(selected.begin(), selected.end());
    }
    void select(const char* control, const std::vector<int>& positions) {
        Sequence<sal_Int16> selected(static_cast<sal_Int32>(positions.size()));
        for (std::size_t i = 0; i < positions.size(); ++i) {
            selected.getArray()[i] = static_cast<sal_Int16>(positions[i]);
        }
        model(control)->setPropertyValue("SelectedItems", Any(selected));
    }
    // Position of the first list entry containing `needle`, or -1.
    int find(const char* control, const std::string& needle) {
        const auto list = items(control);
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i].find(needle) != std::string::npos) return static_cast<int>(i);
        }
        return -1;
    }

    // The rule tree as a person reads it: every node under the root heading, depth first, with
    // its depth (0 = pack, 1 = category, 2 = rule).
    struct Row {
        int depth;
        std::string label;
        Reference<css::awt::tree::XTreeNode> node;
    };
    std::vector<Row> rows() {
        Reference<css::awt::tree::XTreeDataModel> data(
            model("Rules")->getPropertyValue("DataModel"), UNO_QUERY_THROW);
        std::vector<Row> out;
        const auto walk = [&](const auto& self, const Reference<css::awt::tree::XTreeNode>& node,
                              int depth) -> void {
            for (sal_Int32 i = 0; i < node->getChildCount(); ++i) {
                Reference<css::awt::tree::XTreeNode> child = node->getChildAt(i);
                rtl::OUString label;
                child->getDisplayValue() >>= label;
                out.push_back({depth, toUtf8(label), child});
                self(self, child, depth + 1);
            }
        };
        walk(walk, data->getRoot(), 0);
        return out;
    }
    // Position of the first row containing `needle`, or -1.
    int row(const std::string& needle) {
        const auto all = rows();
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].label.find(needle) != std::string::npos) return static_cast<int>(i);
        }
        return -1;
    }
    std::string label(int row) { return rows().at(static_cast<std::size_t>(row)).label; }
    Reference<css::awt::tree::XTreeControl> tree() {
        return Reference<css::awt::tree::XTreeControl>(controls_->getControl("Rules"),
                                                       UNO_QUERY_THROW);
    }
    // Selects a row as a click or the arrow keys do, then presses Space on the tree: the
    // KeyEvent the office's event attacher hands the handler for the .xdl's on-keydown.
    // A rule's category is opened first, as a person opens it to see the rule.
    void selectAndPressSpace(int row) {
        const auto node = rows().at(static_cast<std::size_t>(row)).node;
        tree()->makeNodeVisible(node);
        ASSERT_TRUE(tree()->select(Any(node)));
        css::awt::KeyEvent key;
        key.Source = tree();
        key.KeyCode = css::awt::Key::SPACE;
        key.KeyChar = ' ';
        ASSERT_TRUE(handler_->callHandlerMethod(window_, Any(key), "treeKey"));
    }
    // A mouse button pressed on `row`, `x` pixels into its label (the .xdl's on-mousedown).
    void click(int row, int x, int clicks) {
        const auto node = rows().at(static_cast<std::size_t>(row)).node;
        tree()->makeNodeVisible(node);
        const css::awt::Rectangle rect = tree()->getNodeRect(node);
        css::awt::MouseEvent mouse;
        mouse.Source = tree();
        mouse.Buttons = 1;
        mouse.X = rect.X + x;
        mouse.Y = rect.Y + rect.Height / 2;
        mouse.ClickCount = clicks;
        ASSERT_TRUE(handler_->callHandlerMethod(window_, Any(mouse), "treeMouse"));
    }
    // Types `text` into the search box (the .xdl's on-textchange calls "search").
    void search(const std::string& text) {
        setText("Search", text);
        ASSERT_TRUE(pageEvent("search"));
    }
    const Reference<css::text::XTextDocument>& document() const { return parentDocument_; }

    const std::string& url() const { return url_; }

private:
    Reference<css::uno::XComponentContext> context_;
    Reference<css::awt::XContainerWindowEventHandler> handler_;
    Reference<css::text::XTextDocument> parentDocument_;
    Reference<css::awt::XWindow> window_;
    Reference<css::awt::XControlContainer> controls_;
    std::string url_;
};

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

constexpr const char* kOn = "\u2611 ";     // ☑
constexpr const char* kOff = "\u2610 ";    // ☐
constexpr const char* kMixed = "\u25A3 ";  // ▣

// "☑ rule-id (High; en): message" -> "rule-id".
std::string ruleIdOf(const std::string& label) {
    const std::size_t from = label.find(' ') + 1;
    return label.substr(from, label.find(" (") - from);
}

// How many Proviso comments of `rule` the document has.
std::size_t commentsOf(const Reference<css::text::XTextDocument>& doc, const std::string& rule) {
    std::size_t count = 0;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
        rtl::OUString content;
        Reference<css::beans::XPropertySet>(info, UNO_QUERY_THROW)->getPropertyValue("Content") >>=
            content;
        if (toUtf8(content).find("[Proviso rule: " + rule + " ") != std::string::npos) ++count;
    }
    return count;
}

class OptionsPageTest : public ::testing::Test {
protected:
    void SetUp() override { dir_ = testing::scratchDir("options"); }
    void TearDown() override { fs::remove_all(dir_); }

    cli::OfficeOptions options(const fs::path& profile) {
        cli::OfficeOptions o{PROVISO_OXT};
        o.profile = profile;
        return o;
    }

    fs::path dir_;
};

TEST_F(OptionsPageTest, ShowsDefaultsAndKeepsChangesAcrossARestart) {
    const fs::path profile = dir_ / "profile";
    std::string switchedOffRule;
    {
        cli::OfficeSession office(options(profile));
        OptionsPage page(office);
        ASSERT_TRUE(page.dialogEvent("initialize"));

        // The defaults of ProvisoSettings.xcs, and labels in the UI language (English here:
        // Debian's LibreOffice without language packs runs in en-US).
        EXPECT_EQ(page.label("AuthorLabel"), "Comment author:");
        EXPECT_EQ(page.label("Toggle"), "Switch on/off (Space)");
        EXPECT_EQ(page.label("RestoreDefaults"), "Restore defaults");
        EXPECT_EQ(page.text("Author"), "Proviso");
        EXPECT_EQ(page.items("Severity"), (std::vector<std::string>{"Low", "Medium", "High"}));
        EXPECT_EQ(page.selection("Severity"), std::vector<int>{1});
        const auto languages = page.items("Language");
        ASSERT_EQ(languages.size(), 7u);
        EXPECT_TRUE(startsWith(languages[0], "Automatic"));
        for (const char* code : {"(en)", "(fr)", "(es)", "(ar)", "(ru)", "(zh)"}) {
            EXPECT_GE(page.find("Language", code), 1) << code;
        }
        EXPECT_EQ(page.selection("Language"), std::vector<int>{0});
        EXPECT_EQ(page.text("Folder"), "");
        EXPECT_EQ(page.label("Problems"), "");

        // Every shipped pack, category and rule is in the tree, switched on.
        const auto rows = page.rows();
        ASSERT_GT(rows.size(), 10u);
        EXPECT_EQ(rows[0].label, std::string(kOn) + "Rule pack: cybercrime-treaty");
        for (const auto& row : rows) EXPECT_TRUE(startsWith(row.label, kOn)) << row.label;
        EXPECT_EQ(rows[1].depth, 1);
        EXPECT_EQ(rows[1].label, std::string(kOn) + "Vague offence");
        // A rule: its id, severity and languages, and what it is about.
        ASSERT_EQ(rows[2].depth, 2);
        switchedOffRule = ruleIdOf(rows[2].label);
        ASSERT_FALSE(switchedOffRule.empty());
        const int falseInformation = page.row(" false-information-offence (");
        ASSERT_GT(falseInformation, 0);
        EXPECT_TRUE(startsWith(
            page.label(falseInformation),
            std::string(kOn) + "false-information-offence (High; en, fr, es): Offence built on "))
            << page.label(falseInformation);
        // The drafting pack's rules are all below the default minimum (medium): said so.
        const int drafting = page.row("Rule pack: drafting");
        ASSERT_GT(drafting, 1);
        EXPECT_EQ(page.label(drafting),
                  std::string(kOn) +
                      "Rule pack: drafting \u2014 no rule at or above the minimum severity");
        page.select("Severity", {0});
        ASSERT_TRUE(page.pageEvent("severityChanged"));
        EXPECT_EQ(page.label(drafting), std::string(kOn) + "Rule pack: drafting");

        // Change what a reviewer would: author, severity, and one rule and one pack off, with
        // Space on the selected node.
        page.setText("Author", "  A. Reviewer ");
        page.select("Severity", {2});
        ASSERT_TRUE(page.pageEvent("severityChanged"));
        page.selectAndPressSpace(2);
        EXPECT_EQ(page.label(2).rfind(std::string(kOff) + switchedOffRule + " (", 0), 0u)
            << page.label(2);
        EXPECT_TRUE(startsWith(page.label(1), kMixed)) << page.label(1);  // its category
        EXPECT_TRUE(startsWith(page.label(0), kMixed)) << page.label(0);  // its pack
        EXPECT_TRUE(startsWith(page.label(3), kOn)) << page.label(3);
        // The description of the selected rule, in full.
        const std::string description = page.text("Description");
        EXPECT_NE(description.find("Why it matters: "), std::string::npos) << description;
        EXPECT_NE(description.find("[Proviso rule: " + switchedOffRule + "]"), std::string::npos)
            << description;
        // A pack switches all its rules; Space again switches them back; once more leaves
        // them off.
        page.selectAndPressSpace(drafting);
        {
            const auto after = page.rows();
            for (std::size_t i = static_cast<std::size_t>(drafting); i < after.size(); ++i) {
                EXPECT_TRUE(startsWith(after[i].label, kOff)) << after[i].label;
            }
        }
        page.selectAndPressSpace(drafting);
        EXPECT_TRUE(startsWith(page.label(drafting), kOn)) << page.label(drafting);
        EXPECT_TRUE(startsWith(page.label(drafting + 1), kOn)) << page.label(drafting + 1);
        page.selectAndPressSpace(drafting);
        EXPECT_TRUE(startsWith(page.label(drafting), kOff)) << page.label(drafting);
        ASSERT_TRUE(page.dialogEvent("ok"));

        // "back" (the Reset button) shows what is stored, not what was typed since.
        page.setText("Author", "Someone else");
        ASSERT_TRUE(page.dialogEvent("back"));
        EXPECT_EQ(page.text("Author"), "A. Reviewer");
    }
    ASSERT_TRUE(fs::exists(profile / "user" / "registrymodifications.xcu"));

    // A new office on the same profile: the settings are there.
    cli::OfficeSession office(options(profile));
    Reference<css::container::XNameAccess> settings(
        configNode(office.remoteContext(), kSettings, false), UNO_QUERY_THROW);
    rtl::OUString author, severity, language, folder;
    Sequence<rtl::OUString> packs, rules;
    settings->getByName("Author") >>= author;
    settings->getByName("MinSeverity") >>= severity;
    settings->getByName("Language") >>= language;
    settings->getByName("UserRulesFolder") >>= folder;
    settings->getByName("DisabledPacks") >>= packs;
    settings->getByName("DisabledRules") >>= rules;
    EXPECT_EQ(toUtf8(author), "A. Reviewer");
    EXPECT_EQ(toUtf8(severity), "high");
    EXPECT_EQ(toUtf8(language), "");
    EXPECT_EQ(toUtf8(folder), "");
    EXPECT_EQ(toStrings(packs), std::vector<std::string>{"drafting"});
    EXPECT_EQ(toStrings(rules), std::vector<std::string>{switchedOffRule});

    // And the page shows them again.
    OptionsPage page(office);
    ASSERT_TRUE(page.dialogEvent("initialize"));
    EXPECT_EQ(page.text("Author"), "A. Reviewer");
    EXPECT_EQ(page.selection("Severity"), std::vector<int>{2});
    EXPECT_EQ(page.label(2).rfind(std::string(kOff) + switchedOffRule + " (", 0), 0u)
        << page.label(2);
    EXPECT_GE(page.row(std::string(kOff) + "Rule pack: drafting"), 0);
}

TEST_F(OptionsPageTest, NamesTheBrokenUserRuleFileAndLineAndKeepsTheGoodRules) {
    const fs::path pack = dir_ / "my-rules";
    fs::create_directories(pack);
    std::ofstream(pack / "pack.yaml") << "name: my-pack\n"
                                         "version: 1.0.0\n"
                                         "languages: [en]\n"
                                         "description: A reviewer's own rules.\n";
    std::ofstream(pack / "good.yaml")
        << "rules:\n"
           "  - id: my-good-rule\n"
           "    kind: flag\n"
           "    category: vague-offence\n"
           "    severity: high\n"
           "    languages: [en]\n"
           "    pattern: ['public morals']\n"
           "    message: 'Offence built on \"{match}\".'\n"
           "    rationale: Morals are not a defined harm.\n"
           "    suggestion: Define the harm.\n"
           "    references: [ICCPR art. 19(3)]\n"
           "    examples:\n"
           "      flag: ['Whoever offends [[public morals]] is punished.']\n"
           "      pass: ['Whoever forges documents is punished.']\n";
    // A rule that reuses a shipped rule's id: named with the shipped file, and not loaded.
    std::ofstream(pack / "dup.yaml")
        << "rules:\n"
           "  - id: false-information-offence\n"
           "    kind: flag\n"
           "    category: vague-offence\n"
           "    severity: high\n"
           "    languages: [en]\n"
           "    pattern: ['fake news']\n"
           "    message: 'Mine.'\n"
           "    rationale: r\n"
           "    suggestion: s\n"
           "    references: [r]\n"
           "    examples:\n"
           "      flag: ['Whoever spreads [[fake news]] is punished.']\n"
           "      pass: ['Whoever forges documents is punished.']\n";
    // A list that is never closed: YAML notices at line 7.
    std::ofstream(pack / "broken.yaml") << "rules:\n"
                                           "  - id: my-broken-rule\n"
                                           "    kind: flag\n"
                                           "    category: vague-offence\n"
                                           "    severity: high\n"
                                           "    pattern: ['unclosed\n"
                                           "    message: 'Broken.'\n";

    cli::OfficeSession office(options(dir_ / "profile"));
    setConfig(office.remoteContext(), kSettings, "UserRulesFolder", Any(toOUString(pack.string())));
    {
        OptionsPage page(office);
        ASSERT_TRUE(page.dialogEvent("initialize"));
        EXPECT_EQ(page.text("Folder"), pack.string());
        const std::string problems = page.label("Problems");
        EXPECT_NE(problems.find("broken.yaml:7:"), std::string::npos) << problems;
        EXPECT_EQ(problems.find("good.yaml"), std::string::npos) << problems;
        EXPECT_NE(
            problems.find("dup.yaml:2:1: false-information-offence: duplicate rule id: already "
                          "defined at "),
            std::string::npos)
            << problems;
        EXPECT_EQ(page.row("Mine."), -1);
        // The good rule of the same pack is in the tree after the shipped ones.
        const int ownPack = page.row(std::string(kOn) + "Rule pack: my-pack");
        ASSERT_GT(ownPack, 0);
        EXPECT_EQ(page.label(ownPack + 1), std::string(kOn) + "Vague offence");
        EXPECT_EQ(page.label(ownPack + 2),
                  std::string(kOn) + "my-good-rule (High; en): Offence built on \"\u2026\".");
        EXPECT_EQ(page.row("my-broken-rule"), -1);

        // Emptying the folder field and leaving it clears the problems and the user's rules.
        page.setText("Folder", "");
        ASSERT_TRUE(page.pageEvent("folderChanged"));
        EXPECT_EQ(page.label("Problems"), "");
        EXPECT_EQ(page.row("my-pack"), -1);
        // Typing it back loads it again.
        page.setText("Folder", pack.string());
        ASSERT_TRUE(page.pageEvent("folderChanged"));
        EXPECT_NE(page.label("Problems").find("broken.yaml:7:"), std::string::npos);
        // Browse opens the office's folder picker; headless, the office cancels every dialog at
        // once, so all that can be checked here is that it returns and changes nothing.
        ASSERT_TRUE(page.pageEvent("browse"));
        EXPECT_EQ(page.text("Folder"), pack.string());
    }

    // The labels follow the office's UI language (set here as a French office would have it).
    setConfig(office.remoteContext(), "/org.openoffice.Setup/L10N", "ooLocale",
              Any(rtl::OUString("fr-FR")));
    OptionsPage page(office);
    ASSERT_TRUE(page.dialogEvent("initialize"));
    EXPECT_EQ(page.label("AuthorLabel"), "Auteur des commentaires\u00a0:");
    EXPECT_EQ(page.items("Severity"), (std::vector<std::string>{"Faible", "Moyenne", "Élevée"}));
    EXPECT_EQ(page.label(0), std::string(kOn) + "Jeu de règles\u00a0: cybercrime-treaty");
    EXPECT_EQ(page.label(1), std::string(kOn) + "Infraction vague");
}

// The search box keeps in the tree only the rules whose id, message or category holds the
// words, whatever their case; a rule switched while hidden or shown keeps its state.
TEST_F(OptionsPageTest, SearchFiltersTheTreeAndKeepsTheStatesOfHiddenRules) {
    cli::OfficeSession office(options(dir_ / "profile"));
    OptionsPage page(office);
    ASSERT_TRUE(page.dialogEvent("initialize"));
    const std::size_t all = page.rows().size();

    page.search("FALSE-Information");
    auto rows = page.rows();
    ASSERT_EQ(rows.size(), 3u);  // pack, category, rule
    EXPECT_EQ(rows[0].label, std::string(kOn) + "Rule pack: cybercrime-treaty");
    EXPECT_EQ(rows[1].label, std::string(kOn) + "Vague offence");
    EXPECT_EQ(ruleIdOf(rows[2].label), "false-information-offence");
    // Switched off while filtered: the pack shows the state of what is shown.
    page.selectAndPressSpace(2);
    EXPECT_TRUE(startsWith(page.label(2), kOff));
    EXPECT_TRUE(startsWith(page.label(0), kOff));

    // By the category's words, and by words of the message.
    page.search("power without safeguards");
    rows = page.rows();
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows[1].label, std::string(kOn) + "Power without safeguards");
    for (const auto& row : rows) EXPECT_EQ(row.label.find("Vague offence"), std::string::npos);
    page.search("truth and falsity");
    ASSERT_EQ(page.rows().size(), 3u);
    EXPECT_TRUE(startsWith(page.label(2), std::string(kOff) + "false-information-offence ("));

    // Nothing found: an empty tree, and the description says so.
    page.search("no-such-rule-anywhere");
    EXPECT_TRUE(page.rows().empty());
    EXPECT_EQ(page.text("Description"), "No rule matches \u201cno-such-rule-anywhere\u201d.");

    // The search cleared: every rule back, the one switched off still off.
    page.search("");
    EXPECT_EQ(page.rows().size(), all);
    const int rule = page.row(" false-information-offence (");
    ASSERT_GT(rule, 0);
    EXPECT_TRUE(startsWith(page.label(rule), kOff)) << page.label(rule);
    EXPECT_TRUE(startsWith(page.label(0), kMixed)) << page.label(0);
}

// Restore defaults puts every setting of the page back to the schema's defaults (those a new
// profile reads), and OK stores them.
TEST_F(OptionsPageTest, RestoreDefaultsResetsEverySettingOnThePage) {
    cli::OfficeSession office(options(dir_ / "profile"));
    Reference<css::uno::XComponentContext> context = office.remoteContext();
    const auto stored = [&] {
        Reference<css::container::XNameAccess> node(configNode(context, kSettings, false),
                                                    UNO_QUERY_THROW);
        std::vector<std::string> values;
        for (const char* name : {"Author", "MinSeverity", "Language", "UserRulesFolder"}) {
            rtl::OUString value;
            node->getByName(rtl::OUString::createFromAscii(name)) >>= value;
            values.push_back(toUtf8(value));
        }
        for (const char* name : {"DisabledPacks", "DisabledRules"}) {
            Sequence<rtl::OUString> list;
            node->getByName(rtl::OUString::createFromAscii(name)) >>= list;
            values.push_back(std::to_string(list.getLength()));
        }
        return values;
    };
    const std::vector<std::string> defaults = stored();
    EXPECT_EQ(defaults, (std::vector<std::string>{"Proviso", "medium", "", "", "0", "0"}));

    const fs::path folder = dir_ / "empty-folder";
    fs::create_directories(folder);
    {
        OptionsPage page(office);
        ASSERT_TRUE(page.dialogEvent("initialize"));
        page.setText("Author", "Someone");
        page.select("Severity", {2});
        page.select("Language", {2});
        page.setText("Folder", folder.string());
        ASSERT_TRUE(page.pageEvent("folderChanged"));
        page.selectAndPressSpace(page.row("Rule pack: drafting"));
        page.selectAndPressSpace(2);
        ASSERT_TRUE(page.dialogEvent("ok"));
    }
    ASSERT_NE(stored(), defaults);

    OptionsPage page(office);
    ASSERT_TRUE(page.dialogEvent("initialize"));
    EXPECT_TRUE(startsWith(page.label(2), kOff));
    page.search("drafting");
    ASSERT_TRUE(page.pageEvent("restoreDefaults"));
    // On the page at once...
    EXPECT_EQ(page.text("Author"), "Proviso");
    EXPECT_EQ(page.selection("Severity"), std::vector<int>{1});
    EXPECT_EQ(page.selection("Language"), std::vector<int>{0});
    EXPECT_EQ(page.text("Folder"), "");
    EXPECT_EQ(page.text("Search"), "");
    for (const auto& row : page.rows()) EXPECT_TRUE(startsWith(row.label, kOn)) << row.label;
    // ... and stored on OK.
    ASSERT_TRUE(page.dialogEvent("ok"));
    EXPECT_EQ(stored(), defaults);
}

// The mouse: a click on a node's box switches it, a click on its words only selects it, a
// double-click on a rule switches it.
TEST_F(OptionsPageTest, ClickOnTheBoxOrDoubleClickOnARuleSwitchesIt) {
    cli::OfficeSession office(options(dir_ / "profile"));
    OptionsPage page(office);
    ASSERT_TRUE(page.dialogEvent("initialize"));
    // Row 1 is the first category, row 2 its first rule; 3 px in is on the box, 60 px on words.
    struct Click {
        int row, x, clicks;
        const char* rule;      // the rule's box after the click
        const char* category;  // the category's box after it
    };
    for (const Click& c : {Click{2, 3, 1, kOff, kMixed}, Click{2, 3, 1, kOn, kOn},
                           Click{2, 60, 1, kOn, kOn}, Click{2, 60, 2, kOff, kMixed},
                           // a category: its box switches its rules, a double-click does not
                           Click{1, 60, 2, kOff, kMixed}, Click{1, 3, 1, kOn, kOn}}) {
        page.click(c.row, c.x, c.clicks);
        EXPECT_TRUE(startsWith(page.label(2), c.rule))
            << c.row << "," << c.x << ": " << page.label(2);
        EXPECT_TRUE(startsWith(page.label(1), c.category))
            << c.row << "," << c.x << ": " << page.label(1);
    }
}

// A rule switched off in the tree (Space, then OK) is left out of the next check.
TEST_F(OptionsPageTest, RuleSwitchedOffInTheTreeIsLeftOutOfTheNextCheck) {
    testing::unoTest([&] {
        cli::OfficeSession office(options(dir_ / "profile"));
        OptionsPage page(office);
        const auto doc = page.document();
        doc->getText()->setString(
            "Article 1\nAny person who publishes false news likely to cause public alarm commits "
            "an offence.");
        const auto check = [&] {
            Sequence<css::beans::PropertyValue> quietly(1);
            quietly.getArray()[0].Name = "Interactive";
            quietly.getArray()[0].Value <<= false;
            const testing::Outcome outcome =
                testing::dispatch(office.remoteContext(), doc, "org.proviso:check", quietly);
            EXPECT_EQ(outcome.status(), "ok") << outcome.text("Message");
            return commentsOf(doc, "false-information-offence");
        };
        ASSERT_GE(check(), 1u);

        ASSERT_TRUE(page.dialogEvent("initialize"));
        const int rule = page.row(" false-information-offence (");
        ASSERT_GT(rule, 0);
        page.selectAndPressSpace(rule);
        ASSERT_TRUE(startsWith(page.label(rule), kOff));
        ASSERT_TRUE(page.dialogEvent("ok"));
        EXPECT_EQ(check(), 0u);
    });
}

}  // namespace
}  // namespace proviso
