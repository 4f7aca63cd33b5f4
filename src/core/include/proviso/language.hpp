// Which language a piece of legal text is written in, from the function words it uses. Rules are
// written per language, and documents often declare the wrong one (a French bill typed in an
// office set to English), so the words on the page are the best evidence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "proviso/document.hpp"

namespace proviso {

// "en", "fr", "es", "de", "it" or "pt" from function words, "ar", "ru" or "zh" from the script,
// when the text gives enough evidence; "" otherwise.
std::string detectLanguage(std::string_view text);

// A weaker guess, for telling a finding in the reader's language when detectLanguage cannot
// decide (a one-line paragraph): the language with more function words than any other, even a
// single one more; "" on a tie or none.
std::string likelyLanguage(std::string_view text);

// The language each block is scanned as: what its own words show; failing that, the language
// the source declared for it; failing that, what the whole document's words show.
std::vector<std::string> effectiveLanguages(const Document& doc);

// The language of a BCP 47 tag, lower-case: "fr" for "fr-FR" or "FR_ca".
std::string primarySubtag(std::string_view tag);

}  // namespace proviso
