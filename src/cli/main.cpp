// proviso: the command line. Plain text is scanned by the core directly; office documents are
// opened in a private headless LibreOffice with the Proviso extension, so they are read and
// annotated by exactly the code that runs in a user's Writer.
#include <CLI/CLI.hpp>
#include <algorithm>

#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

#include "eval.hpp"
#include "proviso/engine.hpp"
#include "proviso/file_reader.hpp"
#include "proviso/language.hpp"
#include "proviso/report/annex.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/report/compare.hpp"
#include "proviso/report/concern.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/rule_test.hpp"
#include "proviso/utf.hpp"
#include "report.hpp"
#include "rules_doc.hpp"

#ifdef PROVISO_WITH_OFFICE
#include <nlohmann/json.hpp>
#include <org/proviso/XComparison.hpp>
#include <org/proviso/XTraining.hpp>
#include "../uno/ustring.hpp"
#include "office.hpp"
#include "office_pool.hpp"
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

// Plain text is read by the core, which scans 15 MB a second: this bounds a check to seconds
// and keeps a stray multi-gigabyte file from taking the memory.
constexpr std::uintmax_t kMaxPlainTextBytes = 64u << 20;

// The text of a plain-text file as UTF-8 (see decodePlainText), or nullopt with `error` naming
// the file and the problem. Only a regular file is read (see readRegularFile), so that a FIFO or
// a device named .txt cannot block the command.
std::optional<std::string> readPlainText(const fs::path& file, std::string& error) {
    std::string problem;
    const auto bytes = readRegularFile(file, kMaxPlainTextBytes, problem);
    if (!bytes) {
        error = file.string() + ": " + problem;
        return std::nullopt;
    }
    auto text = decodePlainText(*bytes, problem);
    if (!text) error = file.string() + ": " + problem;
    return text;
}

// Everything written to stderr once several offices run goes through here, a line at a time,
// so that lines from different threads never run into each other or into the count.
std::mutex stderrMutex;
bool countShown = false;  // a count line without its newline is on the terminal

// Says on stderr what a long command is doing, when a person is watching (stderr is a
// terminal) or asked for it with --progress; never mixed into what goes to stdout.
struct Progress {
    bool on = false;
    bool terminal = false;
    // Many documents: one count of those done ("4/10 files checked") instead of every step.
    bool counting = false;

    void operator()(const std::string& what) const {
        if (on && !counting) line("proviso: " + what + "...");
    }
    // Said whether counting or not.
    void always(const std::string& what) const {
        if (on) line("proviso: " + what + "...");
    }
    // On a terminal the count is rewritten in place; elsewhere (--progress) a line each time.
    void count(std::size_t done, std::size_t total, const std::string& verb) const {
        if (!on || !counting) return;
        const std::string text =
            "proviso: " + std::to_string(done) + "/" + std::to_string(total) + " files " + verb;
        std::lock_guard<std::mutex> lock(stderrMutex);
        if (terminal) {
            std::cerr << "\r\33[K" << text << (done == total ? "\n" : "") << std::flush;
            countShown = done != total;
        } else {
            std::cerr << text << '\n' << std::flush;
        }
    }
    // Any other line for stderr (a file's error), written whole and not into the count.
    static void line(const std::string& text) {
        std::lock_guard<std::mutex> lock(stderrMutex);
        if (countShown) std::cerr << "\r\33[K";
        countShown = false;
        std::cerr << text << '\n' << std::flush;
    }
};

Progress progressFor(bool asked) {
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    return Progress{.on = asked || terminal, .terminal = terminal};
}

// The most offices --jobs may ask for (cli::kMaxOffices, where there is an office).
constexpr std::size_t kMostJobs = 16;

// Loads rule packs into one set (so a rule id is defined once across all of them), printing
// every problem as file:line:column. Returns false if any. Patterns are checked as they load
// but compiled when a scan first needs them: start-up takes milliseconds whatever the packs
// hold. A pattern too large to compile is told after the scans (reportPatternErrors), or by
// `rules test`, which compiles them all.
bool loadRules(RuleSet& rules, const std::vector<fs::path>& paths) {
    std::vector<LoadError> errors;
    rules = RuleSet::loadAll(paths, errors, nullptr, RuleSet::PatternCompilation::OnFirstUse);
    for (const auto& e : errors) std::cerr << e.toString() << '\n';
    return errors.empty();
}

// The patterns the scans needed that could not be compiled, as load errors are printed.
// Returns false if any.
bool reportPatternErrors(const RuleSet& rules) {
    const auto errors = rules.patternErrors();
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
    std::size_t jobs = 0;  // offices at once for office documents; 0: one per core
    std::string format = "text";
    RuleOptions rules;
};

#ifdef PROVISO_WITH_OFFICE
using proviso::uno::toUtf8;
static_assert(kMostJobs == cli::kMaxOffices);

// More documents than this, and --progress or a terminal shows one count instead of the steps.
constexpr std::size_t kDocumentsForACount = 3;

// A private office with the extension installed, everything else as OfficeOptions defaults.
cli::OfficeOptions officeOptions() {
    cli::OfficeOptions options;
    options.oxt = defaultOxt();
    return options;
}

// Passes the rule options to the extension's scanner; prints problems in rule files unless
// `quiet` (another office was given the same rules and said them). The office runs elsewhere,
// so the extension's own packs are the default, and paths are absolute.
bool configure(org::proviso::XScanner& scanner, const RuleOptions& options, bool quiet = false) {
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
    if (!quiet) {
        for (const auto& p : problems) Progress::line(toUtf8(p));
    }
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
        r.endColumn = static_cast<std::size_t>(f.End) + 1;
        r.start = static_cast<std::size_t>(f.DocumentStart);
        r.end = static_cast<std::size_t>(f.DocumentEnd);
        out.push_back(std::move(r));
    }
    return out;
}

