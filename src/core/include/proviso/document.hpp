// The engine's view of a document: an ordered list of blocks. A block is one paragraph, list
// item, table cell or footnote paragraph, as the caller (Writer, a text file) sees it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace proviso {

struct Block {
    std::string text;       // UTF-8, exactly the characters a reader sees in this block
    int outlineLevel = 0;   // 0 = body text; 1.. = heading level, where the source knows it
    std::string listLabel;  // numbering shown before the text by the source, e.g. "(a)" or "2."
    std::string language;   // BCP 47 tag such as "en" or "fr-FR"; empty when unknown
    std::size_t sourceLine = 0;    // 1-based line in the source, where that means something
    std::size_t sourceOffset = 0;  // code-point offset of the block's first character in the source
    // 0 for the body; n for the blocks of the n-th place outside it (a footnote, a frame, a
    // header), which belong to no article: a footnote that cites "the Supreme Court" is not
    // a judge authorising the last section's power.
    int apart = 0;
};

struct Document {
    std::vector<Block> blocks;
};

// For sources that are not one text (a Writer document): numbers blocks as if they were joined
// by one newline each, setting sourceLine (1-based block number) and sourceOffset accordingly.
void numberBlocksAsJoinedText(Document& doc);

// Splits plain text into one block per non-empty line (a line is what a .txt reader sees as a
// paragraph); each block remembers its line number and its code-point offset in `text`.
Document documentFromPlainText(std::string_view text);

}  // namespace proviso
