// libFuzzer target: arbitrary bytes as a plain-text document, scanned with the shipped rule
// packs. The engine must never crash, hang or leak for any document, and every finding must
// point inside the document. Built by the "fuzz" preset; run by packaging/sanitize.sh.
//
// Input layout: TEXT [ '\0' CONTROL... ]. Everything before the last NUL byte (or the whole
// input if there is none) is the document's text, split into blocks by
// proviso::documentFromPlainText. Each CONTROL byte, if present, sets the structure of the
// block of the same index, as a Writer document would: bits 0-2 the outline level, bits 3-5
// a list label from a small table, bits 6-7 the block's language.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <tuple>
#include <vector>

#include "proviso/document.hpp"
#include "proviso/engine.hpp"
#include "proviso/rule_set.hpp"
#include "proviso/utf.hpp"

namespace {

const proviso::Engine& engine() {
    static const proviso::RuleSet* rules = [] {
        auto* set = new proviso::RuleSet;
        std::vector<proviso::LoadError> errors;
        set->load(PROVISO_RULES_DIR, errors);
        for (const auto& e : errors) std::fprintf(stderr, "%s\n", e.toString().c_str());
        if (!errors.empty() || set->rules().empty()) {
            std::fprintf(stderr, "engine_fuzzer: cannot load the rule packs in %s\n",
                         PROVISO_RULES_DIR);
            std::abort();
        }
        return set;
    }();
    static const proviso::Engine* instance = new proviso::Engine(rules->rules());
    return *instance;
}

constexpr const char* kListLabels[] = {"",    "(a)",       "1.",  "(ii)",
                                       "2.1", "Article 5", "§ 3", "\xE2\x80\xA2"};
constexpr const char* kLanguages[] = {"", "en", "fr-FR", "de"};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    (void)engine();  // load the packs before the first input, not during it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string_view text = input;
    std::string_view control;
    if (const std::size_t nul = input.rfind('\0'); nul != std::string_view::npos) {
        text = input.substr(0, nul);
        control = input.substr(nul + 1);
    }

    proviso::Document doc = proviso::documentFromPlainText(text);
    for (std::size_t i = 0; i < control.size() && i < doc.blocks.size(); ++i) {
        const auto c = static_cast<unsigned char>(control[i]);
        doc.blocks[i].outlineLevel = c & 7;
        doc.blocks[i].listLabel = kListLabels[(c >> 3) & 7];
        doc.blocks[i].language = kLanguages[(c >> 6) & 3];
    }

    const std::vector<proviso::Finding> findings = engine().scan(doc);

    // Counted once per block: counting per finding would make the check itself quadratic in a
    // long paragraph with many findings.
    std::vector<std::size_t> lengths;
    lengths.reserve(doc.blocks.size());
    for (const proviso::Block& block : doc.blocks) {
        lengths.push_back(proviso::countCodePoints(block.text));
    }
    for (std::size_t k = 0; k < findings.size(); ++k) {
        const proviso::Finding& f = findings[k];
        if (f.block >= doc.blocks.size()) __builtin_trap();
        if (f.start > f.end) __builtin_trap();
        if (f.end > lengths[f.block]) __builtin_trap();
        // Documented order: by block, then start, then end, then rule id.
        if (k > 0) {
            const proviso::Finding& p = findings[k - 1];
            if (std::tie(f.block, f.start, f.end, f.ruleId) <
                std::tie(p.block, p.start, p.end, p.ruleId))
                __builtin_trap();
        }
    }
    return 0;
}
