// LOCAL STUB, not committed: replaced by the real catalogue from the catalogue branch.
#include "proviso/report/catalogue.hpp"
namespace proviso::report {
std::string catalogueLanguage(std::string_view l) {
    std::string p(l.substr(0, 2));
    return p == "fr" || p == "es" ? p : "en";
}
std::string say(Text id, std::string_view language, const std::vector<Arg>& args) {
    const std::string l = catalogueLanguage(language);
    auto a = [&](std::size_t i) {
        return i < args.size() ? (args[i].isNumber ? std::to_string(args[i].number) : args[i].text)
                               : std::string();
    };
    switch (id) {
        case Text::Quoted:
            return l == "fr" ? "« " + a(0) + " »" : l == "es" ? "«" + a(0) + "»" : "“" + a(0) + "”";
        case Text::WhyItMatters:
            return l == "fr"   ? "Pourquoi c'est grave : "
                   : l == "es" ? "Por qué importa: "
                               : "Why it matters: ";
        case Text::AskFor:
            return l == "fr" ? "Demander : " : l == "es" ? "Pedir: " : "Ask for: ";
        case Text::Standards:
            return l == "fr" ? "Normes : " : l == "es" ? "Normas: " : "Standards: ";
        case Text::AlsoFlagged:
            return "Also flagged in this provision: ";
        case Text::NoLongerFound:
            return l == "fr" ? "Plus relevé par Proviso."
                   : l == "es"
                       ? "Proviso ya no lo detecta."
                       : "No longer found by Proviso: kept because someone worked on this comment.";
        default:
            return "text" + std::to_string(static_cast<int>(id)) + " " + a(0) + " " + a(1);
    }
}
std::string severityName(Severity s, std::string_view) {
    return s == Severity::High ? "High risk" : s == Severity::Medium ? "Medium risk" : "Low risk";
}
std::string categoryName(std::string_view c, std::string_view) { return std::string(c); }
}  // namespace proviso::report
