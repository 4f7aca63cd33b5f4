#include "office.hpp"

#include <rtl/digest.h>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/document/BrokenPackageRequest.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionApprove.hpp>
#include <com/sun/star/task/XInteractionDisapprove.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/ucb/IOErrorCode.hpp>
#include <com/sun/star/ucb/InteractiveIOException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include "../uno/ustring.hpp"
#include "proviso/utf.hpp"

extern char** environ;

namespace proviso::cli {

namespace fs = std::filesystem;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using proviso::uno::toOUString;
using proviso::uno::toUtf8;

namespace {

std::string fileUrl(const fs::path& path) {
    rtl::OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(toOUString(fs::absolute(path).string()), url) !=
        osl::FileBase::E_None) {
        throw OfficeError("cannot turn path into a URL: " + path.string());
    }
    return toUtf8(url);
}

std::string randomSuffix() {
    std::random_device device;
    std::mt19937_64 generator(device());
    std::ostringstream out;
    out << std::hex << generator();
    return out.str();
}

css::beans::PropertyValue property(const char* name, css::uno::Any value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = std::move(value);
    return p;
}

struct SpawnOptions {
    bool ownGroup = false;  // in a process group of its own, so it can be stopped as a whole
    int input = -1;         // the child's standard input; -1: /dev/null
    std::vector<std::string> environment{};  // NAME=value entries that replace inherited ones
};

// Starts `argv` with its output appended to `log`. Returns the pid, or -1 with errno-style
// `error` set.
pid_t spawn(const std::vector<std::string>& argv, const fs::path& log, const SpawnOptions& how,
            int& error) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> env = how.environment;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string_view entry(*e);
        const auto name = entry.substr(0, entry.find('=') + 1);
        bool replaced = false;
        for (const auto& own : how.environment) replaced |= own.rfind(name, 0) == 0;
        if (!replaced) env.emplace_back(entry);
    }
    std::vector<char*> envp;
    for (auto& e : env) envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (how.input >= 0) {
        posix_spawn_file_actions_adddup2(&actions, how.input, 0);
    } else {
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    }
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    if (how.ownGroup) {
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
    }
    pid_t pid = -1;
    error = posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    return error == 0 ? pid : -1;
}

// Runs a program to completion with its output in `log`; returns its exit status.
int runQuietly(const std::vector<std::string>& argv, const fs::path& log) {
    int error = 0;
    const pid_t pid = spawn(argv, log, {}, error);
    if (pid < 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The office runs in a process group of its own, so that Ctrl-C in a terminal reaches only
// proviso. These handlers stop the offices first, then end the process as the signal would;
// the watchdogs then remove the sessions' folders. Only async-signal-safe calls.
std::array<volatile sig_atomic_t, kMaxOffices> runningOfficeGroups{};

void stopOfficesAndExit(int signal) {
    for (auto& group : runningOfficeGroups) {
        if (group > 0) kill(-static_cast<pid_t>(group), SIGKILL);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void watchForInterruption(pid_t group, bool running) {
    static std::mutex mutex;
    std::lock_guard<std::mutex> lock(mutex);
    for (auto& slot : runningOfficeGroups) {
        if (running && slot == 0) {
            slot = group;
            break;
        }
        if (!running && slot == group) slot = 0;
    }
    if (running) {
        for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, &stopOfficesAndExit);
        // The UNO bridge writes to the office's pipe from a thread of its own: a release still
        // on its way when a stopped office's end of the pipe closes would end this process with
        // SIGPIPE (exit 141) after its work was done. Ignored, the write fails with EPIPE, which
        // the bridge takes as the office gone, as it is.
        std::signal(SIGPIPE, SIG_IGN);
    }
}

// Run by /bin/sh, its input a pipe from this process: lines "group PID" and "remove PATH" tell
// it what to clean up, "done" that the session ended well. If the pipe closes without "done"
// (this process died), it kills the office's group and removes the paths; the first argument is
// the session's folder. It ignores the signals a terminal sends, so Ctrl-C cannot stop it first.
constexpr const char* kWatchdogScript = R"(trap '' INT TERM HUP QUIT
group=
while IFS= read -r line; do
  case $line in
    done) exit 0 ;;
    'group '*) group=${line#group } ;;
    'remove '*) set -- "$@" "${line#remove }" ;;
  esac
done
if [ -n "$group" ]; then kill -9 "-$group" 2>/dev/null; sleep 0.2; fi
rm -rf -- "$@"
)";

