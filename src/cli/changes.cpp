#include "changes.hpp"

#include <nlohmann/json.hpp>
#include <string>

#include "proviso/utf.hpp"

namespace proviso::cli {

namespace {

using Kind = report::DraftChange::Kind;

// A provision's text on one line, at most `limit` code points: enough to recognise it.
std::string shortened(const std::string& text, std::size_t limit = 80) {
    std::string line;
    for (const char c : text) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (countCodePoints(line) <= limit) return line;
    return line.substr(0, byteOffsetOfCodePoint(line, limit - 3)) + "...";
}

std::string labelOr(const std::string& label) {
    return label.empty() ? std::string("(before the first provision)") : label;
}

std::string where(const report::DraftChange& c) {
    if (c.kind == Kind::Added) return labelOr(c.provisionNew);
    if (c.kind == Kind::Deleted) return labelOr(c.provisionOld);
    if (c.provisionOld == c.provisionNew) return labelOr(c.provisionNew);
    return labelOr(c.provisionNew) + " (was " + labelOr(c.provisionOld) + ")";
}

}  // namespace

void printChangesText(std::ostream& out, const std::vector<report::DraftChange>& changes) {
    if (changes.empty()) {
        out << "no change in judgement\n";
        return;
    }
    for (const report::DraftChange& c : changes) {
        out << where(c) << ": ";
        switch (c.kind) {
            case Kind::NewRisk:
                out << "new risk: " << c.rule << " ('" << shortened(c.textNew) << "')";
                break;
            case Kind::Resolved:
                out << "resolved: " << c.rule << " (was '" << shortened(c.textOld) << "')";
                break;
            case Kind::Added:
            case Kind::Deleted: {
                const bool added = c.kind == Kind::Added;
                const std::string& text = added ? c.textNew : c.textOld;
                out << (added ? "added" : "deleted");
                if (c.rule.empty()) {
                    out << " ('" << shortened(text) << "')";
                } else {
                    out << (added ? ", with risk: " : ", with its risk: ") << c.rule << " ('"
                        << shortened(text) << "')";
                }
                break;
            }
        }
        out << '\n';
    }
}

void printChangesJson(std::ostream& out, const std::vector<report::DraftChange>& changes) {
    const auto orNull = [](const std::string& s, bool present) {
        return present ? nlohmann::ordered_json(s) : nlohmann::ordered_json(nullptr);
    };
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const report::DraftChange& c : changes) {
        list.push_back({{"provision_old", orNull(c.provisionOld, c.kind != Kind::Added)},
                        {"provision_new", orNull(c.provisionNew, c.kind != Kind::Deleted)},
                        {"kind", std::string(report::toString(c.kind))},
                        {"rule", orNull(c.rule, !c.rule.empty())},
                        {"concept", orNull(c.conceptName, !c.conceptName.empty())},
                        {"text_old", c.textOld},
                        {"text_new", c.textNew},
                        {"riskier", c.riskier}});
    }
    nlohmann::ordered_json root;
    root["changes"] = std::move(list);
    // Replace rather than throw on any invalid UTF-8 that came in from a document.
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace proviso::cli
