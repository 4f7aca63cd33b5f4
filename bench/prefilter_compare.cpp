// The engine's prefilter against an alternative, in one run over the same normalised blocks:
// (a) RE2::Set of every rule's loosened triggers, as Engine::Prefilter builds it, and (b) the
// same sources compiled by Hyperscan in prefilter mode, with its database serialised and read
// back as a shipped one would be. It checks that Hyperscan flags every (block, trigger) that
// RE2 flags: a prefilter may let too much through, never too little. Not a test; the figures
// and the decision are in docs/performance.md.
//
//   ./build/bench/prefilter_compare [--rounds N] [--megabytes N]... [--ucp] [PACK_OR_FOLDER...]
//   ./build/bench/prefilter_compare --print-triggers   (for bench/ripgrep_reference.sh)
//   ./build/bench/prefilter_compare --print-text --megabytes 10
//   ./build/bench/prefilter_compare --hs-cost   (Hyperscan compile time of each trigger alone)
//
// Built without the Hyperscan part when CMake does not find libhs (PROVISO_HAVE_HYPERSCAN).
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/rule_set.hpp"

#ifdef PROVISO_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif

namespace {

namespace fs = std::filesystem;
using namespace proviso;
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The prefilter's patterns, as Engine::Prefilter makes them: each rule's triggers loosened
// (as written when RE2 rejects the loosened form), each distinct source once.
struct Triggers {
    std::vector<std::string> sources;
    std::size_t rules = 0;
    std::size_t triggers = 0;
    std::size_t keptAsWritten = 0;
};

RE2::Options setOptions() {
    RE2::Options options;  // those of Engine::Prefilter
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    options.set_max_mem(int64_t{256} << 20);
    return options;
}

Triggers loadTriggers(const std::vector<fs::path>& packs) {
    std::vector<LoadError> errors;
    const RuleSet set =
        RuleSet::loadAll(packs, errors, nullptr, RuleSet::PatternCompilation::OnFirstUse);
    for (const auto& e : errors) std::cerr << e.toString() << '\n';
    Triggers out;
    std::map<std::string, bool> seen;
    RE2::Set parser(setOptions(), RE2::UNANCHORED);  // only parses: Add, never Compile
    for (const Rule* rule : set.rules()) {
        ++out.rules;
        for (const Pattern* pattern : rule->triggers()) {
            ++out.triggers;
            std::string source = loosenedForPrefilter(pattern->source());
            if (parser.Add(source, nullptr) < 0) {
                source = pattern->source();
                ++out.keptAsWritten;
            }
            if (seen.emplace(source, true).second) out.sources.push_back(source);
        }
    }
    return out;
}

// The blocks' normalised texts, which is what the engine's prefilter matches.
std::vector<std::string> normalisedBlocks(std::size_t bytes) {
    const Document doc = proviso::bench::corpusDocument(bytes);
    std::vector<std::string> blocks;
    blocks.reserve(doc.blocks.size());
    for (const Block& block : doc.blocks) blocks.push_back(NormalizedText(block.text).text());
    return blocks;
}

std::size_t totalBytes(const std::vector<std::string>& blocks) {
    std::size_t n = 0;
    for (const auto& b : blocks) n += b.size() + 1;  // + the line break between blocks
    return n;
}

// hits[block] = the trigger ids that matched in it, in any order.
using Hits = std::vector<std::vector<int>>;

std::size_t blocksWithHit(const Hits& hits) {
    return static_cast<std::size_t>(
        std::count_if(hits.begin(), hits.end(), [](const auto& h) { return !h.empty(); }));
}

std::size_t pairs(const Hits& hits) {
    std::size_t n = 0;
    for (const auto& h : hits) n += h.size();
    return n;
}

// (block, trigger) pairs that `reference` has and `other` lacks: each one makes `other` unsound.
[[maybe_unused]] std::size_t reportMissing(const char* what, const Hits& reference,
                                           const Hits& other,
                                           const std::vector<std::string>& blocks,
                                           const std::vector<std::string>& sources) {
    std::size_t missing = 0;
    for (std::size_t b = 0; b < reference.size(); ++b) {
        std::vector<int> want = reference[b];
        std::vector<int> have = other[b];
        std::sort(want.begin(), want.end());
        std::sort(have.begin(), have.end());
        std::vector<int> lacking;
        std::set_difference(want.begin(), want.end(), have.begin(), have.end(),
                            std::back_inserter(lacking));
        for (int id : lacking) {
            if (++missing <= 5) {
                std::cout << "  UNSOUND (" << what << "): block " << b << " trigger " << id
                          << "\n    pattern: " << sources[static_cast<std::size_t>(id)]
                          << "\n    block:   " << blocks[b].substr(0, 300) << '\n';
            }
        }
    }
    return missing;
}

// The triggers for which `loose` flags most blocks beyond those `exact` flags: where an
// over-approximation costs, since every block let through is looked at by the rule itself.
[[maybe_unused]] void printLoosest(const Hits& exact, const Hits& loose,
                                   const std::vector<std::string>& sources, std::size_t top) {
    std::vector<long> extra(sources.size(), 0);
    for (const auto& h : loose) {
        for (int id : h) ++extra[static_cast<std::size_t>(id)];
    }
    for (const auto& h : exact) {
        for (int id : h) --extra[static_cast<std::size_t>(id)];
    }
    std::vector<std::size_t> order(sources.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return extra[a] > extra[b]; });
    std::cout << "  triggers letting most blocks through beyond RE2's (extra blocks, trigger):\n";
    for (std::size_t k = 0; k < order.size() && k < top && extra[order[k]] > 0; ++k) {
        std::cout << "    " << std::setw(6) << extra[order[k]] << "  "
                  << sources[order[k]].substr(0, 160) << '\n';
    }
}

