#include "proviso/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace proviso {

namespace {

std::string megabytes(std::uintmax_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / (1 << 20));
    std::string out = text;
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
    return out + " MB";
}

std::string tooLarge(std::uintmax_t size, std::uintmax_t maxBytes) {
    return "is " + megabytes(size) + ", more than the " + megabytes(maxBytes) +
           " Proviso reads: split it";
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

}  // namespace

std::optional<std::string> readRegularFile(const std::filesystem::path& file,
                                           std::uintmax_t maxBytes, std::string& problem) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. It changes
    // nothing for a regular file, which is all that is read below.
    const FileDescriptor fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0) {
        problem = std::string("cannot read it: ") + std::strerror(errno);
        return std::nullopt;
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        problem = std::string("cannot read it: ") + std::strerror(errno);
        return std::nullopt;
    }
    // fstat of what was opened, not stat of the name: the name may be swapped in between.
    if (!S_ISREG(info.st_mode)) {
        problem = "is not a regular file (a folder, device, pipe or socket)";
        return std::nullopt;
    }
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > maxBytes) {
        problem = tooLarge(size, maxBytes);
        return std::nullopt;
    }
    // The size may change while the file is read: read up to one byte past the limit, so that
    // a file that grew beyond it is refused rather than cut.
    std::string bytes(static_cast<std::size_t>(size), '\0');
    std::size_t done = 0;
    for (;;) {
        if (done == bytes.size()) {
            if (bytes.size() > maxBytes) {
                problem = "grew past the " + megabytes(maxBytes) + " Proviso reads: split it";
                return std::nullopt;
            }
            bytes.resize(std::min<std::uintmax_t>(bytes.size() + 4096, maxBytes + 1));
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            problem = std::string("cannot read it: ") + std::strerror(errno);
            return std::nullopt;
        }
        if (n == 0) break;
        done += static_cast<std::size_t>(n);
    }
    bytes.resize(done);
    return bytes;
}

}  // namespace proviso
