#include "annotation_writer.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <unordered_map>

#include "proviso/language.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

css::util::DateTime now() {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&t, &local);
    css::util::DateTime dt;
    dt.Year = static_cast<sal_Int16>(local.tm_year + 1900);
    dt.Month = static_cast<sal_uInt16>(local.tm_mon + 1);
    dt.Day = static_cast<sal_uInt16>(local.tm_mday);
    dt.Hours = static_cast<sal_uInt16>(local.tm_hour);
    dt.Minutes = static_cast<sal_uInt16>(local.tm_min);
    dt.Seconds = static_cast<sal_uInt16>(local.tm_sec);
    return dt;
}

std::string upper(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

}  // namespace

namespace {

// The headings of a comment, in the language its rule is written in, so that a French rule's
// rationale does not sit under English headings.
struct CommentHeadings {
    const char* why;
    const char* ask;
    const char* standards;
};

// In the language of the flagged paragraph, which the rule's texts are also taken in.
CommentHeadings headingsFor(const Finding& finding, const RuleInfo* rule) {
    const std::string lang = !finding.language.empty() ? primarySubtag(finding.language)
                             : rule == nullptr || rule->languages.empty()
                                 ? "en"
                                 : primarySubtag(rule->languages.front());
    if (lang == "fr") return {"Pourquoi c'est grave : ", "Demander : ", "Normes : "};
    if (lang == "es") return {"Por qué importa: ", "Pedir: ", "Normas: "};
    return {"Why it matters: ", "Ask for: ", "Standards: "};
}

}  // namespace

std::string commentText(const Finding& finding, const RuleInfo* rule) {
    const CommentHeadings headings = headingsFor(finding, rule);
    std::string text =
        upper(toString(finding.severity)) + " - " + finding.category + ": " + finding.message;
    if (rule != nullptr) {
        const std::string& rationale = rule->rationale.in(finding.language);
        const std::string& suggestion = rule->suggestion.in(finding.language);
        if (!rationale.empty()) text += "\n\n" + std::string(headings.why) + rationale;
        if (!suggestion.empty()) text += "\n\n" + std::string(headings.ask) + suggestion;
        if (!rule->references.empty()) {
            text += "\n\n" + std::string(headings.standards);
            for (std::size_t i = 0; i < rule->references.size(); ++i) {
                text += (i ? "; " : "") + rule->references[i];
            }
        }
    }
    text += "\n\n" + std::string(kRuleTag) + finding.ruleId + "]";
    return text;
}

namespace {

struct ExistingComment {
    Reference<css::lang::XComponent> field;
    std::string ruleId;
    std::string words;
    Reference<css::text::XTextRange> anchor;
};

// Whether a comment with this author and text is one Proviso wrote: its text holds the rule
// tag, and its author is Proviso or the configured author. What survives .docx is enough.
bool isProvisoComment(const std::string& author, const std::string& content,
                      const std::string& configuredAuthor) {
    // The tag may be followed by what a reviewer added to the comment: it is still Proviso's.
    return (author == kCommentAuthor || author == configuredAuthor) &&
           content.find(kRuleTag) != std::string::npos;
}

std::vector<ExistingComment> provisoComments(const Reference<css::text::XTextDocument>& doc,
                                             const CommentOptions& options) {
    std::vector<ExistingComment> ours;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    const rtl::OUString tag = toOUString(kRuleTag);
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation"))
            continue;
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY);
        rtl::OUString author, content;
        props->getPropertyValue("Author") >>= author;
        props->getPropertyValue("Content") >>= content;
        if (!isProvisoComment(toUtf8(author), toUtf8(content), options.author)) continue;
        const sal_Int32 from = content.lastIndexOf(tag) + tag.getLength();
        const sal_Int32 close = content.indexOf(']', from);
        ExistingComment comment;
        comment.field.set(info, UNO_QUERY);
        comment.ruleId =
            toUtf8(content.copy(from, close < 0 ? content.getLength() - from : close - from));
        Reference<css::text::XTextContent> textContent(info, UNO_QUERY);
        if (textContent.is()) comment.anchor = textContent->getAnchor();
        if (comment.anchor.is()) comment.words = toUtf8(comment.anchor->getString());
        if (options.inScope && !(comment.anchor.is() && options.inScope(comment.anchor))) continue;
        ours.push_back(std::move(comment));
    }
    return ours;
}

bool sameStart(const Reference<css::text::XTextRange>& a,
               const Reference<css::text::XTextRange>& b) {
    try {
        Reference<css::text::XTextRangeCompare> compare(a->getText(), UNO_QUERY);
        return compare.is() && compare->compareRegionStarts(a, b) == 0;
    } catch (const css::uno::Exception&) {
        return false;  // in different texts (a cell and the body): not the same place
    }
}

}  // namespace