// Runs `pass` once cold, then `warm` times; returns {cold ms, median warm ms}.
std::pair<double, double> timePasses(const std::function<void()>& pass, int warm) {
    auto start = Clock::now();
    pass();
    const double cold = msSince(start);
    std::vector<double> times;
    for (int i = 0; i < warm; ++i) {
        start = Clock::now();
        pass();
        times.push_back(msSince(start));
    }
    return {cold, median(times)};
}

// Figures of one engine over one document: medians over the rounds.
struct Figures {
    std::vector<double> compile, cold, warm, whole, wholeMapped, deserialise, scratch;
};

void printRow(const char* label, double ms, std::size_t bytes) {
    std::cout << "  " << std::left << std::setw(46) << label << std::right << std::setw(10) << ms
              << " ms";
    if (bytes > 0 && ms > 0) {
        std::cout << std::setw(10) << (static_cast<double>(bytes) / 1e6) / (ms / 1e3) << " MB/s";
    }
    std::cout << '\n';
}

// --- RE2::Set -------------------------------------------------------------------------------

std::unique_ptr<RE2::Set> compileSet(const std::vector<std::string>& sources) {
    auto set = std::make_unique<RE2::Set>(setOptions(), RE2::UNANCHORED);
    for (const auto& s : sources) {
        if (set->Add(s, nullptr) < 0) return nullptr;
    }
    if (!set->Compile()) return nullptr;
    return set;
}

// Matches every block, as Engine::Prefilter::candidates does; counts blocks the set's
// automaton gave up on (then the engine looks at every rule there).
std::size_t matchBlocks(const RE2::Set& set, const std::vector<std::string>& blocks, Hits& hits) {
    std::size_t outOfMemory = 0;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        hits[b].clear();
        RE2::Set::ErrorInfo error{};
        if (!set.Match(blocks[b], &hits[b], &error) && error.kind != RE2::Set::kNoError) {
            ++outOfMemory;
        }
    }
    return outOfMemory;
}

#ifdef PROVISO_HAVE_HYPERSCAN
// --- Hyperscan ------------------------------------------------------------------------------

