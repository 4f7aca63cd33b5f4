// Sentence boundaries, for rules whose condition must hold within one sentence ("may ...
// without a warrant" versus "shall not ... without a warrant").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace proviso {

// Byte offsets at which sentences of the UTF-8 `text` start; the first is always 0. ICU's
// sentence rules, but legal drafting's abbreviations and numbering ("art. 5", "No. 3", "s. 24",
// "para. 2", "1. Each Party") do not end a sentence.
std::vector<std::size_t> sentenceStarts(std::string_view text);

}  // namespace proviso
