#include "proviso/report/comment.hpp"

#include <cstdint>

#include "proviso/report/catalogue.hpp"

namespace proviso::report {

namespace {

// The tag closes every comment Proviso writes; it is what survives a round trip through
// .docx, with the author, to recognise the comment as Proviso's. Comments written before
// fingerprints say only "[Proviso rule: ID]".
constexpr std::string_view kTagStart = "[Proviso rule: ";
constexpr std::string_view kRefMark = " · ref ";

// Words of the comment's body only, white space folded: Writer and a .docx round trip may
// turn the blank lines between sections into other breaks, which is no edit by a person.
std::string folded(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string checksum(std::string_view body) {
    std::uint32_t hash = 2166136261u;  // FNV-1a, 32 bits: tells an edit, nothing more
    for (const unsigned char c : folded(body)) {
        hash ^= c;
        hash *= 16777619u;
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out(8, '0');
    for (int i = 7; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = kDigits[hash & 0xf];
        hash >>= 4;
    }
    return out;
}

// The "no longer found" line Proviso may have put first, in any catalogue language.
std::size_t markLength(std::string_view content) {
    for (const char* language : kLanguages) {
        const std::string mark = say(Text::NoLongerFound, language) + "\n";
        if (content.substr(0, mark.size()) == mark) return mark.size();
    }
    return 0;
}

std::string joinReferences(const std::vector<std::string>& references) {
    std::string out;
    for (const std::string& r : references) out += (out.empty() ? "" : "; ") + r;
    return out;
}

}  // namespace

std::string commentText(const Concern& concern) {
    const std::string& lang = concern.language();
    const RuleInfo* rule = concern.rule;
    // The first line is what a reviewer reads in a crowded margin: the concern itself, with
    // the flagged words, in the paragraph's language.
    std::string body = concern.first().message;
    const std::vector<std::string> words = concern.words();
    if (words.size() > 1) {
        std::string others;
        for (std::size_t i = 1; i < words.size(); ++i) {
            others += (i > 1 ? ", " : "") + say(Text::Quoted, lang, {words[i]});
        }
        body += "\n" + say(Text::AlsoFlagged, lang) + others;
    }
    body += "\n" + severityName(concern.severity(), lang) + " · " +
            categoryName(concern.first().category, lang);
    if (rule != nullptr) {
        const std::string& rationale = rule->rationale.in(lang);
        const std::string& suggestion = rule->suggestion.in(lang);
        if (!rationale.empty()) body += "\n\n" + say(Text::WhyItMatters, lang) + rationale;
        if (!suggestion.empty()) body += "\n\n" + say(Text::AskFor, lang) + suggestion;
        if (!rule->references.empty()) {
            body += "\n\n" + say(Text::Standards, lang) + joinReferences(rule->references);
        }
    }
    return body + "\n\n" + std::string(kTagStart) + concern.ruleId() + std::string(kRefMark) +
           concern.fingerprint + "-" + checksum(body) + "]";
}

std::optional<CommentTag> parseComment(std::string_view content) {
    const std::size_t at = content.rfind(kTagStart);
    if (at == std::string_view::npos) return std::nullopt;
    const std::size_t from = at + kTagStart.size();
    const std::size_t close = content.find(']', from);
    const std::string_view inside =
        content.substr(from, close == std::string_view::npos ? content.npos : close - from);
    CommentTag tag;
    const std::size_t ref = inside.find(kRefMark);
    tag.ruleId = std::string(inside.substr(0, ref));
    if (tag.ruleId.empty()) return std::nullopt;
    if (ref == std::string_view::npos) return tag;  // an older comment: nothing to compare with
    const std::string_view reference = inside.substr(ref + kRefMark.size());
    const std::size_t dash = reference.find('-');
    tag.fingerprint = std::string(reference.substr(0, dash));
    const std::string_view sum =
        dash == std::string_view::npos ? std::string_view() : reference.substr(dash + 1);
    // What follows the tag is a person's note; a body that no longer sums to what Proviso
    // wrote was edited. Proviso's own "no longer found" line is not an edit.
    const std::string_view after =
        close == std::string_view::npos ? std::string_view() : content.substr(close + 1);
    std::string_view body = content.substr(0, at);
    body.remove_prefix(markLength(body));
    tag.edited = !folded(after).empty() || sum != checksum(body);
    return tag;
}

std::string markedNoLongerFound(std::string_view content, std::string_view language) {
    if (isMarkedNoLongerFound(content)) return std::string(content);
    return say(Text::NoLongerFound, language) + "\n" + std::string(content);
}

bool isMarkedNoLongerFound(std::string_view content) { return markLength(content) > 0; }

}  // namespace proviso::report
