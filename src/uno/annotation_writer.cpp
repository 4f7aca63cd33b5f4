#include "annotation_writer.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <unordered_map>

#include "proviso/report/catalogue.hpp"
#include "proviso/report/draft_comments.hpp"
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

bool sameStart(const Reference<css::text::XTextRange>& a,
               const Reference<css::text::XTextRange>& b) {
    try {
        if (a->getText() != b->getText()) return false;
        Reference<css::text::XTextRangeCompare> compare(a->getText(), UNO_QUERY);
        return compare.is() && compare->compareRegionStarts(a, b) == 0;
    } catch (const css::uno::Exception&) {
        return false;  // in different texts (a cell and the body): not the same place
    }
}

rtl::OUString stringProperty(const Reference<css::beans::XPropertySet>& props, const char* name) {
    rtl::OUString value;
    try {
        const rtl::OUString key = rtl::OUString::createFromAscii(name);
        if (props->getPropertySetInfo()->hasPropertyByName(key))
            props->getPropertyValue(key) >>= value;
    } catch (const css::uno::Exception&) {
        value.clear();  // an older office without the property: nothing to say
    }
    return value;
}

// Every comment of the document, Proviso's told apart from people's.
struct AnyComment {
    Reference<css::lang::XServiceInfo> info;
    Reference<css::text::XTextRange> anchor;
    std::string words;  // the words it covers; empty for a comment at a point
    bool ours = false;
    report::CommentTag tag;
    std::string content;
};

std::vector<AnyComment> allComments(const Reference<css::text::XTextDocument>& doc,
                                    const std::string& author) {
    std::vector<AnyComment> out;
    for (DocumentComment& c : documentComments(doc)) {
        AnyComment comment;
        comment.info.set(c.field, UNO_QUERY);
        comment.anchor = std::move(c.anchor);
        comment.words = std::move(c.words);
        comment.content = std::move(c.content);
        if (c.author == kCommentAuthor || c.author == author) {
            if (auto tag = report::parseComment(comment.content)) {
                comment.ours = true;
                comment.tag = std::move(*tag);
            }
        }
        out.push_back(std::move(comment));
    }
    return out;
}

// Puts the "no longer found" line first in a comment. Through "Content": the text object of
// a comment already in the document is not the one Writer saves (LibreOffice 7.4), so a change
// made there would be lost. What a person wrote in it stays word for word.
void markNoLongerFound(const ProvisoComment& comment) {
    if (report::isMarkedNoLongerFound(comment.content)) return;
    Reference<css::beans::XPropertySet> props(comment.field, UNO_QUERY_THROW);
    props->setPropertyValue(
        "Content", css::uno::Any(toOUString(report::markedNoLongerFound(comment.content))));
}

}  // namespace

std::vector<DocumentComment> documentComments(const Reference<css::text::XTextDocument>& doc) {
    std::vector<DocumentComment> out;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation")) {
            continue;
        }
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY);
        DocumentComment comment;
        comment.field.set(info, UNO_QUERY);
        comment.author = toUtf8(stringProperty(props, "Author"));
        comment.content = toUtf8(stringProperty(props, "Content"));
        if (comment.field.is()) comment.anchor = comment.field->getAnchor();
        if (comment.anchor.is()) comment.words = toUtf8(comment.anchor->getString());
        out.push_back(std::move(comment));
    }
    return out;
}

CommentThreads threadsOf(const std::vector<DocumentComment>& comments) {
    CommentThreads threads;
    threads.isReply.assign(comments.size(), false);
    threads.answered.assign(comments.size(), false);
    // Whether the point comment `reply` is where `other` starts or ends (or just before: its own
    // character pushes the place on).
    auto at = [](const DocumentComment& reply, const DocumentComment& other) {
        for (const auto& end : {other.anchor->getStart(), other.anchor->getEnd()}) {
            if (sameStart(reply.anchor, end) || sameStart(reply.anchor->getEnd(), end)) return true;
        }
        return false;
    };
    for (std::size_t j = 0; j < comments.size(); ++j) {
        if (!comments[j].words.empty() || !comments[j].anchor.is()) continue;
        for (std::size_t i = 0; i < comments.size(); ++i) {
            if (i == j || !comments[i].anchor.is() || !at(comments[j], comments[i])) continue;
            threads.isReply[j] = true;
            if (comments[i].author != comments[j].author) threads.answered[i] = true;
        }
    }
    return threads;
}

