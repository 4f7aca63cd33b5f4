// The proviso command on plain text and labels: what a user sees on the terminal and in JSON.
// No office is started here; the office paths are in tests/integration.
#include "../support/command.hpp"
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "proviso/utf.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;

using testing::CommandResult;
using testing::proviso;
using testing::quoted;
using testing::run;

TEST(Command, CheckPlainTextFindsOffsetsInTheFile) {
    const fs::path file =
        fs::temp_directory_path() / ("proviso-check-" + std::to_string(::getpid()) + ".txt");
    const std::string text =
        "Préambule 🙂\n\nArticle 3\nQuiconque répand de fausses nouvelles est puni.\n";
    std::ofstream(file) << text;
    const CommandResult result =
        run(std::string(PROVISO_EXE) + " check --format json " + quoted(file));
    fs::remove(file);
    ASSERT_EQ(result.status, 1) << result.output;
    const auto json = nlohmann::json::parse(result.output);
    // The shipped packs flag the false-news offence; find that finding among the others.
    const nlohmann::json* found = nullptr;
    for (const auto& f : json["findings"]) {
        if (f["rule"] == "false-information-offence") found = &f;
    }
    ASSERT_NE(found, nullptr) << result.output;
    const auto& f = *found;
    EXPECT_EQ(f["text"], "fausses nouvelles");
    // One rule for en/fr/es; the paragraph is too short to be sure, but its words are French.
    EXPECT_EQ(f["message"].get<std::string>().rfind("Infraction", 0), 0u) << f["message"];
    EXPECT_EQ(f["line"], 4);
    EXPECT_EQ(f["provision"], "Article 3");
    const std::size_t start = f["start"], end = f["end"];
    const std::size_t from = byteOffsetOfCodePoint(text, start),
                      to = byteOffsetOfCodePoint(text, end);
    EXPECT_EQ(text.substr(from, to - from), "fausses nouvelles");
}

