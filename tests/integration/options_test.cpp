// Tools > Options > Proviso against a real headless LibreOffice with the real extension: the page
// is created from the installed Options.xdl by the office's own ContainerWindowProvider, the
// handler is the one the Options dialog would create (org.proviso.OptionsPage), and it is driven
// with the calls the Options dialog makes ("initialize", "ok", "back") and with the page's own
// button method ("toggle"). What "ok" stores is read back through the configuration API after
// the office is restarted on the same profile.
#include <gtest/gtest.h>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
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
        EXPECT_EQ(page.label("Toggle"), "Switch on/off");
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

        // Every shipped pack and rule is listed, switched on.
        const auto rules = page.items("Rules");
        ASSERT_GT(rules.size(), 10u);
        EXPECT_EQ(rules[0], "[on] pack: cybercrime-treaty");
        for (const auto& item : rules) EXPECT_TRUE(startsWith(item, "[on] ")) << item;
        const int drafting = page.find("Rules", "[on] pack: drafting");
        ASSERT_GT(drafting, 1);
        // The first rule of the first pack: "[on]        rule-id - message".
        const std::string& firstRule = rules[1];
        ASSERT_TRUE(startsWith(firstRule, "[on]        ")) << firstRule;
        switchedOffRule = firstRule.substr(12, firstRule.find(" - ") - 12);
        ASSERT_FALSE(switchedOffRule.empty());

        // Change what a reviewer would: author, severity, and one rule and one pack off.
        page.setText("Author", "  A. Reviewer ");
        page.select("Severity", {2});
        page.select("Rules", {1, drafting});
        ASSERT_TRUE(page.pageEvent("toggle"));
        const auto toggled = page.items("Rules");
        EXPECT_TRUE(startsWith(toggled[1], "[off]        " + switchedOffRule + " - "))
            << toggled[1];
        EXPECT_EQ(toggled[static_cast<std::size_t>(drafting)], "[off] pack: drafting");
        EXPECT_TRUE(startsWith(toggled[2], "[on] ")) << toggled[2];
        EXPECT_EQ(page.selection("Rules"), (std::vector<int>{1, drafting}));
        // Toggling twice switches back; once more leaves both off.
        ASSERT_TRUE(page.pageEvent("toggle"));
        EXPECT_TRUE(startsWith(page.items("Rules")[1], "[on] "));
        ASSERT_TRUE(page.pageEvent("toggle"));
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
    EXPECT_TRUE(startsWith(page.items("Rules")[1], "[off]        " + switchedOffRule));
    EXPECT_GE(page.find("Rules", "[off] pack: drafting"), 0);
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
        EXPECT_NE(problems.find("dup.yaml:2:1: false-information-offence: duplicate rule id: already "
                                "defined at "),
                  std::string::npos)
            << problems;
        EXPECT_EQ(page.find("Rules", "false-information-offence - Mine."), -1);
        // The good rule of the same pack is listed after the shipped ones, and can be switched.
        const int ownPack = page.find("Rules", "[on] pack: my-pack");
        ASSERT_GT(ownPack, 0);
        const int good = page.find("Rules", "my-good-rule - Offence built on");
        EXPECT_EQ(good, ownPack + 1);
        EXPECT_EQ(page.find("Rules", "my-broken-rule"), -1);

        // Emptying the folder field and leaving it clears the problems and the user's rules.
        page.setText("Folder", "");
        ASSERT_TRUE(page.pageEvent("folderChanged"));
        EXPECT_EQ(page.label("Problems"), "");
        EXPECT_EQ(page.find("Rules", "my-pack"), -1);
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
    EXPECT_EQ(page.items("Rules")[0], "[oui] jeu\u00a0: cybercrime-treaty");
}

}  // namespace
}  // namespace proviso
