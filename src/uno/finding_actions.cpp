#include "finding_actions.hpp"

#include <com/sun/star/frame/InfobarType.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>

#include <algorithm>
#include <array>

#include "checker.hpp"
#include "explain_dialog.hpp"
#include "messages.hpp"
#include "settings.hpp"
#include "user_rules.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using report::Text;

std::string menuText(Text id, const std::string& language, const std::string& arg) {
    // en, fr, es
    using Row = std::array<const char*, 3>;
    auto row = [](Text t) -> Row {
        switch (t) {
            case Text::MenuExplain:
                return {"Explain this finding", "Expliquer ce constat", "Explicar este hallazgo"};
            case Text::MenuIgnore:
                return {"Ignore this finding", "Ignorer ce constat", "Ignorar este hallazgo"};
            case Text::MenuDisableHere:
                return {"Disable rule \"{0}\" in this document",
                        "Désactiver la règle « {0} » dans ce document",
                        "Desactivar la regla «{0}» en este documento"};
            case Text::MenuDisableEverywhere:
                return {"Disable rule \"{0}\" everywhere", "Désactiver la règle « {0} » partout",
                        "Desactivar la regla «{0}» en todos los documentos"};
            case Text::MenuRestoreDismissed:
                return {"Restore dismissed findings", "Rétablir les constats écartés",
                        "Restablecer los hallazgos descartados"};
            case Text::Ignored:
                return {
                    "Finding dismissed: checking again will not add it back while the "
                    "passage stays as it is.",
                    "Constat écarté : une nouvelle vérification ne le rajoutera pas tant "
                    "que le passage reste tel quel.",
                    "Hallazgo descartado: una nueva revisión no lo volverá a añadir mientras "
                    "el pasaje no cambie."};
            case Text::RuleDisabledHere:
                return {
                    "Rule \"{0}\" is disabled in this document; its comments nobody worked "
                    "on were removed.",
                    "La règle « {0} » est désactivée dans ce document ; ses commentaires "
                    "auxquels personne n'a touché ont été retirés.",
                    "La regla «{0}» está desactivada en este documento; se quitaron sus "
                    "comentarios que nadie había tocado."};
            case Text::RuleDisabledEverywhere:
                return {
                    "Rule \"{0}\" is disabled in your settings: the next check leaves it "
                    "out, in every document.",
                    "La règle « {0} » est désactivée dans vos réglages : la prochaine "
                    "vérification l'omettra, dans tous les documents.",
                    "La regla «{0}» está desactivada en su configuración: la próxima "
                    "revisión la omitirá, en todos los documentos."};
            case Text::Restored:
                return {
                    "Dismissed findings and rules restored ({0}): check the document "
                    "again to see them.",
                    "Constats et règles écartés rétablis ({0}) : vérifiez de nouveau le "
                    "document pour les voir.",
                    "Hallazgos y reglas descartados restablecidos ({0}): vuelva a revisar "
                    "el documento para verlos."};
            case Text::NothingToRestore:
                return {
                    "Nothing to restore: no finding was dismissed and no rule disabled in "
                    "this document.",
                    "Rien à rétablir : aucun constat écarté ni aucune règle désactivée dans "
                    "ce document.",
                    "Nada que restablecer: no hay hallazgos descartados ni reglas "
                    "desactivadas en este documento."};
            case Text::NoFindingHere:
                return {"The cursor is not in a passage Proviso commented on.",
                        "Le curseur n'est pas dans un passage commenté par Proviso.",
                        "El cursor no está en un pasaje comentado por Proviso."};
            case Text::ExplainTitle:
                return {"Proviso: why this passage is flagged",
                        "Proviso : pourquoi ce passage est signalé",
                        "Proviso: por qué se señala este pasaje"};
            case Text::CopySuggestion:
                return {"Copy suggested redraft", "Copier la rédaction proposée",
                        "Copiar la redacción propuesta"};
            case Text::Close:
                return {"Close", "Fermer", "Cerrar"};
            case Text::WhyItMatters:
                return {"Why it matters: ", "Pourquoi c'est grave : ", "Por qué importa: "};
            case Text::AskFor:
                return {"Ask for: ", "Demander : ", "Pedir: "};
            case Text::Standards:
                return {"Standards: ", "Normes : ", "Normas: "};
            case Text::Quoted:
                return {"\xE2\x80\x9C{0}\xE2\x80\x9D", "« {0} »", "«{0}»"};
            default:
                return {"", "", ""};
        }
    };
    const Row texts = row(id);
    const std::size_t column = language.rfind("fr", 0) == 0   ? 1
                               : language.rfind("es", 0) == 0 ? 2
                                                              : 0;
    return fillPlaceholders(texts[column], {arg});
}

