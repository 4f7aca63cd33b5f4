#include "proviso/sentences.hpp"

#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

#include "proviso/cues.hpp"
#include "proviso/utf.hpp"

namespace proviso {

namespace {

RE2::Options caseless() {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    return options;
}

// A sentence "ending" in one of these is not finished: the next words continue it.
bool endsWithAbbreviation(std::string_view piece) {
    // The languages' abbreviations, and any single letter ("a." of a list, "J." of a name).
    static const RE2 abbreviation(
        R"((?:^|[\s(\[])(?:)" + cueAlternatives(&LanguageCues::abbreviations) + R"(|[a-z])\.\s*$)",
        caseless());
    static const RE2 numbering(R"(^\s*(?:\(?[0-9]{1,3}[a-z]?[.)]|\([a-z]{1,4}\)|[a-z]\))\s*$)",
                               caseless());
    return RE2::PartialMatch(piece, abbreviation) || RE2::FullMatch(piece, numbering);
}

std::unique_ptr<icu::BreakIterator> makeIterator() {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" turns on ICU's own abbreviation suppressions ("Mr.", "etc.").
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en_US@ss=standard"), status));
    if (U_FAILURE(status)) return nullptr;
    return it;
}

}  // namespace

std::vector<std::size_t> sentenceStarts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    if (text.empty()) return starts;
    thread_local std::unique_ptr<icu::BreakIterator> iterator = makeIterator();
    if (!iterator) return starts;
    const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    iterator->setText(unicode);
    // Walk the UTF-8 and UTF-16 texts together to turn ICU's UTF-16 boundaries into bytes.
    std::size_t byte = 0;
    int32_t unit = 0;
    std::size_t lastStart = 0;
    for (int32_t boundary = iterator->next(); boundary != icu::BreakIterator::DONE;
         boundary = iterator->next()) {
        while (unit < boundary && byte < text.size()) {
            const char32_t c = decodeUtf8(text, byte);
            unit += c >= 0x10000 ? 2 : 1;
        }
        if (byte >= text.size()) break;
        if (endsWithAbbreviation(text.substr(lastStart, byte - lastStart))) continue;
        starts.push_back(byte);
        lastStart = byte;
    }
    return starts;
}

}  // namespace proviso