// HS_FLAG_PREFILTER: constructs Hyperscan does not support (back-references, some bounded
// repeats too large) are over-approximated, so the database stays a superset of the pattern.
// ALLOWEMPTY: a trigger that matches the empty string then matches every block, as in RE2,
// instead of failing to compile. No UCP by default: RE2's \b \w \d \s are ASCII, and so are
// Hyperscan's without UCP (with it \b would differ both ways, which is unsound).
unsigned hsFlags(bool perBlock, bool ucp) {
    unsigned flags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_PREFILTER | HS_FLAG_ALLOWEMPTY;
    if (ucp) flags |= HS_FLAG_UCP;
    // Per block, one report per trigger is enough. Over the whole text every match end is
    // wanted, so each can be put back in its block; ^ and $ then match at line breaks.
    flags |= perBlock ? HS_FLAG_SINGLEMATCH : HS_FLAG_MULTILINE;
    return flags;
}

// Owns a Hyperscan database or scratch space, freed with `Free`.
template <typename T, hs_error_t (*Free)(T*)>
struct HsOwned {
    T* handle = nullptr;
    HsOwned() = default;
    HsOwned(const HsOwned&) = delete;
    HsOwned& operator=(const HsOwned&) = delete;
    ~HsOwned() { Free(handle); }
};
using HsDatabase = HsOwned<hs_database_t, hs_free_database>;
using HsScratch = HsOwned<hs_scratch_t, hs_free_scratch>;

// Compiles `sources`; returns the error message, or "" on success. `failed` gets the index of
// the expression at fault (-1 if none is named).
std::string hsCompile(const std::vector<std::string>& sources, unsigned flags, HsDatabase& out,
                      int& failed) {
    std::vector<const char*> expressions;
    std::vector<unsigned> flagList(sources.size(), flags);
    std::vector<unsigned> ids;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        expressions.push_back(sources[i].c_str());
        ids.push_back(static_cast<unsigned>(i));
    }
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flagList.data(), ids.data(),
                         static_cast<unsigned>(sources.size()), HS_MODE_BLOCK, nullptr, &out.handle,
                         &error) == HS_SUCCESS) {
        failed = -1;
        return "";
    }
    std::string message = error != nullptr ? error->message : "unknown error";
    failed = error != nullptr ? error->expression : -1;
    hs_free_compile_error(error);
    return message;
}

// Compiles `sources`, each trigger Hyperscan rejects even in prefilter mode replaced by the
// empty pattern, which matches every block (sound; `matchAll` says how many, so what it costs).
// `ms` is the time of the compilation that succeeded. False if the set cannot be compiled.
bool hsCompileAll(std::vector<std::string> sources, unsigned flags, HsDatabase& out,
                  std::size_t& matchAll, double& ms) {
    matchAll = 0;
    for (;;) {
        int failed = -1;
        const auto start = Clock::now();
        const std::string error = hsCompile(sources, flags, out, failed);
        ms = msSince(start);
        if (error.empty()) return true;
        if (failed < 0 || sources[static_cast<std::size_t>(failed)].empty()) {
            std::cout << "  Hyperscan cannot compile the set: " << error << '\n';
            return false;
        }
        std::cout << "  Hyperscan rejects trigger " << failed << " (" << error
                  << "), matched as match-all: " << sources[static_cast<std::size_t>(failed)]
                  << '\n';
        sources[static_cast<std::size_t>(failed)].clear();
        ++matchAll;
    }
}

// Both databases, compiled once: compiling takes minutes (see docs/performance.md), so the
// rounds time reading the serialised one back, as a start-up would, not compiling it again.
struct HsPrefilter {
    HsDatabase perBlock;  // SINGLEMATCH
    HsDatabase whole;     // every match end, MULTILINE
    std::size_t matchAll = 0;
    double perBlockMs = 0, wholeMs = 0;
    std::size_t databaseBytes = 0, serialisedBytes = 0;
    std::string serialised;
    double serialiseMs = 0;
};

