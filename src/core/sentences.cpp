#include "proviso/sentences.hpp"

#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
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
    // Chinese and Arabic semicolons end a clause as a full stop would: the items of a Chinese
    // list ("（一）...；（二）...；") are sentences of their own. ICU does not break there.
    // The text is normalised: the Chinese one is ";" after a Chinese character by then.
    auto chineseBefore = [&](std::size_t at) {
        std::size_t start = at;
        for (int back = 0; back < 3 && start > 0; ++back) {
            --start;
            if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) break;
        }
        std::size_t i = start;
        const char32_t c = start < at ? decodeUtf8(text, i) : 0;
        return (c >= 0x3400 && c <= 0x9FFF) || c == 0xFF09 || c == 0x3001;
    };
    bool added = false;
    for (const std::string_view semicolon : {std::string_view(";"), std::string_view("\u061B")}) {
        for (std::size_t at = text.find(semicolon); at != std::string_view::npos;
             at = text.find(semicolon, at + 1)) {
            if (semicolon == ";" && !chineseBefore(at)) continue;
            std::size_t next = at + semicolon.size();
            while (next < text.size() && text[next] == ' ') ++next;
            if (next < text.size()) starts.push_back(next), added = true;
        }
    }
    if (added) {
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    }
    return starts;
}

}  // namespace proviso
