// kind: absent
// A document-level gap: the law grants what the trigger names (investigative powers, say) and
// nowhere says what `absent` names (a general conditions-and-safeguards clause in the style of
// Budapest art. 15, a human-rights clause). One finding for the whole document, on its first
// title before the first such power, or else on its first paragraph: where a reviewer reads
// what the law is, not on one provision that may itself be well drafted. {power} in the
// message is the first power found. A trigger in a prohibition ("no officer shall intercept")
// grants nothing.
#include "../rule_fields.hpp"

namespace proviso {

namespace {

class AbsentRule final : public Rule {
public:
    AbsentRule(RuleInfo info, std::vector<std::unique_ptr<Pattern>> triggers,
               std::vector<std::unique_ptr<Pattern>> absent)
        : Rule(std::move(info)), triggers_(std::move(triggers)), absent_(std::move(absent)) {}

    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        std::size_t powerBlock = 0;
        ByteSpan power;
        if (!firstTrigger(context, powerBlock, power)) return;
        // The clause may be anywhere, a heading included ("Conditions and safeguards").
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            if (!context.matches(absent_, block).empty()) return;
        }
        const std::string words =
            context.normalized(powerBlock).text().substr(power.begin, power.end - power.begin);
        std::size_t first = context.blockCount();
        for (std::size_t block = 0; block <= powerBlock; ++block) {
            if (context.normalized(block).text().empty()) continue;
            if (first == context.blockCount()) first = block;
            if (!context.structure().isTitle[block]) continue;
            first = block;
            break;
        }
        const ByteSpan whole{0, context.normalized(first).text().size()};
        out.push_back(context.makeFinding(info(), first, whole, {{"power", words}}));
    }

    std::vector<const Pattern*> triggers() const override { return rawPointers(triggers_); }

private:
    bool firstTrigger(const ScanContext& context, std::size_t& block, ByteSpan& span) const {
        for (block = 0; block < context.blockCount(); ++block) {
            if (!context.mayFire(block)) continue;
            for (const ByteSpan& match : context.matches(triggers_, block)) {
                if (context.negatedBefore(block, match)) continue;
                span = match;
                return true;
            }
        }
        return false;
    }

    std::vector<std::unique_ptr<Pattern>> triggers_;
    std::vector<std::unique_ptr<Pattern>> absent_;
};

}  // namespace

std::unique_ptr<Rule> makeAbsentRule(RuleInfo info, RuleFields& fields, PatternOptions options) {
    auto triggers = fields.patterns("trigger", true, options);
    auto absent = fields.patterns("absent", true, options);
    if (fields.failed()) return nullptr;
    return std::make_unique<AbsentRule>(std::move(info), std::move(triggers), std::move(absent));
}

}  // namespace proviso