TEST(Command, ABrokenUserRuleFileIsReportedAndTheOtherRulesStillWork) {
    const fs::path dir = fs::temp_directory_path() / ("proviso-user-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "mine.yaml")
        << "rules:\n  - id: my-rule\n    kind: flag\n    pattern: '(oops'\n";
    std::ofstream(dir / "bill.txt") << "Whoever spreads fake news is punished.\n";
    const CommandResult result = run(proviso("check") + "--rules " + quoted(dir / "mine.yaml") +
                                     " " + quoted(dir / "bill.txt"));
    fs::remove_all(dir);
    EXPECT_EQ(result.status, 2) << result.output;
    EXPECT_NE(result.output.find("mine.yaml:4:14: my-rule: bad pattern in 'pattern'"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("[test-false-news]"), std::string::npos) << result.output;
}

// Patterns are checked as they load but compiled when first needed: one too large to compile
// is still told, at its place, by the check that needed it and by `rules test`.
TEST(Command, APatternTooLargeToCompileIsReportedWhereItIsWritten) {
    const fs::path dir =
        fs::temp_directory_path() / ("proviso-large-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "mine.yaml") << R"(rules:
  - id: huge-rule
    kind: flag
    category: vague-offence
    severity: high
    languages: [en]
    pattern: 'fake \pL{0,1000}'
    message: 'Offence built on "{match}".'
    rationale: Why.
    suggestion: What instead.
    references: [ICCPR art. 19(3)]
    examples:
      flag: ["Whoever spreads [[fake news]] is punished."]
      pass: ['Nothing here.']
)";
    std::ofstream(dir / "bill.txt") << "Whoever spreads fake news is punished.\n";
    const CommandResult check = run(proviso("check") + "--rules " + quoted(dir / "mine.yaml") +
                                    " " + quoted(dir / "bill.txt"));
    const CommandResult test =
        run(std::string(PROVISO_EXE) + " rules test " + quoted(dir / "mine.yaml"));
    fs::remove_all(dir);
    EXPECT_EQ(check.status, 2) << check.output;
    EXPECT_NE(check.output.find("mine.yaml:7:14: huge-rule: bad pattern in 'pattern': pattern "
                                "too large"),
              std::string::npos)
        << check.output;
    EXPECT_EQ(test.status, 2) << test.output;
    EXPECT_NE(test.output.find("mine.yaml:7:14: huge-rule: bad pattern in 'pattern'"),
              std::string::npos)
        << test.output;
}

// A rule that passes its own examples, with id `id`.
std::string soundRule(const std::string& id) {
    return "rules:\n  - id: " + id + R"(
    kind: flag
    category: vague-offence
    severity: high
    languages: [en]
    pattern: 'false news'
    message: 'Offence built on "{match}".'
    rationale: Why.
    suggestion: What instead.
    references: [ICCPR art. 19(3)]
    examples:
      flag: ["Article 1\nWhoever spreads [[false news]] is punished."]
      pass: ['Nothing here.']
)";
}

void writeFile(const fs::path& file, const std::string& text) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

void writePack(const fs::path& folder, const std::string& rules) {
    writeFile(folder / "pack.yaml", "name: " + folder.filename().string() +
                                        "\nversion: 1\nlanguages: [en]\ndescription: test\n");
    if (!rules.empty()) writeFile(folder / "rules.yaml", rules);
}

// A folder of packs as someone might send one: each bad file is named, with its reason, and
// the sound pack is still tested.
TEST(Command, RulesTestNamesEachPackFileItCannotUseAndTestsTheOthers) {
    const fs::path base =
        fs::temp_directory_path() / ("proviso-hostile-" + std::to_string(::getpid()));
    const fs::path dir = base / "packs";
    fs::remove_all(base);
    writeFile(base / "shadow", "root:$6$SECRETHASH:19000:0:99999:7:::\n");
    writePack(dir / "good", soundRule("demo-false-news"));
    writeFile(dir / "good" / "extra.yml", soundRule("in-a-yml-file"));
    writePack(dir / "same-id", soundRule("demo-false-news"));
    fs::create_directories(dir / "zero");
    fs::create_symlink("/dev/zero", dir / "zero" / "pack.yaml");
    fs::create_directories(dir / "stolen");
    fs::create_symlink(base / "shadow", dir / "stolen" / "pack.yaml");
    writePack(dir / "fifo", "");
    ASSERT_EQ(::mkfifo((dir / "fifo" / "rules.yaml").c_str(), 0600), 0);
    std::string bomb = "rules:\n  - id: bomb\n    rationale: &big " + std::string(1000000, 'x') +
                       "\n    references: [*big, *big, *big, *big, *big, *big]\n";
    writePack(dir / "bomb", bomb);
    writeFile(dir / "no-manifest" / "rules.yaml", soundRule("in-a-folder-without-pack-yaml"));

    const CommandResult result = run(std::string(PROVISO_EXE) + " rules test " + quoted(dir));
    fs::remove_all(base);
    EXPECT_EQ(result.status, 2) << result.output;
    const std::string d = dir.string();
    for (const std::string& line : {
             d + "/bomb/rules.yaml:4:36: past 4 MB of text, each alias counted as what it names",
             d + "/fifo/rules.yaml: is not a regular file (a folder, device, pipe or socket)",
             d + "/good/extra.yml: not read: rule files end in '.yaml', not '.yml'",
             d + "/no-manifest: not read: it holds rule files but no pack.yaml",
             d +
                 "/same-id/rules.yaml:2:1: demo-false-news: duplicate rule id: already defined "
                 "at " +
                 d + "/good/rules.yaml:2; this one is not loaded",
             d + "/stolen/pack.yaml: not read: it is a link to outside its pack folder",
             d + "/zero/pack.yaml: not read: it is a link to outside its pack folder",
             std::string("PASS demo-false-news (2 examples)"),
             std::string("1 passed, 0 failed"),
         }) {
        EXPECT_NE(result.output.find(line), std::string::npos) << line << "\n" << result.output;
    }
    EXPECT_EQ(result.output.find("SECRETHASH"), std::string::npos) << result.output;
}

TEST(Command, RulesListNamesARuleIdDefinedInTwoPacksGivenApart) {
    const fs::path dir = fs::temp_directory_path() / ("proviso-dup-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    writePack(dir / "mine", soundRule("my-rule"));
    writePack(dir / "theirs", soundRule("my-rule"));
    const CommandResult result = run(std::string(PROVISO_EXE) + " rules list " +
                                     quoted(dir / "mine") + " " + quoted(dir / "theirs"));
    fs::remove_all(dir);
    EXPECT_EQ(result.status, 2) << result.output;
    EXPECT_NE(result.output.find((dir / "theirs" / "rules.yaml").string() +
                                 ":2:1: my-rule: duplicate rule id: already defined at " +
                                 (dir / "mine" / "rules.yaml").string() + ":2"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("my-rule  flag  vague-offence  high  en  (mine)"),
              std::string::npos)
        << result.output;
    EXPECT_EQ(result.output.find("(theirs)"), std::string::npos) << result.output;
}

// A concept is looked up like a rule: its patterns per language and the rules that use it.
TEST(Command, RulesExplainShowsAConceptAndWhoUsesIt) {
    const fs::path dir =
        fs::temp_directory_path() / ("proviso-concept-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    std::string rule = soundRule("news-rule");
    rule.replace(rule.find("'false news'"), 12, "'{{falsity}} news'");
    writePack(dir / "mine",
              "concepts:\n  falsity:\n    description: Untrue.\n    en: ['false', "
              "'fake']\n" +
                  rule);
    const std::string explain =
        std::string(PROVISO_EXE) + " rules explain falsity " + quoted(dir / "mine");
    const CommandResult concept_ = run(explain);
    const CommandResult user =
        run(std::string(PROVISO_EXE) + " rules explain news-rule " + quoted(dir / "mine"));
    const CommandResult tested = run(std::string(PROVISO_EXE) + " rules test " + quoted(dir));
    fs::remove_all(dir);
    EXPECT_EQ(concept_.status, 0) << concept_.output;
    EXPECT_NE(concept_.output.find("falsity (concept)\n\nUntrue.\n\nen:\n  false\n  fake\n\nUsed "
                                   "by: news-rule"),
              std::string::npos)
        << concept_.output;
    EXPECT_NE(user.output.find("Concepts (see proviso rules explain NAME): falsity"),
              std::string::npos)
        << user.output;
    EXPECT_EQ(tested.status, 0) << tested.output;
}

TEST(Command, CleanTextExitsZeroAndErrorsExitTwo) {
    const fs::path file =
        fs::temp_directory_path() / ("proviso-clean-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(file) << "The Commission shall publish an annual report.\n";
    EXPECT_EQ(run(std::string(PROVISO_EXE) + " check " + quoted(file)).status, 0);
    fs::remove(file);
    const CommandResult missing = run(std::string(PROVISO_EXE) + " check /nonexistent/bill.txt");
    EXPECT_EQ(missing.status, 2);
    EXPECT_NE(missing.output.find("/nonexistent/bill.txt"), std::string::npos) << missing.output;
}

// The shipped packs work end to end in the other UN languages too, told apart by script.
TEST(Command, ArabicRussianAndChineseTextsAreChecked) {
    const fs::path dir = fs::temp_directory_path() / ("proviso-un6-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "ar.txt") << "المادة 5\nيعاقب بالسجن كل من ينشر أخبارا كاذبة عبر الشبكة.\n";
    std::ofstream(dir / "ru.txt")
        << "Статья 3\nРаспространение заведомо ложной информации наказывается.\n";
    std::ofstream(dir / "zh.txt") << "第三条\n散布谣言的，处拘留。\n";
    for (const char* name : {"ar.txt", "ru.txt", "zh.txt"}) {
        const CommandResult result =
            run(std::string(PROVISO_EXE) + " check --format json " + quoted(dir / name));
        EXPECT_EQ(result.status, 1) << name << ": " << result.output;
        const auto json = nlohmann::json::parse(result.output, nullptr, false);
        ASSERT_FALSE(json.is_discarded()) << result.output;
        EXPECT_FALSE(json["findings"].empty()) << name;
    }
    fs::remove_all(dir);
}

// A .txt file is read in the encoding its byte-order mark names, and anything that is not
// UTF-8 without one is refused, saying where: never scanned as nothing and reported clean.
class PlainTextEncodings : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("proviso-enc-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path write(const std::string& name, const std::string& bytes) {
        std::ofstream(dir_ / name, std::ios::binary) << bytes;
        return dir_ / name;
    }

    // The same text in UTF-16 or UTF-32 with a byte-order mark (ASCII text only).
    static std::string wide(const std::string& text, int width, bool bigEndian) {
        std::string out = bigEndian ? std::string("\xFE\xFF") : std::string("\xFF\xFE");
        if (width == 4)
            out = bigEndian ? std::string("\0\0\xFE\xFF", 4) : out + std::string(2, '\0');
        for (char c : text) {
            std::string unit(width, '\0');
            unit[bigEndian ? width - 1 : 0] = c;
            out += unit;
        }
        return out;
    }

    static nlohmann::json findings(const CommandResult& result) {
        const auto json = nlohmann::json::parse(result.output, nullptr, false);
        return json.is_discarded() ? nlohmann::json() : json["findings"];
    }

    fs::path dir_;
    const std::string text_ = "Section 4\nWhoever spreads fake news is punished.\n";
};

TEST_F(PlainTextEncodings, ByteOrderMarksAreHonoured) {
    const CommandResult utf8 = run(proviso("check --format json") + quoted(write("a.txt", text_)));
    ASSERT_EQ(utf8.status, 1) << utf8.output;
    const auto expected = findings(utf8);
    ASSERT_EQ(expected.size(), 1u);
    const std::pair<const char*, std::string> variants[] = {
        {"utf8-bom.txt", "\xEF\xBB\xBF" + text_}, {"utf16le.txt", wide(text_, 2, false)},
        {"utf16be.txt", wide(text_, 2, true)},    {"utf32le.txt", wide(text_, 4, false)},
        {"utf32be.txt", wide(text_, 4, true)},
    };
    for (const auto& [name, bytes] : variants) {
        const CommandResult result =
            run(proviso("check --format json") + quoted(write(name, bytes)));
        EXPECT_EQ(result.status, 1) << name << ": " << result.output;
        const auto found = findings(result);
        ASSERT_EQ(found.size(), 1u) << name << ": " << result.output;
        // The same words at the same place: the mark is not counted as a character.
        for (const char* key : {"rule", "text", "line", "column", "start", "end"}) {
            EXPECT_EQ(found[0][key], expected[0][key]) << name << " " << key;
        }
    }
}

TEST_F(PlainTextEncodings, OtherEncodingsAreRefusedNamingTheLine) {
    const fs::path latin1 = write("latin1.txt", "Article 1\nLa r\xE9publique punit.\n");
    const CommandResult result = run(proviso("check") + quoted(latin1));
    EXPECT_EQ(result.status, 2) << result.output;
    EXPECT_NE(result.output.find("latin1.txt: line 2 is not UTF-8 (byte 0xE9"), std::string::npos)
        << result.output;
    // UTF-16 without a mark: NUL bytes.
    std::string unmarked = wide(text_, 2, false).substr(2);
    const CommandResult nul = run(proviso("check") + quoted(write("nomark.txt", unmarked)));
    EXPECT_EQ(nul.status, 2) << nul.output;
    EXPECT_NE(nul.output.find("nomark.txt: line 1 has a NUL byte"), std::string::npos)
        << nul.output;
}

TEST_F(PlainTextEncodings, APipeNamedTxtIsRefusedNotWaitedOn) {
    const fs::path fifo = dir_ / "fifo.txt";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // Were the pipe opened for reading the usual way, this would wait for a writer for ever.
    const CommandResult result = run(proviso("check") + quoted(fifo));
    EXPECT_EQ(result.status, 2) << result.output;
    EXPECT_NE(result.output.find("fifo.txt: is not a regular file"), std::string::npos)
        << result.output;
}

// A text too large for LibreOffice's layout gets a clear limit before any office starts (it
// used to run past five minutes with no word), and the command that reads it itself, check,
// still takes it.
TEST_F(PlainTextEncodings, AHugeTextGetsAClearLimitNotAHang) {
    // The sanitizer build has `report` for text formats only: an .odt table needs the office.
    const CommandResult probe =
        run(std::string(PROVISO_EXE) + " report " + quoted(write("tiny.txt", "A short text.\n")) +
            " -o " + quoted(dir_ / "tiny.odt"));
    if (probe.output.find("built without LibreOffice") != std::string::npos) {
        GTEST_SKIP() << "built without the office (the sanitizer build)";
    }
    std::string line = "Any person who spreads false news commits an offence.\n";
    std::string text;
    while (text.size() < (6u << 20)) text += line;
    const fs::path big = write("huge.txt", text);
    const fs::path out = dir_ / "huge-report.odt";
    const CommandResult report =
        run(std::string(PROVISO_EXE) + " report " + quoted(big) + " -o " + quoted(out));
    EXPECT_EQ(report.status, 2) << report.output;
    EXPECT_NE(report.output.find("huge.txt: is 6 MB; this command opens plain text of up to 5 MB "
                                 "in LibreOffice: split it, or use 'proviso check'"),
              std::string::npos)
        << report.output;
    EXPECT_FALSE(fs::exists(out));
    const CommandResult check = run(proviso("check --format json") + quoted(big) + " >/dev/null");
    EXPECT_EQ(check.status, 1) << check.output;
}

// proviso compare on the drafts of tests/fixtures/compare (see its README.md), with the shipped
// packs: one line per change, exit 1 when the newer draft is riskier.
std::string compareCommand(const std::string& options, const std::string& oldName,
                           const std::string& newName) {
    const std::string dir = std::string(PROVISO_FIXTURES) + "/compare/";
    return std::string(PROVISO_EXE) + " compare " + options + " " +
           quoted(fs::path(dir + oldName)) + " " + quoted(fs::path(dir + newName));
}

TEST(Compare, TellsWhatTheSecondReadingMadeRiskierAndSafer) {
    const CommandResult result = run(compareCommand("", "first-reading.txt", "second-reading.txt"));
    EXPECT_EQ(result.status, 1) << result.output;
    EXPECT_EQ(result.output,
              "Section 2(1): new risk: search-by-official-without-warrant ('police officer may "
              "search or similarly access a computer')\n"
              "Section 2(1): safeguard removed: judicial authorisation ('a warrant issued by a "
              "judge')\n"
              "Section 3: resolved: offence-missing-intent-or-right (was 'commits an offence')\n"
              "Section 3: safeguard added: intent ('with intent')\n"
              "Section 4: added, with risk: blocking-without-court ('Restricting or blocking "
              "access; restrict or block access')\n"
              "Section 4: added, with risk: executive-authorisation-low-standard ('prima "
              "facie')\n");
}

TEST(Compare, JsonListsEveryChangeWithBothSides) {
    const CommandResult result =
        run(compareCommand("--format json", "first-reading.txt", "second-reading.txt"));
    ASSERT_EQ(result.status, 1) << result.output;
    const auto json = nlohmann::json::parse(result.output);
    ASSERT_EQ(json["changes"].size(), 6u) << result.output;
    const nlohmann::json expected = {
        {"provision_old", "Section 2(1)"},
        {"provision_new", "Section 2(1)"},
        {"kind", "new-risk"},
        {"rule", "search-by-official-without-warrant"},
        {"concept", nullptr},
        {"concept_label", nullptr},
        {"text_old", ""},
        {"text_new", "police officer may search or similarly access a computer"},
        {"riskier", true}};
    EXPECT_EQ(json["changes"][0], expected);
    const nlohmann::json judgeRemoved = {{"provision_old", "Section 2(1)"},
                                         {"provision_new", "Section 2(1)"},
                                         {"kind", "safeguard-removed"},
                                         {"rule", nullptr},
                                         {"concept", "judicial-authorisation"},
                                         {"concept_label", "judicial authorisation"},
                                         {"text_old", "a warrant issued by a judge"},
                                         {"text_new", ""},
                                         {"riskier", true}};
    EXPECT_EQ(json["changes"][1], judgeRemoved);
    EXPECT_EQ(json["changes"][2]["kind"], "resolved");
    EXPECT_EQ(json["changes"][2]["text_old"], "commits an offence");
    EXPECT_EQ(json["changes"][2]["riskier"], false);
    EXPECT_EQ(json["changes"][3]["kind"], "safeguard-added");
    EXPECT_EQ(json["changes"][3]["concept"], "intent");
    EXPECT_EQ(json["changes"][3]["text_new"], "with intent");
    EXPECT_EQ(json["changes"][3]["riskier"], false);
    EXPECT_EQ(json["changes"][4]["kind"], "added");
    EXPECT_TRUE(json["changes"][4]["provision_old"].is_null()) << "added: no old provision";
    EXPECT_EQ(json["changes"][4]["provision_new"], "Section 4");
    EXPECT_EQ(json["changes"][5]["rule"], "executive-authorisation-low-standard");
}

TEST(Compare, ARenumberedDraftThatOnlyGotSaferExitsZero) {
    // A definitions section comes first, so the others move down by one.
    const CommandResult result =
        run(compareCommand("", "first-reading.txt", "renumbered-narrowed.txt"));
    EXPECT_EQ(result.status, 0) << result.output;
    EXPECT_EQ(
        result.output,
        "Section 1: added ('Section 1 - Interpretation In this Act, \"computer system\" means "
        "any device or...')\n"
        "Section 4 (was Section 3): resolved: offence-missing-intent-or-right (was 'commits "
        "an offence')\n"
        "Section 4 (was Section 3): safeguard added: intent ('with intent')\n");
    const CommandResult same = run(compareCommand("", "first-reading.txt", "first-reading.txt"));
    EXPECT_EQ(same.status, 0) << same.output;
    EXPECT_EQ(same.output, "no change in judgement\n");
    const CommandResult json =
        run(compareCommand("--format json", "first-reading.txt", "first-reading.txt"));
    EXPECT_EQ(json.status, 0) << json.output;
    const nlohmann::json none = {{"changes", nlohmann::json::array()}};
    EXPECT_EQ(nlohmann::json::parse(json.output), none);
}

TEST(Compare, SafeguardsAreToldInTheDraftsLanguageAndSurviveASplit) {
    const CommandResult spanish =
        run(compareCommand("", "urgencia-primera.txt", "urgencia-segunda.txt"));
    EXPECT_EQ(spanish.status, 1) << spanish.output;
    EXPECT_EQ(spanish.output, "Article 2(1): safeguard removed: plazo máximo ('plazo máximo')\n");
    const CommandResult split =
        run(compareCommand("", "preservation-first.txt", "preservation-second.txt"));
    EXPECT_EQ(split.status, 0) << split.output;
    EXPECT_EQ(split.output,
              "Section 2(1) (was Section 1(1)): resolved: preservation-without-maximum (was "
              "'expeditious preservation')\n"
              "Section 2(2) (was Section 1(2)): safeguard added: time limit ('not exceeding')\n"
              "Section 3(2): added ('(2) A warrant under subsection (1) authorises the collection "
              "or recording for...')\n");
}

TEST(Compare, AnUnreadableDraftIsAnError) {
    const CommandResult missing = run(compareCommand("", "first-reading.txt", "no-such-draft.txt"));
    EXPECT_EQ(missing.status, 2) << missing.output;
    EXPECT_NE(missing.output.find("no-such-draft.txt"), std::string::npos) << missing.output;
    // An office file is looked at before an office is started: a missing one is named at once.
    const CommandResult office = run(compareCommand("", "no-such-draft.odt", "second-reading.txt"));
    EXPECT_EQ(office.status, 2) << office.output;
    EXPECT_NE(office.output.find("no-such-draft.odt"), std::string::npos) << office.output;
    // The table of changes is an office document, nothing else.
    const CommandResult table = run(compareCommand("-o /tmp/proviso-no-such-dir/changes.odt",
                                                   "first-reading.txt", "second-reading.txt"));
    EXPECT_EQ(table.status, 2) << table.output;
    EXPECT_NE(table.output.find("changes.odt"), std::string::npos) << table.output;
}

TEST(Eval, CountsHitsMissesAndFalseAlarmsPerCategory) {
    const fs::path fixtures = fs::path(PROVISO_FIXTURES) / "eval";
    const CommandResult result =
        run(proviso("eval --format json") + quoted(fixtures / "labels.tsv") + " --corpus " +
            quoted(fixtures));
    ASSERT_EQ(result.status, 0) << result.output;
    const auto json = nlohmann::json::parse(result.output);
    EXPECT_EQ(json["overall"]["tp"], 1);
    EXPECT_EQ(json["overall"]["fp"], 1);  // the "ok" row that says "fake news"
    EXPECT_EQ(json["overall"]["fn"], 1);  // the search power no test rule knows
    EXPECT_EQ(json["categories"]["vague-offence"]["tp"], 1);
    EXPECT_EQ(json["categories"]["unsafeguarded-power"]["fn"], 1);
    // The borderline row is counted apart.
    EXPECT_EQ(json["borderline"]["overall"]["fp"], 1);
    ASSERT_EQ(json["false_alarms"].size(), 1u);
    EXPECT_EQ(json["false_alarms"][0]["provision"], "s6");
    EXPECT_EQ(json["false_alarms"][0]["located"], false);
    ASSERT_EQ(json["misses"].size(), 1u);
    EXPECT_EQ(json["misses"][0]["line"], 4);
}

TEST(Eval, FailsBelowTheTargetsAndOnBadLabels) {
    const fs::path fixtures = fs::path(PROVISO_FIXTURES) / "eval";
    EXPECT_EQ(run(proviso("eval") + quoted(fixtures / "labels.tsv") + " --corpus " +
                  quoted(fixtures) + " --min-precision 0.85 --min-recall 0.85")
                  .status,
              1);
    const fs::path bad =
        fs::temp_directory_path() / ("proviso-labels-" + std::to_string(::getpid()) + ".tsv");
    std::ofstream(bad) << "doc_file\tprovision_id\tverbatim_text\tlabel\n"
                       << "bill.txt\tx\tsome text\tspooky\n";
    const CommandResult result =
        run(proviso("eval") + quoted(bad) + " --corpus " + quoted(fixtures));
    fs::remove(bad);
    EXPECT_EQ(result.status, 2);
    EXPECT_NE(result.output.find(":2: unknown label 'spooky'"), std::string::npos) << result.output;
}

// A blind part is kept apart by law: --laws counts only the listed documents' rows, with
// --except-laws only the others'; a listed name that matches no row is an error, not a law
// silently moved between parts.
TEST(Eval, CountsOnlyTheListedLawsAndNamesAnUnknownOne) {
    const fs::path fixtures = fs::path(PROVISO_FIXTURES) / "eval";
    const fs::path list =
        fs::temp_directory_path() / ("proviso-laws-" + std::to_string(::getpid()) + ".txt");
    const std::string eval = proviso("eval --format json") + quoted(fixtures / "labels.tsv") +
                             " --corpus " + quoted(fixtures) + " --laws " + quoted(list);
    std::ofstream(list) << "# the blind part\nbill.txt\n";
    const CommandResult only = run(eval);
    ASSERT_EQ(only.status, 0) << only.output;
    EXPECT_EQ(nlohmann::json::parse(only.output)["overall"]["tp"], 1);
    const CommandResult others = run(eval + " --except-laws");
    ASSERT_EQ(others.status, 0) << others.output;
    const auto none = nlohmann::json::parse(others.output);
    EXPECT_EQ(none["overall"]["tp"], 0);
    EXPECT_EQ(none["overall"]["fn"], 0);
    EXPECT_EQ(none["overall"]["fp"], 0);

    std::ofstream(list) << "bill.txt\n\nbil.txt\n";
    const CommandResult typo = run(eval);
    fs::remove(list);
    EXPECT_EQ(typo.status, 2);
    EXPECT_NE(typo.output.find("proviso-laws-" + std::to_string(::getpid()) +
                               ".txt:3: 'bil.txt' has no rows in"),
              std::string::npos)
        << typo.output;
}

// The report says which targets it applied; with none given it claims none was met.
TEST(Eval, SaysWhichTargetsItApplied) {
    const fs::path fixtures = fs::path(PROVISO_FIXTURES) / "eval";
    const std::string eval =
        proviso("eval") + quoted(fixtures / "labels.tsv") + " --corpus " + quoted(fixtures);
    const CommandResult none = run(eval);
    EXPECT_EQ(none.status, 0) << none.output;
    EXPECT_EQ(none.output.find("Met."), std::string::npos) << none.output;
    EXPECT_NE(none.output.find("No targets given"), std::string::npos) << none.output;
    const CommandResult low = run(eval + " --min-precision 0.4 --min-recall 0.4");
    EXPECT_EQ(low.status, 0) << low.output;
    EXPECT_NE(low.output.find("Targets: precision >= 0.4, recall >= 0.4 overall; every category "
                              ">= 0. Met."),
              std::string::npos)
        << low.output;
}

}  // namespace
}  // namespace proviso
