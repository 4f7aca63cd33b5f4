// A private, headless LibreOffice for the proviso command and the integration tests: its own
// profile in a temporary folder, the Proviso extension installed into it from the .oxt, started
// on construction and stopped (and its folder removed) on destruction. Nothing is set up by hand
// and nothing of the user's own LibreOffice profile is touched.
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

namespace proviso::cli {

namespace css = ::com::sun::star;

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

    // Opens a document (hidden). Throws OfficeError naming the file if it cannot be opened or
    // is not a text document.
    css::uno::Reference<css::text::XTextDocument> open(const std::filesystem::path& file,
                                                       OpenOptions how = {});

    // A new, empty, hidden Writer document.
    css::uno::Reference<css::text::XTextDocument> newDocument();

    // Saves `doc` to `file` in the format its extension names (.odt, .docx), writing to a
    // temporary file beside it first and renaming, so `file` is never left half-written.
    void saveAs(const css::uno::Reference<css::text::XTextDocument>& doc,
                const std::filesystem::path& file);

    static void close(const css::uno::Reference<css::text::XTextDocument>& doc);

    css::uno::Reference<org::proviso::XScanner> scanner();
    css::uno::Reference<css::uno::XComponentContext> remoteContext() const { return remote_; }

private:
    void start();
    void connect();
    void stop();
    std::string officeLog() const;

    OfficeOptions options_;
    std::filesystem::path workDir_;
    std::string pipeName_;
    pid_t pid_ = -1;
    css::uno::Reference<css::uno::XComponentContext> remote_;
};

// The filter LibreOffice stores a file of this extension with; throws OfficeError if none.
std::string filterForExtension(const std::filesystem::path& file);

}  // namespace proviso::cli
