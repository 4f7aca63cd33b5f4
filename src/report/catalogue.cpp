#include "proviso/report/catalogue.hpp"

#include <unicode/fieldpos.h>
#include <unicode/fmtable.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>
#include <optional>
#include <set>

#include "proviso/language.hpp"

namespace proviso::report {

namespace {

// One text in the three languages, as ICU MessageFormat patterns. In a pattern an apostrophe
// before a letter is itself (ICU's default, DOUBLE_OPTIONAL), but one before a brace, a '#' in
// a plural or another apostrophe starts quoted syntax: write "''" there. French puts a no-break
// space (U+00A0) before a colon or semicolon, written \u00a0 so that it can be seen.
struct Entry {
    Text id;
    const char* en;
    const char* fr;
    const char* es;
};

// clang-format off
constexpr std::array kCatalogue = {
    Entry{Text::ProgressReading,
          "Proviso: reading the document",
          "Proviso\u00a0: lecture du document",
          "Proviso: leyendo el documento"},
    Entry{Text::ProgressChecking,
          "Proviso: checking the text",
          "Proviso\u00a0: vérification du texte",
          "Proviso: revisando el texto"},
    Entry{Text::ProgressComments,
          "Proviso: writing comments",
          "Proviso\u00a0: ajout des commentaires",
          "Proviso: añadiendo comentarios"},
    Entry{Text::NoRiskFound,
          "No risky language found.",
          "Aucune formulation à risque relevée.",
          "No se encontró lenguaje de riesgo."},
    Entry{Text::FindingsSummary,
          "{0, plural, one {# finding} other {# findings}}: {1} high, {2} medium, {3} low.",
          "{0, plural, one {# constat} other {# constats}}\u00a0: "
          "{1, plural, one {# élevé} other {# élevés}}, {2, plural, one {# moyen} other {# moyens}}, "
          "{3, plural, one {# faible} other {# faibles}}.",
          "{0, plural, one {# hallazgo} other {# hallazgos}}: "
          "{1, plural, one {# alto} other {# altos}}, {2, plural, one {# medio} other {# medios}}, "
          "{3, plural, one {# bajo} other {# bajos}}."},
    Entry{Text::InSelection,
          "(in the selection)",
          "(dans la sélection)",
          "(en la selección)"},
    Entry{Text::CommentChanges,
          "Comments: {0} added, {1} kept, {2} removed.",
          "Commentaires\u00a0: {0, plural, one {# ajouté} other {# ajoutés}}, "
          "{1, plural, one {# conservé} other {# conservés}}, "
          "{2, plural, one {# supprimé} other {# supprimés}}.",
          "Comentarios: {0, plural, one {# añadido} other {# añadidos}}, "
          "{1, plural, one {# conservado} other {# conservados}}, "
          "{2, plural, one {# eliminado} other {# eliminados}}."},
    Entry{Text::NotCommented,
          "{0, plural, one {# finding was not commented: it lies in protected text, or inside a "
          "tracked change that runs over several paragraphs.} other {# findings were not "
          "commented: they lie in protected text, or inside a tracked change that runs over "
          "several paragraphs.}}",
          "{0, plural, one {# constat n'a pas été commenté\u00a0: il se trouve dans un texte "
          "protégé ou dans une modification suivie qui couvre plusieurs paragraphes.} other "
          "{# constats n'ont pas été commentés\u00a0: ils se trouvent dans un texte protégé ou "
          "dans une modification suivie qui couvre plusieurs paragraphes.}}",
          "{0, plural, one {# hallazgo no se comentó: está en texto protegido o dentro de un "
          "cambio registrado que abarca varios párrafos.} other {# hallazgos no se comentaron: "
          "están en texto protegido o dentro de un cambio registrado que abarca varios "
          "párrafos.}}"},
    Entry{Text::DismissedCount,
          "{0, plural, one {# finding dismissed earlier was not added again.} "
          "other {# findings dismissed earlier were not added again.}}",
          "{0, plural, one {# constat écarté auparavant n'a pas été ajouté de nouveau.} "
          "other {# constats écartés auparavant n'ont pas été ajoutés de nouveau.}}",
          "{0, plural, one {# hallazgo descartado antes no se volvió a añadir.} "
          "other {# hallazgos descartados antes no se volvieron a añadir.}}"},
    Entry{Text::NoLongerFoundCount,
          "{0, plural, one {# comment someone worked on is kept, marked “no longer found”.} "
          "other {# comments someone worked on are kept, marked “no longer found”.}}",
          "{0, plural, one {# commentaire sur lequel quelqu'un est intervenu est conservé, avec "
          "la mention «\u00a0plus relevé\u00a0».} other {# commentaires sur lesquels quelqu'un "
          "est intervenu sont conservés, avec la mention «\u00a0plus relevé\u00a0».}}",
          "{0, plural, one {# comentario en el que alguien intervino se conserva, marcado «ya no "
          "detectado».} other {# comentarios en los que alguien intervino se conservan, "
          "marcados «ya no detectado».}}"},
    Entry{Text::ReadOnly,
          "This document is read-only, so Proviso changed nothing. Use Edit > Edit Mode or save "
          "a copy, then check again.",
          "Ce document est en lecture seule\u00a0: Proviso n'a rien modifié. Passez en mode "
          "édition ou enregistrez une copie, puis relancez la vérification.",
          "Este documento es de solo lectura, así que Proviso no cambió nada. Active el modo de "
          "edición o guarde una copia y vuelva a revisar."},
    Entry{Text::NoSelection,
          "Select the text to check first.",
          "Sélectionnez d'abord le texte à vérifier.",
          "Seleccione primero el texto que desea revisar."},
    Entry{Text::Cleared,
          "{0, plural, one {# Proviso comment removed; other comments were left alone.} "
          "other {# Proviso comments removed; other comments were left alone.}}",
          "{0, plural, one {# commentaire de Proviso supprimé\u00a0; les autres commentaires "
          "sont intacts.} other {# commentaires de Proviso supprimés\u00a0; les autres "
          "commentaires sont intacts.}}",
          "{0, plural, one {# comentario de Proviso eliminado; los demás comentarios siguen "
          "intactos.} other {# comentarios de Proviso eliminados; los demás comentarios siguen "
          "intactos.}}"},
    Entry{Text::ClearKept,
          "{0, plural, one {# Proviso comment was kept because someone edited it or replied to "
          "it.} other {# Proviso comments were kept because someone edited them or replied to "
          "them.}}",
          "{0, plural, one {# commentaire de Proviso a été conservé parce que quelqu'un l'a "
          "modifié ou y a répondu.} other {# commentaires de Proviso ont été conservés parce "
          "que quelqu'un les a modifiés ou y a répondu.}}",
          "{0, plural, one {Se conservó # comentario de Proviso porque alguien lo editó o le "
          "añadió una respuesta.} other {Se conservaron # comentarios de Proviso porque alguien "
          "los editó o les añadió respuestas.}}"},
    Entry{Text::NothingToClear,
          "There are no Proviso comments in this document.",
          "Ce document ne contient aucun commentaire de Proviso.",
          "Este documento no tiene comentarios de Proviso."},
    Entry{Text::RuleProblems,
          "{0, plural, one {# problem in your rule files (the other rules were used): {1}} "
          "other {# problems in your rule files (the other rules were used). First: {1}}}",
          "{0, plural, one {# problème dans vos fichiers de règles (les autres règles ont été "
          "utilisées)\u00a0: {1}} other {# problèmes dans vos fichiers de règles (les autres "
          "règles ont été utilisées). Premier\u00a0: {1}}}",
          "{0, plural, one {# problema en sus archivos de reglas (se usaron las demás reglas): "
          "{1}} other {# problemas en sus archivos de reglas (se usaron las demás reglas). "
          "El primero: {1}}}"},
    Entry{Text::TableWritten,
          "Findings table of {0}: {1, plural, one {# finding.} other {# findings.}}",
          "Tableau des constats de {0}\u00a0: {1, plural, one {# constat.} other {# constats.}}",
          "Tabla de hallazgos de {0}: {1, plural, one {# hallazgo.} other {# hallazgos.}}"},
    Entry{Text::Failed,
          "Proviso could not finish: {0}. The document was left as it was.",
          "Proviso n'a pas pu terminer\u00a0: {0}. Le document est resté tel quel.",
          "Proviso no pudo terminar: {0}. El documento quedó como estaba."},
    Entry{Text::NotTextDocument,
          "Proviso checks text documents only.",
          "Proviso ne vérifie que les documents texte.",
          "Proviso solo revisa documentos de texto."},
    Entry{Text::Busy,
          "Proviso is still working on the previous command.",
          "Proviso n'a pas fini la commande précédente.",
          "Proviso aún está trabajando en el comando anterior."},
    Entry{Text::UndoCheck,
          "Proviso: check document",
          "Proviso\u00a0: vérifier le document",
          "Proviso: revisar el documento"},
    Entry{Text::UndoCheckSelection,
          "Proviso: check selection",
          "Proviso\u00a0: vérifier la sélection",
          "Proviso: revisar la selección"},
    Entry{Text::UndoClear,
          "Proviso: clear comments",
          "Proviso\u00a0: effacer les commentaires",
          "Proviso: borrar los comentarios"},
    Entry{Text::UndoIgnore,
          "Proviso: ignore finding",
          "Proviso\u00a0: ignorer le constat",
          "Proviso: ignorar el hallazgo"},
    Entry{Text::UndoRestore,
          "Proviso: restore dismissed findings",
          "Proviso\u00a0: rétablir les constats écartés",
          "Proviso: restablecer los hallazgos descartados"},
    Entry{Text::UndoDisableRule,
          "Proviso: disable rule {0}",
          "Proviso\u00a0: désactiver la règle {0}",
          "Proviso: desactivar la regla {0}"},
    Entry{Text::Undone,
          "Proviso's last step was undone.",
          "La dernière opération de Proviso a été annulée.",
          "Se deshizo el último paso de Proviso."},
    Entry{Text::MenuExplain,
          "Explain this finding",
          "Expliquer ce constat",
          "Explicar este hallazgo"},
    Entry{Text::MenuIgnore,
          "Ignore this finding",
          "Ignorer ce constat",
          "Ignorar este hallazgo"},
    Entry{Text::MenuDisableHere,
          "Disable rule “{0}” in this document",
          "Désactiver la règle «\u00a0{0}\u00a0» dans ce document",
          "Desactivar la regla «{0}» en este documento"},
    Entry{Text::MenuDisableEverywhere,
          "Disable rule “{0}” everywhere",
          "Désactiver la règle «\u00a0{0}\u00a0» partout",
          "Desactivar la regla «{0}» en todas partes"},
    Entry{Text::MenuRestoreDismissed,
          "Restore dismissed findings",
          "Rétablir les constats écartés",
          "Restablecer los hallazgos descartados"},
    Entry{Text::Ignored,
          "Finding dismissed: later checks will not add it again while its text is unchanged.",
          "Constat écarté\u00a0: les vérifications suivantes ne l'ajouteront plus tant que son "
          "texte reste inchangé.",
          "Hallazgo descartado: las revisiones siguientes no lo volverán a añadir mientras su "
          "texto no cambie."},
    Entry{Text::RuleDisabledHere,
          "Rule “{0}” disabled in this document.",
          "Règle «\u00a0{0}\u00a0» désactivée dans ce document.",
          "Regla «{0}» desactivada en este documento."},
    Entry{Text::RuleDisabledEverywhere,
          "Rule “{0}” disabled for all documents (Tools > Options > Proviso).",
          "Règle «\u00a0{0}\u00a0» désactivée pour tous les documents (Outils > Options > "
          "Proviso).",
          "Regla «{0}» desactivada para todos los documentos (Herramientas > Opciones > "
          "Proviso)."},
    Entry{Text::Restored,
          "{0, plural, one {# dismissed finding restored: check again to see it.} "
          "other {# dismissed findings restored: check again to see them.}}",
          "{0, plural, one {# constat écarté rétabli\u00a0: relancez la vérification pour le "
          "voir.} other {# constats écartés rétablis\u00a0: relancez la vérification pour les "
          "voir.}}",
          "{0, plural, one {# hallazgo descartado restablecido: vuelva a revisar para verlo.} "
          "other {# hallazgos descartados restablecidos: vuelva a revisar para verlos.}}"},
    Entry{Text::NothingToRestore,
          "No findings were dismissed in this document.",
          "Aucun constat n'a été écarté dans ce document.",
          "No se descartó ningún hallazgo en este documento."},
    Entry{Text::NoFindingHere,
          "The cursor is not on a passage Proviso flagged.",
          "Le curseur ne se trouve pas sur un passage relevé par Proviso.",
          "El cursor no está en un pasaje señalado por Proviso."},
    Entry{Text::ExplainTitle,
          "Proviso: about this finding",
          "Proviso\u00a0: à propos de ce constat",
          "Proviso: sobre este hallazgo"},
    Entry{Text::CopySuggestion,
          "Copy the suggested wording",
          "Copier la formulation proposée",
          "Copiar la redacción propuesta"},
    Entry{Text::Close, "Close", "Fermer", "Cerrar"},
    Entry{Text::SeverityHigh, "High risk", "Risque élevé", "Riesgo alto"},
    Entry{Text::SeverityMedium, "Medium risk", "Risque moyen", "Riesgo medio"},
    Entry{Text::SeverityLow, "Low risk", "Risque faible", "Riesgo bajo"},
    Entry{Text::CategoryVagueOffence,
          "Vague offence",
          "Infraction vague",
          "Delito impreciso"},
    Entry{Text::CategoryUnsafeguardedPower,
          "Power without safeguards",
          "Pouvoir sans garanties",
          "Facultad sin salvaguardias"},
    Entry{Text::CategoryUnsafeguardedCooperation,
          "Cooperation without safeguards",
          "Coopération sans garanties",
          "Cooperación sin salvaguardias"},
    Entry{Text::CategoryOverbroadScope,
          "Overbroad scope",
          "Champ d'application trop large",
          "Ámbito excesivamente amplio"},
    Entry{Text::CategoryDrafting, "Drafting", "Rédaction", "Redacción"},
    Entry{Text::CategoryOther, "{0}", "{0}", "{0}"},
    Entry{Text::WhyItMatters,
          "Why it matters: ",
          "Pourquoi c'est important\u00a0: ",
          "Por qué importa: "},
    Entry{Text::AskFor, "Ask for: ", "À demander\u00a0: ", "Qué pedir: "},
    Entry{Text::Standards, "Standards: ", "Normes\u00a0: ", "Normas: "},
    Entry{Text::AlsoFlagged,
          "Also flagged in this provision: ",
          "Également relevé dans cette disposition\u00a0: ",
          "También señalado en esta disposición: "},
    Entry{Text::NoLongerFound,
          "No longer found by Proviso — kept because someone worked on this comment.",
          "Plus relevé par Proviso — conservé parce que quelqu'un est intervenu sur ce "
          "commentaire.",
          "Proviso ya no lo detecta — se conserva porque alguien intervino en este comentario."},
    Entry{Text::Quoted, "“{0}”", "«\u00a0{0}\u00a0»", "«{0}»"},
    Entry{Text::LevelLow, "Low", "Faible", "Baja"},
    Entry{Text::LevelMedium, "Medium", "Moyenne", "Media"},
    Entry{Text::LevelHigh, "High", "Élevée", "Alta"},
    Entry{Text::TableHeading,
          "Proviso findings: {0}",
          "Constats de Proviso\u00a0: {0}",
          "Hallazgos de Proviso: {0}"},
    Entry{Text::TableSummary,
          "Date: {0} – {1, plural, =0 {no findings} "
          "one {# finding, by severity: {2} high, {3} medium, {4} low} "
          "other {# findings, by severity: {2} high, {3} medium, {4} low}}",
          "Date\u00a0: {0} – {1, plural, =0 {aucun constat} "
          "one {# constat, par gravité\u00a0: élevée {2}, moyenne {3}, faible {4}} "
          "other {# constats, par gravité\u00a0: élevée {2}, moyenne {3}, faible {4}}}",
          "Fecha: {0} – {1, plural, =0 {ningún hallazgo} "
          "one {# hallazgo, por gravedad: alta {2}, media {3}, baja {4}} "
          "other {# hallazgos, por gravedad: alta {2}, media {3}, baja {4}}}"},
    Entry{Text::TableNoFindings,
          "Proviso found no risky language in this document.",
          "Proviso n'a relevé aucune formulation à risque dans ce document.",
          "Proviso no encontró lenguaje de riesgo en este documento."},
    // A paragraph number names a place, like a page number: never grouped.
    Entry{Text::TableParagraph,
          "para. {0, number, ::group-off}",
          "al. {0, number, ::group-off}",
          "párr. {0, number, ::group-off}"},
    Entry{Text::TableConcern, "{0}: {1}", "{0}\u00a0: {1}", "{0}: {1}"},
    Entry{Text::ColumnNumber, "No.", "N°", "N.º"},
    Entry{Text::ColumnProvision, "Provision", "Disposition", "Disposición"},
    Entry{Text::ColumnQuoted, "Quoted text", "Texte cité", "Texto citado"},
    Entry{Text::ColumnConcern, "Concern", "Préoccupation", "Preocupación"},
    Entry{Text::ColumnSeverity, "Severity", "Gravité", "Gravedad"},
    Entry{Text::ColumnSuggestion,
          "Suggested safeguard or redraft",
          "Garantie ou reformulation suggérée",
          "Salvaguardia o redacción sugerida"},
    Entry{Text::ColumnReferences, "Standards", "Normes", "Normas"},
    Entry{Text::OptionsAuthor,
          "Comment author:",
          "Auteur des commentaires\u00a0:",
          "Autor de los comentarios:"},
    Entry{Text::OptionsMinSeverity,
          "Minimum severity to report:",
          "Gravité minimale signalée\u00a0:",
          "Gravedad mínima señalada:"},
    Entry{Text::OptionsLanguage,
          "Document language:",
          "Langue des documents\u00a0:",
          "Idioma de los documentos:"},
    Entry{Text::OptionsAutomatic,
          "Automatic (from each paragraph)",
          "Automatique (d'après chaque paragraphe)",
          "Automático (según cada párrafo)"},
    Entry{Text::OptionsFolder,
          "Folder of your own rules:",
          "Dossier de vos propres règles\u00a0:",
          "Carpeta de sus propias reglas:"},
    Entry{Text::OptionsBrowse, "Browse...", "Parcourir...", "Examinar..."},
    Entry{Text::OptionsBrowseTitle,
          "Folder of your own rule packs",
          "Dossier de vos propres jeux de règles",
          "Carpeta de sus propios paquetes de reglas"},
    Entry{Text::OptionsToggle,
          "Switch on/off (Space)",
          "Activer/désactiver (Espace)",
          "Activar/desactivar (Espacio)"},
    Entry{Text::OptionsMoreProblems,
          "{0, plural, one {... and # more problem} other {... and # more problems}}",
          "{0, plural, one {... et # autre problème} other {... et # autres problèmes}}",
          "{0, plural, one {... y # problema más} other {... y # problemas más}}"},
    Entry{Text::OptionsFailed, "Proviso: {0}", "Proviso\u00a0: {0}", "Proviso: {0}"},
    Entry{Text::ExamplesFlagged, "Examples the rule flags:",
          "Exemples que la règle signale\u00a0:", "Ejemplos que la regla señala:"},
    Entry{Text::ExamplesPassed, "Examples it lets pass:",
          "Exemples qu'elle laisse passer\u00a0:", "Ejemplos que deja pasar:"},
    // The Proviso deck in Writer's sidebar.
    Entry{Text::PanelCheck, "Check Document", "Vérifier le document", "Revisar el documento"},
    Entry{Text::PanelAllLevels, "All levels of risk", "Tous les niveaux de risque",
          "Todos los niveles de riesgo"},
    Entry{Text::PanelAllCategories, "All concerns", "Toutes les préoccupations",
          "Todas las preocupaciones"},
    Entry{Text::PanelPrevious, "Previous", "Précédent", "Anterior"},
    Entry{Text::PanelNext, "Next", "Suivant", "Siguiente"},
    Entry{Text::PanelPosition, "{0} of {1}", "{0} sur {1}", "{0} de {1}"},
    Entry{Text::PanelCounts,
          "{0, plural, one {# comment} other {# comments}}: {1} high, {2} medium, {3} low",
          "{0, plural, one {# commentaire} other {# commentaires}}\u00a0: "
          "{1, plural, one {# élevé} other {# élevés}}, {2, plural, one {# moyen} other {# moyens}}, "
          "{3, plural, one {# faible} other {# faibles}}",
          "{0, plural, one {# comentario} other {# comentarios}}: "
          "{1, plural, one {# alto} other {# altos}}, {2, plural, one {# medio} other {# medios}}, "
          "{3, plural, one {# bajo} other {# bajos}}"},
    Entry{Text::PanelEmpty,
          "No Proviso comments in this document. Check Document puts one on each risky passage.",
          "Aucun commentaire de Proviso dans ce document. «\u00a0Vérifier le document\u00a0» en place un "
          "sur chaque passage à risque.",
          "Este documento no tiene comentarios de Proviso. «Revisar el documento» pone uno en "
          "cada pasaje de riesgo."},
    Entry{Text::PanelNoneShown,
          "No comment matches these filters.",
          "Aucun commentaire ne correspond à ces filtres.",
          "Ningún comentario coincide con estos filtros."},
    Entry{Text::PanelParagraph, "para. {0}", "al. {0}", "párr. {0}"},
    Entry{Text::PanelFilterHelp,
          "Show only the comments of this level of risk or concern",
          "N'afficher que les commentaires de ce niveau de risque ou de cette préoccupation",
          "Mostrar solo los comentarios de este nivel de riesgo o de esta preocupación"},
    Entry{Text::PanelListHelp,
          "Proviso's comments in document order. Select one to go to its words; Enter moves to the document.",
          "Les commentaires de Proviso dans l'ordre du document. En choisir un pour aller au passage\u00a0; Entrée passe au document.",
          "Los comentarios de Proviso en el orden del documento. Elegir uno lleva al pasaje; Intro pasa al documento."},
    // The findings table ready for an annex.
    Entry{Text::ColumnRationale, "Why it matters", "Pourquoi c'est important", "Por qué importa"},
    Entry{Text::AnnexNote,
          "Prepared with Proviso, a LibreOffice extension that flags risky language in laws and "
          "treaties (vague offences, powers without safeguards) for human-rights review. "
          "Rule packs: {0}.",
          "Établi avec Proviso, extension de LibreOffice qui relève les formulations à risque "
          "dans les lois et les traités (infractions vagues, pouvoirs sans garanties) aux fins "
          "d'un examen au regard des droits humains. Jeux de règles\u00a0: {0}.",
          "Elaborado con Proviso, extensión de LibreOffice que señala el lenguaje de riesgo en "
          "leyes y tratados (delitos vagos, facultades sin salvaguardias) para su examen desde "
          "la perspectiva de los derechos humanos. Paquetes de reglas: {0}."},
    Entry{Text::AnnexPack, "{0} (version {1})", "{0} (version {1})", "{0} (versión {1})"},
    Entry{Text::AnnexNoPacks, "none", "aucun", "ninguno"},
    // Options page: the tree of packs, categories and rules, its search box and Restore defaults.
    Entry{Text::OptionsSearch,
          "Find a rule:",
          "Chercher une règle\u00a0:",
          "Buscar una regla:"},
    Entry{Text::OptionsRestoreDefaults,
          "Restore defaults",
          "Valeurs par défaut",
          "Valores predeterminados"},
    Entry{Text::OptionsPackNode,
          "{0} Rule pack: {1}",
          "{0} Jeu de règles\u00a0: {1}",
          "{0} Paquete de reglas: {1}"},
    Entry{Text::OptionsPackNodeSilent,
          "{0} Rule pack: {1} \u2014 no rule at or above the minimum severity",
          "{0} Jeu de règles\u00a0: {1} \u2014 aucune règle n'atteint la gravité minimale",
          "{0} Paquete de reglas: {1} \u2014 ninguna regla alcanza la gravedad mínima"},
    Entry{Text::OptionsCategoryNode, "{0} {1}", "{0} {1}", "{0} {1}"},
    Entry{Text::OptionsRuleNode,
          "{0} {1} ({2}; {3}): {4}",
          "{0} {1} ({2}\u00a0; {3})\u00a0: {4}",
          "{0} {1} ({2}; {3}): {4}"},
    Entry{Text::OptionsAnyLanguage,
          "any language",
          "toutes langues",
          "cualquier idioma"},
    Entry{Text::OptionsNoMatch,
          "No rule matches \u201c{0}\u201d.",
          "Aucune règle ne correspond à «\u00a0{0}\u00a0».",
          "Ninguna regla coincide con «{0}»."},
    Entry{Text::OptionsSelectHint,
          "Select a rule to read what it looks for, why it matters and what to ask for instead.",
          "Sélectionnez une règle pour lire ce qu'elle recherche, pourquoi c'est important et ce "
          "qu'il faut demander à la place.",
          "Seleccione una regla para leer qué busca, por qué importa y qué pedir en su lugar."},
    Entry{Text::OptionsTreeRoot,
          "All rule packs",
          "Tous les jeux de règles",
          "Todos los paquetes de reglas"},
};
// clang-format on

static_assert(kCatalogue.size() == static_cast<std::size_t>(kLastText) + 1,
              "every Text id has its entry, and kLastText is the last id");

// say() looks an entry up by its id's position; a slip in the order would put the wrong words
// in front of a user with no error anywhere.
constexpr bool inIdOrder() {
    for (std::size_t i = 0; i < kCatalogue.size(); ++i) {
        if (static_cast<std::size_t>(kCatalogue[i].id) != i) return false;
    }
    return true;
}
static_assert(inIdOrder(), "the catalogue lists the ids in the order of the enum");

const Entry* entryOf(Text id) {
    const auto index = static_cast<std::size_t>(id);
    return index < kCatalogue.size() ? &kCatalogue[index] : nullptr;
}

const char* patternIn(const Entry& entry, std::string_view language) {
    if (language == "fr") return entry.fr;
    if (language == "es") return entry.es;
    return entry.en;
}

icu::UnicodeString unicode(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string utf8(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

// The pattern with the arguments put in, in the conventions of `language`; nullopt, with ICU's
// reason in `error` if asked, when ICU refuses the pattern or the arguments.
std::optional<std::string> format(const char* pattern, std::string_view language,
                                  const std::vector<Arg>& args, std::string* error = nullptr) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    const icu::MessageFormat message(unicode(pattern), icu::Locale(std::string(language).c_str()),
                                     parseError, status);
    if (U_FAILURE(status)) {
        if (error != nullptr) {
            *error = std::string(u_errorName(status)) + " at offset " +
                     std::to_string(parseError.offset);
        }
        return std::nullopt;
    }
    std::vector<icu::Formattable> values;
    values.reserve(args.size());
    for (const Arg& arg : args) {
        if (arg.isNumber) {
            values.emplace_back(static_cast<int64_t>(arg.number));
        } else {
            values.emplace_back(unicode(arg.text));  // a value, never read as a pattern
        }
    }
    icu::UnicodeString out;
    icu::FieldPosition ignored;
    message.format(values.data(), static_cast<int32_t>(values.size()), out, ignored, status);
    if (U_FAILURE(status)) {
        if (error != nullptr) *error = u_errorName(status);
        return std::nullopt;
    }
    return utf8(out);
}

// The numbers of the arguments a pattern uses, nested ones included.
std::set<int32_t> argumentsOf(const char* pattern) {
    std::set<int32_t> numbers;
    UErrorCode status = U_ZERO_ERROR;
    icu::MessagePattern parsed(unicode(pattern), nullptr, status);
    if (U_FAILURE(status)) return numbers;
    for (int32_t i = 0; i < parsed.countParts(); ++i) {
        const icu::MessagePattern::Part& part = parsed.getPart(i);
        if (part.getType() == UMSGPAT_PART_TYPE_ARG_NUMBER) numbers.insert(part.getValue());
    }
    return numbers;
}

struct CategoryText {
    std::string_view id;
    Text text;
};
constexpr std::array kCategories = {
    CategoryText{"vague-offence", Text::CategoryVagueOffence},
    CategoryText{"unsafeguarded-power", Text::CategoryUnsafeguardedPower},
    CategoryText{"unsafeguarded-cooperation", Text::CategoryUnsafeguardedCooperation},
    CategoryText{"overbroad-scope", Text::CategoryOverbroadScope},
    CategoryText{"drafting", Text::CategoryDrafting},
};

}  // namespace

std::string catalogueLanguage(std::string_view language) {
    const std::string primary = primarySubtag(language);
    for (const char* known : kLanguages) {
        if (primary == known) return primary;
    }
    return "en";
}

std::string say(Text id, std::string_view language, const std::vector<Arg>& args) {
    try {
        const Entry* entry = entryOf(id);
        if (entry == nullptr) return {};
        const std::string lang = catalogueLanguage(language);
        if (auto text = format(patternIn(*entry, lang), lang, args)) return *std::move(text);
        if (lang != "en") {
            if (auto text = format(entry->en, "en", args)) return *std::move(text);
        }
        // Only a broken pattern gets here, and catalogueProblems() names it in the tests; the
        // bare words still tell the user more than nothing.
        return entry->en;
    } catch (...) {
        // Out of memory, in practice: a message must never be what takes the office down.
        return {};
    }
}

std::string severityName(Severity severity, std::string_view language) {
    switch (severity) {
        case Severity::High:
            return say(Text::SeverityHigh, language);
        case Severity::Medium:
            return say(Text::SeverityMedium, language);
        case Severity::Low:
            break;
    }
    return say(Text::SeverityLow, language);
}

std::string severityLevel(Severity severity, std::string_view language) {
    switch (severity) {
        case Severity::High:
            return say(Text::LevelHigh, language);
        case Severity::Medium:
            return say(Text::LevelMedium, language);
        case Severity::Low:
            break;
    }
    return say(Text::LevelLow, language);
}

std::string categoryName(std::string_view category, std::string_view language) {
    for (const CategoryText& known : kCategories) {
        if (known.id == category) return say(known.text, language);
    }
    return say(Text::CategoryOther, language, {std::string(category)});
}

std::string findingsSummary(int high, int medium, int low, bool selectionOnly,
                            std::string_view language) {
    const int total = high + medium + low;
    std::string text = total == 0
                           ? say(Text::NoRiskFound, language)
                           : say(Text::FindingsSummary, language, {total, high, medium, low});
    if (selectionOnly) text += " " + say(Text::InSelection, language);
    return text;
}

std::vector<std::string> catalogueProblems() {
    std::vector<std::string> problems;
    // Numbers for every argument, text ones included (ICU shows a number wherever a text can
    // stand), at the plural forms the three languages tell apart.
    const std::vector<std::vector<Arg>> samples = {
        {0, 0, 0, 0, 0, 0}, {1, 1, 1, 1, 1, 1}, {2, 3, 4, 5, 6, 7}, {12345, 1, 0, 2, 1, 0}};
    for (const Entry& entry : kCatalogue) {
        const std::string name =
            "text " + std::to_string(static_cast<int>(entry.id)) + " (\"" + entry.en + "\")";
        const std::set<int32_t> english = argumentsOf(entry.en);
        for (const char* language : kLanguages) {
            const char* pattern = patternIn(entry, language);
            if (argumentsOf(pattern) != english) {
                problems.push_back(name + " in " + language +
                                   ": not the same arguments as in English");
            }
            for (const auto& args : samples) {
                std::string error;
                const auto text = format(pattern, language, args, &error);
                if (!text) {
                    problems.push_back(name + " in " + language + ": " + error);
                    break;
                }
                // Left over syntax means an apostrophe quoted what it should not have.
                if (text->empty() || text->find_first_of("{}#") != std::string::npos ||
                    text->find("''") != std::string::npos) {
                    problems.push_back(name + " in " + language + " gives \"" + *text + "\"");
                    break;
                }
            }
        }
    }
    return problems;
}

}  // namespace proviso::report
