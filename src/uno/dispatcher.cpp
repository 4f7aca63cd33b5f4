// org.proviso.comp.Dispatcher: the protocol handler behind the Tools > Proviso menu, the
// toolbar and the shortcuts. Handles the URLs
//   org.proviso:check  org.proviso:checkSelection  org.proviso:clear
//   org.proviso:findingsTable  org.proviso:options
//   org.proviso:explain  org.proviso:ignore  org.proviso:disableRule
//   org.proviso:disableRuleEverywhere  org.proviso:restoreDismissed
//   org.proviso:makeExercise  org.proviso:scoreComments  org.proviso:scoreWithKey
//   org.proviso:revealNext  org.proviso:revealPrevious
// for the frame it is created for, and only when that frame shows a text document (otherwise
// it offers no dispatch, which greys the commands out).
//
// Each command reports what it did twice: to the person, as an infobar above the document (no
// modal box to click away in front of a room), and to a caller, as the result of
// XNotifyingDispatch (a sequence of NamedValue), which is what the integration tests check.
// Nothing thrown ever leaves this file: an exception escaping into the office could take down
// the user's unsaved work, so every failure becomes a message and a "failed" result.
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/StringPair.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/IndexOutOfBoundsException.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTableCursor.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

#include "checker.hpp"
#include "compare_commands.hpp"
#include "component.hpp"
#include "context_menu.hpp"
#include "document_record.hpp"
#include "finding_actions.hpp"
#include "findings_table.hpp"
#include "proviso/report/catalogue.hpp"
#include "settings.hpp"
#include "sidebar.hpp"
#include "training_commands.hpp"
#include "user_rules.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace {

constexpr const char* kImplementationName = "org.proviso.comp.Dispatcher";
constexpr const char* kProtocol = "org.proviso:";
constexpr const char* kExtensionId = "org.proviso.writer";

enum class Command {
    None,
    Check,
    CheckSelection,
    Clear,
    FindingsTable,
    Options,
    Explain,
    Ignore,
    DisableRule,
    DisableRuleEverywhere,
    RestoreDismissed,
    MakeExercise,
    ScoreComments,
    ScoreWithKey,
    RevealNext,
    RevealPrevious,
    CompareEarlier,
    CompareTracked,
};

Command commandOf(const css::util::URL& url) {
    if (url.Protocol != rtl::OUString::createFromAscii(kProtocol)) return Command::None;
    const rtl::OUString& path = url.Path;
    if (path == "check") return Command::Check;
    if (path == "checkSelection") return Command::CheckSelection;
    if (path == "clear") return Command::Clear;
    if (path == "findingsTable") return Command::FindingsTable;
    if (path == "options") return Command::Options;
    if (path == "explain") return Command::Explain;
    if (path == "ignore") return Command::Ignore;
    if (path == "disableRule") return Command::DisableRule;
    if (path == "disableRuleEverywhere") return Command::DisableRuleEverywhere;
    if (path == "restoreDismissed") return Command::RestoreDismissed;
    if (path == "makeExercise") return Command::MakeExercise;
    if (path == "scoreComments") return Command::ScoreComments;
    if (path == "scoreWithKey") return Command::ScoreWithKey;
    if (path == "revealNext") return Command::RevealNext;
    if (path == "revealPrevious") return Command::RevealPrevious;
    if (path == "compareEarlier") return Command::CompareEarlier;
    if (path == "compareTracked") return Command::CompareTracked;
    return Command::None;
}

// The commands on a flagged passage, run by finding_actions.cpp.
std::optional<FindingAction> findingActionOf(Command command) {
    switch (command) {
        case Command::Explain:
            return FindingAction::Explain;
        case Command::Ignore:
            return FindingAction::Ignore;
        case Command::DisableRule:
            return FindingAction::DisableRule;
        case Command::DisableRuleEverywhere:
            return FindingAction::DisableRuleEverywhere;
        case Command::RestoreDismissed:
            return FindingAction::RestoreDismissed;
        default:
            return std::nullopt;
    }
}

// The training commands, run by training_commands.cpp.
std::optional<TrainingCommand> trainingCommandOf(Command command) {
    switch (command) {
        case Command::MakeExercise:
            return TrainingCommand::MakeExercise;
        case Command::ScoreComments:
            return TrainingCommand::Score;
        case Command::ScoreWithKey:
            return TrainingCommand::ScoreWithKey;
        case Command::RevealNext:
            return TrainingCommand::RevealNext;
        case Command::RevealPrevious:
            return TrainingCommand::RevealPrevious;
        default:
            return std::nullopt;
    }
}

