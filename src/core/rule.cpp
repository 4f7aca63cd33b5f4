#include "proviso/rule.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <set>

#include "proviso/cues.hpp"
#include "proviso/language.hpp"
#include "proviso/sentences.hpp"
#include "proviso/utf.hpp"
#include "reference_forms.hpp"

namespace proviso {

namespace {

RE2::Options caseless() {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    return options;
}

// Words that turn a grant into a prohibition when they come earlier in the same sentence.
// Phrases of a few words: none is longer than kLongestNegationCue bytes, however its letters
// are cased (K and the Kelvin sign, s and the long s differ in length), which
// ScanContext::negatedBefore relies on.
constexpr std::size_t kLongestNegationCue = 128;
// Alternatives sharing a beginning go longest first: RE2 keeps the first that matches, and a
// match that stops inside a word ("no podrá" in "no podrán") is then refused as no whole word.

const Pattern& negationCue() {
    static const std::unique_ptr<Pattern> pattern = [] {
        std::string error;
        return Pattern::compile(cueAlternatives(&LanguageCues::negation), {}, error);
    }();
    return *pattern;
}

// A safeguard named only to say it is not needed: "without a warrant", "sans autorisation".
bool saidToBeAbsent(std::string_view text, std::size_t begin) {
    // Chinese writes no space between the words ("未经批准"), nor before them.
    static const RE2 absence("(?:^|[^\\pL]|\\p{Han})" + cueAlternatives(&LanguageCues::absence) +
                                 "\\s*(?:" + cueAlternatives(&LanguageCues::absenceFillers) +
                                 "\\s*)*$",
                             caseless());
    const std::size_t from = begin > 80 ? begin - 80 : 0;
    return RE2::PartialMatch(re2::StringPiece(text.data() + from, begin - from), absence);
}

// "subject to Articles 14 and 15", "conformément à l'article 100", "de conformidad con el
// artículo 588 bis a": the keyword and the list of numbers that follow.
const RE2& crossReference() {
    static const RE2 re(cueAlternatives(&LanguageCues::referenceKeywords) + "\\s*" +
                            cueAlternatives(&LanguageCues::referenceDeterminers) + "?(" +
                            cueAlternatives(&LanguageCues::articleReferences) +
                            ")\\s*((?:\\d+[a-z]?(?:\\s*\\(\\d+\\))*(?:\\s*(?:,|-|" +
                            cueAlternatives(&LanguageCues::listWords) + "|" +
                            cueAlternatives(&LanguageCues::rangeWords) + ")\\s*)?)+)",
                        caseless());
    return re;
}

// True if `text` speaks of the paragraph numbered `number` of its own article ("an order under
// subsection (1)", "l'alinéa 1er", "el apartado 1") or of the whole article ("this section",
// "le présent article", "el presente artículo").
bool refersToParagraph(const std::string& text, const std::string& number) {
    static const RE2 wholeArticle(
        "(?:^|[^\\pL])" + cueAlternatives(&LanguageCues::wholeArticle) + "(?:[^\\pL]|$)",
        caseless());
    if (RE2::PartialMatch(text, wholeArticle)) return true;
    if (number.empty()) return false;
    static const RE2 paragraph("(?:^|[^\\pL])" +
                                   cueAlternatives(&LanguageCues::paragraphReferences) +
                                   "\\s*\\(?(\\d+[a-z]?)\\)?",
                               caseless());
    re2::StringPiece input(text);
    std::string found;
    while (RE2::FindAndConsume(&input, paragraph, &found)) {
        if (found == number) return true;
    }
    return false;
}

std::vector<std::string> referencedLabels(const std::string& keyword, std::string numbers) {
    const bool section = !keyword.empty() && (keyword[0] == 's' || keyword[0] == 'S');
    const std::string prefix = section ? "Section " : "Article ";
    // Sub-paragraph numbers "(2)" name parts of the same article: drop them.
    static const RE2 subParagraph(R"(\(\d+\))");
    RE2::GlobalReplace(&numbers, subParagraph, "");
    static const RE2 item(
        "(\\d+[a-z]?)(?:\\s*(?:-|" + cueAlternatives(&LanguageCues::rangeWords) + ")\\s*(\\d+))?",
        caseless());
    std::vector<std::string> labels;
    re2::StringPiece input(numbers);
    std::string first, last;
    while (RE2::FindAndConsume(&input, item, &first, &last)) {
        labels.push_back(prefix + first);
        if (!last.empty()) {  // a range "14 to 16"
            const int from = std::atoi(first.c_str()), to = std::atoi(last.c_str());
            for (int n = from + 1; n <= to && n - from <= 50; ++n) {
                labels.push_back(prefix + std::to_string(n));
            }
        }
    }
    return labels;
}

// The articles named in the languages' own reference forms after a reference keyword: "依照本法
// 第十二条" is Article 12.
std::vector<std::string> referencesInForms(std::string_view text) {
    static const RE2 re(cueAlternatives(&LanguageCues::referenceKeywords) + "\\s*" +
                            cueAlternatives(&LanguageCues::referenceDeterminers) + "?" +
                            cueAlternatives(&LanguageCues::articleReferenceForms),
                        caseless());
    std::vector<std::string> labels;
    for (const auto& groups : matchesWithGroups(re, text)) {
        if (auto label = articleOfForm(groups, 0)) labels.push_back(*std::move(label));
    }
    return labels;
}

// `value`, cut to limits::kPlaceholderValueChars code points.
std::string_view placeholderValue(const std::string& value, bool& cut) {
    const std::size_t end = byteOffsetOfCodePoint(value, limits::kPlaceholderValueChars);
    cut = end < value.size();
    return std::string_view(value).substr(0, end);
}

std::string fillPlaceholders(const std::string& message, const Finding& finding,
                             const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    out.reserve(message.size() + std::min<std::size_t>(finding.text.size(), 256));
    // Loading refuses a message with more placeholders than this; a rule built otherwise still
    // gets no more, so one finding's message stays within a few kilobytes.
    std::size_t filled = 0;
    std::size_t close = 0;  // the first '}' at or after i, once looked for: linear in the message
    for (std::size_t i = 0; i < message.size();) {
        if (message[i] == '{' && filled < limits::kMessagePlaceholders) {
            if (close <= i) close = message.find('}', i);
            if (close == std::string::npos) {  // no placeholder in the rest: copy it as it is
                out.append(message, i, std::string::npos);
                break;
            }
            const std::string_view name = std::string_view(message).substr(i + 1, close - i - 1);
            const std::string* value = nullptr;
            std::string provision;
            if (name == "match") {
                value = &finding.text;
            } else if (name == "provision") {
                provision = finding.provision.empty() ? "this provision" : finding.provision;
                value = &provision;
            } else {
                for (const auto& [key, v] : values) {
                    if (key == name) value = &v;
                }
            }
            if (value != nullptr) {
                bool cut = false;
                out += placeholderValue(*value, cut);
                if (cut) out += "\u2026";
                ++filled;
                i = close + 1;
                continue;
            }
        }
        out += message[i++];
    }
    return out;
}

}  // namespace

std::string_view toString(Scope scope) {
    switch (scope) {
        case Scope::Sentence:
            return "sentence";
        case Scope::Paragraph:
            return "paragraph";
        case Scope::Provision:
            return "provision";
        case Scope::Article:
            return "article";
    }
    return "provision";
}

std::size_t SentenceIndex::sentenceOf(std::size_t block, std::size_t pos) const {
    auto& starts = starts_[block];
    if (starts.empty()) starts = sentenceStarts(normalized_[block].text());
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), pos) -
                                    starts.begin()) -
           1;
}

