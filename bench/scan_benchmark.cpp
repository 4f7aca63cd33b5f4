// Scan throughput of the shipped rule packs over the public legal texts in ../shared/corpus,
// replicated to a large document, with the one-pass prefilter (RE2::Set) and, as the baseline,
// applying each rule's patterns one by one to every paragraph. See docs/performance.md.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "bench_support.hpp"
#include "proviso/engine.hpp"
#include "proviso/language.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/structure.hpp"

namespace {

namespace fs = std::filesystem;
using namespace proviso;

const RuleSet& rules() { return proviso::bench::shippedRules(); }

using proviso::bench::corpusDocument;

std::size_t totalBytes(const Document& doc) {
    std::size_t n = 0;
    for (const auto& b : doc.blocks) n += b.text.size() + 1;
    return n;
}

void report(benchmark::State& state, const Document& doc) {
    const std::size_t provisions = segmentProvisions(doc).provisions.size();
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * totalBytes(doc)));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * doc.blocks.size()));
    state.counters["provisions/s"] = benchmark::Counter(
        static_cast<double>(provisions) * static_cast<double>(state.iterations()),
        benchmark::Counter::kIsRate);
    state.counters["paragraphs"] = static_cast<double>(doc.blocks.size());
    state.counters["rules"] = static_cast<double>(rules().rules().size());
}

// The work every scan does before any rule runs, whichever way rules are matched:
// normalisation, structure and languages. Subtracting it from both ways gives the cost of
// matching proper.
void preparation(benchmark::State& state, std::size_t bytes) {
    const Document doc = corpusDocument(bytes);
    for (auto _ : state) {
        std::vector<NormalizedText> normalized;
        normalized.reserve(doc.blocks.size());
        for (const Block& block : doc.blocks) normalized.emplace_back(block.text);
        auto structure = segmentProvisions(doc);
        auto languages = effectiveLanguages(doc);
        benchmark::DoNotOptimize(normalized);
        benchmark::DoNotOptimize(structure);
        benchmark::DoNotOptimize(languages);
    }
    report(state, doc);
}

void scan(benchmark::State& state, bool prefilter, std::size_t bytes) {
    const Document doc = corpusDocument(bytes);
    const Engine engine(rules().rules(), EngineOptions{.prefilter = prefilter});
    std::size_t findings = 0;
    for (auto _ : state) {
        auto result = engine.scan(doc);
        findings = result.size();
        benchmark::DoNotOptimize(result);
    }
    report(state, doc);
    state.counters["findings"] = static_cast<double>(findings);
}

constexpr std::size_t kLarge = 10u << 20;  // at least 10 MB
constexpr std::size_t kBill = 1u << 20;    // about a 200-page bill

}  // namespace

BENCHMARK_CAPTURE(scan, corpus_10MB_one_pass, true, kLarge)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(scan, corpus_10MB_rule_by_rule, false, kLarge)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(preparation, corpus_10MB_preparation_only, kLarge)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(scan, bill_1MB_one_pass, true, kBill)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(scan, bill_1MB_rule_by_rule, false, kBill)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
