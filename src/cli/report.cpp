#include "report.hpp"

#include <nlohmann/json.hpp>

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

}  // namespace proviso::cli
