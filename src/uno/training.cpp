#include "training.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XRelativeTextContentInsert.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>

#include <algorithm>
#include <set>

#include "document_record.hpp"
#include "findings_table.hpp"
#include "proviso/report/annex.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/report/comment.hpp"
#include "proviso/structure.hpp"
#include "proviso/utf.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// The shade of a hinted provision: a pale yellow, as a highlighter leaves on paper.
constexpr sal_Int32 kHintShade = 0xFFF5C2;

Reference<css::text::XTextRange> rangeOf(const Reference<css::text::XTextCursor>& cursor) {
    return Reference<css::text::XTextRange>(cursor.get());
}

std::string authorName(const std::string& author, const std::string& language) {
    return author.empty() ? report::say(report::Text::ScoreNoName, language) : author;
}

bool isProvisos(const DocumentComment& comment, const std::string& author) {
    return comment.author == report::kCommentAuthor || comment.author == author;
}

// Puts the instruction block on top of the document: a heading, the instructions, and the
// hint when provisions are shaded, each its own paragraph before the bill's first one.
void addInstructions(const Reference<css::text::XTextDocument>& doc, const std::string& language,
                     bool hinted) {
    Reference<css::text::XText> text = doc->getText();
    // A document that opens with a table has no paragraph before it to write in: one is made.
    Reference<css::container::XEnumerationAccess> access(text, UNO_QUERY_THROW);
    Reference<css::container::XEnumeration> elements = access->createEnumeration();
    if (elements->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> first(elements->nextElement(), UNO_QUERY);
        if (first.is() && first->supportsService("com.sun.star.text.TextTable")) {
            Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
            Reference<css::text::XRelativeTextContentInsert> relative(text, UNO_QUERY_THROW);
            // Marked deprecated in the SDK, with nothing else that puts a paragraph before a
            // table at the start of a text; Writer still implements it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
            relative->insertTextContentBefore(
                Reference<css::text::XTextContent>(
                    factory->createInstance("com.sun.star.text.Paragraph"), UNO_QUERY_THROW),
                Reference<css::text::XTextContent>(first, UNO_QUERY_THROW));
#pragma GCC diagnostic pop
        }
    }
    std::vector<std::pair<std::string, const char*>> paragraphs = {
        {report::say(report::Text::ExerciseHeading, language), "Heading 2"},
        {report::say(report::Text::ExerciseInstructions, language), "Text body"},
    };
    if (hinted)
        paragraphs.push_back({report::say(report::Text::ExerciseHint, language), "Text body"});
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoStart(false);
    for (const auto& [words, style] : paragraphs) {
        text->insertString(rangeOf(cursor), toOUString(words), false);
        text->insertControlCharacter(rangeOf(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK,
                                     false);
    }
    // The new paragraphs took the attributes of the bill's first one (its style, numbering,
    // shading): each gets its own style, plain.
    Reference<css::text::XParagraphCursor> paragraph(text->createTextCursor(), UNO_QUERY_THROW);
    paragraph->gotoStart(false);
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        paragraph->gotoEndOfParagraph(true);
        Reference<css::beans::XPropertySet> props(paragraph, UNO_QUERY_THROW);
        props->setPropertyValue("ParaStyleName",
                                Any(rtl::OUString::createFromAscii(paragraphs[i].second)));
        try {
            props->setPropertyValue("NumberingStyleName", Any(rtl::OUString()));
            props->setPropertyValue("FillStyle", Any(css::drawing::FillStyle_NONE));
        } catch (const css::uno::Exception&) {
            // cosmetic: a paragraph that keeps a list style still reads
        }
        paragraph->gotoNextParagraph(false);
    }
}

