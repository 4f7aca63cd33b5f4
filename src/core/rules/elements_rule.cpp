// kind: elements
// An offence checklist. A provision that creates an offence (the `offence` patterns: "commits
// an offence", "shall be punished") must contain every named group of `elements` (intent;
// "without right"; a harm or result). The finding sits on the words that create the offence and
// its message names the groups that are missing ({missing}), because "add intent and 'without
// right'" is the amendment a reviewer proposes.
#include "../rule_fields.hpp"
#include "proviso/language.hpp"

namespace proviso {

namespace {

// "intent, without right and harm" in the paragraph's language, else the rule's first one.
std::string conjunction(const std::string& language, const std::vector<std::string>& languages) {
    const std::string lang = !language.empty()   ? primarySubtag(language)
                             : languages.empty() ? "en"
                                                 : primarySubtag(languages.front());
    if (lang == "fr") return " et ";
    if (lang == "es") return " y ";
    if (lang == "de") return " und ";
    if (lang == "it" || lang == "pt") return " e ";
    return " and ";
}

class ElementsRule final : public Rule {
public:
    ElementsRule(RuleInfo info, std::vector<std::unique_ptr<Pattern>> offence,
                 std::vector<RuleFields::PatternGroup> elements, Scope scope)
        : Rule(std::move(info)),
          offence_(std::move(offence)),
          elements_(std::move(elements)),
          scope_(scope) {}

    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        // One finding per provision: a provision that says "commits an offence" twice lacks
        // the same elements twice.
        std::size_t lastProvision = static_cast<std::size_t>(-1);
        for (std::size_t block = 0; block < context.blockCount(); ++block) {
            if (!context.mayFire(block)) continue;
            for (const ByteSpan& span : context.matches(offence_, block)) {
                if (context.negatedBefore(block, span)) continue;  // "shall not be punished"
                const std::size_t provision = context.structure().provisionOf[block];
                if (scope_ != Scope::Sentence && provision == lastProvision) break;
                std::string missing;
                std::size_t count = 0;
                for (const auto& [name, patterns] : elements_) {
                    if (context.presentInScope(patterns, scope_, block, span, true)) continue;
                    // "aiding or abetting the offences established in accordance with Articles
                    // 2 through 10" takes its elements from those articles.
                    if (context.satisfiedByReference(patterns, scope_, block, span, info()))
                        continue;
                    missing += missing.empty() ? "" : ", ";
                    missing += name;
                    ++count;
                }
                if (count == 0) continue;
                const std::size_t comma = missing.rfind(", ");
                if (comma != std::string::npos)
                    missing.replace(comma, 2,
                                    conjunction(context.languageOf(block), info().languages));
                out.push_back(context.makeFinding(info(), block, span, {{"missing", missing}}));
                lastProvision = provision;
            }
        }
    }

    std::vector<const Pattern*> triggers() const override { return rawPointers(offence_); }

private:
    std::vector<std::unique_ptr<Pattern>> offence_;
    std::vector<RuleFields::PatternGroup> elements_;
    Scope scope_;
};

}  // namespace

std::unique_ptr<Rule> makeElementsRule(RuleInfo info, RuleFields& fields, PatternOptions options) {
    auto offence = fields.patterns("offence", true, options);
    auto elements = fields.patternGroups("elements", true, options);
    const Scope scope = fields.scope("scope", Scope::Provision);
    if (info.message.text.find("{missing}") == std::string::npos) {
        fields.error("message", "an elements rule's message must say what is missing: {missing}");
    }
    for (const auto& [language, text] : info.message.byLanguage) {
        if (text.find("{missing}") == std::string::npos) {
            fields.error("message", "an elements rule's message must say what is missing: " +
                                        std::string("{missing}, in '") + language + "' too");
        }
    }
    if (fields.failed()) return nullptr;
    return std::make_unique<ElementsRule>(std::move(info), std::move(offence), std::move(elements),
                                          scope);
}

}  // namespace proviso
