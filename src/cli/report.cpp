#include "report.hpp"

#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>

namespace proviso::cli {

ReportedFinding report(const std::string& file, const Document& doc, const Finding& finding) {
    const Block& block = doc.blocks.at(finding.block);
    ReportedFinding r;
    r.file = file;
    r.rule = finding.ruleId;
    r.category = finding.category;
    r.severity = std::string(toString(finding.severity));
    r.message = finding.message;
    r.provision = finding.provision;
    r.text = finding.text;
    r.line = block.sourceLine;
    r.column = finding.start + 1;
    r.start = block.sourceOffset + finding.start;
    r.end = block.sourceOffset + finding.end;
    r.endColumn = finding.end + 1;
    return r;
}

void printText(std::ostream& out, const std::vector<ReportedFinding>& findings) {
    for (const auto& f : findings) {
        out << f.file << ':' << f.line << ':' << f.column << ": " << f.severity << ": ";
        if (!f.provision.empty()) out << f.provision << ": ";
        out << f.message << " [" << f.rule << "]\n";
        out << "    \"" << f.text << "\"\n";
    }
}

void printJson(std::ostream& out, const std::vector<ReportedFinding>& findings) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto& f : findings) {
        list.push_back({{"file", f.file},
                        {"rule", f.rule},
                        {"category", f.category},
                        {"severity", f.severity},
                        {"message", f.message},
                        {"provision", f.provision},
                        {"line", f.line},
                        {"column", f.column},
                        {"start", f.start},
                        {"end", f.end},
                        {"text", f.text}});
    }
    nlohmann::ordered_json root;
    root["findings"] = std::move(list);
    // Replace rather than throw on any invalid UTF-8 that came in from a document.
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

namespace {

std::string_view sarifLevel(Severity severity) {
    switch (severity) {
        case Severity::High:
            return "error";
        case Severity::Medium:
            return "warning";
        case Severity::Low:
            break;
    }
    return "note";
}

// A file path as a URI reference: relative paths stay relative (SARIF resolves them against the
// place the tool ran), absolute ones become file: URIs; every byte outside the unreserved set
// and '/' is percent-encoded (a space, a '#', non-ASCII letters).
std::string uriOf(const std::string& path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out = !path.empty() && path.front() == '/' ? "file://" : "";
    for (const unsigned char c : path) {
        if (std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    return out;
}

nlohmann::ordered_json text(const std::string& value) { return {{"text", value}}; }

}  // namespace

void printSarif(std::ostream& out, const std::vector<ReportedFinding>& findings,
                const std::vector<const Rule*>& rules, const std::string& version) {
    using Json = nlohmann::ordered_json;
    // Rule texts in English, as a CI log reads them; a result's message is in its paragraph's
    // language, as the check found it.
    Json descriptors = Json::array();
    std::map<std::string, std::size_t> indexOf;
    for (const Rule* rule : rules) {
        const RuleInfo& info = rule->info();
        indexOf.emplace(info.id, descriptors.size());
        Json descriptor = {{"id", info.id},
                           {"name", info.id},
                           {"shortDescription",
                            text(info.message.in("en").empty() ? info.id : info.message.in("en"))}};
        if (!info.rationale.empty()) descriptor["fullDescription"] = text(info.rationale.in("en"));
        if (!info.suggestion.empty()) descriptor["help"] = text(info.suggestion.in("en"));
        descriptor["defaultConfiguration"] = {{"level", sarifLevel(info.severity)}};
        descriptor["properties"] = {{"category", info.category},
                                    {"severity", toString(info.severity)},
                                    {"references", info.references},
                                    {"pack", info.pack},
                                    {"packVersion", info.packVersion}};
        descriptors.push_back(std::move(descriptor));
    }
    Json results = Json::array();
    for (const auto& f : findings) {
        Json region = {{"startLine", f.line}, {"startColumn", f.column}};
        if (f.endColumn > f.column) region["endColumn"] = f.endColumn;
        region["snippet"] = text(f.text);
        Json result = {{"ruleId", f.rule}};
        if (const auto it = indexOf.find(f.rule); it != indexOf.end()) {
            result["ruleIndex"] = it->second;
        }
        result["level"] = sarifLevel(severityFromString(f.severity).value_or(Severity::Medium));
        result["message"] = text(f.message);
        result["locations"] = Json::array(
            {{{"physicalLocation",
               {{"artifactLocation", {{"uri", uriOf(f.file)}}}, {"region", std::move(region)}}}}});
        if (!f.provision.empty()) {
            result["locations"][0]["logicalLocations"] =
                Json::array({{{"name", f.provision}, {"kind", "provision"}}});
        }
        if (!f.fingerprint.empty()) {
            result["partialFingerprints"] = {{"provisoConcern/v1", f.fingerprint}};
        }
        result["properties"] = {{"category", f.category}};
        results.push_back(std::move(result));
    }
    Json root = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs",
         Json::array(
             {{{"tool",
                {{"driver",
                  {{"name", "Proviso"}, {"version", version}, {"rules", std::move(descriptors)}}}}},
               {"columnKind", "unicodeCodePoints"},
               {"results", std::move(results)}}})}};
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace proviso::cli
