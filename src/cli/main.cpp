// proviso: the command line. Plain text is scanned by the core directly; office documents are
// opened in a private headless LibreOffice with the Proviso extension, so they are read and
// annotated by exactly the code that runs in a user's Writer.
#include <CLI/CLI.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "eval.hpp"
#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/rule_test.hpp"
#include "report.hpp"
#include "rules_doc.hpp"

#ifdef PROVISO_WITH_OFFICE
#include "../uno/ustring.hpp"
#include "office.hpp"
#endif

namespace fs = std::filesystem;
using namespace proviso;

namespace {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

fs::path executableDir() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::current_path() : exe.parent_path();
}

// The first candidate that exists: an environment override, then beside an installed program,
// then the build tree this program was built in.
fs::path locate(const char* envVar, const std::vector<fs::path>& candidates) {
    if (const char* env = std::getenv(envVar); env != nullptr && *env != '\0') return env;
    for (const auto& c : candidates) {
        if (fs::exists(c)) return c;
    }
    return candidates.empty() ? fs::path() : candidates.back();
}

fs::path defaultRules() {
    return locate("PROVISO_RULES_DIR", {executableDir() / ".." / "share" / "proviso" / "rules",
                                        fs::path(PROVISO_SOURCE_RULES_DIR)});
}

[[maybe_unused]] fs::path defaultOxt() {
    return locate("PROVISO_OXT", {executableDir() / "proviso.oxt",
                                  executableDir() / ".." / "share" / "proviso" / "proviso.oxt",
                                  fs::path(PROVISO_BUILD_OXT)});
}

bool isPlainText(const fs::path& file) {
    std::string ext = file.extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".txt" || ext == ".text" || ext == ".md";
}

std::optional<std::string> readFile(const fs::path& file, std::string& error) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        error = file.string() + ": cannot read file";
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Loads rule packs, printing every problem as file:line:column. Returns false if any.
bool loadRules(RuleSet& rules, const std::vector<fs::path>& paths) {
    std::vector<LoadError> errors;
    for (const auto& p : paths) rules.load(p, errors);
    for (const auto& e : errors) std::cerr << e.toString() << '\n';
    return errors.empty();
}

// Which rules to scan with, and how: shared by check and annotate.
struct RuleOptions {
    std::vector<std::string> rulePaths;
    bool noDefaultRules = false;
    std::string language;
    std::string minSeverity = "low";

    void addTo(CLI::App* command) {
        command
            ->add_option(
                "--rules", rulePaths,
                "Also use this rule pack folder, folder of packs or rule file (repeatable)")
            ->check(CLI::ExistingPath)
            ->expected(1)
            ->allow_extra_args(false)
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        command->add_flag("--no-default-rules", noDefaultRules,
                          "Use only the packs given with --rules");
        command->add_option("--lang", language,
                            "Language of the document (e.g. fr); default: told from the text");
        command->add_option("--min-severity", minSeverity, "Report only this severity and above")
            ->check(CLI::IsMember({"low", "medium", "high"}));
    }

    std::vector<fs::path> packs() const {
        std::vector<fs::path> out;
        if (!noDefaultRules) out.push_back(defaultRules());
        for (const auto& p : rulePaths) out.push_back(fs::absolute(p));
        return out;
    }

    ScanOptions scanOptions() const {
        ScanOptions options;
        options.language = language;
        options.minSeverity = severityFromString(minSeverity).value_or(Severity::Low);
        return options;
    }
};

struct CheckOptions {
    std::vector<std::string> files;
    std::string format = "text";
    RuleOptions rules;
};

#ifdef PROVISO_WITH_OFFICE
using proviso::uno::toUtf8;

// A private office with the extension installed, everything else as OfficeOptions defaults.
cli::OfficeOptions officeOptions() {
    cli::OfficeOptions options;
    options.oxt = defaultOxt();
    return options;
}

