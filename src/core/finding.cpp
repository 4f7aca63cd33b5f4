#include "proviso/finding.hpp"

namespace proviso {

std::string_view toString(Severity severity) {
    switch (severity) {
        case Severity::Low:
            return "low";
        case Severity::Medium:
            return "medium";
        case Severity::High:
            return "high";
    }
    return "medium";
}

std::optional<Severity> severityFromString(std::string_view text) {
    if (text == "low") return Severity::Low;
    if (text == "medium") return Severity::Medium;
    if (text == "high") return Severity::High;
    return std::nullopt;
}

}  // namespace proviso
