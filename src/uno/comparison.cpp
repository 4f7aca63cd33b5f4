#include "comparison.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include "annotation_writer.hpp"
#include "document_record.hpp"
#include "findings_table.hpp"
#include "proviso/report/annex.hpp"
#include "proviso/report/catalogue.hpp"
#include "proviso/report/draft_comments.hpp"
#include "proviso/utf.hpp"
#include "ustring.hpp"
#include "writer_text.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using Kind = report::DraftChange::Kind;

namespace {

// The language a comment on `change` is written in: its provision's, else the document's.
std::string languageOf(const report::DraftChange& change, const std::string& documentLanguage) {
    return change.language.empty() ? documentLanguage : report::catalogueLanguage(change.language);
}

// The first paragraph of a provision with words in it: where a comment on the whole provision
// goes. nullopt when it has none.
std::optional<Span> firstWordsOf(const WriterDocument& source, std::size_t first, std::size_t end) {
    for (std::size_t b = first; b < end && b < source.document.blocks.size(); ++b) {
        const std::string& text = source.document.blocks[b].text;
        if (text.find_first_not_of(" \t\u00a0") != std::string::npos) {
            return Span{b, 0, countCodePoints(text)};
        }
    }
    return std::nullopt;
}

void setContent(const ProvisoComment& comment, const std::string& text) {
    Reference<css::beans::XPropertySet>(comment.field, UNO_QUERY_THROW)
        ->setPropertyValue("Content", Any(toOUString(text)));
}

}  // namespace

Document draftText(const Reference<css::text::XTextDocument>& doc) {
    return readWriterDocument(doc).document;
}

Document textBeforeTrackedChanges(const Reference<css::text::XTextDocument>& doc,
                                  bool& hasChanges) {
    WriterDocument before = readWriterDocument(doc, TrackedText::Rejected);
    hasChanges = before.hasTrackedChanges;
    return std::move(before.document);
}

ComparisonOutcome compareWithEarlier(const Reference<css::text::XTextDocument>& doc,
                                     const Document& earlier, const CheckConfig& config,
                                     bool write) {
    const CheckOutcome check = checkDocument(doc, config, false, {}, {});
    ComparisonOutcome out;
    out.changes = report::compareDrafts(earlier, check.source.document, config.rules,
                                        config.options, config.vocabulary);
    out.language = report::annexLanguage(check.source.document, check.concerns);
    if (!write) return out;

    editAsOneStep(
        doc, report::say(report::Text::UndoCompare, config.uiLanguage),
        [&](report::DocumentRecord& record) {
            // What an earlier comparison wrote goes first, unless a person worked on it: a
            // concern's comment is given back as Check writes it, a safeguard's is removed.
            for (const ProvisoComment& c : provisoComments(doc, config.author)) {
                if (!report::isComparisonComment(c.content) || c.workedOn()) continue;
                if (c.tag.ruleId == report::kSafeguardRemovedTag) {
                    if (c.field.is()) c.field->dispose();
                } else {
                    setContent(c, report::withoutComparisonMark(c.content));
                }
                ++out.replaced;
            }
            const std::vector<ProvisoComment> existing = provisoComments(doc, config.author);
            auto existingFor = [&](const std::string& fingerprint) -> const ProvisoComment* {
                for (const ProvisoComment& c : existing) {
                    if (c.tag.fingerprint == fingerprint) return &c;
                }
                return nullptr;
            };
            std::vector<NewComment> fresh;
            std::vector<std::string> freshFingerprints;
            auto add = [&](const Span& span, std::string text, const std::string& fingerprint) {
                if (check.source.paragraphs.at(span.block).isProtected) {
                    ++out.notCommented;
                    return;
                }
                const Reference<css::text::XTextRange> place =
                    rangesOf(check.source, {span}, Placement::ForComment).front();
                if (!place.is()) {
                    ++out.notCommented;
                    return;
                }
                fresh.push_back({span, place, std::move(text)});
                if (!fingerprint.empty()) freshFingerprints.push_back(fingerprint);
                ++out.commented;
            };
            for (const report::DraftChange& change : out.changes) {
                if (!change.riskier) continue;
                const std::string language = languageOf(change, out.language);
                if (change.kind == Kind::SafeguardRemoved) {
                    if (const auto span =
                            firstWordsOf(check.source, change.newFirstBlock, change.newEndBlock)) {
                        add(*span, report::changeComment(change, nullptr, language), {});
                    } else {
                        ++out.notCommented;
                    }
                    continue;
                }
                // A new risk: Proviso's comment on each of its concerns in the provision.
                for (const report::Concern& concern : check.concerns) {
                    if (concern.ruleId() != change.rule || concern.block < change.newFirstBlock ||
                        concern.block >= change.newEndBlock ||
                        record.disabledRules.count(concern.ruleId()) != 0 ||
                        record.dismissed.count(concern.fingerprint) != 0) {
                        continue;
                    }
                    const std::string text = report::changeComment(
                        change, &concern, report::catalogueLanguage(concern.language()));
                    if (const ProvisoComment* c = existingFor(concern.fingerprint)) {
                        // Its comment is there already: marked, unless a person worked on it.
                        if (!c->workedOn()) {
                            setContent(*c, text);
                            ++out.commented;
                        }
                        continue;
                    }
                    add({concern.block, concern.start, concern.end}, text, concern.fingerprint);
                }
            }
            CommentOptions options;
            options.author = config.author;
            insertComments(doc, std::move(fresh), options);
            // A concern's comment deleted later is a finding dismissed, as after a check.
            for (const std::string& fingerprint : freshFingerprints) {
                record.commented.insert(fingerprint);
            }
        });
    return out;
}

void writeComparisonTable(const Reference<css::text::XTextDocument>& table,
                          const ComparisonOutcome& outcome, const std::vector<const Rule*>& rules,
                          const std::string& earlierName, const std::string& newerName) {
    const std::string& language = outcome.language;
    Reference<css::text::XText> text = table->getText();
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    cursor->gotoEnd(false);
    auto paragraph = [&](const std::string& words, const char* style, bool first) {
        const Reference<css::text::XTextRange> at(cursor.get());
        if (!first) {
            text->insertControlCharacter(at, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        }
        Reference<css::beans::XPropertySet>(cursor, UNO_QUERY_THROW)
            ->setPropertyValue("ParaStyleName", Any(rtl::OUString::createFromAscii(style)));
        text->insertString(at, toOUString(words), false);
    };
    paragraph(report::say(report::Text::CompareTableTitle, language, {newerName}), "Heading 1",
              true);
    paragraph(report::say(report::Text::CompareTableSources, language,
                          {earlierName, newerName, outcome.changes.size()}),
              "Text body", false);
    if (outcome.changes.empty()) return;
    appendTable(table, cursor,
                report::changeRows(outcome.changes, report::RuleIndex(rules), language),
                {6, 15, 16, 25, 19, 19});
}

}  // namespace proviso::uno
