// What the rule tree of Tools > Options > Proviso shows, without UNO: the loaded packs as
// pack > category > rule, which rules the user has switched on, which of them a search leaves
// visible, and the label of every node. options_page.cpp puts it into the office's tree control.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "proviso/rule.hpp"
#include "proviso/rule_set.hpp"

namespace proviso::uno {

// A check box as a node shows it.
enum class Check { Off, On, Mixed };

class RuleTree {
public:
    struct Category {
        std::string name;                // as the rules write it: "vague-offence"
        std::vector<std::size_t> rules;  // indexes into rules()
    };
    struct Pack {
        std::string name;
        std::string description;
        std::vector<Category> categories;  // in the order their first rule comes
    };
    struct Rule {
        const RuleInfo* info = nullptr;  // owned by the RuleSet given to build()
        bool enabled = true;
    };
    // One node of the tree: a pack, one of its categories, or one rule.
    struct Node {
        enum class Kind { Pack, Category, Rule } kind = Kind::Pack;
        std::size_t pack = 0, category = 0, rule = 0;
    };

    // The packs of `sets` in order (the shipped ones, then the user's). A rule starts as it
    // was on the previous tree (the user's clicks on this page survive reloading a folder);
    // a rule new to the page starts switched off if it or its pack is in the stored lists.
    void build(const std::vector<const RuleSet*>& sets, const std::set<std::string>& disabledPacks,
               const std::set<std::string>& disabledRules);

    const std::vector<Pack>& packs() const { return packs_; }
    const std::vector<Rule>& rules() const { return rules_; }

    // The rules under `node` that `query` leaves visible (all of them for an empty query).
    std::vector<std::size_t> rulesUnder(const Node& node, const std::string& query,
                                        const std::string& language) const;
    // On if all of them are on, Off if none, Mixed otherwise.
    Check state(const std::vector<std::size_t>& rules) const;
    // A rule: switched the other way. A pack or a category: all its rules (visible under
    // `query`) off if all are on, else all on.
    void toggle(const Node& node, const std::string& query, const std::string& language);
    // Every rule on: the defaults.
    void enableAll();

    // True if `rule` is found by `query`: its id, its message or its category (as written or
    // in words of `language`) contains the query, upper and lower case alike (Unicode case
    // folding, so "É" finds "é").
    bool matches(std::size_t rule, const std::string& query, const std::string& language) const;

    // True if some rule of `pack` is switched on but none of those reaches `minimum`: the pack
    // cannot flag anything.
    bool silent(std::size_t pack, Severity minimum) const;

    // The label of `node` in `language`, with its check box (over the rules `query` leaves).
    std::string label(const Node& node, const std::string& query, const std::string& language,
                      Severity minimum) const;

    // The full description of a rule (what it flags, why it matters, what to ask for, the
    // standards, its examples) or of a pack, in `language` where the rule is written in it.
    std::string description(const Node& node, const std::string& language) const;

    // What the settings store: the packs whose every rule is off, and the rules off in the
    // other packs. `keptPacks`/`keptRules` are what was stored: names not on the tree (a pack
    // of a folder that is not there just now) keep their state.
    void toSettings(std::set<std::string>& keptPacks, std::set<std::string>& keptRules) const;

private:
    std::vector<Pack> packs_;
    std::vector<Rule> rules_;
};

}  // namespace proviso::uno