ByteSpan SentenceIndex::around(std::size_t block, std::size_t pos) const {
    const std::size_t sentence = sentenceOf(block, pos);
    const auto& starts = starts_[block];
    const std::size_t end =
        sentence + 1 < starts.size() ? starts[sentence + 1] : normalized_[block].text().size();
    return {starts[sentence], end};
}

std::optional<ByteSpan> SentenceIndex::firstNegation(std::size_t block, std::size_t pos) const {
    const std::size_t sentence = sentenceOf(block, pos);
    auto& negations = negations_[block];
    if (negations.empty()) negations.resize(starts_[block].size());
    FirstNegation& first = negations[sentence];
    if (!first.searched) {
        const ByteSpan bounds = around(block, pos);
        ByteSpan cue;
        if (negationCue().findFirst(normalized_[block].text(), bounds.begin, bounds.end, cue)) {
            first.cue = cue;
        }
        first.searched = true;
    }
    return first.cue;
}

ScanContext::Region ScanContext::regionOf(Scope scope, std::size_t block, ByteSpan at) const {
    switch (scope) {
        case Scope::Sentence:
            return {block, block + 1, sentences_.around(block, at.begin)};
        case Scope::Paragraph:
            break;
        case Scope::Provision: {
            const Provision& p = structure_.provisions[structure_.provisionOf[block]];
            return {p.firstBlock, p.endBlock, {}};
        }
        case Scope::Article: {
            const auto [first, end] = structure_.articleBlocks(block);
            return {first, end, {}};
        }
    }
    return {block, block + 1, {}};
}

