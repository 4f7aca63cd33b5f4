#include "proviso/roles.hpp"

#include <re2/re2.h>

#include "proviso/cues.hpp"
#include "reference_forms.hpp"

namespace proviso {

namespace {

RE2::Options caseless() {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    return options;
}

// Between words: not a letter, or a Chinese character (Chinese puts no spaces between words).
std::string word(const std::string& alternatives) {
    return "(?:^|[^\\pL]|\\p{Han})" + alternatives + "(?:[^\\pL]|\\p{Han}|$)";
}

const RE2& offenceForm() {
    static const RE2 re(word(cueAlternatives(&LanguageCues::offence)), caseless());
    return re;
}

const RE2& purposeForm() {
    static const RE2 re(word(cueAlternatives(&LanguageCues::purpose)), caseless());
    return re;
}

// '"Computer data" means', 'Disinformation includes' near the start of the block, or 'the
// term "x"', 'on entend par « x »' anywhere in it.
const RE2& definitionForm() {
    static const RE2 re("^[^.;:]{0,120}?" + word(cueAlternatives(&LanguageCues::definedBy)) + "|" +
                            word(cueAlternatives(&LanguageCues::defines)) + "\\s*[\"'“”«‘’]",
                        caseless());
    return re;
}

// "Any person who contravenes section 5 commits an offence": the breach of section 5 is the
// offence, so section 5's prohibition is one.
const RE2& breachReference() {
    static const RE2 re(cueAlternatives(&LanguageCues::breachKeywords) + "\\s*" +
                            cueAlternatives(&LanguageCues::referenceDeterminers) + "?(?:(" +
                            cueAlternatives(&LanguageCues::articleReferences) +
                            ")\\s*(\\d+(?:\\.\\d+)*[a-z]?)|" +
                            cueAlternatives(&LanguageCues::articleReferenceForms) + ")",
                        caseless());
    return re;
}

// The label of each article `text` says is breached: "Section 5", "Article 12"
// ("违反本法第十二条").
std::vector<std::string> breachedArticles(const std::string& text) {
    std::vector<std::string> labels;
    for (const auto& groups : matchesWithGroups(breachReference(), text)) {
        // Groups: the article word and its number, then the number of each language's forms.
        if (groups.size() >= 2 && !groups[1].empty()) {
            const bool section = !groups[0].empty() && (groups[0][0] == 's' || groups[0][0] == 'S');
            labels.push_back((section ? "Section " : "Article ") + groups[1]);
        } else if (auto label = articleOfForm(groups, 2)) {
            labels.push_back(*std::move(label));
        }
    }
    return labels;
}

}  // namespace

std::optional<Role> roleFromName(std::string_view name) {
    if (name == "offence") return kRoleOffence;
    if (name == "definition") return kRoleDefinition;
    if (name == "purpose") return kRolePurpose;
    if (name == "other") return kRoleOther;
    return std::nullopt;
}

std::string roleNames() { return "offence, definition, purpose, other"; }

std::vector<unsigned> blockRoles(const DocumentStructure& structure,
                                 const std::vector<NormalizedText>& normalized) {
    std::vector<unsigned> roles(normalized.size(), 0);
    auto markArticle = [&](std::size_t block) {
        const auto [first, end] = structure.articleBlocks(block);
        for (std::size_t b = first; b < end; ++b) roles[b] |= kRoleOffence;
    };
    for (std::size_t b = 0; b < normalized.size(); ++b) {
        const std::string& text = normalized[b].text();
        if (RE2::PartialMatch(text, definitionForm())) roles[b] |= kRoleDefinition;
        if (RE2::PartialMatch(text, purposeForm())) {
            const Provision& p = structure.provisions[structure.provisionOf[b]];
            for (std::size_t q = p.firstBlock; q < p.endBlock; ++q) roles[q] |= kRolePurpose;
        }
        if (!RE2::PartialMatch(text, offenceForm())) continue;
        markArticle(b);
        for (const std::string& label : breachedArticles(text)) {
            if (const Provision* target = structure.findArticle(label)) {
                markArticle(target->firstBlock);
            }
        }
    }
    return roles;
}

}  // namespace proviso