// Passes the rule options to the extension's scanner; prints problems in rule files. The
// office runs elsewhere, so the extension's own packs are the default, and paths are absolute.
bool configure(org::proviso::XScanner& scanner, const RuleOptions& options) {
    org::proviso::ScanSettings settings;
    settings.DefaultRules = !options.noDefaultRules;
    settings.Language = proviso::uno::toOUString(options.language);
    settings.MinSeverity = proviso::uno::toOUString(options.minSeverity);
    settings.RulePaths.realloc(static_cast<sal_Int32>(options.rulePaths.size()));
    for (std::size_t i = 0; i < options.rulePaths.size(); ++i) {
        settings.RulePaths.getArray()[i] =
            proviso::uno::toOUString(fs::absolute(options.rulePaths[i]).string());
    }
    const auto problems = scanner.configure(settings);
    for (const auto& p : problems) std::cerr << toUtf8(p) << '\n';
    return problems.getLength() == 0;
}

std::vector<cli::ReportedFinding> reportOffice(
    const std::string& file, const css::uno::Sequence<org::proviso::Finding>& fs) {
    std::vector<cli::ReportedFinding> out;
    for (const auto& f : fs) {
        cli::ReportedFinding r;
        r.file = file;
        r.rule = toUtf8(f.Rule);
        r.category = toUtf8(f.Category);
        r.severity = toUtf8(f.Severity);
        r.message = toUtf8(f.Message);
        r.provision = toUtf8(f.Provision);
        r.text = toUtf8(f.Text);
        r.line = static_cast<std::size_t>(f.Paragraph) + 1;
        r.column = static_cast<std::size_t>(f.Start) + 1;
        r.start = static_cast<std::size_t>(f.DocumentStart);
        r.end = static_cast<std::size_t>(f.DocumentEnd);
        out.push_back(std::move(r));
    }
    return out;
}

std::map<std::string, int> countBySeverity(const css::uno::Sequence<org::proviso::Finding>& fs) {
    std::map<std::string, int> counts;
    for (const auto& f : fs) ++counts[toUtf8(f.Severity)];
    return counts;
}
#endif

int runCheck(const CheckOptions& options) {
    bool failed = false;
    std::vector<cli::ReportedFinding> findings;
    std::vector<std::string> officeFiles;
    RuleSet rules;
    bool rulesLoaded = false;
    for (const auto& file : options.files) {
        if (!isPlainText(file)) {
            officeFiles.push_back(file);
            continue;
        }
        if (!rulesLoaded) {
            failed |= !loadRules(rules, options.rules.packs());
            rulesLoaded = true;
        }
        std::string error;
        const auto text = readFile(file, error);
        if (!text) {
            std::cerr << "proviso: " << error << '\n';
            failed = true;
            continue;
        }
        const Document doc = documentFromPlainText(*text);
        for (const Finding& f : Engine(rules.rules()).scan(doc, options.rules.scanOptions())) {
            findings.push_back(cli::report(file, doc, f));
        }
    }
    if (!officeFiles.empty()) {
#ifdef PROVISO_WITH_OFFICE
        try {
            cli::OfficeSession office(officeOptions());
            auto scanner = office.scanner();
            failed |= !configure(*scanner, options.rules);
            for (const auto& file : officeFiles) {
                try {
                    auto doc = office.open(file);
                    auto found = scanner->check(doc);
                    cli::OfficeSession::close(doc);
                    for (auto& r : reportOffice(file, found)) findings.push_back(std::move(r));
                } catch (const cli::OfficeError& e) {
                    std::cerr << "proviso: " << e.what() << '\n';
                    failed = true;
                } catch (const css::uno::Exception& e) {
                    std::cerr << "proviso: " << file << ": " << toUtf8(e.Message) << '\n';
                    failed = true;
                }
            }
        } catch (const cli::OfficeError& e) {
            std::cerr << "proviso: " << e.what() << '\n';
            return kExitError;
        }
#else
        std::cerr << "proviso: this build cannot read office files (built without LibreOffice)\n";
        return kExitError;
#endif
    }
    if (options.format == "json") {
        cli::printJson(std::cout, findings);
    } else {
        cli::printText(std::cout, findings);
    }
    if (failed) return kExitError;
    return findings.empty() ? kExitClean : kExitFindings;
}