// Shades the paragraphs of each provision that has a concern. Returns how many provisions.
int shadeProvisions(const WriterDocument& source, const std::vector<report::Concern>& concerns) {
    const DocumentStructure structure = segmentProvisions(source.document);
    std::set<std::size_t> provisions;
    for (const report::Concern& c : concerns) {
        if (c.block < structure.provisionOf.size())
            provisions.insert(structure.provisionOf[c.block]);
    }
    std::set<std::size_t> shaded;  // of articles, each once
    for (const std::size_t p : provisions) {
        const Provision& provision = structure.provisions[p];
        if (!shaded.insert(provision.article).second) continue;
        // The whole article, heading included: where to look, not which words. A provision
        // without a label is the whole of an unstructured document: there only the paragraphs
        // with concerns are shaded.
        const auto [first, end] = provision.label.empty()
                                      ? std::make_pair(provision.firstBlock, provision.endBlock)
                                      : structure.articleBlocks(provision.firstBlock);
        for (std::size_t b = first; b < end; ++b) {
            const bool withConcern =
                std::any_of(concerns.begin(), concerns.end(),
                            [&](const report::Concern& c) { return c.block == b; });
            if (!provision.label.empty() || withConcern) {
                Reference<css::beans::XPropertySet> props(source.paragraphs[b].paragraph,
                                                          UNO_QUERY);
                if (!props.is()) continue;
                // Paragraph areas are drawing fills since LibreOffice 4.4; ParaBackColor alone
                // no longer takes on a paragraph read from the document.
                props->setPropertyValue("FillStyle", Any(css::drawing::FillStyle_SOLID));
                props->setPropertyValue("FillColor", Any(kHintShade));
            }
        }
    }
    return static_cast<int>(shaded.size());
}

// The participants' comments: every comment but Proviso's and but replies (an answer to another
// comment is not a finding of its own), where they lie in `source`, in document order; `anchors`
// gets each one's anchor.
std::vector<report::Answer> answersIn(const std::vector<DocumentComment>& comments,
                                      const CommentThreads& threads, const WriterDocument& source,
                                      const std::string& author, const std::string& language,
                                      std::vector<Reference<css::text::XTextRange>>& anchors) {
    std::vector<const DocumentComment*> theirs;
    std::vector<Reference<css::text::XTextRange>> ranges;
    for (std::size_t i = 0; i < comments.size(); ++i) {
        const DocumentComment& c = comments[i];
        if (isProvisos(c, author) || threads.isReply[i] || !c.anchor.is()) continue;
        theirs.push_back(&c);
        ranges.push_back(c.anchor);
    }
    const auto spans = spansOf(source, ranges);
    struct Placed {
        report::Answer answer;
        Reference<css::text::XTextRange> anchor;
    };
    std::vector<Placed> placed;
    for (std::size_t i = 0; i < theirs.size(); ++i) {
        if (spans[i].empty()) continue;  // not on the bill's text (a drawing, a header)
        report::Answer answer{authorName(theirs[i]->author, language),
                              {spans[i][0].block, spans[i][0].start, spans[i][0].end},
                              theirs[i]->content};
        for (std::size_t k = 1; k < spans[i].size(); ++k) {
            answer.further.push_back({spans[i][k].block, spans[i][k].start, spans[i][k].end});
        }
        placed.push_back({std::move(answer), ranges[i]});
    }
    // Document order, which the score's items follow.
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& x, const Placed& y) {
        return std::tie(x.answer.place.block, x.answer.place.start) <
               std::tie(y.answer.place.block, y.answer.place.start);
    });
    std::vector<report::Answer> answers;
    for (Placed& p : placed) {
        answers.push_back(std::move(p.answer));
        anchors.push_back(p.anchor);
    }
    return answers;
}