std::vector<ProvisoComment> provisoComments(
    const Reference<css::text::XTextDocument>& doc, const std::string& author,
    const std::function<bool(const Reference<css::text::XTextRange>&)>& inScope) {
    const std::vector<AnyComment> all = allComments(doc, author);
    // People's comments at a point (replies, as Writer's Reply makes them) and on words; few,
    // next to Proviso's, so each of Proviso's is compared with these only.
    std::vector<const AnyComment*> points, onWords;
    for (const AnyComment& c : all) {
        if (!c.ours && c.anchor.is()) (c.words.empty() ? points : onWords).push_back(&c);
    }
    // A comment at a point just after the words of a person's comment belongs with that one (a
    // reply written after the words it answers, as in the fixtures), not with Proviso's comment
    // on the words that follow.
    std::erase_if(points, [&](const AnyComment* point) {
        return std::any_of(onWords.begin(), onWords.end(), [&](const AnyComment* other) {
            return sameStart(other->anchor->getEnd(), point->anchor) ||
                   sameStart(other->anchor->getEnd(), point->anchor->getEnd());
        });
    });
    std::vector<ProvisoComment> ours;
    for (const AnyComment& c : all) {
        if (!c.ours) continue;
        if (inScope && !(c.anchor.is() && inScope(c.anchor))) continue;
        ProvisoComment comment;
        comment.field.set(c.info, UNO_QUERY);
        comment.anchor = c.anchor;
        comment.tag = c.tag;
        comment.content = c.content;
        comment.words = c.words;
        // A reply is a comment of someone else's at a point, at the start of this one's words
        // (or just before them: its own character pushes their start), which is what Writer's
        // Reply makes; LibreOffice 7.4 records no parent. Where a person's own comment on words
        // starts at the same place, such a comment is taken to answer that one, not Proviso's.
        auto atStart = [&](const AnyComment* other) {
            return sameStart(other->anchor, c.anchor) ||
                   (other->words.empty() && sameStart(other->anchor->getEnd(), c.anchor));
        };
        comment.hasReplies = c.anchor.is() && std::any_of(points.begin(), points.end(), atStart) &&
                             std::none_of(onWords.begin(), onWords.end(), atStart);
        ours.push_back(std::move(comment));
    }
    return ours;
}