bool buildHs(const std::vector<std::string>& sources, bool ucp, HsPrefilter& hs) {
    std::size_t ignored = 0;
    if (!hsCompileAll(sources, hsFlags(true, ucp), hs.perBlock, hs.matchAll, hs.perBlockMs) ||
        !hsCompileAll(sources, hsFlags(false, ucp), hs.whole, ignored, hs.wholeMs)) {
        return false;
    }
    hs_database_size(hs.perBlock.handle, &hs.databaseBytes);
    const auto start = Clock::now();
    char* bytes = nullptr;
    if (hs_serialize_database(hs.perBlock.handle, &bytes, &hs.serialisedBytes) != HS_SUCCESS) {
        return false;
    }
    hs.serialiseMs = msSince(start);
    hs.serialised.assign(bytes, hs.serialisedBytes);
    std::free(bytes);  // allocated by Hyperscan's default allocator, malloc
    return true;
}

int onMatch(unsigned id, unsigned long long /*from*/, unsigned long long /*to*/, unsigned /*flags*/,
            void* context) {
    static_cast<std::vector<int>*>(context)->push_back(static_cast<int>(id));
    return 0;  // go on: every trigger that matches is wanted
}

void scanBlocks(const hs_database_t* db, hs_scratch_t* scratch,
                const std::vector<std::string>& blocks, Hits& hits) {
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        hits[b].clear();
        hs_scan(db, blocks[b].data(), static_cast<unsigned>(blocks[b].size()), 0, scratch, onMatch,
                &hits[b]);
    }
}

// The whole text in one scan, each match end put back in its block.
struct WholeScan {
    const std::vector<std::size_t>* starts = nullptr;  // byte offset of each block in the text
    std::vector<std::uint64_t>* seen = nullptr;        // [block * words + id / 64]
    std::size_t words = 0;
    Hits* hits = nullptr;
};

int onWholeMatch(unsigned id, unsigned long long /*from*/, unsigned long long to,
                 unsigned /*flags*/, void* context) {
    auto& scan = *static_cast<WholeScan*>(context);
    const auto next = std::upper_bound(scan.starts->begin(), scan.starts->end(), to);
    const auto block = static_cast<std::size_t>(next - scan.starts->begin()) - 1;
    std::uint64_t& word = (*scan.seen)[block * scan.words + id / 64];
    const std::uint64_t bit = std::uint64_t{1} << (id % 64);
    if ((word & bit) == 0) {
        word |= bit;
        (*scan.hits)[block].push_back(static_cast<int>(id));
    }
    return 0;
}
#endif

#ifdef PROVISO_HAVE_HYPERSCAN
// Each trigger compiled alone, slowest first: which triggers make the database slow to build.
void printHsCost(const std::vector<std::string>& sources, bool ucp, std::size_t top) {
    std::vector<std::pair<double, std::size_t>> costs;
    std::vector<std::size_t> sizes(sources.size(), 0);
    for (std::size_t i = 0; i < sources.size(); ++i) {
        HsDatabase db;
        int failed = -1;
        const auto start = Clock::now();
        const std::string error = hsCompile({sources[i]}, hsFlags(true, ucp), db, failed);
        costs.emplace_back(msSince(start), i);
        if (error.empty()) hs_database_size(db.handle, &sizes[i]);
    }
    std::sort(costs.begin(), costs.end(), std::greater<>());
    double total = 0;
    for (const auto& c : costs) total += c.first;
    std::cout << std::fixed << std::setprecision(1)
              << "Hyperscan compile, each trigger alone: " << total
              << " ms in all\n      ms     bytes  trigger\n";
    for (std::size_t k = 0; k < costs.size() && k < top; ++k) {
        std::cout << std::setw(8) << costs[k].first << std::setw(10) << sizes[costs[k].second]
                  << "  " << sources[costs[k].second].substr(0, 160) << '\n';
    }
}

using Alternative = HsPrefilter;
#else
struct Alternative {};
#endif