ScanContext::RegionKey ScanContext::keyOf(const std::vector<std::unique_ptr<Pattern>>& patterns,
                                          const Region& region, bool requirePresence) {
    return {&patterns,           region.firstBlock, region.endBlock, region.sentence.begin,
            region.sentence.end, requirePresence};
}

std::vector<ByteSpan> ScanContext::matches(const std::vector<std::unique_ptr<Pattern>>& patterns,
                                           std::size_t block) const {
    const std::string& text = normalized_[block].text();
    std::vector<ByteSpan> spans;
    for (const auto& pattern : patterns) pattern->findAll(text, 0, text.size(), spans);
    // Several patterns of one rule may match the same words ("restrict or block access",
    // "block access"): one finding per place, on the longest of the overlapping matches.
    std::sort(spans.begin(), spans.end(), [](const ByteSpan& a, const ByteSpan& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    std::vector<ByteSpan> kept;
    for (const ByteSpan& span : spans) {
        if (!kept.empty() && span.begin < kept.back().end) continue;
        kept.push_back(span);
    }
    return kept;
}

bool ScanContext::negatedBefore(std::size_t block, ByteSpan at) const {
    // The sentence's first cue answers for every word after it, so a long sentence is searched
    // once, not once for each of its triggers.
    const std::optional<ByteSpan> first = sentences_.firstNegation(block, at.begin);
    if (first && first->end <= at.begin) return true;
    // A cue counts only if it ends before `at`: "ne peut" does not forbid the "peut être
    // prolongée" it runs into ("ne peut être prolongée que ..." restricts a renewal), and cut at
    // `at` the search may find a shorter cue the whole sentence hid. Such a cue starts less
    // than the longest cue's length before `at`: those few bytes are searched for each trigger.
    const ByteSpan sentence = sentences_.around(block, at.begin);
    const std::size_t from = std::max(
        sentence.begin, at.begin > kLongestNegationCue ? at.begin - kLongestNegationCue : 0);
    return negationCue().matchesIn(normalized_[block].text(), from, at.begin);
}

bool ScanContext::presentInScope(const std::vector<std::unique_ptr<Pattern>>& patterns, Scope scope,
                                 std::size_t block, ByteSpan at, bool requirePresence) const {
    const Region region = regionOf(scope, block, at);
    const RegionKey key = keyOf(patterns, region, requirePresence);
    if (auto it = presentCache_.find(key); it != presentCache_.end()) return it->second;
    const bool present = [&] {
        std::vector<ByteSpan> found;
        for (std::size_t b = region.firstBlock; b < region.endBlock; ++b) {
            const std::string& text = normalized_[b].text();
            const std::size_t from = scope == Scope::Sentence ? region.sentence.begin : 0;
            const std::size_t to = scope == Scope::Sentence ? region.sentence.end : text.size();
            for (const auto& pattern : patterns) {
                if (!requirePresence) {
                    if (pattern->matchesIn(text, from, to)) return true;
                    continue;
                }
                found.clear();
                pattern->findAll(text, from, to, found);
                for (const ByteSpan& s : found) {
                    if (statedAt(b, s)) return true;
                }
            }
        }
        // An item says only part of its sentence: "The officer may, on a judge's warrant, (a)
        // search ...; (b) seize ...". What its lead-in says counts for it.
        const std::size_t leadIn = structure_.leadInOf[block];
        if (scope != Scope::Provision && scope != Scope::Article && leadIn != kNoBlock) {
            return presentInScope(patterns, Scope::Paragraph, leadIn, {0, 0}, requirePresence);
        }
        return false;
    }();
    presentCache_.emplace(key, present);
    return present;
}

bool ScanContext::statedAt(std::size_t block, ByteSpan span) const {
    return !saidToBeAbsent(normalized_[block].text(), span.begin) || negatedBefore(block, span);
}

std::string ScanContext::originalText(std::size_t block, ByteSpan span) const {
    const CodePointSpan original = normalized_[block].toOriginal(span.begin, span.end);
    const std::size_t from = normalized_[block].originalByte(original.start);
    const std::size_t to = normalized_[block].originalByte(original.end);
    return doc_.blocks[block].text.substr(from, to - from);
}

bool ScanContext::satisfiedByReference(const std::vector<std::unique_ptr<Pattern>>& patterns,
                                       Scope scope, std::size_t block, ByteSpan at,
                                       const RuleInfo& rule) const {
    const Region region = regionOf(scope, block, at);
    const RegionKey key = keyOf(patterns, region, true);
    if (auto it = referenceCache_.find(key); it != referenceCache_.end()) return it->second;
    const bool satisfied = referencesSatisfy(patterns, scope, region, rule) ||
                           (scope != Scope::Article && siblingSatisfies(patterns, block));
    referenceCache_.emplace(key, satisfied);
    return satisfied;
}

bool ScanContext::siblingSatisfies(const std::vector<std::unique_ptr<Pattern>>& patterns,
                                   std::size_t block) const {
    const std::size_t own = structure_.provisionOf[block];
    const Provision& provision = structure_.provisions[own];
    const std::size_t article = provision.article;
    for (std::size_t q = article;
         q < structure_.provisions.size() && structure_.provisions[q].article == article; ++q) {
        if (q == own) continue;
        const Provision& sibling = structure_.provisions[q];
        bool names = false;
        for (std::size_t b = sibling.firstBlock; b < sibling.endBlock && !names; ++b) {
            names = refersToParagraph(normalized_[b].text(), provision.number);
        }
        if (names && presentInScope(patterns, Scope::Provision, sibling.firstBlock, {0, 0}, true))
            return true;
    }
    return false;
}

bool ScanContext::referencesSatisfy(const std::vector<std::unique_ptr<Pattern>>& patterns,
                                    Scope scope, const Region& region, const RuleInfo& rule) const {
    std::set<std::string> checked;
    // True if the article labelled `label` is named as a safeguard article or states the
    // safeguard itself; its own references are not followed, so a loop of references proves
    // nothing.
    auto satisfies = [&](const std::string& label) {
        if (!checked.insert(label).second) return false;
        if (std::find(rule.safeguardArticles.begin(), rule.safeguardArticles.end(), label) !=
            rule.safeguardArticles.end()) {
            return true;
        }
        const Provision* article = structure_.findArticle(label);
        return article != nullptr &&
               presentInScope(patterns, Scope::Article, article->firstBlock, {0, 0}, true);
    };
    for (std::size_t b = region.firstBlock; b < region.endBlock; ++b) {
        const std::string& text = normalized_[b].text();
        const std::size_t from = scope == Scope::Sentence ? region.sentence.begin : 0;
        const std::size_t to = scope == Scope::Sentence ? region.sentence.end : text.size();
        const std::string_view part(text.data() + from, to - from);
        re2::StringPiece input(part.data(), part.size());
        std::string keyword, numbers;
        while (RE2::FindAndConsume(&input, crossReference(), &keyword, &numbers)) {
            for (const std::string& label : referencedLabels(keyword, numbers)) {
                if (satisfies(label)) return true;
            }
        }
        for (const std::string& label : referencesInForms(part)) {
            if (satisfies(label)) return true;
        }
    }
    return false;
}

const std::string& RuleText::in(std::string_view language) const {
    if (byLanguage.empty() || language.empty()) return text;
    const std::string wanted = primarySubtag(language);
    for (const auto& [code, written] : byLanguage) {
        if (primarySubtag(code) == wanted) return written;
    }
    return text;
}

std::vector<std::string> RuleText::languages() const {
    std::vector<std::string> out;
    for (const auto& entry : byLanguage) out.push_back(entry.first);
    return out;
}

Finding ScanContext::makeFinding(
    const RuleInfo& rule, std::size_t block, ByteSpan span,
    const std::vector<std::pair<std::string, std::string>>& values) const {
    Finding finding;
    finding.ruleId = rule.id;
    finding.category = rule.category;
    finding.severity = rule.severity;
    finding.provision = structure_.labelOf(block);
    finding.block = block;
    const CodePointSpan original = normalized_[block].toOriginal(span.begin, span.end);
    finding.start = original.start;
    finding.end = original.end;
    finding.text = originalText(block, span);
    // A paragraph too short to tell its language is still told in the likeliest one.
    finding.language =
        languages_[block].empty() ? likelyLanguage(doc_.blocks[block].text) : languages_[block];
    finding.message = fillPlaceholders(rule.message.in(finding.language), finding, values);
    return finding;
}

}  // namespace proviso
