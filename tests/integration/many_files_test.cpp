// The proviso command on several office documents at once (--jobs): against real headless
// LibreOffice instances with the real extension. Several offices must say exactly what one says,
// file by file in the order given; one bad file must not cost the others.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "../support/command.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::proviso;
using testing::quoted;
using testing::run;

// The command's standard output alone (its standard error is left out).
CommandResult stdoutOf(const std::string& command) {
    return run("( " + command + " 2>/dev/null )");
}

class ManyFiles : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        office_ = testing::startSuite("many-files", fixtures_, {"tricky", "bill", "decret"});
        // The office of the suite is only needed for the fixtures.
        office_.reset();
    }
    static void TearDownTestSuite() { testing::endSuite(office_, fixtures_); }

    // More than three documents, so that the command shows a count rather than every step;
    // decret.odt (French) has no finding with the English test pack.
    static constexpr const char* kDocuments[] = {"tricky.odt", "bill.odt", "decret.odt",
                                                 "tricky.docx", "bill.docx"};
    static std::string documents() {
        std::string out;
        for (const char* name : kDocuments) {
            out += quoted(fixtures_ / name) + " ";
        }
        return out;
    }

    static std::unique_ptr<cli::OfficeSession> office_;
    static fs::path fixtures_;
};

std::unique_ptr<cli::OfficeSession> ManyFiles::office_;
fs::path ManyFiles::fixtures_;

TEST_F(ManyFiles, SeveralOfficesGiveTheSameFindingsInTheSameOrderAsOne) {
    for (const char* format : {"text", "json"}) {
        const std::string command = proviso(std::string("check --format ") + format) + documents();
        const CommandResult one = stdoutOf(command + "--jobs 1");
        const CommandResult two = stdoutOf(command + "--jobs 2");
        EXPECT_EQ(one.status, 1) << one.output;
        EXPECT_EQ(two.status, 1) << two.output;
        EXPECT_EQ(two.output, one.output) << format;
        // Every document with findings was checked, in the order given.
        std::size_t at = 0;
        for (const char* name : {"tricky.odt", "bill.odt", "tricky.docx", "bill.docx"}) {
            const auto found = one.output.find(name, at);
            EXPECT_NE(found, std::string::npos) << name << " in " << one.output;
            if (found != std::string::npos) at = found;
        }
    }
    // A count instead of every step (--progress, as stderr here is no terminal).
    const CommandResult progress = run(proviso("check --progress --jobs 2") + documents());
    EXPECT_NE(progress.output.find("proviso: 5/5 files checked"), std::string::npos)
        << progress.output;
    EXPECT_EQ(progress.output.find("proviso: opening"), std::string::npos) << progress.output;
}

TEST_F(ManyFiles, ACorruptFileAmongGoodOnesIsNamedAndTheOthersAreChecked) {
    const fs::path dir = testing::scratchDir("many-files-corrupt");
    std::ofstream(dir / "broken.odt", std::ios::binary) << "PK\x03\x04 not really a package";
    std::ofstream(dir / "empty.docx", std::ios::binary);
    const std::string files = quoted(fixtures_ / "tricky.odt") + " " + quoted(dir / "broken.odt") +
                              " " + quoted(dir / "empty.docx") + " " +
                              quoted(fixtures_ / "bill.odt") + " ";
    const CommandResult all = run(proviso("check --jobs 2") + files);
    EXPECT_EQ(all.status, 2) << all.output;
    EXPECT_NE(all.output.find("broken.odt: LibreOffice cannot open it: it is damaged"),
              std::string::npos)
        << all.output;
    EXPECT_NE(all.output.find("empty.docx: is empty"), std::string::npos) << all.output;
    // The good ones still say what they say alone.
    const CommandResult found = stdoutOf(proviso("check --jobs 2") + files);
    const CommandResult good =
        stdoutOf(proviso("check --jobs 1") + quoted(fixtures_ / "tricky.odt") + " " +
                 quoted(fixtures_ / "bill.odt"));
    EXPECT_EQ(good.status, 1) << good.output;
    EXPECT_FALSE(good.output.empty());
    EXPECT_EQ(found.output, good.output);
    fs::remove_all(dir);
}

TEST_F(ManyFiles, AnnotateWritesEachCopyIntoTheFolderInTheOrderGiven) {
    const fs::path out = testing::scratchDir("many-files-annotated");
    const CommandResult result =
        stdoutOf(proviso("annotate --jobs 2") + documents() + "-o " + quoted(out));
    EXPECT_EQ(result.status, 0) << result.output;
    std::size_t at = 0;
    for (const std::string name : kDocuments) {
        std::error_code ec;
        EXPECT_GT(fs::file_size(out / name, ec), 0u) << name << ": " << ec.message();
        // One line per document, in the order given: "IN -> OUT/NAME: N findings ...".
        const std::string line = (fixtures_ / name).string() + " -> " + (out / name).string();
        const auto found = result.output.find(line, at);
        EXPECT_NE(found, std::string::npos) << line << " in " << result.output;
        if (found != std::string::npos) at = found + line.size();
    }
    // A copy is a document Proviso reads like its original.
    const CommandResult copy = stdoutOf(proviso("check") + quoted(out / "tricky.odt"));
    EXPECT_EQ(copy.status, 1) << copy.output;
    EXPECT_NE(copy.output.find("[test-false-news]"), std::string::npos) << copy.output;

    // Several documents want a folder; two of the same name would overwrite each other.
    const CommandResult notAFolder =
        run(proviso("annotate") + documents() + "-o " + quoted(out / "new.odt"));
    EXPECT_EQ(notAFolder.status, 2) << notAFolder.output;
    EXPECT_NE(notAFolder.output.find("names the folder"), std::string::npos) << notAFolder.output;
    fs::remove_all(out);
    fs::create_directories(out);
    const fs::path other = testing::scratchDir("many-files-other");
    fs::copy_file(fixtures_ / "tricky.odt", other / "bill.odt");
    const CommandResult sameName = run(proviso("annotate") + quoted(fixtures_ / "bill.odt") + " " +
                                       quoted(other / "bill.odt") + " -o " + quoted(out));
    EXPECT_EQ(sameName.status, 2) << sameName.output;
    EXPECT_NE(sameName.output.find("has the same name"), std::string::npos) << sameName.output;
    EXPECT_TRUE(fs::is_regular_file(out / "bill.odt"));  // the first is still done
    fs::remove_all(out);
    fs::remove_all(other);
}

}  // namespace
}  // namespace proviso
