#include "rule_tree.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <map>

#include "proviso/report/catalogue.hpp"
#include "proviso/report/comment.hpp"

namespace proviso::uno {

namespace {

// The check box at the start of a label: characters rather than images, so that a screen
// reader reads the state and a test can see it.
const char* box(Check check) {
    switch (check) {
        case Check::On:
            return "\u2611";  // ☑
        case Check::Off:
            return "\u2610";  // ☐
        case Check::Mixed:
            break;
    }
    return "\u25A3";  // ▣: some on, some off
}

std::string folded(const std::string& text) {
    icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
    unicode.foldCase();
    std::string out;
    unicode.toUTF8String(out);
    return out;
}

// A rule's message as the tree shows it: what the rule is about, not what it will say about a
// particular text ({match} and the like as an ellipsis).
std::string messageOf(const RuleInfo& info, const std::string& language) {
    return report::textForPassage(info.message.in(language), "\u2026");
}

std::string languagesOf(const RuleInfo& info, const std::string& language) {
    if (info.languages.empty()) return report::say(report::Text::OptionsAnyLanguage, language);
    std::string out;
    for (const std::string& code : info.languages) out += (out.empty() ? "" : ", ") + code;
    return out;
}

}  // namespace

void RuleTree::build(const std::vector<const RuleSet*>& sets,
                     const std::set<std::string>& disabledPacks,
                     const std::set<std::string>& disabledRules) {
    std::map<std::string, bool> previous;
    for (const Rule& rule : rules_) previous[rule.info->id] = rule.enabled;
    packs_.clear();
    rules_.clear();
    for (const RuleSet* set : sets) {
        for (const RulePack& source : set->packs()) {
            Pack pack{source.name, source.description, {}};
            for (const auto& rule : source.rules) {
                const RuleInfo& info = rule->info();
                const auto before = previous.find(info.id);
                const bool enabled = before != previous.end()
                                         ? before->second
                                         : disabledPacks.count(source.name) == 0 &&
                                               disabledRules.count(info.id) == 0;
                auto category =
                    std::find_if(pack.categories.begin(), pack.categories.end(),
                                 [&](const Category& c) { return c.name == info.category; });
                if (category == pack.categories.end()) {
                    category = pack.categories.insert(pack.categories.end(), {info.category, {}});
                }
                category->rules.push_back(rules_.size());
                rules_.push_back({&info, enabled});
            }
            packs_.push_back(std::move(pack));
        }
    }
}

std::vector<std::size_t> RuleTree::rulesUnder(const Node& node, const std::string& query,
                                              const std::string& language) const {
    std::vector<std::size_t> out;
    const auto add = [&](std::size_t rule) {
        if (matches(rule, query, language)) out.push_back(rule);
    };
    switch (node.kind) {
        case Node::Kind::Rule:
            out.push_back(node.rule);
            break;
        case Node::Kind::Category:
            for (std::size_t r : packs_[node.pack].categories[node.category].rules) add(r);
            break;
        case Node::Kind::Pack:
            for (const Category& category : packs_[node.pack].categories) {
                for (std::size_t r : category.rules) add(r);
            }
            break;
    }
    return out;
}

Check RuleTree::state(const std::vector<std::size_t>& rules) const {
    const auto on = static_cast<std::size_t>(std::count_if(
        rules.begin(), rules.end(), [&](std::size_t r) { return rules_[r].enabled; }));
    if (on == rules.size()) return Check::On;
    return on == 0 ? Check::Off : Check::Mixed;
}

void RuleTree::toggle(const Node& node, const std::string& query, const std::string& language) {
    const std::vector<std::size_t> rules = rulesUnder(node, query, language);
    const bool enable = state(rules) != Check::On;
    for (std::size_t r : rules) rules_[r].enabled = enable;
}

void RuleTree::enableAll() {
    for (Rule& rule : rules_) rule.enabled = true;
}

bool RuleTree::matches(std::size_t rule, const std::string& query,
                       const std::string& language) const {
    if (query.empty()) return true;
    const RuleInfo& info = *rules_[rule].info;
    const std::string needle = folded(query);
    for (const std::string& haystack : {info.id, messageOf(info, language), info.category,
                                        report::categoryName(info.category, language)}) {
        if (folded(haystack).find(needle) != std::string::npos) return true;
    }
    return false;
}

bool RuleTree::silent(std::size_t pack, Severity minimum) const {
    bool anyOn = false;
    for (const Category& category : packs_[pack].categories) {
        for (std::size_t r : category.rules) {
            if (!rules_[r].enabled) continue;
            if (rules_[r].info->severity >= minimum) return false;
            anyOn = true;
        }
    }
    return anyOn;
}

std::string RuleTree::label(const Node& node, const std::string& query, const std::string& language,
                            Severity minimum) const {
    const std::string check = box(state(rulesUnder(node, query, language)));
    switch (node.kind) {
        case Node::Kind::Pack: {
            const std::string& name = packs_[node.pack].name;
            return report::say(silent(node.pack, minimum) ? report::Text::OptionsPackNodeSilent
                                                          : report::Text::OptionsPackNode,
                               language, {check, name});
        }
        case Node::Kind::Category:
            return report::say(
                report::Text::OptionsCategoryNode, language,
                {check,
                 report::categoryName(packs_[node.pack].categories[node.category].name, language)});
        case Node::Kind::Rule:
            break;
    }
    const RuleInfo& info = *rules_[node.rule].info;
    return report::say(report::Text::OptionsRuleNode, language,
                       {check, info.id, report::severityLevel(info.severity, language),
                        languagesOf(info, language), messageOf(info, language)});
}

std::string RuleTree::description(const Node& node, const std::string& language) const {
    switch (node.kind) {
        case Node::Kind::Rule:
            return report::explanationText(*rules_[node.rule].info, "\u2026", language);
        case Node::Kind::Category:
        case Node::Kind::Pack:
            break;
    }
    const Pack& pack = packs_[node.pack];
    return pack.description.empty() ? report::say(report::Text::OptionsSelectHint, language)
                                    : pack.name + "\n\n" + pack.description;
}

void RuleTree::toSettings(std::set<std::string>& keptPacks,
                          std::set<std::string>& keptRules) const {
    for (const Pack& pack : packs_) {
        std::vector<std::size_t> all;
        for (const Category& category : pack.categories) {
            all.insert(all.end(), category.rules.begin(), category.rules.end());
        }
        if (all.empty()) continue;  // nothing to switch: as stored
        // A pack with every rule off is stored as a pack switched off, so that rules a new
        // version of it brings stay off too.
        const bool packOff = state(all) == Check::Off;
        if (packOff) {
            keptPacks.insert(pack.name);
        } else {
            keptPacks.erase(pack.name);
        }
        for (std::size_t r : all) {
            if (packOff || rules_[r].enabled) {
                keptRules.erase(rules_[r].info->id);
            } else {
                keptRules.insert(rules_[r].info->id);
            }
        }
    }
}

}  // namespace proviso::uno
