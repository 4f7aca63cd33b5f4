// org.proviso.Scanner: the Writer component. A thin adapter: Writer paragraphs to core blocks,
// core findings to comments. Every entry point converts every exception into a UNO exception
// (or swallows it, for menu commands), because an exception escaping into the office would
// take down the user's unsaved work.
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/proviso/XComparison.hpp>
#include <org/proviso/XScanner.hpp>
#include <org/proviso/XTraining.hpp>
#include <osl/file.hxx>
#include <osl/module.hxx>

#include <filesystem>
#include <iostream>
#include <mutex>
#include <type_traits>

#include "annotation_writer.hpp"
#include "bundled_rules.hpp"
#include "checker.hpp"
#include "comparison.hpp"
#include "component.hpp"
#include "findings_table.hpp"
#include "proviso/engine.hpp"
#include "proviso/report/draft_comments.hpp"
#include "proviso/rule_set.hpp"
#include "settings.hpp"
#include "training.hpp"
#include "ustring.hpp"
#include "writer_text.hpp"

namespace proviso::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace {

constexpr const char* kImplementationName = "org.proviso.comp.Scanner";
constexpr const char* kServiceName = "org.proviso.Scanner";

org::proviso::Finding toUno(const Finding& f, const Document& doc, const report::RuleIndex& rules) {
    org::proviso::Finding out;
    out.Rule = toOUString(f.ruleId);
    out.Category = toOUString(f.category);
    out.Severity = toOUString(toString(f.severity));
    out.Message = toOUString(f.message);
    if (const RuleInfo* rule = rules.find(f.ruleId)) {
        const RuleInfo& info = *rule;
        out.Rationale = toOUString(info.rationale.in(f.language));
        out.Suggestion = toOUString(info.suggestion.in(f.language));
        std::string refs;
        for (const auto& r : info.references) refs += (refs.empty() ? "" : "; ") + r;
        out.References = toOUString(refs);
    }
    out.Provision = toOUString(f.provision);
    out.Text = toOUString(f.text);
    out.Paragraph = static_cast<sal_Int32>(f.block);
    out.Start = static_cast<sal_Int32>(f.start);
    out.End = static_cast<sal_Int32>(f.end);
    const std::size_t base = doc.blocks[f.block].sourceOffset;
    out.DocumentStart = static_cast<sal_Int32>(base + f.start);
    out.DocumentEnd = static_cast<sal_Int32>(base + f.end);
    return out;
}

class Scanner final
    : public cppu::WeakImplHelper4<org::proviso::XScanner, org::proviso::XTraining,
                                   org::proviso::XComparison, css::lang::XServiceInfo> {
public:
    explicit Scanner(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    Sequence<org::proviso::Finding> SAL_CALL
    check(const Reference<css::text::XTextDocument>& doc) override {
        return guarded([&] {
            return run(doc, false, [](const CheckOutcome& outcome, const report::RuleIndex& rules) {
                return toSequence(outcome.findings, outcome.source.document, rules);
            });
        });
    }

    org::proviso::Annotation SAL_CALL
    annotate(const Reference<css::text::XTextDocument>& doc) override {
        return guarded([&] {
            return run(doc, true, [](const CheckOutcome& outcome, const report::RuleIndex& rules) {
                org::proviso::Annotation out;
                out.Findings = toSequence(outcome.findings, outcome.source.document, rules);
                out.Added = outcome.changes.added;
                out.Kept = outcome.changes.kept;
                out.Removed = outcome.changes.removed;
                out.NotCommented = outcome.notCommented;
                return out;
            });
        });
    }

    Sequence<rtl::OUString> SAL_CALL
    configure(const org::proviso::ScanSettings& settings) override {
        return guarded([&] {
            std::lock_guard<std::mutex> lock(mutex_);
            ScanOptions options;
            options.language = toUtf8(settings.Language);
            const std::string severity = toUtf8(settings.MinSeverity);
            if (!severity.empty()) {
                const auto parsed = severityFromString(severity);
                if (!parsed) {
                    throw css::lang::IllegalArgumentException(
                        toOUString("unknown severity '" + severity + "' (low, medium, high)"),
                        static_cast<cppu::OWeakObject*>(this), 0);
                }
                options.minSeverity = *parsed;
            }
            // One set, beside the shipped packs when they are used: a rule id defined twice is
            // reported, whichever packs define it.
            std::vector<std::filesystem::path> paths;
            for (const auto& path : settings.RulePaths) paths.emplace_back(toUtf8(path));
            std::vector<LoadError> errors;
            auto extra = std::make_unique<RuleSet>(RuleSet::loadAll(
                paths, errors, settings.DefaultRules ? &bundledRules().rules : nullptr));
            options_ = options;
            defaultRules_ = settings.DefaultRules;
            extra_ = std::move(extra);
            Sequence<rtl::OUString> problems(static_cast<sal_Int32>(errors.size()));
            for (std::size_t i = 0; i < errors.size(); ++i) {
                problems.getArray()[i] = toOUString(errors[i].toString());
            }
            return problems;
        });
    }

    sal_Int32 SAL_CALL clear(const Reference<css::text::XTextDocument>& doc) override {
        return guarded([&] {
            requireDocument(doc);
            return static_cast<sal_Int32>(clearDocument(doc, kCommentAuthor).removed);
        });
    }

    sal_Int32 SAL_CALL
    writeFindingsTable(const Reference<css::text::XTextDocument>& doc,
                       const Reference<css::text::XTextDocument>& table) override {
        return guarded([&] {
            requireDocument(doc);
            requireDocument(table);
            if (table == doc) {
                throw css::lang::IllegalArgumentException(
                    "the findings table must go into a new document, not the one checked",
                    static_cast<cppu::OWeakObject*>(this), 1);
            }
            std::lock_guard<std::mutex> lock(mutex_);
            const CheckConfig config = scanConfig();
            const CheckOutcome outcome = checkDocument(doc, config, false, {}, {});
            return static_cast<sal_Int32>(uno::writeFindingsTable(table, documentTitle(doc),
                                                                  outcome.source.document,
                                                                  outcome.findings, config.rules));
        });
    }

    rtl::OUString SAL_CALL renderFindingsTable(const Reference<css::text::XTextDocument>& doc,
                                               const rtl::OUString& format,
                                               sal_Int32& rows) override {
        return guarded([&] {
            requireDocument(doc);
            const std::string name = toUtf8(format);
            if (!report::isAnnexTextFormat(name)) {
                throw css::lang::IllegalArgumentException(
                    toOUString("unknown format '" + name + "' (html, csv, json)"),
                    static_cast<cppu::OWeakObject*>(this), 1);
            }
            std::lock_guard<std::mutex> lock(mutex_);
            const CheckConfig config = scanConfig();
            const CheckOutcome outcome = checkDocument(doc, config, false, {}, {});
            const report::Annex annex = report::annexOf(documentTitle(doc), outcome.source.document,
                                                        outcome.findings, config.rules);
            rows = static_cast<sal_Int32>(annex.rows.size());
            return toOUString(report::renderAnnex(annex, name));
        });
    }

    sal_Int32 SAL_CALL makeExercise(const Reference<css::text::XTextDocument>& doc,
                                    const rtl::OUString& hints) override {
        return guarded([&] {
            requireDocument(doc);
            const auto how = hintsFromString(toUtf8(hints));
            if (!how) {
                throw css::lang::IllegalArgumentException(
                    toOUString("unknown hints '" + toUtf8(hints) + "' (none, provisions)"),
                    static_cast<cppu::OWeakObject*>(this), 1);
            }
            std::lock_guard<std::mutex> lock(mutex_);
            return static_cast<sal_Int32>(prepareExercise(doc, scanConfig(), *how).highlighted);
        });
    }

    rtl::OUString SAL_CALL score(const Reference<css::text::XTextDocument>& doc,
                                 const Reference<css::text::XTextDocument>& key, sal_Bool annotate,
                                 const rtl::OUString& format) override {
        return guarded([&] {
            requireDocument(doc);
            const std::string name = toUtf8(format);
            if (name != "text" && name != "json") {
                throw css::lang::IllegalArgumentException(
                    toOUString("unknown format '" + name + "' (text, json)"),
                    static_cast<cppu::OWeakObject*>(this), 3);
            }
            if (key.is() && key == doc) {
                throw css::lang::IllegalArgumentException(
                    "the answer key must be another document than the one scored",
                    static_cast<cppu::OWeakObject*>(this), 1);
            }
            std::lock_guard<std::mutex> lock(mutex_);
            const ScoreOutcome outcome = scoreDocument(doc, scanConfig(), key, annotate);
            return toOUString(name == "json" ? report::scoreJson(outcome.score)
                                             : report::scoreText(outcome.score, outcome.language));
        });
    }

    rtl::OUString SAL_CALL compare(const Reference<css::text::XTextDocument>& older,
                                   const Reference<css::text::XTextDocument>& newer,
                                   sal_Bool annotate, const rtl::OUString& format) override {
        return guarded([&] {
            requireDocument(newer);
            const std::string name = toUtf8(format);
            if (name != "text" && name != "json") {
                throw css::lang::IllegalArgumentException(
                    toOUString("unknown format '" + name + "' (text, json)"),
                    static_cast<cppu::OWeakObject*>(this), 3);
            }
            std::lock_guard<std::mutex> lock(mutex_);
            const ComparisonOutcome outcome =
                compareWithEarlier(newer, earlierOf(older, newer), scanConfig(), annotate);
            return toOUString(name == "json" ? report::changesJson(outcome.changes)
                                             : report::changesText(outcome.changes));
        });
    }

    sal_Int32 SAL_CALL writeComparisonTable(const Reference<css::text::XTextDocument>& older,
                                            const Reference<css::text::XTextDocument>& newer,
                                            const Reference<css::text::XTextDocument>& table,
                                            sal_Int32& riskier) override {
        return guarded([&] {
            requireDocument(newer);
            requireDocument(table);
            if (table == newer || table == older) {
                throw css::lang::IllegalArgumentException(
                    "the table of changes must go into a new document, not a draft",
                    static_cast<cppu::OWeakObject*>(this), 2);
            }
            std::lock_guard<std::mutex> lock(mutex_);
            const CheckConfig config = scanConfig();
            const ComparisonOutcome outcome =
                compareWithEarlier(newer, earlierOf(older, newer), config, false);
            const std::string earlierName =
                older.is() ? documentTitle(older)
                           : report::say(report::Text::CompareTrackedName, outcome.language);
            uno::writeComparisonTable(table, outcome, config.rules, earlierName,
                                      documentTitle(newer));
            riskier = report::riskierCount(outcome.changes);
            return static_cast<sal_Int32>(outcome.changes.size());
        });
    }

    rtl::OUString SAL_CALL getImplementationName() override {
        return rtl::OUString::createFromAscii(kImplementationName);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return serviceNames(kServiceName);
    }

private:
    template <typename F>
    auto guarded(F&& body) -> decltype(body()) {
        try {
            return body();
        } catch (const css::uno::Exception&) {
            throw;  // already a UNO exception: the caller sees it as it is
        } catch (const std::exception& e) {
            throw css::uno::RuntimeException(toOUString(std::string("Proviso: ") + e.what()),
                                             static_cast<cppu::OWeakObject*>(this));
        } catch (...) {
            throw css::uno::RuntimeException("Proviso: unexpected error",
                                             static_cast<cppu::OWeakObject*>(this));
        }
    }

    void requireDocument(const Reference<css::text::XTextDocument>& doc) {
        if (!doc.is()) {
            throw css::lang::IllegalArgumentException("no text document given",
                                                      static_cast<cppu::OWeakObject*>(this), 0);
        }
    }

    // The earlier draft's text: `older`'s, or without it `newer`'s before its tracked changes.
    Document earlierOf(const Reference<css::text::XTextDocument>& older,
                       const Reference<css::text::XTextDocument>& newer) {
        if (older.is()) {
            if (older == newer) {
                throw css::lang::IllegalArgumentException(
                    "the earlier draft must be another document than the newer one",
                    static_cast<cppu::OWeakObject*>(this), 0);
            }
            return draftText(older);
        }
        bool hasChanges = false;
        return textBeforeTrackedChanges(newer, hasChanges);
    }

    // Checks (and with `annotateDocument` comments) the document, then hands the outcome to
    // `report` while the rules it names are still those configured.
    template <typename Report>
    std::invoke_result_t<Report, const CheckOutcome&, const report::RuleIndex&> run(
        const Reference<css::text::XTextDocument>& doc, bool annotateDocument, Report&& report) {
        requireDocument(doc);
        std::lock_guard<std::mutex> lock(mutex_);
        const CheckConfig config = scanConfig();
        const CheckOutcome outcome = checkDocument(doc, config, annotateDocument, {}, {});
        return report(outcome, report::RuleIndex(config.rules));
    }

    // The rules and options configure() set (or the defaults), for one scan.
    CheckConfig scanConfig() const {
        CheckConfig config;
        if (defaultRules_) config.rules = bundledRules().rules.rules();
        if (extra_) {
            for (const Rule* rule : extra_->rules()) config.rules.push_back(rule);
        }
        config.options = options_;
        config.vocabulary = extra_ && !extra_->vocabulary().empty()
                                ? &extra_->vocabulary()
                                : &bundledRules().rules.vocabulary();
        return config;
    }

    static Sequence<org::proviso::Finding> toSequence(const std::vector<Finding>& findings,
                                                      const Document& doc,
                                                      const report::RuleIndex& rules) {
        Sequence<org::proviso::Finding> out(static_cast<sal_Int32>(findings.size()));
        org::proviso::Finding* items = out.getArray();
        for (std::size_t i = 0; i < findings.size(); ++i) items[i] = toUno(findings[i], doc, rules);
        return out;
    }

    Reference<css::uno::XComponentContext> context_;
    std::mutex mutex_;  // one scan or configuration at a time per instance
    // The menu's defaults: medium severity and above, so that the low-severity drafting pack
    // does not crowd a reviewer's document; configure() (the proviso command) may lower it.
    ScanOptions options_{.minSeverity = Severity::Medium, .language = {}};
    bool defaultRules_ = true;
    std::unique_ptr<RuleSet> extra_;
};

}  // namespace

}  // namespace proviso::uno

// The constructor named in proviso.components (passive registration).
extern "C" SAL_DLLPUBLIC_EXPORT ::com::sun::star::uno::XInterface*
org_proviso_Scanner_get_implementation(
    ::com::sun::star::uno::XComponentContext* context,
    const ::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>& /*arguments*/) {
    return proviso::uno::newComponent<proviso::uno::Scanner>(context);
}