// "12 findings (9 high, 3 medium)"; "no findings".
std::string findingsSummary(const css::uno::Sequence<org::proviso::Finding>& fs) {
    if (fs.getLength() == 0) return "no findings";
    std::map<std::string, int> counts;
    for (const auto& f : fs) ++counts[toUtf8(f.Severity)];
    std::string out =
        std::to_string(fs.getLength()) + " finding" + (fs.getLength() == 1 ? "" : "s") + " (";
    bool first = true;
    for (const char* level : {"high", "medium", "low"}) {
        auto it = counts.find(level);
        if (it == counts.end()) continue;
        out += (first ? "" : ", ") + std::to_string(it->second) + " " + level;
        first = false;
    }
    return out + ")";
}

// What one office document gave: its findings (check), its line for stdout (annotate, clear),
// or why it could not be done.
struct DocumentOutcome {
    std::vector<cli::ReportedFinding> findings{};
    std::string summary{};  // for stdout
    std::string error{};    // for stderr, naming the file
};

// The work on document `index` in an office whose scanner is configured. May throw
// OfficeError or a UNO exception: that becomes the document's error and the others go on.
using DocumentTask = std::function<DocumentOutcome(cli::OfficeSession&, org::proviso::XScanner&,
                                                   std::size_t index, const Progress&)>;

// Does `task` for every one of `files` in private offices with the extension, `jobs` at once
// (0: one per core; see cli::officeCount), their scanners configured with `rules` (none:
// as they come). Prints each document's error (stderr) and summary (stdout) in input order as
// soon as it and those before it are done, and returns the outcomes in input order. `rulesOk`
// is false if the rules had problems (said once). Throws OfficeError if no office can start.
std::vector<DocumentOutcome> doDocuments(const std::vector<std::string>& files, std::size_t jobs,
                                         const RuleOptions* rules, Progress progress,
                                         const std::string& verb, const DocumentTask& task,
                                         bool& rulesOk) {
    std::vector<DocumentOutcome> outcomes(files.size());
    const std::size_t offices = cli::officeCount(jobs, files.size());
    progress.counting = files.size() > kDocumentsForACount;
    progress.always(offices == 1
                        ? std::string("starting LibreOffice")
                        : "starting " + std::to_string(offices) + " LibreOffice instances");
    std::once_flag ruleProblemsSaid;
    std::atomic<bool> rulesFine = true;
    cli::OfficeWork work;
    work.prepare = [&](cli::OfficeSession&, org::proviso::XScanner& scanner) {
        if (rules == nullptr) return;
        // Every office gets the same rules and finds the same problems: the first says them.
        bool first = false;
        std::call_once(ruleProblemsSaid, [&] { first = true; });
        try {
            if (!configure(scanner, *rules, !first)) rulesFine = false;
        } catch (const css::uno::Exception& e) {
            Progress::line("proviso: the rules: " + toUtf8(e.Message));
            rulesFine = false;
        }
    };
    work.process = [&](cli::OfficeSession& office, org::proviso::XScanner& scanner,
                       std::size_t index) {
        DocumentOutcome& outcome = outcomes[index];
        try {
            outcome = task(office, scanner, index, progress);
        } catch (const cli::OfficeError& e) {
            outcome.error = e.what();
        } catch (const css::uno::Exception& e) {
            outcome.error = files[index] + ": " + toUtf8(e.Message);
        } catch (const std::exception& e) {
            outcome.error = files[index] + ": " + e.what();
        }
    };
    work.finished = [&](std::size_t index) {
        const DocumentOutcome& outcome = outcomes[index];
        if (!outcome.error.empty()) Progress::line("proviso: " + outcome.error);
        if (!outcome.summary.empty()) {
            // Not into a count line on the same terminal.
            std::lock_guard<std::mutex> lock(stderrMutex);
            if (countShown && ::isatty(STDOUT_FILENO) == 1) {
                std::cerr << "\r\33[K" << std::flush;
                countShown = false;
            }
            std::cout << outcome.summary << '\n' << std::flush;
        }
    };
    work.progress = [&](std::size_t done) { progress.count(done, files.size(), verb); };
    std::vector<std::string> startFailures;
    cli::runOnOffices(officeOptions(), files.size(), offices, work, startFailures);
    for (const auto& f : startFailures) {
        Progress::line("proviso: one of the offices could not start; the others did its share: " +
                       f);
    }
    rulesOk = rulesFine;
    return outcomes;
}

std::string sizeText(const fs::path& file) {
    std::error_code ec;
    const auto bytes = fs::file_size(file, ec);
    if (ec) return "";
    std::ostringstream out;
    out.precision(bytes < (10u << 20) ? 2 : 3);
    out << " (" << static_cast<double>(bytes) / (1 << 20) << " MB)";
    return out.str();
}
#endif

