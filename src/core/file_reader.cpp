#include "proviso/file_reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace proviso {

namespace {

// "4 MB", "5.2 MB", "900 KB", "12 bytes": tenths rounded up, so that a file one byte over a
// 4 MB limit reads "4.1 MB", not "4 MB".
std::string readableSize(std::uintmax_t bytes) {
    const auto inTenths = [&](std::uintmax_t unit, const char* name) {
        const std::uintmax_t tenths = (bytes * 10 + unit - 1) / unit;
        std::string out = std::to_string(tenths / 10);
        if (tenths % 10 != 0) out += "." + std::to_string(tenths % 10);
        return out + name;
    };
    if (bytes >= (1u << 20)) return inTenths(1u << 20, " MB");
    if (bytes >= 1024) return inTenths(1024, " KB");
    return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::string tooLarge(std::uintmax_t size, std::uintmax_t maxBytes) {
    return "is " + readableSize(size) + ", more than the " + readableSize(maxBytes) +
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
                problem = "grew past the " + readableSize(maxBytes) + " Proviso reads: split it";
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