void run(const std::vector<std::string>& sources, std::size_t megabytes, int rounds,
         const Alternative& built, bool ucp) {
    const std::vector<std::string> blocks = normalisedBlocks(megabytes << 20);
    const std::size_t bytes = totalBytes(blocks);
    std::string whole;
    whole.reserve(bytes);
    std::vector<std::size_t> starts;
    for (const auto& b : blocks) {
        starts.push_back(whole.size());
        whole += b;
        whole += '\n';
    }
    std::cout << "\n== " << megabytes << " MB: " << blocks.size() << " blocks, " << bytes
              << " bytes of normalised text, " << rounds << " rounds (medians) ==\n";
    constexpr int kWarm = 3;

    Figures re2;
    Hits re2Hits(blocks.size());
    std::size_t outOfMemory = 0;
    for (int round = 0; round < rounds; ++round) {
        auto start = Clock::now();
        const auto set = compileSet(sources);
        re2.compile.push_back(msSince(start));
        if (set == nullptr) {
            std::cout << "  RE2::Set does not compile\n";
            return;
        }
        const auto [cold, warm] =
            timePasses([&] { outOfMemory = matchBlocks(*set, blocks, re2Hits); }, kWarm);
        re2.cold.push_back(cold);
        re2.warm.push_back(warm);
        std::vector<int> ids;
        start = Clock::now();
        set->Match(whole, &ids);
        re2.whole.push_back(msSince(start));
    }
    std::cout << std::fixed << std::setprecision(1) << "RE2::Set (" << sources.size()
              << " loosened triggers):\n";
    printRow("compile", median(re2.compile), 0);
    printRow("per block, cold (first pass, DFA being built)", median(re2.cold), bytes);
    printRow("per block, warm (median of later passes)", median(re2.warm), bytes);
    printRow("whole text as one buffer (after the passes)", median(re2.whole), bytes);
    std::cout << "  blocks with a hit: " << blocksWithHit(re2Hits) << " of " << blocks.size()
              << ", (block, trigger) pairs: " << pairs(re2Hits)
              << ", blocks the DFA gave up on: " << outOfMemory << '\n';

#ifdef PROVISO_HAVE_HYPERSCAN
    Figures hs;
    Hits hsHits(blocks.size());
    Hits wholeHits(blocks.size());
    const std::size_t words = (sources.size() + 63) / 64;
    std::vector<std::uint64_t> seen;
    HsScratch wholeScratch;
    if (hs_alloc_scratch(built.whole.handle, &wholeScratch.handle) != HS_SUCCESS) return;
    for (int round = 0; round < rounds; ++round) {
        // What a shipped database costs at start-up: reading it back and a scratch space.
        auto start = Clock::now();
        HsDatabase loaded;
        if (hs_deserialize_database(built.serialised.data(), built.serialised.size(),
                                    &loaded.handle) != HS_SUCCESS) {
            return;
        }
        hs.deserialise.push_back(msSince(start));
        start = Clock::now();
        HsScratch scratch;
        if (hs_alloc_scratch(loaded.handle, &scratch.handle) != HS_SUCCESS) return;
        hs.scratch.push_back(msSince(start));

        const auto [cold, warm] =
            timePasses([&] { scanBlocks(loaded.handle, scratch.handle, blocks, hsHits); }, kWarm);
        hs.cold.push_back(cold);
        hs.warm.push_back(warm);

        // The whole text as one buffer: once with one report per trigger (speed alone), once
        // with every match end put back in its block (what a per-document prefilter would do).
        start = Clock::now();
        std::vector<int> ids;
        hs_scan(loaded.handle, whole.data(), static_cast<unsigned>(whole.size()), 0, scratch.handle,
                onMatch, &ids);
        hs.whole.push_back(msSince(start));

        start = Clock::now();
        seen.assign(blocks.size() * words, 0);
        for (auto& h : wholeHits) h.clear();
        WholeScan context{&starts, &seen, words, &wholeHits};
        hs_scan(built.whole.handle, whole.data(), static_cast<unsigned>(whole.size()), 0,
                wholeScratch.handle, onWholeMatch, &context);
        hs.wholeMapped.push_back(msSince(start));
    }
    std::cout << "Hyperscan " << hs_version() << " (PREFILTER|CASELESS|UTF8" << (ucp ? "|UCP" : "")
              << "|ALLOWEMPTY; " << built.matchAll
              << " triggers rejected and matched as match-all):\n";
    printRow("compile, per-block database (once)", built.perBlockMs, 0);
    printRow("compile, whole-text database (once)", built.wholeMs, 0);
    std::cout << "  database " << built.databaseBytes << " bytes, serialised "
              << built.serialisedBytes << " bytes\n";
    printRow("serialise (once)", built.serialiseMs, 0);
    printRow("deserialise", median(hs.deserialise), 0);
    printRow("scratch allocation", median(hs.scratch), 0);
    printRow("per block, cold (first pass after reading)", median(hs.cold), bytes);
    printRow("per block, warm (median of later passes)", median(hs.warm), bytes);
    printRow("whole text as one buffer, one report each", median(hs.whole), bytes);
    printRow("whole text, every match end put in its block", median(hs.wholeMapped), bytes);
    std::cout << "  blocks with a hit: " << blocksWithHit(hsHits) << " of " << blocks.size()
              << ", (block, trigger) pairs: " << pairs(hsHits) << "; whole text mapped: blocks "
              << blocksWithHit(wholeHits) << ", pairs " << pairs(wholeHits) << '\n';
    const std::size_t missing = reportMissing("per block", re2Hits, hsHits, blocks, sources);
    const std::size_t missingWhole =
        reportMissing("whole text", re2Hits, wholeHits, blocks, sources);
    std::cout << "  soundness: (block, trigger) pairs RE2 flags and Hyperscan does not: " << missing
              << " per block, " << missingWhole << " whole text\n";
    printLoosest(re2Hits, hsHits, sources, 5);
    std::cout << "  ratio, warm per block: Hyperscan is " << median(re2.warm) / median(hs.warm)
              << "x RE2::Set; cold: " << median(re2.cold) / median(hs.cold) << "x\n";
#else
    (void)built;
    (void)ucp;
    std::cout << "Hyperscan: not built (libhs not found by CMake)\n";
#endif
}

}  // namespace

