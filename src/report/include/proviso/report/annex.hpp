// The findings table ready for the annex of a submission: one row per concern (one per Proviso
// comment), grouped by provision in document order, with a heading (title, date, counts, which
// packs were used), all in the source document's language. One model, rendered here as HTML,
// CSV and JSON, and by the Writer component as a table in a new document. No UNO here.
#pragma once

#include <array>
#include <cstddef>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/finding.hpp"
#include "proviso/report/concern.hpp"
#include "proviso/rule.hpp"

namespace proviso::report {

// The columns, in their order in every rendering.
enum class AnnexColumn {
    Number,
    Provision,
    Quoted,
    Concern,
    Rationale,
    Suggestion,
    Standards,
    Severity,
};
inline constexpr std::size_t kAnnexColumns = 8;

// A stable key per column for machine readers (JSON): "number", "provision"...
std::string_view annexColumnKey(AnnexColumn column);

struct AnnexRow {
    std::size_t number = 0;  // 1-based, in table order
    std::string provision;   // the provision's label, or "para. N" without structure
    std::string quoted;      // the flagged words, each quoted, joined by commas
    std::string concern;     // the comment's first line
    std::string rationale;   // why it matters
    std::string suggestion;  // suggested safeguard or redraft
    std::vector<std::string> standards;
    Severity severity = Severity::Medium;
    std::string severityText;  // in the table's language
    std::string ruleId;
    std::string fingerprint;  // the comment's (Concern::fingerprint)

    // The cells as text, in column order; the standards one a line.
    std::array<std::string, kAnnexColumns> cells() const;
};

struct AnnexPackUsed {
    std::string name;
    std::string version;  // empty when the pack's manifest has none
};

struct Annex {
    std::string language;  // "en", "fr", "es", "ar", "ru" or "zh": the source document's, mapped
                           // to the catalogue
    std::string title;     // the source document's title or file name
    std::string isoDate;   // "2026-12-07"
    std::string date;      // the same in the language's long form: "7 décembre 2026"
    SeverityCounts counts;
    std::vector<AnnexPackUsed> packs;  // those of the rules used, in the order first met
    std::array<std::string, kAnnexColumns> columns;  // column titles
    std::vector<AnnexRow> rows;
    // The heading's three lines, as the catalogue says them: "Proviso findings: <title>",
    // "Date: ... – 3 findings, by severity: ...", and what Proviso is and which packs it used.
    std::string heading;
    std::string summary;
    std::string note;
};

// The language a table on `doc` is told in: the most frequent language of the concerns (of the
// blocks, when there are none), mapped with catalogueLanguage; English when none is known.
std::string annexLanguage(const Document& doc, const std::vector<Concern>& concerns);

// Builds the annex of `doc` from its findings (any order) and the rules the scan used.
// Findings outside `doc` are left out. `when` is the date shown. Never throws on odd input
// (unknown rules give rows without rationale, suggestion or standards).
Annex annexOf(const std::string& title, const Document& doc, const std::vector<Finding>& findings,
              const std::vector<const Rule*>& rules, std::time_t when = std::time(nullptr));

// A complete UTF-8 HTML document: lang attribute (and dir="rtl" for Arabic), the heading, a
// table whose header row a
// browser repeats on every printed page, rows not split across pages. Every text escaped.
std::string annexHtml(const Annex& annex);

// RFC 4180: UTF-8, CRLF line ends, a header row of column titles, one line per row; fields
// with commas, quotes or line breaks quoted. The heading is not in it (it is not a row).
std::string annexCsv(const Annex& annex);

// JSON: title, date, language, counts, packs, columns (key and title) and rows (by key).
std::string annexJson(const Annex& annex);

// Whether `format` is one of "html", "csv", "json"; renderAnnex gives that rendering (an
// empty string for any other format).
bool isAnnexTextFormat(std::string_view format);
std::string renderAnnex(const Annex& annex, std::string_view format);

}  // namespace proviso::report
