#include "proviso/structure.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string_view>

#include "proviso/cues.hpp"
#include "proviso/normalized_text.hpp"

namespace proviso {

namespace {

struct Heading {
    bool chapter = false;  // "Part II", "Chapter 3", "Capítulo I": groups articles, grants nothing
    std::string article;   // "Article 28" / "Section 24"
    std::string paragraph;  // "(1)", or "" when the block does not number a paragraph
    std::string item;       // "a", "iv": a lettered item or roman sub-item, without brackets
};

RE2::Options caseless() {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    return options;
}

// The keyword decides how the label reads: treaties have articles, common-law bills sections.
const std::string& articleKeywords() {
    static const std::string alternatives = cueAlternatives(&LanguageCues::articleHeadings);
    return alternatives;
}

// What follows the keyword: the number (group 1 here) and a sub-paragraph (group 2).
constexpr const char* kArticleNumber =
    R"((\d+[a-z]?(?:\s+(?:bis|ter|quater))?(?:\s+[a-z]\b)?)(?:\s*\((\d+)\))?)";

const RE2& articleHeading() {
    static const RE2 re(
        R"(^\s*(?:#+\s*(?:\pL+\s+){0,2})?\[?()" + articleKeywords() + R"()\s*)" + kArticleNumber,
        caseless());
    return re;
}

// The two halves of articleHeading() where it starts with its keyword; see readArticle.
const RE2& keywordThenDigit() {
    static const RE2 re(articleKeywords() + R"(\s*\d)", caseless());
    return re;
}
const RE2& articleNumber() {
    static const RE2 re(kArticleNumber, caseless());
    return re;
}

const RE2& chapterHeading() {
    static const RE2 re(R"(^\s*(?:#+\s*)?(?:)" + cueAlternatives(&LanguageCues::chapterHeadings) +
                            R"(\s+(?:[ivxlc]+|\d+|)" + cueAlternatives(&LanguageCues::numberWords) +
                            R"()\b|)" + cueAlternatives(&LanguageCues::chapterHeadingForms) + ")",
                        caseless());
    return re;
}

// The languages' whole heading forms, whose group is the number: "第十二条", "المادة (12)",
// "Статья 15.3"; a second group is a number added to it ("第二百八十六条之一": 286-1). Each
// alone, to tell which group is the number.
const std::vector<std::unique_ptr<RE2>>& articleHeadingForms() {
    static const std::vector<std::unique_ptr<RE2>> forms = [] {
        std::vector<std::unique_ptr<RE2>> out;
        for (const LanguageCues& language : languageCues()) {
            for (const std::string& form : language.articleHeadingForms) {
                out.push_back(std::make_unique<RE2>(
                    R"(^\s*(?:#+\s*)?\[?(?:)" + foldedLikeText(form) + ")", caseless()));
            }
        }
        return out;
    }();
    return forms;
}

// All of them as one pattern, for the set of headingPatterns().
const RE2& anyArticleHeadingForm() {
    static const RE2 re(
        R"(^\s*(?:#+\s*)?\[?)" + cueAlternatives(&LanguageCues::articleHeadingForms), caseless());
    return re;
}

// The label of a heading in one of the forms above, or "" if `text` starts with none.
std::string articleFromForms(const std::string& text) {
    for (const auto& form : articleHeadingForms()) {
        std::string written, sub;
        const bool matched = form->NumberOfCapturingGroups() == 1
                                 ? RE2::PartialMatch(text, *form, &written)
                                 : RE2::PartialMatch(text, *form, &written, &sub);
        if (!matched) continue;
        const std::optional<std::string> subNumber = writtenNumber(sub);
        const std::string suffix = subNumber ? "-" + *subNumber : "";
        // A number in words may be followed by the article's first words ("المادة الأولى يقصد
        // ..."): the longest run of words that is a number.
        while (!written.empty()) {
            if (const std::optional<std::string> number = writtenNumber(written)) {
                return "Article " + *number + suffix;
            }
            const std::size_t space = written.find_last_of(' ');
            written.resize(space == std::string::npos ? 0 : space);
        }
    }
    return "";
}

// All of them as one pattern, for the set of headingPatterns().
const RE2& anyItemForm() {
    static const RE2 re(R"(^\s*)" + cueAlternatives(&LanguageCues::itemForms), caseless());
    return re;
}

// The item a block starts with in one of the languages' own item forms ("（一）" is item 1,
// "б)" item б), or "".
std::string itemFromForms(const std::string& text) {
    static const std::vector<std::unique_ptr<RE2>> forms = [] {
        std::vector<std::unique_ptr<RE2>> out;
        for (const LanguageCues& language : languageCues()) {
            for (const std::string& form : language.itemForms) {
                out.push_back(
                    std::make_unique<RE2>(R"(^\s*(?:)" + foldedLikeText(form) + ")", caseless()));
            }
        }
        return out;
    }();
    for (const auto& form : forms) {
        std::string written;
        if (!RE2::PartialMatch(text, *form, &written)) continue;
        const std::optional<std::string> number = writtenNumber(written);
        return number ? *number : written;
    }
    return "";
}

// Arabic headings are read in the folded spelling NormalizedText gives (Arabic-Indic digits,
// ta marbuta and hamza forms as one): true if `text` has a letter of the Arabic block.
bool hasArabic(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char b) {
        const auto byte = static_cast<unsigned char>(b);
        return byte >= 0xD8 && byte <= 0xDB;
    });
}

