#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/pattern.hpp"

namespace proviso {

namespace {

// What a Unicode property class is loosened to. In UTF-8, RE2 compiles \pL into hundreds of
// byte ranges, once per copy a counted repetition makes: `[\pL ,]{0,80}` alone is 80 of them.
// A range of code points is a handful of instructions.
constexpr std::string_view kAnyCharacter = "\\x00-\\x{10FFFF}";
constexpr std::string_view kLetterOrNonAscii = "a-zA-Z\\x{80}-\\x{10FFFF}";
constexpr std::string_view kNonAscii = "\\x{80}-\\x{10FFFF}";
constexpr std::string_view kAsciiLetters = "a-zA-Z";
constexpr std::string_view kAsciiNonLetters = "\\x00-\\x40\\x5b-\\x60\\x7b-\\x7f";

// Scripts with no character below U+0080: a superset of them is every non-ASCII character.
bool nonAsciiScript(std::string_view name) {
    static constexpr std::string_view kScripts[] = {
        "Arabic", "Armenian", "Bengali", "Cyrillic", "Devanagari", "Ethiopic", "Georgian",
        "Greek",  "Han",      "Hangul",  "Hebrew",   "Hiragana",   "Katakana", "Thai"};
    for (std::string_view script : kScripts) {
        if (name == script) return true;
    }
    return false;
}

struct Property {
    std::string name;
    bool negated = false;
    std::size_t length = 0;  // bytes of source it takes, from the backslash
};

// The property escape at source[pos] (`\pL`, `\p{Greek}`, `\PL`, `\p{^L}`), if there is one.
bool readProperty(std::string_view source, std::size_t pos, Property& out) {
    if (pos + 2 >= source.size() || source[pos] != '\\') return false;
    const char p = source[pos + 1];
    if (p != 'p' && p != 'P') return false;
    out.negated = p == 'P';
    if (source[pos + 2] != '{') {
        out.name = std::string(1, source[pos + 2]);
        out.length = 3;
        return true;
    }
    const std::size_t close = source.find('}', pos + 3);
    if (close == std::string_view::npos) return false;
    std::string_view name = source.substr(pos + 3, close - pos - 3);
    if (!name.empty() && name[0] == '^') {
        out.negated = !out.negated;
        name.remove_prefix(1);
    }
    out.name = std::string(name);
    out.length = close + 1 - pos;
    return true;
}

bool isLetterProperty(const std::string& name) { return name == "L" || name == "Letter"; }

// A superset of the property's characters, as class contents.
std::string_view supersetOf(const Property& property) {
    if (property.negated) return kAnyCharacter;
    if (isLetterProperty(property.name)) return kLetterOrNonAscii;
    if (nonAsciiScript(property.name)) return kNonAscii;
    return kAnyCharacter;
}

// A subset of the property's characters, as class contents (empty: none known for sure).
std::string_view subsetOf(const Property& property) {
    if (isLetterProperty(property.name)) return property.negated ? kAsciiNonLetters : kAsciiLetters;
    return {};
}

}  // namespace

std::vector<std::string> propertyEscapes(std::string_view source) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < source.size(); ++i) {
        Property property;
        if (readProperty(source, i, property)) {
            out.emplace_back(source.substr(i, property.length));
            i += property.length - 1;
        } else if (source[i] == '\\') {
            ++i;  // an escaped character, such as the backslash of "\\pL"
        }
    }
    return out;
}

std::string loosenedForPrefilter(std::string_view source) {
    std::string out;
    out.reserve(source.size());
    std::size_t i = 0;
    while (i < source.size()) {
        const char c = source[i];
        if (c == '\\' && i + 1 < source.size() && source[i + 1] == 'Q') {
            // \Q...\E: literal text, copied as it is.
            const std::size_t end = source.find("\\E", i + 2);
            const std::size_t stop = end == std::string_view::npos ? source.size() : end + 2;
            out.append(source.substr(i, stop - i));
            i = stop;
            continue;
        }
        Property property;
        if (readProperty(source, i, property)) {
            out += '[';
            out.append(supersetOf(property));
            out += ']';
            i += property.length;
            continue;
        }
        if (c == '\\' && i + 1 < source.size()) {
            out.append(source.substr(i, 2));
            i += 2;
            continue;
        }
        if (c == '{') {
            // A counted repetition, {2}, {0,80} or {1,}: any number of times. A gap of up to
            // 80 letters makes the automaton count them, and a set of such patterns has
            // states beyond number; without the count, one.
            std::size_t j = i + 1;
            const std::size_t digitsFrom = j;
            while (j < source.size() && std::isdigit(static_cast<unsigned char>(source[j]))) ++j;
            bool repetition = j > digitsFrom;
            if (repetition && j < source.size() && source[j] == ',') {
                ++j;
                while (j < source.size() && std::isdigit(static_cast<unsigned char>(source[j]))) {
                    ++j;
                }
            }
            repetition = repetition && j < source.size() && source[j] == '}';
            if (repetition) {
                out += '*';
                i = j + 1;
                if (i < source.size() && source[i] == '?') ++i;  // lazy: no matter in a set
                continue;
            }
        }
        if (c != '[') {
            out += c;
            ++i;
            continue;
        }
        // A class: copied, with each property in it replaced by a superset of its characters
        // (a subset in a negated class, whose complement is then a superset).
        std::size_t j = i + 1;
        const bool negated = j < source.size() && source[j] == '^';
        if (negated) ++j;
        std::string contents;
        bool first = true;
        bool closed = false;
        while (j < source.size()) {
            const char d = source[j];
            if (d == ']' && !first) {
                closed = true;
                break;
            }
            first = false;
            if (d == '[' && j + 1 < source.size() && source[j + 1] == ':') {
                const std::size_t end = source.find(":]", j + 2);
                if (end != std::string_view::npos) {
                    contents.append(source.substr(j, end + 2 - j));
                    j = end + 2;
                    continue;
                }
            }
            if (readProperty(source, j, property)) {
                contents.append(negated ? subsetOf(property) : supersetOf(property));
                j += property.length;
                continue;
            }
            if (d == '\\' && j + 1 < source.size()) {
                contents.append(source.substr(j, 2));
                j += 2;
                continue;
            }
            contents += d;
            ++j;
        }
        if (!closed) {
            // Not a class RE2 would accept: left as written, for RE2 to report.
            out.append(source.substr(i));
            break;
        }
        if (contents.empty()) {
            // Every property of a negated class was dropped: it may match anything.
            out += '[';
            out.append(kAnyCharacter);
            out += ']';
        } else {
            out += negated ? "[^" : "[";
            out += contents;
            out += ']';
        }
        i = j + 1;
    }
    return out;
}

}  // namespace proviso
