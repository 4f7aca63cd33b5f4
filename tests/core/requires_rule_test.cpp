// The requires kind: a power is flagged unless a safeguard stands in the same scope, with
// prohibitions, dispensed safeguards and cross-references read the way a lawyer reads them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

std::string rule(const std::string& scope) {
    return R"(rules:
  - id: search-without-warrant
    kind: requires
    category: unsafeguarded-power
    severity: high
    languages: [en]
    trigger: 'search\pL*'
    safeguards: ['warrant', 'judicial authori[sz]ation']
    scope: )" +
           scope + R"(
    message: 'Search power without a warrant.'
    rationale: r
    suggestion: s
    references: [ICCPR art. 17]
    examples:
      flag: ['An officer may [[search]] any premises.']
      pass: ['An officer may search premises under a warrant.']
)";
}

// A whole rule file, for a fixture with another rule than rule(scope).
struct Yaml {
    std::string text;
};

struct Fixture {
    RuleSet rules;
    explicit Fixture(const std::string& scope = "provision") : Fixture(Yaml{rule(scope)}) {}
    explicit Fixture(const Yaml& yaml) {
        std::vector<LoadError> errors;
        rules.loadText(yaml.text, "r.yaml", errors);
        for (const auto& e : errors) ADD_FAILURE() << e.toString();
    }
    std::vector<std::string> flagged(std::initializer_list<const char*> lines) const {
        Document doc;
        for (const char* l : lines) doc.blocks.push_back(textBlock(l));
        std::vector<std::string> out;
        for (const auto& f : Engine(rules.rules()).scan(doc)) {
            out.push_back(std::to_string(f.block) + ":" + f.text);
        }
        return out;
    }
};

using Flags = std::vector<std::string>;

TEST(RequiresRule, FlagsAPowerWithNoSafeguardInItsProvision) {
    const Fixture f;
    EXPECT_EQ(f.flagged({"Article 1", "An officer may search any premises."}), Flags{"1:search"});
    EXPECT_EQ(f.flagged({"Article 1", "An officer may search any premises.",
                         "(2) A warrant is required."}),
              Flags{"1:search"});  // (2) is another provision
    EXPECT_TRUE(
        f.flagged({"Article 1", "An officer may search any premises", "if a warrant is issued."})
            .empty());
}

TEST(RequiresRule, ASafeguardTheTextDispensesWithIsNoSafeguard) {
    const Fixture f;
    EXPECT_EQ(f.flagged({"An officer may search any premises without a warrant."}),
              Flags{"0:search"});
    EXPECT_EQ(f.flagged({"An officer may search premises without prior judicial authorisation."}),
              Flags{"0:search"});
}

TEST(RequiresRule, AProhibitionIsASafeguardNotAGrant) {
    const Fixture f;
    EXPECT_TRUE(f.flagged({"An officer shall not search any premises without a warrant."}).empty());
    EXPECT_TRUE(f.flagged({"No officer may search premises."}).empty());
}

TEST(RequiresRule, SentenceScopeLooksOnlyInTheSameSentence) {
    const Fixture f("sentence");
    EXPECT_EQ(f.flagged({"An officer may search premises. A warrant is needed for arrests."}),
              Flags{"0:search"});
    EXPECT_TRUE(
        f.flagged({"Under a warrant, an officer may search premises. Then he reports."}).empty());
}

// How many findings `rules` give on one paragraph of `text`.
std::size_t findingsIn(const RuleSet& rules, const char* text) {
    Document doc;
    doc.blocks.push_back(textBlock(text));
    return Engine(rules.rules()).scan(doc).size();
}

TEST(RequiresRule, ANegationCountsOnlyIfItEndsBeforeThePower) {
    // "ne peut être prolongée que ..." limits a renewal: its "ne peut" runs into the words that
    // grant it and forbids nothing. "Aucune" before them does.
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(R"(rules:
  - id: renouvellement
    kind: requires
    category: unsafeguarded-power
    severity: medium
    languages: [fr]
    trigger: 'peut être prolongée'
    safeguards: ['durée totale']
    message: 'Renouvellement sans durée totale.'
    rationale: r
    suggestion: s
    references: [CEDH art. 8]
    examples:
      flag: ['La mesure [[peut être prolongée]] de quatre mois.']
      pass: ['La mesure peut être prolongée, dans une durée totale de deux ans.']
)",
                   "r.yaml", errors);
    ASSERT_TRUE(errors.empty()) << errors[0].toString();
    const auto scan = [&](const char* text) { return findingsIn(rules, text); };
    EXPECT_EQ(scan("L'autorisation ne peut être prolongée que pour des périodes de trois mois."),
              1u);
    EXPECT_EQ(scan("Aucune autorisation ne peut être prolongée au-delà de six mois."), 0u);
}

