// What the proviso command leaves behind when a run fails or is interrupted, and what it says
// about files it cannot use: against a real headless LibreOffice with the real extension. A
// reviewer must never be stuck (a stale lock that blocks the next run), never find debris (a
// temporary profile, an office still running) and never be told "clean" about a file that was
// not read.
#include <gtest/gtest.h>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "../../src/uno/ustring.hpp"
#include "../support/command.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"

extern char** environ;

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using testing::CommandResult;
using testing::proviso;
using testing::quoted;
using testing::run;

// The files in a folder, hidden ones included (a lock file is hidden: ".~lock.in.odt#").
std::set<std::string> filesIn(const fs::path& dir) {
    std::set<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec)) out.insert(e.path().filename().string());
    return out;
}

// The pids of the processes whose command line mentions `text`.
std::vector<pid_t> processesMentioning(const std::string& text) {
    std::vector<pid_t> out;
    std::error_code ec;
    for (const auto& proc : fs::directory_iterator("/proc", ec)) {
        const std::string name = proc.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        std::ifstream in(proc.path() / "cmdline", std::ios::binary);
        std::string cmdline((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (cmdline.find(text) != std::string::npos) out.push_back(std::stoi(name));
    }
    return out;
}

// Pipes LibreOffice left in /tmp that nobody listens on any more (a live office's are listed
// in /proc/net/unix; a killed office's file stays behind).
std::set<std::string> stalePipes() {
    std::set<std::string> listening;
    std::ifstream unix("/proc/net/unix");
    std::string line;
    while (std::getline(unix, line)) {
        const auto at = line.find("/tmp/OSL_PIPE_");
        if (at != std::string::npos) listening.insert(line.substr(at));
    }
    std::set<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator("/tmp", ec)) {
        const std::string path = e.path().string();
        if (path.rfind("/tmp/OSL_PIPE_", 0) == 0 && listening.count(path) == 0) out.insert(path);
    }
    return out;
}

bool eventually(const std::function<bool()>& condition, std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return condition();
}

// Starts proviso with `args` in the background, its temporary files under `tmpdir`.
pid_t startProviso(const std::vector<std::string>& args, const fs::path& tmpdir,
                   const fs::path& log) {
    std::vector<std::string> argv = {PROVISO_EXE};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> cargs;
    for (auto& a : argv) cargs.push_back(a.data());
    cargs.push_back(nullptr);
    std::vector<std::string> env = {"TMPDIR=" + tmpdir.string()};
    for (char** e = environ; *e != nullptr; ++e) {
        if (std::strncmp(*e, "TMPDIR=", 7) != 0) env.emplace_back(*e);
    }
    std::vector<char*> cenv;
    for (auto& e : env) cenv.push_back(e.data());
    cenv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    pid_t pid = -1;
    const int error = posix_spawn(&pid, cargs[0], &actions, nullptr, cargs.data(), cenv.data());
    posix_spawn_file_actions_destroy(&actions);
    return error == 0 ? pid : -1;
}

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Runs a shell command line as the unprivileged user "nobody" when this test runs as root (as
// CI does), so that file permissions mean what they mean for a reviewer.
std::string asUnprivileged(const std::string& command, const fs::path& home) {
    if (::geteuid() != 0) return command;
    return "setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=" + quoted(home) +
           " TMPDIR=" + quoted(home) + " " + command;
}

class FailureTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        office_ = testing::startSuite("failure-fixtures", fixtures_, {"tricky"});
        // A password-protected copy, as a reviewer might be sent one.
        auto doc = office_->open(fs::path(PROVISO_FIXTURES) / "tricky.fodt");
        css::uno::Sequence<css::beans::PropertyValue> args(3);
        args.getArray()[0].Name = "FilterName";
        args.getArray()[0].Value <<= rtl::OUString("writer8");
        args.getArray()[1].Name = "Password";
        args.getArray()[1].Value <<= rtl::OUString("secret");
        args.getArray()[2].Name = "Overwrite";
        args.getArray()[2].Value <<= true;
        css::uno::Reference<css::frame::XStorable>(doc, css::uno::UNO_QUERY_THROW)
            ->storeToURL(uno::toOUString("file://" + (fixtures_ / "locked.odt").string()), args);
        cli::OfficeSession::close(doc);
    }
    static void TearDownTestSuite() { testing::endSuite(office_, fixtures_); }

    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        std::string name = std::string(info->name());
        for (char& c : name) {
            if (c == '/') c = '-';
        }
        dir_ = testing::scratchDir("failure-" + name);
        docs_ = dir_ / "docs";
        tmp_ = dir_ / "tmp";
        fs::create_directories(docs_);
        fs::create_directories(tmp_);
        fs::copy_file(fixtures_ / "tricky.odt", docs_ / "in.odt");
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Nothing of a run is left: no office process of it, nothing in its TMPDIR, no pipe in
    // /tmp that nobody listens on, and only `expected` in the documents' folder.
    void expectNothingLeft(const std::set<std::string>& pipesBefore,
                           const std::set<std::string>& expected) {
        EXPECT_TRUE(eventually([&] { return processesMentioning(tmp_.string()).empty(); },
                               std::chrono::seconds(15)))
            << "an office of the run is still running";
        EXPECT_TRUE(eventually([&] { return filesIn(tmp_).empty(); }, std::chrono::seconds(15)))
            << "left in TMPDIR: " << ::testing::PrintToString(filesIn(tmp_));
        std::set<std::string> leftPipes;
        for (const auto& p : stalePipes()) {
            if (pipesBefore.count(p) == 0) leftPipes.insert(p);
        }
        EXPECT_TRUE(leftPipes.empty()) << ::testing::PrintToString(leftPipes);
        EXPECT_EQ(filesIn(docs_), expected);
    }

    static std::unique_ptr<cli::OfficeSession> office_;
    static fs::path fixtures_;
    fs::path dir_, docs_, tmp_;
};

