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

// One text in the six languages, as ICU MessageFormat patterns. In a pattern an apostrophe
// before a letter is itself (ICU's default, DOUBLE_OPTIONAL), but one before a brace, a '#' in
// a plural or another apostrophe starts quoted syntax: write "''" there. French puts a no-break
// space (U+00A0) before a colon or semicolon, written \u00a0 so that it can be seen.
// Plurals take the forms ICU's rules give each language: Arabic zero, one, two, few (3-10),
// many (11-99) and other (100, 101...); Russian one (1, 21), few (2-4, 22), many (5-20, 25) and
// other (fractions); Chinese other only. Arabic uses its own comma (U+060C) and semicolon
// (U+061B) and « »; an Arabic text that would begin with Latin letters (the name Proviso)
// starts with a right-to-left mark (\u200f), so that a display that takes a paragraph's
// direction from its first letter still sets it right to left. Chinese uses full-width
// punctuation and “ ”, with a space only between Chinese and a Latin word.
struct Entry {
    Text id;
    const char* en;
    const char* fr;
    const char* es;
    const char* ar;
    const char* ru;
    const char* zh;
};

// clang-format off
constexpr std::array kCatalogue = {
    Entry{Text::ProgressReading,
          "Proviso: reading the document",
          "Proviso\u00a0: lecture du document",
          "Proviso: leyendo el documento",
          "\u200fProviso: جارٍ قراءة المستند",
          "Proviso: чтение документа",
          "Proviso：正在读取文档"},
    Entry{Text::ProgressChecking,
          "Proviso: checking the text",
          "Proviso\u00a0: vérification du texte",
          "Proviso: revisando el texto",
          "\u200fProviso: جارٍ فحص النص",
          "Proviso: проверка текста",
          "Proviso：正在检查文本"},
    Entry{Text::ProgressComments,
          "Proviso: writing comments",
          "Proviso\u00a0: ajout des commentaires",
          "Proviso: añadiendo comentarios",
          "\u200fProviso: جارٍ إضافة التعليقات",
          "Proviso: добавление комментариев",
          "Proviso：正在添加批注"},
    Entry{Text::NoRiskFound,
          "No risky language found.",
          "Aucune formulation à risque relevée.",
          "No se encontró lenguaje de riesgo.",
          "لم يُعثر على صياغات تنطوي على مخاطر.",
          "Формулировок, создающих риск, не обнаружено.",
          "未发现有风险的措辞。"},
    Entry{Text::FindingsSummary,
          "{0, plural, one {# finding} other {# findings}}: {1} high, {2} medium, {3} low.",
          "{0, plural, one {# constat} other {# constats}}\u00a0: "
          "{1, plural, one {# élevé} other {# élevés}}, {2, plural, one {# moyen} other {# moyens}}, "
          "{3, plural, one {# faible} other {# faibles}}.",
          "{0, plural, one {# hallazgo} other {# hallazgos}}: "
          "{1, plural, one {# alto} other {# altos}}, {2, plural, one {# medio} other {# medios}}, "
          "{3, plural, one {# bajo} other {# bajos}}.",
          "{0, plural, zero {لا توجد ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} "
          "many {# ملاحظة} other {# ملاحظة}}؛ حسب الخطورة: عالية {1}، متوسطة {2}، منخفضة {3}.",
          "{0, plural, one {# замечание} few {# замечания} many {# замечаний} other {# "
          "замечания}}: высокий риск — {1}, средний — {2}, низкий — {3}.",
          "共{0}处问题：高风险{1}处，中风险{2}处，低风险{3}处。"},
    Entry{Text::InSelection,
          "(in the selection)",
          "(dans la sélection)",
          "(en la selección)",
          "(ضمن النص المحدد)",
          "(в выделенном фрагменте)",
          "（仅限所选内容）"},
    Entry{Text::CommentChanges,
          "Comments: {0} added, {1} kept, {2} removed.",
          "Commentaires\u00a0: {0, plural, one {# ajouté} other {# ajoutés}}, "
          "{1, plural, one {# conservé} other {# conservés}}, "
          "{2, plural, one {# supprimé} other {# supprimés}}.",
          "Comentarios: {0, plural, one {# añadido} other {# añadidos}}, "
          "{1, plural, one {# conservado} other {# conservados}}, "
          "{2, plural, one {# eliminado} other {# eliminados}}.",
          "التعليقات: أُضيف {0}، وأُبقي على {1}، وحُذف {2}.",
          "Комментарии: добавлено — {0}, сохранено — {1}, удалено — {2}.",
          "批注：新增{0}条，保留{1}条，删除{2}条。"},
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
          "párrafos.}}",
          "{0, plural, zero {لا توجد ملاحظات لم يُعلَّق عليها.} one {لم يُعلَّق على ملاحظة واحدة "
          "لأنها تقع في نص محمي أو داخل تغيير مُتتبَّع يمتد على عدة فقرات.} two {لم يُعلَّق على "
          "ملاحظتين لأنهما تقعان في نص محمي أو داخل تغيير مُتتبَّع يمتد على عدة فقرات.} few {لم "
          "يُعلَّق على # ملاحظات لأنها تقع في نص محمي أو داخل تغيير مُتتبَّع يمتد على عدة فقرات.} "
          "many {لم يُعلَّق على # ملاحظة لأنها تقع في نص محمي أو داخل تغيير مُتتبَّع يمتد على عدة "
          "فقرات.} other {لم يُعلَّق على # ملاحظة لأنها تقع في نص محمي أو داخل تغيير مُتتبَّع "
          "يمتد على عدة فقرات.}}",
          "{0, plural, one {# замечание не оформлено комментарием: оно находится в защищённом "
          "тексте или внутри записанного изменения, охватывающего несколько абзацев.} few {# "
          "замечания не оформлены комментариями: они находятся в защищённом тексте или внутри "
          "записанного изменения, охватывающего несколько абзацев.} many {# замечаний не "
          "оформлены комментариями: они находятся в защищённом тексте или внутри записанного "
          "изменения, охватывающего несколько абзацев.} other {# замечания не оформлены "
          "комментариями: они находятся в защищённом тексте или внутри записанного изменения, "
          "охватывающего несколько абзацев.}}",
          "{0}处问题未添加批注：这些问题位于受保护的文本中，或位于跨越多个段落的修订记录内。"},
    Entry{Text::DismissedCount,
          "{0, plural, one {# finding dismissed earlier was not added again.} "
          "other {# findings dismissed earlier were not added again.}}",
          "{0, plural, one {# constat écarté auparavant n'a pas été ajouté de nouveau.} "
          "other {# constats écartés auparavant n'ont pas été ajoutés de nouveau.}}",
          "{0, plural, one {# hallazgo descartado antes no se volvió a añadir.} "
          "other {# hallazgos descartados antes no se volvieron a añadir.}}",
          "{0, plural, zero {لا توجد ملاحظات سبق استبعادها.} one {لم تُضَف مجدداً ملاحظة واحدة "
          "سبق استبعادها.} two {لم تُضَف مجدداً ملاحظتان سبق استبعادهما.} few {لم تُضَف مجدداً # "
          "ملاحظات سبق استبعادها.} many {لم تُضَف مجدداً # ملاحظة سبق استبعادها.} other {لم تُضَف "
          "مجدداً # ملاحظة سبق استبعادها.}}",
          "{0, plural, one {# ранее отклонённое замечание не добавлено повторно.} few {# ранее "
          "отклонённых замечания не добавлены повторно.} many {# ранее отклонённых замечаний не "
          "добавлены повторно.} other {# ранее отклонённых замечания не добавлены повторно.}}",
          "{0}处先前已忽略的问题未再次添加。"},
    Entry{Text::NoLongerFoundCount,
          "{0, plural, one {# comment someone worked on is kept, marked “no longer found”.} "
          "other {# comments someone worked on are kept, marked “no longer found”.}}",
          "{0, plural, one {# commentaire sur lequel quelqu'un est intervenu est conservé, avec "
          "la mention «\u00a0plus relevé\u00a0».} other {# commentaires sur lesquels quelqu'un "
          "est intervenu sont conservés, avec la mention «\u00a0plus relevé\u00a0».}}",
          "{0, plural, one {# comentario en el que alguien intervino se conserva, marcado «ya no "
          "detectado».} other {# comentarios en los que alguien intervino se conservan, "
          "marcados «ya no detectado».}}",
          "{0, plural, zero {لا توجد تعليقات عمل عليها أحد فأُبقي عليها.} one {أُبقي على تعليق "
          "واحد عمل عليه أحدهم، ووُسم بعبارة «لم يعد مرصوداً».} two {أُبقي على تعليقين عمل عليهما "
          "أحدهم، ووُسما بعبارة «لم يعد مرصوداً».} few {أُبقي على # تعليقات عمل عليها أحدهم، "
          "ووُسمت بعبارة «لم يعد مرصوداً».} many {أُبقي على # تعليقاً عمل عليها أحدهم، ووُسمت "
          "بعبارة «لم يعد مرصوداً».} other {أُبقي على # تعليق عمل عليها أحدهم، ووُسمت بعبارة «لم "
          "يعد مرصوداً».}}",
          "{0, plural, one {# комментарий, с которым кто-то работал, сохранён с пометкой «больше "
          "не выявляется».} few {# комментария, с которыми кто-то работал, сохранены с пометкой "
          "«больше не выявляется».} many {# комментариев, с которыми кто-то работал, сохранены с "
          "пометкой «больше не выявляется».} other {# комментария, с которыми кто-то работал, "
          "сохранены с пометкой «больше не выявляется».}}",
          "{0}条经他人处理过的批注已保留，并标注为“不再检出”。"},
    Entry{Text::ReadOnly,
          "This document is read-only, so Proviso changed nothing. Use Edit > Edit Mode or save "
          "a copy, then check again.",
          "Ce document est en lecture seule\u00a0: Proviso n'a rien modifié. Passez en mode "
          "édition ou enregistrez une copie, puis relancez la vérification.",
          "Este documento es de solo lectura, así que Proviso no cambió nada. Active el modo de "
          "edición o guarde una copia y vuelva a revisar.",
          "هذا المستند للقراءة فقط، لذا لم يغيّر Proviso شيئاً. استخدم تحرير > وضع التحرير أو "
          "احفظ نسخة، ثم أعد الفحص.",
          "Документ открыт только для чтения, поэтому Proviso ничего не изменил. Выберите Правка "
          "> Режим правки или сохраните копию, затем повторите проверку.",
          "此文档为只读文档，Proviso 未作任何更改。请选择“编辑 > 编辑模式”或保存副本，"
          "然后重新检查。"},
    Entry{Text::NoSelection,
          "Select the text to check first.",
          "Sélectionnez d'abord le texte à vérifier.",
          "Seleccione primero el texto que desea revisar.",
          "حدّد أولاً النص المراد فحصه.",
          "Сначала выделите текст для проверки.",
          "请先选择要检查的文本。"},
    Entry{Text::Cleared,
          "{0, plural, one {# Proviso comment removed; other comments were left alone.} "
          "other {# Proviso comments removed; other comments were left alone.}}",
          "{0, plural, one {# commentaire de Proviso supprimé\u00a0; les autres commentaires "
          "sont intacts.} other {# commentaires de Proviso supprimés\u00a0; les autres "
          "commentaires sont intacts.}}",
          "{0, plural, one {# comentario de Proviso eliminado; los demás comentarios siguen "
          "intactos.} other {# comentarios de Proviso eliminados; los demás comentarios siguen "
          "intactos.}}",
          "{0, plural, zero {لم يُحذف أي تعليق من تعليقات Proviso؛ ولم تُمَسّ التعليقات الأخرى.} "
          "one {حُذف تعليق واحد من تعليقات Proviso؛ ولم تُمَسّ التعليقات الأخرى.} two {حُذف "
          "تعليقان من تعليقات Proviso؛ ولم تُمَسّ التعليقات الأخرى.} few {حُذفت # تعليقات من "
          "تعليقات Proviso؛ ولم تُمَسّ التعليقات الأخرى.} many {حُذف # تعليقاً من تعليقات "
          "Proviso؛ ولم تُمَسّ التعليقات الأخرى.} other {حُذف # تعليق من تعليقات Proviso؛ ولم "
          "تُمَسّ التعليقات الأخرى.}}",
          "{0, plural, one {Удалён # комментарий Proviso; остальные комментарии не затронуты.} "
          "few {Удалено # комментария Proviso; остальные комментарии не затронуты.} many {Удалено "
          "# комментариев Proviso; остальные комментарии не затронуты.} other {Удалено # "
          "комментария Proviso; остальные комментарии не затронуты.}}",
          "已删除{0}条 Proviso 批注；其他批注未受影响。"},
    Entry{Text::ClearKept,
          "{0, plural, one {# Proviso comment was kept because someone edited it or replied to "
          "it.} other {# Proviso comments were kept because someone edited them or replied to "
          "them.}}",
          "{0, plural, one {# commentaire de Proviso a été conservé parce que quelqu'un l'a "
          "modifié ou y a répondu.} other {# commentaires de Proviso ont été conservés parce "
          "que quelqu'un les a modifiés ou y a répondu.}}",
          "{0, plural, one {Se conservó # comentario de Proviso porque alguien lo editó o le "
          "añadió una respuesta.} other {Se conservaron # comentarios de Proviso porque alguien "
          "los editó o les añadió respuestas.}}",
          "{0, plural, zero {لم يُبقَ على أي تعليق من تعليقات Proviso.} one {أُبقي على تعليق واحد "
          "من تعليقات Proviso لأن أحدهم عدّله أو ردّ عليه.} two {أُبقي على تعليقين من تعليقات "
          "Proviso لأن أحدهم عدّلهما أو ردّ عليهما.} few {أُبقي على # تعليقات من تعليقات Proviso "
          "لأن أحدهم عدّلها أو ردّ عليها.} many {أُبقي على # تعليقاً من تعليقات Proviso لأن أحدهم "
          "عدّلها أو ردّ عليها.} other {أُبقي على # تعليق من تعليقات Proviso لأن أحدهم عدّلها أو "
          "ردّ عليها.}}",
          "{0, plural, one {# комментарий Proviso сохранён, так как его изменили или на него "
          "ответили.} few {# комментария Proviso сохранены, так как их изменили или на них "
          "ответили.} many {# комментариев Proviso сохранены, так как их изменили или на них "
          "ответили.} other {# комментария Proviso сохранены, так как их изменили или на них "
          "ответили.}}",
          "{0}条 Proviso 批注因已被他人修改或回复而保留。"},
    Entry{Text::NothingToClear,
          "There are no Proviso comments in this document.",
          "Ce document ne contient aucun commentaire de Proviso.",
          "Este documento no tiene comentarios de Proviso.",
          "لا توجد تعليقات من Proviso في هذا المستند.",
          "В этом документе нет комментариев Proviso.",
          "此文档中没有 Proviso 批注。"},
    Entry{Text::RuleProblems,
          "{0, plural, one {# problem in your rule files (the other rules were used): {1}} "
          "other {# problems in your rule files (the other rules were used). First: {1}}}",
          "{0, plural, one {# problème dans vos fichiers de règles (les autres règles ont été "
          "utilisées)\u00a0: {1}} other {# problèmes dans vos fichiers de règles (les autres "
          "règles ont été utilisées). Premier\u00a0: {1}}}",
          "{0, plural, one {# problema en sus archivos de reglas (se usaron las demás reglas): "
          "{1}} other {# problemas en sus archivos de reglas (se usaron las demás reglas). "
          "El primero: {1}}}",
          "{0, plural, zero {لا توجد مشكلات في ملفات قواعدك (واستُخدمت القواعد الأخرى).} one "
          "{توجد مشكلة واحدة في ملفات قواعدك (واستُخدمت القواعد الأخرى): {1}} two {توجد مشكلتان "
          "في ملفات قواعدك (واستُخدمت القواعد الأخرى). الأولى: {1}} few {توجد # مشكلات في ملفات "
          "قواعدك (واستُخدمت القواعد الأخرى). الأولى: {1}} many {توجد # مشكلة في ملفات قواعدك "
          "(واستُخدمت القواعد الأخرى). الأولى: {1}} other {توجد # مشكلة في ملفات قواعدك "
          "(واستُخدمت القواعد الأخرى). الأولى: {1}}}",
          "{0, plural, one {# ошибка в ваших файлах правил (остальные правила применены): {1}} "
          "few {# ошибки в ваших файлах правил (остальные правила применены). Первая: {1}} many "
          "{# ошибок в ваших файлах правил (остальные правила применены). Первая: {1}} other {# "
          "ошибки в ваших файлах правил (остальные правила применены). Первая: {1}}}",
          "您的规则文件中有{0}处问题（其余规则已照常使用）。首个问题：{1}"},
    Entry{Text::TableWritten,
          "Findings table of {0}: {1, plural, one {# finding.} other {# findings.}}",
          "Tableau des constats de {0}\u00a0: {1, plural, one {# constat.} other {# constats.}}",
          "Tabla de hallazgos de {0}: {1, plural, one {# hallazgo.} other {# hallazgos.}}",
          "جدول ملاحظات «{0}»: {1, plural, zero {لا توجد ملاحظات.} one {ملاحظة واحدة.} two "
          "{ملاحظتان.} few {# ملاحظات.} many {# ملاحظة.} other {# ملاحظة.}}",
          "Таблица замечаний к документу «{0}»: {1, plural, one {# замечание.} few {# замечания.} "
          "many {# замечаний.} other {# замечания.}}",
          "《{0}》的问题表：共{1}处问题。"},
    Entry{Text::Failed,
          "Proviso could not finish: {0}. The document was left as it was.",
          "Proviso n'a pas pu terminer\u00a0: {0}. Le document est resté tel quel.",
          "Proviso no pudo terminar: {0}. El documento quedó como estaba.",
          "تعذّر على Proviso إتمام العملية: {0}. وبقي المستند على حاله.",
          "Proviso не удалось завершить работу: {0}. Документ оставлен без изменений.",
          "Proviso 未能完成操作：{0}。文档保持原样。"},
    Entry{Text::NotTextDocument,
          "Proviso checks text documents only.",
          "Proviso ne vérifie que les documents texte.",
          "Proviso solo revisa documentos de texto.",
          "لا يفحص Proviso إلا المستندات النصية.",
          "Proviso проверяет только текстовые документы.",
          "Proviso 仅检查文本文档。"},
    Entry{Text::Busy,
          "Proviso is still working on the previous command.",
          "Proviso n'a pas fini la commande précédente.",
          "Proviso aún está trabajando en el comando anterior.",
          "لا يزال Proviso يعمل على الأمر السابق.",
          "Proviso ещё выполняет предыдущую команду.",
          "Proviso 仍在执行上一条命令。"},
    Entry{Text::UndoCheck,
          "Proviso: check document",
          "Proviso\u00a0: vérifier le document",
          "Proviso: revisar el documento",
          "\u200fProviso: فحص المستند",
          "Proviso: проверка документа",
          "Proviso：检查文档"},
    Entry{Text::UndoCheckSelection,
          "Proviso: check selection",
          "Proviso\u00a0: vérifier la sélection",
          "Proviso: revisar la selección",
          "\u200fProviso: فحص النص المحدد",
          "Proviso: проверка выделенного фрагмента",
          "Proviso：检查所选内容"},
    Entry{Text::UndoClear,
          "Proviso: clear comments",
          "Proviso\u00a0: effacer les commentaires",
          "Proviso: borrar los comentarios",
          "\u200fProviso: مسح التعليقات",
          "Proviso: удаление комментариев",
          "Proviso：清除批注"},
    Entry{Text::UndoIgnore,
          "Proviso: ignore finding",
          "Proviso\u00a0: ignorer le constat",
          "Proviso: ignorar el hallazgo",
          "\u200fProviso: تجاهل الملاحظة",
          "Proviso: отклонение замечания",
          "Proviso：忽略问题"},
    Entry{Text::UndoRestore,
          "Proviso: restore dismissed findings",
          "Proviso\u00a0: rétablir les constats écartés",
          "Proviso: restablecer los hallazgos descartados",
          "\u200fProviso: استعادة الملاحظات المستبعدة",
          "Proviso: восстановление отклонённых замечаний",
          "Proviso：恢复已忽略的问题"},
    Entry{Text::UndoDisableRule,
          "Proviso: disable rule {0}",
          "Proviso\u00a0: désactiver la règle {0}",
          "Proviso: desactivar la regla {0}",
          "\u200fProviso: تعطيل القاعدة {0}",
          "Proviso: отключение правила {0}",
          "Proviso：停用规则 {0}"},
    Entry{Text::Undone,
          "Proviso's last step was undone.",
          "La dernière opération de Proviso a été annulée.",
          "Se deshizo el último paso de Proviso.",
          "تم التراجع عن آخر خطوة نفّذها Proviso.",
          "Последнее действие Proviso отменено.",
          "已撤销 Proviso 的上一步操作。"},
    Entry{Text::MenuExplain,
          "Explain this finding",
          "Expliquer ce constat",
          "Explicar este hallazgo",
          "شرح هذه الملاحظة",
          "Пояснить это замечание",
          "解释此问题"},
    Entry{Text::MenuIgnore,
          "Ignore this finding",
          "Ignorer ce constat",
          "Ignorar este hallazgo",
          "تجاهل هذه الملاحظة",
          "Отклонить это замечание",
          "忽略此问题"},
    Entry{Text::MenuDisableHere,
          "Disable rule “{0}” in this document",
          "Désactiver la règle «\u00a0{0}\u00a0» dans ce document",
          "Desactivar la regla «{0}» en este documento",
          "تعطيل القاعدة «{0}» في هذا المستند",
          "Отключить правило «{0}» в этом документе",
          "在此文档中停用规则“{0}”"},
    Entry{Text::MenuDisableEverywhere,
          "Disable rule “{0}” everywhere",
          "Désactiver la règle «\u00a0{0}\u00a0» partout",
          "Desactivar la regla «{0}» en todas partes",
          "تعطيل القاعدة «{0}» في جميع المستندات",
          "Отключить правило «{0}» во всех документах",
          "在所有文档中停用规则“{0}”"},
    Entry{Text::MenuRestoreDismissed,
          "Restore dismissed findings",
          "Rétablir les constats écartés",
          "Restablecer los hallazgos descartados",
          "استعادة الملاحظات المستبعدة",
          "Восстановить отклонённые замечания",
          "恢复已忽略的问题"},
    Entry{Text::Ignored,
          "Finding dismissed: later checks will not add it again while its text is unchanged.",
          "Constat écarté\u00a0: les vérifications suivantes ne l'ajouteront plus tant que son "
          "texte reste inchangé.",
          "Hallazgo descartado: las revisiones siguientes no lo volverán a añadir mientras su "
          "texto no cambie.",
          "استُبعدت الملاحظة: لن تضيفها عمليات الفحص اللاحقة ما دام نصها لم يتغير.",
          "Замечание отклонено: при следующих проверках оно не будет добавлено, пока его текст не "
          "изменится.",
          "已忽略此问题：只要其文本未更改，以后的检查不会再次添加。"},
    Entry{Text::RuleDisabledHere,
          "Rule “{0}” disabled in this document.",
          "Règle «\u00a0{0}\u00a0» désactivée dans ce document.",
          "Regla «{0}» desactivada en este documento.",
          "عُطّلت القاعدة «{0}» في هذا المستند.",
          "Правило «{0}» отключено в этом документе.",
          "已在此文档中停用规则“{0}”。"},
    Entry{Text::RuleDisabledEverywhere,
          "Rule “{0}” disabled for all documents (Tools > Options > Proviso).",
          "Règle «\u00a0{0}\u00a0» désactivée pour tous les documents (Outils > Options > "
          "Proviso).",
          "Regla «{0}» desactivada para todos los documentos (Herramientas > Opciones > "
          "Proviso).",
          "عُطّلت القاعدة «{0}» لجميع المستندات (أدوات > خيارات > Proviso).",
          "Правило «{0}» отключено для всех документов (Сервис > Параметры > Proviso).",
          "已对所有文档停用规则“{0}”（工具 > 选项 > Proviso）。"},
    Entry{Text::Restored,
          "{0, plural, one {# dismissed finding restored: check again to see it.} "
          "other {# dismissed findings restored: check again to see them.}}",
          "{0, plural, one {# constat écarté rétabli\u00a0: relancez la vérification pour le "
          "voir.} other {# constats écartés rétablis\u00a0: relancez la vérification pour les "
          "voir.}}",
          "{0, plural, one {# hallazgo descartado restablecido: vuelva a revisar para verlo.} "
          "other {# hallazgos descartados restablecidos: vuelva a revisar para verlos.}}",
          "{0, plural, zero {لا توجد ملاحظات مستبعدة لاستعادتها.} one {استُعيدت ملاحظة واحدة "
          "مستبعدة: أعد الفحص لعرضها.} two {استُعيدت ملاحظتان مستبعدتان: أعد الفحص لعرضهما.} few "
          "{استُعيدت # ملاحظات مستبعدة: أعد الفحص لعرضها.} many {استُعيدت # ملاحظة مستبعدة: أعد "
          "الفحص لعرضها.} other {استُعيدت # ملاحظة مستبعدة: أعد الفحص لعرضها.}}",
          "{0, plural, one {Восстановлено # отклонённое замечание: повторите проверку, чтобы "
          "увидеть его.} few {Восстановлено # отклонённых замечания: повторите проверку, чтобы "
          "увидеть их.} many {Восстановлено # отклонённых замечаний: повторите проверку, чтобы "
          "увидеть их.} other {Восстановлено # отклонённых замечания: повторите проверку, чтобы "
          "увидеть их.}}",
          "已恢复{0}处已忽略的问题：请重新检查以查看。"},
    Entry{Text::NothingToRestore,
          "No findings were dismissed in this document.",
          "Aucun constat n'a été écarté dans ce document.",
          "No se descartó ningún hallazgo en este documento.",
          "لم تُستبعد أي ملاحظة في هذا المستند.",
          "В этом документе нет отклонённых замечаний.",
          "此文档中没有已忽略的问题。"},
    Entry{Text::NoFindingHere,
          "The cursor is not on a passage Proviso flagged.",
          "Le curseur ne se trouve pas sur un passage relevé par Proviso.",
          "El cursor no está en un pasaje señalado por Proviso.",
          "المؤشر ليس على مقطع أشار إليه Proviso.",
          "Курсор находится не на фрагменте, отмеченном Proviso.",
          "光标不在 Proviso 标记的文本上。"},
    Entry{Text::ExplainTitle,
          "Proviso: about this finding",
          "Proviso\u00a0: à propos de ce constat",
          "Proviso: sobre este hallazgo",
          "\u200fProviso: عن هذه الملاحظة",
          "Proviso: об этом замечании",
          "Proviso：关于此问题"},
    Entry{Text::CopySuggestion,
          "Copy the suggested wording",
          "Copier la formulation proposée",
          "Copiar la redacción propuesta",
          "نسخ الصياغة المقترحة",
          "Копировать предлагаемую формулировку",
          "复制建议的措辞"},
    Entry{Text::Close, "Close", "Fermer", "Cerrar",
          "إغلاق",
          "Закрыть",
          "关闭"},
    Entry{Text::SeverityHigh, "High risk", "Risque élevé", "Riesgo alto",
          "خطورة عالية",
          "Высокий риск",
          "高风险"},
    Entry{Text::SeverityMedium, "Medium risk", "Risque moyen", "Riesgo medio",
          "خطورة متوسطة",
          "Средний риск",
          "中风险"},
    Entry{Text::SeverityLow, "Low risk", "Risque faible", "Riesgo bajo",
          "خطورة منخفضة",
          "Низкий риск",
          "低风险"},
    Entry{Text::CategoryVagueOffence,
          "Vague offence",
          "Infraction vague",
          "Delito impreciso",
          "جريمة غامضة التعريف",
          "Нечётко определённое правонарушение",
          "罪名界定模糊"},
    Entry{Text::CategoryUnsafeguardedPower,
          "Power without safeguards",
          "Pouvoir sans garanties",
          "Facultad sin salvaguardias",
          "سلطة دون ضمانات",
          "Полномочия без гарантий",
          "缺乏保障的权力"},
    Entry{Text::CategoryUnsafeguardedCooperation,
          "Cooperation without safeguards",
          "Coopération sans garanties",
          "Cooperación sin salvaguardias",
          "تعاون دون ضمانات",
          "Сотрудничество без гарантий",
          "缺乏保障的合作"},
    Entry{Text::CategoryOverbroadScope,
          "Overbroad scope",
          "Champ d'application trop large",
          "Ámbito excesivamente amplio",
          "نطاق مفرط الاتساع",
          "Чрезмерно широкая сфера применения",
          "适用范围过宽"},
    Entry{Text::CategoryDrafting, "Drafting", "Rédaction", "Redacción",
          "الصياغة",
          "Юридическая техника",
          "起草"},
    Entry{Text::CategoryOther, "{0}", "{0}", "{0}",
          "{0}",
          "{0}",
          "{0}"},
    Entry{Text::WhyItMatters,
          "Why it matters: ",
          "Pourquoi c'est important\u00a0: ",
          "Por qué importa: ",
          "أهمية ذلك: ",
          "Почему это важно: ",
          "为何重要："},
    Entry{Text::AskFor, "Ask for: ", "À demander\u00a0: ", "Qué pedir: ",
          "ما ينبغي طلبه: ",
          "Что следует требовать: ",
          "建议要求："},
    Entry{Text::Standards, "Standards: ", "Normes\u00a0: ", "Normas: ",
          "المعايير: ",
          "Стандарты: ",
          "相关标准："},
    Entry{Text::AlsoFlagged,
          "Also flagged in this provision: ",
          "Également relevé dans cette disposition\u00a0: ",
          "También señalado en esta disposición: ",
          "أُشير أيضاً في هذا الحكم إلى: ",
          "Также отмечено в этом положении: ",
          "本条款中另标记了："},
    Entry{Text::NoLongerFound,
          "No longer found by Proviso — kept because someone worked on this comment.",
          "Plus relevé par Proviso — conservé parce que quelqu'un est intervenu sur ce "
          "commentaire.",
          "Proviso ya no lo detecta — se conserva porque alguien intervino en este comentario.",
          "لم يعد Proviso يرصد هذه المسألة — أُبقي على التعليق لأن أحدهم عمل عليه.",
          "Proviso больше не выявляет это замечание — комментарий сохранён, так как с ним кто-то "
          "работал.",
          "Proviso 已不再检出此问题——因有人处理过此批注，故予保留。"},
    Entry{Text::Quoted, "“{0}”", "«\u00a0{0}\u00a0»", "«{0}»",
          "«{0}»",
          "«{0}»",
          "“{0}”"},
    Entry{Text::LevelLow, "Low", "Faible", "Baja",
          "منخفضة",
          "Низкая",
          "低"},
    Entry{Text::LevelMedium, "Medium", "Moyenne", "Media",
          "متوسطة",
          "Средняя",
          "中"},
    Entry{Text::LevelHigh, "High", "Élevée", "Alta",
          "عالية",
          "Высокая",
          "高"},
    Entry{Text::TableHeading,
          "Proviso findings: {0}",
          "Constats de Proviso\u00a0: {0}",
          "Hallazgos de Proviso: {0}",
          "ملاحظات Proviso: {0}",
          "Замечания Proviso: {0}",
          "Proviso 审查结果：{0}"},
    Entry{Text::TableSummary,
          "Date: {0} – {1, plural, =0 {no findings} "
          "one {# finding, by severity: {2} high, {3} medium, {4} low} "
          "other {# findings, by severity: {2} high, {3} medium, {4} low}}",
          "Date\u00a0: {0} – {1, plural, =0 {aucun constat} "
          "one {# constat, par gravité\u00a0: élevée {2}, moyenne {3}, faible {4}} "
          "other {# constats, par gravité\u00a0: élevée {2}, moyenne {3}, faible {4}}}",
          "Fecha: {0} – {1, plural, =0 {ningún hallazgo} "
          "one {# hallazgo, por gravedad: alta {2}, media {3}, baja {4}} "
          "other {# hallazgos, por gravedad: alta {2}, media {3}, baja {4}}}",
          "التاريخ: {0} – {1, plural, zero {لا توجد ملاحظات} one {ملاحظة واحدة، حسب الخطورة: "
          "عالية {2}، متوسطة {3}، منخفضة {4}} two {ملاحظتان، حسب الخطورة: عالية {2}، متوسطة {3}، "
          "منخفضة {4}} few {# ملاحظات، حسب الخطورة: عالية {2}، متوسطة {3}، منخفضة {4}} many {# "
          "ملاحظة، حسب الخطورة: عالية {2}، متوسطة {3}، منخفضة {4}} other {# ملاحظة، حسب الخطورة: "
          "عالية {2}، متوسطة {3}، منخفضة {4}}}",
          "Дата: {0} – {1, plural, =0 {замечаний нет} one {# замечание; по степени риска: высокая "
          "— {2}, средняя — {3}, низкая — {4}} few {# замечания; по степени риска: высокая — {2}, "
          "средняя — {3}, низкая — {4}} many {# замечаний; по степени риска: высокая — {2}, "
          "средняя — {3}, низкая — {4}} other {# замечания; по степени риска: высокая — {2}, "
          "средняя — {3}, низкая — {4}}}",
          "日期：{0} – {1, plural, =0 {未发现问题} other {共#处问题，按严重程度：高{2}处，"
          "中{3}处，低{4}处}}"},
    Entry{Text::TableNoFindings,
          "Proviso found no risky language in this document.",
          "Proviso n'a relevé aucune formulation à risque dans ce document.",
          "Proviso no encontró lenguaje de riesgo en este documento.",
          "لم يعثر Proviso على صياغات تنطوي على مخاطر في هذا المستند.",
          "Proviso не обнаружил в этом документе формулировок, создающих риск.",
          "Proviso 未在此文档中发现有风险的措辞。"},
    // A paragraph number names a place, like a page number: never grouped.
    Entry{Text::TableParagraph,
          "para. {0, number, ::group-off}",
          "al. {0, number, ::group-off}",
          "párr. {0, number, ::group-off}",
          "الفقرة {0, number, ::group-off}",
          "абз. {0, number, ::group-off}",
          "第{0, number, ::group-off}段"},
    Entry{Text::TableConcern, "{0}: {1}", "{0}\u00a0: {1}", "{0}: {1}",
          "{0}: {1}",
          "{0}: {1}",
          "{0}：{1}"},
    Entry{Text::ColumnNumber, "No.", "N°", "N.º",
          "الرقم",
          "№",
          "序号"},
    Entry{Text::ColumnProvision, "Provision", "Disposition", "Disposición",
          "الحكم",
          "Положение",
          "条款"},
    Entry{Text::ColumnQuoted, "Quoted text", "Texte cité", "Texto citado",
          "النص المقتبس",
          "Цитируемый текст",
          "引文"},
    Entry{Text::ColumnConcern, "Concern", "Préoccupation", "Preocupación",
          "موضع القلق",
          "Суть замечания",
          "关切事项"},
    Entry{Text::ColumnSeverity, "Severity", "Gravité", "Gravedad",
          "درجة الخطورة",
          "Степень риска",
          "严重程度"},
    Entry{Text::ColumnSuggestion,
          "Suggested safeguard or redraft",
          "Garantie ou reformulation suggérée",
          "Salvaguardia o redacción sugerida",
          "الضمانة أو إعادة الصياغة المقترحة",
          "Предлагаемая гарантия или редакция",
          "建议的保障措施或修改措辞"},
    Entry{Text::ColumnReferences, "Standards", "Normes", "Normas",
          "المعايير",
          "Стандарты",
          "相关标准"},
    Entry{Text::OptionsAuthor,
          "Comment author:",
          "Auteur des commentaires\u00a0:",
          "Autor de los comentarios:",
          "مؤلف التعليقات:",
          "Автор комментариев:",
          "批注作者："},
    Entry{Text::OptionsMinSeverity,
          "Minimum severity to report:",
          "Gravité minimale signalée\u00a0:",
          "Gravedad mínima señalada:",
          "أدنى درجة خطورة يُبلَّغ عنها:",
          "Сообщать о рисках начиная со степени:",
          "报告的最低严重程度："},
    Entry{Text::OptionsLanguage,
          "Document language:",
          "Langue des documents\u00a0:",
          "Idioma de los documentos:",
          "لغة المستندات:",
          "Язык документов:",
          "文档语言："},
    Entry{Text::OptionsAutomatic,
          "Automatic (from each paragraph)",
          "Automatique (d'après chaque paragraphe)",
          "Automático (según cada párrafo)",
          "تلقائي (حسب كل فقرة)",
          "Автоматически (по каждому абзацу)",
          "自动（按各段落确定）"},
    Entry{Text::OptionsFolder,
          "Folder of your own rules:",
          "Dossier de vos propres règles\u00a0:",
          "Carpeta de sus propias reglas:",
          "مجلد قواعدك الخاصة:",
          "Папка с вашими правилами:",
          "自定义规则所在文件夹："},
    Entry{Text::OptionsBrowse, "Browse...", "Parcourir...", "Examinar...",
          "استعراض...",
          "Обзор...",
          "浏览..."},
    Entry{Text::OptionsBrowseTitle,
          "Folder of your own rule packs",
          "Dossier de vos propres jeux de règles",
          "Carpeta de sus propios paquetes de reglas",
          "مجلد حزم قواعدك الخاصة",
          "Папка с вашими наборами правил",
          "自定义规则包所在文件夹"},
    Entry{Text::OptionsToggle,
          "Switch on/off (Space)",
          "Activer/désactiver (Espace)",
          "Activar/desactivar (Espacio)",
          "تشغيل/إيقاف (مسافة)",
          "Включить/выключить (пробел)",
          "开启/关闭（空格键）"},
    Entry{Text::OptionsMoreProblems,
          "{0, plural, one {... and # more problem} other {... and # more problems}}",
          "{0, plural, one {... et # autre problème} other {... et # autres problèmes}}",
          "{0, plural, one {... y # problema más} other {... y # problemas más}}",
          "{0, plural, zero {... ولا مشكلات أخرى} one {... ومشكلة أخرى} two {... ومشكلتان أخريان} "
          "few {... و# مشكلات أخرى} many {... و# مشكلة أخرى} other {... و# مشكلة أخرى}}",
          "{0, plural, one {... и ещё # ошибка} few {... и ещё # ошибки} many {... и ещё # "
          "ошибок} other {... и ещё # ошибки}}",
          "……另有{0}处问题"},
    Entry{Text::OptionsFailed, "Proviso: {0}", "Proviso\u00a0: {0}", "Proviso: {0}",
          "\u200fProviso: {0}",
          "Proviso: {0}",
          "Proviso：{0}"},
    Entry{Text::ExamplesFlagged, "Examples the rule flags:",
          "Exemples que la règle signale\u00a0:", "Ejemplos que la regla señala:",
          "أمثلة تشير إليها القاعدة:",
          "Примеры, которые правило отмечает:",
          "规则会标记的示例："},
    Entry{Text::ExamplesPassed, "Examples it lets pass:",
          "Exemples qu'elle laisse passer\u00a0:", "Ejemplos que deja pasar:",
          "أمثلة لا تشير إليها:",
          "Примеры, которые оно пропускает:",
          "规则不标记的示例："},
    // The Proviso deck in Writer's sidebar.
    Entry{Text::PanelCheck, "Check Document", "Vérifier le document", "Revisar el documento",
          "فحص المستند",
          "Проверить документ",
          "检查文档"},
    Entry{Text::PanelAllLevels, "All levels of risk", "Tous les niveaux de risque",
          "Todos los niveles de riesgo",
          "جميع مستويات الخطورة",
          "Все степени риска",
          "所有风险级别"},
    Entry{Text::PanelAllCategories, "All concerns", "Toutes les préoccupations",
          "Todas las preocupaciones",
          "جميع المسائل",
          "Все виды замечаний",
          "所有关切事项"},
    Entry{Text::PanelPrevious, "Previous", "Précédent", "Anterior",
          "السابق",
          "Предыдущий",
          "上一个"},
    Entry{Text::PanelNext, "Next", "Suivant", "Siguiente",
          "التالي",
          "Следующий",
          "下一个"},
    Entry{Text::PanelPosition, "{0} of {1}", "{0} sur {1}", "{0} de {1}",
          "{0} من {1}",
          "{0} из {1}",
          "第{0}条，共{1}条"},
    Entry{Text::PanelCounts,
          "{0, plural, one {# comment} other {# comments}}: {1} high, {2} medium, {3} low",
          "{0, plural, one {# commentaire} other {# commentaires}}\u00a0: "
          "{1, plural, one {# élevé} other {# élevés}}, {2, plural, one {# moyen} other {# moyens}}, "
          "{3, plural, one {# faible} other {# faibles}}",
          "{0, plural, one {# comentario} other {# comentarios}}: "
          "{1, plural, one {# alto} other {# altos}}, {2, plural, one {# medio} other {# medios}}, "
          "{3, plural, one {# bajo} other {# bajos}}",
          "{0, plural, zero {لا توجد تعليقات} one {تعليق واحد} two {تعليقان} few {# تعليقات} many "
          "{# تعليقاً} other {# تعليق}}: عالية الخطورة {1}، متوسطة {2}، منخفضة {3}",
          "{0, plural, one {# комментарий} few {# комментария} many {# комментариев} other {# "
          "комментария}}: высокий риск — {1}, средний — {2}, низкий — {3}",
          "{0}条批注：高风险{1}条，中风险{2}条，低风险{3}条"},
    Entry{Text::PanelEmpty,
          "No Proviso comments in this document. Check Document puts one on each risky passage.",
          "Aucun commentaire de Proviso dans ce document. «\u00a0Vérifier le document\u00a0» en place un "
          "sur chaque passage à risque.",
          "Este documento no tiene comentarios de Proviso. «Revisar el documento» pone uno en "
          "cada pasaje de riesgo.",
          "لا توجد تعليقات من Proviso في هذا المستند. يضع الأمر «فحص المستند» تعليقاً على كل مقطع "
          "ينطوي على مخاطر.",
          "В этом документе нет комментариев Proviso. Команда «Проверить документ» добавляет "
          "комментарий к каждому фрагменту, создающему риск.",
          "此文档中没有 Proviso 批注。“检查文档”会在每处有风险的文本上添加一条批注。"},
    Entry{Text::PanelNoneShown,
          "No comment matches these filters.",
          "Aucun commentaire ne correspond à ces filtres.",
          "Ningún comentario coincide con estos filtros.",
          "لا يطابق أي تعليق عوامل التصفية هذه.",
          "Нет комментариев, соответствующих этим фильтрам.",
          "没有与这些筛选条件匹配的批注。"},
    Entry{Text::PanelParagraph, "para. {0}", "al. {0}", "párr. {0}",
          "الفقرة {0}",
          "абз. {0}",
          "第{0}段"},
    Entry{Text::PanelFilterHelp,
          "Show only the comments of this level of risk or concern",
          "N'afficher que les commentaires de ce niveau de risque ou de cette préoccupation",
          "Mostrar solo los comentarios de este nivel de riesgo o de esta preocupación",
          "عرض تعليقات مستوى الخطورة هذا أو هذه المسألة فقط",
          "Показывать только комментарии с этой степенью риска или этого вида",
          "仅显示此风险级别或此关切事项的批注"},
    Entry{Text::PanelListHelp,
          "Proviso's comments in document order. Select one to go to its words; Enter moves to the document.",
          "Les commentaires de Proviso dans l'ordre du document. En choisir un pour aller au passage\u00a0; Entrée passe au document.",
          "Los comentarios de Proviso en el orden del documento. Elegir uno lleva al pasaje; Intro pasa al documento.",
          "تعليقات Proviso بترتيب ورودها في المستند. حدّد أحدها للانتقال إلى نصه؛ ومفتاح Enter "
          "ينقلك إلى المستند.",
          "Комментарии Proviso в порядке следования в документе. Выберите комментарий, чтобы "
          "перейти к его тексту; клавиша Enter переводит в документ.",
          "按文档顺序排列的 Proviso 批注。选择一条即可跳转到相应文本；按 Enter 键转到文档。"},
    // The findings table ready for an annex.
    Entry{Text::ColumnRationale, "Why it matters", "Pourquoi c'est important", "Por qué importa",
          "سبب الأهمية",
          "Почему это важно",
          "为何重要"},
    Entry{Text::AnnexNote,
          "Prepared with Proviso, a LibreOffice extension that flags risky language in laws and "
          "treaties (vague offences, powers without safeguards) for human-rights review. "
          "Rule packs: {0}.",
          "Établi avec Proviso, extension de LibreOffice qui relève les formulations à risque "
          "dans les lois et les traités (infractions vagues, pouvoirs sans garanties) aux fins "
          "d'un examen au regard des droits humains. Jeux de règles\u00a0: {0}.",
          "Elaborado con Proviso, extensión de LibreOffice que señala el lenguaje de riesgo en "
          "leyes y tratados (delitos vagos, facultades sin salvaguardias) para su examen desde "
          "la perspectiva de los derechos humanos. Paquetes de reglas: {0}.",
          "أُعدّ باستخدام Proviso، وهو امتداد لبرنامج LibreOffice يرصد الصياغات التي تنطوي على "
          "مخاطر في القوانين والمعاهدات (الجرائم الغامضة التعريف، والسلطات غير المقترنة بضمانات) "
          "لأغراض الاستعراض من منظور حقوق الإنسان. حزم القواعد: {0}.",
          "Подготовлено с помощью Proviso — расширения LibreOffice, которое выявляет в законах и "
          "договорах формулировки, создающие риск (нечётко определённые правонарушения, "
          "полномочия без гарантий), для анализа с точки зрения прав человека. Наборы правил: {0}.",
          "本表使用 Proviso 编制。Proviso 是一款 LibreOffice 扩展，"
          "用于标记法律和条约中存在风险的措辞（界定模糊的罪名、缺乏保障的权力），供人权审查使用。"
          "规则包：{0}。"},
    Entry{Text::AnnexPack, "{0} (version {1})", "{0} (version {1})", "{0} (versión {1})",
          "{0} (الإصدار {1})",
          "{0} (версия {1})",
          "{0}（版本 {1}）"},
    Entry{Text::AnnexNoPacks, "none", "aucun", "ninguno",
          "لا شيء",
          "нет",
          "无"},
    // Options page: the tree of packs, categories and rules, its search box and Restore defaults.
    Entry{Text::OptionsSearch,
          "Find a rule:",
          "Chercher une règle\u00a0:",
          "Buscar una regla:",
          "البحث عن قاعدة:",
          "Найти правило:",
          "查找规则："},
    Entry{Text::OptionsRestoreDefaults,
          "Restore defaults",
          "Valeurs par défaut",
          "Valores predeterminados",
          "استعادة القيم الافتراضية",
          "По умолчанию",
          "恢复默认值"},
    Entry{Text::OptionsPackNode,
          "{0} Rule pack: {1}",
          "{0} Jeu de règles\u00a0: {1}",
          "{0} Paquete de reglas: {1}",
          "{0} حزمة القواعد: {1}",
          "{0} Набор правил: {1}",
          "{0} 规则包：{1}"},
    Entry{Text::OptionsPackNodeSilent,
          "{0} Rule pack: {1} \u2014 no rule at or above the minimum severity",
          "{0} Jeu de règles\u00a0: {1} \u2014 aucune règle n'atteint la gravité minimale",
          "{0} Paquete de reglas: {1} \u2014 ninguna regla alcanza la gravedad mínima",
          "{0} حزمة القواعد: {1} \u2014 لا توجد قاعدة تبلغ الحد الأدنى لدرجة الخطورة",
          "{0} Набор правил: {1} \u2014 нет правил с минимальной степенью риска или выше",
          "{0} 规则包：{1}\u2014\u2014没有达到最低严重程度的规则"},
    Entry{Text::OptionsCategoryNode, "{0} {1}", "{0} {1}", "{0} {1}",
          "{0} {1}",
          "{0} {1}",
          "{0} {1}"},
    Entry{Text::OptionsRuleNode,
          "{0} {1} ({2}; {3}): {4}",
          "{0} {1} ({2}\u00a0; {3})\u00a0: {4}",
          "{0} {1} ({2}; {3}): {4}",
          "{0} {1} ({2}؛ {3}): {4}",
          "{0} {1} ({2}; {3}): {4}",
          "{0} {1}（{2}；{3}）：{4}"},
    Entry{Text::OptionsAnyLanguage,
          "any language",
          "toutes langues",
          "cualquier idioma",
          "أي لغة",
          "любой язык",
          "任何语言"},
    Entry{Text::OptionsNoMatch,
          "No rule matches \u201c{0}\u201d.",
          "Aucune règle ne correspond à «\u00a0{0}\u00a0».",
          "Ninguna regla coincide con «{0}».",
          "لا توجد قاعدة تطابق «{0}».",
          "Нет правил, соответствующих запросу «{0}».",
          "没有与“{0}”匹配的规则。"},
    Entry{Text::OptionsSelectHint,
          "Select a rule to read what it looks for, why it matters and what to ask for instead.",
          "Sélectionnez une règle pour lire ce qu'elle recherche, pourquoi c'est important et ce "
          "qu'il faut demander à la place.",
          "Seleccione una regla para leer qué busca, por qué importa y qué pedir en su lugar.",
          "حدّد قاعدة لقراءة ما تبحث عنه، وسبب أهميته، وما ينبغي طلبه بدلاً منه.",
          "Выберите правило, чтобы узнать, что оно ищет, почему это важно и чего следует "
          "требовать взамен.",
          "选择一条规则，即可查看其检查内容、为何重要以及应改为要求什么。"},
    Entry{Text::OptionsTreeRoot,
          "All rule packs",
          "Tous les jeux de règles",
          "Todos los paquetes de reglas",
          "جميع حزم القواعد",
          "Все наборы правил",
          "所有规则包"},
    // Arabic, Russian and Chinese: what the three languages before them could leave in code.
    Entry{Text::ListSeparator, ", ", ", ", ", ", "\u060c ", ", ", "\u3001"},
    Entry{Text::ProvisionArticle,
          "Article {0}{1}",
          "Article {0}{1}",
          "Artículo {0}{1}",
          "المادة {0}{1}",
          "Статья {0}{1}",
          "第{0}条{1}"},
    Entry{Text::ProvisionSection,
          "Section {0}{1}",
          "Section {0}{1}",
          "Sección {0}{1}",
          "البند {0}{1}",
          "Раздел {0}{1}",
          "第{0}条{1}"},
    Entry{Text::ScoreNoCategory,
          "Other",
          "Autre",
          "Otra",
          "أخرى",
          "Прочее",
          "其他"},
    Entry{Text::ScoreNotInKey,
          "Not in the answer key. Reviewers can reasonably differ: say in the debrief why you flagged it.",
          "Absent du corrigé. Les lectures peuvent légitimement différer\u00a0: expliquez lors du débriefing pourquoi vous l’avez relevé.",
          "No figura en el solucionario. Las lecturas pueden diferir legítimamente: explique en la puesta en común por qué lo señaló.",
          "غير وارد في مفتاح الإجابة. قد تختلف القراءات عن حق: اشرح أثناء المناقشة سبب إشارتك إليه.",
          "Нет в ключе ответов. Мнения могут обоснованно расходиться: объясните при разборе, почему вы это отметили.",
          "不在参考答案中。审阅者的看法可能合理地不同：请在讲评时说明您标注的理由。"},
    Entry{Text::ScoreFound,
          "Found: {0}",
          "Trouvé\u00a0: {0}",
          "Encontrado: {0}",
          "تم التعرّف عليه: {0}",
          "Найдено: {0}",
          "已找到：{0}"},
    Entry{Text::ScoreAlsoFound,
          "Also found: {0}",
          "Également trouvé\u00a0: {0}",
          "También encontrado: {0}",
          "تم التعرّف أيضًا على: {0}",
          "Также найдено: {0}",
          "另找到：{0}"},
    Entry{Text::ScoreMissed,
          "Missed by every participant:",
          "Manqué par tous les participants\u00a0:",
          "Ningún participante lo encontró:",
          "لم يتعرّف عليه أي مشارك:",
          "Не найдено ни одним участником:",
          "所有学员均未找到："},
    Entry{Text::ScoreKeySize,
          "{0, plural, one {The answer key has # concern.} other {The answer key has # concerns.}}",
          "{0, plural, one {Le corrigé compte # point.} other {Le corrigé compte # points.}}",
          "{0, plural, one {El solucionario tiene # punto.} other {El solucionario tiene # puntos.}}",
          "عدد المسائل في مفتاح الإجابة: {0}.",
          "Пунктов в ключе ответов: {0}.",
          "参考答案共{0}个问题。"},
    Entry{Text::ScoreNoAnswers,
          "No participant comment to score: participants add their own comments (Insert > Comment) before scoring.",
          "Aucun commentaire de participant à noter\u00a0: les participants ajoutent leurs propres commentaires (Insertion > Commentaire) avant la notation.",
          "No hay comentarios de participantes que puntuar: los participantes añaden sus propios comentarios (Insertar > Comentario) antes de puntuar.",
          "لا توجد تعليقات للمشاركين لتقييمها: يضيف المشاركون تعليقاتهم (إدراج > تعليق) قبل التقييم.",
          "Нет комментариев участников для оценки: участники сначала добавляют свои комментарии (Вставка > Комментарий).",
          "没有可评分的学员批注：学员须先添加自己的批注（插入 > 批注）。"},
    Entry{Text::ScoreAuthorLine,
          "{0}: {1} found, {2} missed, {3} not in the key.",
          "{0}\u00a0: {1, plural, one {# trouvé} other {# trouvés}}, {2, plural, one {# manqué} other {# manqués}}, {3} hors corrigé.",
          "{0}: {1, plural, one {# encontrado} other {# encontrados}}, {2, plural, one {# omitido} other {# omitidos}}, {3} fuera del solucionario.",
          "{0}: تم التعرّف على {1}، وفات {2}، و{3} خارج مفتاح الإجابة.",
          "{0}: найдено — {1}, пропущено — {2}, вне ключа — {3}.",
          "{0}：找到{1}个，遗漏{2}个，{3}个不在参考答案中。"},
    Entry{Text::ScoreCategoryLine,
          "{0}: {1} found, {2} missed",
          "{0}\u00a0: {1, plural, one {# trouvé} other {# trouvés}}, {2, plural, one {# manqué} other {# manqués}}",
          "{0}: {1, plural, one {# encontrado} other {# encontrados}}, {2, plural, one {# omitido} other {# omitidos}}",
          "{0}: تم التعرّف على {1}، وفات {2}",
          "{0}: найдено — {1}, пропущено — {2}",
          "{0}：找到{1}个，遗漏{2}个"},
    Entry{Text::ScoreItemFound,
          "found",
          "trouvé",
          "encontrado",
          "تم التعرّف عليه",
          "найдено",
          "已找到"},
    Entry{Text::ScoreItemMissed,
          "missed",
          "manqué",
          "omitido",
          "فات",
          "пропущено",
          "遗漏"},
    Entry{Text::ScoreItemNotInKey,
          "not in the key",
          "hors corrigé",
          "fuera del solucionario",
          "خارج مفتاح الإجابة",
          "вне ключа",
          "不在答案中"},
    Entry{Text::ScoreColumnParticipant,
          "Participant",
          "Participant",
          "Participante",
          "المشارك",
          "Участник",
          "学员"},
    Entry{Text::ScoreColumnCategory,
          "Category",
          "Catégorie",
          "Categoría",
          "الفئة",
          "Категория",
          "类别"},
    Entry{Text::ScoreColumnFound,
          "Found",
          "Trouvés",
          "Encontrados",
          "تم التعرّف عليها",
          "Найдено",
          "找到"},
    Entry{Text::ScoreColumnMissed,
          "Missed",
          "Manqués",
          "Omitidos",
          "فاتت",
          "Пропущено",
          "遗漏"},
    Entry{Text::ScoreColumnNotInKey,
          "Not in the key",
          "Hors corrigé",
          "Fuera del solucionario",
          "خارج مفتاح الإجابة",
          "Вне ключа",
          "不在答案中"},
    Entry{Text::ScoreAllCategories,
          "All",
          "Toutes",
          "Todas",
          "الكل",
          "Все",
          "全部"},
    Entry{Text::ScoreCardTitle,
          "Score card: {0}",
          "Bilan de l’exercice\u00a0: {0}",
          "Resultados del ejercicio: {0}",
          "نتائج التمرين: {0}",
          "Итоги упражнения: {0}",
          "练习评分：{0}"},
    Entry{Text::ScoreCardKey,
          "Answer key: {0} ({1, plural, one {# concern} other {# concerns}}).",
          "Corrigé\u00a0: {0} ({1, plural, one {# point} other {# points}}).",
          "Solucionario: {0} ({1, plural, one {# punto} other {# puntos}}).",
          "مفتاح الإجابة: {0} (عدد المسائل: {1}).",
          "Ключ ответов: {0} (пунктов: {1}).",
          "参考答案：{0}（共{1}个问题）。"},
    Entry{Text::ScoreKeyProviso,
          "Proviso’s findings",
          "les constats de Proviso",
          "los hallazgos de Proviso",
          "ملاحظات Proviso",
          "замечания Proviso",
          "Proviso 的检查结果"},
    Entry{Text::ScoreWritten,
          "Comments added: {0, plural, one {# reply} other {# replies}}, {1, plural, one {# missed concern} other {# missed concerns}}.",
          "Commentaires ajoutés\u00a0: {0, plural, one {# réponse} other {# réponses}}, {1, plural, one {# point manqué} other {# points manqués}}.",
          "Comentarios añadidos: {0, plural, one {# respuesta} other {# respuestas}}, {1, plural, one {# punto omitido} other {# puntos omitidos}}.",
          "أُضيف {0} من الردود و{1} من المسائل الفائتة في التعليقات.",
          "Добавлены комментарии: ответов — {0}, пропущенных пунктов — {1}.",
          "已添加批注：回复{0}条，遗漏问题{1}条。"},
    Entry{Text::ExerciseHeading,
          "Exercise",
          "Exercice",
          "Ejercicio",
          "تمرين",
          "Упражнение",
          "练习"},
    Entry{Text::ExerciseInstructions,
          "Read the text below as if you were reviewing it for a submission to parliament. Wherever a provision could be turned against journalists, activists or researchers, or grants a power without safeguards, select the words that worry you and add a comment (Insert > Comment): say what is wrong and what you would ask for instead. One comment per concern. Check that your name is set in Tools > Options > LibreOffice > User Data, then save the document and hand it back.",
          "Lisez le texte ci-dessous comme si vous l’examiniez pour une contribution au Parlement. Partout où une disposition pourrait servir contre des journalistes, des militants ou des chercheurs, ou accorde un pouvoir sans garanties, sélectionnez les mots qui vous inquiètent et ajoutez un commentaire (Insertion > Commentaire)\u00a0: dites ce qui pose problème et ce que vous demanderiez à la place. Un commentaire par point. Vérifiez que votre nom figure dans Outils > Options > LibreOffice > Données d’identité, puis enregistrez le document et rendez-le.",
          "Lea el texto siguiente como si lo examinara para una contribución al Parlamento. Allí donde una disposición pueda usarse contra periodistas, activistas o investigadores, o conceda una facultad sin garantías, seleccione las palabras que le preocupan y añada un comentario (Insertar > Comentario): diga qué falla y qué pediría en su lugar. Un comentario por problema. Compruebe que su nombre figura en Herramientas > Opciones > LibreOffice > Datos de usuario; luego guarde el documento y entréguelo.",
          "اقرأ النص التالي كما لو كنت تراجعه لتقديم ملاحظات إلى البرلمان. حيثما أمكن استخدام حكم ضد الصحفيين أو الناشطين أو الباحثين، أو منح سلطة دون ضمانات، حدِّد الكلمات التي تثير قلقك وأضف تعليقًا (إدراج > تعليق) تبيّن فيه موضع الخلل وما تطلبه بدلًا منه. تعليق واحد لكل مسألة. تأكد من ظهور اسمك في أدوات > خيارات > LibreOffice > بيانات المستخدم، ثم احفظ المستند وسلِّمه.",
          "Прочитайте текст ниже так, как если бы вы готовили замечания для парламента. Если положение может быть использовано против журналистов, активистов или исследователей либо предоставляет полномочия без гарантий, выделите вызывающие тревогу слова и добавьте комментарий (Вставка > Комментарий): что не так и что следует предложить взамен. Один комментарий на одну проблему. Проверьте, что ваше имя указано в Сервис > Параметры > LibreOffice > Сведения о пользователе, затем сохраните документ и сдайте его.",
          "请像为向议会提交意见而审阅一样阅读下文。凡是可能被用来针对记者、活动人士或研究人员的条款，或未附保障措施而授予权力的条款，请选中令您担忧的文字并添加批注（插入 > 批注），说明问题所在以及应如何修改。每个问题一条批注。请确认已在“工具 > 选项 > LibreOffice > 用户数据”中填写您的姓名，然后保存文档并交回。"},
    Entry{Text::ExerciseHint,
          "Hint: the highlighted provisions deserve a close look; the reasons are yours to find.",
          "Indice\u00a0: les dispositions surlignées méritent un examen attentif\u00a0; à vous d’en trouver les raisons.",
          "Pista: las disposiciones resaltadas merecen un examen atento; a usted le toca averiguar por qué.",
          "تلميح: الأحكام المظللة تستحق التدقيق، وعليك أن تكتشف السبب.",
          "Подсказка: выделенные положения заслуживают внимательного прочтения; причины предстоит найти вам.",
          "提示：突出显示的条款值得仔细审阅，原因请您自己找出。"},
    Entry{Text::ExerciseMade,
          "Exercise ready: a new document without Proviso’s comments, with instructions at the top{0, plural, =0 {.} one {; # provision highlighted.} other {; # provisions highlighted.}}",
          "Exercice prêt\u00a0: un nouveau document sans les commentaires de Proviso, avec les consignes en tête{0, plural, =0 {.} one {\u00a0; # disposition surlignée.} other {\u00a0; # dispositions surlignées.}}",
          "Ejercicio listo: un documento nuevo sin los comentarios de Proviso, con las instrucciones al principio{0, plural, =0 {.} one {; # disposición resaltada.} other {; # disposiciones resaltadas.}}",
          "التمرين جاهز: مستند جديد دون تعليقات Proviso، وفي أوله التعليمات. الأحكام المظللة: {0}.",
          "Упражнение готово: новый документ без комментариев Proviso, с заданием в начале. Выделено положений: {0}.",
          "练习已生成：新文档不含 Proviso 批注，开头附有说明。突出显示的条款：{0}处。"},
    Entry{Text::HintsTitle,
          "Make Exercise",
          "Créer un exercice",
          "Crear ejercicio",
          "إنشاء تمرين",
          "Создать упражнение",
          "生成练习"},
    Entry{Text::HintsQuestion,
          "Hints for the participants:",
          "Indices pour les participants\u00a0:",
          "Pistas para los participantes:",
          "تلميحات للمشاركين:",
          "Подсказки для участников:",
          "给学员的提示："},
    Entry{Text::HintsNone,
          "No hints",
          "Aucun indice",
          "Sin pistas",
          "دون تلميحات",
          "Без подсказок",
          "不提供提示"},
    Entry{Text::HintsProvisions,
          "Highlight the provisions to look at (without saying why)",
          "Surligner les dispositions à examiner (sans dire pourquoi)",
          "Resaltar las disposiciones que examinar (sin decir por qué)",
          "تظليل الأحكام الواجب فحصها (دون ذكر السبب)",
          "Выделить положения, требующие внимания (без объяснения причин)",
          "突出显示需审阅的条款（不说明原因）"},
    Entry{Text::Ok,
          "OK",
          "OK",
          "Aceptar",
          "موافق",
          "ОК",
          "确定"},
    Entry{Text::Cancel,
          "Cancel",
          "Annuler",
          "Cancelar",
          "إلغاء",
          "Отмена",
          "取消"},
    Entry{Text::KeyPickerTitle,
          "Choose the trainer’s answer key (a document with the trainer’s comments)",
          "Choisir le corrigé du formateur (un document portant ses commentaires)",
          "Elegir el solucionario del formador (un documento con sus comentarios)",
          "اختر مفتاح الإجابة الخاص بالمدرّب (مستند يحمل تعليقاته)",
          "Выберите ключ ответов преподавателя (документ с его комментариями)",
          "选择培训师的参考答案（带有培训师批注的文档）"},
    Entry{Text::KeyNoComments,
          "{0} has no comment on words: it cannot serve as an answer key.",
          "{0} ne contient aucun commentaire portant sur des mots\u00a0: il ne peut pas servir de corrigé.",
          "{0} no tiene ningún comentario sobre palabras: no puede servir de solucionario.",
          "لا يحتوي {0} على أي تعليق على كلمات، فلا يصلح مفتاحًا للإجابة.",
          "В {0} нет комментариев к словам: он не может служить ключом ответов.",
          "{0} 中没有针对文字的批注，不能作为参考答案。"},
    Entry{Text::RevealShown,
          "Finding {0} of {1}: {2}",
          "Constat {0} sur {1}\u00a0: {2}",
          "Hallazgo {0} de {1}: {2}",
          "الملاحظة {0} من {1}: {2}",
          "Замечание {0} из {1}: {2}",
          "第{0}处问题（共{1}处）：{2}"},
    Entry{Text::RevealAllShown,
          "{0, plural, one {The only finding is shown.} other {All # findings are shown.}}",
          "{0, plural, one {Le seul constat est affiché.} other {Les # constats sont tous affichés.}}",
          "{0, plural, one {Se muestra el único hallazgo.} other {Se muestran los # hallazgos.}}",
          "عُرضت جميع الملاحظات ({0}).",
          "Показаны все замечания ({0}).",
          "已显示全部{0}处问题。"},
    Entry{Text::RevealNoneShown,
          "No finding is shown: nothing to take back.",
          "Aucun constat n’est affiché\u00a0: rien à retirer.",
          "No se muestra ningún hallazgo: nada que retirar.",
          "لا توجد ملاحظة معروضة لسحبها.",
          "Ни одно замечание не показано: убирать нечего.",
          "尚未显示任何问题，无可撤回。"},
    Entry{Text::RevealHidden,
          "Finding {0} of {1} taken back.",
          "Constat {0} sur {1} retiré.",
          "Hallazgo {0} de {1} retirado.",
          "سُحبت الملاحظة {0} من {1}.",
          "Замечание {0} из {1} убрано.",
          "已撤回第{0}处问题（共{1}处）。"},
    Entry{Text::UndoScore,
          "Proviso: score comments",
          "Proviso\u00a0: noter les commentaires",
          "Proviso: puntuar comentarios",
          "\u200fProviso: تقييم التعليقات",
          "Proviso: оценка комментариев",
          "Proviso：评分批注"},
    Entry{Text::UndoReveal,
          "Proviso: reveal finding",
          "Proviso\u00a0: révéler un constat",
          "Proviso: revelar hallazgo",
          "\u200fProviso: عرض ملاحظة",
          "Proviso: показать замечание",
          "Proviso：显示问题"},
    Entry{Text::ScoreColumnResult,
          "Result",
          "Résultat",
          "Resultado",
          "النتيجة",
          "Результат",
          "结果"},
    Entry{Text::ScoreNoName,
          "(no name)",
          "(sans nom)",
          "(sin nombre)",
          "(بلا اسم)",
          "(без имени)",
          "（未署名）"},
    Entry{Text::CompareMarkNewRisk,
          "Riskier since the earlier draft:",
          "Plus risqué que dans le projet précédent\u00a0:",
          "Más riesgoso que en el proyecto anterior:",
          "أكثر خطورة مما كان عليه في المشروع السابق:",
          "Рискованнее, чем в предыдущей редакции:",
          "较上一稿风险增加："},
    Entry{Text::CompareMarkAdded,
          "New provision since the earlier draft:",
          "Disposition nouvelle par rapport au projet précédent\u00a0:",
          "Disposición nueva respecto del proyecto anterior:",
          "حكم جديد لم يرد في المشروع السابق:",
          "Новое положение по сравнению с предыдущей редакцией:",
          "上一稿之后新增的条款："},
    Entry{Text::CompareSafeguardRemoved,
          "Safeguard removed since the earlier draft: {0}",
          "Garantie supprimée depuis le projet précédent\u00a0: {0}",
          "Garantía suprimida respecto del proyecto anterior: {0}",
          "ضمانة حُذفت منذ المشروع السابق: {0}",
          "Гарантия исключена по сравнению с предыдущей редакцией: {0}",
          "较上一稿删除的保障：{0}"},
    Entry{Text::CompareEarlierSaid,
          "The earlier draft said {0} ({1}); nothing in this article says so now.",
          "Le projet précédent prévoyait {0} ({1})\u00a0; plus rien dans cet article ne le prévoit.",
          "El proyecto anterior decía {0} ({1}); nada en este artículo lo dice ahora.",
          "كان المشروع السابق ينص على {0} ({1})، ولم يعد في هذه المادة ما ينص على ذلك.",
          "В предыдущей редакции говорилось {0} ({1}); в этой статье этого больше нет.",
          "上一稿规定了{0}（{1}），本条现已无此规定。"},
    Entry{Text::CompareRestoreSafeguard,
          "the safeguard to be put back, or the reason for removing it to be stated and weighed against the power it used to limit.",
          "le rétablissement de la garantie, ou l’exposé des motifs de sa suppression, mis en balance avec le pouvoir qu’elle encadrait.",
          "que se restablezca la garantía, o que se expongan los motivos de su supresión y se ponderen frente a la facultad que limitaba.",
          "إعادة هذه الضمانة، أو بيان أسباب حذفها وموازنتها بالسلطة التي كانت تقيّدها.",
          "восстановления гарантии либо обоснования её исключения с учётом полномочия, которое она ограничивала.",
          "恢复该保障，或说明删除理由，并与其原先约束的权力相权衡。"},
    Entry{Text::CompareSummary,
          "Compared with {0}: {1, plural, one {# change makes the text riskier} other {# changes make the text riskier}}, {2, plural, one {# makes it safer} other {# make it safer}}.",
          "Comparaison avec {0}\u00a0: {1, plural, one {# modification rend le texte plus risqué} other {# modifications rendent le texte plus risqué}}, {2, plural, one {# le rend plus sûr} other {# le rendent plus sûr}}.",
          "Comparación con {0}: {1, plural, one {# cambio hace el texto más riesgoso} other {# cambios hacen el texto más riesgoso}}; {2, plural, one {# lo hace más seguro} other {# lo hacen más seguro}}.",
          "المقارنة مع {0}: تغييرات تزيد الخطورة: {1}؛ تغييرات تعزّز الضمانات: {2}.",
          "Сравнение с {0}: изменений, повышающих риск: {1}; изменений, усиливающих гарантии: {2}.",
          "与{0}比较：增加风险的修改{1}处，增强保障的修改{2}处。"},
    Entry{Text::CompareCommented,
          "{0, plural, =0 {No comment added.} one {# comment added on what got riskier.} other {# comments added on what got riskier.}}",
          "{0, plural, =0 {Aucun commentaire ajouté.} one {# commentaire ajouté sur ce qui est devenu plus risqué.} other {# commentaires ajoutés sur ce qui est devenu plus risqué.}}",
          "{0, plural, =0 {No se añadió ningún comentario.} one {# comentario añadido sobre lo que se volvió más riesgoso.} other {# comentarios añadidos sobre lo que se volvió más riesgoso.}}",
          "التعليقات المضافة على ما زادت خطورته: {0}.",
          "Добавлено комментариев к изменениям, повышающим риск: {0}.",
          "已就风险增加之处添加批注{0}条。"},
    Entry{Text::CompareTrackedName,
          "the text without its tracked changes",
          "le texte sans ses modifications suivies",
          "el texto sin sus cambios registrados",
          "النص دون التغييرات المتعقَّبة",
          "текстом без отслеживаемых изменений",
          "未含修订的文本"},
    Entry{Text::CompareNoTrackedChanges,
          "This document has no tracked changes: nothing to compare.",
          "Ce document ne comporte aucune modification suivie\u00a0: rien à comparer.",
          "Este documento no tiene cambios registrados: no hay nada que comparar.",
          "لا يتضمن هذا المستند تغييرات متعقَّبة، فلا شيء للمقارنة.",
          "В документе нет отслеживаемых изменений: сравнивать нечего.",
          "本文档没有修订记录，无可比较。"},
    Entry{Text::ComparePickerTitle,
          "Choose the earlier draft of this text",
          "Choisir le projet précédent de ce texte",
          "Elegir el proyecto anterior de este texto",
          "اختر المشروع السابق لهذا النص",
          "Выберите предыдущую редакцию этого текста",
          "选择本文本的上一稿"},
    Entry{Text::UndoCompare,
          "Proviso: compare drafts",
          "Proviso\u00a0: comparer les projets",
          "Proviso: comparar proyectos",
          "\u200fProviso: مقارنة المشروعين",
          "Proviso: сравнение редакций",
          "Proviso：比较文稿"},
    Entry{Text::CompareTableTitle,
          "Changes in judgement: {0}",
          "Évolution de l’appréciation\u00a0: {0}",
          "Cambios en la valoración: {0}",
          "تغيّر التقييم: {0}",
          "Изменения в оценке: {0}",
          "评估变化：{0}"},
    Entry{Text::CompareTableSources,
          "Earlier draft: {0}. Newer draft: {1}. {2, plural, =0 {No change in judgement.} one {# change.} other {# changes.}}",
          "Projet précédent\u00a0: {0}. Nouveau projet\u00a0: {1}. {2, plural, =0 {Aucun changement d’appréciation.} one {# changement.} other {# changements.}}",
          "Proyecto anterior: {0}. Proyecto nuevo: {1}. {2, plural, =0 {Ningún cambio en la valoración.} one {# cambio.} other {# cambios.}}",
          "المشروع السابق: {0}. المشروع الجديد: {1}. عدد التغييرات: {2}.",
          "Предыдущая редакция: {0}. Новая редакция: {1}. Изменений: {2}.",
          "上一稿：{0}。新稿：{1}。变化：{2}处。"},
    Entry{Text::CompareColumnChange,
          "Change",
          "Changement",
          "Cambio",
          "التغيير",
          "Изменение",
          "变化"},
    Entry{Text::CompareColumnConcern,
          "Concern or safeguard",
          "Risque ou garantie",
          "Riesgo o garantía",
          "الخطر أو الضمانة",
          "Риск или гарантия",
          "风险或保障"},
    Entry{Text::CompareColumnEarlier,
          "Earlier draft",
          "Projet précédent",
          "Proyecto anterior",
          "المشروع السابق",
          "Предыдущая редакция",
          "上一稿"},
    Entry{Text::CompareColumnNewer,
          "Newer draft",
          "Nouveau projet",
          "Proyecto nuevo",
          "المشروع الجديد",
          "Новая редакция",
          "新稿"},
    Entry{Text::CompareKindNewRisk,
          "New risk",
          "Nouveau risque",
          "Riesgo nuevo",
          "خطر جديد",
          "Новый риск",
          "新增风险"},
    Entry{Text::CompareKindResolved,
          "Risk resolved",
          "Risque levé",
          "Riesgo resuelto",
          "خطر زال",
          "Риск устранён",
          "风险已消除"},
    Entry{Text::CompareKindAdded,
          "Provision added",
          "Disposition ajoutée",
          "Disposición añadida",
          "حكم مضاف",
          "Положение добавлено",
          "新增条款"},
    Entry{Text::CompareKindDeleted,
          "Provision deleted",
          "Disposition supprimée",
          "Disposición suprimida",
          "حكم محذوف",
          "Положение исключено",
          "删除条款"},
    Entry{Text::CompareKindSafeguardRemoved,
          "Safeguard removed",
          "Garantie supprimée",
          "Garantía suprimida",
          "ضمانة محذوفة",
          "Гарантия исключена",
          "保障被删除"},
    Entry{Text::CompareKindSafeguardAdded,
          "Safeguard added",
          "Garantie ajoutée",
          "Garantía añadida",
          "ضمانة مضافة",
          "Гарантия добавлена",
          "新增保障"},
    Entry{Text::CompareFormerly,
          "(formerly {0})",
          "(anciennement {0})",
          "(antes {0})",
          "(سابقًا {0})",
          "(ранее {0})",
          "（原{0}）"},
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
    if (language == "ar") return entry.ar;
    if (language == "ru") return entry.ru;
    if (language == "zh") return entry.zh;
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
    const icu::MessageFormat message(
        unicode(pattern), icu::Locale(formattingLocale(language).c_str()), parseError, status);
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

std::string formattingLocale(std::string_view catalogueLanguage) {
    if (catalogueLanguage == "ar") return "ar@numbers=latn";
    return std::string(catalogueLanguage);
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
    // stand), at the plural forms the languages tell apart: Arabic's 0, 1, 2, 3, 11 and 100,
    // Russian's 1, 2, 5 and 21, and a number large enough to be grouped.
    const std::vector<std::vector<Arg>> samples = {
        {0, 0, 0, 0, 0, 0},     {1, 1, 1, 1, 1, 1},     {2, 3, 4, 5, 6, 7},
        {3, 11, 100, 21, 5, 2}, {11, 2, 3, 100, 0, 1},  {100, 21, 11, 1, 2, 3},
        {5, 100, 21, 11, 3, 0}, {21, 5, 2, 3, 11, 100}, {12345, 1, 0, 2, 1, 0}};
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
