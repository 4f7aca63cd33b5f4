#include "rules_doc.hpp"

#include <map>
#include <string>

namespace proviso::cli {

namespace {

// Table cells and list items must stay on one line.
std::string oneLine(std::string text) {
    for (auto& c : text) {
        if (c == '\n') c = ' ';
    }
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else
            out += c;
    }
    return out;
}

std::string join(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

// Examples are small documents: show their paragraphs separated by " / ", markers as bold.
std::string example(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "[[") == 0 || text.compare(i, 2, "]]") == 0) {
            out += "**";
            ++i;
        } else if (text[i] == '\n') {
            out += " / ";
        } else {
            out += text[i];
        }
    }
    return oneLine(out);
}

}  // namespace

void printRulesReference(std::ostream& out, const RuleSet& rules) {
    out << "# Rule reference\n\n"
        << "Generated from the rule files by `proviso rules doc rules > docs/rules.md`; do not "
           "edit "
           "by hand (ctest checks that it is up to date). How to write rules: "
           "[rule-format.md](rule-format.md).\n\n";
    std::map<std::string, int> byCategory;
    for (const Rule* rule : rules.rules()) ++byCategory[rule->info().category];
    out << "| category | rules |\n| --- | --- |\n";
    for (const auto& [category, count] : byCategory)
        out << "| " << category << " | " << count << " |\n";
    out << '\n';
    for (const RulePack& pack : rules.packs()) {
        out << "## Pack `" << pack.name << "` " << pack.version << "\n\n"
            << oneLine(pack.description) << "\n\n";
        if (!pack.safeguardArticles.empty()) {
            out << "Known safeguard articles: " << join(pack.safeguardArticles, ", ") << ".\n\n";
        }
        out << "| rule | kind | category | severity | languages | message |\n"
            << "| --- | --- | --- | --- | --- | --- |\n";
        for (const auto& rule : pack.rules) {
            const RuleInfo& info = rule->info();
            out << "| [" << info.id << "](#" << info.id << ") | " << info.kind << " | "
                << info.category << " | " << toString(info.severity) << " | "
                << join(info.languages, ", ") << " | " << oneLine(info.message.text) << " |\n";
        }
        out << '\n';
        for (const auto& rule : pack.rules) {
            const RuleInfo& info = rule->info();
            out << "### " << info.id << "\n\n"
                << "*" << info.kind << ", " << info.category << ", " << toString(info.severity)
                << ", " << join(info.languages, ", ") << "*\n\n"
                << "**Why it matters.** " << oneLine(info.rationale.text) << "\n\n"
                << "**Ask for instead.** " << oneLine(info.suggestion.text) << "\n\n"
                << "**Standards.** " << oneLine(join(info.references, "; ")) << "\n\n";
            if (const auto written = info.message.languages(); written.size() > 1) {
                out << "Its texts are written in " << join(written, ", ")
                    << "; a comment is in the language of the paragraph it is on.\n\n";
            }
            if (!info.concepts.empty()) {
                out << "**Concepts.**";
                for (const auto& c : info.concepts) out << " [" << c << "](#concept-" << c << ")";
                out << "\n\n";
            }
            for (const RuleExample& e : info.examples) {
                out << "- " << (e.mustFlag ? "Flags: " : "Passes: ") << example(e.text) << '\n';
            }
            out << '\n';
        }
    }
    if (rules.vocabulary().empty()) return;
    out << "## Concepts\n\n"
        << "Named in rule patterns as `{{name}}` and written out in each language of the rule "
           "(see [rule-format.md](rule-format.md#concepts)).\n\n";
    for (const auto& [name, concept_] : rules.vocabulary().concepts()) {
        out << "### <a id=\"concept-" << name << "\"></a>" << name << "\n\n";
        if (!concept_.description.empty()) out << oneLine(concept_.description) << "\n\n";
        for (const auto& [language, patterns] : concept_.patterns) {
            out << "- " << language << ":";
            for (const auto& p : patterns) out << " `` " << p << " ``";
            out << '\n';
        }
        out << '\n';
    }
}

}  // namespace proviso::cli
