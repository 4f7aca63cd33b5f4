#include "proviso/report/comment.hpp"

#include "proviso/report/catalogue.hpp"
#include "text.hpp"

namespace proviso::report {

namespace {

// The tag closes every comment Proviso writes; it is what survives a round trip through
// .docx, with the author, to recognise the comment as Proviso's. Comments written before
// fingerprints say only "[Proviso rule: ID]".
constexpr std::string_view kTagStart = "[Proviso rule: ";
constexpr std::string_view kRefMark = " · ref ";

// The line Proviso may have put first, in any catalogue language: "no longer found",
// "missed by every participant" (training.hpp), or new since the earlier draft
// (draft_comments.hpp).
std::size_t markLength(std::string_view content) {
    for (const char* language : kLanguages) {
        for (const Text line : {Text::NoLongerFound, Text::ScoreMissed, Text::CompareMarkNewRisk,
                                Text::CompareMarkAdded}) {
            const std::string mark = say(line, language) + "\n";
            if (content.substr(0, mark.size()) == mark) return mark.size();
        }
    }
    return 0;
}

std::string joinReferences(const std::vector<std::string>& references) {
    std::string out;
    for (const std::string& r : references) out += (out.empty() ? "" : "; ") + r;
    return out;
}

}  // namespace

const std::string& concernLine(const Concern& concern) { return concern.first().message; }

std::string quotedWords(const std::vector<std::string>& words, std::string_view language,
                        std::size_t from) {
    std::string out;
    const std::string separator = say(Text::ListSeparator, language);
    for (std::size_t i = from; i < words.size(); ++i) {
        out += (i > from ? separator : "") + say(Text::Quoted, language, {words[i]});
    }
    return out;
}

std::string commentText(const Concern& concern) {
    const std::string& lang = concern.language();
    const RuleInfo* rule = concern.rule;
    // The first line is what a reviewer reads in a crowded margin: the concern itself, with
    // the flagged words, in the paragraph's language.
    std::string body = concernLine(concern);
    const std::vector<std::string> words = concern.words();
    if (words.size() > 1) body += "\n" + say(Text::AlsoFlagged, lang) + quotedWords(words, lang, 1);
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
           concern.fingerprint + "-" + text::checksum(body) + "]";
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
    tag.edited = !text::foldSpaces(after).empty() || sum != text::checksum(body);
    return tag;
}

std::string commentBody(std::string_view content) {
    if (!parseComment(content)) return std::string(content);
    std::string body(content.substr(0, content.rfind(kTagStart)));
    while (!body.empty() && (body.back() == '\n' || body.back() == ' ')) body.pop_back();
    return body;
}

std::string firstLineOf(std::string_view content) { return text::firstLine(content); }

std::string markedNoLongerFound(std::string_view content) {
    if (isMarkedNoLongerFound(content)) return std::string(content);
    std::string_view language = "en";
    for (const char* candidate : kLanguages) {
        if (content.find(say(Text::WhyItMatters, candidate)) != std::string_view::npos) {
            language = candidate;
            break;
        }
    }
    return say(Text::NoLongerFound, language) + "\n" + std::string(content);
}

bool isMarkedNoLongerFound(std::string_view content) {
    for (const char* language : kLanguages) {
        const std::string mark = say(Text::NoLongerFound, language) + "\n";
        if (content.substr(0, mark.size()) == mark) return true;
    }
    return false;
}

std::string textForPassage(const std::string& ruleText, const std::string& words) {
    std::string out;
    for (std::size_t i = 0; i < ruleText.size(); ++i) {
        const auto close = ruleText[i] == '{' ? ruleText.find('}', i) : std::string::npos;
        if (close == std::string::npos) {
            out += ruleText[i];
            continue;
        }
        out += ruleText.compare(i, close - i + 1, "{match}") == 0 ? words : "\u2026";
        i = close;
    }
    return out;
}

namespace {

// A rule example as a reader sees it: the words it must flag, written [[so]], in quotation
// marks; its blocks (one per line) kept apart.
std::string readableExample(const std::string& example, std::string_view language) {
    std::string out;
    std::size_t at = 0;
    while (at < example.size()) {
        const auto open = example.find("[[", at);
        const auto close = open == std::string::npos ? open : example.find("]]", open + 2);
        if (close == std::string::npos) {
            out += example.substr(at);
            break;
        }
        out += example.substr(at, open - at);
        out += say(Text::Quoted, language, {example.substr(open + 2, close - open - 2)});
        at = close + 2;
    }
    return out;
}

}  // namespace

std::string explanationText(const RuleInfo& rule, const std::string& words,
                            std::string_view language) {
    // The concern first, as in a comment; the rule id last, to look it up or switch it off.
    std::string out = textForPassage(rule.message.in(language), words) + "\n";
    if (!rule.rationale.empty()) {
        out += "\n" + say(Text::WhyItMatters, language) +
               textForPassage(rule.rationale.in(language), words) + "\n";
    }
    if (!rule.suggestion.empty()) {
        out += "\n" + say(Text::AskFor, language) +
               textForPassage(rule.suggestion.in(language), words) + "\n";
    }
    if (!rule.references.empty()) {
        out += "\n" + say(Text::Standards, language) + joinReferences(rule.references) + "\n";
    }
    for (const bool flagged : {true, false}) {
        std::string list;
        for (const RuleExample& example : rule.examples) {
            if (example.mustFlag == flagged) {
                list += "\u2022 " + readableExample(example.text, language) + "\n";
            }
        }
        if (!list.empty()) {
            out += "\n" + say(flagged ? Text::ExamplesFlagged : Text::ExamplesPassed, language) +
                   "\n" + list;
        }
    }
    return out + "\n" + std::string(kTagStart) + rule.id + "]\n";
}

}  // namespace proviso::report
