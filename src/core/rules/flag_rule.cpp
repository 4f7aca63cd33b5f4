// kind: flag
// A phrase that is risky wherever it appears, unless an exception phrase appears in the same
// scope. Example: "false news" in an offence is flagged, unless the same provision narrows it to
// forgery ("as if it were authentic"), which is the well-drafted Budapest pattern.
#include "../rule_fields.hpp"

namespace proviso {

namespace {

class FlagRule final : public Rule {
public:
    FlagRule(RuleInfo info, std::vector<std::unique_ptr<Pattern>> patterns,
             std::vector<std::unique_ptr<Pattern>> unless, Scope scope)
        : Rule(std::move(info)),
          patterns_(std::move(patterns)),
          unless_(std::move(unless)),
          scope_(scope) {}

    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        context.flagUnlessInScope(info(), patterns_, unless_, scope_, out);
    }

    std::vector<const Pattern*> triggers() const override { return rawPointers(patterns_); }

private:
    std::vector<std::unique_ptr<Pattern>> patterns_;
    std::vector<std::unique_ptr<Pattern>> unless_;
    Scope scope_;
};

}  // namespace

std::unique_ptr<Rule> makeFlagRule(RuleInfo info, RuleFields& fields, PatternOptions options) {
    auto patterns = fields.patterns("pattern", true, options);
    auto unless = fields.patterns("unless", false, options);
    const Scope scope = fields.scope("scope", Scope::Provision);
    if (fields.failed()) return nullptr;
    return std::make_unique<FlagRule>(std::move(info), std::move(patterns), std::move(unless),
                                      scope);
}

}  // namespace proviso
