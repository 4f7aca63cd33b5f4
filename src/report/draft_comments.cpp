#include "proviso/report/draft_comments.hpp"

#include <algorithm>

#include "proviso/report/catalogue.hpp"
#include "proviso/report/comment.hpp"
#include "text.hpp"

namespace proviso::report {

namespace {

using Kind = DraftChange::Kind;

constexpr std::string_view kTagStart = "[Proviso rule: ";

// The first line Compare put on a concern's comment, in any catalogue language, with its
// newline; empty when there is none.
std::string_view markOf(std::string_view content) {
    for (const char* language : kLanguages) {
        for (const Text line : {Text::CompareMarkNewRisk, Text::CompareMarkAdded}) {
            const std::string mark = say(line, language) + "\n";
            if (content.substr(0, mark.size()) == mark) return content.substr(0, mark.size());
        }
    }
    return {};
}

std::string conceptLabelOf(const DraftChange& change) {
    if (!change.conceptLabel.empty()) return change.conceptLabel;
    std::string name = change.conceptName;
    std::replace(name.begin(), name.end(), '-', ' ');
    return name;
}

std::string kindName(Kind kind, std::string_view language) {
    switch (kind) {
        case Kind::NewRisk:
            return say(Text::CompareKindNewRisk, language);
        case Kind::Resolved:
            return say(Text::CompareKindResolved, language);
        case Kind::Added:
            return say(Text::CompareKindAdded, language);
        case Kind::Deleted:
            return say(Text::CompareKindDeleted, language);
        case Kind::SafeguardRemoved:
            return say(Text::CompareKindSafeguardRemoved, language);
        case Kind::SafeguardAdded:
            return say(Text::CompareKindSafeguardAdded, language);
    }
    return {};
}

// The words of a change on one side, each quoted: "a; b" as findings give them.
std::string quoted(const std::string& joinedWords, std::string_view language) {
    std::vector<std::string> words;
    std::size_t from = 0;
    while (from <= joinedWords.size()) {
        const std::size_t at = joinedWords.find("; ", from);
        const std::size_t end = at == std::string::npos ? joinedWords.size() : at;
        if (end > from) words.push_back(joinedWords.substr(from, end - from));
        if (at == std::string::npos) break;
        from = at + 2;
    }
    return quotedWords(words, language);
}

}  // namespace

std::string changeComment(const DraftChange& change, const Concern* concern,
                          std::string_view language) {
    const bool withRule = !change.rule.empty() && concern != nullptr;
    if ((change.kind == Kind::NewRisk || change.kind == Kind::Added) && withRule) {
        const Text mark =
            change.kind == Kind::NewRisk ? Text::CompareMarkNewRisk : Text::CompareMarkAdded;
        return say(mark, language) + "\n" + commentText(*concern);
    }
    if (change.kind != Kind::SafeguardRemoved) return {};
    std::string body = say(Text::CompareSafeguardRemoved, language, {conceptLabelOf(change)});
    body += "\n" + say(Text::CompareEarlierSaid, language,
                       {quoted(change.textOld, language),
                        change.provisionOld.empty() ? std::string("—") : change.provisionOld});
    body += "\n\n" + say(Text::AskFor, language) + say(Text::CompareRestoreSafeguard, language);
    const std::string fingerprint =
        text::checksum(change.provisionNew + "\n" + change.conceptName + "\n" + change.textOld);
    return body + "\n\n" + std::string(kTagStart) + std::string(kSafeguardRemovedTag) + " · ref " +
           fingerprint + "-" + text::checksum(body) + "]";
}

bool isComparisonComment(std::string_view content) {
    if (!markOf(content).empty()) return true;
    const auto tag = parseComment(content);
    return tag && tag->ruleId == kSafeguardRemovedTag;
}

std::string withoutComparisonMark(std::string_view content) {
    return std::string(content.substr(markOf(content).size()));
}

std::vector<std::vector<std::string>> changeRows(const std::vector<DraftChange>& changes,
                                                 const RuleIndex& rules,
                                                 std::string_view language) {
    std::vector<std::vector<std::string>> rows;
    rows.push_back(
        {say(Text::ColumnNumber, language), say(Text::ColumnProvision, language),
         say(Text::CompareColumnChange, language), say(Text::CompareColumnConcern, language),
         say(Text::CompareColumnEarlier, language), say(Text::CompareColumnNewer, language)});
    int number = 0;
    for (const DraftChange& c : changes) {
        std::string provision = c.kind == Kind::Deleted ? c.provisionOld : c.provisionNew;
        if (c.kind != Kind::Added && c.kind != Kind::Deleted && c.provisionOld != c.provisionNew) {
            provision += (provision.empty() ? "" : " ") +
                         say(Text::CompareFormerly, language, {c.provisionOld});
        }
        std::string concern;
        if (!c.conceptName.empty()) {
            concern = conceptLabelOf(c);
        } else if (!c.rule.empty()) {
            const RuleInfo* rule = rules.find(c.rule);
            const std::string& words = c.textNew.empty() ? c.textOld : c.textNew;
            concern = rule != nullptr ? textForPassage(rule->message.in(language), words) : c.rule;
        }
        rows.push_back({std::to_string(++number), provision, kindName(c.kind, language), concern,
                        c.textOld, c.textNew});
    }
    return rows;
}

int riskierCount(const std::vector<DraftChange>& changes) {
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [](const DraftChange& c) { return c.riskier; }));
}

int saferCount(const std::vector<DraftChange>& changes) {
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [](const DraftChange& c) { return c.safer(); }));
}

}  // namespace proviso::report
