// Running the real proviso command from tests, as a user would from a shell.
#pragma once

#include <sys/wait.h>
#include <cstdio>
#include <filesystem>
#include <string>

namespace proviso::testing {

struct CommandResult {
    int status = -1;     // exit status, -1 if the command did not exit normally
    std::string output;  // standard output and standard error, interleaved
};

inline CommandResult run(const std::string& command) {
    CommandResult result;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr) return result;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) {
        result.output.append(buffer, n);
    }
    const int status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// The command line for `subcommand` (which may carry options). Commands that scan get only the
// fixed test pack (tests/fixtures/rules), so that tests check the program and not whatever the
// shipped packs say this month; clear takes no rules.
inline std::string proviso(const std::string& subcommand) {
    const std::string command = std::string(PROVISO_EXE) + " " + subcommand + " ";
    if (subcommand.rfind("clear", 0) == 0) return command;
    return command + "--no-default-rules --rules " + PROVISO_FIXTURES + "/rules ";
}

}  // namespace proviso::testing
