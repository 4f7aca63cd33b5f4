// Does the engine's time grow linearly with the paragraph? The shipped rule packs scan inputs
// of doubling size, each built from the public legal texts in ../shared/corpus, and the
// benchmark prints, for every size but the first, the ratio of its time to the time of half the
// size: about 2 where the scan is linear, about 4 where it is quadratic. See docs/performance.md.
//
// - word_run: one paragraph that is one "word": the letters of every phrase the packs flag in
//   the corpus, glued together without spaces or punctuation, repeated. Trigger stems such as
//   "insult\pL*" match inside it everywhere, and every such match fails the whole-word check.
// - long_sentence: one paragraph that is one sentence: every power the packs flag in the corpus,
//   from the start of its sentence to the end of the power, with the characters that end a
//   sentence removed, joined by commas, repeated. Thousands of powers in one sentence, each of
//   which asks whether a negation ("shall not", "no person may") comes before it in that
//   sentence; none does, so nothing cuts the question short.
// - normal_text: the corpus as it is, repeated, one paragraph per line: the baseline.
// - verb_list: what is still quadratic (see verb_list below and docs/performance.md).
#include <benchmark/benchmark.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <sstream>

#include "bench_support.hpp"
#include "proviso/engine.hpp"
#include "proviso/normalized_text.hpp"
#include "proviso/pattern.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/sentences.hpp"
#include "proviso/utf.hpp"

namespace {

namespace fs = std::filesystem;
using namespace proviso;

const RuleSet& rules() { return proviso::bench::shippedRules(); }

const Engine& engine() {
    static const Engine instance(rules().rules());
    return instance;
}

// Every .txt file of the corpus, in name order, one after the other.
const std::string& corpus() {
    static const std::string all = [] {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(PROVISO_CORPUS_DIR)) {
            if (entry.path().extension() == ".txt") files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        std::string text;
        for (const auto& file : files) {
            std::ifstream in(file);
            std::ostringstream content;
            content << in.rdbuf();
            text += content.str() + "\n";
        }
        return text;
    }();
    return all;
}

// Appends `text` to `out` without the characters that end a sentence ("." "!" "?" and their
// kin in other scripts), so that any number of pieces stays one sentence.
void appendWithoutSentenceEnds(std::string_view text, std::string& out) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t begin = i;
        const auto c = static_cast<UChar32>(decodeUtf8(text, i));
        const auto kind = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
        if (kind == U_SB_STERM || kind == U_SB_ATERM) continue;
        out.append(text.substr(begin, i - begin));
    }
}

std::size_t requiresFindings(const std::string& paragraph) {
    Document doc;
    doc.blocks.push_back(Block{});
    doc.blocks.back().text = paragraph;
    std::size_t n = 0;
    for (const Finding& f : engine().scan(doc))
        n += rules().find(f.ruleId)->info().kind == "requires";
    return n;
}

// The pieces the adversarial inputs repeat, taken from what the packs flag in the corpus.
struct Material {
    std::string glued;   // the letters of every flagged phrase, nothing else
    std::string powers;  // each power the packs flag, from its sentence's start to its end
};

const Material& material() {
    static const Material m = [] {
        Material out;
        const Document doc = documentFromPlainText(corpus());
        for (const Finding& f : engine().scan(doc)) {
            for (std::size_t i = 0; i < f.text.size();) {
                const std::size_t begin = i;
                if (isWordCharacter(decodeUtf8(f.text, i))) {
                    out.glued.append(f.text, begin, i - begin);
                }
            }
            if (rules().find(f.ruleId)->info().kind != "requires") continue;
            const std::string& text = doc.blocks[f.block].text;
            const std::vector<std::size_t> starts = sentenceStarts(text);
            const std::size_t end = byteOffsetOfCodePoint(text, f.end);
            const std::size_t start = *(std::upper_bound(starts.begin(), starts.end(),
                                                         byteOffsetOfCodePoint(text, f.start)) -
                                        1);
            // Normalised first: "…" becomes "...", which would end the sentence.
            std::string piece;
            appendWithoutSentenceEnds(NormalizedText(text.substr(start, end - start)).text(),
                                      piece);
            piece += ", ";
            // The engine fired, so nothing before the power in its sentence negates it; but the
            // piece may negate what follows it ("ne peut être prolongée" fires on "peut être
            // prolongée", and its "ne peut" forbids the next power): such pieces are left out.
            const std::size_t alone = requiresFindings(piece);
            if (alone > 0 && requiresFindings(piece + piece) == 2 * alone) out.powers += piece;
        }
        return out;
    }();
    return m;
}

// `unit` repeated to `bytes` bytes, cut at a character boundary.
std::string repeated(const std::string& unit, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() < bytes && !unit.empty()) out += unit;
    std::size_t cut = std::min(bytes, out.size());
    while (cut > 0 && cut < out.size() && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
        --cut;
    out.resize(cut);
    return out;
}

