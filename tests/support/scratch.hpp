// Folders and fixture copies for the tests that run against a real office.
#pragma once

#include <unistd.h>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string>

#include "office.hpp"

namespace proviso::testing {

// An empty folder for one test or suite, named after it and this process.
inline std::filesystem::path scratchDir(const std::string& name) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                      ("proviso-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// The fixtures are kept as readable flat ODF: saves tests/fixtures/<name>.fodt into `dir` as
// <name>.<format> for each format (odt, docx).
inline void saveFixture(cli::OfficeSession& office, const std::string& name,
                        const std::filesystem::path& dir,
                        std::initializer_list<const char*> formats = {"odt", "docx"}) {
    auto doc = office.open(std::filesystem::path(PROVISO_FIXTURES) / (name + ".fodt"));
    for (const char* format : formats) office.saveAs(doc, dir / (name + "." + format));
    cli::OfficeSession::close(doc);
}

// Starts the office a test suite shares, with the real extension installed, and saves the
// suite's fixtures into a fresh scratch folder `dir` named after it.
inline std::unique_ptr<cli::OfficeSession> startSuite(const std::string& name,
                                                      std::filesystem::path& dir,
                                                      std::initializer_list<const char*> fixtures) {
    auto office = std::make_unique<cli::OfficeSession>(cli::OfficeOptions{.oxt = PROVISO_OXT});
    dir = scratchDir(name);
    for (const char* fixture : fixtures) saveFixture(*office, fixture, dir);
    return office;
}

// Stops the suite's office and removes its folder.
inline void endSuite(std::unique_ptr<cli::OfficeSession>& office,
                     const std::filesystem::path& dir) {
    office.reset();
    std::filesystem::remove_all(dir);
}

}  // namespace proviso::testing
