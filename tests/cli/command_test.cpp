// The proviso command on plain text and labels: what a user sees on the terminal and in JSON.
// No office is started here; the office paths are in tests/integration.
#include "../support/command.hpp"
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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
        if (f["rule"] == "fausses-nouvelles") found = &f;
    }
    ASSERT_NE(found, nullptr) << result.output;
    const auto& f = *found;
    EXPECT_EQ(f["text"], "fausses nouvelles");
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

}  // namespace
}  // namespace proviso
