#include "proviso/report/record.hpp"

namespace proviso::report {

namespace {

// Fingerprints are hex and rule ids are [A-Za-z0-9._-]: anything else in the value was not
// written by Proviso, and a space or a quote in it would only break the next join.
bool wellFormed(std::string_view item) {
    if (item.empty() || item.size() > 200) return false;
    for (const char c : item) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
        if (!ok) return false;
    }
    return true;
}

}  // namespace

std::string joinSet(const std::set<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!wellFormed(item)) continue;
        if (!out.empty()) out += ' ';
        out += item;
    }
    return out;
}

std::set<std::string> splitSet(std::string_view value) {
    std::set<std::string> out;
    std::size_t at = 0;
    while (at < value.size()) {
        const std::size_t end = value.find_first_of(" \t\r\n,;", at);
        const std::string_view item =
            value.substr(at, end == std::string_view::npos ? value.npos : end - at);
        if (wellFormed(item)) out.emplace(item);
        if (end == std::string_view::npos) break;
        at = end + 1;
    }
    return out;
}

}  // namespace proviso::report
