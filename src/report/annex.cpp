#include "proviso/report/annex.hpp"

#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "proviso/report/catalogue.hpp"
#include "proviso/report/comment.hpp"

namespace proviso::report {

namespace {

// The engine's label of a provision, "Article 286-1(1)(a)" or "Section 24(2)", in the table's
// language: "第286-1条(1)(a)", "المادة 286-1(1)(a)", "Artículo 5(2)".
std::string provisionIn(const std::string& label, std::string_view lang) {
    for (const auto& [prefix, text] :
         {std::pair<std::string_view, Text>{"Article ", Text::ProvisionArticle},
          std::pair<std::string_view, Text>{"Section ", Text::ProvisionSection}}) {
        if (label.rfind(prefix, 0) != 0) continue;
        const std::string rest = label.substr(prefix.size());
        const std::size_t paragraph = rest.find('(');
        return say(text, lang,
                   {rest.substr(0, paragraph),
                    paragraph == std::string::npos ? std::string() : rest.substr(paragraph)});
    }
    return label;
}

// Each column's key for machine readers and the catalogue's title, in table order (the order
// of AnnexColumn).
struct ColumnSpec {
    std::string_view key;
    Text title;
};
constexpr std::array<ColumnSpec, kAnnexColumns> kColumns = {{
    {"number", Text::ColumnNumber},
    {"provision", Text::ColumnProvision},
    {"quoted", Text::ColumnQuoted},
    {"concern", Text::ColumnConcern},
    {"rationale", Text::ColumnRationale},
    {"suggestion", Text::ColumnSuggestion},
    {"standards", Text::ColumnReferences},
    {"severity", Text::ColumnSeverity},
}};

// The most frequent of `languages` as a catalogue language; the first met wins a tie.
std::string majority(const std::vector<std::string>& languages) {
    std::vector<std::pair<std::string, int>> counts;
    for (const std::string& tag : languages) {
        if (tag.empty()) continue;
        const std::string lang = catalogueLanguage(tag);
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& entry) { return entry.first == lang; });
        if (it == counts.end()) {
            counts.emplace_back(lang, 1);
        } else {
            ++it->second;
        }
    }
    const auto best =
        std::max_element(counts.begin(), counts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == counts.end() ? "en" : best->first;
}

std::string isoDateOf(std::time_t when) {
    std::tm local{};
    localtime_r(&when, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

// The date as the language writes it in full ("7 December 2026", "7 décembre 2026"); the ISO
// form should ICU fail.
std::string longDateOf(std::time_t when, const std::string& language) {
    std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(
        icu::DateFormat::kLong, icu::Locale(formattingLocale(language).c_str())));
    if (!format) return isoDateOf(when);
    icu::UnicodeString out;
    format->format(static_cast<UDate>(when) * 1000.0, out);
    std::string text;
    out.toUTF8String(text);
    return text.empty() ? isoDateOf(when) : text;
}

std::string escapeHtml(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (const char c : in) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// Escaped, each line break a <br> (a cell's standards are one a line).
std::string htmlLines(std::string_view in) {
    std::string out;
    std::size_t from = 0;
    while (true) {
        const std::size_t br = in.find('\n', from);
        out += escapeHtml(in.substr(from, br == std::string_view::npos ? in.npos : br - from));
        if (br == std::string_view::npos) break;
        out += "<br>";
        from = br + 1;
    }
    return out;
}

std::string csvField(std::string_view in) {
    if (in.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(in);
    std::string out = "\"";
    for (const char c : in) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvLine(const std::array<std::string, kAnnexColumns>& fields) {
    std::string out;
    for (std::size_t c = 0; c < kAnnexColumns; ++c) out += (c > 0 ? "," : "") + csvField(fields[c]);
    return out + "\r\n";
}

}  // namespace

std::string_view annexColumnKey(AnnexColumn column) {
    return kColumns[static_cast<std::size_t>(column)].key;
}

std::array<std::string, kAnnexColumns> AnnexRow::cells() const {
    std::string lines;
    for (const std::string& s : standards) lines += (lines.empty() ? "" : "\n") + s;
    return {std::to_string(number),
            provision,
            quoted,
            concern,
            rationale,
            suggestion,
            lines,
            severityText};
}

std::string annexLanguage(const Document& doc, const std::vector<Concern>& concerns) {
    std::vector<std::string> languages;
    for (const Concern& c : concerns) languages.push_back(c.language());
    if (std::all_of(languages.begin(), languages.end(),
                    [](const std::string& l) { return l.empty(); })) {
        languages.clear();
        for (const Block& b : doc.blocks) languages.push_back(b.language);
    }
    return majority(languages);
}

Annex annexOf(const std::string& title, const Document& doc, const std::vector<Finding>& findings,
              const std::vector<const Rule*>& rules, std::time_t when) {
    std::vector<Finding> inside;
    inside.reserve(findings.size());
    for (const Finding& f : findings) {
        // A finding of some other document is a caller's mistake: left out, never misplaced.
        if (f.block < doc.blocks.size()) inside.push_back(f);
    }
    std::vector<Concern> concerns = concernsOf(doc, inside, RuleIndex(rules));
    // Grouped by provision, the provisions in the order their first concern comes; within
    // one, concerns keep their document order (concernsOf gives them so).
    std::map<std::string, std::size_t> firstSeen;
    for (const Concern& c : concerns) {
        firstSeen.emplace(provisionKey(doc, c.first()), firstSeen.size());
    }
    std::stable_sort(concerns.begin(), concerns.end(), [&](const Concern& a, const Concern& b) {
        return firstSeen.at(provisionKey(doc, a.first())) <
               firstSeen.at(provisionKey(doc, b.first()));
    });

    Annex annex;
    annex.language = annexLanguage(doc, concerns);
    const std::string& lang = annex.language;
    annex.title = title;
    annex.isoDate = isoDateOf(when);
    annex.date = longDateOf(when, lang);
    annex.counts = countBySeverity(concerns);
    for (const Rule* rule : rules) {
        const RuleInfo& info = rule->info();
        const bool known = std::any_of(annex.packs.begin(), annex.packs.end(),
                                       [&](const AnnexPackUsed& p) { return p.name == info.pack; });
        if (!known) annex.packs.push_back({info.pack, info.packVersion});
    }
    for (std::size_t c = 0; c < kAnnexColumns; ++c) {
        annex.columns[c] = say(kColumns[c].title, lang);
    }
    for (const Concern& c : concerns) {
        AnnexRow row;
        row.number = annex.rows.size() + 1;
        const Finding& first = c.first();
        // Without a provision to name, the paragraph number is what lets a reader find the words.
        row.provision = first.provision.empty() ? say(Text::TableParagraph, lang, {first.block + 1})
                                                : provisionIn(first.provision, lang);
        row.quoted = quotedWords(c.words(), lang);
        row.concern = concernLine(c);
        if (c.rule != nullptr) {
            // The rule's texts in the concern's own language, as its comment gives them.
            row.rationale = c.rule->rationale.in(c.language());
            row.suggestion = c.rule->suggestion.in(c.language());
            row.standards = c.rule->references;
        }
        row.severity = c.severity();
        row.severityText = severityLevel(c.severity(), lang);
        row.ruleId = c.ruleId();
        row.fingerprint = c.fingerprint;
        annex.rows.push_back(std::move(row));
    }

    annex.heading = say(Text::TableHeading, lang, {title});
    annex.summary = say(Text::TableSummary, lang,
                        {annex.date, annex.counts.total(), annex.counts.high, annex.counts.medium,
                         annex.counts.low});
    std::string packs;
    for (const AnnexPackUsed& p : annex.packs) {
        packs += (packs.empty() ? "" : say(Text::ListSeparator, lang)) +
                 (p.version.empty() ? p.name : say(Text::AnnexPack, lang, {p.name, p.version}));
    }
    annex.note =
        say(Text::AnnexNote, lang, {packs.empty() ? say(Text::AnnexNoPacks, lang) : packs});
    return annex;
}

std::string annexHtml(const Annex& annex) {
    // An Arabic table reads from the right: its columns, headings and cells too ("start" is
    // the right edge there). Rule ids and standards keep their own direction in their cells.
    const std::string direction = annex.language == "ar" ? "\" dir=\"rtl" : "";
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escapeHtml(annex.language) + direction +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escapeHtml(annex.heading) +
                      "</title>\n<style>\n"
                      "body { font-family: sans-serif; font-size: 10pt; }\n"
                      "table { border-collapse: collapse; width: 100%; }\n"
                      "th, td { border: 1px solid #999; padding: 0.3em; vertical-align: top; "
                      "text-align: start; }\n"
                      "thead th { background: #dde4ee; }\n"
                      "@media print {\n"
                      "  @page { size: landscape; }\n"
                      "  thead { display: table-header-group; }\n"
                      "  tr { break-inside: avoid; page-break-inside: avoid; }\n"
                      "}\n"
                      "</style>\n</head>\n<body>\n<h1>" +
                      escapeHtml(annex.heading) + "</h1>\n<p class=\"summary\">" +
                      escapeHtml(annex.summary) + "</p>\n<p class=\"note\">" +
                      escapeHtml(annex.note) + "</p>\n";
    if (annex.rows.empty()) {
        return out + "<p>" + escapeHtml(say(Text::TableNoFindings, annex.language)) +
               "</p>\n</body>\n</html>\n";
    }
    out += "<table>\n<thead>\n<tr>";
    for (const std::string& title : annex.columns)
        out += "<th scope=\"col\">" + escapeHtml(title) + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    for (const AnnexRow& row : annex.rows) {
        out += "<tr>";
        for (const std::string& cell : row.cells()) out += "<td>" + htmlLines(cell) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n</body>\n</html>\n";
}

std::string annexCsv(const Annex& annex) {
    std::string out = csvLine(annex.columns);
    for (const AnnexRow& row : annex.rows) out += csvLine(row.cells());
    return out;
}

std::string annexJson(const Annex& annex) {
    using Json = nlohmann::ordered_json;
    Json packs = Json::array();
    for (const AnnexPackUsed& p : annex.packs)
        packs.push_back({{"name", p.name}, {"version", p.version}});
    Json columns = Json::array();
    for (std::size_t c = 0; c < kAnnexColumns; ++c) {
        columns.push_back({{"key", kColumns[c].key}, {"title", annex.columns[c]}});
    }
    Json rows = Json::array();
    for (const AnnexRow& row : annex.rows) {
        rows.push_back({{"number", row.number},
                        {"provision", row.provision},
                        {"quoted", row.quoted},
                        {"concern", row.concern},
                        {"rationale", row.rationale},
                        {"suggestion", row.suggestion},
                        {"standards", row.standards},
                        {"severity", row.severityText},
                        {"level", toString(row.severity)},
                        {"rule", row.ruleId},
                        {"fingerprint", row.fingerprint}});
    }
    Json root = {{"title", annex.title},
                 {"heading", annex.heading},
                 {"date", annex.isoDate},
                 {"dateText", annex.date},
                 {"language", annex.language},
                 {"counts",
                  {{"total", annex.counts.total()},
                   {"high", annex.counts.high},
                   {"medium", annex.counts.medium},
                   {"low", annex.counts.low}}},
                 {"packs", packs},
                 {"note", annex.note},
                 {"columns", columns},
                 {"rows", rows}};
    // Replace rather than throw on any invalid UTF-8 that came in from a document.
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool isAnnexTextFormat(std::string_view format) {
    return format == "html" || format == "csv" || format == "json";
}

std::string renderAnnex(const Annex& annex, std::string_view format) {
    if (format == "html") return annexHtml(annex);
    if (format == "csv") return annexCsv(annex);
    if (format == "json") return annexJson(annex);
    return {};
}

}  // namespace proviso::report
