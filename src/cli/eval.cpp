#include "eval.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <fstream>
#include <iomanip>
#include <map>
#include <set>
#include <sstream>

#include "proviso/engine.hpp"
#include "proviso/language.hpp"
#include "proviso/normalized_text.hpp"

namespace proviso::cli {

namespace {

// The four categories a label can claim, in the labels' spelling and the rules'.
constexpr std::array<std::pair<const char*, const char*>, 4> kCategories = {{
    {"vague_offence", "vague-offence"},
    {"power_without_safeguards", "unsafeguarded-power"},
    {"cooperation_without_safeguards", "unsafeguarded-cooperation"},
    {"overbroad_scope", "overbroad-scope"},
}};

std::string categoryOf(const std::string& label) {
    for (const auto& [l, c] : kCategories) {
        if (label == l) return c;
    }
    return "";
}

struct Row {
    std::size_t line = 0;
    std::string file, provision, text, label, rationale;
    bool borderline = false;
    std::set<std::string> flaggedCategories;  // of the four; drafting never counts
    std::set<std::string> rules;              // rules that fired on it
    bool located = true;                      // found in its document (else scanned alone)
    std::string language;                     // of its document, as the engine tells it
};

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(
            line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos) break;
        start = tab + 1;
    }
    return fields;
}

bool readText(const std::filesystem::path& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    out = buffer.str();
    return true;
}

struct ScannedDocument {
    std::string text;
    Document document;
    std::vector<Finding> findings;
    std::string language;
};

// Where `provision` stands in `text`, in code points, comparing normalised forms so that line
// breaks, spacing and quote styles do not matter. False if it is not there.
bool locate(const std::string& text, const std::string& provision, CodePointSpan& span) {
    const NormalizedText haystack(text);
    NormalizedText needle(provision);
    std::string wanted = needle.text();
    while (!wanted.empty() && wanted.front() == ' ') wanted.erase(0, 1);
    while (!wanted.empty() && wanted.back() == ' ') wanted.pop_back();
    if (wanted.empty()) return false;
    const std::size_t at = haystack.text().find(wanted);
    if (at == std::string::npos) return false;
    span = haystack.toOriginal(at, at + wanted.size());
    return true;
}

struct Counts {
    int tp = 0, fp = 0, fn = 0;
    double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
};

}  // namespace

// Reads a list of documents (see EvalOptions::laws); false with a message naming file and line.
bool readLaws(const std::filesystem::path& path, std::map<std::string, std::size_t>& laws,
              std::ostream& err) {
    std::ifstream in(path);
    if (!in) {
        err << "proviso: " << path.string() << ": cannot read file\n";
        return false;
    }
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) {
            line.pop_back();
        }
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string::npos) continue;
        if (!laws.emplace(line.substr(first), number).second) {
            err << "proviso: " << path.string() << ':' << number << ": '" << line.substr(first)
                << "' is listed twice\n";
            return false;
        }
    }
    return true;
}

