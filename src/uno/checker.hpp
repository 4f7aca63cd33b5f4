// What Check document, Check selection and Clear do to a Writer document, shared by the menu
// commands (dispatcher.cpp) and the XScanner API (scanner.cpp), so that the command line and a
// reviewer's Writer run exactly the same code.
#pragma once

#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annotation_writer.hpp"
#include "proviso/concepts.hpp"
#include "proviso/engine.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/report/concern.hpp"
#include "writer_text.hpp"

namespace proviso::uno {

struct CheckConfig {
    std::vector<const Rule*> rules;
    // Scans with this engine (built for `rules`) when set; otherwise with one built for the
    // occasion. Building one compiles every pattern: keep it between commands.
    std::shared_ptr<const Engine> engine;
    // The concepts of the rules' packs, for Compare to tell the safeguards a draft states;
    // none: no safeguard is compared.
    const Vocabulary* vocabulary = nullptr;
    ScanOptions options;
    std::string author = kCommentAuthor;
    std::string uiLanguage = "en";  // of the undo step's title
};

// Told how far a long command has got: a text for the status bar and a percentage.
using ProgressFn = std::function<void(report::Text stage, int percent)>;

struct CheckOutcome {
    WriterDocument source;
    std::vector<Finding> findings;  // in scope (the document or the selection), document order
    // The findings told once per rule per provision, as comments and table rows tell them;
    // their rules are those of the config, which must outlive them.
    std::vector<report::Concern> concerns;
    CommentChanges changes;
    int notCommented = 0;  // in protected text, or with no place off a tracked change
    // Concerns by severity, those dismissed or switched off in the document left out.
    int high = 0, medium = 0, low = 0;
    double readSeconds = 0, engineSeconds = 0, writeSeconds = 0;
};

// Scans the document. With `annotate`, brings Proviso's comments in line with the findings as
// one undo step (see EditSession); on failure everything done is undone and the error rethrown.
// `selection`, when not empty, limits the findings and the comments touched to those ranges.
CheckOutcome checkDocument(const css::uno::Reference<css::text::XTextDocument>& doc,
                           const CheckConfig& config, bool annotate,
                           const std::vector<css::uno::Reference<css::text::XTextRange>>& selection,
                           const ProgressFn& progress);

// Removes Proviso's comments (those by Proviso or `author`) that no person worked on, as one
// undo step; those edited or replied to are kept and counted.
ClearResult clearDocument(const css::uno::Reference<css::text::XTextDocument>& doc,
                          const std::string& author, const std::string& uiLanguage = "en");

// The Proviso comment whose flagged words hold `at` (a collapsed view cursor or a selection),
// with what its tag says; nullopt when `at` is in none.
struct CommentAt {
    std::string ruleId;
    std::string fingerprint;  // may be empty in comments from before fingerprints
    css::uno::Reference<css::text::XTextContent> field;
    std::string content;    // the comment's text as it is now
    std::string words;      // the flagged words it covers
    bool workedOn = false;  // a person edited it or replied to it
};
std::optional<CommentAt> provisoCommentAt(const css::uno::Reference<css::text::XTextDocument>& doc,
                                          const css::uno::Reference<css::text::XTextRange>& at,
                                          const std::string& author);

// Ignore this finding: the document remembers the comment's finding as dismissed (later checks
// do not add it again while it is unchanged) and the comment goes, as one undo step.
void ignoreFinding(const css::uno::Reference<css::text::XTextDocument>& doc,
                   const CommentAt& comment, const std::string& uiLanguage);

// Disable a rule in this document: remembered in the document; the rule's comments that no
// person worked on are removed (one undo step). Returns how many were removed.
int disableRuleInDocument(const css::uno::Reference<css::text::XTextDocument>& doc,
                          const std::string& ruleId, const std::string& author,
                          const std::string& uiLanguage);

// Restore dismissed findings: the document forgets what was dismissed and the rules disabled
// in it, so the next check adds them again. Returns how many entries were forgotten.
int restoreDismissed(const css::uno::Reference<css::text::XTextDocument>& doc);

// Runs `edit` as one of Proviso's steps on the document: one undo step titled `title`, the
// document's record handed to `edit` to change and written after, both undone on failure
// (and the error rethrown), and undo or redo of the step taking the record with it. Returns the
// record as the step left it.
report::DocumentRecord editAsOneStep(const css::uno::Reference<css::text::XTextDocument>& doc,
                                     const std::string& title,
                                     const std::function<void(report::DocumentRecord&)>& edit);

// Whether the document may be changed at all (not opened read-only).
bool isReadOnly(const css::uno::Reference<css::text::XTextDocument>& doc);

}  // namespace proviso::uno