// Where LibreOffice puts its pipes: always in /tmp, whatever TMPDIR says (sal's osl pipes), so
// an office that is killed leaves them there. One is the pipe it is asked to accept calls on;
// the other it keeps to be the only instance on its profile, named after the MD5 of the
// profile's URL in UTF-16, in hex without leading zeros (desktop/source/app/officeipcthread.cxx).
// Both are known before the office starts, so the watchdog can remove them however early the
// run is stopped.
std::vector<fs::path> officePipes(const std::string& acceptName, const std::string& profileUrl) {
    const std::string prefix = "/tmp/OSL_PIPE_" + std::to_string(::getuid()) + "_";
    const rtl::OUString url = toOUString(profileUrl);
    std::array<sal_uInt8, RTL_DIGEST_LENGTH_MD5> md5{};
    rtl_digest_MD5(url.getStr(), static_cast<sal_uInt32>(url.getLength() * sizeof(sal_Unicode)),
                   md5.data(), md5.size());
    std::ostringstream hash;
    hash << std::hex;
    for (sal_uInt8 byte : md5) hash << static_cast<int>(byte);
    return {prefix + acceptName, prefix + "SingleOfficeIPC_" + hash.str()};
}

std::string lowerExtension(const fs::path& file) {
    std::string ext = file.extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

bool isPlainTextExtension(const std::string& ext) {
    return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".csv";
}

// Records why LibreOffice could not load a document, and answers every question it asks with
// "no": a password is never guessed, a damaged package never repaired behind the user's back.
class LoadInteraction final : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        const css::uno::Any what = request->getRequest();
        const rtl::OUString type = what.getValueTypeName();
        if (type.indexOf("PasswordRequest") >= 0) {
            reason_ =
                "it is password-protected (encrypted); Proviso cannot read encrypted "
                "documents: check an unprotected copy";
        } else if (css::document::BrokenPackageRequest broken; what >>= broken) {
            reason_ =
                "it is damaged (LibreOffice could only try to repair it): open it in "
                "Writer, save a repaired copy and check that";
        } else if (css::ucb::InteractiveIOException io; what >>= io) {
            reason_ = ioReason(io);
        } else if (css::uno::Exception e; what >>= e) {
            if (reason_.empty()) reason_ = toUtf8(e.Message);
        }
        // Abort where offered; otherwise the most cautious answer there is.
        const auto continuations = request->getContinuations();
        for (const char* wanted : {"Abort", "Disapprove", "Approve"}) {
            for (const auto& c : continuations) {
                const bool matches =
                    (std::strcmp(wanted, "Abort") == 0 &&
                     Reference<css::task::XInteractionAbort>(c, UNO_QUERY).is()) ||
                    (std::strcmp(wanted, "Disapprove") == 0 &&
                     Reference<css::task::XInteractionDisapprove>(c, UNO_QUERY).is()) ||
                    (std::strcmp(wanted, "Approve") == 0 && type.indexOf("Password") < 0 &&
                     type.indexOf("BrokenPackage") < 0 &&
                     Reference<css::task::XInteractionApprove>(c, UNO_QUERY).is());
                if (matches) {
                    c->select();
                    return;
                }
            }
        }
    }

    const std::string& reason() const { return reason_; }

private:
    static std::string ioReason(const css::ucb::InteractiveIOException& io) {
        switch (io.Code) {
            case css::ucb::IOErrorCode_ACCESS_DENIED:
            case css::ucb::IOErrorCode_LOCKING_VIOLATION:
                return "permission denied";
            case css::ucb::IOErrorCode_NOT_EXISTING:
            case css::ucb::IOErrorCode_NOT_EXISTING_PATH:
                return "no such file";
            case css::ucb::IOErrorCode_WRONG_FORMAT:
            case css::ucb::IOErrorCode_CANT_READ:
                return "it is damaged or not a document LibreOffice can read";
            default:
                return toUtf8(io.Message).empty() ? "LibreOffice could not read it"
                                                  : toUtf8(io.Message);
        }
    }

    std::string reason_;
};

std::string errnoText(int error) { return std::strerror(error); }

}  // namespace

