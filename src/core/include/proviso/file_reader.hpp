// Reading a file whose path came from outside: a rule pack someone downloaded, a document named
// on the command line. Whatever the path names, the read neither blocks nor runs on without end:
// a FIFO would wait for a writer forever, /dev/zero never ends, a 40 GB file would take the
// memory. POSIX only, as the rest of Proviso.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace proviso {

// The bytes of `file` if it is a regular file (after following symbolic links) of at most
// `maxBytes`; otherwise std::nullopt, and `problem` says why in words that follow the file's
// name: "cannot read it: Permission denied", "is not a regular file (a folder, device, pipe or
// socket)", "is 5.2 MB, more than the 4 MB Proviso reads: split it". Never throws but
// std::bad_alloc, and never reads more than `maxBytes` + 1 bytes, even of a file that grows.
std::optional<std::string> readRegularFile(const std::filesystem::path& file,
                                           std::uintmax_t maxBytes, std::string& problem);

}  // namespace proviso