namespace {

std::vector<Reference<css::text::XTextRange>> rangesOfFindings(
    const WriterDocument& source, const std::vector<Finding>& findings) {
    std::vector<Span> spans;
    spans.reserve(findings.size());
    for (const Finding& f : findings) spans.push_back({f.block, f.start, f.end});
    return rangesOf(source, spans, Placement::ForComment);
}

// Inserts one comment per finding at the given ranges, last first.
void insertAt(const Reference<css::text::XTextDocument>& doc, const std::vector<Finding>& findings,
              const std::vector<Reference<css::text::XTextRange>>& ranges, const RuleLookup& rules,
              const CommentOptions& options) {
    Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    const css::util::DateTime date = now();
    // Last finding first: a comment adds an anchor position to its paragraph, and working
    // backwards keeps every position still to be used in front of the ones already changed.
    std::vector<std::size_t> order(findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Finding& x = findings[a];
        const Finding& y = findings[b];
        return std::tie(x.block, x.start, x.end) > std::tie(y.block, y.start, y.end);
    });
    const rtl::OUString author =
        toOUString(options.author.empty() ? kCommentAuthor : options.author);
    std::size_t done = 0;
    for (const std::size_t i : order) {
        if (options.progress && done % 16 == 0) options.progress(done, order.size());
        ++done;
        const Finding& finding = findings[i];
        Reference<css::beans::XPropertySet> field(
            factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
        field->setPropertyValue("Author", css::uno::Any(author));
        field->setPropertyValue("Initials", css::uno::Any(toOUString(kCommentInitials)));
        const Rule* rule = rules.find(finding.ruleId);
        const std::string text = commentText(finding, rule != nullptr ? &rule->info() : nullptr);
        field->setPropertyValue("Content", css::uno::Any(toOUString(text)));
        field->setPropertyValue("DateTimeValue", css::uno::Any(date));
        // Also written as the comment's own formatted text, before it goes in: a comment whose
        // text comes only from "Content" is shown in the margin scrolled to its end (Writer
        // types it in and leaves the cursor there), so the reader would see the rule id
        // instead of the concern.
        Reference<css::text::XText> body;
        if ((field->getPropertyValue("TextRange") >>= body) && body.is()) {
            body->setString(toOUString(text));
        }
        Reference<css::text::XTextContent> content(field, UNO_QUERY_THROW);
        ranges[i]->getText()->insertTextContent(ranges[i], content, true);
    }
}

}  // namespace

CommentChanges updateComments(const Reference<css::text::XTextDocument>& doc,
                              const WriterDocument& source, const std::vector<Finding>& findings,
                              const RuleLookup& rules, const CommentOptions& options) {
    // A comment Proviso wrote before is kept when a finding of the same rule still covers the
    // same words at the same place: people may have replied to it or worked on it. Comments
    // whose finding is gone are removed; findings with no comment get one.
    std::vector<ExistingComment> existing = provisoComments(doc, options);
    const std::vector<Reference<css::text::XTextRange>> places = rangesOfFindings(source, findings);
    std::vector<bool> keep(existing.size(), false);
    // Existing comments by rule and words, so each finding only looks at its candidates.
    auto key = [](const std::string& rule, const std::string& words) {
        return rule + '\n' + words;
    };
    std::unordered_multimap<std::string, std::size_t> byRuleAndWords;
    for (std::size_t i = 0; i < existing.size(); ++i) {
        byRuleAndWords.emplace(key(existing[i].ruleId, existing[i].words), i);
    }
    std::vector<Finding> missing;
    std::vector<Reference<css::text::XTextRange>> missingPlaces;
    CommentChanges changes;
    for (std::size_t f = 0; f < findings.size(); ++f) {
        const Finding& finding = findings[f];
        if (!places[f].is()) {
            ++changes.unplaced;
            continue;
        }
        // The words of the place, which are the finding's unless a tracked change moved it.
        const std::string words = toUtf8(places[f]->getString());
        bool found = false;
        auto [it, end] = byRuleAndWords.equal_range(key(finding.ruleId, words));
        for (; it != end && !found; ++it) {
            const std::size_t i = it->second;
            if (!keep[i] && sameStart(existing[i].anchor, places[f])) keep[i] = found = true;
        }
        if (!found) {
            missing.push_back(finding);
            missingPlaces.push_back(places[f]);
        }
    }
    for (std::size_t i = 0; i < existing.size(); ++i) {
        if (keep[i]) {
            ++changes.kept;
        } else if (existing[i].field.is()) {
            existing[i].field->dispose();
            ++changes.removed;
        }
    }
    insertAt(doc, missing, missingPlaces, rules, options);
    changes.added = static_cast<int>(missing.size());
    return changes;
}

int removeComments(const Reference<css::text::XTextDocument>& doc, const CommentOptions& options) {
    // Collected first and disposed after: removing fields while enumerating them is unsafe.
    const std::vector<ExistingComment> ours = provisoComments(doc, options);
    for (const ExistingComment& comment : ours) {
        if (comment.field.is()) comment.field->dispose();
    }
    return static_cast<int>(ours.size());
}

}  // namespace proviso::uno