void checkWritableTarget(const fs::path& file) {
    std::error_code ec;
    const fs::path target = fs::absolute(file, ec);
    if (fs::is_directory(target, ec)) {
        throw OfficeError(file.string() + ": is a folder; name the file to write");
    }
    filterForExtension(file);
    const fs::path folder = target.parent_path();
    if (!fs::is_directory(folder, ec)) {
        throw OfficeError(file.string() + ": cannot save there: the folder " + folder.string() +
                          " does not exist");
    }
    if (access(folder.c_str(), W_OK | X_OK) != 0) {
        throw OfficeError(file.string() + ": cannot save there: the folder " + folder.string() +
                          " is not writable (" + errnoText(errno) + ")");
    }
}

void checkReadableDocument(const fs::path& file) {
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (!fs::exists(status)) throw OfficeError(file.string() + ": no such file");
    if (fs::is_directory(status)) {
        throw OfficeError(file.string() + ": is a folder, not a document");
    }
    if (!fs::is_regular_file(status)) {
        throw OfficeError(file.string() + ": is not a regular file (a device, pipe or socket)");
    }
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) throw OfficeError(file.string() + ": cannot read it: " + errnoText(errno));
    std::array<unsigned char, 8> head{};
    const ssize_t got = ::read(fd, head.data(), head.size());
    const int readError = errno;
    ::close(fd);
    if (got < 0) throw OfficeError(file.string() + ": cannot read it: " + errnoText(readError));
    if (got == 0) throw OfficeError(file.string() + ": is empty (0 bytes): not a document");
    const std::string ext = lowerExtension(file);
    const bool zipFormat = ext == ".odt" || ext == ".ott" || ext == ".docx" || ext == ".docm" ||
                           ext == ".dotx" || ext == ".dotm";
    if (!zipFormat) return;
    const bool zip = got >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    const bool ole =
        got >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0;
    if (zip) return;
    if (ole && ext != ".odt" && ext != ".ott") {
        throw OfficeError(file.string() +
                          ": is password-protected (an encrypted Word file), or an old .doc "
                          "renamed; Proviso cannot read encrypted documents: check an "
                          "unprotected copy");
    }
    throw OfficeError(file.string() + ": is not a " + ext +
                      " document (it is not a ZIP package): damaged, or another kind of file "
                      "renamed");
}

std::string filterForExtension(const fs::path& file) {
    const std::string ext = lowerExtension(file);
    if (ext == ".odt") return "writer8";
    if (ext == ".docx") return "MS Word 2007 XML";
    throw OfficeError(file.string() + ": cannot write this format (use .odt or .docx)");
}

OfficeSession::OfficeSession(OfficeOptions options) : options_(std::move(options)) {
    if (!fs::is_regular_file(options_.oxt)) {
        throw OfficeError("extension not found: " + options_.oxt.string() +
                          " (build it, or set PROVISO_OXT)");
    }
    if (!fs::exists(options_.program / "soffice")) {
        throw OfficeError("LibreOffice not found in " + options_.program.string() +
                          " (run packaging/install-deps.sh)");
    }
    std::string templ = (fs::temp_directory_path() / "proviso-office-XXXXXX").string();
    if (mkdtemp(templ.data()) == nullptr) {
        throw OfficeError(std::string("cannot create a temporary folder: ") + std::strerror(errno));
    }
    workDir_ = templ;
    try {
        startWatchdog();
        start();
        connect();
    } catch (...) {
        stop();
        throw;
    }
}

OfficeSession::~OfficeSession() { stop(); }

std::string OfficeSession::officeLog() const {
    std::ifstream in(workDir_ / "soffice.log");
    std::ostringstream out;
    out << in.rdbuf();
    std::string text = out.str();
    if (text.size() > 4000) text = "..." + text.substr(text.size() - 4000);
    return text;
}

void OfficeSession::startWatchdog() {
    if (std::getenv("PROVISO_KEEP_OFFICE_DIR") != nullptr) return;  // debugging: keep it all
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        throw OfficeError(std::string("cannot start the clean-up watchdog: ") +
                          std::strerror(errno));
    }
    int error = 0;
    SpawnOptions how;
    how.ownGroup = true;
    how.input = fds[0];
    watchdog_ = spawn({"/bin/sh", "-c", kWatchdogScript, "proviso-watchdog", workDir_.string()},
                      "/dev/null", how, error);
    ::close(fds[0]);
    if (watchdog_ < 0) {
        ::close(fds[1]);
        throw OfficeError("cannot start the clean-up watchdog: " + errnoText(error));
    }
    watchdogInput_ = fds[1];
}