// The trainer's comments in `key` (the same bill), placed in `source` (the participant's copy):
// each comment that is not a reply is a concern of the key, on its words, or on its whole
// paragraph for a comment put at a point (Insert > Comment with nothing selected).
std::vector<report::KeyItem> trainersKey(const Reference<css::text::XTextDocument>& key,
                                         const WriterDocument& source,
                                         const std::vector<report::Concern>& concerns,
                                         const CheckConfig& config) {
    const WriterDocument keySource = readWriterDocument(key);
    const std::vector<DocumentComment> comments = documentComments(key);
    const CommentThreads threads = threadsOf(comments);
    std::vector<const DocumentComment*> items;
    std::vector<Reference<css::text::XTextRange>> ranges;
    for (std::size_t i = 0; i < comments.size(); ++i) {
        const DocumentComment& c = comments[i];
        if (threads.isReply[i] || !c.anchor.is() || report::isUneditedScoringComment(c.content)) {
            continue;
        }
        items.push_back(&c);
        ranges.push_back(c.anchor);
    }
    const auto spans = spansOf(keySource, ranges);
    const DocumentStructure structure = segmentProvisions(source.document);
    const report::RuleIndex rules(config.rules);
    std::vector<report::KeyItem> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (spans[i].empty()) continue;
        report::Place where{spans[i][0].block, spans[i][0].start, spans[i][0].end};
        const bool atPoint = items[i]->words.empty();
        if (atPoint) {
            where.start = 0;
            where.end = countCodePoints(keySource.document.blocks[where.block].text);
        }
        const auto place = report::placeIn(keySource.document, where, source.document);
        if (!place) continue;  // words the participants' copy does not have
        report::KeyItem item;
        item.places.push_back(*place);
        if (!atPoint) {  // a whole paragraph is not a word a participant names
            const std::string& blockText = source.document.blocks[place->block].text;
            const std::size_t from = byteOffsetOfCodePoint(blockText, place->start);
            item.words.push_back(
                blockText.substr(from, byteOffsetOfCodePoint(blockText, place->end) - from));
        }
        item.comment = report::commentBody(items[i]->content);
        item.concern = report::firstLineOf(item.comment);
        item.provision = structure.labelOf(place->block);
        // The category: of Proviso's rule if the trainer kept its comment, else of a concern
        // of Proviso's on the same words, else none.
        if (const auto tag = report::parseComment(items[i]->content)) {
            if (const RuleInfo* rule = rules.find(tag->ruleId)) item.category = rule->category;
        }
        for (const report::Concern& c : concerns) {
            if (!item.category.empty()) break;
            for (const Finding& f : c.findings) {
                if (f.block == place->block && f.start < place->end && place->start < f.end) {
                    item.category = f.category;
                }
            }
        }
        out.push_back(std::move(item));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const report::KeyItem& a, const report::KeyItem& b) {
                         return std::tie(a.places.front().block, a.places.front().start) <
                                std::tie(b.places.front().block, b.places.front().start);
                     });
    return out;
}

// Where a reply to a comment goes: at the end of the words it covers, so that the margin shows
// it below the comment it answers (at their start it would come first), and provisoComments
// reads it as that comment's reply, not as one on Proviso's comment on the words after.
Reference<css::text::XTextRange> replyPlace(const Reference<css::text::XTextRange>& anchor) {
    Reference<css::text::XTextCursor> cursor =
        anchor->getText()->createTextCursorByRange(anchor->getEnd());
    return rangeOf(cursor);
}

}  // namespace

std::optional<Hints> hintsFromString(std::string_view name) {
    if (name == "none" || name.empty()) return Hints::None;
    if (name == "provisions") return Hints::Provisions;
    return std::nullopt;
}

ExerciseOutcome prepareExercise(const Reference<css::text::XTextDocument>& exercise,
                                const CheckConfig& config, Hints hints) {
    ExerciseOutcome out;
    // Nothing of the preparation may show as the trainer's tracked changes in what participants
    // get: recording is paused, and put back as it was for them.
    Reference<css::beans::XPropertySet> settings(exercise, UNO_QUERY_THROW);
    bool recording = false;
    settings->getPropertyValue("RecordChanges") >>= recording;
    if (recording) settings->setPropertyValue("RecordChanges", Any(false));
    struct Restore {
        const Reference<css::beans::XPropertySet>& settings;
        bool recording;
        ~Restore() {
            try {
                if (recording) settings->setPropertyValue("RecordChanges", Any(true));
            } catch (...) {
                // a document closing under us: nothing to put back
            }
        }
    } restore{settings, recording};

    for (const DocumentComment& c : documentComments(exercise)) {
        if (c.field.is()) {
            c.field->dispose();
            ++out.commentsRemoved;
        }
    }
    writeRecord(exercise, report::DocumentRecord{});
    const CheckOutcome check = checkDocument(exercise, config, false, {}, {});
    out.language = report::annexLanguage(check.source.document, check.concerns);
    if (hints == Hints::Provisions) out.highlighted = shadeProvisions(check.source, check.concerns);
    addInstructions(exercise, out.language, hints == Hints::Provisions);
    // Undo must not bring the answers back.
    Reference<css::document::XUndoManagerSupplier> undo(exercise, UNO_QUERY);
    if (undo.is()) undo->getUndoManager()->clear();
    return out;
}