// Plural and singular forms of a prohibition both forbid: "no podrán" as well as "no podrá".
TEST(RequiresRule, APluralProhibitionForbidsToo) {
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(R"(rules:
  - id: registro
    kind: requires
    category: unsafeguarded-power
    severity: high
    languages: [es]
    trigger: 'registrar\pL*'
    safeguards: ['orden judicial']
    message: 'Registro sin orden judicial.'
    rationale: r
    suggestion: s
    references: [PIDCP art. 17]
    examples:
      flag: ['Los agentes podrán [[registrar]] el domicilio.']
      pass: ['Los agentes podrán registrar el domicilio con orden judicial.']
)",
                   "r.yaml", errors);
    ASSERT_TRUE(errors.empty()) << errors[0].toString();
    const auto scan = [&](const char* text) { return findingsIn(rules, text); };
    EXPECT_EQ(scan("Los agentes no podrán registrar el domicilio."), 0u);
    EXPECT_EQ(scan("El agente no podrá registrar el domicilio."), 0u);
    EXPECT_EQ(scan("Los agentes no pueden registrar el domicilio."), 0u);
    EXPECT_EQ(scan("Los agentes podrán registrar el domicilio."), 1u);
}

// One paragraph of one sentence with 60 000 powers and no full stop. Each power asks whether
// a negation comes before it in its sentence, and whether its sentence names a safeguard:
// both questions used to read the sentence from its start for each power (hours for these
// two megabytes); now each sentence is read once.
std::string powersInOneSentence(const char* end) {
    std::string sentence = "The officer";
    for (int k = 0; k < 60000; ++k) sentence += " may search the premises of the person and";
    return sentence + end;
}

TEST(RequiresRule, EveryPowerOfAVeryLongSentenceIsJudged) {
    const Fixture f;
    const std::string powers = powersInOneSentence(" no officer may search a dwelling.");
    const Flags flagged = f.flagged({powers.c_str()});
    EXPECT_EQ(flagged.size(), 60000u);  // all but the last search, which "no officer" forbids
    EXPECT_EQ(flagged.back(), "0:search");
    const std::string forbidden = "No officer" + powersInOneSentence(".").substr(11);
    EXPECT_TRUE(f.flagged({forbidden.c_str()}).empty());
}

TEST(RequiresRule, AVeryLongSentenceIsSearchedForItsSafeguardOnce) {
    const Fixture f("sentence");
    const std::string unsafeguarded = powersInOneSentence(".");
    EXPECT_EQ(f.flagged({unsafeguarded.c_str()}).size(), 60000u);
    const std::string safeguarded = powersInOneSentence(" under a warrant. Next.");
    EXPECT_TRUE(f.flagged({safeguarded.c_str()}).empty());
}

TEST(RequiresRule, ACrossReferenceCountsWhenTheArticleStatesTheSafeguard) {
    const Fixture f;
    EXPECT_TRUE(f.flagged({"Article 14", "Powers require a warrant.", "Article 19",
                           "Subject to Articles 14 and 15, an officer may search premises."})
                    .empty());
    // Article 15 is referred to but absent, and Article 14 states no safeguard.
    EXPECT_EQ(f.flagged({"Article 14", "Powers are broad.", "Article 19",
                         "Subject to Articles 14 and 15, an officer may search premises."}),
              Flags{"3:search"});
    // A reference to an article that merely refers back proves nothing.
    EXPECT_EQ(f.flagged({"Article 14", "As provided in article 19.", "Article 19",
                         "In accordance with article 14, an officer may search premises."}),
              Flags{"3:search"});
}

TEST(RequiresRule, APackCanNameKnownSafeguardArticles) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("proviso-sa-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "pack.yaml") << "name: t\nversion: 1\nlanguages: [en]\ndescription: d\n"
                                        "safeguard_articles: [Article 15]\n";
    std::ofstream(dir / "r.yaml") << rule("provision");
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir, errors);
    fs::remove_all(dir);
    ASSERT_TRUE(errors.empty()) << errors[0].toString();
    Document doc;
    doc.blocks = {textBlock("Article 19"),
                  textBlock("Subject to Articles 14 and 15, an officer may search premises.")};
    EXPECT_TRUE(Engine(rules.rules()).scan(doc).empty());
}

TEST(RequiresRule, BadSafeguardArticleInManifestIsReported) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("proviso-sb-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "pack.yaml") << "name: t\nversion: 1\nlanguages: [en]\ndescription: d\n"
                                        "safeguard_articles: [art 15]\n";
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir, errors);
    fs::remove_all(dir);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors[0].toString().find("pack.yaml:5:"), std::string::npos) << errors[0].toString();
}

}  // namespace
}  // namespace proviso