std::unique_ptr<cli::OfficeSession> FailureTest::office_;
fs::path FailureTest::fixtures_;

// Repro of issue 9: an annotate that failed left ".~lock.in.odt#", and every later run on the
// file then stopped at "LibreOffice cannot open it".
TEST_F(FailureTest, AFailedRunLeavesNoLockAndTheNextRunWorks) {
    fs::create_directory(docs_ / "out.odt");
    const CommandResult folder =
        run(proviso("annotate") + quoted(docs_ / "in.odt") + " -o " + quoted(docs_ / "out.odt"));
    EXPECT_EQ(folder.status, 2) << folder.output;
    EXPECT_NE(folder.output.find("out.odt: is a folder"), std::string::npos) << folder.output;
    fs::remove(docs_ / "out.odt");

    // A failure once the office has the document open: a damaged package.
    std::ofstream(docs_ / "broken.odt", std::ios::binary) << "PK\x03\x04 not really a package";
    const CommandResult broken = run(proviso("annotate") + quoted(docs_ / "broken.odt") + " -o " +
                                     quoted(docs_ / "out.odt"));
    EXPECT_EQ(broken.status, 2) << broken.output;

    const CommandResult check = run(proviso("check") + quoted(docs_ / "in.odt"));
    EXPECT_EQ(check.status, 1) << check.output;
    const CommandResult annotate =
        run(proviso("annotate") + quoted(docs_ / "in.odt") + " -o " + quoted(docs_ / "out.odt"));
    EXPECT_EQ(annotate.status, 0) << annotate.output;
    const CommandResult report =
        run(proviso("report") + quoted(docs_ / "in.odt") + " -o " + quoted(docs_ / "table.odt"));
    EXPECT_EQ(report.status, 1) << report.output;
    // Inputs are opened read-only: no run locked anything, so nothing was left to go stale.
    EXPECT_EQ(filesIn(docs_),
              (std::set<std::string>{"in.odt", "broken.odt", "out.odt", "table.odt"}));
}