Reference<css::text::XTextDocument> newCopyOf(const Reference<css::uno::XComponentContext>& context,
                                              const Reference<css::text::XTextDocument>& doc,
                                              bool hidden) {
    rtl::OUString folder;
    if (osl::FileBase::getTempDirURL(folder) != osl::FileBase::E_None) {
        throw css::uno::RuntimeException("no folder for temporary files");
    }
    rtl::OUString url;
    if (osl::FileBase::createTempFile(&folder, nullptr, &url) != osl::FileBase::E_None) {
        throw css::uno::RuntimeException("cannot create a temporary file");
    }
    struct Remove {
        rtl::OUString url;
        ~Remove() { osl::File::remove(url); }
    } remove{url};
    Sequence<css::beans::PropertyValue> store(2);
    store.getArray()[0].Name = "FilterName";
    store.getArray()[0].Value <<= rtl::OUString("writer8");
    store.getArray()[1].Name = "Overwrite";
    store.getArray()[1].Value <<= true;
    Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(url, store);
    Sequence<css::beans::PropertyValue> load(3);
    load.getArray()[0].Name = "AsTemplate";
    load.getArray()[0].Value <<= true;
    load.getArray()[1].Name = "Hidden";
    load.getArray()[1].Value <<= hidden;
    load.getArray()[2].Name = "FilterName";
    load.getArray()[2].Value <<= rtl::OUString("writer8");
    Reference<css::text::XTextDocument> copy(
        css::frame::Desktop::create(context)->loadComponentFromURL(url, "_blank", 0, load),
        UNO_QUERY);
    if (!copy.is()) throw css::uno::RuntimeException("the copy did not open as a text document");
    return copy;
}

