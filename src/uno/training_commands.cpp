#include "training_commands.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <optional>

#include "dialog_model.hpp"
#include "findings_table.hpp"
#include "opened_document.hpp"
#include "proviso/report/catalogue.hpp"
#include "settings.hpp"
#include "training.hpp"
#include "user_rules.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using report::Text;

namespace {

// Make Exercise's question: no hints, or the provisions to look at shaded. nullopt: cancelled.
std::optional<Hints> askForHints(const ActionPlace& at) {
    constexpr sal_Int32 kWidth = 230, kHeight = 86, kMargin = 6, kRow = 12, kButton = 14;
    const std::string& lang = at.uiLanguage;
    auto services = at.context->getServiceManager();
    Reference<css::lang::XMultiServiceFactory> model(
        services->createInstanceWithContext("com.sun.star.awt.UnoControlDialogModel", at.context),
        UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> dialogProps(model, UNO_QUERY_THROW);
    set(dialogProps, "PositionX", Any(sal_Int32(60)));
    set(dialogProps, "PositionY", Any(sal_Int32(60)));
    set(dialogProps, "Width", Any(kWidth));
    set(dialogProps, "Height", Any(kHeight));
    set(dialogProps, "Title", Any(toOUString(report::say(Text::HintsTitle, lang))));
    set(dialogProps, "Moveable", Any(true));

    auto question = place(model, "com.sun.star.awt.UnoControlFixedTextModel", kMargin, kMargin,
                          kWidth - 2 * kMargin, kRow);
    set(question, "Label", Any(toOUString(report::say(Text::HintsQuestion, lang))));
    auto none = place(model, "com.sun.star.awt.UnoControlRadioButtonModel", kMargin * 2,
                      kMargin + kRow + 2, kWidth - 3 * kMargin, kRow);
    set(none, "Label", Any(toOUString(report::say(Text::HintsNone, lang))));
    set(none, "State", Any(sal_Int16(1)));
    auto provisions = place(model, "com.sun.star.awt.UnoControlRadioButtonModel", kMargin * 2,
                            kMargin + 2 * kRow + 4, kWidth - 3 * kMargin, kRow);
    set(provisions, "Label", Any(toOUString(report::say(Text::HintsProvisions, lang))));
    const sal_Int32 buttonsY = kHeight - kMargin - kButton;
    auto ok = place(model, "com.sun.star.awt.UnoControlButtonModel", kWidth - 2 * (kMargin + 50),
                    buttonsY, 50, kButton);
    set(ok, "Label", Any(toOUString(report::say(Text::Ok, lang))));
    set(ok, "PushButtonType", Any(static_cast<sal_Int16>(css::awt::PushButtonType_OK)));
    set(ok, "DefaultButton", Any(true));
    auto cancel = place(model, "com.sun.star.awt.UnoControlButtonModel", kWidth - kMargin - 50,
                        buttonsY, 50, kButton);
    set(cancel, "Label", Any(toOUString(report::say(Text::Cancel, lang))));
    set(cancel, "PushButtonType", Any(static_cast<sal_Int16>(css::awt::PushButtonType_CANCEL)));

    Reference<css::container::XNameContainer> controls(model, UNO_QUERY_THROW);
    controls->insertByName("question", Any(question));
    controls->insertByName("none", Any(none));
    controls->insertByName("provisions", Any(provisions));
    controls->insertByName("ok", Any(ok));
    controls->insertByName("cancel", Any(cancel));

    Reference<css::awt::XControl> dialog(
        services->createInstanceWithContext("com.sun.star.awt.UnoControlDialog", at.context),
        UNO_QUERY_THROW);
    dialog->setModel(Reference<css::awt::XControlModel>(model, UNO_QUERY_THROW));
    Reference<css::awt::XWindowPeer> parent(
        at.frame.is() ? at.frame->getContainerWindow() : nullptr, UNO_QUERY);
    dialog->createPeer(
        Reference<css::awt::XToolkit>(css::awt::Toolkit::create(at.context), UNO_QUERY_THROW),
        parent);
    const DisposeOnExit disposer{Reference<css::lang::XComponent>(dialog, UNO_QUERY_THROW)};
    if (Reference<css::awt::XDialog>(dialog, UNO_QUERY_THROW)->execute() == 0) return std::nullopt;
    sal_Int16 state = 0;
    provisions->getPropertyValue("State") >>= state;
    return state == 1 ? Hints::Provisions : Hints::None;
}

CheckConfig currentConfig(const ActionPlace& at) {
    const UserSettings settings = readSettings(at.context);
    return configFor(settings, rulesFor(settings), at.uiLanguage);
}

ActionResult makeExercise(const ActionPlace& at,
                          const Sequence<css::beans::PropertyValue>& arguments) {
    std::optional<Hints> hints =
        at.interactive ? askForHints(at) : hintsFromString(argumentOf(arguments, "Hints"));
    if (!hints) return told("cancelled", "", css::frame::InfobarType::INFO);
    const Reference<css::text::XTextDocument> exercise =
        newCopyOf(at.context, at.doc, !at.interactive);
    ClosedUnlessKept closed(exercise);
    const ExerciseOutcome outcome = prepareExercise(exercise, currentConfig(at), *hints);
    closed.keep();
    ActionResult result =
        told("ok", report::say(Text::ExerciseMade, at.uiLanguage, {outcome.highlighted}),
             css::frame::InfobarType::SUCCESS);
    result.values.emplace_back("Exercise", Any(exercise));
    // Said above the exercise, which is the window in front now.
    Reference<css::frame::XModel> model(exercise, UNO_QUERY);
    if (model.is()) result.showIn = model->getCurrentController();
    result.values.emplace_back("Highlighted", Any(static_cast<sal_Int32>(outcome.highlighted)));
    result.values.emplace_back("CommentsRemoved",
                               Any(static_cast<sal_Int32>(outcome.commentsRemoved)));
    return result;
}

ActionResult score(const ActionPlace& at, bool withKey,
                   const Sequence<css::beans::PropertyValue>& arguments) {
    if (isReadOnly(at.doc)) {
        return told("read-only", report::say(Text::ReadOnly, at.uiLanguage),
                    css::frame::InfobarType::WARNING);
    }
    std::optional<OpenedDocument> key;
    if (withKey) {
        const std::string url =
            at.interactive
                ? chooseDocument(at.context, report::say(Text::KeyPickerTitle, at.uiLanguage))
                : argumentOf(arguments, "KeyURL");
        if (url.empty()) return told("cancelled", "", css::frame::InfobarType::INFO);
        key.emplace(at.context, url);
    }
    const CheckConfig config = currentConfig(at);
    const ScoreOutcome outcome = scoreDocument(at.doc, config, key ? key->doc() : nullptr, true);
    // The score card, a new document in the trainer's language.
    const Reference<css::text::XTextDocument> card = newTextDocument(at.context, !at.interactive);
    ClosedUnlessKept closed(card);
    const std::string keyName =
        key ? documentTitle(key->doc()) : report::say(Text::ScoreKeyProviso, at.uiLanguage);
    writeScoreCard(card, outcome, documentTitle(at.doc), keyName, at.uiLanguage);
    closed.keep();
    showInView(card, card->getText()->getStart());  // from its title, where a reader starts
    ActionResult result =
        told("ok",
             report::scoreSummary(outcome.score, at.uiLanguage) + " " +
                 report::say(Text::ScoreWritten, at.uiLanguage, {outcome.replies, outcome.missed}),
             outcome.score.authors.empty() ? css::frame::InfobarType::WARNING
                                           : css::frame::InfobarType::INFO);
    result.values.emplace_back("ScoreCard", Any(card));
    result.values.emplace_back("Replies", Any(static_cast<sal_Int32>(outcome.replies)));
    result.values.emplace_back("Missed", Any(static_cast<sal_Int32>(outcome.missed)));
    result.values.emplace_back("Replaced", Any(static_cast<sal_Int32>(outcome.replaced)));
    result.values.emplace_back("Json", Any(toOUString(report::scoreJson(outcome.score))));
    return result;
}

ActionResult reveal(const ActionPlace& at, bool forward) {
    if (isReadOnly(at.doc)) {
        return told("read-only", report::say(Text::ReadOnly, at.uiLanguage),
                    css::frame::InfobarType::WARNING);
    }
    const RevealOutcome outcome = revealStep(at.doc, currentConfig(at), forward);
    showInView(at.doc, outcome.inView);
    const std::string& lang = at.uiLanguage;
    ActionResult result;
    using Status = RevealOutcome::Status;
    switch (outcome.status) {
        case Status::Shown:
            result = told("ok",
                          report::say(Text::RevealShown, lang,
                                      {outcome.position, outcome.total, outcome.concern}),
                          css::frame::InfobarType::INFO);
            break;
        case Status::TakenBack:
            result =
                told("ok", report::say(Text::RevealHidden, lang, {outcome.position, outcome.total}),
                     css::frame::InfobarType::INFO);
            break;
        case Status::AllShown:
            result = told("all-shown", report::say(Text::RevealAllShown, lang, {outcome.total}),
                          css::frame::InfobarType::SUCCESS);
            break;
        case Status::NoneShown:
            result = told("none-shown", report::say(Text::RevealNoneShown, lang),
                          css::frame::InfobarType::INFO);
            break;
        case Status::NoFindings:
            result = told("no-findings", report::say(Text::NoRiskFound, lang),
                          css::frame::InfobarType::SUCCESS);
            break;
    }
    result.values.emplace_back("Position", Any(static_cast<sal_Int32>(outcome.position)));
    result.values.emplace_back("Total", Any(static_cast<sal_Int32>(outcome.total)));
    return result;
}

}  // namespace

ActionResult runTrainingCommand(TrainingCommand command, const ActionPlace& place,
                                const Sequence<css::beans::PropertyValue>& arguments) {
    switch (command) {
        case TrainingCommand::MakeExercise:
            return makeExercise(place, arguments);
        case TrainingCommand::Score:
            return score(place, false, arguments);
        case TrainingCommand::ScoreWithKey:
            return score(place, true, arguments);
        case TrainingCommand::RevealNext:
            return reveal(place, true);
        case TrainingCommand::RevealPrevious:
            return reveal(place, false);
    }
    return told("failed", "", css::frame::InfobarType::DANGER);
}

}  // namespace proviso::uno
