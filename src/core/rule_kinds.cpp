// The registry of rule kinds: adding a kind means one file in rules/ and one line here.
#include "rule_fields.hpp"

namespace proviso {

std::unique_ptr<Rule> makeFlagRule(RuleInfo info, RuleFields& fields, PatternOptions options);
std::unique_ptr<Rule> makeRequiresRule(RuleInfo info, RuleFields& fields, PatternOptions options);
std::unique_ptr<Rule> makeElementsRule(RuleInfo info, RuleFields& fields, PatternOptions options);
std::unique_ptr<Rule> makeUndefinedTermRule(RuleInfo info, RuleFields& fields,
                                            PatternOptions options);
std::unique_ptr<Rule> makeAbsentRule(RuleInfo info, RuleFields& fields, PatternOptions options);

namespace {

struct Kind {
    const char* name;
    RuleFactory factory;
};

constexpr Kind kKinds[] = {
    {"flag", &makeFlagRule},         {"requires", &makeRequiresRule},
    {"elements", &makeElementsRule}, {"undefined-term", &makeUndefinedTermRule},
    {"absent", &makeAbsentRule},
};

}  // namespace

RuleFactory findRuleKind(const std::string& kind) {
    for (const Kind& k : kKinds) {
        if (kind == k.name) return k.factory;
    }
    return nullptr;
}

std::string knownRuleKinds() {
    std::string names;
    for (const Kind& k : kKinds) {
        if (!names.empty()) names += ", ";
        names += k.name;
    }
    return names;
}

}  // namespace proviso
