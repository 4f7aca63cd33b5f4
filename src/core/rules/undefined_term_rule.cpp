// kind: undefined-term
// A term that is dangerous when the law leaves it open ("extremism", "national security",
// "false information"): each provision that uses it is flagged once, unless the document
// defines the term somewhere. Definitions are recognised in the forms legislative drafting
// uses in English, French and Spanish:
//   "extremism" means ...        the term "extremism" ...       "extremism" shall mean ...
//   on entend par « extrémisme » ...    « extrémisme » désigne ...
//   se entiende por «extremismo» ...    «extremismo» significa ...
#include "../rule_fields.hpp"

namespace proviso {

namespace {

constexpr const char* kDefinedBy =
    "(?:means|shall mean|includes|shall include|refers to|has the meaning|is defined as|"
    "désigne|désignent|s'entend|s'entendent|signifie|significa|designa|se entiende|se entenderá)";
constexpr const char* kDefines =
    "(?:the (?:term|terms|expression|word)|on entend par|l'expression|le terme|les termes|"
    "se entiende por|se entenderá por|el término|la expresión|los términos)";

class UndefinedTermRule final : public Rule {
public:
    UndefinedTermRule(RuleInfo info, std::vector<std::unique_ptr<Pattern>> terms,
                      std::vector<std::unique_ptr<Pattern>> definitions)
        : Rule(std::move(info)), terms_(std::move(terms)), definitions_(std::move(definitions)) {}

    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            const std::string& text = context.normalized(block).text();
            for (const auto& definition : definitions_) {
                if (definition->matchesIn(text, 0, text.size())) return;  // defined: all is well
            }
        }
        std::size_t lastProvision = static_cast<std::size_t>(-1);
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            if (!context.mayFire(block)) continue;
            const std::size_t provision = context.structure().provisionOf[block];
            if (provision == lastProvision) continue;
            const auto spans = context.matches(terms_, block);
            if (spans.empty()) continue;
            out.push_back(context.makeFinding(info(), block, spans.front()));
            lastProvision = provision;
        }
    }

    std::vector<const Pattern*> triggers() const override { return rawPointers(terms_); }

private:
    std::vector<std::unique_ptr<Pattern>> terms_;
    std::vector<std::unique_ptr<Pattern>> definitions_;
};

}  // namespace

std::unique_ptr<Rule> makeUndefinedTermRule(RuleInfo info, RuleFields& fields,
                                            PatternOptions options) {
    auto terms = fields.patterns("terms", true, options);
    std::vector<std::unique_ptr<Pattern>> definitions;
    for (const auto& term : terms) {
        // Quotes may be spaced from the term: French guillemets are « ainsi ».
        const std::string quoted = "(?:[\"'] ?)?(?:" + term->source() + ")(?: ?[\"'])?";
        for (const std::string& form :
             {quoted + " " + kDefinedBy, std::string(kDefines) + " " + quoted}) {
            std::string problem;
            auto pattern = Pattern::compile(form, options, problem);
            if (!pattern) {
                fields.error("terms", "cannot build the definition pattern: " + problem);
                continue;
            }
            definitions.push_back(std::move(pattern));
        }
    }
    if (fields.failed()) return nullptr;
    return std::make_unique<UndefinedTermRule>(std::move(info), std::move(terms),
                                               std::move(definitions));
}

}  // namespace proviso