class InterruptedRun : public FailureTest, public ::testing::WithParamInterface<int> {};

TEST_P(InterruptedRun, LeavesNothingBehind) {
    const int signal = GetParam();
    const auto pipesBefore = stalePipes();
    const pid_t pid =
        startProviso({"annotate", (docs_ / "in.odt").string(), "-o", (docs_ / "out.odt").string()},
                     tmp_, dir_ / "log");
    ASSERT_GT(pid, 0);
    // Interrupted while its office is up and working.
    ASSERT_TRUE(eventually(
        [&] {
            for (pid_t p : processesMentioning(tmp_.string())) {
                std::ifstream in("/proc/" + std::to_string(p) + "/cmdline");
                std::string cmdline;
                std::getline(in, cmdline, '\0');
                if (cmdline.find("soffice.bin") != std::string::npos) return true;
            }
            return false;
        },
        std::chrono::seconds(60)))
        << readAll(dir_ / "log");
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    ASSERT_EQ(::kill(pid, signal), 0);
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    // It ends as that signal says, as a well-behaved command does (exit status 128 + signal).
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal) << readAll(dir_ / "log");
    expectNothingLeft(pipesBefore, {"in.odt"});
    // And the file is not blocked for the next run.
    const CommandResult check = run(proviso("check") + quoted(docs_ / "in.odt"));
    EXPECT_EQ(check.status, 1) << check.output;
}

INSTANTIATE_TEST_SUITE_P(Signals, InterruptedRun, ::testing::Values(SIGINT, SIGTERM, SIGKILL),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return std::string(sigabbrev_np(info.param));
                         });

TEST_F(FailureTest, ACompletedRunLeavesNothingBehind) {
    const auto pipesBefore = stalePipes();
    const pid_t pid =
        startProviso({"annotate", (docs_ / "in.odt").string(), "-o", (docs_ / "out.odt").string()},
                     tmp_, dir_ / "log");
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << readAll(dir_ / "log");
    expectNothingLeft(pipesBefore, {"in.odt", "out.odt"});
}