// "24(1) A person who..." at the start of a block: section 24, subsection 1.
const RE2& bareSectionParagraph() {
    static const RE2 re(R"(^\s*(\d+[A-Z]?)\((\d+)\)\s)", caseless());
    return re;
}

// "(1)", "1.", "(a)", "a)", "(iv)" at the start of a block or as its list label.
const RE2& leadingNumber() {
    static const RE2 re(R"(^\s*(?:\((\d+|[a-z]{1,5})\)|(\d+)\.|([a-z]{1,5})\))(?:\s|$))",
                        caseless());
    return re;
}

bool isRoman(const std::string& s) {
    static const RE2 re(R"(^(?:x{0,3})(?:ix|iv|v?i{0,3})$)", caseless());
    return !s.empty() && RE2::FullMatch(s, re);
}

std::string articleLabel(const std::string& keyword, const std::string& number) {
    const char first = keyword.empty() ? 'a' : static_cast<char>(std::tolower(keyword[0]));
    if (first == 's') return "Section " + number;
    return "Article " + number;
}

// Reads articleHeading()'s groups from `text` (the keyword, or as much of it as articleLabel
// looks at; the number; the sub-paragraph); false if it does not match. Its groups cost a slow
// pass of a large automaton; two small passes give the same where the text before the keyword
// is ASCII. Where the keyword may start is tried here in the pattern's own order of preference
// (after "#"s: two words, one, none, each followed by all its white space first; at each
// place, after a "[" first); the first place where the keywords followed by a digit match is
// the pattern's choice, and that match its choice of keyword, since what follows the keyword
// matches exactly when white space and a digit do. The number's own pattern then reads the
// number and the sub-paragraph from that digit. Anything else the pattern would try is left to
// the pattern.
bool readArticle(const std::string& text, std::string& keyword, std::string& number,
                 std::string& sub) {
    auto isSpace = [&](std::size_t i) {  // RE2's \s
        return i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                                   text[i] == '\f' || text[i] == '\r');
    };
    auto isLetter = [&](std::size_t i) {
        return i < text.size() &&
               ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'));
    };
    std::size_t pos = 0;
    while (isSpace(pos)) ++pos;
    std::vector<std::size_t> starts{pos};  // where the keyword (or a "[") may start, best first
    if (pos < text.size() && text[pos] == '#') {
        while (pos < text.size() && text[pos] == '#') ++pos;
        while (isSpace(pos)) ++pos;
        starts = {pos};
        for (int word = 0; word < 2; ++word) {  // (?:\pL+\s+){0,2}
            std::size_t end = pos;
            while (isLetter(end)) ++end;
            if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) {
                starts.clear();  // perhaps a letter for \pL: the pattern decides
                break;
            }
            if (end == pos || !isSpace(end)) break;
            std::size_t after = end;
            while (isSpace(after)) ++after;
            // All of the white space first, then less of it (down to one character).
            std::vector<std::size_t> taken;
            for (std::size_t at = after; at > end; --at) taken.push_back(at);
            starts.insert(starts.begin(), taken.begin(), taken.end());
            pos = after;
        }
    }
    re2::StringPiece untilDigit, groups[3];
    auto matchAt = [&](std::size_t at) {
        return keywordThenDigit().Match(text, at, text.size(), RE2::ANCHOR_START, &untilDigit, 1) &&
               articleNumber().Match(text,
                                     static_cast<std::size_t>(untilDigit.end() - text.data()) - 1,
                                     text.size(), RE2::ANCHOR_START, groups, 3);
    };
    auto str = [](const re2::StringPiece& piece) {
        return piece.data() == nullptr ? std::string() : std::string(piece.data(), piece.size());
    };
    if (!articleHeading().ok()) starts.clear();
    for (const std::size_t at : starts) {
        for (const std::size_t from : {at + 1, at}) {
            if (from == at + 1 && (at >= text.size() || text[at] != '[')) continue;  // \[?
            if (!matchAt(from)) continue;
            keyword.assign(1, text[from]);  // the keyword's first character, or what follows
            number = str(groups[1]);
            sub = str(groups[2]);
            return true;
        }
    }
    return RE2::PartialMatch(text, articleHeading(), &keyword, &number, &sub);
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The number or letters of a leading "(1)", "(iv)", "1." or "a)" as leadingNumber() reads them,
// found by hand where the label is plain ASCII; nullopt when this cannot tell (there is none,
// or a character the pattern's case folding may know, such as the long s), and the pattern
// decides.
std::optional<std::string_view> asciiNumbering(std::string_view text) {
    auto isSpace = [](char c) {  // RE2's \s
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    };
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    auto isLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto runOf = [&](std::size_t from, auto isPart) {
        while (from < text.size() && isPart(text[from])) ++from;
        return from;
    };
    // The label ends at `close` (a ")" or "."), followed by white space or the end.
    auto closes = [&](std::size_t close, char c) {
        return close < text.size() && text[close] == c &&
               (close + 1 == text.size() || isSpace(text[close + 1]));
    };
    std::size_t i = runOf(0, isSpace);
    const bool bracketed = i < text.size() && text[i] == '(';
    if (bracketed) ++i;
    const std::size_t digits = runOf(i, isDigit);
    if (digits > i) {
        if (closes(digits, bracketed ? ')' : '.')) return text.substr(i, digits - i);
        return std::nullopt;
    }
    const std::size_t letters = runOf(i, isLetter);
    if (letters > i && letters - i <= 5 && closes(letters, ')')) return text.substr(i, letters - i);
    return std::nullopt;
}

