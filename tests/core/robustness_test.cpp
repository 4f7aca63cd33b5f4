// Documents nobody writes on purpose: the engine gives findings or nothing, never a crash.
// Rule packs written to do harm: loading them is an error for the file, never a hang, an abort,
// a gigabyte of memory or another file's contents on the screen.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "proviso/engine.hpp"
#include "proviso/file_reader.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/utf.hpp"
#include "test_support.hpp"

namespace proviso {
namespace {

const RuleSet& shipped() {
    static RuleSet rules = [] {
        RuleSet r;
        std::vector<LoadError> errors;
        r.load(PROVISO_RULES_DIR, errors);
        return r;
    }();
    return rules;
}

std::vector<Finding> scan(const Document& doc) { return Engine(shipped().rules()).scan(doc); }

void expectSaneFindings(const Document& doc, const std::vector<Finding>& findings) {
    std::vector<std::size_t> lengths;
    for (const Block& b : doc.blocks) lengths.push_back(countCodePoints(b.text));
    for (const Finding& f : findings) {
        ASSERT_LT(f.block, doc.blocks.size());
        EXPECT_LE(f.start, f.end);
        EXPECT_LE(f.end, lengths[f.block]);
    }
}

TEST(Robustness, EmptyDocumentsAndEmptyBlocks) {
    EXPECT_TRUE(scan(Document{}).empty());
    Document doc;
    doc.blocks = {textBlock(""), textBlock(" "), textBlock("\n")};
    EXPECT_TRUE(scan(doc).empty());
}

TEST(Robustness, OnlyNumbering) {
    Document doc;
    for (const char* label :
         {"Article 1", "(1)", "(a)", "(i)", "1.", "Section 2", "24(1)", "(ii)"}) {
        doc.blocks.push_back(textBlock(label));
    }
    EXPECT_TRUE(scan(doc).empty());
}

TEST(Robustness, MalformedUtf8AndLoneSurrogatesFromWriter) {
    Document doc;
    doc.blocks.push_back(
        textBlock(std::string("Any person who publishes false news\xFF\xFE\xC0 commits")));
    // What the Writer adapter makes of a lone UTF-16 surrogate: one U+FFFD, one code point.
    const std::u16string withSurrogate = u"fake news \xD800 here";
    const std::string converted = utf16ToUtf8(withSurrogate);
    EXPECT_EQ(countCodePoints(converted), withSurrogate.size());
    doc.blocks.push_back(textBlock(converted));
    const auto findings = scan(doc);
    expectSaneFindings(doc, findings);
    EXPECT_FALSE(findings.empty());
}

TEST(Robustness, TenMegabytesInOneParagraph) {
    std::string text;
    while (text.size() < (10u << 20)) {
        text +=
            "The Authority may order any person to restrict or block access to data which it "
            "knows to be false, for reasons of national security. ";
    }
    Document doc;
    doc.blocks.push_back(textBlock(std::move(text)));
    const auto findings = scan(doc);
    expectSaneFindings(doc, findings);
    EXPECT_FALSE(findings.empty());
}

TEST(Robustness, PathologicalRepetition) {
    Document doc;
    doc.blocks.push_back(textBlock(std::string(1u << 20, 'a')));
    doc.blocks.push_back(textBlock(std::string(1u << 18, '(')));
    doc.blocks.push_back(textBlock(std::string(1u << 18, '.') + " Article"));
    expectSaneFindings(doc, scan(doc));
}

// ---------------------------------------------------------------------------------------------
// Hostile rule packs

namespace fs = std::filesystem;

constexpr const char* kManifestText = "name: p\nversion: 1\nlanguages: [en]\ndescription: t\n";

// A sound rule with id `id`; `message` replaces its message line.
std::string ruleText(const std::string& id,
                     const std::string& message = "    message: 'Built on \"{match}\".'\n") {
    return "rules:\n  - id: " + id +
           "\n"
           "    kind: flag\n"
           "    category: vague-offence\n"
           "    severity: high\n"
           "    languages: [en]\n"
           "    pattern: 'false news'\n" +
           message +
           "    rationale: Why.\n"
           "    suggestion: What instead.\n"
           "    references: [ICCPR art. 19(3)]\n"
           "    examples:\n"
           "      flag: ['[[false news]] is punished.']\n"
           "      pass: ['Nothing here.']\n";
}

std::string all(const std::vector<LoadError>& errors) {
    std::string out;
    for (const auto& e : errors) out += e.toString() + "\n";
    return out;
}

// The one error about `file` (a path ending so), or an empty message if there is none or several.
std::string errorFor(const std::vector<LoadError>& errors, const std::string& file) {
    std::string found;
    int count = 0;
    for (const auto& e : errors) {
        if (e.file.size() >= file.size() &&
            e.file.compare(e.file.size() - file.size(), file.size(), file) == 0) {
            found = e.toString();
            ++count;
        }
    }
    return count == 1 ? found : "";
}

TEST(HostilePacks, LinksToDevZeroAndFifosAreRefusedUnreadAndTheOtherPacksLoad) {
    const TempFolder dir("hostile-devices");
    fs::create_directories(dir / "zero");
    fs::create_symlink("/dev/zero", dir / "zero" / "pack.yaml");
    fs::create_directories(dir / "fifo");
    ASSERT_EQ(::mkfifo((dir / "fifo" / "pack.yaml").c_str(), 0600), 0);
    ASSERT_EQ(::mkfifo((dir / "fifo" / "rules.yaml").c_str(), 0600), 0);
    dir.write("good/pack.yaml", kManifestText);
    dir.write("good/rules.yaml", ruleText("good-rule"));

    // Read the usual way, /dev/zero never ends and a FIFO waits for a writer for ever.
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir.path(), errors);
    EXPECT_EQ(errors.size(), 3u) << all(errors);
    EXPECT_EQ(
        errorFor(errors, "zero/pack.yaml"),
        (dir / "zero/pack.yaml").string() + ": not read: it is a link to outside its pack folder");
    EXPECT_EQ(errorFor(errors, "fifo/pack.yaml"),
              (dir / "fifo/pack.yaml").string() +
                  ": is not a regular file (a folder, device, pipe or socket)");
    EXPECT_NE(errorFor(errors, "fifo/rules.yaml").find(": is not a regular file"),
              std::string::npos)
        << all(errors);
    ASSERT_EQ(rules.rules().size(), 1u);
    EXPECT_EQ(rules.rules()[0]->info().id, "good-rule");
}

TEST(HostilePacks, ARuleFileNamedOnItsOwnIsReadOnlyIfItIsARegularFile) {
    const TempFolder dir("hostile-single");
    fs::create_symlink("/dev/zero", dir / "zero.yaml");
    ASSERT_EQ(::mkfifo((dir / "fifo.yaml").c_str(), 0600), 0);
    for (const char* name : {"zero.yaml", "fifo.yaml"}) {
        RuleSet rules;
        std::vector<LoadError> errors;
        rules.load(dir / name, errors);
        ASSERT_EQ(errors.size(), 1u) << all(errors);
        EXPECT_EQ(errors[0].toString(), (dir / name).string() +
                                            ": is not a regular file (a folder, device, pipe or "
                                            "socket)");
    }
}

TEST(HostilePacks, AFileOverFourMegabytesIsRefusedUnread) {
    const TempFolder dir("hostile-size");
    dir.write("big/pack.yaml", kManifestText);
    const fs::path big = dir.write("big/rules.yaml", ruleText("big-rule"));
    fs::resize_file(big, limits::kFileBytes + 1);  // sparse: nothing is written
    dir.write("big/small.yaml", ruleText("small-rule"));
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir / "big", errors);
    ASSERT_EQ(errors.size(), 1u) << all(errors);
    // One byte over: the size is rounded up, so it never reads as the limit itself.
    EXPECT_EQ(errors[0].toString(),
              big.string() + ": is 4.1 MB, more than the 4 MB Proviso reads: split it");
    ASSERT_EQ(rules.rules().size(), 1u);
    EXPECT_EQ(rules.rules()[0]->info().id, "small-rule");
}

