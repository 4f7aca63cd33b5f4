// The Proviso deck in Writer's sidebar: every Proviso comment of the document as a list in
// document order, with counts, filters by level of risk and by concern, Previous and Next, and
// a Check Document button. The list is read from the comments themselves, so it is the same
// after reopening the document; it follows Proviso's commands (they announce their changes) and
// a person's edits (deleting a comment dismisses its finding).
//
// Registered by extension/Sidebar.xcu (the deck and panel, Writer only) and
// extension/Factories.xcu (the factory's name in the panel's URL).
#pragma once

#include <com/sun/star/uno/XInterface.hpp>

namespace proviso::uno {

namespace css = ::com::sun::star;

// The resource URL of the findings panel, as Sidebar.xcu names it.
inline constexpr const char* kFindingsPanelUrl =
    "private:resource/toolpanel/ProvisoPanels/Findings";

// Tells the panels of `document` that a Proviso command changed its comments: they read them
// again at once. Call on the office's main thread, after the command's undo step is closed.
void announceFindingsChanged(const css::uno::Reference<css::uno::XInterface>& document);

// While one lives, panels leave the document's edits alone: a Proviso command is writing,
// and will announce what it changed when it is done.
class CommandInProgress {
public:
    CommandInProgress();
    ~CommandInProgress();
    CommandInProgress(const CommandInProgress&) = delete;
    CommandInProgress& operator=(const CommandInProgress&) = delete;
};

}  // namespace proviso::uno
