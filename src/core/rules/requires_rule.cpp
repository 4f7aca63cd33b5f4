// kind: requires
// A power that is risky when granted without a safeguard: the rule fires on the trigger (the
// words that grant the power) when none of the safeguards appears in the same scope. The
// finding sits on the trigger, not on the missing safeguard, because the trigger is the text a
// reviewer must amend; the message names what is missing.
//
// Three refinements keep it from crying wolf or being fooled:
// - a trigger in a prohibition ("no officer shall intercept ...") grants nothing: skipped;
// - a safeguard the text dispenses with ("may search without a warrant") is no safeguard,
//   unless the sentence forbids acting without it ("shall not search without a warrant");
// - "subject to Article 15" satisfies the rule when Article 15 states a safeguard itself, or
//   the pack lists it among its known safeguard articles.
#include "../rule_fields.hpp"

namespace proviso {

namespace {

class RequiresRule final : public Rule {
public:
    RequiresRule(RuleInfo info, std::vector<std::unique_ptr<Pattern>> triggers,
                 std::vector<std::unique_ptr<Pattern>> safeguards, Scope scope)
        : Rule(std::move(info)),
          triggers_(std::move(triggers)),
          safeguards_(std::move(safeguards)),
          scope_(scope) {}

    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            if (!context.mayFire(block)) continue;
            for (const ByteSpan& span : context.matches(triggers_, block)) {
                if (context.negatedBefore(block, span)) continue;
                if (context.presentInScope(safeguards_, scope_, block, span, true)) continue;
                if (context.satisfiedByReference(safeguards_, scope_, block, span, info()))
                    continue;
                out.push_back(context.makeFinding(info(), block, span));
            }
        }
    }

    std::vector<const Pattern*> triggers() const override { return rawPointers(triggers_); }

private:
    std::vector<std::unique_ptr<Pattern>> triggers_;
    std::vector<std::unique_ptr<Pattern>> safeguards_;
    Scope scope_;
};

}  // namespace

std::unique_ptr<Rule> makeRequiresRule(RuleInfo info, RuleFields& fields, PatternOptions options) {
    auto triggers = fields.patterns("trigger", true, options);
    auto safeguards = fields.patterns("safeguards", true, options);
    const Scope scope = fields.scope("scope", Scope::Provision);
    if (fields.failed()) return nullptr;
    return std::make_unique<RequiresRule>(std::move(info), std::move(triggers),
                                          std::move(safeguards), scope);
}

}  // namespace proviso