namespace proviso {
namespace {

// A limit or an authorisation in another paragraph counts when that paragraph names the power's
// paragraph, or the whole article; a paragraph that speaks of another one does not.
TEST(RequiresRule, ASiblingParagraphThatNamesThePowersOneCounts) {
    const Fixture f;
    EXPECT_TRUE(f.flagged({"Section 12", "(1) An officer may search any premises.",
                           "(2) The officer shall keep a record.",
                           "(3) A search under subsection (1) requires a warrant."})
                    .empty());
    EXPECT_TRUE(f.flagged({"Artículo 12", "1. El agente podrá search los locales.",
                           "2. Lo previsto en el apartado 1 exige warrant."})
                    .empty());
    EXPECT_TRUE(f.flagged({"Section 12", "(1) An officer may search any premises.",
                           "(2) A warrant is required for every power in this section."})
                    .empty());
    EXPECT_EQ(f.flagged({"Section 12", "(1) An officer may search any premises.",
                         "(2) A seizure under subsection (3) requires a warrant.",
                         "(3) An officer may seize any device."}),
              Flags{"1:search"});
    // Another section's "subsection (1)" is not this one's.
    EXPECT_EQ(f.flagged({"Section 12", "(1) An officer may search any premises.", "Section 13",
                         "(1) A search under subsection (1) of section 14 requires a warrant."}),
              Flags{"1:search"});
}

// The lead-in of a list of items is part of each item's sentence.
TEST(RequiresRule, ALeadInGovernsItsItems) {
    const Fixture sentence("sentence");
    EXPECT_TRUE(sentence
                    .flagged({"Section 5", "(1) On a warrant issued by a judge, an officer may:",
                              "(a) search any premises;", "(b) seize any device."})
                    .empty());
    EXPECT_EQ(sentence.flagged({"Section 5", "(1) An officer may:", "(a) search any premises;",
                                "(b) seize any device under a warrant."}),
              Flags{"2:search"});
}

// The same judgement in Arabic and Chinese: the grant, the safeguard said to be absent, the
// prohibition and the article, with the language files' cues for each.
TEST(RequiresRule, ArabicAndChinesePowersAreJudgedAsEnglishOnes) {
    const Fixture f(Yaml{R"(rules:
  - id: search-without-judge
    kind: requires
    category: unsafeguarded-power
    severity: high
    languages: [ar, zh]
    trigger: ['تفتيش', '搜查']
    safeguards: ['(?:اذن|امر) قضائي', '人民法院(?:的)?批准']
    scope: provision
    message: 'm'
    rationale: r
    suggestion: s
    references: [ICCPR art. 17]
    examples:
      flag: ['يجوز [[تفتيش]] المنازل.', '公安机关可以[[搜查]]住处。']
      pass: ['يجوز تفتيش المنازل بإذن قضائي.', '经人民法院批准，可以搜查住处。']
)"});
    // Arabic, written with vowel marks and hamza forms the patterns do not have.
    EXPECT_EQ(f.flagged({"المادة (5)", "يَجوز لمأمور الضبط القضائي تفتيشُ المنازل."}),
              Flags{"1:تفتيشُ"});
    EXPECT_EQ(f.flagged({"يجوز للنيابة العامة تفتيش المنازل دون إذن قضائي."}), Flags{"0:تفتيش"});
    EXPECT_TRUE(f.flagged({"المادة (5)", "يجوز تفتيش المنازل بإذن قضائي مسبب."}).empty());
    EXPECT_TRUE(f.flagged({"لا يجوز تفتيش المنازل."}).empty());
    // The safeguard in another article does not count; in the same one it does.
    EXPECT_EQ(f.flagged({"المادة ٤", "يصدر الإذن القضائي.", "المادة ٥", "يجوز تفتيش المنازل."}),
              Flags{"3:تفتيش"});
    // Chinese: no spaces, "未经...批准", "不得", "第十条".
    EXPECT_EQ(f.flagged({"第十条 公安机关可以搜查犯罪嫌疑人的住处。"}), Flags{"0:搜查"});
    EXPECT_EQ(f.flagged({"第十条 未经人民法院批准，公安机关可以搜查住处。"}), Flags{"0:搜查"});
    EXPECT_TRUE(f.flagged({"第十条 经人民法院批准，公安机关可以搜查住处。"}).empty());
    EXPECT_TRUE(f.flagged({"第十条 任何机关不得搜查公民的住处。"}).empty());
    EXPECT_EQ(f.flagged({"第九条 人民法院批准的，依照本法。", "第十条 公安机关可以搜查住处。"}),
              Flags{"1:搜查"});
    // ... unless the power refers to the article that states it, as in English.
    EXPECT_TRUE(f.flagged({"第九条 搜查应当经人民法院批准。",
                           "第十条 公安机关可以依照本法第九条搜查住处。"})
                    .empty());
    EXPECT_EQ(f.flagged({"第九条 搜查应当经人民法院批准。",
                         "第十条 公安机关可以依照本法第八条搜查住处。"}),
              Flags{"1:搜查"});
}

}  // namespace
}  // namespace proviso
