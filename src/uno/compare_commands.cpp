#include "compare_commands.hpp"

#include <com/sun/star/frame/InfobarType.hpp>

#include "comparison.hpp"
#include "findings_table.hpp"
#include "opened_document.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/report/draft_comments.hpp"
#include "settings.hpp"
#include "user_rules.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Sequence;
using report::Text;

namespace {

// What the comparison found and wrote, for the infobar and the dispatch result.
ActionResult summary(const ComparisonOutcome& outcome, const std::string& earlierName,
                     const std::string& lang) {
    const int riskier = report::riskierCount(outcome.changes);
    const int safer = report::saferCount(outcome.changes);
    std::string message = report::say(Text::CompareSummary, lang, {earlierName, riskier, safer});
    message += " " + report::say(Text::CompareCommented, lang, {outcome.commented});
    if (outcome.notCommented > 0) {
        message += " " + report::say(Text::NotCommented, lang, {outcome.notCommented});
    }
    ActionResult result =
        told("ok", message,
             riskier > 0 ? css::frame::InfobarType::WARNING : css::frame::InfobarType::SUCCESS);
    result.values.emplace_back("Riskier", Any(static_cast<sal_Int32>(riskier)));
    result.values.emplace_back("Safer", Any(static_cast<sal_Int32>(safer)));
    result.values.emplace_back("Commented", Any(static_cast<sal_Int32>(outcome.commented)));
    result.values.emplace_back("Replaced", Any(static_cast<sal_Int32>(outcome.replaced)));
    result.values.emplace_back("Changes", Any(toOUString(report::changesJson(outcome.changes))));
    return result;
}

}  // namespace

ActionResult runCompareCommand(CompareCommand command, const ActionPlace& at,
                               const Sequence<css::beans::PropertyValue>& arguments) {
    const std::string& lang = at.uiLanguage;
    if (isReadOnly(at.doc)) {
        return told("read-only", report::say(Text::ReadOnly, lang),
                    css::frame::InfobarType::WARNING);
    }
    const UserSettings settings = readSettings(at.context);
    const UserRules rules = rulesFor(settings);
    const CheckConfig config = configFor(settings, rules, lang);
    if (command == CompareCommand::TrackedChanges) {
        bool hasChanges = false;
        const Document before = textBeforeTrackedChanges(at.doc, hasChanges);
        if (!hasChanges) {
            return told("no-tracked-changes", report::say(Text::CompareNoTrackedChanges, lang),
                        css::frame::InfobarType::INFO);
        }
        const ComparisonOutcome outcome = compareWithEarlier(at.doc, before, config, true);
        return summary(outcome, report::say(Text::CompareTrackedName, lang), lang);
    }
    const std::string url =
        at.interactive ? chooseDocument(at.context, report::say(Text::ComparePickerTitle, lang))
                       : argumentOf(arguments, "EarlierURL");
    if (url.empty()) return told("cancelled", "", css::frame::InfobarType::INFO);
    const OpenedDocument earlier(at.context, url);
    if (earlier.doc() == at.doc) {
        throw css::uno::RuntimeException("the earlier draft is this document itself");
    }
    const Document before = draftText(earlier.doc());
    const ComparisonOutcome outcome = compareWithEarlier(at.doc, before, config, true);
    return summary(outcome, documentTitle(earlier.doc()), lang);
}

}  // namespace proviso::uno