TEST(HostilePacks, ReadRegularFileNeverReadsPastItsLimit) {
    const TempFolder dir("hostile-read");
    std::string problem;
    EXPECT_FALSE(readRegularFile("/dev/zero", 1024, problem));
    EXPECT_EQ(problem, "is not a regular file (a folder, device, pipe or socket)");
    EXPECT_FALSE(readRegularFile(dir.path(), 1024, problem));
    EXPECT_EQ(problem, "is not a regular file (a folder, device, pipe or socket)");
    EXPECT_FALSE(readRegularFile(dir / "missing", 1024, problem));
    EXPECT_EQ(problem, "cannot read it: No such file or directory");
    const fs::path file = dir.write("exact", std::string(1024, 'x'));
    const auto exact = readRegularFile(file, 1024, problem);
    ASSERT_TRUE(exact);
    EXPECT_EQ(exact->size(), 1024u);
    EXPECT_FALSE(readRegularFile(file, 1023, problem));
    EXPECT_EQ(problem, "is 1 KB, more than the 1023 bytes Proviso reads: split it");
}

// yaml-cpp shares an aliased node, so this parses at once; each use copied by the rule's fields
// (references, examples) used to add a megabyte, up to 4.3 GB and std::bad_alloc.
TEST(HostilePacks, AMegabyteAliasedAThousandTimesIsRefusedAtTheAliasThatCrossesTheLimit) {
    std::string text =
        "rules:\n"
        "  - id: bomb\n"
        "    rationale: &big " +
        std::string(1000000, 'x') +
        "\n"
        "    references:\n";
    for (int i = 0; i < 1000; ++i) text += "      - *big\n";  // lines 5, 6, 7...
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(ruleText("before"), "before.yaml", errors);
    ASSERT_TRUE(errors.empty()) << all(errors);
    rules.loadText(text, "bomb.yaml", errors);
    ASSERT_EQ(errors.size(), 1u) << all(errors);
    // The anchored text and three aliases make 4,000,000 bytes; the fourth crosses 4 MiB.
    EXPECT_EQ(errors[0].toString(),
              "bomb.yaml:8:9: past 4 MB of text, each alias counted as what it names: split the "
              "file or use fewer aliases");
    ASSERT_EQ(rules.rules().size(), 1u);  // what was loaded before stays
}

