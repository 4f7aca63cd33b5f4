#include "office_pool.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>

#include "../uno/ustring.hpp"

namespace proviso::cli {

std::size_t officeCount(std::size_t asked, std::size_t documents) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t wanted = asked != 0 ? asked : cores;
    return std::max<std::size_t>(1, std::min({wanted, documents, kMaxOffices}));
}

void runOnOffices(const OfficeOptions& options, std::size_t count, std::size_t offices,
                  const OfficeWork& work, std::vector<std::string>& startFailures) {
    offices = std::max<std::size_t>(1, std::min(offices, kMaxOffices));
    std::mutex mutex;
    std::size_t next = 0;         // the next document to hand out
    std::size_t doneCount = 0;    // documents done, in any order
    std::size_t nextInOrder = 0;  // the next document to give back in input order
    std::vector<char> done(count, 0);
    std::vector<std::string> failures(offices);  // why an office could not start

    const auto runOffice = [&](std::size_t slot) {
        std::unique_ptr<OfficeSession> office;
        css::uno::Reference<org::proviso::XScanner> scanner;
        try {
            office = std::make_unique<OfficeSession>(options);
            scanner = office->scanner();
        } catch (const OfficeError& e) {
            failures[slot] = e.what();
        } catch (const css::uno::Exception& e) {
            failures[slot] = "LibreOffice: " + proviso::uno::toUtf8(e.Message);
        }
        if (scanner.is()) {
            if (work.prepare) work.prepare(*office, *scanner);
            while (true) {
                std::size_t index = 0;
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    if (next == count) break;
                    index = next++;
                }
                work.process(*office, *scanner, index);
                std::lock_guard<std::mutex> lock(mutex);
                done[index] = 1;
                ++doneCount;
                while (nextInOrder < count && done[nextInOrder] != 0) {
                    if (work.finished) work.finished(nextInOrder);
                    ++nextInOrder;
                }
                // After what was printed, so that a count line on a terminal is the last.
                if (work.progress) work.progress(doneCount);
            }
        }
        // The scanner lives in the office: let go of it before the office stops (here, at the
        // same time as the others).
        scanner.clear();
        office.reset();
    };

    if (offices == 1) {
        runOffice(0);
    } else {
        std::vector<std::thread> threads;
        threads.reserve(offices);
        for (std::size_t slot = 0; slot < offices; ++slot) threads.emplace_back(runOffice, slot);
        for (auto& t : threads) t.join();
    }

    if (nextInOrder < count) {
        // No office started (had one, it would have done every document).
        for (const auto& f : failures) {
            if (!f.empty()) throw OfficeError(f);
        }
        throw OfficeError("no office could be started");
    }
    for (auto& f : failures) {
        if (!f.empty()) startFailures.push_back(std::move(f));
    }
}

}  // namespace proviso::cli