#ifdef PROVISO_WITH_OFFICE
// The input must exist and the output must be another file: a user's document is never
// overwritten.
bool inputAndOutputUsable(const std::string& input, const std::string& output) {
    std::error_code ec;
    if (!fs::is_regular_file(input)) {
        std::cerr << "proviso: " << input << ": no such file\n";
        return false;
    }
    if (fs::exists(output) && fs::equivalent(input, output, ec)) {
        std::cerr << "proviso: " << output << ": refusing to overwrite the input document\n";
        return false;
    }
    return true;
}

// annotate and clear: open, change through the extension, save a copy. The input is never
// written: the output must be another file, and it appears only once completely saved.
int runRewrite(const std::string& input, const std::string& output, const RuleOptions* rules) {
    const bool annotate = rules != nullptr;
    if (!inputAndOutputUsable(input, output)) return kExitError;
    try {
        cli::filterForExtension(output);
        cli::OfficeSession office(officeOptions());
        auto scanner = office.scanner();
        const bool rulesOk = !annotate || configure(*scanner, *rules);
        auto doc = office.open(input);
        std::string summary;
        if (annotate) {
            const auto found = scanner->annotate(doc);
            summary = std::to_string(found.getLength()) + " comment" +
                      (found.getLength() == 1 ? "" : "s") + " added";
            const auto counts = countBySeverity(found);
            if (!counts.empty()) {
                summary += " (";
                bool first = true;
                for (const char* level : {"high", "medium", "low"}) {
                    auto it = counts.find(level);
                    if (it == counts.end()) continue;
                    summary += (first ? "" : ", ") + std::to_string(it->second) + " " + level;
                    first = false;
                }
                summary += ")";
            }
        } else {
            const int removed = scanner->clear(doc);
            summary = std::to_string(removed) + " Proviso comment" + (removed == 1 ? "" : "s") +
                      " removed";
        }
        office.saveAs(doc, output);
        cli::OfficeSession::close(doc);
        std::cout << input << " -> " << output << ": " << summary << '\n';
        return rulesOk ? kExitClean : kExitError;
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: " << input << ": " << toUtf8(e.Message) << '\n';
    }
    return kExitError;
}

// report: the findings table of a document, as a new document for the annex of a submission.
// The input is opened read-only and never written.
int runReport(const std::string& input, const std::string& output, const RuleOptions& rules) {
    if (!inputAndOutputUsable(input, output)) return kExitError;
    try {
        cli::filterForExtension(output);
        cli::OfficeSession office(officeOptions());
        auto scanner = office.scanner();
        const bool rulesOk = configure(*scanner, rules);
        auto doc = office.open(input, {.withView = false, .readOnly = true});
        auto table = office.newDocument();
        const sal_Int32 found = scanner->writeFindingsTable(doc, table);
        cli::OfficeSession::close(doc);
        office.saveAs(table, output);
        cli::OfficeSession::close(table);
        std::cerr << "wrote " << found << " finding" << (found == 1 ? "" : "s") << " to " << output
                  << '\n';
        if (!rulesOk) return kExitError;
        return found == 0 ? kExitClean : kExitFindings;
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: " << input << ": " << toUtf8(e.Message) << '\n';
    }
    return kExitError;
}
#endif

int runRulesList(const std::vector<std::string>& paths) {
    RuleSet rules;
    const bool ok =
        loadRules(rules, paths.empty() ? std::vector<fs::path>{defaultRules()}
                                       : std::vector<fs::path>(paths.begin(), paths.end()));
    for (const Rule* rule : rules.rules()) {
        const RuleInfo& info = rule->info();
        std::string languages;
        for (const auto& l : info.languages) languages += (languages.empty() ? "" : ",") + l;
        std::cout << info.id << "  " << info.kind << "  " << info.category << "  "
                  << toString(info.severity) << "  " << languages << "  (" << info.pack << ")\n";
    }
    return ok ? kExitClean : kExitError;
}

