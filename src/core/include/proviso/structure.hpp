// Recovers the structure of a bill or treaty from its blocks: which article or section each
// block belongs to, and which numbered paragraph inside it, so that a finding can say
// "Article 19(4)" and a rule can look for a safeguard anywhere in the same provision.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "proviso/document.hpp"

namespace proviso {

struct Provision {
    std::string label;           // "Article 19(4)", "Section 24", "" before the first heading
    std::size_t firstBlock = 0;  // the blocks [firstBlock, endBlock) make up the provision
    std::size_t endBlock = 0;
    std::size_t article = 0;  // index of the enclosing article (same for all its paragraphs)
    std::string number;       // "1" for the paragraph "(1)" or "1."; "" for an article's opening
};

inline constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);

struct DocumentStructure {
    std::vector<Provision> provisions;     // in document order, covering every block once
    std::vector<std::size_t> provisionOf;  // block index -> index into provisions
    // block index -> true for titles (a heading level from the source, or a plain-text line
    // starting with '#'): they name a provision but grant nothing, so rules do not flag them.
    std::vector<bool> isTitle;
    // block index -> the lettered item (and roman sub-item) it belongs to, e.g. "(b)" or
    // "(b)(ii)"; empty outside items.
    std::vector<std::string> itemOf;
    // block index -> the block that introduces its list of items ("The officer may: (a) ...;
    // (b) ..."): the last block before the first item in the same provision; kNoBlock outside
    // items, or when the list opens its provision.
    std::vector<std::size_t> leadInOf;
    // label -> index into provisions of the first provision with that label (findArticle's
    // index, so that following a reference does not walk every provision).
    std::unordered_map<std::string, std::size_t> firstWithLabel;

    // The full label a finding in `block` carries: "Article 19(4)(b)"; empty if unknown.
    std::string labelOf(std::size_t block) const;

    // The provision that opens the article or section labelled exactly `label` ("Article 15"),
    // or nullptr if the document has none.
    const Provision* findArticle(const std::string& label) const;

    // Blocks [first, end) of the whole article that contains `block`.
    std::pair<std::size_t, std::size_t> articleBlocks(std::size_t block) const;
};

// Recognises headings such as "Article 28", "Art. 5", "Section 24", "s. 24", "Artículo 12",
// "Article 15 -", a leading "24(1)", numbered paragraphs "(1)", "1.", lettered items "(a)",
// "a)" and roman sub-items "(i)" (from the text or the block's list label), and chapter or part
// headings, which close the current article. Never fails: a document without recognisable
// structure is one unnamed provision.
DocumentStructure segmentProvisions(const Document& doc);

}  // namespace proviso