// The compare commands, run by compare_commands.cpp.
std::optional<CompareCommand> compareCommandOf(Command command) {
    switch (command) {
        case Command::CompareEarlier:
            return CompareCommand::WithEarlierDraft;
        case Command::CompareTracked:
            return CompareCommand::TrackedChanges;
        default:
            return std::nullopt;
    }
}

// Whether a person may be shown a dialog: yes, unless the caller says Interactive=false (a test
// or a script, which must never wait on a modal dialog nobody will close).
bool interactive(const Sequence<css::beans::PropertyValue>& arguments) {
    for (const auto& argument : arguments) {
        bool value = true;
        if (argument.Name == "Interactive" && (argument.Value >>= value)) return value;
    }
    return true;
}

// One command at a time in the whole office: the status bar lets the office process events
// while a long check runs, and a second click must not start a second check on top of it.
std::atomic<bool> busy{false};

class BusyGuard {
public:
    BusyGuard() : owns_(!busy.exchange(true)) {}
    ~BusyGuard() {
        if (owns_) busy = false;
    }
    BusyGuard(const BusyGuard&) = delete;
    BusyGuard& operator=(const BusyGuard&) = delete;
    bool owns() const { return owns_; }

private:
    bool owns_;
};

// The result a caller of dispatchWithNotification receives.
class Result {
public:
    void set(const char* name, Any value) {
        values_.push_back(css::beans::NamedValue(rtl::OUString::createFromAscii(name), value));
    }
    void set(const char* name, const std::string& value) { set(name, Any(toOUString(value))); }
    void set(const char* name, int value) { set(name, Any(static_cast<sal_Int32>(value))); }
    void set(const char* name, double value) { set(name, Any(value)); }
    void set(const std::string& name, const Any& value) { set(name.c_str(), value); }
    Any toAny() const {
        Sequence<css::beans::NamedValue> out(static_cast<sal_Int32>(values_.size()));
        for (std::size_t i = 0; i < values_.size(); ++i) out.getArray()[i] = values_[i];
        return Any(out);
    }

private:
    std::vector<css::beans::NamedValue> values_;
};

// The status bar's progress indicator of the frame, if it has one.
class StatusBar {
public:
    explicit StatusBar(const Reference<css::frame::XFrame>& frame) {
        try {
            Reference<css::task::XStatusIndicatorFactory> factory(frame, UNO_QUERY);
            if (factory.is()) indicator_ = factory->createStatusIndicator();
        } catch (const css::uno::Exception&) {
            indicator_.clear();
        }
    }
    ~StatusBar() {
        try {
            if (indicator_.is() && started_) indicator_->end();
        } catch (...) {
            // the frame may be gone; nothing to clean up then
        }
    }
    StatusBar(const StatusBar&) = delete;
    StatusBar& operator=(const StatusBar&) = delete;

    void show(const std::string& text, int percent) {
        if (!indicator_.is()) return;
        try {
            if (!started_) {
                indicator_->start(toOUString(text), 100);
                started_ = true;
            } else if (text != text_) {
                indicator_->setText(toOUString(text));
            }
            text_ = text;
            indicator_->setValue(percent);
        } catch (const css::uno::Exception&) {
            indicator_.clear();  // progress is a courtesy; never fail a command over it
        }
    }

private:
    Reference<css::task::XStatusIndicator> indicator_;
    bool started_ = false;
    std::string text_;
};