int runRulesTest(const std::vector<std::string>& paths) {
    RuleSet rules;
    const bool ok =
        loadRules(rules, paths.empty() ? std::vector<fs::path>{defaultRules()}
                                       : std::vector<fs::path>(paths.begin(), paths.end()));
    int passed = 0, failedRules = 0;
    for (const Rule* rule : rules.rules()) {
        const auto failures = testRuleExamples(*rule);
        if (failures.empty()) {
            ++passed;
            std::cout << "PASS " << rule->info().id << " (" << rule->info().examples.size()
                      << " examples)\n";
            continue;
        }
        ++failedRules;
        std::cout << "FAIL " << rule->info().id << '\n';
        for (const auto& f : failures) {
            std::cout << "  " << f.file << ':' << f.line << ": " << f.problem << '\n';
        }
    }
    std::cout << passed << " passed, " << failedRules << " failed\n";
    if (!ok) return kExitError;
    return failedRules == 0 ? kExitClean : kExitFindings;
}

int runRulesDoc(const std::vector<std::string>& paths) {
    RuleSet rules;
    const bool ok =
        loadRules(rules, paths.empty() ? std::vector<fs::path>{defaultRules()}
                                       : std::vector<fs::path>(paths.begin(), paths.end()));
    cli::printRulesReference(std::cout, rules);
    return ok ? kExitClean : kExitError;
}

int runRulesExplain(const std::string& id, const std::vector<std::string>& paths) {
    RuleSet rules;
    const bool ok =
        loadRules(rules, paths.empty() ? std::vector<fs::path>{defaultRules()}
                                       : std::vector<fs::path>(paths.begin(), paths.end()));
    const Rule* rule = rules.find(id);
    if (rule == nullptr) {
        std::cerr << "proviso: no rule with id '" << id << "'\n";
        return kExitError;
    }
    const RuleInfo& info = rule->info();
    std::cout << info.id << " (" << info.kind << ", " << info.category << ", "
              << toString(info.severity) << ")\n\n"
              << info.message << "\n\nWhy it matters:\n  " << info.rationale
              << "\n\nAsk for instead:\n  " << info.suggestion << "\n\nStandards:\n";
    for (const auto& r : info.references) std::cout << "  - " << r << '\n';
    std::cout << "\nExamples:\n";
    for (const auto& e : info.examples) {
        std::cout << "  " << (e.mustFlag ? "flags:  " : "passes: ") << e.text << '\n';
    }
    std::cout << "\nDefined in " << info.file << ':' << info.line << '\n';
    return ok ? kExitClean : kExitError;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "Proviso: flags risky language in treaties and bills (vague offences, powers "
        "without safeguards)",
        "proviso"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(PROVISO_VERSION));

    CheckOptions check;
    auto* checkCmd = app.add_subcommand("check", "Print findings for files without changing them");
    checkCmd->add_option("files", check.files, "Files to check (.txt, .odt, .docx)")
        ->required()
        ->check(CLI::ExistingFile);
    checkCmd->add_option("--format", check.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}));
    check.rules.addTo(checkCmd);
    checkCmd->footer("Exit status: 0 no findings, 1 findings, 2 error.");

    std::string input, output;
