#include "proviso/rule_test.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "proviso/engine.hpp"
#include "proviso/utf.hpp"

namespace proviso {

ParsedExample parseExample(const std::string& text) {
    ParsedExample parsed;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string::npos) eol = text.size();
        const std::string line = text.substr(pos, eol - pos);
        Block block;
        std::size_t cp = 0;
        std::size_t openedAt = 0;
        bool open = false;
        for (std::size_t i = 0; i < line.size();) {
            if (line.compare(i, 2, "[[") == 0 && !open) {
                open = true, openedAt = cp, i += 2;
            } else if (line.compare(i, 2, "]]") == 0 && open) {
                open = false, i += 2;
                parsed.expected.push_back({parsed.document.blocks.size(), openedAt, cp});
            } else {
                const std::size_t begin = i;
                decodeUtf8(line, i);
                block.text.append(line, begin, i - begin);
                ++cp;
            }
        }
        if (!block.text.empty()) parsed.document.blocks.push_back(std::move(block));
        if (eol == text.size()) break;
        pos = eol + 1;
    }
    numberBlocksAsJoinedText(parsed.document);
    return parsed;
}

namespace {

std::string quote(const Document& doc, std::size_t block, std::size_t start, std::size_t end) {
    const std::string& text = doc.blocks[block].text;
    const std::size_t from = byteOffsetOfCodePoint(text, start);
    const std::size_t to = byteOffsetOfCodePoint(text, end);
    return "\"" + text.substr(from, to - from) + "\"";
}

}  // namespace

std::vector<ExampleFailure> testRuleExamples(const Rule& rule) {
    std::vector<ExampleFailure> failures;
    const Engine engine({&rule});
    for (const RuleExample& example : rule.info().examples) {
        const ParsedExample parsed = parseExample(example.text);
        const std::vector<Finding> findings = engine.scan(parsed.document);
        auto fail = [&](std::string problem) {
            failures.push_back({rule.info().id, example.file, example.line, std::move(problem)});
        };
        if (!example.mustFlag) {
            for (const Finding& f : findings) {
                fail("pass example was flagged at " +
                     quote(parsed.document, f.block, f.start, f.end));
            }
            continue;
        }
        if (findings.empty()) {
            fail("flag example was not flagged");
            continue;
        }
        if (parsed.expected.empty()) continue;  // nothing marked: any finding will do
        std::set<std::tuple<std::size_t, std::size_t, std::size_t>> want, got;
        for (const auto& s : parsed.expected) want.insert({s.block, s.start, s.end});
        for (const Finding& f : findings) got.insert({f.block, f.start, f.end});
        for (const auto& [b, s, e] : want) {
            if (!got.count({b, s, e}))
                fail("expected " + quote(parsed.document, b, s, e) + " to be flagged");
        }
        for (const auto& [b, s, e] : got) {
            if (!want.count({b, s, e}))
                fail("flagged " + quote(parsed.document, b, s, e) +
                     ", which is not marked [[...]]");
        }
    }
    return failures;
}

}  // namespace proviso
