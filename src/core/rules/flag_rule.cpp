// kind: flag
// A phrase that is risky wherever it appears, unless an exception phrase appears in the same
// scope. Example: "false news" in an offence is flagged, unless the same provision narrows it to
// forgery ("as if it were authentic"), which is the well-drafted Budapest pattern.
// With `with`, the phrase is risky only where one of those phrases is in the scope too: "public
// order" matters inside an offence or a blocking power, not in a clause on the law's status.
#include "../rule_fields.hpp"

namespace proviso {

namespace {

class FlagRule final : public Rule {
public:
    FlagRule(RuleInfo info, std::vector<std::unique_ptr<Pattern>> patterns,
             std::vector<std::unique_ptr<Pattern>> unless,
             std::vector<std::unique_ptr<Pattern>> with, Scope scope)
        : Rule(std::move(info)),
          patterns_(std::move(patterns)),
          unless_(std::move(unless)),
          with_(std::move(with)),
          scope_(scope) {}

    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            if (!context.mayFire(block)) continue;
            for (const ByteSpan& span : context.matches(patterns_, block)) {
                // The other conditions are looked at only once something matched.
                if (!with_.empty() && !context.presentInScope(with_, scope_, block, span, false)) {
                    continue;
                }
                if (context.presentInScope(unless_, scope_, block, span, false)) continue;
                out.push_back(context.makeFinding(info(), block, span));
            }
        }
    }

    std::vector<const Pattern*> triggers() const override { return rawPointers(patterns_); }

private:
    std::vector<std::unique_ptr<Pattern>> patterns_;
    std::vector<std::unique_ptr<Pattern>> unless_;
    std::vector<std::unique_ptr<Pattern>> with_;
    Scope scope_;
};

}  // namespace

std::unique_ptr<Rule> makeFlagRule(RuleInfo info, RuleFields& fields, PatternOptions options) {
    auto patterns = fields.patterns("pattern", true, options);
    auto unless = fields.patterns("unless", false, options);
    auto with = fields.patterns("with", false, options);
    const Scope scope = fields.scope("scope", Scope::Provision);
    if (fields.failed()) return nullptr;
    return std::make_unique<FlagRule>(std::move(info), std::move(patterns), std::move(unless),
                                      std::move(with), scope);
}

}  // namespace proviso
