#include "messages.hpp"

#include <array>

namespace proviso::uno {

namespace {

struct Texts {
    Msg id;
    const char* en;
    const char* fr;
    const char* es;
};

// clang-format off
constexpr std::array kTexts = {
    Texts{Msg::ProgressReading, "Proviso: reading the document",
          "Proviso : lecture du document", "Proviso: leyendo el documento"},
    Texts{Msg::ProgressChecking, "Proviso: checking the text",
          "Proviso : vérification du texte", "Proviso: revisando el texto"},
    Texts{Msg::ProgressComments, "Proviso: writing comments",
          "Proviso : ajout des commentaires", "Proviso: añadiendo comentarios"},
    Texts{Msg::NoRiskFound, "No risky language found.",
          "Aucune formulation à risque trouvée.", "No se encontró lenguaje de riesgo."},
    Texts{Msg::FindingsSummary, "{0} findings: {1} high, {2} medium, {3} low.",
          "{0} constats : {1} élevés, {2} moyens, {3} faibles.",
          "{0} hallazgos: {1} altos, {2} medios, {3} bajos."},
    Texts{Msg::InSelection, "(in the selection)", "(dans la sélection)", "(en la selección)"},
    Texts{Msg::CommentChanges, "Comments: {0} added, {1} kept, {2} removed.",
          "Commentaires : {0} ajoutés, {1} conservés, {2} supprimés.",
          "Comentarios: {0} añadidos, {1} conservados, {2} eliminados."},
    Texts{Msg::NotCommented,
          "{0} findings were not commented: they lie in protected text, or inside a tracked change that runs over several paragraphs.",
          "{0} constats n'ont pas été commentés : ils se trouvent dans un texte protégé ou dans une modification suivie qui couvre plusieurs paragraphes.",
          "{0} hallazgos no se comentaron: están en texto protegido o dentro de un cambio registrado que abarca varios párrafos."},
    Texts{Msg::ReadOnly,
          "This document is read-only, so Proviso changed nothing. Use Edit > Edit Mode or save a copy, then check again.",
          "Ce document est en lecture seule : Proviso n'a rien modifié. Passez en mode édition ou enregistrez une copie, puis relancez.",
          "Este documento es de solo lectura, así que Proviso no cambió nada. Active el modo de edición o guarde una copia y vuelva a revisar."},
    Texts{Msg::NoSelection, "Select the text to check first.",
          "Sélectionnez d'abord le texte à vérifier.", "Seleccione primero el texto a revisar."},
    Texts{Msg::Cleared, "{0} Proviso comments removed; other comments were left alone.",
          "{0} commentaires de Proviso supprimés ; les autres commentaires sont intacts.",
          "{0} comentarios de Proviso eliminados; los demás comentarios siguen intactos."},
    Texts{Msg::NothingToClear, "There are no Proviso comments in this document.",
          "Ce document ne contient aucun commentaire de Proviso.",
          "Este documento no tiene comentarios de Proviso."},
    Texts{Msg::RuleProblems, "{0} problems in your rule files (the other rules were used). First: {1}",
          "{0} problèmes dans vos fichiers de règles (les autres règles ont été utilisées). Premier : {1}",
          "{0} problemas en sus archivos de reglas (se usaron las demás reglas). Primero: {1}"},
    Texts{Msg::TableWritten, "Findings table of {0}: {1} findings.",
          "Tableau des constats de {0} : {1} constats.", "Tabla de hallazgos de {0}: {1} hallazgos."},
    Texts{Msg::Failed, "Proviso could not finish: {0}. The document was left as it was.",
          "Proviso n'a pas pu terminer : {0}. Le document est resté tel quel.",
          "Proviso no pudo terminar: {0}. El documento quedó como estaba."},
    Texts{Msg::NotTextDocument, "Proviso checks text documents only.",
          "Proviso ne vérifie que les documents texte.", "Proviso solo revisa documentos de texto."},
    Texts{Msg::Busy, "Proviso is still working on the previous command.",
          "Proviso n'a pas fini la commande précédente.",
          "Proviso aún está trabajando en el comando anterior."},
    Texts{Msg::UndoCheck, "Proviso: check document", "Proviso : vérifier le document",
          "Proviso: revisar el documento"},
    Texts{Msg::UndoCheckSelection, "Proviso: check selection", "Proviso : vérifier la sélection",
          "Proviso: revisar la selección"},
    Texts{Msg::UndoClear, "Proviso: clear comments", "Proviso : effacer les commentaires",
          "Proviso: borrar los comentarios"},
};
// clang-format on

}  // namespace

std::string fillPlaceholders(std::string text, const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string key = "{" + std::to_string(i) + "}";
        for (std::size_t at = text.find(key); at != std::string::npos;
             at = text.find(key, at + args[i].size())) {
            text.replace(at, key.size(), args[i]);
        }
    }
    return text;
}

std::string message(Msg id, const std::string& language, const std::vector<std::string>& args) {
    for (const Texts& t : kTexts) {
        if (t.id != id) continue;
        const char* text = language == "fr" ? t.fr : language == "es" ? t.es : t.en;
        return fillPlaceholders(text, args);
    }
    return {};
}

std::string findingsSummary(int high, int medium, int low, bool selectionOnly,
                            const std::string& language) {
    const int total = high + medium + low;
    std::string text = total == 0 ? message(Msg::NoRiskFound, language)
                                  : message(Msg::FindingsSummary, language,
                                            {std::to_string(total), std::to_string(high),
                                             std::to_string(medium), std::to_string(low)});
    if (selectionOnly) text += " " + message(Msg::InSelection, language);
    return text;
}

}  // namespace proviso::uno