#ifdef PROVISO_WITH_OFFICE
    auto* annotateCmd =
        app.add_subcommand("annotate", "Save a copy of a document with a comment on each finding");
    annotateCmd->add_option("input", input, "Document to annotate (.odt, .docx)")->required();
    annotateCmd->add_option("-o,--output", output, "Where to save the annotated copy")->required();
    RuleOptions annotateRules;
    annotateRules.addTo(annotateCmd);
    auto* clearCmd =
        app.add_subcommand("clear", "Save a copy of a document without Proviso's comments");
    clearCmd->add_option("input", input, "Document (.odt, .docx)")->required();
    clearCmd->add_option("-o,--output", output, "Where to save the cleared copy")->required();
    auto* reportCmd = app.add_subcommand(
        "report", "Save a new document with a table of a document's findings, in document order");
    reportCmd->add_option("input", input, "Document to report on (.odt, .docx, .txt)")->required();
    reportCmd->add_option("-o,--output", output, "Where to save the table (.odt or .docx)")
        ->required();
    RuleOptions reportRules;
    reportRules.addTo(reportCmd);
    reportCmd->footer("Exit status: 0 no findings, 1 findings, 2 error.");
#endif

    cli::EvalOptions eval;
    RuleOptions evalRules;
    auto* evalCmd = app.add_subcommand(
        "eval", "Measure the rules against labelled provisions (precision and recall)");
    evalCmd->add_option("labels", eval.labels, "Labels file (TSV, see ../shared/eval)")
        ->required()
        ->check(CLI::ExistingFile);
    evalCmd->add_option("--corpus", eval.corpus, "Folder of the documents the labels refer to")
        ->required()
        ->check(CLI::ExistingDirectory);
    evalCmd->add_option("--format", eval.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}));
    evalCmd->add_option("--min-precision", eval.minPrecision,
                        "Fail (exit 1) below this overall precision");
    evalCmd->add_option("--min-recall", eval.minRecall, "Fail (exit 1) below this overall recall");
    evalCmd->add_option("--min-category", eval.minCategory,
                        "Fail (exit 1) if any category's precision or recall is below this");
    evalRules.addTo(evalCmd);
    evalCmd->footer("Exit status: 0 targets met, 1 not met, 2 error.");

    auto* rulesCmd = app.add_subcommand("rules", "Work with rule packs");
    rulesCmd->require_subcommand(1);
    std::vector<std::string> rulePaths;
    std::string ruleId;
    auto* listCmd = rulesCmd->add_subcommand("list", "List the rules of the packs");
    listCmd->add_option("packs", rulePaths,
                        "Pack folders or rule files (default: the built-in packs)");
    auto* testCmd = rulesCmd->add_subcommand("test", "Run every rule's own examples");
    testCmd->add_option("packs", rulePaths,
                        "Pack folders or rule files (default: the built-in packs)");
    auto* docCmd = rulesCmd->add_subcommand("doc", "Print the rule reference (Markdown)");
    docCmd->add_option("packs", rulePaths,
                       "Pack folders or rule files (default: the built-in packs)");
    auto* explainCmd =
        rulesCmd->add_subcommand("explain", "Show a rule's rationale, advice and examples");
    explainCmd->add_option("rule", ruleId, "Rule id")->required();
    explainCmd->add_option("packs", rulePaths,
                           "Pack folders or rule files (default: the built-in packs)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitClean : kExitError;
    }

    if (checkCmd->parsed()) return runCheck(check);
    if (evalCmd->parsed()) {
        RuleSet rules;
        const bool ok = loadRules(rules, evalRules.packs());
        const int status = cli::runEvaluation(eval, rules.rules(), std::cout, std::cerr);
        return ok ? status : kExitError;
    }
#ifdef PROVISO_WITH_OFFICE
    if (annotateCmd->parsed()) return runRewrite(input, output, &annotateRules);
    if (clearCmd->parsed()) return runRewrite(input, output, nullptr);
    if (reportCmd->parsed()) return runReport(input, output, reportRules);
#endif
    if (listCmd->parsed()) return runRulesList(rulePaths);
    if (testCmd->parsed()) return runRulesTest(rulePaths);
    if (explainCmd->parsed()) return runRulesExplain(ruleId, rulePaths);
    if (docCmd->parsed()) return runRulesDoc(rulePaths);
    return kExitError;
}
