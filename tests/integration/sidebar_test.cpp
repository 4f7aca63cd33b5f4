// The Proviso deck in Writer's sidebar (issue 12), in a real LibreOffice with the real extension,
// on the English bill opened with a view. The panel is made as the sidebar makes it: by the
// office's UI element factory manager, from the URL Sidebar.xcu names, in the document's frame;
// its controls are then used as a person's clicks use them (a list entry selected, a button
// pressed through its accessible action, as assistive technology presses it).
#include <gtest/gtest.h>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/view/XViewSettingsSupplier.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
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
using testing::controllerOf;
using testing::Outcome;
using testing::unoTest;
using uno::toUtf8;

const char* const kPanelUrl = "private:resource/toolpanel/ProvisoPanels/Findings";

// A Proviso comment as the document has it: its field, its words, its text.
struct Comment {
    Reference<css::text::XTextContent> field;
    std::string words, content;
};

std::vector<Comment> provisoComments(const Reference<css::text::XTextDocument>& doc) {
    std::vector<Comment> out;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY_THROW);
        rtl::OUString author, content;
        props->getPropertyValue("Author") >>= author;
        props->getPropertyValue("Content") >>= content;
        if (author != "Proviso") continue;
        Reference<css::text::XTextContent> field(info, UNO_QUERY_THROW);
        out.push_back({field, toUtf8(field->getAnchor()->getString()), toUtf8(content)});
    }
    return out;
}

// The panel's controls, by the names the panel gives them.
struct Panel {
    Reference<css::ui::XUIElement> element;
    Reference<css::awt::XControlContainer> controls;

    Reference<css::awt::XListBox> list(const char* name = "Findings") const {
        return Reference<css::awt::XListBox>(controls->getControl(toOUString(name)),
                                             UNO_QUERY_THROW);
    }
    std::string text(const char* name) const {
        Reference<css::awt::XControl> control = controls->getControl(toOUString(name));
        Reference<css::awt::XTextComponent> edit(control, UNO_QUERY);
        if (edit.is()) return toUtf8(edit->getText());
        Reference<css::beans::XPropertySet> model(control->getModel(), UNO_QUERY_THROW);
        rtl::OUString label;
        model->getPropertyValue("Label") >>= label;
        return toUtf8(label);
    }
    // Presses a button as assistive technology does: its accessible "click" action.
    void press(const char* name) const {
        Reference<css::accessibility::XAccessible> accessible(
            controls->getControl(toOUString(name)), UNO_QUERY_THROW);
        Reference<css::accessibility::XAccessibleAction> action(accessible->getAccessibleContext(),
                                                                UNO_QUERY_THROW);
        ASSERT_GT(action->getAccessibleActionCount(), 0) << name;
        action->doAccessibleAction(0);
    }
    void dispose() const {
        Reference<css::lang::XComponent> component(element, UNO_QUERY);
        if (component.is()) component->dispose();
    }
    static rtl::OUString toOUString(const char* s) { return rtl::OUString::createFromAscii(s); }
};

// The words selected in the document's view.
std::string viewSelection(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::text::XTextViewCursorSupplier> view(controllerOf(doc), UNO_QUERY_THROW);
    return toUtf8(view->getViewCursor()->getString());
}

// The Proviso comment whose text the panel shows for the selected row.
const Comment* commentShown(const std::vector<Comment>& comments, const Panel& panel) {
    const std::string detail = panel.text("Detail");
    for (const Comment& c : comments) {
        if (c.content == detail) return &c;
    }
    return nullptr;
}