namespace {

// The headings of a rule's examples in the explanation; not in the catalogue's ids yet.
// TODO(catalogue): add to report::Text and move to report::say with menuText.
std::string examplesHeading(bool flagged, const std::string& language) {
    if (language.rfind("fr", 0) == 0) {
        return flagged ? "Exemples que la règle signale :" : "Exemples qu'elle laisse passer :";
    }
    if (language.rfind("es", 0) == 0) {
        return flagged ? "Ejemplos que la regla señala:" : "Ejemplos que deja pasar:";
    }
    return flagged ? "Examples the rule flags:" : "Examples it lets pass:";
}

// A rule text as it reads for this passage: {match} is the flagged words; what depends on the
// whole provision ({provision}, {missing}) is shown as an ellipsis.
std::string forPassage(const std::string& text, const std::string& words) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto close = text[i] == '{' ? text.find('}', i) : std::string::npos;
        if (close == std::string::npos) {
            out += text[i];
            continue;
        }
        out += text.compare(i, close - i + 1, "{match}") == 0 ? words : "\xE2\x80\xA6";  // U+2026
        i = close;
    }
    return out;
}

// A rule example as a reader sees it: the words it must flag, written [[so]], in quotation
// marks; its blocks (one per line) kept apart.
std::string readableExample(const std::string& text, const std::string& language) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto open = text.find("[[", at);
        const auto close = open == std::string::npos ? open : text.find("]]", open + 2);
        if (close == std::string::npos) {
            out += text.substr(at);
            break;
        }
        out += text.substr(at, open - at);
        out += menuText(Text::Quoted, language, text.substr(open + 2, close - open - 2));
        at = close + 2;
    }
    return out;
}

}  // namespace

std::string explainRule(const RuleInfo& rule, const std::string& words,
                        const std::string& language) {
    std::string out = rule.id + "\n\n" + forPassage(rule.message.in(language), words) + "\n";
    if (!rule.rationale.empty()) {
        out += "\n" + menuText(Text::WhyItMatters, language) +
               forPassage(rule.rationale.in(language), words) + "\n";
    }
    if (!rule.suggestion.empty()) {
        out += "\n" + menuText(Text::AskFor, language) +
               forPassage(rule.suggestion.in(language), words) + "\n";
    }
    if (!rule.references.empty()) {
        out += "\n" + menuText(Text::Standards, language);
        for (std::size_t i = 0; i < rule.references.size(); ++i) {
            out += (i == 0 ? "" : "; ") + rule.references[i];
        }
        out += "\n";
    }
    for (const bool flagged : {true, false}) {
        std::string list;
        for (const RuleExample& example : rule.examples) {
            if (example.mustFlag == flagged) {
                list += "\xE2\x80\xA2 " + readableExample(example.text, language) + "\n";
            }
        }
        if (!list.empty()) out += "\n" + examplesHeading(flagged, language) + "\n" + list;
    }
    return out;
}

namespace {

ActionResult told(std::string status, std::string message, sal_Int16 type) {
    ActionResult result;
    result.status = std::move(status);
    result.message = std::move(message);
    result.infobarType = type;
    return result;
}

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
    const std::string text = found == rules.all.end()
                                 ? comment.content
                                 : explainRule((*found)->info(), comment.words, place.uiLanguage);
    const std::string suggestion =
        found == rules.all.end()
            ? std::string()
            : forPassage((*found)->info().suggestion.in(place.uiLanguage), comment.words);
    if (place.interactive) {
        showExplanation(place.context, place.frame, menuText(Text::ExplainTitle, place.uiLanguage),
                        text, suggestion, place.uiLanguage);
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
    return told("ok", menuText(Text::RuleDisabledEverywhere, place.uiLanguage, comment.ruleId),
                css::frame::InfobarType::INFO);
}

}  // namespace

ActionResult runFindingAction(FindingAction action, const ActionPlace& place) {
    const std::string& lang = place.uiLanguage;
    const bool changesDocument = action == FindingAction::Ignore ||
                                 action == FindingAction::DisableRule ||
                                 action == FindingAction::RestoreDismissed;
    if (changesDocument && isReadOnly(place.doc)) {
        return told("read-only", message(Msg::ReadOnly, lang), css::frame::InfobarType::WARNING);
    }
    if (action == FindingAction::RestoreDismissed) {
        const int restored = restoreDismissed(place.doc);
        ActionResult result =
            restored == 0
                ? told("ok", menuText(Text::NothingToRestore, lang), css::frame::InfobarType::INFO)
                : told("ok", menuText(Text::Restored, lang, std::to_string(restored)),
                       css::frame::InfobarType::SUCCESS);
        result.values.emplace_back("Restored", Any(static_cast<sal_Int32>(restored)));
        return result;
    }

    const std::string author = commentAuthor(readSettings(place.context));
    const std::optional<CommentAt> comment =
        provisoCommentAt(place.doc, viewCursor(place.doc), author);
    if (!comment) {
        return told("no-finding", menuText(Text::NoFindingHere, lang),
                    css::frame::InfobarType::INFO);
    }
    ActionResult result;
    switch (action) {
        case FindingAction::Explain:
            result = explain(*comment, place);
            break;
        case FindingAction::Ignore:
            ignoreFinding(place.doc, *comment, lang);
            result = told("ok", menuText(Text::Ignored, lang), css::frame::InfobarType::SUCCESS);
            break;
        case FindingAction::DisableRule: {
            const int removed = disableRuleInDocument(place.doc, comment->ruleId, author, lang);
            result = told("ok", menuText(Text::RuleDisabledHere, lang, comment->ruleId),
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