void OfficeSession::tellWatchdog(const std::string& line) {
    if (watchdogInput_ < 0 || line.find('\n') != std::string::npos) return;
    const std::string text = line + "\n";
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(watchdogInput_, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // the watchdog is gone; nothing better to do than go on
        done += static_cast<std::size_t>(n);
    }
}

void OfficeSession::start() {
    // The extension is unpacked where the office looks for bundled extensions: it is then
    // registered into the fresh private profile at start-up, with no unopkg run (which refuses
    // to work as root) and nothing written outside this session's folder.
    const fs::path bundled = workDir_ / "extensions";
    const fs::path unpacked = bundled / "proviso";
    fs::create_directories(unpacked);
    const fs::path tmp = workDir_ / "tmp";
    fs::create_directories(tmp);
    const fs::path log = workDir_ / "soffice.log";
    if (runQuietly({"unzip", "-q", "-o", options_.oxt.string(), "-d", unpacked.string()}, log) !=
        0) {
        throw OfficeError("cannot unpack " + options_.oxt.string() + ": " + officeLog());
    }
    pipeName_ = "proviso-" + std::to_string(getpid()) + "-" + randomSuffix();
    const std::string profileUrl =
        fileUrl(options_.profile.empty() ? workDir_ / "profile" : options_.profile);
    officePipes_ = officePipes(pipeName_, profileUrl);
    for (const auto& p : officePipes_) tellWatchdog("remove " + p.string());
    std::vector<std::string> argv = {
        (options_.program / "soffice").string(),
        "-env:UserInstallation=" + profileUrl,
        "-env:BUNDLED_EXTENSIONS=" + fileUrl(bundled),
        "--norestore",
        "--nologo",
        "--nodefault",
        "--nofirststartwizard",
        "--nolockcheck",
        "--accept=pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext",
    };
    if (options_.headless) {
        argv.insert(argv.begin() + 3, "--headless");
        argv.insert(argv.begin() + 4, "--invisible");
    }
    int error = 0;
    SpawnOptions how;
    how.ownGroup = true;
    // Its temporary files (lu*.tmp) go into the session's folder, removed with it.
    how.environment = {"TMPDIR=" + tmp.string()};
    pid_ = spawn(argv, log, how, error);
    if (pid_ < 0) throw OfficeError("cannot start " + argv[0] + ": " + std::strerror(error));
    tellWatchdog("group " + std::to_string(pid_));
    watchForInterruption(pid_, true);
}