// Reads a leading "(1)" / "(a)" from `text`; returns false if there is none.
bool readNumbering(const std::string& text, Heading& heading) {
    std::string n;
    if (const std::optional<std::string_view> ascii = asciiNumbering(text)) {
        n = lower(std::string(*ascii));
    } else {
        std::string bracketed, dotted, closing;
        if (!RE2::PartialMatch(text, leadingNumber(), &bracketed, &dotted, &closing)) return false;
        n = lower(!bracketed.empty() ? bracketed : !dotted.empty() ? dotted : closing);
    }
    if (std::isdigit(static_cast<unsigned char>(n[0]))) {
        heading.paragraph = "(" + n + ")";
    } else {
        heading.item = n;
    }
    return true;
}

// The patterns of readHeading, as bits of what headingPatterns() answers.
enum HeadingPattern : unsigned {
    kChapter = 1,
    kArticle = 2,
    kBareSection = 4,
    kNumbering = 8,
    kArticleForm = 16,
    kItemForm = 32
};

// Which of the patterns above match the start of `text`. Most paragraphs are not headings,
// and one pass of one automaton tells so, where trying the patterns one by one costs a pass
// (and a call's overhead) each; the one that matches is then run again for its groups. Every
// pattern starts with "^", so the set is anchored there too: unanchored, it would read every
// paragraph to its end.
unsigned headingPatterns(const std::string& text) {
    constexpr unsigned kAll =
        kChapter | kArticle | kBareSection | kNumbering | kArticleForm | kItemForm;
    static const std::unique_ptr<RE2::Set> set = []() -> std::unique_ptr<RE2::Set> {
        auto out = std::make_unique<RE2::Set>(caseless(), RE2::ANCHOR_START);
        // In the order of the bits.
        for (const RE2* re : {&chapterHeading(), &articleHeading(), &bareSectionParagraph(),
                              &leadingNumber(), &anyArticleHeadingForm(), &anyItemForm()}) {
            if (out->Add(re->pattern(), nullptr) < 0) return nullptr;
        }
        if (!out->Compile()) return nullptr;
        return out;
    }();
    if (set == nullptr) return kAll;
    thread_local std::vector<int> matched;
    RE2::Set::ErrorInfo error;
    if (!set->Match(text, &matched, &error)) {
        // No answer (the automaton ran out of memory) is a maybe: the patterns then decide.
        return error.kind == RE2::Set::kNoError ? 0 : kAll;
    }
    unsigned bits = 0;
    for (const int m : matched) bits |= 1u << m;
    return bits;
}