// After a button press (whose listeners the office calls once idle, without holding its lock):
// waits, at most 10 s, until row `pos` is chosen, the panel shows a Proviso comment's text and
// the view has that comment's words selected; returns the comment, or null if that never came.
const Comment* settledOn(const Reference<css::text::XTextDocument>& doc,
                         const std::vector<Comment>& comments, const Panel& panel, sal_Int16 pos) {
    for (int i = 0; i < 100; ++i) {
        if (panel.list()->getSelectedItemPos() == pos) {
            const Comment* shown = commentShown(comments, panel);
            if (shown != nullptr && viewSelection(doc) == shown->words) return shown;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return nullptr;
}

class SidebarTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { office_ = testing::startSuite("sidebar", dir_, {"bill"}); }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    static Reference<css::text::XTextDocument> openCopy(const std::string& name) {
        const fs::path copy = dir_ / (name + ".odt");
        fs::copy_file(dir_ / "bill.odt", copy, fs::copy_options::overwrite_existing);
        return office_->open(copy, {.withView = true});
    }
    static Outcome dispatch(const Reference<css::text::XTextDocument>& doc, const char* url) {
        Sequence<css::beans::PropertyValue> quietly(1);
        quietly.getArray()[0].Name = "Interactive";
        quietly.getArray()[0].Value <<= false;
        return testing::dispatch(office_->remoteContext(), doc, url, quietly);
    }
    // The findings panel for the document's frame, made as the sidebar makes it.
    static Panel panelFor(const Reference<css::text::XTextDocument>& doc) {
        auto context = office_->remoteContext();
        Reference<css::ui::XUIElementFactory> factories(
            context->getValueByName("/singletons/com.sun.star.ui.theUIElementFactoryManager"),
            UNO_QUERY_THROW);
        Reference<css::frame::XFrame> frame = controllerOf(doc)->getFrame();
        Sequence<css::beans::PropertyValue> args(2);
        args.getArray()[0].Name = "Frame";
        args.getArray()[0].Value <<= frame;
        args.getArray()[1].Name = "ParentWindow";
        args.getArray()[1].Value <<= frame->getContainerWindow();
        Panel panel;
        panel.element = factories->createUIElement(rtl::OUString::createFromAscii(kPanelUrl), args);
        Reference<css::ui::XToolPanel> tool(panel.element->getRealInterface(), UNO_QUERY_THROW);
        panel.controls.set(tool->getWindow(), UNO_QUERY_THROW);
        return panel;
    }

    static inline std::unique_ptr<cli::OfficeSession> office_;
    static inline fs::path dir_;
};

// Sidebar.xcu puts the deck and its panel in Writer and nowhere else, and the panel's URL leads
// to Proviso's factory, which makes a sized panel for a text document's frame.
TEST_F(SidebarTest, DeckIsRegisteredForWriterAndItsPanelIsMadeForATextDocument) {
    unoTest([&] {
        auto context = office_->remoteContext();
        auto provider = css::configuration::theDefaultProvider::get(context);
        Sequence<Any> path(1);
        path.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", Any(rtl::OUString("/org.openoffice.Office.UI.Sidebar/Content")));
        Reference<css::container::XNameAccess> content(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  path),
            UNO_QUERY_THROW);
        Reference<css::container::XNameAccess> decks(content->getByName("DeckList"),
                                                     UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> deck(decks->getByName("ProvisoDeck"), UNO_QUERY_THROW);
        Sequence<rtl::OUString> contextList;
        rtl::OUString url, deckId;
        deck->getPropertyValue("ContextList") >>= contextList;
        rtl::OUString contexts;
        for (const auto& c : contextList) contexts += c + ";";
        EXPECT_NE(toUtf8(contexts).find("Writer"), std::string::npos) << toUtf8(contexts);
        for (const char* other : {"Calc", "Impress", "Draw"}) {
            EXPECT_EQ(toUtf8(contexts).find(other), std::string::npos) << toUtf8(contexts);
        }
        Reference<css::container::XNameAccess> panels(content->getByName("PanelList"),
                                                      UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> entry(panels->getByName("ProvisoFindingsPanel"),
                                                  UNO_QUERY_THROW);
        entry->getPropertyValue("ImplementationURL") >>= url;
        entry->getPropertyValue("DeckId") >>= deckId;
        EXPECT_EQ(toUtf8(url), kPanelUrl);
        EXPECT_EQ(toUtf8(deckId), "ProvisoDeck");

        // Tools > Proviso > Findings Panel opens this deck with the office's own command.
        Sequence<Any> menuPath(1);
        menuPath.getArray()[0] <<= css::beans::NamedValue(
            "nodepath", Any(rtl::OUString("/org.openoffice.Office.Addons/AddonUI/"
                                          "OfficeMenuBarMerging/org.proviso.writer/S1/MenuItems/"
                                          "M1/Submenu")));
        Reference<css::container::XNameAccess> menu(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  menuPath),
            UNO_QUERY_THROW);
        bool opensDeck = false;
        for (const auto& name : menu->getElementNames()) {
            Reference<css::beans::XPropertySet> item(menu->getByName(name), UNO_QUERY_THROW);
            rtl::OUString command;
            item->getPropertyValue("URL") >>= command;
            opensDeck |= command == ".uno:SidebarDeck.ProvisoDeck";
        }
        EXPECT_TRUE(opensDeck);

        auto doc = openCopy("registered");
        const Panel panel = panelFor(doc);
        Reference<css::ui::XSidebarPanel> sized(panel.element->getRealInterface(), UNO_QUERY_THROW);
        EXPECT_GT(sized->getMinimalWidth(), 0);
        EXPECT_GT(sized->getHeightForWidth(300).Minimum, 0);
        EXPECT_EQ(panel.list()->getItemCount(), 0);  // nothing checked yet
        EXPECT_NE(panel.text("Detail").find("Check Document"), std::string::npos)
            << panel.text("Detail");

        // Its Check Document button checks the document, and the list shows what it found.
        panel.press("Check");
        for (int i = 0; i < 200 && panel.list()->getItemCount() == 0; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        EXPECT_GT(panel.list()->getItemCount(), 0);
        EXPECT_EQ(static_cast<std::size_t>(panel.list()->getItemCount()),
                  provisoComments(doc).size());
        panel.dispose();
        cli::OfficeSession::close(doc);
    });
}

// A check fills the list, one row per Proviso comment, in document order with its provision;
// the counts say as much; Clear empties it again.
TEST_F(SidebarTest, ListHasOneRowPerCommentAndClearEmptiesIt) {
    unoTest([&] {
        auto doc = openCopy("rows");
        const Panel panel = panelFor(doc);
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        const auto comments = provisoComments(doc);
        ASSERT_GE(comments.size(), 3u);
        auto list = panel.list();
        EXPECT_EQ(static_cast<std::size_t>(list->getItemCount()), comments.size());
        EXPECT_NE(panel.text("Counts").find(std::to_string(comments.size()) + " comments"),
                  std::string::npos)
            << panel.text("Counts");
        // In document order: the bill's Section 24 before its Section 19.
        sal_Int16 section24 = -1, section19 = -1;
        for (sal_Int16 i = 0; i < list->getItemCount(); ++i) {
            const std::string row = toUtf8(list->getItem(i));
            if (section24 < 0 && row.find("Section 24") != std::string::npos) section24 = i;
            if (row.find("Section 19") != std::string::npos) section19 = i;
        }
        EXPECT_GE(section24, 0);
        EXPECT_GT(section19, section24);

        ASSERT_EQ(dispatch(doc, "org.proviso:clear").status(), "ok");
        EXPECT_EQ(list->getItemCount(), 0);
        EXPECT_TRUE(provisoComments(doc).empty());
        panel.dispose();
        cli::OfficeSession::close(doc);
    });
}

// Choosing a row selects its comment's words in the view and shows the comment's text; Next
// and Previous walk the rows in order, selecting each one's words.
TEST_F(SidebarTest, SelectingARowOrNextPutsTheViewOnTheFlaggedWords) {
    unoTest([&] {
        auto doc = openCopy("navigate");
        const Panel panel = panelFor(doc);
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        const auto comments = provisoComments(doc);
        auto list = panel.list();
        ASSERT_GE(list->getItemCount(), 3);

        // With the comments hidden (View > Comments), choosing a row shows them again.
        Reference<css::view::XViewSettingsSupplier> viewSettings(controllerOf(doc),
                                                                 UNO_QUERY_THROW);
        viewSettings->getViewSettings()->setPropertyValue("ShowAnnotations", Any(false));
        list->selectItemPos(2, true);  // as a click on the third row
        bool commentsShown = false;
        viewSettings->getViewSettings()->getPropertyValue("ShowAnnotations") >>= commentsShown;
        EXPECT_TRUE(commentsShown);
        const Comment* third = commentShown(comments, panel);
        ASSERT_NE(third, nullptr) << panel.text("Detail");
        EXPECT_EQ(viewSelection(doc), third->words);
        EXPECT_EQ(panel.text("Position"), "3 of " + std::to_string(comments.size()));

        panel.press("Next");
        const Comment* fourth = settledOn(doc, comments, panel, 3);
        ASSERT_NE(fourth, nullptr)
            << "row " << list->getSelectedItemPos() << ", view on \"" << viewSelection(doc) << '"';
        EXPECT_NE(fourth, third);

        panel.press("Previous");
        ASSERT_NE(settledOn(doc, comments, panel, 2), nullptr);
        panel.press("Previous");
        const Comment* second = settledOn(doc, comments, panel, 1);
        ASSERT_NE(second, nullptr)
            << "row " << list->getSelectedItemPos() << ", view on \"" << viewSelection(doc) << '"';
        EXPECT_NE(second, third);
        panel.dispose();
        cli::OfficeSession::close(doc);
    });
}

// The filters narrow the list to one level of risk or one concern, and back.
TEST_F(SidebarTest, FiltersNarrowTheList) {
    unoTest([&] {
        auto doc = openCopy("filters");
        const Panel panel = panelFor(doc);
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        auto list = panel.list();
        const sal_Int16 all = list->getItemCount();
        auto levels = panel.list("LevelFilter");
        ASSERT_EQ(toUtf8(levels->getItem(1)), "High");
        levels->selectItemPos(1, true);
        const sal_Int16 high = list->getItemCount();
        for (sal_Int16 i = 0; i < high; ++i) {
            EXPECT_EQ(toUtf8(list->getItem(i)).rfind("High", 0), 0u) << toUtf8(list->getItem(i));
        }
        levels->selectItemPos(2, true);
        const sal_Int16 medium = list->getItemCount();
        EXPECT_GT(high, 0);
        EXPECT_GT(medium, 0);  // the bill has both
        EXPECT_LT(high, all);
        levels->selectItemPos(0, true);
        EXPECT_EQ(list->getItemCount(), all);

        auto categories = panel.list("CategoryFilter");
        ASSERT_GE(categories->getItemCount(), 2);  // "All concerns" and at least one
        categories->selectItemPos(1, true);
        EXPECT_GT(list->getItemCount(), 0);
        EXPECT_LE(list->getItemCount(), all);
        panel.dispose();
        cli::OfficeSession::close(doc);
    });
}

// Ignore this finding, run on the words a row selected, takes its row away at once; an Undo
// (which Proviso does not announce) brings it back once the office is idle; the list is read
// from the comments, so after saving and reopening it is the same.
TEST_F(SidebarTest, ListFollowsDismissalAndUndoAndSurvivesReopening) {
    unoTest([&] {
        auto doc = openCopy("follows");
        Panel panel = panelFor(doc);
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        const sal_Int16 before = panel.list()->getItemCount();
        ASSERT_EQ(static_cast<std::size_t>(before), provisoComments(doc).size());

        panel.list()->selectItemPos(1, true);
        const std::string dismissed = toUtf8(panel.list()->getItem(1));
        ASSERT_EQ(dispatch(doc, "org.proviso:ignore").status(), "ok");
        EXPECT_EQ(panel.list()->getItemCount(), before - 1);
        EXPECT_NE(toUtf8(panel.list()->getItem(1)), dismissed);

        testing::dispatch(office_->remoteContext(), doc, ".uno:Undo");
        // The panel looks once the office's main loop is idle: wait for it, at most 20 s.
        for (int i = 0; i < 200 && panel.list()->getItemCount() != before; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        EXPECT_EQ(panel.list()->getItemCount(), before);
        EXPECT_EQ(toUtf8(panel.list()->getItem(1)), dismissed);

        const fs::path saved = dir_ / "follows-saved.odt";
        office_->saveAs(doc, saved);
        panel.dispose();
        cli::OfficeSession::close(doc);

        auto reopened = office_->open(saved, {.withView = true});
        panel = panelFor(reopened);
        EXPECT_EQ(panel.list()->getItemCount(), before);
        EXPECT_EQ(toUtf8(panel.list()->getItem(1)), dismissed);
        panel.dispose();
        cli::OfficeSession::close(reopened);
    });
}

// Closing the document under a live panel, then the panel, leaves the office working.
TEST_F(SidebarTest, ClosingTheDocumentUnderThePanelIsHarmless) {
    unoTest([&] {
        auto doc = openCopy("closing");
        const Panel panel = panelFor(doc);
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        cli::OfficeSession::close(doc);
        panel.dispose();
        auto other = openCopy("after");
        EXPECT_EQ(dispatch(other, "org.proviso:check").status(), "ok");
        cli::OfficeSession::close(other);
    });
}

}  // namespace
}  // namespace proviso