int runCheck(const CheckOptions& options, const Progress& progress) {
    bool failed = false;
    std::vector<cli::ReportedFinding> findings;
    std::vector<std::string> officeFiles;
    RuleSet rules;
    bool rulesLoaded = false;
    std::unique_ptr<Engine> engine;  // one for every file: what it compiles serves them all
    for (const auto& file : options.files) {
        if (!isPlainText(file)) {
            officeFiles.push_back(file);
            continue;
        }
        if (!rulesLoaded) {
            failed |= !loadRules(rules, options.rules.packs());
            rulesLoaded = true;
            engine = std::make_unique<Engine>(rules.rules());
        }
        std::string error;
        progress("reading " + file);
        const auto text = readPlainText(file, error);
        if (!text) {
            std::cerr << "proviso: " << error << '\n';
            failed = true;
            continue;
        }
        const Document doc = documentFromPlainText(*text);
        const auto found = engine->scan(doc, options.rules.scanOptions());
        // Each finding carries its concern's fingerprint, the one its comment would carry:
        // what a CI tool tracks a result by across runs.
        std::map<std::tuple<std::string, std::size_t, std::size_t>, std::string> fingerprints;
        for (const auto& concern :
             report::concernsOf(doc, found, report::RuleIndex(rules.rules()))) {
            for (const Finding& f : concern.findings) {
                fingerprints[{f.ruleId, f.block, f.start}] = concern.fingerprint;
            }
        }
        for (const Finding& f : found) {
            auto reported = cli::report(file, doc, f);
            reported.fingerprint = fingerprints[{f.ruleId, f.block, f.start}];
            findings.push_back(std::move(reported));
        }
    }
    if (!officeFiles.empty()) {
#ifdef PROVISO_WITH_OFFICE
        // What is wrong with a file is said before the office is started, and costs no wait.
        std::vector<std::string> readable;
        for (const auto& file : officeFiles) {
            try {
                cli::checkReadableDocument(file);
                readable.push_back(file);
            } catch (const cli::OfficeError& e) {
                std::cerr << "proviso: " << e.what() << '\n';
                failed = true;
            }
        }
        try {
            if (!readable.empty()) {
                const auto checkOne = [&](cli::OfficeSession& office,
                                          org::proviso::XScanner& scanner, std::size_t index,
                                          const Progress& said) {
                    const std::string& file = readable[index];
                    said("opening " + file + sizeText(file));
                    auto doc = office.open(file, {.withView = false, .readOnly = true});
                    said("checking " + file);
                    auto found = scanner.check(doc);
                    cli::OfficeSession::close(doc);
                    return DocumentOutcome{.findings = reportOffice(file, found)};
                };
                bool rulesOk = true;
                auto outcomes = doDocuments(readable, options.jobs, &options.rules, progress,
                                            "checked", checkOne, rulesOk);
                failed |= !rulesOk;
                for (auto& outcome : outcomes) {
                    failed |= !outcome.error.empty();
                    for (auto& r : outcome.findings) findings.push_back(std::move(r));
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
    if (rulesLoaded) failed |= !reportPatternErrors(rules);
    if (options.format == "json") {
        cli::printJson(std::cout, findings);
    } else if (options.format == "sarif") {
        // The rule metadata: the same packs the office was told to load.
        if (!rulesLoaded) failed |= !loadRules(rules, options.rules.packs());
        cli::printSarif(std::cout, findings, rules.rules(), PROVISO_VERSION);
    } else {
        cli::printText(std::cout, findings);
    }
    if (failed) return kExitError;
    return findings.empty() ? kExitClean : kExitFindings;
}

#ifdef PROVISO_WITH_OFFICE
// The input must be a readable document and the output another file in a writable folder: a
// user's document is never overwritten. Checked before the office starts.
// LibreOffice lays plain text out as one paragraph per line, and beyond a few megabytes that
// grows faster than the text (measured: 4.8 MB took 22 s to report, 9.4 MB over four minutes):
// a clear limit instead of a command that seems to hang. `check` reads plain text itself.
constexpr std::uintmax_t kMaxOfficePlainTextBytes = 5u << 20;
// Far above any bill (a 1,000-page .docx is a few MB); keeps a stray huge file out of the office.
constexpr std::uintmax_t kMaxOfficeDocumentBytes = 200u << 20;

bool inputAndOutputUsable(const std::string& input, const std::string& output) {
    try {
        cli::checkReadableDocument(input);
        cli::checkWritableTarget(output);
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
        return false;
    }
    std::error_code sizeError;
    const auto bytes = fs::file_size(input, sizeError);
    const auto limit = isPlainText(input) ? kMaxOfficePlainTextBytes : kMaxOfficeDocumentBytes;
    if (!sizeError && bytes > limit) {
        std::cerr << "proviso: " << input << ": is " << (bytes >> 20) << " MB; this command opens "
                  << (isPlainText(input) ? "plain text" : "documents") << " of up to "
                  << (limit >> 20) << " MB in LibreOffice: split it"
                  << (isPlainText(input) ? ", or use 'proviso check', which reads up to 64 MB" : "")
                  << '\n';
        return false;
    }
    std::error_code ec;
    if (fs::exists(output, ec) && fs::equivalent(input, output, ec)) {
        std::cerr << "proviso: " << output << ": refusing to overwrite the input document\n";
        return false;
    }
    return true;
}

// Where annotate and clear save each input's copy: `output` itself for one input; for several,
// `output` is a folder and each copy goes there under its input's name. Inputs that cannot be
// done are said on stderr and left out (`failed` set); the others are kept in input order.
bool rewriteTargets(const std::vector<std::string>& inputs, const std::string& output,
                    std::vector<std::string>& usableInputs, std::vector<std::string>& outputs) {
    if (inputs.size() == 1) {
        if (!inputAndOutputUsable(inputs.front(), output)) return false;
        usableInputs = inputs;
        outputs = {output};
        return true;
    }
    std::error_code ec;
    if (!fs::is_directory(output, ec)) {
        std::cerr << "proviso: " << output
                  << ": with several documents, -o names the folder to save the copies in, "
                     "which must exist\n";
        return false;
    }
    bool ok = true;
    std::set<std::string> names;
    for (const auto& input : inputs) {
        const fs::path name = fs::path(input).filename();
        const std::string target = (fs::path(output) / name).string();
        if (!names.insert(name.string()).second) {
            std::cerr << "proviso: " << input << ": another document given has the same name, "
                      << "and its copy would be overwritten in " << output
                      << ": annotate them apart\n";
            ok = false;
            continue;
        }
        if (!inputAndOutputUsable(input, target)) {
            ok = false;
            continue;
        }
        usableInputs.push_back(input);
        outputs.push_back(target);
    }
    return ok;
}

// annotate and clear: open, change through the extension, save a copy. The input is opened
// read-only and never written; the output appears only once completely saved.
int runRewrite(const std::vector<std::string>& inputs, const std::string& output,
               const RuleOptions* rules, std::size_t jobs, const Progress& progress) {
    const bool annotate = rules != nullptr;
    std::vector<std::string> usable, outputs;
    bool failed = !rewriteTargets(inputs, output, usable, outputs);
    if (usable.empty()) return kExitError;
    const auto rewriteOne = [&](cli::OfficeSession& office, org::proviso::XScanner& scanner,
                                std::size_t index, const Progress& said) {
        const std::string& input = usable[index];
        said("opening " + input + sizeText(input));
        auto doc = office.open(input, {.withView = false, .readOnly = true});
        std::string summary;
        if (annotate) {
            said("checking and commenting");
            const org::proviso::Annotation result = scanner.annotate(doc);
            summary = findingsSummary(result.Findings) +
                      "; comments: " + std::to_string(result.Added) + " added, " +
                      std::to_string(result.Kept) + " kept, " + std::to_string(result.Removed) +
                      " removed";
            if (result.NotCommented > 0) {
                summary +=
                    "; " + std::to_string(result.NotCommented) +
                    " not commented (protected text, or a tracked change over several paragraphs)";
            }
        } else {
            said("removing Proviso's comments");
            const int removed = scanner.clear(doc);
            summary = std::to_string(removed) + " Proviso comment" + (removed == 1 ? "" : "s") +
                      " removed";
        }
        said("saving " + outputs[index]);
        office.saveAs(doc, outputs[index]);
        cli::OfficeSession::close(doc);
        return DocumentOutcome{.summary = input + " -> " + outputs[index] + ": " + summary};
    };
    try {
        bool rulesOk = true;
        const auto outcomes = doDocuments(usable, jobs, rules, progress,
                                          annotate ? "annotated" : "cleared", rewriteOne, rulesOk);
        failed |= !rulesOk;
        for (const auto& outcome : outcomes) failed |= !outcome.error.empty();
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
        return kExitError;
    }
    return failed ? kExitError : kExitClean;
}

// report --format odt|docx: the findings table as a new document for the annex of a
// submission. The input is opened read-only and never written.
int runReportDocument(const std::string& input, const std::string& output, const RuleOptions& rules,
                      const Progress& progress) {
    if (!inputAndOutputUsable(input, output)) return kExitError;
    try {
        progress("starting LibreOffice");
        cli::OfficeSession office(officeOptions());
        auto scanner = office.scanner();
        const bool rulesOk = configure(*scanner, rules);
        progress("opening " + input + sizeText(input));
        auto doc = office.open(input, {.withView = false, .readOnly = true});
        auto table = office.newDocument();
        progress("checking and writing the table");
        const sal_Int32 rows = scanner->writeFindingsTable(doc, table);
        cli::OfficeSession::close(doc);
        progress("saving " + output);
        office.saveAs(table, output);
        cli::OfficeSession::close(table);
        std::cerr << "wrote " << rows << " row" << (rows == 1 ? "" : "s") << " to " << output
                  << '\n';
        if (!rulesOk) return kExitError;
        return rows == 0 ? kExitClean : kExitFindings;
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: " << input << ": " << toUtf8(e.Message) << '\n';
    }
    return kExitError;
}

// exercise: a copy of a bill made into an exercise for a training session (no comments,
// instructions on top, optionally the provisions to look at shaded). The input is opened
// read-only and never written.
int runExercise(const std::string& input, const std::string& output, const std::string& hints,
                const RuleOptions& rules, const Progress& progress) {
    if (!inputAndOutputUsable(input, output)) return kExitError;
    try {
        progress("starting LibreOffice");
        cli::OfficeSession office(officeOptions());
        auto scanner = office.scanner();
        const bool rulesOk = configure(*scanner, rules);
        css::uno::Reference<org::proviso::XTraining> training(scanner, css::uno::UNO_QUERY_THROW);
        progress("opening " + input + sizeText(input));
        auto doc = office.open(input, {.withView = false, .readOnly = true});
        progress("making the exercise");
        const sal_Int32 shaded = training->makeExercise(doc, proviso::uno::toOUString(hints));
        progress("saving " + output);
        office.saveAs(doc, output);
        cli::OfficeSession::close(doc);
        std::cerr << input << " -> " << output << ": exercise without comments, instructions on top"
                  << (hints == "provisions" ? "; " + std::to_string(shaded) + " provision" +
                                                  (shaded == 1 ? "" : "s") + " shaded"
                                            : std::string())
                  << '\n';
        return rulesOk ? kExitClean : kExitError;
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: " << input << ": " << toUtf8(e.Message) << '\n';
    }
    return kExitError;
}

struct ScoreOptions {
    std::string answered;
    std::string key;     // empty: Proviso's findings are the key
    std::string output;  // empty: nothing written, the score is only printed
    std::string format = "text";
    RuleOptions rules;
};

// score: the participants' comments in a document scored against Proviso's findings or a
// trainer's answer key; printed, and with -o written into a copy as replies and missed items.
int runScore(const ScoreOptions& options, const Progress& progress) {
    try {
        cli::checkReadableDocument(options.answered);
        if (!options.key.empty()) cli::checkReadableDocument(options.key);
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
        return kExitError;
    }
    if (!options.output.empty() && !inputAndOutputUsable(options.answered, options.output)) {
        return kExitError;
    }
    try {
        progress("starting LibreOffice");
        cli::OfficeSession office(officeOptions());
        auto scanner = office.scanner();
        const bool rulesOk = configure(*scanner, options.rules);
        css::uno::Reference<org::proviso::XTraining> training(scanner, css::uno::UNO_QUERY_THROW);
        progress("opening " + options.answered + sizeText(options.answered));
        auto doc = office.open(options.answered, {.withView = false, .readOnly = true});
        css::uno::Reference<css::text::XTextDocument> key;
        if (!options.key.empty()) {
            progress("opening the answer key " + options.key);
            key = office.open(options.key, {.withView = false, .readOnly = true});
        }
        progress("scoring");
        const std::string text = toUtf8(training->score(doc, key, !options.output.empty(),
                                                        proviso::uno::toOUString(options.format)));
        if (key.is()) cli::OfficeSession::close(key);
        if (!options.output.empty()) {
            progress("saving " + options.output);
            office.saveAs(doc, options.output);
        }
        cli::OfficeSession::close(doc);
        std::cout << text << std::flush;
        return rulesOk ? kExitClean : kExitError;
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: " << options.answered << ": " << toUtf8(e.Message) << '\n';
    }
    return kExitError;
}

// report --format html|csv|json of an office document: the extension reads it and renders the
// table, with the same code as for plain text.
std::optional<std::string> officeAnnexText(const std::string& input, const std::string& format,
                                           const RuleOptions& rules, const Progress& progress,
                                           bool& rulesOk, std::size_t& rows) {
    try {
        cli::checkReadableDocument(input);
        progress("starting LibreOffice");
        cli::OfficeSession office(officeOptions());
        auto scanner = office.scanner();
        rulesOk = configure(*scanner, rules);
        progress("opening " + input + sizeText(input));
        auto doc = office.open(input, {.withView = false, .readOnly = true});
        progress("checking and writing the table");
        sal_Int32 count = 0;
        const rtl::OUString text =
            scanner->renderFindingsTable(doc, proviso::uno::toOUString(format), count);
        cli::OfficeSession::close(doc);
        rows = static_cast<std::size_t>(count);
        return toUtf8(text);
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: " << input << ": " << toUtf8(e.Message) << '\n';
    }
    return std::nullopt;
}
#endif

struct ReportOptions {
    std::string input;
    std::string output;  // empty or "-": standard output (html, csv and json only)
    std::string format;  // empty: told from the output's extension
    RuleOptions rules;
};

bool toStandardOutput(const std::string& output) { return output.empty() || output == "-"; }

// The format of `proviso report`: the one asked for, or the output file's. Nullopt, with the
// reason on stderr, when none can be told or the two disagree.
std::optional<std::string> reportFormat(const ReportOptions& options) {
    std::string ext = fs::path(options.output).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::map<std::string, std::string> byExtension = {{".odt", "odt"},   {".docx", "docx"},
                                                            {".html", "html"}, {".htm", "html"},
                                                            {".csv", "csv"},   {".json", "json"}};
    const auto known = byExtension.find(ext);
    if (toStandardOutput(options.output)) {
        if (options.format.empty()) {
            std::cerr << "proviso: report: say which format to print with --format (html, csv or "
                         "json), or name the output file with -o\n";
            return std::nullopt;
        }
        if (!report::isAnnexTextFormat(options.format)) {
            std::cerr << "proviso: report: --format " << options.format
                      << " makes a document: name it with -o FILE." << options.format << '\n';
            return std::nullopt;
        }
        return options.format;
    }
    if (options.format.empty()) {
        if (known == byExtension.end()) {
            std::cerr << "proviso: report: " << options.output
                      << ": cannot tell the format from the file name: use .odt, .docx, .html, "
                         ".csv or .json, or give --format\n";
            return std::nullopt;
        }
        return known->second;
    }
    const bool document = options.format == "odt" || options.format == "docx";
    if ((known != byExtension.end() && known->second != options.format) ||
        (document && known == byExtension.end())) {
        std::cerr << "proviso: report: --format " << options.format << " does not match the output "
                  << options.output
                  << (known != byExtension.end() ? ", which names the " + known->second + " format"
                                                 : ", which does not end in ." + options.format)
                  << ": change one of them\n";
        return std::nullopt;
    }
    return options.format;
}

// Writes `text` to `output` (standard output for "-" or none). The input is never overwritten.
bool writeText(const std::string& input, const std::string& output, const std::string& text) {
    if (toStandardOutput(output)) {
        std::cout << text << std::flush;
        return static_cast<bool>(std::cout);
    }
    std::error_code ec;
    if (fs::exists(output, ec) && fs::equivalent(input, output, ec)) {
        std::cerr << "proviso: " << output << ": refusing to overwrite the input document\n";
        return false;
    }
    // Written beside the output and renamed: the file appears only once complete.
    const fs::path part = output + ".part-" + std::to_string(::getpid());
    std::ofstream file(part, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file || (fs::rename(part, output, ec), ec)) {
        const std::string why = file ? ec.message() : std::strerror(errno);
        fs::remove(part, ec);
        std::cerr << "proviso: " << output << ": cannot write (" << why << ")\n";
        return false;
    }
    return true;
}

// report: the findings table of a document, for an annex: a new .odt or .docx (through the
// office), or HTML, CSV or JSON (plain text is read and rendered here, without an office).
int runReport(const ReportOptions& options, const Progress& progress) {
    const auto format = reportFormat(options);
    if (!format) return kExitError;
    const bool document = !report::isAnnexTextFormat(*format);
    if (document || !isPlainText(options.input)) {
#ifdef PROVISO_WITH_OFFICE
        if (document) {
            return runReportDocument(options.input, options.output, options.rules, progress);
        }
        bool rulesOk = true;
        std::size_t rows = 0;
        const auto text =
            officeAnnexText(options.input, *format, options.rules, progress, rulesOk, rows);
        if (!text || !writeText(options.input, options.output, *text)) return kExitError;
        if (!rulesOk) return kExitError;
        return rows == 0 ? kExitClean : kExitFindings;
#else
        std::cerr << "proviso: this build cannot read or write office files (built without "
                     "LibreOffice): use a .txt input and --format html, csv or json\n";
        return kExitError;
#endif
    }
    RuleSet rules;
    bool rulesOk = loadRules(rules, options.rules.packs());
    std::string error;
    progress("reading " + options.input);
    const auto text = readPlainText(options.input, error);
    if (!text) {
        std::cerr << "proviso: " << error << '\n';
        return kExitError;
    }
    const Document doc = documentFromPlainText(*text);
    const auto findings = Engine(rules.rules()).scan(doc, options.rules.scanOptions());
    rulesOk &= reportPatternErrors(rules);
    const report::Annex annex =
        report::annexOf(fs::path(options.input).filename().string(), doc, findings, rules.rules());
    if (!writeText(options.input, options.output, report::renderAnnex(annex, *format))) {
        return kExitError;
    }
    if (!rulesOk) return kExitError;
    return annex.rows.empty() ? kExitClean : kExitFindings;
}

struct CompareOptions {
    std::string oldFile;
    std::string newFile;
    std::string format = "text";
    std::string output;  // the table of changes (.odt, .docx); empty: none
    RuleOptions rules;
};

#ifdef PROVISO_WITH_OFFICE
// The changes as the extension returns them in JSON, back into the report model, so that the
// command prints them with the same code whichever way the drafts were read.
std::vector<report::DraftChange> changesFromJson(const std::string& json) {
    std::vector<report::DraftChange> changes;
    const auto root = nlohmann::json::parse(json);
    const auto text = [](const nlohmann::json& item, const char* key) {
        const auto it = item.find(key);
        return it == item.end() || it->is_null() ? std::string() : it->get<std::string>();
    };
    using Kind = report::DraftChange::Kind;
    for (const auto& item : root.at("changes")) {
        report::DraftChange c;
        c.provisionOld = text(item, "provision_old");
        c.provisionNew = text(item, "provision_new");
        const std::string kind = text(item, "kind");
        for (const Kind k : {Kind::NewRisk, Kind::Resolved, Kind::Added, Kind::Deleted,
                             Kind::SafeguardRemoved, Kind::SafeguardAdded}) {
            if (report::toString(k) == kind) c.kind = k;
        }
        c.rule = text(item, "rule");
        c.conceptName = text(item, "concept");
        c.conceptLabel = text(item, "concept_label");
        c.textOld = text(item, "text_old");
        c.textNew = text(item, "text_new");
        c.riskier = item.value("riskier", false);
        changes.push_back(std::move(c));
    }
    return changes;
}

// compare of office files (or with a table of changes): both drafts opened read-only in a
// private office, compared by the extension, which also writes the table.
int runCompareInOffice(const CompareOptions& options, const Progress& progress) {
    try {
        cli::checkReadableDocument(options.oldFile);
        cli::checkReadableDocument(options.newFile);
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
        return kExitError;
    }
    if (!options.output.empty() && (!inputAndOutputUsable(options.oldFile, options.output) ||
                                    !inputAndOutputUsable(options.newFile, options.output))) {
        return kExitError;
    }
    try {
        progress("starting LibreOffice");
        cli::OfficeSession office(officeOptions());
        auto scanner = office.scanner();
        const bool rulesOk = configure(*scanner, options.rules);
        css::uno::Reference<org::proviso::XComparison> comparison(scanner,
                                                                  css::uno::UNO_QUERY_THROW);
        progress("opening " + options.oldFile + sizeText(options.oldFile));
        auto older = office.open(options.oldFile, {.withView = false, .readOnly = true});
        progress("opening " + options.newFile + sizeText(options.newFile));
        auto newer = office.open(options.newFile, {.withView = false, .readOnly = true});
        progress("comparing");
        const auto changes = changesFromJson(
            toUtf8(comparison->compare(older, newer, false, proviso::uno::toOUString("json"))));
        if (!options.output.empty()) {
            auto table = office.newDocument();
            progress("writing the table of changes");
            sal_Int32 riskier = 0;
            const sal_Int32 rows = comparison->writeComparisonTable(older, newer, table, riskier);
            progress("saving " + options.output);
            office.saveAs(table, options.output);
            cli::OfficeSession::close(table);
            std::cerr << "wrote " << rows << " change" << (rows == 1 ? "" : "s") << " to "
                      << options.output << '\n';
        }
        cli::OfficeSession::close(older);
        cli::OfficeSession::close(newer);
        std::cout << (options.format == "json" ? report::changesJson(changes)
                                               : report::changesText(changes))
                  << std::flush;
        if (!rulesOk) return kExitError;
        return report::anyRiskier(changes) ? kExitFindings : kExitClean;
    } catch (const cli::OfficeError& e) {
        std::cerr << "proviso: " << e.what() << '\n';
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: " << options.newFile << ": " << toUtf8(e.Message) << '\n';
    } catch (const nlohmann::json::exception& e) {
        std::cerr << "proviso: the extension's answer could not be read: " << e.what() << '\n';
    }
    return kExitError;
}
#endif

// compare: what the newer draft did to the judgement on the older one (report::compareDrafts).
// Two plain-text drafts are read and compared here; office files, or a table of changes to
// write, go through the office.
int runCompare(const CompareOptions& options, const Progress& progress) {
    if (!options.output.empty() || !isPlainText(options.oldFile) || !isPlainText(options.newFile)) {
#ifdef PROVISO_WITH_OFFICE
        return runCompareInOffice(options, progress);
#else
        const std::string& file = !isPlainText(options.oldFile)   ? options.oldFile
                                  : !isPlainText(options.newFile) ? options.newFile
                                                                  : options.output;
        std::cerr << "proviso: " << file
                  << ": this build cannot read or write office files (built without "
                     "LibreOffice): compare two .txt drafts, without -o\n";
        return kExitError;
#endif
    }
    RuleSet rules;
    bool rulesOk = loadRules(rules, options.rules.packs());
    std::vector<Document> drafts;
    for (const std::string& file : {options.oldFile, options.newFile}) {
        std::string error;
        progress("reading " + file);
        const auto text = readPlainText(file, error);
        if (!text) {
            std::cerr << "proviso: " << error << '\n';
            return kExitError;
        }
        drafts.push_back(documentFromPlainText(*text));
    }
    progress("comparing");
    const auto changes = report::compareDrafts(drafts[0], drafts[1], rules.rules(),
                                               options.rules.scanOptions(), &rules.vocabulary());
    rulesOk &= reportPatternErrors(rules);
    std::cout << (options.format == "json" ? report::changesJson(changes)
                                           : report::changesText(changes));
    if (!rulesOk) return kExitError;
    return report::anyRiskier(changes) ? kExitFindings : kExitClean;
}

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
    std::vector<LoadError> tooLarge;
    rules.compileAll(tooLarge);
    for (const auto& e : tooLarge) std::cerr << e.toString() << '\n';
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
    if (!ok || !tooLarge.empty()) return kExitError;
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

int runRulesExplain(const std::string& id, const std::string& language,
                    const std::vector<std::string>& paths) {
    RuleSet rules;
    const bool ok =
        loadRules(rules, paths.empty() ? std::vector<fs::path>{defaultRules()}
                                       : std::vector<fs::path>(paths.begin(), paths.end()));
    const Rule* rule = rules.find(id);
    if (rule == nullptr) {
        if (const Concept* concept_ = rules.vocabulary().find(id)) {
            std::cout << concept_->name << " (concept)\n\n";
            if (!concept_->description.empty()) std::cout << concept_->description << "\n\n";
            for (const auto& [code, patterns] : concept_->patterns) {
                std::cout << code << ":\n";
                for (const auto& p : patterns) std::cout << "  " << p << '\n';
            }
            std::cout << "\nUsed by:";
            for (const Rule* user : rules.rules()) {
                const auto& used = user->info().concepts;
                if (std::find(used.begin(), used.end(), id) != used.end()) {
                    std::cout << ' ' << user->info().id;
                }
            }
            std::cout << "\n\nDefined in " << concept_->file << ':' << concept_->line << '\n';
            return ok ? kExitClean : kExitError;
        }
        std::cerr << "proviso: no rule or concept named '" << id << "'\n";
        return kExitError;
    }
    const RuleInfo& info = rule->info();
    // The headings in the language the texts come out in (a rule may not have the one asked
    // for), so that an English rationale does not sit under a French heading.
    std::string shown = info.languages.empty() ? "en" : info.languages.front();
    if (const auto written = info.message.languages(); !written.empty()) {
        shown = written.front();
        for (const auto& code : written) {
            if (!language.empty() && primarySubtag(code) == primarySubtag(language)) shown = code;
        }
    }
    const auto heading = [&](report::Text text) {
        std::string line = report::say(text, shown);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        return line;
    };
    std::cout << info.id << " (" << info.kind << ", " << info.category << ", "
              << toString(info.severity) << ")\n\n"
              << info.message.in(language) << "\n\n"
              << heading(report::Text::WhyItMatters) << "\n  " << info.rationale.in(language)
              << "\n\n"
              << heading(report::Text::AskFor) << "\n  " << info.suggestion.in(language) << "\n\n"
              << heading(report::Text::Standards) << '\n';
    for (const auto& r : info.references) std::cout << "  - " << r << '\n';
    if (const auto written = info.message.languages(); !written.empty()) {
        std::cout << "\nWritten in:";
        for (const auto& l : written) std::cout << ' ' << l;
        std::cout << " (see --language)\n";
    }
    if (!info.concepts.empty()) {
        std::cout << "\nConcepts (see proviso rules explain NAME):";
        for (const auto& c : info.concepts) std::cout << ' ' << c;
        std::cout << '\n';
    }
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
    checkCmd
        ->add_option("--format", check.format,
                     "Output format: text, json, or sarif (SARIF 2.1.0, for code review and CI)")
        ->check(CLI::IsMember({"text", "json", "sarif"}));
    check.rules.addTo(checkCmd);
    bool showProgress = false;
    const char* progressHelp =
        "Say on stderr what is being done (the default when stderr is a terminal)";
    checkCmd->add_flag("--progress", showProgress, progressHelp);
    // Office documents are the slow part; plain text is read here, on one core.
    std::size_t jobs = 0;
    const char* jobsHelp =
        "How many office documents to do at once, each in its own private LibreOffice (about "
        "300 MB of memory each); default: one per core";
    checkCmd->add_option("-j,--jobs", jobs, jobsHelp)->check(CLI::Range(std::size_t{1}, kMostJobs));
    checkCmd->footer("Exit status: 0 no findings, 1 findings, 2 error.");

    std::string output;
#ifdef PROVISO_WITH_OFFICE
    std::vector<std::string> inputs;
    // annotate and clear take the same files and options: they differ in what they change.
    const auto addRewrite = [&](const char* name, const char* what, const char* inputsHelp,
                                const char* outputHelp) {
        auto* command = app.add_subcommand(name, what);
        command->add_option("input", inputs, inputsHelp)->required();
        command->add_option("-o,--output", output, outputHelp)->required();
        command->add_flag("--progress", showProgress, progressHelp);
        command->add_option("-j,--jobs", jobs, jobsHelp)
            ->check(CLI::Range(std::size_t{1}, kMostJobs));
        command->footer("Exit status: 0 done, 2 error (with any document).");
        return command;
    };
    auto* annotateCmd = addRewrite(
        "annotate", "Save a copy of documents with a comment on each finding",
        "Documents to annotate (.odt, .docx)",
        "Where to save the annotated copy; with several documents, the folder to save the copies "
        "in, under their own names");
    RuleOptions annotateRules;
    annotateRules.addTo(annotateCmd);
    auto* clearCmd = addRewrite(
        "clear", "Save a copy of documents without Proviso's comments", "Documents (.odt, .docx)",
        "Where to save the cleared copy; with several documents, the folder to save the copies "
        "in, under their own names");
    // Training: an exercise from a bill, and the participants' comments scored.
    std::string exerciseInput, hints = "none";
    RuleOptions exerciseRules;
    exerciseRules.minSeverity = "medium";
    auto* exerciseCmd = app.add_subcommand(
        "exercise",
        "Save a copy of a bill as a training exercise: no comments, instructions on top");
    exerciseCmd->add_option("input", exerciseInput, "The bill (.odt, .docx)")->required();
    exerciseCmd->add_option("-o,--output", output, "Where to save the exercise (.odt, .docx)")
        ->required();
    exerciseCmd
        ->add_option("--hints", hints,
                     "none (default), or provisions: shade the provisions to look at, without "
                     "saying why")
        ->check(CLI::IsMember({"none", "provisions"}));
    exerciseRules.addTo(exerciseCmd);
    exerciseCmd->add_flag("--progress", showProgress, progressHelp);
    exerciseCmd->footer(
        "Findings below medium severity are not hinted unless --min-severity says so.\n"
        "Exit status: 0 done, 2 error.");

    ScoreOptions score;
    score.rules.minSeverity = "medium";
    auto* scoreCmd = app.add_subcommand(
        "score",
        "Score participants' comments in an exercise against Proviso's findings or a trainer's "
        "answer key");
    scoreCmd->add_option("answered", score.answered, "The exercise with participants' comments")
        ->required();
    scoreCmd->add_option("--key", score.key,
                         "The answer key: the bill with the trainer's comments (default: "
                         "Proviso's findings)");
    scoreCmd->add_option("-o,--output", score.output,
                         "Also save a copy with a reply on each participant comment and a "
                         "comment on each finding nobody found");
    scoreCmd->add_option("--format", score.format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    score.rules.addTo(scoreCmd);
    scoreCmd->add_flag("--progress", showProgress, progressHelp);
    scoreCmd->footer(
        "Every comment author but Proviso is a participant, scored apart. A comment finds a "
        "finding when it covers some of its words, or lies in the same article and names them.\n"
        "Exit status: 0 scored, 2 error.\n"
        "Examples:\n"
        "  proviso exercise bill.odt --hints provisions -o exercise.odt\n"
        "  proviso score answered.odt -o scored.odt\n"
        "  proviso score answered.odt --key bill-key.odt --format json");
#endif
    ReportOptions reportOptions;
    auto* reportCmd = app.add_subcommand(
        "report",
        "Write the table of a document's findings for an annex: one row per comment, grouped by "
        "provision, in the document's language");
    reportCmd
        ->add_option("input", reportOptions.input,
                     "Document to report on (.odt, .docx, .txt; .txt only without LibreOffice)")
        ->required();
    reportCmd->add_option("-o,--output", reportOptions.output,
                          "Where to write the table; '-' or none: standard output (html, csv, "
                          "json)");
    reportCmd
        ->add_option("--format", reportOptions.format,
                     "odt, docx, html, csv or json (default: from the output file's extension)")
        ->check(CLI::IsMember({"odt", "docx", "html", "csv", "json"}));
    reportOptions.rules.addTo(reportCmd);
    reportCmd->add_flag("--progress", showProgress, progressHelp);
    reportCmd->footer(
        "Exit status: 0 no findings, 1 findings, 2 error.\n"
        "Examples:\n"
        "  proviso report bill.docx -o annex.odt\n"
        "  proviso report bill.docx --format csv -o annex.csv\n"
        "  proviso report bill.txt --format html > annex.html");

    CompareOptions compare;
    auto* compareCmd = app.add_subcommand(
        "compare",
        "Say what a newer draft did to the judgement on an older one: risks it brought in or "
        "resolved, provisions it added or deleted");
    compareCmd->add_option("old", compare.oldFile, "The older draft (.txt, .odt, .docx)")
        ->required();
    compareCmd->add_option("new", compare.newFile, "The newer draft (.txt, .odt, .docx)")
        ->required();
    compareCmd->add_option("--format", compare.format, "text (default) or json")
        ->check(CLI::IsMember({"text", "json"}));
    compareCmd->add_option("-o,--output", compare.output,
                           "Also write the table of changes to this .odt or .docx");
    compare.rules.addTo(compareCmd);
    compareCmd->add_flag("--progress", showProgress, progressHelp);
    compareCmd->footer(
        "Provisions are paired by their text, number and heading, so renumbered or moved ones "
        "are compared with themselves (docs/compare.md). .odt and .docx drafts, and the "
        "table of changes, go through a private LibreOffice.\n"
        "Exit status: 0 nothing got riskier, 1 something did, 2 error.\n"
        "Examples:\n"
        "  proviso compare first-reading.txt second-reading.txt\n"
        "  proviso compare first-reading.txt second-reading.txt --format json\n"
        "  proviso compare first-reading.docx second-reading.odt -o changes.odt");

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
    evalCmd
        ->add_option("--laws", eval.laws,
                     "Count only the rows of the documents listed in this file (one a line)")
        ->check(CLI::ExistingFile);
    evalCmd->add_flag("--except-laws", eval.exceptLaws,
                      "With --laws: count every row except those of the listed documents");
    evalRules.addTo(evalCmd);
    evalCmd->footer("Exit status: 0 targets met (or none given), 1 not met, 2 error.");

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
    auto* explainCmd = rulesCmd->add_subcommand(
        "explain", "Show a rule's rationale, advice and examples, or a concept's patterns");
    explainCmd->add_option("rule", ruleId, "Rule id or concept name")->required();
    std::string explainLanguage;
    explainCmd->add_option("-l,--language", explainLanguage,
                           "Show a rule's texts in this language (fr, es...), if it has them");
    explainCmd->add_option("packs", rulePaths,
                           "Pack folders or rule files (default: the built-in packs)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? kExitClean : kExitError;
    }

    if (checkCmd->parsed()) {
        check.jobs = jobs;
        return runCheck(check, progressFor(showProgress));
    }
    if (evalCmd->parsed()) {
        RuleSet rules;
        bool ok = loadRules(rules, evalRules.packs());
        const int status = cli::runEvaluation(eval, rules.rules(), std::cout, std::cerr);
        ok &= reportPatternErrors(rules);
        return ok ? status : kExitError;
    }
#ifdef PROVISO_WITH_OFFICE
    if (annotateCmd->parsed()) {
        return runRewrite(inputs, output, &annotateRules, jobs, progressFor(showProgress));
    }
    if (clearCmd->parsed()) {
        return runRewrite(inputs, output, nullptr, jobs, progressFor(showProgress));
    }
    if (exerciseCmd->parsed()) {
        return runExercise(exerciseInput, output, hints, exerciseRules, progressFor(showProgress));
    }
    if (scoreCmd->parsed()) return runScore(score, progressFor(showProgress));
#endif
    if (reportCmd->parsed()) return runReport(reportOptions, progressFor(showProgress));
    if (compareCmd->parsed()) return runCompare(compare, progressFor(showProgress));
    if (listCmd->parsed()) return runRulesList(rulePaths);
    if (testCmd->parsed()) return runRulesTest(rulePaths);
    if (explainCmd->parsed()) return runRulesExplain(ruleId, explainLanguage, rulePaths);
    if (docCmd->parsed()) return runRulesDoc(rulePaths);
    return kExitError;
}