TEST(HostilePacks, NestedAliasesAndAnAliasInsideItsOwnNodeAreRefused) {
    // Ten lists of ten aliases of the list before: 10^10 values once expanded.
    std::string laughs = "rules: []\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        laughs += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
        for (int j = 0; j < 10; ++j) laughs += (j ? ", *l" : "*l") + std::to_string(i - 1);
        laughs += "]\n";
    }
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(laughs, "laughs.yaml", errors);
    ASSERT_EQ(errors.size(), 1u) << all(errors);
    // l4 (line 6) is 111,111 values; its eighth alias crosses the limit.
    EXPECT_EQ(errors[0].toString(),
              "laughs.yaml:6:45: past 100000 YAML values, each alias counted as what it names: "
              "split the file or use fewer aliases");

    errors.clear();
    rules.loadText("rules: &r [*r]\n", "loop.yaml", errors);
    ASSERT_EQ(errors.size(), 1u) << all(errors);
    EXPECT_EQ(errors[0].toString(),
              "loop.yaml:1:12: this alias is inside the node it names, which never ends");
    EXPECT_TRUE(rules.rules().empty());
}

TEST(HostilePacks, AliasesWithinTheLimitsStillWork) {
    std::string text = ruleText("first");
    text.replace(text.find("[ICCPR art. 19(3)]"), 18, "&refs [ICCPR art. 19(3), GC 34]");
    std::string second = ruleText("second");
    second.replace(second.find("[ICCPR art. 19(3)]"), 18, "*refs");
    text += second.substr(second.find("  - id:"));
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(text, "shared.yaml", errors);
    EXPECT_TRUE(errors.empty()) << all(errors);
    ASSERT_EQ(rules.rules().size(), 2u);
    EXPECT_EQ(rules.rules()[1]->info().references,
              (std::vector<std::string>{"ICCPR art. 19(3)", "GC 34"}));
}

TEST(HostilePacks, AMessageOfTwoThousandPlaceholdersIsAnErrorAtTheMessage) {
    std::string many;
    for (int i = 0; i < 2000; ++i) many += "{match}";
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.loadText(ruleText("long", "    message: '" + many + "'\n"), "long.yaml", errors);
    ASSERT_EQ(errors.size(), 1u) << all(errors);
    EXPECT_EQ(errors[0].toString(),
              "long.yaml:8:14: long: 'message' is 14000 characters long; it may have at most 500");

    std::string eleven;
    for (int i = 0; i < 11; ++i) eleven += "{match} ";
    errors.clear();
    rules.loadText(ruleText("eleven", "    message: '" + eleven + "'\n"), "eleven.yaml", errors);
    ASSERT_EQ(errors.size(), 1u) << all(errors);
    EXPECT_EQ(errors[0].toString(),
              "eleven.yaml:8:14: eleven: the message has 11 placeholders ({match}...); it may "
              "have at most 10");
    EXPECT_TRUE(rules.rules().empty());
}