void OfficeSession::connect() {
    // The local side needs our own types (proviso.rdb) besides the office's, or calls that
    // carry them could not be marshalled over the bridge.
    const fs::path ini = workDir_ / "uno.ini";
    {
        std::ofstream out(ini);
        const fs::path program = options_.program;
        out << "[Bootstrap]\n"
            << "URE_INTERNAL_LIB_DIR=" << fileUrl(program) << "\n"
            << "LO_LIB_DIR=" << fileUrl(program) << "\n"
            << "UNO_TYPES=" << fileUrl(program / "types.rdb") << " "
            << fileUrl(program / "types" / "offapi.rdb") << " "
            << fileUrl(workDir_ / "extensions" / "proviso" / "proviso.rdb") << "\n"
            << "UNO_SERVICES=" << fileUrl(program / "services.rdb") << "\n";
    }
    Reference<css::uno::XComponentContext> local;
    try {
        // Several sessions may start at once on threads of their own (the command's --jobs);
        // the bootstrap reads process-wide settings, so one at a time: it takes milliseconds.
        static std::mutex bootstrapping;
        std::lock_guard<std::mutex> lock(bootstrapping);
        local = cppu::defaultBootstrap_InitialComponentContext(toOUString(fileUrl(ini)));
    } catch (const css::uno::Exception& e) {
        throw OfficeError("cannot start the UNO runtime: " + toUtf8(e.Message));
    }
    Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(local);
    const auto deadline = std::chrono::steady_clock::now() + options_.startTimeout;
    const rtl::OUString url =
        toOUString("uno:pipe,name=" + pipeName_ + ";urp;StarOffice.ComponentContext");
    while (true) {
        try {
            remote_.set(resolver->resolve(url), UNO_QUERY_THROW);
            break;
        } catch (const css::connection::NoConnectException&) {
            // not listening yet
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            watchForInterruption(pid_, false);
            pid_ = -1;
            throw OfficeError("LibreOffice exited while starting:\n" + officeLog());
        }
        if (std::chrono::steady_clock::now() > deadline) {
            throw OfficeError("LibreOffice did not answer within " +
                              std::to_string(options_.startTimeout.count()) + " s:\n" +
                              officeLog());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

void OfficeSession::stop() {
    const bool keep = std::getenv("PROVISO_KEEP_OFFICE_DIR") != nullptr;
    // A profile of the session's own is thrown away with its folder, and every output is
    // already saved: nothing is lost by stopping that office at once, which spares the
    // 0.4 s a clean exit takes (a fixed cost of every run, and of every office of --jobs). A
    // kept profile gets a clean exit, which stores its settings.
    const bool graceful = !options_.profile.empty() || keep;
    if (remote_.is() && graceful) {
        try {
            Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(remote_);
            desktop->terminate();
        } catch (const css::uno::Exception&) {
            // The bridge drops as the office exits; that is the expected way for this to end.
        }
    }
    remote_.clear();
    if (pid_ > 0) {
        // Give it time to exit by itself, then make sure.
        int status = 0;
        bool exited = false;
        for (int i = 0; i < 100 && graceful && !exited; ++i) {
            exited = waitpid(pid_, &status, WNOHANG) == pid_;
            if (!exited) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        if (!exited) {
            kill(-pid_, SIGKILL);
            waitpid(pid_, &status, 0);
        }
        kill(-pid_, SIGKILL);  // anything of its group still left over
        watchForInterruption(pid_, false);
        pid_ = -1;
    }
    std::error_code ec;
    // An office that exits cleanly removes its pipes; one that had to be killed does not.
    for (const auto& p : officePipes_) {
        if (fs::is_socket(fs::symlink_status(p, ec))) fs::remove(p, ec);
    }
    officePipes_.clear();
    if (!workDir_.empty() && !keep) fs::remove_all(workDir_, ec);
    if (watchdogInput_ >= 0) {
        tellWatchdog("done");
        ::close(watchdogInput_);
        watchdogInput_ = -1;
    }
    if (watchdog_ > 0) {
        int status = 0;
        while (waitpid(watchdog_, &status, 0) < 0 && errno == EINTR) {
        }
        watchdog_ = -1;
    }
}

fs::path OfficeSession::scratchFile(const fs::path& like) {
    // ASCII names: LibreOffice takes only UTF-8 file names, whatever the user's are.
    return workDir_ / ("file-" + std::to_string(++scratchCount_) + lowerExtension(like));
}

Reference<css::text::XTextDocument> OfficeSession::open(const fs::path& file, OpenOptions how) {
    checkReadableDocument(file);
    fs::path source = file;
    if (!isValidUtf8(file.string())) {
        source = scratchFile(file);
        std::error_code ec;
        if (!fs::copy_file(file, source, ec)) {
            throw OfficeError(file.string() + ": cannot read it: " + ec.message());
        }
    }
    Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(remote_);
    auto* interaction = new LoadInteraction;
    const Reference<css::task::XInteractionHandler> handler(interaction);
    Sequence<css::beans::PropertyValue> args(5);
    args.getArray()[0] = property("Hidden", css::uno::Any(!how.withView));
    args.getArray()[1] = property("ReadOnly", css::uno::Any(how.readOnly));
    args.getArray()[2] = property("InteractionHandler", css::uno::Any(handler));
    args.getArray()[3] =
        property("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE));
    args.getArray()[4] =
        property("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE));
    Reference<css::lang::XComponent> component;
    std::string failure;
    try {
        component = desktop->loadComponentFromURL(toOUString(fileUrl(source)), "_blank", 0, args);
    } catch (const css::uno::Exception& e) {
        failure = toUtf8(e.Message);
    }
    if (!component.is()) {
        const std::string why = !interaction->reason().empty() ? interaction->reason()
                                : !failure.empty()
                                    ? failure
                                    : "it is damaged or not a document LibreOffice can read";
        throw OfficeError(file.string() + ": LibreOffice cannot open it: " + why);
    }
    auto discard = [&] {
        Reference<css::util::XCloseable> closeable(component, UNO_QUERY);
        try {
            if (closeable.is()) closeable->close(true);
        } catch (const css::uno::Exception&) {
            // it is being thrown away; the error below is what matters
        }
    };
    Reference<css::text::XTextDocument> doc(component, UNO_QUERY);
    if (!doc.is()) {
        discard();
        throw OfficeError(file.string() + ": not a text document");
    }
    // LibreOffice reads anything it cannot place as plain text: random bytes named .docx would
    // come out as a page of noise, checked "clean".
    const std::string ext = lowerExtension(file);
    if (!isPlainTextExtension(ext)) {
        Reference<css::frame::XModel> model(doc, UNO_QUERY);
        rtl::OUString filter;
        if (model.is()) {
            for (const auto& arg : model->getArgs()) {
                if (arg.Name == "FilterName") arg.Value >>= filter;
            }
        }
        if (filter.startsWith("Text")) {
            discard();
            throw OfficeError(file.string() + ": is not a " +
                              (ext.empty() ? std::string("word-processor") : ext) +
                              " document: LibreOffice could read it only as plain text "
                              "(damaged, or another kind of file renamed)");
        }
    }
    return doc;
}

Reference<css::text::XTextDocument> OfficeSession::newDocument() {
    Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(remote_);
    Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0] = property("Hidden", css::uno::Any(true));
    Reference<css::text::XTextDocument> doc(
        desktop->loadComponentFromURL("private:factory/swriter", "_blank", 0, args), UNO_QUERY);
    if (!doc.is()) throw OfficeError("LibreOffice cannot create a new text document");
    return doc;
}

void OfficeSession::saveAs(const Reference<css::text::XTextDocument>& doc, const fs::path& file) {
    checkWritableTarget(file);
    const std::string filter = filterForExtension(file);
    const fs::path target = fs::absolute(file);
    const fs::path staged = scratchFile(file);
    Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0] = property("FilterName", css::uno::Any(toOUString(filter)));
    args.getArray()[1] = property("Overwrite", css::uno::Any(true));
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY_THROW);
    try {
        storable->storeToURL(toOUString(fileUrl(staged)), args);
    } catch (const css::uno::Exception& e) {
        std::error_code ec;
        fs::remove(staged, ec);
        throw OfficeError(file.string() +
                          ": LibreOffice cannot save the document: " + toUtf8(e.Message));
    }
    // Into place: a rename where the session's folder is on the same file system, otherwise a
    // copy beside the target (that the watchdog knows of) renamed over it.
    if (::rename(staged.c_str(), target.c_str()) == 0) return;
    if (errno != EXDEV) {
        const int error = errno;
        std::error_code ec;
        fs::remove(staged, ec);
        throw OfficeError(file.string() + ": cannot save it in " + target.parent_path().string() +
                          ": " + errnoText(error));
    }
    const fs::path beside = target.parent_path() / (".proviso-" + randomSuffix() + ".tmp");
    tellWatchdog("remove " + beside.string());
    std::error_code ec;
    fs::copy_file(staged, beside, fs::copy_options::overwrite_existing, ec);
    if (!ec && ::rename(beside.c_str(), target.c_str()) != 0) {
        ec = std::error_code(errno, std::generic_category());
    }
    std::error_code ignored;
    fs::remove(staged, ignored);
    if (ec) {
        fs::remove(beside, ignored);
        throw OfficeError(file.string() + ": cannot save it in " + target.parent_path().string() +
                          ": " + ec.message());
    }
}

void OfficeSession::close(const Reference<css::text::XTextDocument>& doc) {
    try {
        Reference<css::util::XCloseable> closeable(doc, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
    } catch (const css::uno::Exception&) {
        // Closing is best effort: the office is stopped at the end of the session anyway.
    }
}

Reference<org::proviso::XScanner> OfficeSession::scanner() {
    Reference<org::proviso::XScanner> scanner(
        remote_->getServiceManager()->createInstanceWithContext("org.proviso.Scanner", remote_),
        UNO_QUERY);
    if (!scanner.is()) {
        throw OfficeError("the Proviso extension is not active in LibreOffice:\n" + officeLog());
    }
    return scanner;
}

}  // namespace proviso::cli
