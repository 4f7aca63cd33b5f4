// What the Writer commands tell the user (progress texts, the message at the end, errors), in
// the office's user interface language: English, French or Spanish. No UNO here, so that the
// wording is tested without an office.
#pragma once

#include <string>
#include <vector>

namespace proviso::uno {

enum class Msg {
    ProgressReading,   // status bar while the text is read
    ProgressChecking,  // ... while the rules run
    ProgressComments,  // ... while comments are written
    NoRiskFound,       // "no risky language found"
    FindingsSummary,   // {0} findings: {1} high, {2} medium, {3} low
    InSelection,       // appended when only the selection was checked
    CommentChanges,    // {0} comments added, {1} kept, {2} removed
    NotCommented,      // {0} findings in protected text or a long tracked change: no comment
    ReadOnly,          // the document is read-only; nothing changed
    NoSelection,       // nothing selected
    Cleared,           // {0} Proviso comments removed
    NothingToClear,    // no Proviso comments in the document
    RuleProblems,      // {0} problems in rule files; the first: {1}
    TableWritten,      // findings table of {0}: {1} findings
    Failed,            // Proviso could not finish: {0}. The document is as it was.
    NotTextDocument,   // Proviso works on text documents
    Busy,              // another Proviso command is still running
    UndoCheck,         // the undo step of Check document (Edit > Undo: ...)
    UndoCheckSelection,
    UndoClear,
};

// `text` with {0}, {1}, ... replaced by `args` (an argument's own braces are left alone).
std::string fillPlaceholders(std::string text, const std::vector<std::string>& args);

// The message in `language` ("en", "fr", "es"; anything else is English), with {0}, {1}, ...
// replaced by `args`.
std::string message(Msg id, const std::string& language, const std::vector<std::string>& args = {});

// The message at the end of a check: "no risky language found", or the findings by severity.
std::string findingsSummary(int high, int medium, int low, bool selectionOnly,
                            const std::string& language);

}  // namespace proviso::uno
