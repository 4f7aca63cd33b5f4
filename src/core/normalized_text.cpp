#include "proviso/normalized_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "ascii_bytes.hpp"
#include "proviso/utf.hpp"

namespace proviso {

namespace {

enum class Fold { Keep, Drop, Space, Replace };

struct Folded {
    Fold kind;
    char ascii = 0;
};

// Characters that vary between copies of the same legal text without changing its meaning.
Folded classify(char32_t c) {
    switch (c) {
        case U'\u2018':
        case U'\u2019':
        case U'\u201A':
        case U'\u201B':
        case U'\u2032':
        case U'\u00B4':
            return {Fold::Replace, '\''};
        case U'\u201C':
        case U'\u201D':
        case U'\u201E':
        case U'\u201F':
        case U'\u2033':
        case U'\u00AB':
        case U'\u00BB':
            return {Fold::Replace, '"'};
        case U'\u2010':
        case U'\u2011':
        case U'\u2012':
        case U'\u2013':
        case U'\u2014':
        case U'\u2015':
        case U'\u2212':
        case U'\uFE58':
        case U'\uFE63':
        case U'\uFF0D':
            return {Fold::Replace, '-'};
        case U'\u200B':
        case U'\u200C':
        case U'\u200D':
        // Direction marks, embeddings and isolates: right-to-left text copied from a word
        // processor carries them between words and inside phrases.
        case U'\u200E':
        case U'\u200F':
        case U'\u061C':
        case U'\u202A':
        case U'\u202B':
        case U'\u202C':
        case U'\u202D':
        case U'\u202E':
        case U'\u2066':
        case U'\u2067':
        case U'\u2068':
        case U'\u2069':
        case U'\u2060':
        case U'\uFEFF':
        case U'\u00AD':
            return {Fold::Drop};
        default:
            break;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
        c == U'\u00A0' || c == U'\u2028' || c == U'\u2029' || (c >= U'\u2000' && c <= U'\u200A') ||
        c == U'\u202F' || c == U'\u205F' || c == U'\u3000') {
        return {Fold::Space};
    }
    return {Fold::Keep};
}

// Arabic letters that copies of the same text spell in more than one way: vowel marks and
// tatweel (dropped: 0), hamza forms of alef, alef maqsura, ta marbuta, hamza on waw and yeh, and
// the Persian forms of kaf and yeh; Arabic-Indic digits (article numbers are written with
// either kind) become ASCII ones. Anything else is itself.
char32_t arabicFold(char32_t c) {
    if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
    if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
        (c >= 0x06D6 && c <= 0x06ED)) {
        return 0;
    }
    switch (c) {
        case 0x0622:        // آ
        case 0x0623:        // أ
        case 0x0625:        // إ
        case 0x0671:        // ٱ
            return 0x0627;  // ا
        case 0x0629:        // ة
            return 0x0647;  // ه
        case 0x0649:        // ى
        case 0x06CC:        // ی
            return 0x064A;  // ي
        case 0x0624:        // ؤ
        case 0x0626:        // ئ
            return 0x0621;  // ء
        case 0x06A9:        // ک
            return 0x0643;  // ك
        default:
            return c;
    }
}

// `utf8` with arabicFold applied; untouched (and not copied) without an Arabic letter.
void foldArabic(std::string& utf8) {
    // U+0600 to U+06FF start with the bytes 0xD8 to 0xDB.
    const bool arabic = std::any_of(utf8.begin(), utf8.end(), [](char b) {
        const auto byte = static_cast<unsigned char>(b);
        return byte >= 0xD8 && byte <= 0xDB;
    });
    if (!arabic) return;
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t folded = arabicFold(decodeUtf8(utf8, i));
        if (folded != 0) appendUtf8(out, folded);
    }
    utf8 = std::move(out);
}

constexpr std::uint32_t kMaxNonStarters = 30;

const icu::Normalizer2* nfkc() {
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

// The end of the run of plain ASCII from `i` that is copied as it is: printable characters,
// and spaces that do not follow a space (`afterSpace`: the byte before `i` was one). It stops
// before a printable character that may be followed by a combining mark (a byte from 0xCC):
// the two normalise together.
std::size_t asciiRunEnd(std::string_view original, std::size_t i, bool afterSpace) {
    const std::size_t begin = i;
    // Eight bytes at a time while all are printable or single spaces.
    while (i + 8 <= original.size()) {
        const std::uint64_t x = ascii::load8(original.data() + i);
        const std::uint64_t spaces = ascii::equalTo(x, ' ');
        if ((ascii::inRange(x, 0x21, 0x7E) | spaces) != ascii::kTops) break;
        if ((spaces & ascii::afterFlagged(spaces)) != 0 ||
            (afterSpace && (spaces & ascii::kFirst) != 0)) {
            break;  // two spaces in a row: the second is dropped
        }
        afterSpace = (spaces & ascii::kLast) != 0;
        i += 8;
    }
    bool space = afterSpace;
    for (; i < original.size(); ++i) {
        const auto byte = static_cast<unsigned char>(original[i]);
        if (byte > 0x20 && byte < 0x7F) {
            space = false;
        } else if (byte == ' ' && !space) {
            space = true;
        } else {
            break;
        }
    }
    if (i > begin && i < original.size() && static_cast<unsigned char>(original[i]) >= 0xCC &&
        original[i - 1] != ' ') {
        --i;
    }
    return i;
}

// A character or a character and its combining marks, normalised on its own.
std::string nfkcOf(const icu::Normalizer2* normalizer, std::string_view segment) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString normalized =
        normalizer->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                  segment.data(), static_cast<int32_t>(segment.size()))),
                              status);
    std::string utf8;
    if (U_SUCCESS(status)) {
        normalized.toUTF8String(utf8);
    } else {
        utf8.assign(segment);
    }
    foldArabic(utf8);
    return utf8;
}

