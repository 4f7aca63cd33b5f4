// Folders and fixture copies for the tests that run against a real office.
#pragma once

#include <unistd.h>
#include <filesystem>
#include <initializer_list>
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

}  // namespace proviso::testing
