// What a reviewer can do with one flagged passage, from the context menu (context_menu.cpp) or
// Tools > Proviso: explain the finding, ignore it, disable its rule in this document or
// everywhere, and restore what was dismissed. The dispatcher routes the org.proviso: URLs here
// and turns the result into an infobar and the dispatch result; the document work itself is
// done by checker.hpp's actions, so that the menu and the tests run the same code.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <utility>
#include <vector>

#include "proviso/report/catalogue.hpp"

namespace proviso::uno {

namespace css = ::com::sun::star;

enum class FindingAction { Explain, Ignore, DisableRule, DisableRuleEverywhere, RestoreDismissed };

// Where an action runs: the document and its view, and whether a person is there to see a
// dialog (a test dispatches with Interactive=false, and must never wait on one).
struct ActionPlace {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::text::XTextDocument> doc;
    std::string uiLanguage = "en";
    bool interactive = true;
};

// What an action did: `status` ("ok", "no-finding", "read-only") and the values a caller of the
// dispatch receives; `message` for the person, shown in the infobar (InfobarType `infobarType`).
struct ActionResult {
    std::string status;
    std::string message;
    sal_Int16 infobarType = 0;
    std::vector<std::pair<std::string, css::uno::Any>> values;
    // Where the message is shown: the view of a document the action opened (an exercise); empty
    // for the document it ran on.
    css::uno::Reference<css::frame::XController> showIn;
};

// A result with its status and the message for the infobar.
ActionResult told(std::string status, std::string message, sal_Int16 type);

// Runs `action` on the Proviso comment at the view cursor (none needed to restore). Throws
// UNO or standard exceptions on failure; the dispatcher turns them into a message.
ActionResult runFindingAction(FindingAction action, const ActionPlace& place);

}  // namespace proviso::uno
