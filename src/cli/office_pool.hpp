// Many documents through several private offices at once. One LibreOffice does one thing at a
// time (a document is loaded, laid out and checked on its main thread), so the command runs one
// office per core, each a separate OfficeSession (own profile, pipe and watchdog) driven from a
// thread of its own; the documents are handed out from one queue in input order, and each
// result is given back in input order however the offices finish.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "office.hpp"

namespace proviso::cli {

// How many offices to run for `documents` documents: `asked` (0: one per core), never more
// than the documents nor kMaxOffices, and at least one.
std::size_t officeCount(std::size_t asked, std::size_t documents);

struct OfficeWork {
    // Run once in each office as soon as it has started, before any document (e.g. to
    // configure its scanner). Called from that office's thread.
    std::function<void(OfficeSession&, org::proviso::XScanner&)> prepare;
    // Does document `index` in `office`. Called from that office's thread; must not throw (what
    // goes wrong with one document is that document's result, kept by the caller).
    std::function<void(OfficeSession&, org::proviso::XScanner&, std::size_t index)> process;
    // Called once for each document, in input order, as soon as it and all before it are done
    // (to print its results without waiting for the rest); one call at a time.
    std::function<void(std::size_t index)> finished;
    // Called after each document, in the order they finish, with how many are done; one call at
    // a time. May be empty.
    std::function<void(std::size_t done)> progress;
};

// Does documents 0..count-1 with `offices` private offices, started at once. Returns when all
// are done and every office has stopped. An office that cannot start leaves its share to the
// others and its error in `startFailures`; if none can start, throws the first one's
// OfficeError and no document is done.
void runOnOffices(const OfficeOptions& options, std::size_t count, std::size_t offices,
                  const OfficeWork& work, std::vector<std::string>& startFailures);

}  // namespace proviso::cli