ScoreOutcome scoreDocument(const Reference<css::text::XTextDocument>& doc,
                           const CheckConfig& config,
                           const Reference<css::text::XTextDocument>& key, bool write) {
    ScoreOutcome out;
    const CheckOutcome check = checkDocument(doc, config, false, {}, {});
    out.language = report::annexLanguage(check.source.document, check.concerns);
    const std::vector<DocumentComment> comments = documentComments(doc);
    const CommentThreads threads = threadsOf(comments);
    std::vector<Reference<css::text::XTextRange>> anchors;
    std::vector<report::Answer> answers =
        answersIn(comments, threads, check.source, config.author, out.language, anchors);
    std::vector<report::KeyItem> items;
    if (key.is()) {
        out.trainersKey = true;
        items = trainersKey(key, check.source, check.concerns, config);
        if (items.empty()) {
            throw css::lang::IllegalArgumentException(
                toOUString(report::say(report::Text::KeyNoComments, config.uiLanguage,
                                       {documentTitle(key)})),
                nullptr, 1);
        }
    } else {
        // What a reviewer set aside in this document is not in the key, as it is not revealed.
        const report::DocumentRecord record = readRecord(doc);
        std::vector<report::Concern> kept;
        for (const report::Concern& c : check.concerns) {
            if (record.disabledRules.count(c.ruleId()) == 0 &&
                record.dismissed.count(c.fingerprint) == 0) {
                kept.push_back(c);
            }
        }
        items = report::keyOfConcerns(check.source.document, kept);
    }
    out.score =
        report::scoreAnswers(check.source.document, segmentProvisions(check.source.document),
                             std::move(items), std::move(answers));
    if (!write) return out;

    std::set<std::string> missedFingerprints;
    for (std::size_t k = 0; k < out.score.key.size(); ++k) {
        if (!out.score.foundByAnyone[k]) missedFingerprints.insert(out.score.key[k].fingerprint);
    }
    editAsOneStep(
        doc, report::say(report::Text::UndoScore, config.uiLanguage),
        [&](report::DocumentRecord& record) {
            // An earlier scoring's comments give way to this one's, and so does Proviso's
            // comment on a concern nobody found (it comes back marked missed), unless a person
            // edited one or answered it: that stays as it is.
            std::set<std::string> shown;
            for (std::size_t i = 0; i < comments.size(); ++i) {
                const DocumentComment& c = comments[i];
                if (!isProvisos(c, config.author) || !c.field.is()) continue;
                const auto tag = report::parseComment(c.content);
                const bool untouched = !threads.answered[i] && (tag ? !tag->edited : true);
                const bool replaced =
                    untouched && (report::isUneditedScoringComment(c.content) ||
                                  (tag && missedFingerprints.count(tag->fingerprint) != 0));
                if (replaced) {
                    if (tag) record.commented.erase(tag->fingerprint);
                    c.field->dispose();
                    ++out.replaced;
                } else if (tag) {
                    shown.insert(tag->fingerprint);
                }
            }
            std::vector<NewComment> fresh;
            for (std::size_t a = 0; a < out.score.answers.size(); ++a) {
                const report::Answer& answer = out.score.answers[a];
                const report::Place& last =
                    answer.further.empty() ? answer.place : answer.further.back();
                fresh.push_back({{last.block, last.end, last.end},
                                 replyPlace(anchors[a]),
                                 report::replyComment(out.score, a, out.language)});
            }
            out.replies = static_cast<int>(fresh.size());
            std::vector<Span> missedSpans;
            std::vector<std::string> missedTexts;
            for (std::size_t k = 0; k < out.score.key.size(); ++k) {
                const report::KeyItem& item = out.score.key[k];
                if (out.score.foundByAnyone[k]) continue;
                if (item.fingerprint.empty()) {
                    const report::Place& p = item.places.front();
                    missedSpans.push_back({p.block, p.start, p.end});
                    missedTexts.push_back(report::missedComment(item.comment, false, out.language));
                    continue;
                }
                if (shown.count(item.fingerprint) != 0) continue;  // a person's work is on it
                const auto concern = std::find_if(
                    check.concerns.begin(), check.concerns.end(),
                    [&](const report::Concern& c) { return c.fingerprint == item.fingerprint; });
                if (concern == check.concerns.end()) continue;
                missedSpans.push_back({concern->block, concern->start, concern->end});
                missedTexts.push_back(
                    report::missedComment(report::commentText(*concern), true,
                                          report::catalogueLanguage(concern->language())));
                record.commented.insert(item.fingerprint);
            }
            const auto places = rangesOf(check.source, missedSpans, Placement::ForComment);
            for (std::size_t i = 0; i < places.size(); ++i) {
                if (!places[i].is()) continue;
                fresh.push_back({missedSpans[i], places[i], missedTexts[i]});
                ++out.missed;
            }
            CommentOptions options;
            options.author = config.author;
            insertComments(doc, std::move(fresh), options);
        });
    return out;
}