constexpr char32_t kTwoByteEnd = 0x800;

// The normalised form of each character from U+0080 to U+07FF standing alone (with no
// combining mark after it), computed once: most non-ASCII characters of European legal texts
// are among them.
const std::vector<std::string>& twoByteForms() {
    static const std::vector<std::string> forms = [] {
        std::vector<std::string> out;
        out.reserve(kTwoByteEnd - 0x80);
        for (char32_t c = 0x80; c < kTwoByteEnd; ++c) {
            std::string utf8;
            appendUtf8(utf8, c);
            const bool inert = nfkc()->isInert(static_cast<UChar32>(c));
            std::string form = inert ? utf8 : nfkcOf(nfkc(), utf8);
            foldArabic(form);
            out.push_back(std::move(form));
        }
        return out;
    }();
    return forms;
}

}  // namespace

std::string foldedLikeText(std::string_view pattern) {
    std::string out(pattern);
    foldArabic(out);
    return out;
}

// Builds the pieces of the maps in scratch space that is kept from one text to the next, and
// stores them only if they are not the identity.
class NormalizedText::Builder {
public:
    explicit Builder(NormalizedText& out)
        : out_(out), origin_(scratch().origin), byteOf_(scratch().byteOf) {
        origin_.clear();
        byteOf_.clear();
    }

    // Appends one character or one expansion that stands for original code point `codePoint`.
    void emit(std::string_view bytes, std::uint32_t codePoint) {
        if (bytes.empty()) return;
        std::size_t one = 0;
        decodeUtf8(bytes, one);
        // One character maps byte by byte like a copied one; an expansion maps wholly to
        // `codePoint`.
        append(bytes, codePoint, one == bytes.size() ? bytes.size() : 0);
    }

    // Appends `bytes`, characters of `width` bytes each standing for consecutive code points
    // from `codePoint` on (0: the whole stands for it).
    void append(std::string_view bytes, std::uint32_t codePoint, std::size_t width) {
        const auto at = static_cast<std::uint32_t>(out_.text_.size());
        out_.text_.append(bytes);
        if (!origin_.empty() && width != 0) {
            const Piece& last = origin_.back();
            if (last.width == width && (at - last.from) % width == 0 &&
                last.to + (at - last.from) / width == codePoint) {
                return;  // continues the run before it
            }
        }
        origin_.push_back({at, codePoint, static_cast<std::uint32_t>(width)});
    }

    // Original code point `codePoint` is `width` bytes at `byte`.
    void mapCodePoint(std::uint32_t codePoint, std::size_t byte, std::size_t width) {
        if (!byteOf_.empty()) {
            const Piece& last = byteOf_.back();
            if (last.width == width && last.to + (codePoint - last.from) * width == byte) return;
        }
        byteOf_.push_back(
            {codePoint, static_cast<std::uint32_t>(byte), static_cast<std::uint32_t>(width)});
    }

    // `codePoints` original code points were read.
    void finish(std::uint32_t codePoints) {
        out_.codePoints_ = codePoints;
        const auto size = static_cast<std::uint32_t>(out_.text_.size());
        origin_.push_back({size, codePoints, 0});
        // One run copied from the first byte, every code point one byte: the identity.
        const bool identity =
            codePoints == size &&
            (size == 0 || (origin_.size() == 2 && origin_[0].to == 0 && origin_[0].width == 1 &&
                           byteOf_.size() == 1 && byteOf_[0].to == 0 && byteOf_[0].width == 1));
        if (identity) return;
        out_.pieces_.reserve(origin_.size() + byteOf_.size());
        out_.pieces_.assign(origin_.begin(), origin_.end());
        out_.pieces_.insert(out_.pieces_.end(), byteOf_.begin(), byteOf_.end());
        out_.originPieces_ = static_cast<std::uint32_t>(origin_.size());
    }

private:
    struct Scratch {
        std::vector<Piece> origin, byteOf;
    };
    static Scratch& scratch() {
        thread_local Scratch kept;
        return kept;
    }

    NormalizedText& out_;
    std::vector<Piece>& origin_;
    std::vector<Piece>& byteOf_;
};