int main(int argc, char** argv) {
    int rounds = 3;
    bool ucp = false;
    bool printTriggers = false;
    bool printText = false;
    bool hsCost = false;
    std::vector<std::size_t> sizes;
    std::vector<fs::path> packs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--rounds" && i + 1 < argc) {
            rounds = std::max(1, std::stoi(argv[++i]));
        } else if (arg == "--megabytes" && i + 1 < argc) {
            sizes.push_back(std::stoul(argv[++i]));
        } else if (arg == "--ucp") {
            ucp = true;
        } else if (arg == "--print-triggers") {
            printTriggers = true;
        } else if (arg == "--hs-cost") {
            hsCost = true;
        } else if (arg == "--print-text") {
            printText = true;
        } else if (arg == "-h" || arg == "--help") {
            std::cout << "usage: prefilter_compare [--rounds N] [--megabytes N]... [--ucp] "
                         "[--print-triggers | --print-text | --hs-cost] [PACK_OR_FOLDER...]\n";
            return 0;
        } else {
            packs.emplace_back(arg);
        }
    }
    if (packs.empty()) packs.emplace_back(PROVISO_RULES_DIR);
    if (sizes.empty()) sizes = {1, 10};

    if (printText) {  // the normalised blocks, one a line: the text the prefilter matches
        for (const auto& block : normalisedBlocks(sizes.back() << 20)) std::cout << block << '\n';
        return 0;
    }
    const Triggers triggers = loadTriggers(packs);
    if (printTriggers) {
        for (const auto& source : triggers.sources) {
            if (source.find('\n') != std::string::npos) {
                std::cerr << "prefilter_compare: a trigger holds a line break: " << source << '\n';
            }
            std::cout << source << '\n';
        }
        return 0;
    }
    std::cout << triggers.rules << " rules, " << triggers.triggers << " triggers, "
              << triggers.sources.size() << " distinct loosened sources (" << triggers.keptAsWritten
              << " kept as written)\n";
    Alternative built;
#ifdef PROVISO_HAVE_HYPERSCAN
    if (hsCost) {
        printHsCost(triggers.sources, ucp, 15);
        return 0;
    }
    if (!buildHs(triggers.sources, ucp, built)) return 1;
#else
    if (hsCost) std::cerr << "prefilter_compare: built without Hyperscan\n";
#endif
    for (std::size_t megabytes : sizes) run(triggers.sources, megabytes, rounds, built, ucp);
    return 0;
}