// Puts the view of a newly written document back at its first line, where a reader starts.
void showFromTheTop(const Reference<css::text::XTextDocument>& doc) {
    try {
        Reference<css::frame::XModel> model(doc, UNO_QUERY);
        Reference<css::text::XTextViewCursorSupplier> view(
            model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
        if (view.is()) view->getViewCursor()->gotoStart(false);
    } catch (const css::uno::Exception&) {
        // only a courtesy: the table is written either way
    }
}

class Dispatcher final
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit Dispatcher(const Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    // XInitialization: the frame this handler serves.
    void SAL_CALL initialize(const Sequence<Any>& arguments) override {
        for (const Any& argument : arguments) {
            Reference<css::frame::XFrame> frame(argument, UNO_QUERY);
            if (frame.is()) frame_ = frame;
        }
        // The first Writer window Proviso serves: the rules get ready while the reviewer reads.
        try {
            if (frame_.is()) warmUpInBackground(readSettings(context_));
        } catch (...) {
            // the first check will prepare them instead
        }
    }

    // XDispatchProvider
    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                            const rtl::OUString& /*target*/,
                                                            sal_Int32 /*flags*/) override {
        try {
            if (commandOf(url) == Command::None || !currentDocument().is()) return nullptr;
            return this;
        } catch (...) {
            return nullptr;
        }
    }

    Sequence<Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests) override {
        Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i) {
            out.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                              requests[i].SearchFlags);
        }
        return out;
    }

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const Sequence<css::beans::PropertyValue>& arguments) override {
        dispatchWithNotification(url, arguments, nullptr);
    }

    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const Sequence<css::beans::PropertyValue>& arguments,
        const Reference<css::frame::XDispatchResultListener>& listener) override {
        Result result;
        bool ok = false;
        try {
            ok = run(commandOf(url), arguments, result);
        } catch (...) {
            // run() converts its own failures; this is the last guard at the UNO boundary
            result.set("Status", std::string("failed"));
        }
        if (!listener.is()) return;
        try {
            css::frame::DispatchResultEvent event;
            event.Source = static_cast<cppu::OWeakObject*>(this);
            event.State = ok ? css::frame::DispatchResultState::SUCCESS
                             : css::frame::DispatchResultState::FAILURE;
            event.Result = result.toAny();
            listener->dispatchFinished(event);
        } catch (...) {
            // the caller went away; nothing to report to
        }
    }

    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                    const css::util::URL& url) override {
        if (!listener.is()) return;
        try {
            css::frame::FeatureStateEvent event;
            event.Source = static_cast<cppu::OWeakObject*>(this);
            event.FeatureURL = url;
            event.IsEnabled = commandOf(url) != Command::None && currentDocument().is();
            event.Requery = false;
            listener->statusChanged(event);
        } catch (...) {
            // a listener that fails is the listener's problem, not the document's
        }
    }
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>& /*listener*/,
                                       const css::util::URL& /*url*/) override {}

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override {
        return rtl::OUString::createFromAscii(kImplementationName);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return serviceNames("com.sun.star.frame.ProtocolHandler");
    }