NormalizedText::NormalizedText(std::string_view original, Reading reading)
    : originalBytes_(static_cast<std::uint32_t>(original.size())) {
    text_.reserve(original.size());
    Builder builder(*this);
    const icu::Normalizer2* normalizer = nfkc();
    std::uint32_t cp = 0;
    bool lastWasSpace = false;
    for (std::size_t i = 0; i < original.size(); ++cp) {
        if (reading == Reading::AsciiRuns) {
            // Plain ASCII is most of any legal text: a run of it is copied as it is, and maps
            // back one to one.
            const std::size_t end = asciiRunEnd(original, i, lastWasSpace);
            if (end > i) {
                builder.append(original.substr(i, end - i), cp, 1);
                builder.mapCodePoint(cp, i, 1);
                lastWasSpace = original[end - 1] == ' ';
                cp += static_cast<std::uint32_t>(end - i - 1);
                i = end;
                continue;
            }
        }
        const std::size_t begin = i;
        const char32_t c = decodeUtf8(original, i);
        builder.mapCodePoint(cp, begin, i - begin);
        const Folded folded = classify(c);
        if (folded.kind == Fold::Drop) continue;
        if (folded.kind == Fold::Space) {
            // A run of white space is one space: patterns need not guess how a copy was spaced.
            if (!lastWasSpace) builder.emit(" ", cp);
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        if (folded.kind == Fold::Replace) {
            const char ch = folded.ascii;
            builder.emit(std::string_view(&ch, 1), cp);
            continue;
        }
        if (c == 0xFFFD) {
            builder.emit("\xEF\xBF\xBD",
                         cp);  // also stands in for a malformed byte, never copied as is
            continue;
        }
        // A character and the combining marks after it ("e" + U+0301) normalise together, so
        // that a decomposed "é" matches a pattern written with the composed one. At most
        // kMaxNonStarters of them: putting marks in canonical order takes time that grows with
        // the square of their number, and no writing system needs more (the limit of Unicode's
        // stream-safe text format, UAX #15); the marks after them normalise as a group of their
        // own.
        std::size_t end = i;
        std::uint32_t last = cp;
        while (normalizer != nullptr && end < original.size() && last - cp < kMaxNonStarters) {
            std::size_t next = end;
            const char32_t following = decodeUtf8(original, next);
            if (following < 0x300 ||
                normalizer->hasBoundaryBefore(static_cast<UChar32>(following))) {
                break;
            }
            ++last;
            builder.mapCodePoint(last, end, next - end);
            end = next;
        }
        const std::string_view segment = original.substr(begin, end - begin);
        if (normalizer == nullptr || (end == i && c < 0x80)) {
            builder.emit(segment, cp);
            continue;
        }
        std::string utf8;
        if (end == i && c < kTwoByteEnd) {
            utf8 = twoByteForms()[c - 0x80];  // accented Latin letters and the like, looked up
        } else if (end == i && normalizer->isInert(static_cast<UChar32>(c))) {
            builder.emit(segment, cp);
            continue;
        } else {
            utf8 = nfkcOf(normalizer, segment);
        }
        // The first output character stands for the first original one, the rest for the last,
        // so a match covering the whole output covers the whole original sequence.
        std::size_t firstLength = 0;
        if (!utf8.empty()) decodeUtf8(utf8, firstLength);
        if (firstLength == utf8.size() && firstLength > 1 && last > cp) {
            // One character for several ("e" and an accent, an Arabic letter and its vowel
            // marks): its last byte stands for the last, so that a match ending with it ends
            // after the marks.
            builder.append(std::string_view(utf8).substr(0, firstLength - 1), cp, 0);
            builder.append(std::string_view(utf8).substr(firstLength - 1), last, 0);
        } else {
            builder.emit(std::string_view(utf8).substr(0, firstLength), cp);
            builder.emit(std::string_view(utf8).substr(firstLength), last);
        }
        cp = last;
        i = end;
    }
    builder.finish(cp);
}

const NormalizedText::Piece& NormalizedText::pieceOf(const Piece* first, const Piece* last,
                                                     std::size_t x) {
    return *(
        std::upper_bound(first, last, x, [](std::size_t v, const Piece& p) { return v < p.from; }) -
        1);
}

CodePointSpan NormalizedText::toOriginal(std::size_t begin, std::size_t end) const {
    if (begin > text_.size()) begin = text_.size();
    if (end > text_.size()) end = text_.size();
    auto origin = [this](std::size_t byte) -> std::size_t {
        if (pieces_.empty()) return byte;  // the identity
        const Piece& p = pieceOf(pieces_.data(), pieces_.data() + originPieces_, byte);
        return p.width == 0 ? p.to : p.to + (byte - p.from) / p.width;
    };
    if (end <= begin) return {origin(begin), origin(begin)};
    return {origin(begin), origin(end - 1) + 1};
}

std::size_t NormalizedText::originalByte(std::size_t codePoint) const {
    if (codePoint >= codePoints_) return originalBytes_;
    if (pieces_.empty()) return codePoint;  // the identity
    const Piece& p =
        pieceOf(pieces_.data() + originPieces_, pieces_.data() + pieces_.size(), codePoint);
    return p.to + (codePoint - p.from) * p.width;
}

}  // namespace proviso