// A reviewer is often sent a file they may only read; it was opened for writing and failed
// with "type detection failed".
TEST_F(FailureTest, AReadOnlyInputIsCheckedAnnotatedAndReported) {
    fs::permissions(dir_, fs::perms::all);
    fs::permissions(docs_, fs::perms::all);
    fs::permissions(tmp_, fs::perms::all);
    fs::permissions(docs_ / "in.odt",
                    fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const CommandResult check =
        run(asUnprivileged(proviso("check") + quoted(docs_ / "in.odt"), tmp_));
    EXPECT_EQ(check.status, 1) << check.output;
    EXPECT_NE(check.output.find("[test-false-news]"), std::string::npos) << check.output;
    const CommandResult annotate = run(asUnprivileged(
        proviso("annotate") + quoted(docs_ / "in.odt") + " -o " + quoted(docs_ / "out.odt"), tmp_));
    EXPECT_EQ(annotate.status, 0) << annotate.output;
    const CommandResult report = run(asUnprivileged(
        proviso("report") + quoted(docs_ / "in.odt") + " -o " + quoted(docs_ / "table.docx"),
        tmp_));
    EXPECT_EQ(report.status, 1) << report.output;
    EXPECT_EQ(filesIn(docs_), (std::set<std::string>{"in.odt", "out.odt", "table.docx"}));
}

TEST_F(FailureTest, AnUnwritableOutputFolderIsNamed) {
    const fs::path locked = dir_ / "locked";
    fs::create_directory(locked);
    fs::permissions(dir_, fs::perms::all);
    fs::permissions(docs_, fs::perms::all);
    fs::permissions(tmp_, fs::perms::all);
    fs::permissions(locked, fs::perms::owner_all | fs::perms::group_read | fs::perms::others_read |
                                fs::perms::group_exec | fs::perms::others_exec);
    const CommandResult result = run(asUnprivileged(
        proviso("annotate") + quoted(docs_ / "in.odt") + " -o " + quoted(locked / "out.odt"),
        tmp_));
    EXPECT_EQ(result.status, 2) << result.output;
    EXPECT_NE(result.output.find("the folder " + locked.string() + " is not writable"),
              std::string::npos)
        << result.output;
    EXPECT_EQ(result.output.find("0xc10"), std::string::npos) << result.output;
    const CommandResult missing = run(proviso("annotate") + quoted(docs_ / "in.odt") + " -o " +
                                      quoted(dir_ / "no-such-folder" / "out.odt"));
    EXPECT_EQ(missing.status, 2) << missing.output;
    EXPECT_NE(missing.output.find("no-such-folder does not exist"), std::string::npos)
        << missing.output;
    EXPECT_TRUE(filesIn(locked).empty());
}

// LibreOffice takes only UTF-8 file names; a Latin-1 name was mangled into U+FFFD, the run
// failed and left a temporary file next to the output.
TEST_F(FailureTest, FileNamesThatAreNotUtf8) {
    const std::string input =
                          "d\xe9"
                          "cret.odt",
                      output = "annot\xe9.odt";
    fs::rename(docs_ / "in.odt", docs_ / input);
    const CommandResult annotate =
        run(proviso("annotate") + quoted(docs_ / input) + " -o " + quoted(docs_ / output));
    EXPECT_EQ(annotate.status, 0) << annotate.output;
    EXPECT_EQ(filesIn(docs_), (std::set<std::string>{input, output}));
    const CommandResult check = run(proviso("check") + quoted(docs_ / output));
    EXPECT_EQ(check.status, 1) << check.output;
    EXPECT_NE(check.output.find("[test-false-news]"), std::string::npos) << check.output;
}

struct Hostile {
    const char* name;
    std::string bytes;   // empty: a prepared fixture of that name
    const char* reason;  // what the message must say
};

// Files that are not what their name says get a reason, and nothing is written for them: a
// 0-byte .odt was checked "clean", random bytes named .docx were read as text.
TEST_F(FailureTest, FilesThatAreNotDocumentsGetAReason) {
    std::mt19937 random(9);
    std::string noise(4096, '\0');
    for (char& c : noise) c = static_cast<char>(random());
    noise[0] = 'x';  // not by chance a ZIP or OLE signature
    const Hostile cases[] = {
        {"empty.odt", std::string(), "is empty (0 bytes)"},
        {"noise.docx", noise, "is not a .docx document (it is not a ZIP package)"},
        {"noise.rtf", noise, "LibreOffice could read it only as plain text"},
        {"truncated.odt", "PK\x03\x04 and nothing a package has", "it is damaged"},
        {"locked.odt", std::string(), "password-protected"},
        // An encrypted Word file is an OLE compound file, not a ZIP package. (LibreOffice 7.4
        // cannot write one through the API, so only its signature is made here.)
        {"locked.docx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'),
         "password-protected"},
    };
    for (const Hostile& h : cases) {
        const fs::path file = docs_ / h.name;
        if (std::string(h.name) == "locked.odt") {
            fs::copy_file(fixtures_ / h.name, file);
        } else {
            std::ofstream(file, std::ios::binary) << h.bytes;
        }
        const CommandResult check = run(proviso("check") + quoted(file));
        EXPECT_EQ(check.status, 2) << h.name << ": " << check.output;
        EXPECT_NE(check.output.find(std::string(h.name) + ": "), std::string::npos) << check.output;
        EXPECT_NE(check.output.find(h.reason), std::string::npos) << h.name << ": " << check.output;
        const CommandResult annotate =
            run(proviso("annotate") + quoted(file) + " -o " + quoted(docs_ / "out.odt"));
        EXPECT_EQ(annotate.status, 2) << h.name << ": " << annotate.output;
        EXPECT_FALSE(fs::exists(docs_ / "out.odt")) << h.name;
    }
}

}  // namespace
}  // namespace proviso
