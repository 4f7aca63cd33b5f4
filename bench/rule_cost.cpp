// What each rule costs: every rule scanned alone (with the one-pass prefilter, as in a real
// check) over the corpus document, slowest first. For finding the rule or concept that makes a
// pack slow; the totals are in scan_benchmark. See docs/performance.md.
// With --compile: what compiling each rule's patterns costs instead (time, RE2 program size and
// the resident memory it adds), most costly first; a pattern another rule compiled already
// (same source) costs nothing again.
//
//   ./build/bench/rule_cost [--megabytes N] [--top K] [--compile] [PACK_OR_FOLDER...]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"

namespace {

namespace fs = std::filesystem;
using namespace proviso;

using proviso::bench::corpusDocument;

// Median of `runs` scans, in milliseconds.
double medianMs(const Engine& engine, const Document& doc, int runs) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const auto findings = engine.scan(doc);
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
        if (findings.size() == static_cast<std::size_t>(-1)) std::abort();  // keep the scan
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

long residentKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    }
    return 0;
}

int compileCosts(const std::vector<fs::path>& packs, std::size_t top) {
    std::vector<LoadError> errors;
    const auto loadStart = std::chrono::steady_clock::now();
    const long before = residentKb();
    const RuleSet rules =
        RuleSet::loadAll(packs, errors, nullptr, RuleSet::PatternCompilation::OnFirstUse);
    const double loadMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - loadStart)
            .count();
    const long loaded = residentKb();
    for (const auto& e : errors) std::cerr << e.toString() << '\n';
    struct Cost {
        double ms;
        long programSize, residentKb;
        std::size_t patterns;
        const Rule* rule;
    };
    std::vector<Cost> costs;
    double totalMs = 0;
    for (const Rule* rule : rules.rules()) {
        const long rssBefore = residentKb();
        const auto start = std::chrono::steady_clock::now();
        long size = 0;
        for (const Pattern* pattern : rule->patterns()) size += pattern->programSize();
        const double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        totalMs += ms;
        costs.push_back({ms, size, residentKb() - rssBefore, rule->patterns().size(), rule});
    }
    std::sort(costs.begin(), costs.end(), [](const Cost& a, const Cost& b) { return a.ms > b.ms; });
    std::cout << std::fixed << std::setprecision(1) << rules.rules().size()
              << " rules: loading (patterns checked, not compiled) " << loadMs << " ms, +"
              << static_cast<double>(loaded - before) / 1024.0
              << " MB resident; compiling every pattern " << totalMs << " ms, +"
              << static_cast<double>(residentKb() - loaded) / 1024.0 << " MB resident\n\n"
              << "  compile ms   program   resident KB   patterns   rule (file:line)\n";
    for (std::size_t i = 0; i < costs.size() && i < top; ++i) {
        const RuleInfo& info = costs[i].rule->info();
        std::cout << std::setw(12) << costs[i].ms << std::setw(10) << costs[i].programSize
                  << std::setw(14) << costs[i].residentKb << std::setw(11) << costs[i].patterns
                  << "   " << info.id << " (" << fs::path(info.file).filename().string() << ':'
                  << info.line << ")\n";
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t megabytes = 1;
    std::size_t top = 15;
    std::vector<fs::path> packs;
    bool compile = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--compile") {
            compile = true;
        } else if ((arg == "--megabytes" || arg == "--top") && i + 1 < argc) {
            (arg == "--top" ? top : megabytes) = std::stoul(argv[++i]);
        } else if (arg == "-h" || arg == "--help") {
            std::cout << "usage: rule_cost [--megabytes N] [--top K] [--compile] "
                         "[PACK_OR_FOLDER...]\n";
            return 0;
        } else {
            packs.emplace_back(arg);
        }
    }
    if (packs.empty()) packs.emplace_back(PROVISO_RULES_DIR);
    if (compile) return compileCosts(packs, top);
    std::vector<LoadError> errors;
    const RuleSet rules = RuleSet::loadAll(packs, errors);
    for (const auto& e : errors) std::cerr << e.toString() << '\n';
    const Document doc = corpusDocument(megabytes << 20);

    const Engine all(rules.rules());
    const double total = medianMs(all, doc, 3);
    const std::size_t findings = all.scan(doc).size();
    std::vector<std::pair<double, const Rule*>> costs;
    for (const Rule* rule : rules.rules()) {
        const Engine alone({rule});
        costs.emplace_back(medianMs(alone, doc, 3), rule);
    }
    // Scanning with no rule at all is the preparation every scan pays once.
    const double preparation = medianMs(Engine({}), doc, 3);
    std::sort(costs.begin(), costs.end(), [](const auto& a, const auto& b) { return a > b; });
    std::cout << std::fixed << std::setprecision(1) << rules.rules().size() << " rules, "
              << doc.blocks.size() << " paragraphs (" << megabytes << " MB): all rules " << total
              << " ms (" << findings << " findings), preparation alone " << preparation << " ms\n\n"
              << "  ms alone   minus prep   rule (file:line)\n";
    for (std::size_t i = 0; i < costs.size() && i < top; ++i) {
        const RuleInfo& info = costs[i].second->info();
        std::cout << std::setw(10) << costs[i].first << std::setw(13)
                  << costs[i].first - preparation << "   " << info.id << " ("
                  << fs::path(info.file).filename().string() << ':' << info.line << ")\n";
    }
    return 0;
}