Heading readHeading(const Block& block) {
    Heading heading;
    const std::string folded = hasArabic(block.text) ? NormalizedText(block.text).text() : "";
    const std::string& text = folded.empty() ? block.text : folded;
    const unsigned patterns = headingPatterns(text);
    std::string keyword, number, sub;
    if ((patterns & kChapter) != 0 && RE2::PartialMatch(text, chapterHeading())) {
        heading.chapter = true;
        return heading;
    }
    if ((patterns & kArticleForm) != 0) {
        heading.article = articleFromForms(text);
        if (!heading.article.empty()) return heading;
    }
    if ((patterns & kArticle) != 0 && readArticle(text, keyword, number, sub)) {
        heading.article = articleLabel(keyword, number);
        if (!sub.empty()) heading.paragraph = "(" + sub + ")";
        return heading;
    }
    if ((patterns & kBareSection) != 0 &&
        RE2::PartialMatch(text, bareSectionParagraph(), &number, &sub)) {
        heading.article = "Section " + number;
        heading.paragraph = "(" + sub + ")";
        return heading;
    }
    const bool numbered = (patterns & kNumbering) != 0 && readNumbering(text, heading);
    if (!numbered && (patterns & kItemForm) != 0) {
        heading.item = itemFromForms(text);
        if (!heading.item.empty()) return heading;
    }
    if (!numbered && !block.listLabel.empty()) readNumbering(block.listLabel + " ", heading);
    return heading;
}

// True if `text` reads as the name of a chapter: short, and not a sentence (it ends with no
// full stop, colon or semicolon, in any script).
bool isChapterName(std::string_view text) {
    constexpr std::size_t kLongestName = 160;  // bytes: a dozen words of any script
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    if (text.empty() || text.size() > kLongestName) return false;
    for (const std::string_view end :
         {".", ":", ";", ",", "\u3002", "\uFF1A", "\uFF1B", "\u061B", "\u060C"}) {
        if (text.size() >= end.size() && text.substr(text.size() - end.size()) == end) {
            return false;
        }
    }
    return true;
}

// Lettered items run (a), (b), ... (h), (i), (j); roman sub-items (i), (ii) sit inside a
// lettered item. "(i)" is the letter only when it follows "(h)".
struct ItemTracker {
    std::string letter;
    std::string roman;

    void reset() { letter.clear(), roman.clear(); }

    std::string next(const std::string& item) {
        const bool nextLetter = item.size() == 1 && !letter.empty() && item[0] == letter[0] + 1;
        if (isRoman(item) && !letter.empty() && !nextLetter) {
            roman = item;
        } else {
            letter = item;
            roman.clear();
        }
        return label();
    }

    std::string label() const {
        std::string out;
        if (!letter.empty()) out += "(" + letter + ")";
        if (!roman.empty()) out += "(" + roman + ")";
        return out;
    }
};

}  // namespace

std::pair<std::size_t, std::size_t> DocumentStructure::articleBlocks(std::size_t block) const {
    // An article's provisions follow one another, and their `article` never decreases.
    const std::size_t article = provisions[provisionOf[block]].article;
    const auto after = std::upper_bound(
        provisions.begin() + static_cast<std::ptrdiff_t>(article), provisions.end(), article,
        [](std::size_t a, const Provision& p) { return a < p.article; });
    return {provisions[article].firstBlock, (after - 1)->endBlock};
}