void writeScoreCard(const Reference<css::text::XTextDocument>& card, const ScoreOutcome& outcome,
                    const std::string& title, const std::string& keyName,
                    const std::string& language) {
    Reference<css::text::XText> text = card->getText();
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    auto paragraph = [&](const std::string& words, const char* style, bool first = false) {
        if (!first) {
            text->insertControlCharacter(rangeOf(cursor),
                                         css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        }
        Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", Any(rtl::OUString::createFromAscii(style)));
        text->insertString(rangeOf(cursor), toOUString(words), false);
    };
    paragraph(report::say(report::Text::ScoreCardTitle, language, {title}), "Heading 1", true);
    paragraph(
        report::say(report::Text::ScoreCardKey, language, {keyName, outcome.score.key.size()}),
        "Text body");
    if (outcome.score.authors.empty()) {
        paragraph(report::say(report::Text::ScoreNoAnswers, language), "Text body");
        return;
    }
    appendTable(card, cursor, report::scoreCardRows(outcome.score, language), {28, 30, 14, 14, 14});
    cursor->gotoEnd(false);
    appendTable(card, cursor, report::scoreItemRows(outcome.score, language), {18, 14, 16, 52});
}

RevealOutcome revealStep(const Reference<css::text::XTextDocument>& doc, const CheckConfig& config,
                         bool forward) {
    const CheckOutcome check = checkDocument(doc, config, false, {}, {});
    const report::DocumentRecord record = readRecord(doc);
    std::vector<const report::Concern*> concerns;
    for (const report::Concern& c : check.concerns) {
        if (record.disabledRules.count(c.ruleId()) == 0 &&
            record.dismissed.count(c.fingerprint) == 0) {
            concerns.push_back(&c);
        }
    }
    RevealOutcome out;
    out.total = static_cast<int>(concerns.size());
    if (concerns.empty()) return out;
    const std::vector<ProvisoComment> comments = provisoComments(doc, config.author);
    auto commentOf = [&](const report::Concern* c) -> const ProvisoComment* {
        for (const ProvisoComment& comment : comments) {
            if (comment.tag.fingerprint == c->fingerprint) return &comment;
        }
        return nullptr;
    };
    const std::string title = report::say(report::Text::UndoReveal, config.uiLanguage);
    if (forward) {
        // The first concern without a comment that can have one: a concern in protected text
        // or inside a long tracked change is passed over, or every later step would stop there.
        auto next = concerns.end();
        Reference<css::text::XTextRange> place;
        for (auto it = concerns.begin(); it != concerns.end() && !place.is(); ++it) {
            const report::Concern& c = **it;
            if (commentOf(&c) != nullptr || check.source.paragraphs.at(c.block).isProtected) {
                continue;
            }
            place =
                rangesOf(check.source, {{c.block, c.start, c.end}}, Placement::ForComment).front();
            if (place.is()) next = it;
        }
        if (next == concerns.end()) {
            out.status = RevealOutcome::Status::AllShown;
            return out;
        }
        const report::Concern& concern = **next;
        editAsOneStep(doc, title, [&](report::DocumentRecord& r) {
            CommentOptions options;
            options.author = config.author;
            insertComments(doc,
                           {{{concern.block, concern.start, concern.end},
                             place,
                             report::commentText(concern)}},
                           options);
            r.commented.insert(concern.fingerprint);
        });
        out.status = RevealOutcome::Status::Shown;
        out.position = static_cast<int>(next - concerns.begin()) + 1;
        out.concern = report::concernLine(concern);
        out.inView = rangesOf(check.source, {{concern.block, concern.start, concern.end}}).front();
        return out;
    }
    // Back: the last one shown that nobody worked on goes.
    for (std::size_t i = concerns.size(); i-- > 0;) {
        const ProvisoComment* comment = commentOf(concerns[i]);
        if (comment == nullptr || comment->workedOn() || !comment->field.is()) continue;
        editAsOneStep(doc, title, [&](report::DocumentRecord& r) {
            comment->field->dispose();
            r.commented.erase(concerns[i]->fingerprint);
        });
        out.status = RevealOutcome::Status::TakenBack;
        out.position = static_cast<int>(i) + 1;
        out.concern = report::concernLine(*concerns[i]);
        for (std::size_t j = i; j-- > 0;) {
            if (const ProvisoComment* before = commentOf(concerns[j])) {
                out.inView = before->anchor;
                break;
            }
        }
        return out;
    }
    out.status = RevealOutcome::Status::NoneShown;
    return out;
}

void showInView(const Reference<css::text::XTextDocument>& doc,
                const Reference<css::text::XTextRange>& range) {
    if (!range.is()) return;
    try {
        Reference<css::frame::XModel> model(doc, UNO_QUERY);
        Reference<css::view::XSelectionSupplier> view(
            model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
        if (view.is()) view->select(Any(range));
    } catch (const css::uno::Exception&) {
        // only a courtesy: the comment is in the document either way
    }
}

}  // namespace proviso::uno
