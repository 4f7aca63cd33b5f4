// The words Proviso says to a person, in one place: every user-visible text of the Writer
// component and of the proviso command, in English, French, Spanish, Arabic, Russian and
// Chinese (simplified), written as ICU MessageFormat patterns so that numbers and plurals come
// out right in each language ("1 finding", "2 findings"; "1 constat", "2 constats"; Arabic's six
// forms, Russian's four). No UNO here: tested without an office.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "proviso/finding.hpp"

namespace proviso::report {

// One id per text. The catalogue (catalogue.cpp) has every id in every language; a test checks.
enum class Text {
    // Status bar while a command runs.
    ProgressReading,
    ProgressChecking,
    ProgressComments,
    // The infobar after a check. Arguments are numbers unless said otherwise.
    NoRiskFound,         // no findings
    FindingsSummary,     // {0} findings: {1} high, {2} medium, {3} low (plurals per count)
    InSelection,         // appended when only the selection was checked
    CommentChanges,      // {0} added, {1} kept, {2} removed
    NotCommented,        // {0} findings in protected text or a long tracked change
    DismissedCount,      // {0} findings dismissed earlier were not added again
    NoLongerFoundCount,  // {0} comments someone worked on are kept, marked "no longer found"
    ReadOnly,
    NoSelection,
    Cleared,    // {0} Proviso comments removed
    ClearKept,  // {0} Proviso comments kept because someone edited or replied to them
    NothingToClear,
    RuleProblems,  // {0} problems; {1} (text) the first
    TableWritten,  // {0} (text) title, {1} findings
    Failed,        // {0} (text) why
    NotTextDocument,
    Busy,
    UndoCheck,  // undo step titles
    UndoCheckSelection,
    UndoClear,
    UndoIgnore,
    UndoRestore,
    UndoDisableRule,  // {0} (text) rule id
    Undone,           // infobar after the user undid a Proviso step
    // Actions on a flagged passage (context menu, commands).
    MenuExplain,             // Explain this finding
    MenuIgnore,              // Ignore this finding
    MenuDisableHere,         // {0} (text) rule id: Disable rule "{0}" in this document
    MenuDisableEverywhere,   // {0} (text) rule id: Disable rule "{0}" everywhere
    MenuRestoreDismissed,    // Restore dismissed findings
    Ignored,                 // infobar: the finding is dismissed and will not come back
    RuleDisabledHere,        // {0} (text) rule id
    RuleDisabledEverywhere,  // {0} (text) rule id
    Restored,                // {0} dismissed findings restored (check again to see them)
    NothingToRestore,
    NoFindingHere,   // the cursor is not in a Proviso comment's range
    ExplainTitle,    // dialog title
    CopySuggestion,  // button: copy the suggested redraft
    Close,           // button
    // A comment's text (in the language of the flagged paragraph).
    SeverityHigh,  // "High risk"
    SeverityMedium,
    SeverityLow,
    CategoryVagueOffence,        // "Vague offence"
    CategoryUnsafeguardedPower,  // "Power without safeguards"
    CategoryUnsafeguardedCooperation,
    CategoryOverbroadScope,
    CategoryDrafting,
    CategoryOther,  // a category the catalogue does not know: {0} (text) as written
    WhyItMatters,   // heading, ends with its own punctuation and space ("Why it matters: ")
    AskFor,
    Standards,
    AlsoFlagged,    // "Also flagged in this provision: " followed by quoted words
    NoLongerFound,  // first line of a kept comment whose finding is gone
    Quoted,         // {0} (text) in the language's quotation marks: “{0}” / « {0} » / «{0}»
    // Severity as a level, under a heading that already says "Severity" (the findings table,
    // the options page): "High", "Élevée", "Alta".
    LevelLow,
    LevelMedium,
    LevelHigh,
    // The findings table, a new document in the interface language.
    TableHeading,  // {0} (text) the source document's title
    TableSummary,  // {0} (text) date; {1} findings: {2} high, {3} medium, {4} low
    TableNoFindings,
    TableParagraph,  // {0} paragraph number, where a document has no provisions: "para. 12"
    TableConcern,    // {0} (text) category, {1} (text) the rule's message
    ColumnNumber,
    ColumnProvision,
    ColumnQuoted,
    ColumnConcern,
    ColumnSeverity,
    ColumnSuggestion,
    ColumnReferences,
    // Tools > Options > Proviso.
    OptionsAuthor,
    OptionsMinSeverity,
    OptionsLanguage,
    OptionsAutomatic,  // the language list's first entry: told per paragraph
    OptionsFolder,
    OptionsBrowse,
    OptionsBrowseTitle,  // title of the folder picker
    OptionsToggle,
    OptionsMoreProblems,  // {0} problems not shown
    OptionsFailed,        // {0} (text) what went wrong
    ExamplesFlagged,      // explanation: heading of the rule's examples that it flags
    ExamplesPassed,       // ... and of those it lets pass
    // The Proviso deck in Writer's sidebar.
    PanelCheck,          // button: Check Document
    PanelAllLevels,      // the severity filter's first entry
    PanelAllCategories,  // the category filter's first entry
    PanelPrevious,       // button
    PanelNext,           // button
    PanelPosition,       // {0} of {1} (rows shown)
    PanelCounts,         // {0} comments: {1} high, {2} medium, {3} low
    PanelEmpty,          // no Proviso comment in the document
    PanelNoneShown,      // comments exist, the filters hide them all
    PanelParagraph,      // {0} paragraph number, where the document has no provisions
    PanelFilterHelp,     // tooltip of the filters
    PanelListHelp,       // tooltip of the list
    // The findings table ready for an annex (annex.hpp), in the source document's language.
    ColumnRationale,  // "Why it matters"
    AnnexNote,        // {0} (text) the packs used, as AnnexPack entries joined by commas
    AnnexPack,        // {0} (text) pack name, {1} (text) its version
    AnnexNoPacks,     // in place of the packs when none were used
    // Options page: the tree of packs, categories and rules, its search box and Restore defaults.
    OptionsSearch,           // label of the search box
    OptionsRestoreDefaults,  // button
    OptionsPackNode,         // {0} (text) check box, {1} (text) pack name
    OptionsPackNodeSilent,   // the same, when none of its rules switched on reaches the minimum
    OptionsCategoryNode,     // {0} (text) check box, {1} (text) category as words
    OptionsRuleNode,         // {0} box, {1} rule id, {2} severity level, {3} languages, {4} message
    OptionsAnyLanguage,      // {3} of OptionsRuleNode for a rule written for every language
    OptionsNoMatch,          // {0} (text) what was searched for
    OptionsSelectHint,       // the description box while no rule is selected
    OptionsTreeRoot,         // the tree's first node, above the packs
    // Arabic, Russian and Chinese: what the three languages before them could leave in code.
    ListSeparator,  // between listed words: ", "; Arabic "، ", Chinese "、"
    // A provision named in the table's language: {0} (text) the number, "5", "286-1";
    // {1} (text) its paragraph and items, "(1)(a)", or "".
    ProvisionArticle,
    ProvisionSection,  // the same for a section of a bill
    // Training: exercises, scoring participants' comments, revealing findings one by one.
    ScoreNoCategory,    // the key's category when it names none
    ScoreNotInKey,      // reply to a participant's comment that found nothing
    ScoreFound,         // {0} (text) the concern found
    ScoreAlsoFound,     // {0} (text) another concern the same comment found
    ScoreMissed,        // first line of a key item nobody found
    ScoreKeySize,       // {0} concerns in the answer key
    ScoreNoAnswers,     // nothing to score
    ScoreAuthorLine,    // {0} (text) participant, {1} found, {2} missed, {3} not in the key
    ScoreCategoryLine,  // {0} (text) category, {1} found, {2} missed
    ScoreItemFound,     // an item's result
    ScoreItemMissed,
    ScoreItemNotInKey,
    ScoreColumnParticipant,  // score card columns
    ScoreColumnCategory,
    ScoreColumnFound,
    ScoreColumnMissed,
    ScoreColumnNotInKey,
    ScoreAllCategories,  // a participant's row over every category
    ScoreCardTitle,      // {0} (text) the scored document's title
    ScoreCardKey,        // {0} (text) where the answer key came from, {1} its concerns
    ScoreKeyProviso,     // the key is Proviso's findings
    ScoreWritten,        // {0} replies, {1} missed concerns written as comments
    ExerciseHeading,     // the exercise's instruction block
    ExerciseInstructions,
    ExerciseHint,  // under the instructions when provisions are highlighted
    ExerciseMade,  // infobar: {0} provisions highlighted
    HintsTitle,    // the Make Exercise dialog
    HintsQuestion,
    HintsNone,
    HintsProvisions,
    Ok,               // button
    Cancel,           // button
    KeyPickerTitle,   // file picker of Score Against Answer Key
    KeyNoComments,    // {0} (text) the key document
    RevealShown,      // {0} position, {1} findings, {2} (text) the concern
    RevealAllShown,   // {0} findings, all shown
    RevealNoneShown,  // Reveal previous with none shown
    RevealHidden,     // {0} position, {1} findings: taken back
    UndoScore,        // undo step titles
    UndoReveal,
    ScoreColumnResult,  // items table column
    ScoreNoName,        // a participant whose comments carry no name
    // Compare drafts (compare.hpp, draft_comments.hpp).
    CompareMarkNewRisk,       // first line of a concern's comment: new since the earlier draft
    CompareMarkAdded,         // ... in a provision the earlier draft did not have
    CompareSafeguardRemoved,  // {0} (text) the safeguard
    CompareEarlierSaid,       // {0} (text) its words, quoted; {1} (text) the earlier provision
    CompareRestoreSafeguard,  // after "Ask for: "
    CompareSummary,           // {0} (text) the earlier draft; {1} riskier, {2} safer changes
    CompareCommented,         // {0} comments written
    CompareTrackedName,       // {0} of CompareSummary for Compare Tracked Changes
    CompareNoTrackedChanges,
    ComparePickerTitle,
    UndoCompare,
    CompareTableTitle,    // {0} (text) the newer draft's title
    CompareTableSources,  // {0} (text) earlier, {1} (text) newer, {2} changes
    CompareColumnChange,
    CompareColumnConcern,
    CompareColumnEarlier,
    CompareColumnNewer,
    CompareKindNewRisk,
    CompareKindResolved,
    CompareKindAdded,
    CompareKindDeleted,
    CompareKindSafeguardRemoved,
    CompareKindSafeguardAdded,
    CompareFormerly,  // {0} (text) the earlier label of a renumbered provision
};

// The last id. Keep it last: the catalogue is checked against it when it compiles, and the
// tests run every id up to it.
inline constexpr Text kLastText = Text::CompareFormerly;

// The text of `id` in `language` ("fr", "fr-FR", "es-419", "ar-EG", "zh-CN"...; a language the
// catalogue is not written in gets English),
// with the arguments put in: numbers as numbers (grouped and pluralised as the language does),
// other arguments as text, left exactly as given (braces, apostrophes and all). Never throws:
// an id the catalogue does not have says nothing (""), and should a pattern fail, English or
// at worst the bare English words stand in. Safe to call from any thread.
struct Arg {
    Arg(long long value) : isNumber(true), number(value) {}  // NOLINT: implicit
    Arg(int value) : isNumber(true), number(value) {}        // NOLINT: implicit
    Arg(std::size_t value)                                   // NOLINT: implicit
        : isNumber(true), number(static_cast<long long>(value)) {}
    Arg(std::string value) : text(std::move(value)) {}  // NOLINT: implicit
    Arg(const char* value) : text(value) {}             // NOLINT: implicit
    bool isNumber = false;
    long long number = 0;
    std::string text;
};
std::string say(Text id, std::string_view language, const std::vector<Arg>& args = {});

// The interface languages the catalogue is written in. Chinese is written in simplified
// characters, the form of the United Nations' Chinese texts; "zh-TW" gets it too, as nearer to
// its reader than English.
inline constexpr const char* kLanguages[] = {"en", "fr", "es", "ar", "ru", "zh"};

// The catalogue language for a tag: "fr-CA" -> "fr", "zh-Hans-CN" -> "zh", "de" -> "en".
std::string catalogueLanguage(std::string_view language);

// The ICU locale whose conventions numbers and dates take in a catalogue language: the language
// itself, but Arabic with European digits ("ar@numbers=latn"), as the United Nations' Arabic
// documents and LibreOffice (its default numerals) write them, where ICU's "ar" would give
// Arabic-Indic ones. Plural forms are the language's either way.
std::string formattingLocale(std::string_view catalogueLanguage);

// Severity and category as words of the language ("Risque élevé", "Infraction vague").
std::string severityName(Severity severity, std::string_view language);
std::string categoryName(std::string_view category, std::string_view language);

// Severity as a level under a "Severity" heading ("High", "Élevée", "Alta").
std::string severityLevel(Severity severity, std::string_view language);

// The infobar's first line after a check: "no risky language found", or the findings by
// severity, with "(in the selection)" when only the selection was checked.
std::string findingsSummary(int high, int medium, int low, bool selectionOnly,
                            std::string_view language);

// What is wrong with the catalogue itself: a pattern ICU refuses or cannot format, a language
// that leaves out or adds an argument, an apostrophe that swallowed syntax. Empty when sound;
// the tests require it to be. (say() never reports these: it falls back to English.)
std::vector<std::string> catalogueProblems();

}  // namespace proviso::report
