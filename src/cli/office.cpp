#include "office.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>
#include <vector>

#include "../uno/ustring.hpp"

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

// Starts `argv` with no input and its output appended to `log`; in a process group of its own
// when `ownGroup`, so that stopping it also stops what it launches. Returns the pid, or -1 with
// errno-style `error` set.
pid_t spawn(const std::vector<std::string>& argv, const fs::path& log, bool ownGroup, int& error) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    if (ownGroup) {
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
    }
    pid_t pid = -1;
    error = posix_spawnp(&pid, args[0], &actions, &attributes, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    return error == 0 ? pid : -1;
}

// Runs a program to completion with its output in `log`; returns its exit status.
int runQuietly(const std::vector<std::string>& argv, const fs::path& log) {
    int error = 0;
    const pid_t pid = spawn(argv, log, false, error);
    if (pid < 0) return -1;
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The office runs in a process group of its own, so an interrupted proviso (Ctrl-C, a killed
// CI job) would leave it running. These handlers stop it first; only async-signal-safe calls.
volatile sig_atomic_t runningOfficeGroup = 0;

void stopOfficeAndExit(int signal) {
    if (runningOfficeGroup > 0) kill(-static_cast<pid_t>(runningOfficeGroup), SIGKILL);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void watchForInterruption(pid_t group) {
    runningOfficeGroup = group;
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, &stopOfficeAndExit);
}

}  // namespace

std::string filterForExtension(const fs::path& file) {
    std::string ext = file.extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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

void OfficeSession::start() {
    // The extension is unpacked where the office looks for bundled extensions: it is then
    // registered into the fresh private profile at start-up, with no unopkg run (which refuses
    // to work as root) and nothing written outside this session's folder.
    const fs::path bundled = workDir_ / "extensions";
    const fs::path unpacked = bundled / "proviso";
    fs::create_directories(unpacked);
    const fs::path log = workDir_ / "soffice.log";
    if (runQuietly({"unzip", "-q", "-o", options_.oxt.string(), "-d", unpacked.string()}, log) !=
        0) {
        throw OfficeError("cannot unpack " + options_.oxt.string() + ": " + officeLog());
    }
    pipeName_ = "proviso-" + std::to_string(getpid()) + "-" + randomSuffix();
    std::vector<std::string> argv = {
        (options_.program / "soffice").string(),
        "-env:UserInstallation=" +
            fileUrl(options_.profile.empty() ? workDir_ / "profile" : options_.profile),
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
    pid_ = spawn(argv, log, true, error);
    if (pid_ < 0) throw OfficeError("cannot start " + argv[0] + ": " + std::strerror(error));
    watchForInterruption(pid_);
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
            return;
        } catch (const css::connection::NoConnectException&) {
            // not listening yet
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw OfficeError("LibreOffice exited while starting:\n" + officeLog());
        }
        if (std::chrono::steady_clock::now() > deadline) {
            throw OfficeError("LibreOffice did not answer within " +
                              std::to_string(options_.startTimeout.count()) + " s:\n" +
                              officeLog());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

void OfficeSession::stop() {
    if (remote_.is()) {
        try {
            Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(remote_);
            desktop->terminate();
        } catch (const css::uno::Exception&) {
            // The bridge drops as the office exits; that is the expected way for this to end.
        }
        remote_.clear();
    }
    if (pid_ > 0) {
        // Give it time to exit by itself, then make sure.
        int status = 0;
        bool exited = false;
        for (int i = 0; i < 100 && !exited; ++i) {
            exited = waitpid(pid_, &status, WNOHANG) == pid_;
            if (!exited) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        if (!exited) {
            kill(-pid_, SIGKILL);
            waitpid(pid_, &status, 0);
        }
        kill(-pid_, SIGKILL);  // anything of its group still left over
        runningOfficeGroup = 0;
        pid_ = -1;
    }
    if (!workDir_.empty() && std::getenv("PROVISO_KEEP_OFFICE_DIR") == nullptr) {
        std::error_code ec;
        fs::remove_all(workDir_, ec);
    }
}

Reference<css::text::XTextDocument> OfficeSession::open(const fs::path& file, OpenOptions how) {
    Reference<css::frame::XDesktop2> desktop = css::frame::Desktop::create(remote_);
    Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0] = property("Hidden", css::uno::Any(!how.withView));
    args.getArray()[1] = property("ReadOnly", css::uno::Any(how.readOnly));
    Reference<css::lang::XComponent> component;
    try {
        component = desktop->loadComponentFromURL(toOUString(fileUrl(file)), "_blank", 0, args);
    } catch (const css::uno::Exception& e) {
        throw OfficeError(file.string() + ": LibreOffice cannot open it: " + toUtf8(e.Message));
    }
    if (!component.is()) throw OfficeError(file.string() + ": LibreOffice cannot open it");
    Reference<css::text::XTextDocument> doc(component, UNO_QUERY);
    if (!doc.is()) {
        Reference<css::util::XCloseable> closeable(component, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
        throw OfficeError(file.string() + ": not a text document");
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
    const std::string filter = filterForExtension(file);
    const fs::path target = fs::absolute(file);
    const fs::path temp =
        target.parent_path() / ("." + target.filename().string() + ".proviso-" + randomSuffix());
    Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0] = property("FilterName", css::uno::Any(toOUString(filter)));
    args.getArray()[1] = property("Overwrite", css::uno::Any(true));
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY_THROW);
    try {
        storable->storeToURL(toOUString(fileUrl(temp)), args);
    } catch (const css::uno::Exception& e) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw OfficeError(file.string() + ": cannot save: " + toUtf8(e.Message));
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw OfficeError(file.string() +
                          ": cannot move the saved file into place: " + ec.message());
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