private:
    Reference<css::frame::XController> controller() const {
        return frame_.is() ? frame_->getController() : nullptr;
    }

    Reference<css::text::XTextDocument> currentDocument() const {
        Reference<css::frame::XController> c = controller();
        return Reference<css::text::XTextDocument>(c.is() ? c->getModel() : nullptr, UNO_QUERY);
    }

    // Shows `primary` (bold) and `secondary` above the document, replacing Proviso's last one.
    void tell(const std::string& primary, const std::string& secondary, sal_Int16 type,
              const Reference<css::frame::XController>& in = nullptr) const {
        try {
            Reference<css::frame::XInfobarProvider> infobars(in.is() ? in : controller(),
                                                             UNO_QUERY);
            if (!infobars.is()) return;
            const rtl::OUString id = rtl::OUString::createFromAscii(kInfobarId);
            if (infobars->hasInfobar(id)) infobars->removeInfobar(id);
            infobars->appendInfobar(id, toOUString(primary), toOUString(secondary), type,
                                    Sequence<css::beans::StringPair>(), true);
        } catch (const css::uno::Exception& e) {
            std::cerr << "proviso: " << primary << ' ' << secondary << " (" << toUtf8(e.Message)
                      << ")\n";
        }
    }

    // The text ranges selected in the document's view; empty if nothing is selected.
    std::vector<Reference<css::text::XTextRange>> selection() const {
        std::vector<Reference<css::text::XTextRange>> ranges;
        Reference<css::view::XSelectionSupplier> supplier(controller(), UNO_QUERY);
        if (!supplier.is()) return ranges;
        const Any selected = supplier->getSelection();
        Reference<css::container::XIndexAccess> many(selected, UNO_QUERY);
        auto add = [&](const Reference<css::text::XTextRange>& range) {
            if (range.is() && !range->getString().isEmpty()) ranges.push_back(range);
        };
        Reference<css::text::XTextTableCursor> cells(selected, UNO_QUERY);
        if (many.is()) {
            for (sal_Int32 i = 0; i < many->getCount(); ++i) {
                add(Reference<css::text::XTextRange>(many->getByIndex(i), UNO_QUERY));
            }
        } else if (cells.is()) {
            addCells(cells, add);
        } else {
            add(Reference<css::text::XTextRange>(selected, UNO_QUERY));
        }
        return ranges;
    }

    // Table cells selected as cells (not text): the whole text of each.
    template <typename Add>
    void addCells(const Reference<css::text::XTextTableCursor>& cells, Add&& add) const {
        Reference<css::text::XTextViewCursorSupplier> view(controller(), UNO_QUERY);
        Reference<css::beans::XPropertySet> at(view.is() ? view->getViewCursor() : nullptr,
                                               UNO_QUERY);
        if (!at.is()) return;
        Reference<css::table::XCellRange> table(at->getPropertyValue("TextTable"), UNO_QUERY);
        if (!table.is()) return;
        Reference<css::table::XCellRange> range = table->getCellRangeByName(cells->getRangeName());
        if (!range.is()) return;
        // A text table's cell range does not tell its size: walk it until a cell is missing.
        for (sal_Int32 row = 0;; ++row) {
            sal_Int32 column = 0;
            for (;; ++column) {
                Reference<css::text::XText> cell;
                try {
                    cell.set(range->getCellByPosition(column, row), UNO_QUERY);
                } catch (const css::lang::IndexOutOfBoundsException&) {
                    break;
                }
                if (!cell.is()) continue;
                Reference<css::text::XTextCursor> all = cell->createTextCursor();
                all->gotoStart(false);
                all->gotoEnd(true);
                add(Reference<css::text::XTextRange>(all, UNO_QUERY));
            }
            if (column == 0) return;
        }
    }

    bool run(Command command, const Sequence<css::beans::PropertyValue>& arguments,
             Result& result) {
        const bool interactive = uno::interactive(arguments);
        const std::string lang = uiLanguage(context_);
        BusyGuard guard;
        if (!guard.owns()) {
            result.set("Status", std::string("busy"));
            tell("Proviso", report::say(report::Text::Busy, lang), css::frame::InfobarType::INFO);
            return false;
        }
        const auto started = std::chrono::steady_clock::now();
        const Reference<css::text::XTextDocument> doc = currentDocument();
        if (!doc.is()) {
            result.set("Status", std::string("not-text"));
            tell("Proviso", report::say(report::Text::NotTextDocument, lang),
                 css::frame::InfobarType::WARNING);
            return false;
        }
        // A view opened before the extension was installed missed the OnViewCreated job.
        interceptContextMenu(context_, controller());
        try {
            bool ok = true;
            // The sidebar's lists read the comments again once the command is done, not at each
            // comment it writes; after an error too, as the undo may have put some back.
            struct Announce {
                const Reference<css::text::XTextDocument>& doc;
                bool changesComments;
                CommandInProgress writing;
                ~Announce() {
                    if (changesComments) announceFindingsChanged(doc);
                }
            } announce{doc,
                       command != Command::Options && command != Command::FindingsTable &&
                           command != Command::Explain,
                       {}};
            if (const auto action = findingActionOf(command)) {
                ok = findingAction(*action, doc, lang, interactive, result);
            }
            if (const auto training = trainingCommandOf(command)) {
                ok = trainingCommand(*training, doc, lang, interactive, arguments, result);
            }
            if (const auto compare = compareCommandOf(command)) {
                ok = compareCommand(*compare, doc, lang, interactive, arguments, result);
            }
            switch (command) {
                case Command::Check:
                    ok = check(doc, false, lang, result);
                    break;
                case Command::CheckSelection:
                    ok = check(doc, true, lang, result);
                    break;
                case Command::Clear:
                    ok = clear(doc, lang, result);
                    break;
                case Command::FindingsTable:
                    ok = findingsTable(doc, lang, result);
                    break;
                case Command::Options:
                    ok = openOptions(result);
                    break;
                case Command::None:
                    ok = false;
                    break;
                default:
                    break;  // a finding action, a training or a compare command, run above
            }
            result.set(
                "TotalSeconds",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
            return ok;
        } catch (const css::uno::Exception& e) {
            return failed(toUtf8(e.Message), lang, result);
        } catch (const std::exception& e) {
            return failed(e.what(), lang, result);
        } catch (...) {
            return failed("unexpected error", lang, result);
        }
    }

    bool failed(const std::string& why, const std::string& lang, Result& result) {
        std::cerr << "proviso: " << why << '\n';
        result.set("Status", std::string("failed"));
        result.set("Message", why);
        tell("Proviso", report::say(report::Text::Failed, lang, {why}),
             css::frame::InfobarType::DANGER);
        return false;
    }

    bool refuseReadOnly(const Reference<css::text::XTextDocument>& doc, const std::string& lang,
                        Result& result) {
        if (!isReadOnly(doc)) return false;
        result.set("Status", std::string("read-only"));
        tell("Proviso", report::say(report::Text::ReadOnly, lang),
             css::frame::InfobarType::WARNING);
        return true;
    }

    bool findingAction(FindingAction action, const Reference<css::text::XTextDocument>& doc,
                       const std::string& lang, bool interactive, Result& result) {
        const ActionResult outcome =
            runFindingAction(action, ActionPlace{context_, frame_, doc, lang, interactive});
        result.set("Status", outcome.status);
        for (const auto& [name, value] : outcome.values) result.set(name, value);
        if (!outcome.message.empty()) tell("Proviso", outcome.message, outcome.infobarType);
        return outcome.status == "ok";
    }

    bool trainingCommand(TrainingCommand command, const Reference<css::text::XTextDocument>& doc,
                         const std::string& lang, bool interactive,
                         const Sequence<css::beans::PropertyValue>& arguments, Result& result) {
        const ActionResult outcome = runTrainingCommand(
            command, ActionPlace{context_, frame_, doc, lang, interactive}, arguments);
        result.set("Status", outcome.status);
        for (const auto& [name, value] : outcome.values) result.set(name, value);
        if (!outcome.message.empty()) {
            tell("Proviso", outcome.message, outcome.infobarType, outcome.showIn);
        }
        return outcome.status == "ok" || outcome.status == "all-shown" ||
               outcome.status == "none-shown" || outcome.status == "no-findings";
    }

    bool compareCommand(CompareCommand command, const Reference<css::text::XTextDocument>& doc,
                        const std::string& lang, bool interactive,
                        const Sequence<css::beans::PropertyValue>& arguments, Result& result) {
        const ActionResult outcome = runCompareCommand(
            command, ActionPlace{context_, frame_, doc, lang, interactive}, arguments);
        result.set("Status", outcome.status);
        for (const auto& [name, value] : outcome.values) result.set(name, value);
        if (!outcome.message.empty()) tell("Proviso", outcome.message, outcome.infobarType);
        return outcome.status == "ok" || outcome.status == "no-tracked-changes";
    }

    bool check(const Reference<css::text::XTextDocument>& doc, bool selectionOnly,
               const std::string& lang, Result& result) {
        if (refuseReadOnly(doc, lang, result)) return false;
        std::vector<Reference<css::text::XTextRange>> ranges;
        if (selectionOnly) {
            ranges = selection();
            if (ranges.empty()) {
                result.set("Status", std::string("no-selection"));
                tell("Proviso", report::say(report::Text::NoSelection, lang),
                     css::frame::InfobarType::INFO);
                return false;
            }
        }
        const UserSettings settings = readSettings(context_);
        const UserRules rules = rulesFor(settings);
        const CheckConfig config = configFor(settings, rules, lang);

        StatusBar status(frame_);
        const CheckOutcome outcome =
            checkDocument(doc, config, true, ranges, [&](report::Text stage, int percent) {
                status.show(report::say(stage, lang), percent);
            });

        const std::string summary =
            report::findingsSummary(outcome.high, outcome.medium, outcome.low, selectionOnly, lang);
        std::string details =
            report::say(report::Text::CommentChanges, lang,
                        {outcome.changes.added, outcome.changes.kept, outcome.changes.removed});
        if (outcome.notCommented > 0) {
            details += " " + report::say(report::Text::NotCommented, lang, {outcome.notCommented});
        }
        if (outcome.changes.dismissed > 0) {
            details +=
                " " + report::say(report::Text::DismissedCount, lang, {outcome.changes.dismissed});
        }
        if (outcome.changes.noLongerFound > 0) {
            details += " " + report::say(report::Text::NoLongerFoundCount, lang,
                                         {outcome.changes.noLongerFound});
        }
        if (!rules.errors.empty()) {
            details += " " + report::say(report::Text::RuleProblems, lang,
                                         {rules.errors.size(), rules.errors.front().toString()});
        }
        tell(summary, details,
             !rules.errors.empty()      ? css::frame::InfobarType::WARNING
             : outcome.findings.empty() ? css::frame::InfobarType::SUCCESS
                                        : css::frame::InfobarType::INFO);

        result.set("Status", std::string("ok"));
        result.set("Message", summary + " " + details);
        result.set("Findings", static_cast<int>(outcome.findings.size()));
        result.set("Concerns", static_cast<int>(outcome.concerns.size()));
        result.set("Dismissed", outcome.changes.dismissed);
        result.set("Disabled", outcome.changes.disabled);
        result.set("NoLongerFound", outcome.changes.noLongerFound);
        result.set("High", outcome.high);
        result.set("Medium", outcome.medium);
        result.set("Low", outcome.low);
        result.set("Added", outcome.changes.added);
        result.set("Kept", outcome.changes.kept);
        result.set("Removed", outcome.changes.removed);
        result.set("NotCommented", outcome.notCommented);
        result.set("RuleProblems", static_cast<int>(rules.errors.size()));
        result.set("Paragraphs", static_cast<int>(outcome.source.paragraphs.size()));
        result.set("ReadSeconds", outcome.readSeconds);
        result.set("EngineSeconds", outcome.engineSeconds);
        result.set("WriteSeconds", outcome.writeSeconds);
        return true;
    }

    bool clear(const Reference<css::text::XTextDocument>& doc, const std::string& lang,
               Result& result) {
        if (refuseReadOnly(doc, lang, result)) return false;
        const UserSettings settings = readSettings(context_);
        const ClearResult cleared = clearDocument(doc, settings.author, lang);
        const std::string primary =
            cleared.removed == 0 && cleared.kept == 0
                ? report::say(report::Text::NothingToClear, lang)
                : report::say(report::Text::Cleared, lang, {cleared.removed});
        const std::string secondary =
            cleared.kept == 0 ? std::string()
                              : report::say(report::Text::ClearKept, lang, {cleared.kept});
        tell(primary, secondary, css::frame::InfobarType::INFO);
        result.set("Status", std::string("ok"));
        result.set("Kept", cleared.kept);
        result.set("Removed", cleared.removed);
        return true;
    }

    bool findingsTable(const Reference<css::text::XTextDocument>& doc, const std::string& lang,
                       Result& result) {
        const UserSettings settings = readSettings(context_);
        const UserRules rules = rulesFor(settings);
        const CheckConfig config = configFor(settings, rules, lang);
        StatusBar status(frame_);
        const CheckOutcome outcome =
            checkDocument(doc, config, false, {}, [&](report::Text stage, int percent) {
                status.show(report::say(stage, lang), percent);
            });

        const Reference<css::text::XTextDocument> table = newTextDocument(context_);
        const std::string title = documentTitle(doc);
        // The table speaks the source document's language (the infobar, the user's).
        const std::size_t rows = writeFindingsTable(table, title, outcome.source.document,
                                                    outcome.findings, config.rules);
        showFromTheTop(table);
        tell(report::say(report::Text::TableWritten, lang, {title, rows}), "",
             css::frame::InfobarType::INFO);
        result.set("Status", std::string("ok"));
        result.set("Findings", static_cast<int>(rows));
        result.set("Table", Any(table));
        return true;
    }

    // Tools > Options, opened at Proviso's page.
    bool openOptions(Result& result) {
        rtl::OUString page;
        try {
            page = css::deployment::PackageInformationProvider::get(context_)->getPackageLocation(
                       rtl::OUString::createFromAscii(kExtensionId)) +
                   "/dialogs/Options.xdl";
        } catch (const css::uno::Exception&) {
            page.clear();  // the dialog then opens at its usual page
        }
        Sequence<css::beans::PropertyValue> args(1);
        args.getArray()[0].Name = "OptionsPageURL";
        args.getArray()[0].Value <<= page;
        Reference<css::frame::XDispatchProvider> provider(frame_, UNO_QUERY);
        css::frame::DispatchHelper::create(context_)->executeDispatch(
            provider, ".uno:OptionsTreeDialog", "", 0, args);
        result.set("Status", std::string("ok"));
        return true;
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
};

}  // namespace

}  // namespace proviso::uno

extern "C" SAL_DLLPUBLIC_EXPORT ::com::sun::star::uno::XInterface*
org_proviso_Dispatcher_get_implementation(
    ::com::sun::star::uno::XComponentContext* context,
    const ::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>& /*arguments*/) {
    return proviso::uno::newComponent<proviso::uno::Dispatcher>(context);
}
