// A private, headless LibreOffice for the proviso command and the integration tests: its own
// profile in a temporary folder, the Proviso extension installed into it from the .oxt, started
// on construction and stopped (and its folder removed) on destruction. Nothing is set up by hand
// and nothing of the user's own LibreOffice profile is touched.
//
// Nothing is left behind on any exit path. The office's temporary files go into the session's
// folder (its TMPDIR), and a watchdog process, started first, removes that folder, the office's
// pipes in /tmp and a half-moved output, and kills the office, when this process ends without
// stopping the session: a crash, SIGKILL, or a signal the handlers below pass on.
//
// Sessions are independent: several may run at once, each used from one thread at a time (see
// office_pool.hpp), up to kMaxOffices.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/proviso/XScanner.hpp>

#include <sys/types.h>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace proviso::cli {

namespace css = ::com::sun::star;

// How many sessions one process may run at once (each office takes some 300 MB).
inline constexpr std::size_t kMaxOffices = 16;

class OfficeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OfficeOptions {
    std::filesystem::path oxt;  // the extension to install
    std::filesystem::path program = "/usr/lib/libreoffice/program";
    std::chrono::seconds startTimeout{90};
    // The office profile to use and keep (settings persist in it across sessions); empty: a
    // fresh one in the session's temporary folder, removed at the end.
    std::filesystem::path profile{};
    // Without a display the office runs headless (documents still get a view, drawn nowhere);
    // false shows its windows on $DISPLAY (Xvfb or a desktop), as a person would see them.
    bool headless = true;
};

struct OpenOptions {
    bool withView = false;  // load into a frame with a view, as a person sees it (for tests)
    // Read-only: LibreOffice neither locks nor can write the file. The command opens every
    // input so; its edits go to the copy in memory and are saved elsewhere.
    bool readOnly = false;
};

class OfficeSession {
public:
    // Starts the office and connects to it. Throws OfficeError, with the office's own output
    // where it helps, if it cannot be started or reached in time.
    explicit OfficeSession(OfficeOptions options);
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    // Opens a document (hidden). Throws OfficeError naming the file and saying why if it cannot
    // be opened: missing, a folder, unreadable, empty, not the format its name says (checked
    // before LibreOffice sees it, and by the filter LibreOffice chose), damaged, encrypted, or
    // not a text document. Macros never run and links are not updated: the file may be hostile.
    // A name that is not UTF-8 (which LibreOffice cannot take) is opened through a copy.
    css::uno::Reference<css::text::XTextDocument> open(const std::filesystem::path& file,
                                                       OpenOptions how = {});

    // A new, empty, hidden Writer document.
    css::uno::Reference<css::text::XTextDocument> newDocument();

    // Saves `doc` to `file` in the format its extension names (.odt, .docx). LibreOffice writes
    // into the session's folder and the result is then moved into place (renamed, or copied
    // beside `file` and renamed), so `file` is never left half-written. Throws OfficeError that
    // names the file or folder and the reason.
    void saveAs(const css::uno::Reference<css::text::XTextDocument>& doc,
                const std::filesystem::path& file);

    static void close(const css::uno::Reference<css::text::XTextDocument>& doc);

    css::uno::Reference<org::proviso::XScanner> scanner();
    css::uno::Reference<css::uno::XComponentContext> remoteContext() const { return remote_; }

private:
    void startWatchdog();
    void tellWatchdog(const std::string& line);
    void start();
    void connect();
    void stop();
    std::string officeLog() const;
    std::filesystem::path scratchFile(const std::filesystem::path& like);

    OfficeOptions options_;
    std::filesystem::path workDir_;
    std::string pipeName_;
    pid_t pid_ = -1;
    pid_t watchdog_ = -1;
    int watchdogInput_ = -1;
    std::vector<std::filesystem::path> officePipes_;  // its pipes in /tmp, removed at the end
    int scratchCount_ = 0;
    css::uno::Reference<css::uno::XComponentContext> remote_;
};

// The filter LibreOffice stores a file of this extension with; throws OfficeError if none.
std::string filterForExtension(const std::filesystem::path& file);

// Throws OfficeError, naming the file and the reason, unless `file` can be written as a
// document: not a folder, in a folder that exists and may be written. Cheap: run it before
// starting the office, so that a typo costs no wait.
void checkWritableTarget(const std::filesystem::path& file);

// Throws OfficeError, naming the file and the reason, unless `file` is a non-empty regular
// file this process may read, whose first bytes fit the format its extension names (.odt and
// .docx are ZIP packages; an encrypted .docx is not).
void checkReadableDocument(const std::filesystem::path& file);

}  // namespace proviso::cli