int runEvaluation(const EvalOptions& options, const std::vector<const Rule*>& rules,
                  std::ostream& out, std::ostream& err) {
    std::map<std::string, std::size_t> laws;  // document -> line of the list
    if (!options.laws.empty() && !readLaws(options.laws, laws, err)) return 2;
    std::ifstream in(options.labels);
    if (!in) {
        err << "proviso: " << options.labels.string() << ": cannot read file\n";
        return 2;
    }
    std::vector<Row> rows;
    std::string line;
    std::size_t number = 0;
    std::map<std::string, std::size_t> column;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        const auto fields = splitTabs(line);
        if (column.empty()) {
            for (std::size_t i = 0; i < fields.size(); ++i) column[fields[i]] = i;
            for (const char* needed : {"doc_file", "provision_id", "verbatim_text", "label"}) {
                if (!column.count(needed)) {
                    err << "proviso: " << options.labels.string() << ":1: missing column '"
                        << needed << "'\n";
                    return 2;
                }
            }
            continue;
        }
        auto field = [&](const char* name) {
            const auto it = column.find(name);
            return it != column.end() && it->second < fields.size() ? fields[it->second] : "";
        };
        Row row;
        row.line = number;
        row.file = field("doc_file");
        row.provision = field("provision_id");
        row.text = field("verbatim_text");
        row.label = field("label");
        row.rationale = field("rationale");
        row.borderline = row.rationale.rfind("[borderline]", 0) == 0;
        if (row.label != "ok" && categoryOf(row.label).empty()) {
            err << "proviso: " << options.labels.string() << ':' << number << ": unknown label '"
                << row.label << "'\n";
            return 2;
        }
        rows.push_back(std::move(row));
    }
    if (!options.laws.empty()) {
        // A name that matches no row is a typo that would silently move a law between parts.
        std::set<std::string> labelled;
        for (const Row& row : rows) labelled.insert(row.file);
        for (const auto& [law, listedAt] : laws) {
            if (!labelled.count(law)) {
                err << "proviso: " << options.laws.string() << ':' << listedAt << ": '" << law
                    << "' has no rows in " << options.labels.string() << '\n';
                return 2;
            }
        }
        std::erase_if(
            rows, [&](const Row& row) { return (laws.count(row.file) > 0) == options.exceptLaws; });
    }

    // Each document is scanned once, whole, so that provision- and document-level rules
    // (safeguards elsewhere in the article, definitions) see the context a reader sees.
    const Engine engine(rules);
    std::map<std::string, ScannedDocument> documents;
    for (Row& row : rows) {
        auto it = documents.find(row.file);
        if (it == documents.end()) {
            ScannedDocument scanned;
            if (!readText(options.corpus / row.file, scanned.text)) {
                err << "proviso: " << options.labels.string() << ':' << row.line << ": cannot read "
                    << (options.corpus / row.file).string() << '\n';
                return 2;
            }
            scanned.document = documentFromPlainText(scanned.text);
            scanned.findings = engine.scan(scanned.document);
            scanned.language = detectLanguage(scanned.text);
            it = documents.emplace(row.file, std::move(scanned)).first;
        }
        const ScannedDocument& doc = it->second;
        row.language = doc.language;
        auto record = [&](const Finding& f) {
            row.rules.insert(f.ruleId);
            if (f.category != "drafting") row.flaggedCategories.insert(f.category);
        };
        CodePointSpan span;
        if (locate(doc.text, row.text, span)) {
            for (const Finding& f : doc.findings) {
                const std::size_t base = doc.document.blocks[f.block].sourceOffset;
                if (base + f.start < span.end && base + f.end > span.start) record(f);
            }
        } else {
            row.located = false;
            const Document alone = documentFromPlainText(row.text);
            for (const Finding& f : engine.scan(alone)) record(f);
        }
    }

    // Per category: a row labelled with it is a hit if flagged with it; any other row flagged
    // with it is a false alarm. "ok" rows flagged with any category are false alarms too.
    auto tally = [&](auto counts) {
        std::map<std::string, Counts> perCategory;
        for (const Row& row : rows) {
            if (!counts(row)) continue;
            const std::string own = categoryOf(row.label);
            for (const auto& [label, category] : kCategories) {
                Counts& c = perCategory[category];
                const bool flagged = row.flaggedCategories.count(category) > 0;
                if (own == category) {
                    flagged ? ++c.tp : ++c.fn;
                } else if (flagged) {
                    ++c.fp;
                }
            }
        }
        Counts overall;
        for (const auto& [category, c] : perCategory) {
            overall.tp += c.tp, overall.fp += c.fp, overall.fn += c.fn;
        }
        return std::make_pair(perCategory, overall);
    };
    const auto [categories, overall] = tally([](const Row& row) { return !row.borderline; });
    const auto [borderlineCategories, borderlineOverall] =
        tally([](const Row& row) { return row.borderline; });
    // Overall figures per language of the documents (non-borderline rows).
    std::map<std::string, Counts> perLanguage;
    for (const Row& row : rows) {
        if (row.borderline) continue;
        if (perLanguage.count(row.language)) continue;
        perLanguage[row.language] =
            tally([&](const Row& r) { return !r.borderline && r.language == row.language; }).second;
    }

    bool meets =
        overall.precision() >= options.minPrecision && overall.recall() >= options.minRecall;
    for (const auto& [category, c] : categories) {
        if (c.tp + c.fn + c.fp == 0) continue;
        if (c.tp + c.fn > 0 && c.recall() < options.minCategory) meets = false;
        if (c.tp + c.fp > 0 && c.precision() < options.minCategory) meets = false;
    }

    auto problems = [&](bool misses) {
        std::vector<const Row*> list;
        for (const Row& row : rows) {
            if (row.borderline) continue;
            const std::string own = categoryOf(row.label);
            const bool missed = !own.empty() && row.flaggedCategories.count(own) == 0;
            bool falseAlarm = false;
            for (const auto& category : row.flaggedCategories) falseAlarm |= category != own;
            if (misses ? missed : falseAlarm) list.push_back(&row);
        }
        return list;
    };

    if (options.format == "json") {
        nlohmann::ordered_json json;
        auto countsJson = [](const Counts& c) {
            return nlohmann::ordered_json{{"tp", c.tp},
                                          {"fp", c.fp},
                                          {"fn", c.fn},
                                          {"precision", c.precision()},
                                          {"recall", c.recall()}};
        };
        json["overall"] = countsJson(overall);
        for (const auto& [category, c] : categories) json["categories"][category] = countsJson(c);
        json["borderline"]["overall"] = countsJson(borderlineOverall);
        for (const auto& [category, c] : borderlineCategories) {
            json["borderline"]["categories"][category] = countsJson(c);
        }
        for (bool misses : {true, false}) {
            auto& list = json[misses ? "misses" : "false_alarms"] = nlohmann::ordered_json::array();
            for (const Row* row : problems(misses)) {
                list.push_back({{"line", row->line},
                                {"file", row->file},
                                {"provision", row->provision},
                                {"label", row->label},
                                {"flagged", row->flaggedCategories},
                                {"rules", row->rules},
                                {"located", row->located}});
            }
        }
        for (const auto& [language, c] : perLanguage) json["languages"][language] = countsJson(c);
        if (options.targetsGiven()) json["meets_targets"] = meets;
        out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return meets ? 0 : 1;
    }

    auto printTable = [&](const std::map<std::string, Counts>& cats, const Counts& all,
                          const char* heading = "category") {
        out << std::left << std::setw(28) << heading << std::right << std::setw(5) << "TP"
            << std::setw(5) << "FP" << std::setw(5) << "FN" << std::setw(11) << "precision"
            << std::setw(8) << "recall" << '\n';
        auto printRow = [&](const std::string& name, const Counts& c) {
            out << std::left << std::setw(28) << name << std::right << std::setw(5) << c.tp
                << std::setw(5) << c.fp << std::setw(5) << c.fn << std::fixed
                << std::setprecision(2) << std::setw(11) << c.precision() << std::setw(8)
                << c.recall() << '\n';
        };
        for (const auto& [category, c] : cats) printRow(category, c);
        printRow("overall", all);
    };
    std::size_t borderlineRows = 0;
    for (const Row& row : rows) borderlineRows += row.borderline;
    out << "Labelled provisions: " << rows.size() << " (" << borderlineRows
        << " borderline, reported separately)\n\n";
    printTable(categories, overall);
    out << "\nBy language of the document:\n";
    printTable(perLanguage, overall, "language");
    out << "\nBorderline rows only:\n";
    printTable(borderlineCategories, borderlineOverall);
    for (bool misses : {true, false}) {
        const auto list = problems(misses);
        out << '\n' << (misses ? "Misses" : "False alarms") << " (" << list.size() << "):\n";
        for (const Row* row : list) {
            out << "  " << options.labels.filename().string() << ':' << row->line << ": "
                << row->file << ' ' << row->provision << " [" << row->label << "]";
            if (!row->rules.empty()) {
                out << " rules:";
                for (const auto& r : row->rules) out << ' ' << r;
            }
            if (!row->located) out << " (not found in its document; scanned alone)";
            out << '\n';
        }
    }
    if (!options.targetsGiven()) {
        out << "\nNo targets given (--min-precision, --min-recall, --min-category).\n";
        return 0;
    }
    out << std::defaultfloat << "\nTargets: precision >= " << options.minPrecision
        << ", recall >= " << options.minRecall
        << " overall; every category >= " << options.minCategory << ". "
        << (meets ? "Met." : "NOT met.") << '\n';
    return meets ? 0 : 1;
}

}  // namespace proviso::cli