DocumentStructure segmentProvisions(const Document& doc) {
    DocumentStructure structure;
    structure.provisionOf.resize(doc.blocks.size());
    structure.isTitle.resize(doc.blocks.size());
    structure.itemOf.resize(doc.blocks.size());
    structure.leadInOf.assign(doc.blocks.size(), kNoBlock);
    std::string article;
    std::size_t leadIn = kNoBlock;  // of the current list of items
    ItemTracker items;
    auto open = [&](std::string label, std::size_t block, bool newArticle) {
        if (!structure.provisions.empty()) structure.provisions.back().endBlock = block;
        Provision p;
        p.label = std::move(label);
        p.firstBlock = block;
        p.endBlock = block;
        p.article = newArticle || structure.provisions.empty()
                        ? structure.provisions.size()
                        : structure.provisions.back().article;
        structure.provisions.push_back(std::move(p));
        items.reset();
        leadIn = kNoBlock;
    };
    // "(1)" or "1." -> "1"
    auto numberOf = [](const std::string& paragraph) {
        std::string n;
        for (char c : paragraph) {
            if (c != '(' && c != ')' && c != '.' && c != ' ') n += c;
        }
        return n;
    };
    bool previousWasChapter = false;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
        const Block& block = doc.blocks[b];
        const std::size_t firstChar = block.text.find_first_not_of(" \t");
        structure.isTitle[b] = block.outlineLevel > 0 ||
                               (firstChar != std::string::npos && block.text[firstChar] == '#');
        const Heading heading = readHeading(block);
        const bool afterChapter = previousWasChapter;
        previousWasChapter = heading.chapter;
        if (block.apart != 0 && (b == 0 || doc.blocks[b - 1].apart != block.apart)) {
            article.clear();
            open("", b, true);  // a note or frame: outside every article
        }
        if (heading.chapter) {
            article.clear();
            open("", b, true);
            structure.isTitle[b] = true;
        } else if (afterChapter && heading.article.empty() && heading.paragraph.empty() &&
                   heading.item.empty() && isChapterName(block.text)) {
            // "PART IV" or "الفصل الخامس" with its name on the next line ("Interception of
            // communications", "ضبط الرسائل ومراقبة المحادثات"): a title too, which grants nothing.
            structure.isTitle[b] = true;
        } else if (!heading.article.empty()) {
            // A heading that repeats the current article ("art. 24 al. 1", "art. 24 al. 2")
            // continues it: a safeguard or penalty in one paragraph still belongs to the article.
            const bool sameArticle = heading.article == article;
            article = heading.article;
            open(article + heading.paragraph, b, !sameArticle);
            structure.provisions.back().number = numberOf(heading.paragraph);
        } else if (!heading.paragraph.empty()) {
            open(article + heading.paragraph, b, structure.provisions.empty());
            structure.provisions.back().number = numberOf(heading.paragraph);
        } else if (structure.provisions.empty()) {
            open("", b, true);
        }
        if (!heading.item.empty()) {
            const bool firstItem = items.letter.empty();
            structure.itemOf[b] = items.next(heading.item);
            if (firstItem) {
                const std::size_t opening = structure.provisions.back().firstBlock;
                leadIn = b > opening && structure.itemOf[b - 1].empty() ? b - 1 : kNoBlock;
            }
            structure.leadInOf[b] = leadIn;
        } else {
            structure.itemOf[b] = items.label();
            if (!structure.itemOf[b].empty()) structure.leadInOf[b] = leadIn;
        }
        structure.provisionOf[b] = structure.provisions.size() - 1;
    }
    if (!structure.provisions.empty()) structure.provisions.back().endBlock = doc.blocks.size();
    for (std::size_t p = 0; p < structure.provisions.size(); ++p) {
        structure.firstWithLabel.try_emplace(structure.provisions[p].label, p);
    }
    return structure;
}

std::string DocumentStructure::labelOf(std::size_t block) const {
    const std::string& provision = provisions[provisionOf[block]].label;
    return provision.empty() ? provision : provision + itemOf[block];
}

const Provision* DocumentStructure::findArticle(const std::string& label) const {
    const auto found = firstWithLabel.find(label);
    return found == firstWithLabel.end() ? nullptr : &provisions[found->second];
}

}  // namespace proviso