void insertComments(const Reference<css::text::XTextDocument>& doc,
                    std::vector<NewComment> comments, const CommentOptions& options) {
    Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    const css::util::DateTime date = now();
    // Last place first: a comment adds an anchor position to its paragraph, and working
    // backwards keeps every position still to be used in front of the ones already changed.
    std::stable_sort(comments.begin(), comments.end(),
                     [](const NewComment& x, const NewComment& y) {
                         return std::tie(x.span.block, x.span.start, x.span.end) >
                                std::tie(y.span.block, y.span.start, y.span.end);
                     });
    const rtl::OUString author =
        toOUString(options.author.empty() ? kCommentAuthor : options.author);
    std::size_t done = 0;
    for (const NewComment& comment : comments) {
        if (options.progress && done % 16 == 0) options.progress(done, comments.size());
        ++done;
        Reference<css::beans::XPropertySet> field(
            factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
        field->setPropertyValue("Author", css::uno::Any(author));
        field->setPropertyValue("Initials", css::uno::Any(toOUString(kCommentInitials)));
        field->setPropertyValue("Content", css::uno::Any(toOUString(comment.text)));
        field->setPropertyValue("DateTimeValue", css::uno::Any(date));
        // Also written as the comment's own formatted text, before it goes in: a comment whose
        // text comes only from "Content" is shown in the margin scrolled to its end (Writer
        // types it in and leaves the cursor there), so the reader would see the rule id
        // instead of the concern.
        Reference<css::text::XText> body;
        if ((field->getPropertyValue("TextRange") >>= body) && body.is()) {
            body->setString(toOUString(comment.text));
        }
        Reference<css::text::XTextContent> content(field, UNO_QUERY_THROW);
        comment.place->getText()->insertTextContent(comment.place, content, true);
    }
}

namespace {

std::vector<Reference<css::text::XTextRange>> placesOf(
    const WriterDocument& source, const std::vector<const report::Concern*>& concerns) {
    std::vector<Span> spans;
    spans.reserve(concerns.size());
    for (const report::Concern* c : concerns) spans.push_back({c->block, c->start, c->end});
    return rangesOf(source, spans, Placement::ForComment);
}

}  // namespace

CommentChanges updateComments(const Reference<css::text::XTextDocument>& doc,
                              const WriterDocument& source,
                              const std::vector<report::Concern>& concerns,
                              report::DocumentRecord& record, const CommentOptions& options) {
    CommentChanges changes;
    std::vector<const report::Concern*> candidates;
    for (const report::Concern& c : concerns) {
        if (record.disabledRules.count(c.ruleId()) != 0) {
            ++changes.disabled;
        } else {
            candidates.push_back(&c);
        }
    }
    // Where each concern's comment goes, and the words there (the concern's own, unless a
    // tracked change moved the place, possibly to a point).
    const std::vector<Reference<css::text::XTextRange>> allPlaces = placesOf(source, candidates);
    std::unordered_map<std::string, std::string> wordsAtPlace;  // by fingerprint
    std::vector<std::string> placeWords(candidates.size());
    for (std::size_t f = 0; f < candidates.size(); ++f) {
        if (!allPlaces[f].is()) continue;
        placeWords[f] = toUtf8(allPlaces[f]->getString());
        wordsAtPlace.emplace(candidates[f]->fingerprint, placeWords[f]);
    }

    // A comment of Proviso's last step that is no longer anywhere in the document was deleted
    // by a person: that is how a reviewer dismisses a finding. One left at a point where its
    // concern's place has words does not stand for it either: that is what remains in
    // LibreOffice 7.4 when a comment on words is deleted through the API while the view is live.
    std::vector<ProvisoComment> everywhere = provisoComments(doc, options.author);
    // Compare's "safeguard removed" comments stand for no finding: a check leaves them alone
    // (Clear removes them, Compare replaces them).
    std::erase_if(everywhere, [](const ProvisoComment& c) {
        return c.tag.ruleId == report::kSafeguardRemovedTag;
    });
    std::set<std::string> present;
    for (const ProvisoComment& c : everywhere) {
        const auto place = wordsAtPlace.find(c.tag.fingerprint);
        if (!c.words.empty() || (place != wordsAtPlace.end() && place->second.empty())) {
            present.insert(c.tag.fingerprint);
        }
    }
    for (const std::string& fingerprint : record.commented) {
        if (present.count(fingerprint) == 0) record.dismissed.insert(fingerprint);
    }

    std::vector<const report::Concern*> wanted;
    std::vector<Reference<css::text::XTextRange>> places;
    std::vector<std::string> wordsThere;
    for (std::size_t f = 0; f < candidates.size(); ++f) {
        if (record.dismissed.count(candidates[f]->fingerprint) != 0) {
            ++changes.dismissed;
            continue;
        }
        wanted.push_back(candidates[f]);
        places.push_back(allPlaces[f]);
        wordsThere.push_back(placeWords[f]);
    }

    // A comment Proviso wrote before is kept when a concern of the same rule still covers the
    // same words at the same place: people may have replied to it or worked on it.
    std::vector<ProvisoComment> existing;
    for (const ProvisoComment& c : everywhere) {
        if (!options.inScope || (c.anchor.is() && options.inScope(c.anchor))) existing.push_back(c);
    }
    std::vector<bool> keep(existing.size(), false);
    auto key = [](const std::string& rule, const std::string& words) {
        return rule + '\n' + words;
    };
    std::unordered_multimap<std::string, std::size_t> byRuleAndWords;
    for (std::size_t i = 0; i < existing.size(); ++i) {
        byRuleAndWords.emplace(key(existing[i].tag.ruleId, existing[i].words), i);
    }
    // First the comments that say exactly this concern (an older comment, with no fingerprint,
    // by its rule, words and place alone); then, for a concern whose words changed under a
    // comment a person worked on, that comment: it is kept as it is rather than doubled.
    std::vector<bool> matched(wanted.size(), false);
    for (std::size_t f = 0; f < wanted.size(); ++f) {
        if (!places[f].is()) continue;
        auto [it, end] = byRuleAndWords.equal_range(key(wanted[f]->ruleId(), wordsThere[f]));
        for (; it != end && !matched[f]; ++it) {
            const std::size_t i = it->second;
            const std::string& fingerprint = existing[i].tag.fingerprint;
            if (!keep[i] && (fingerprint.empty() || fingerprint == wanted[f]->fingerprint) &&
                sameStart(existing[i].anchor, places[f])) {
                keep[i] = matched[f] = true;
            }
        }
    }
    for (std::size_t f = 0; f < wanted.size(); ++f) {
        for (std::size_t i = 0; i < existing.size() && !matched[f] && places[f].is(); ++i) {
            if (!keep[i] && existing[i].workedOn() &&
                existing[i].tag.ruleId == wanted[f]->ruleId() &&
                sameStart(existing[i].anchor, places[f])) {
                keep[i] = matched[f] = true;
            }
        }
    }
    std::vector<const report::Concern*> missing;
    std::vector<Reference<css::text::XTextRange>> missingPlaces;
    for (std::size_t f = 0; f < wanted.size(); ++f) {
        if (!places[f].is()) {
            ++changes.unplaced;
        } else if (!matched[f]) {
            missing.push_back(wanted[f]);
            missingPlaces.push_back(places[f]);
        }
    }
    std::set<std::string> gone;
    for (std::size_t i = 0; i < existing.size(); ++i) {
        if (keep[i]) {
            ++changes.kept;
        } else if (existing[i].workedOn()) {
            // Its finding is gone, but a person's words are in it or under it.
            markNoLongerFound(existing[i]);
            ++changes.noLongerFound;
        } else if (existing[i].field.is()) {
            existing[i].field->dispose();
            gone.insert(existing[i].tag.fingerprint);
            ++changes.removed;
        }
    }
    std::vector<NewComment> fresh;
    fresh.reserve(missing.size());
    for (std::size_t i = 0; i < missing.size(); ++i) {
        fresh.push_back({{missing[i]->block, missing[i]->start, missing[i]->end},
                         missingPlaces[i],
                         report::commentText(*missing[i])});
    }
    insertComments(doc, std::move(fresh), options);
    changes.added = static_cast<int>(missing.size());

    // What Proviso has commented now: every comment of its still in the document.
    record.commented.clear();
    for (const ProvisoComment& c : everywhere) {
        if (!c.tag.fingerprint.empty() && gone.count(c.tag.fingerprint) == 0) {
            record.commented.insert(c.tag.fingerprint);
        }
    }
    for (const report::Concern* c : missing) record.commented.insert(c->fingerprint);
    return changes;
}

ClearResult removeComments(const Reference<css::text::XTextDocument>& doc,
                           report::DocumentRecord& record, const CommentOptions& options) {
    // Collected first and disposed after: removing fields while enumerating them is unsafe.
    const std::vector<ProvisoComment> ours = provisoComments(doc, options.author, options.inScope);
    ClearResult result;
    for (const ProvisoComment& comment : ours) {
        if (comment.workedOn()) {
            ++result.kept;
        } else if (comment.field.is()) {
            comment.field->dispose();
            record.commented.erase(comment.tag.fingerprint);
            ++result.removed;
        }
    }
    return result;
}

}  // namespace proviso::uno
