#include "finding_actions.hpp"

#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <algorithm>

#include "checker.hpp"
#include "explain_dialog.hpp"
#include "settings.hpp"
#include "user_rules.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using report::Text;

ActionResult told(std::string status, std::string message, sal_Int16 type) {
    ActionResult result;
    result.status = std::move(status);
    result.message = std::move(message);
    result.infobarType = type;
    return result;
}

namespace {

// The view cursor of the document's current view; it is where the person right-clicked, or
// the start of what they selected.
Reference<css::text::XTextRange> viewCursor(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::frame::XModel> model(doc, UNO_QUERY);
    Reference<css::text::XTextViewCursorSupplier> view(
        model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
    return view.is() ? Reference<css::text::XTextRange>(view->getViewCursor(), UNO_QUERY) : nullptr;
}

ActionResult explain(const CommentAt& comment, const ActionPlace& place) {
    const UserRules rules = rulesFor(readSettings(place.context));
    const auto found = std::find_if(rules.all.begin(), rules.all.end(), [&](const Rule* rule) {
        return rule->info().id == comment.ruleId;
    });
    // A rule gone from the packs since the comment was written: its comment is all there is.
    const std::string text =
        found == rules.all.end()
            ? comment.content
            : report::explanationText((*found)->info(), comment.words, place.uiLanguage);
    const std::string suggestion =
        found == rules.all.end()
            ? std::string()
            : report::textForPassage((*found)->info().suggestion.in(place.uiLanguage),
                                     comment.words);
    if (place.interactive) {
        showExplanation(place.context, place.frame,
                        report::say(Text::ExplainTitle, place.uiLanguage), text, suggestion,
                        place.uiLanguage);
    }
    ActionResult result;
    result.status = "ok";
    result.values.emplace_back("Explanation", Any(toOUString(text)));
    result.values.emplace_back("Suggestion", Any(toOUString(suggestion)));
    result.values.emplace_back("Language", Any(toOUString(place.uiLanguage)));
    return result;
}

// Adds the rule to those the user switched off; the rules cache sees the new settings at the
// next check. The comments already written stay: the person may still want them in this
// document, and "disable here" is the action that removes them.
ActionResult disableEverywhere(const CommentAt& comment, const ActionPlace& place) {
    UserSettings settings = readSettings(place.context);
    auto& off = settings.disabledRules;
    if (std::find(off.begin(), off.end(), comment.ruleId) == off.end()) {
        off.push_back(comment.ruleId);
        writeSettings(place.context, settings);
    }
    return told("ok", report::say(Text::RuleDisabledEverywhere, place.uiLanguage, {comment.ruleId}),
                css::frame::InfobarType::INFO);
}

}  // namespace

ActionResult runFindingAction(FindingAction action, const ActionPlace& place) {
    const std::string& lang = place.uiLanguage;
    const bool changesDocument = action == FindingAction::Ignore ||
                                 action == FindingAction::DisableRule ||
                                 action == FindingAction::RestoreDismissed;
    if (changesDocument && isReadOnly(place.doc)) {
        return told("read-only", report::say(Text::ReadOnly, lang),
                    css::frame::InfobarType::WARNING);
    }
    if (action == FindingAction::RestoreDismissed) {
        const int restored = restoreDismissed(place.doc);
        ActionResult result = restored == 0
                                  ? told("ok", report::say(Text::NothingToRestore, lang),
                                         css::frame::InfobarType::INFO)
                                  : told("ok", report::say(Text::Restored, lang, {restored}),
                                         css::frame::InfobarType::SUCCESS);
        result.values.emplace_back("Restored", Any(static_cast<sal_Int32>(restored)));
        return result;
    }

    const std::string author = commentAuthor(readSettings(place.context));
    const std::optional<CommentAt> comment =
        provisoCommentAt(place.doc, viewCursor(place.doc), author);
    if (!comment) {
        return told("no-finding", report::say(Text::NoFindingHere, lang),
                    css::frame::InfobarType::INFO);
    }
    ActionResult result;
    switch (action) {
        case FindingAction::Explain:
            result = explain(*comment, place);
            break;
        case FindingAction::Ignore:
            ignoreFinding(place.doc, *comment, lang);
            result = told("ok", report::say(Text::Ignored, lang), css::frame::InfobarType::SUCCESS);
            break;
        case FindingAction::DisableRule: {
            const int removed = disableRuleInDocument(place.doc, comment->ruleId, author, lang);
            result = told("ok", report::say(Text::RuleDisabledHere, lang, {comment->ruleId}),
                          css::frame::InfobarType::SUCCESS);
            result.values.emplace_back("Removed", Any(static_cast<sal_Int32>(removed)));
            break;
        }
        case FindingAction::DisableRuleEverywhere:
            result = disableEverywhere(*comment, place);
            break;
        case FindingAction::RestoreDismissed:
            break;  // handled above: it needs no comment
    }
    result.values.emplace_back("Rule", Any(toOUString(comment->ruleId)));
    return result;
}

}  // namespace proviso::uno
