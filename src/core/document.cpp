#include "proviso/document.hpp"

#include "proviso/utf.hpp"

namespace proviso {

void numberBlocksAsJoinedText(Document& doc) {
    std::size_t offset = 0;
    for (std::size_t k = 0; k < doc.blocks.size(); ++k) {
        doc.blocks[k].sourceLine = k + 1;
        doc.blocks[k].sourceOffset = offset;
        offset += countCodePoints(doc.blocks[k].text) + 1;
    }
}

Document documentFromPlainText(std::string_view text) {
    Document doc;
    std::size_t line = 1;
    std::size_t pos = 0;
    std::size_t lineOffset = 0;  // code points before `pos`
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view content = text.substr(pos, eol - pos);
        if (!content.empty() && content.back() == '\r') content.remove_suffix(1);
        if (content.find_first_not_of(" \t") != std::string_view::npos) {
            Block block;
            block.text = std::string(content);
            block.sourceLine = line;
            block.sourceOffset = lineOffset;
            doc.blocks.push_back(std::move(block));
        }
        if (eol == text.size()) break;
        lineOffset += countCodePoints(text.substr(pos, eol - pos)) + 1;
        pos = eol + 1;
        ++line;
    }
    return doc;
}

}  // namespace proviso
