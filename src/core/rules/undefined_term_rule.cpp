// kind: undefined-term
// A term that is dangerous when the law leaves it open ("extremism", "national security",
// "false information"): each provision that uses it is flagged once, unless the document
// defines the term somewhere. Definitions are recognised in the forms legislative drafting
// uses in English, French and Spanish:
//   "extremism" means ...        the term "extremism" ...       "extremism" shall mean ...
//   on entend par « extrémisme » ...    « extrémisme » désigne ...
//   se entiende por «extremismo» ...    «extremismo» significa ...
#include "../rule_fields.hpp"
#include "proviso/cues.hpp"

namespace proviso {

namespace {

const std::string& definedBy() {  // '"x" means ...'
    static const std::string forms = cueAlternatives(&LanguageCues::definedBy);
    return forms;
}
const std::string& defines() {  // 'the term "x" ...'
    static const std::string forms = cueAlternatives(&LanguageCues::defines);
    return forms;
}

class UndefinedTermRule final : public Rule {
public:
    UndefinedTermRule(RuleInfo info, std::vector<std::unique_ptr<Pattern>> terms,
                      std::unique_ptr<Pattern> definition,
                      std::vector<std::unique_ptr<Pattern>> with)
        : Rule(std::move(info)),
          terms_(std::move(terms)),
          definition_(std::move(definition)),
          with_(std::move(with)) {}

    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        // A definition contains the term, so only blocks where a term can match need a look.
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            if (!context.mayMatch(block)) continue;
            const std::string& text = context.normalized(block).text();
            if (definition_->matchesIn(text, 0, text.size())) return;  // defined: all is well
        }
        std::size_t lastProvision = static_cast<std::size_t>(-1);
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            if (!context.mayFire(block)) continue;
            const std::size_t provision = context.structure().provisionOf[block];
            if (provision == lastProvision) continue;
            const auto spans = context.matches(terms_, block);
            if (spans.empty()) continue;
            // With `with`, only where the term does harm: in a provision that creates an offence
            // or grants a power, not in a recital or a clause on the law's own status.
            if (!with_.empty() &&
                !context.presentInScope(with_, Scope::Provision, block, spans.front(), false)) {
                continue;
            }
            out.push_back(context.makeFinding(info(), block, spans.front()));
            lastProvision = provision;
        }
    }

    std::vector<const Pattern*> triggers() const override { return rawPointers(terms_); }

private:
    std::vector<std::unique_ptr<Pattern>> terms_;
    std::unique_ptr<Pattern> definition_;  // every definition form of every term, in one
    std::vector<std::unique_ptr<Pattern>> with_;
};

}  // namespace

std::unique_ptr<Rule> makeUndefinedTermRule(RuleInfo info, RuleFields& fields,
                                            PatternOptions options) {
    auto terms = fields.patterns("terms", true, options);
    auto with = fields.patterns("with", false, options);
    if (fields.failed()) return nullptr;
    std::string anyTerm;
    for (const auto& term : terms) anyTerm += (anyTerm.empty() ? "" : "|") + term->source();
    // Quotes may be spaced from the term: French guillemets are « ainsi ».
    // and the defined expression may qualify the term: the term "child pornography".
    const std::string quoted = "(?:[\"'] ?)?(?:\\pL+ ){0,2}(?:" + anyTerm + ")(?: ?[\"'])?";
    const std::string forms = quoted + " " + definedBy() + "|" + defines() + " " + quoted;
    auto definition = fields.derivedPattern("terms", forms, options);
    if (!definition) return nullptr;
    return std::make_unique<UndefinedTermRule>(std::move(info), std::move(terms),
                                               std::move(definition), std::move(with));
}

}  // namespace proviso