Document oneParagraph(std::string text) {
    Document doc;
    Block block;
    block.text = std::move(text);
    doc.blocks.push_back(std::move(block));
    return doc;
}

void scan(benchmark::State& state, const Document& doc) {
    std::size_t bytes = 0, sentences = 0;
    for (const Block& b : doc.blocks) {
        bytes += b.text.size() + 1;
        sentences += sentenceStarts(NormalizedText(b.text).text()).size();
    }
    std::size_t findings = 0;
    for (auto _ : state) {
        auto result = engine().scan(doc);
        findings = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
    state.counters["paragraphs"] = static_cast<double>(doc.blocks.size());
    state.counters["sentences"] = static_cast<double>(sentences);
    state.counters["findings"] = static_cast<double>(findings);
}

void word_run(benchmark::State& state) {
    const auto bytes = static_cast<std::size_t>(state.range(0));
    scan(state, oneParagraph(repeated(material().glued, bytes)));
}

void long_sentence(benchmark::State& state) {
    const auto bytes = static_cast<std::size_t>(state.range(0));
    scan(state, oneParagraph(repeated(material().powers, bytes)));
}

void normal_text(benchmark::State& state) {
    const auto bytes = static_cast<std::size_t>(state.range(0));
    scan(state, documentFromPlainText(repeated(corpus(), bytes)));
}

// What is still quadratic: a pattern that may match across any number of words, here the
// list of verbs of computer-offences.yaml ("hinder, obstruct or impair ... the functioning"),
// on a list that ends inside a word. From each verb the match runs to the end of the list and
// is rejected there, so each verb reads the rest of the list again.
void verb_list(benchmark::State& state) {
    const auto bytes = static_cast<std::size_t>(state.range(0));
    std::string text = "Any person who";
    while (text.size() < bytes) text += " hinders, obstructs or impairs,";
    scan(state, oneParagraph(text + " hinders the functionings of a computer system."));
}

// The console report, followed by a table of time(2N) / time(N) for each input, from the
// medians when the run has repetitions and from the single measurement otherwise. Both wall and
// CPU time: on a shared machine the CPU time is the steadier of the two.
class RatioReporter : public benchmark::ConsoleReporter {
public:
    using ConsoleReporter::ConsoleReporter;

    void ReportRuns(const std::vector<Run>& runs) override {
        for (const Run& run : runs) {
            const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
            const bool single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
            if (run.error_occurred || (!median && !single)) continue;
            const long bytes = std::stol(run.run_name.args);
            times_[run.run_name.function_name][bytes] = {run.GetAdjustedRealTime(),
                                                         run.GetAdjustedCPUTime()};
            unit_ = benchmark::GetTimeUnitString(run.time_unit);
        }
        ConsoleReporter::ReportRuns(runs);
    }

    void Finalize() override {
        std::ostream& out = GetOutputStream();
        out << "\ntime(2N) / time(N): about 2 if linear, 4 if quadratic\n"
            << std::left << std::setw(16) << "input" << std::right << std::setw(10) << "bytes"
            << std::setw(14) << "wall" << std::setw(8) << "ratio" << std::setw(14) << "cpu"
            << std::setw(8) << "ratio" << '\n'
            << std::fixed;
        for (const auto& [name, bySize] : times_) {
            const Times* previous = nullptr;
            long previousBytes = 0;
            for (const auto& [bytes, times] : bySize) {
                const bool doubled = previous != nullptr && bytes == 2 * previousBytes;
                out << std::left << std::setw(16) << name << std::right << std::setw(10) << bytes;
                column(out, times.wall, doubled ? times.wall / previous->wall : 0);
                column(out, times.cpu, doubled ? times.cpu / previous->cpu : 0);
                out << '\n';
                previous = &times;
                previousBytes = bytes;
            }
        }
        ConsoleReporter::Finalize();
    }

private:
    struct Times {
        double wall, cpu;
    };

    void column(std::ostream& out, double time, double ratio) const {
        out << std::setw(11) << std::setprecision(1) << time << ' ' << std::setw(2) << unit_;
        if (ratio > 0) {
            out << std::setw(8) << std::setprecision(2) << ratio;
        } else {
            out << std::setw(8) << "";
        }
    }

    std::map<std::string, std::map<long, Times>> times_;
    std::string unit_;
};

}  // namespace

BENCHMARK(word_run)->RangeMultiplier(2)->Range(64 << 10, 4 << 20)->Unit(benchmark::kMillisecond);
BENCHMARK(long_sentence)
    ->RangeMultiplier(2)
    ->Range(64 << 10, 4 << 20)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(normal_text)->RangeMultiplier(2)->Range(1 << 20, 8 << 20)->Unit(benchmark::kMillisecond);
BENCHMARK(verb_list)->RangeMultiplier(2)->Range(16 << 10, 128 << 10)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    RatioReporter reporter(benchmark::ConsoleReporter::OO_Tabular);
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