// A rule that flags the whole of each block, with whatever message it was given: as a rule
// built in code, not loaded, so nothing checked its message.
class WholeBlockRule final : public Rule {
public:
    explicit WholeBlockRule(RuleInfo info) : Rule(std::move(info)) {}
    void check(const ScanContext& context, std::vector<Finding>& out) const override {
        for (std::size_t b = 0; b < context.blockCount(); ++b) {
            out.push_back(context.makeFinding(info(), b, {0, context.normalized(b).text().size()}));
        }
    }
    std::vector<const Pattern*> triggers() const override { return {}; }
};

TEST(HostilePacks, AFindingsMessageStaysSmallWhateverTheRuleSays) {
    RuleInfo info;
    info.id = "whole-block";
    for (int i = 0; i < 2000; ++i) info.message.text += "{match}";
    const WholeBlockRule rule(info);
    Document doc;
    doc.blocks.push_back(textBlock(std::string(10000, 'a')));
    const auto findings = Engine({&rule}, EngineOptions{false}).scan(doc);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].text.size(), 10000u);  // the finding itself is whole
    // Ten placeholders filled, each with 200 characters and an ellipsis; the rest left as written.
    std::string expected;
    for (int i = 0; i < 10; ++i) expected += std::string(200, 'a') + "\u2026";
    for (int i = 10; i < 2000; ++i) expected += "{match}";
    EXPECT_EQ(findings[0].message, expected);
}

TEST(HostilePacks, APackFileLinkingOutsideItsFolderIsRefusedWithoutEchoingIt) {
    const TempFolder dir("hostile-links");
    // What /etc/shadow looks like; each line ends in ':', so YAML reads it as a mapping.
    const fs::path secret =
        dir.write("secret", "root:$6$SECRETHASH:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n");
    fs::create_directories(dir / "pack");
    fs::create_symlink(secret, dir / "pack" / "pack.yaml");
    fs::create_symlink("../secret", dir / "pack" / "stolen.yaml");
    // A link that stays in the pack is fine.
    dir.write("pack/parts/real.txt", ruleText("linked-inside"));
    fs::create_symlink("parts/real.txt", dir / "pack" / "inside.yaml");
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir / "pack", errors);
    EXPECT_EQ(all(errors), (dir / "pack/pack.yaml").string() +
                               ": not read: it is a link to outside its pack folder\n" +
                               (dir / "pack/stolen.yaml").string() +
                               ": not read: it is a link to outside its pack folder\n");
    ASSERT_EQ(rules.rules().size(), 1u);
    EXPECT_EQ(rules.rules()[0]->info().id, "linked-inside");
}

TEST(HostilePacks, ErrorsQuoteShortEscapedExcerptsAndStopAfterTwenty) {
    const TempFolder dir("hostile-echo");
    // The same shadow lines, copied into the pack as its pack.yaml: one error, no line echoed.
    dir.write("pack/pack.yaml",
              "root:$6$SECRETHASH:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n");
    // Thirty unknown keys, each long and with a terminal escape sequence in it.
    std::string keys = "rules: []\n";
    for (int i = 0; i < 30; ++i) {
        keys += "\"key" + std::to_string(i) + "\\e[2J" + std::string(100, 'z') + "\": 1\n";
    }
    dir.write("pack/keys.yaml", keys);
    RuleSet rules;
    std::vector<LoadError> errors;
    rules.load(dir / "pack", errors);
    ASSERT_EQ(errors.size(), 22u) << all(errors);
    EXPECT_EQ(errors[0].toString(),
              (dir / "pack/pack.yaml").string() +
                  ":1:1: this is not a pack manifest: it has none of name, version, languages, "
                  "description");
    // Forty characters: "key0", the escape character (shown as \x1b), "[2J" and 32 z.
    EXPECT_EQ(errors[1].toString(), (dir / "pack/keys.yaml").string() +
                                        ":2:1: unknown top-level key 'key0\\x1b[2J" +
                                        std::string(32, 'z') + "...'");
    EXPECT_EQ(errors[21].toString(),
              (dir / "pack/keys.yaml").string() + ": 10 more problems in this file are not shown");
    const std::string text = all(errors);
    EXPECT_EQ(text.find("SECRETHASH"), std::string::npos);
    EXPECT_EQ(text.find('\x1b'), std::string::npos);
}

}  // namespace
}  // namespace proviso
