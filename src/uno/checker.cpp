#include "checker.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>

#include "document_record.hpp"
#include "proviso/report/catalogue.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Fault injection for the office tests, which cannot make Writer fail on purpose: with
// PROVISO_TEST_FAIL_AT set to a point's name in the office's environment, an update fails
// there as a failing Writer call would. Unset (always, outside the tests) it does nothing.
void failHereInTests(const char* point) {
    const char* at = std::getenv("PROVISO_TEST_FAIL_AT");
    if (at != nullptr && std::strcmp(at, point) == 0) {
        throw css::uno::RuntimeException("test failure " + rtl::OUString::createFromAscii(point),
                                         nullptr);
    }
}

// Tells whether the undo context Proviso opened went onto the undo stack. Writer drops a
// context in which nothing was done, so after a failure before the first change the action on
// top of the stack is the user's own, and undoing "the last step" would take back their edit.
class UndoWatch : public cppu::WeakImplHelper1<css::document::XUndoManagerListener> {
public:
    bool added() const { return added_; }

    void SAL_CALL enteredContext(const css::document::UndoManagerEvent& event) override {
        if (depth_ < 0) depth_ = event.UndoContextDepth;  // the first one is ours
    }
    void SAL_CALL leftContext(const css::document::UndoManagerEvent& event) override {
        if (event.UndoContextDepth == depth_ - 1) added_ = true;
    }
    void SAL_CALL cancelledContext(const css::document::UndoManagerEvent& event) override {
        if (event.UndoContextDepth == depth_ - 1) added_ = false;
    }
    void SAL_CALL undoActionAdded(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL actionUndone(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL actionRedone(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL allActionsCleared(const css::lang::EventObject&) override {}
    void SAL_CALL redoActionsCleared(const css::lang::EventObject&) override {}
    void SAL_CALL resetAll(const css::lang::EventObject&) override {}
    void SAL_CALL enteredHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL leftHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    sal_Int32 depth_ = -1;
    bool added_ = false;
};

// Groups everything done to the document into one undo step and stops the view from
// repainting after every comment (20-30x faster with a visible document). If the work fails
// half way, rollback() undoes Proviso's step, and only that step, so the user's document is as
// it was. Change tracking is paused meanwhile: comments are not changes to the text, and with
// it on, Writer would record each comment's anchor as a tracked insertion (and a removed
// comment as a tracked deletion that stays in the file). Every setting changed is restored on
// every path, a failure half way through the constructor included.
class EditSession {
public:
    EditSession(const Reference<css::text::XTextDocument>& doc, const rtl::OUString& title)
        : model_(doc, UNO_QUERY), props_(doc, UNO_QUERY), title_(title) {
        try {
            Reference<css::document::XUndoManagerSupplier> supplier(doc, UNO_QUERY);
            if (supplier.is()) undo_ = supplier->getUndoManager();
            if (props_.is()) {
                bool recording = false;
                props_->getPropertyValue("RecordChanges") >>= recording;
                if (recording) {
                    props_->setPropertyValue("RecordChanges", css::uno::Any(false));
                    pausedRecording_ = true;
                }
            }
            failHereInTests("starting-edit");
            if (undo_.is()) {
                watch_ = new UndoWatch;
                undo_->addUndoManagerListener(watch_.get());
                undo_->enterUndoContext(title_);
                inContext_ = true;
            }
            if (model_.is()) {
                model_->lockControllers();
                locked_ = true;
            }
        } catch (...) {
            finish();
            throw;
        }
    }
    ~EditSession() { finish(); }
    EditSession(const EditSession&) = delete;
    EditSession& operator=(const EditSession&) = delete;

    // Ends the step; returns whether it went onto the undo stack (Writer drops a step in which
    // nothing was done, and a record kept for it would answer the undo of another step).
    bool close() {
        finish();
        return watch_.is() && watch_->added();
    }

    void rollback() {
        finish();
        try {
            // Only a step that went onto the stack, and is still on top, is Proviso's.
            if (watch_.is() && watch_->added() && undo_->isUndoPossible() &&
                undo_->getCurrentUndoActionTitle() == title_) {
                undo_->undo();
                // Redo would bring back the half-done step; the redo stack held nothing of
                // the user's any more, since the step went in.
                undo_->clearRedo();
            }
        } catch (...) {
            // nothing more can be done; the error that led here is reported
        }
    }

private:
    // Each step on its own, so that one failing does not leave the others undone.
    void finish() {
        if (locked_) {
            locked_ = false;
            try {
                model_->unlockControllers();
            } catch (...) {
            }
        }
        if (inContext_) {
            inContext_ = false;
            try {
                undo_->leaveUndoContext();
            } catch (...) {
            }
        }
        if (watch_.is()) {
            try {
                undo_->removeUndoManagerListener(watch_.get());
            } catch (...) {
            }
        }
        if (pausedRecording_) {
            pausedRecording_ = false;
            try {
                props_->setPropertyValue("RecordChanges", css::uno::Any(true));
            } catch (...) {
            }
        }
    }

    Reference<css::frame::XModel> model_;
    Reference<css::beans::XPropertySet> props_;
    Reference<css::document::XUndoManager> undo_;
    rtl::Reference<UndoWatch> watch_;
    rtl::OUString title_;
    bool pausedRecording_ = false;
    bool inContext_ = false;
    bool locked_ = false;
};

// Whether `range` lies inside `outer` (both in the same text).
bool within(const Reference<css::text::XTextRange>& range,
            const Reference<css::text::XTextRange>& outer) {
    try {
        Reference<css::text::XTextRangeCompare> compare(outer->getText(), UNO_QUERY);
        if (!compare.is()) return false;
        return compare->compareRegionStarts(outer, range) >= 0 &&
               compare->compareRegionEnds(range, outer) >= 0;
    } catch (const css::uno::Exception&) {
        return false;  // different texts: a cell and the body, a note and the body
    }
}

// Whether the place `at` starts lies within `range` (its ends included).
bool touches(const Reference<css::text::XTextRange>& range,
             const Reference<css::text::XTextRange>& at) {
    try {
        if (range->getText() != at->getText()) return false;
        Reference<css::text::XTextRangeCompare> compare(range->getText(), UNO_QUERY);
        return compare.is() && compare->compareRegionStarts(range, at) >= 0 &&
               compare->compareRegionStarts(at, range->getEnd()) >= 0;
    } catch (const css::uno::Exception&) {
        return false;
    }
}

bool inSelection(const Reference<css::text::XTextRange>& range,
                 const std::vector<Reference<css::text::XTextRange>>& selection) {
    return std::any_of(selection.begin(), selection.end(),
                       [&](const auto& part) { return within(range, part); });
}

// Runs `edit` as one of Proviso's steps: one undo step titled `title`; the document's record
// read before, handed to `edit` to change, and written after; on failure both the document and
// the record as they were; and undo or redo of the step taking the record with it. Returns the
// record as the step left it.
template <typename Edit>
report::DocumentRecord recordedStep(const Reference<css::text::XTextDocument>& doc,
                                    const rtl::OUString& title, Edit&& edit) {
    const report::DocumentRecord before = readRecord(doc);
    report::DocumentRecord after = before;
    bool addedStep = false;
    {
        EditSession session(doc, title);
        try {
            failHereInTests("before-first-change");
            edit(after);
            writeRecord(doc, after);
            failHereInTests("after-changes");
            addedStep = session.close();
        } catch (...) {
            session.rollback();
            writeRecord(doc, before);
            throw;
        }
    }
    if (addedStep) recordUndoStep(doc, title, before, after);
    return after;
}

}  // namespace

report::DocumentRecord editAsOneStep(const Reference<css::text::XTextDocument>& doc,
                                     const std::string& title,
                                     const std::function<void(report::DocumentRecord&)>& edit) {
    return recordedStep(doc, toOUString(title), edit);
}

bool isReadOnly(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

CheckOutcome checkDocument(const Reference<css::text::XTextDocument>& doc,
                           const CheckConfig& config, bool annotate,
                           const std::vector<Reference<css::text::XTextRange>>& selection,
                           const ProgressFn& progress) {
    auto report = [&](report::Text stage, int percent) {
        if (progress) progress(stage, percent);
    };
    CheckOutcome out;
    auto clock = std::chrono::steady_clock::now();
    report(report::Text::ProgressReading, 0);
    out.source = readWriterDocument(doc);
    out.readSeconds = secondsSince(clock);

    clock = std::chrono::steady_clock::now();
    report(report::Text::ProgressChecking, 20);
    const std::shared_ptr<const Engine> engine =
        config.engine ? config.engine : std::make_shared<const Engine>(config.rules);
    std::vector<Finding> all = engine->scan(out.source.document, config.options);
    out.engineSeconds = secondsSince(clock);

    // Structure needs the whole text (which article a paragraph is in), so the whole document
    // is scanned and the selection only decides which findings count.
    clock = std::chrono::steady_clock::now();
    if (selection.empty()) {
        out.findings = std::move(all);
    } else {
        std::vector<Span> spans;
        for (const Finding& f : all) spans.push_back({f.block, f.start, f.end});
        const auto ranges = rangesOf(out.source, spans);
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (inSelection(ranges[i], selection)) out.findings.push_back(std::move(all[i]));
        }
    }
    const report::RuleIndex rules(config.rules);
    out.concerns = report::concernsOf(out.source.document, out.findings, rules);
    if (annotate) {
        std::vector<report::Concern> commentable;
        for (const report::Concern& c : out.concerns) {
            if (out.source.paragraphs.at(c.block).isProtected) {
                ++out.notCommented;
            } else {
                commentable.push_back(c);
            }
        }
        CommentOptions options;
        options.author = config.author;
        if (!selection.empty()) {
            options.inScope = [&](const Reference<css::text::XTextRange>& anchor) {
                return inSelection(anchor, selection);
            };
        }
        options.progress = [&](std::size_t done, std::size_t total) {
            report(report::Text::ProgressComments,
                   30 + static_cast<int>(total == 0 ? 0 : 70 * done / total));
        };
        report(report::Text::ProgressComments, 30);
        const rtl::OUString title = toOUString(report::say(
            selection.empty() ? report::Text::UndoCheck : report::Text::UndoCheckSelection,
            config.uiLanguage));
        const report::DocumentRecord after =
            recordedStep(doc, title, [&](report::DocumentRecord& record) {
                out.changes = updateComments(doc, out.source, commentable, record, options);
                out.notCommented += out.changes.unplaced;
            });
        // What the reviewer has set aside is not counted as found.
        std::vector<report::Concern> counted;
        for (report::Concern& c : out.concerns) {
            if (after.disabledRules.count(c.ruleId()) == 0 &&
                after.dismissed.count(c.fingerprint) == 0) {
                counted.push_back(std::move(c));
            }
        }
        out.concerns = std::move(counted);
    }
    const report::SeverityCounts counts = report::countBySeverity(out.concerns);
    out.high = counts.high;
    out.medium = counts.medium;
    out.low = counts.low;
    out.writeSeconds = secondsSince(clock);
    report(report::Text::ProgressComments, 100);
    return out;
}

ClearResult clearDocument(const Reference<css::text::XTextDocument>& doc, const std::string& author,
                          const std::string& uiLanguage) {
    ClearResult result;
    recordedStep(doc, toOUString(report::say(report::Text::UndoClear, uiLanguage)),
                 [&](report::DocumentRecord& record) {
                     CommentOptions options;
                     options.author = author;
                     result = removeComments(doc, record, options);
                 });
    return result;
}

std::optional<CommentAt> provisoCommentAt(const Reference<css::text::XTextDocument>& doc,
                                          const Reference<css::text::XTextRange>& at,
                                          const std::string& author) {
    if (!at.is()) return std::nullopt;
    // The innermost comment holding the place: the one with the fewest words.
    std::optional<CommentAt> best;
    for (ProvisoComment& c : provisoComments(doc, author)) {
        if (!c.anchor.is() || !touches(c.anchor, at)) continue;
        if (best && best->words.size() <= c.words.size()) continue;
        best =
            CommentAt{c.tag.ruleId, c.tag.fingerprint, c.field, c.content, c.words, c.workedOn()};
    }
    return best;
}

void ignoreFinding(const Reference<css::text::XTextDocument>& doc, const CommentAt& comment,
                   const std::string& uiLanguage) {
    recordedStep(doc, toOUString(report::say(report::Text::UndoIgnore, uiLanguage)),
                 [&](report::DocumentRecord& record) {
                     if (!comment.fingerprint.empty()) {
                         record.dismissed.insert(comment.fingerprint);
                         record.commented.erase(comment.fingerprint);
                     }
                     // A comment a person replied to stays, so that no reply is left without
                     // what it answers; its finding is dismissed all the same.
                     if (!comment.workedOn && comment.field.is()) comment.field->dispose();
                 });
}

int disableRuleInDocument(const Reference<css::text::XTextDocument>& doc, const std::string& ruleId,
                          const std::string& author, const std::string& uiLanguage) {
    int removed = 0;
    recordedStep(doc, toOUString(report::say(report::Text::UndoDisableRule, uiLanguage, {ruleId})),
                 [&](report::DocumentRecord& record) {
                     record.disabledRules.insert(ruleId);
                     for (const ProvisoComment& c : provisoComments(doc, author)) {
                         if (c.tag.ruleId != ruleId || c.workedOn() || !c.field.is()) continue;
                         c.field->dispose();
                         record.commented.erase(c.tag.fingerprint);
                         ++removed;
                     }
                 });
    return removed;
}

int restoreDismissed(const Reference<css::text::XTextDocument>& doc) {
    report::DocumentRecord record = readRecord(doc);
    const int forgotten = static_cast<int>(record.dismissed.size() + record.disabledRules.size());
    record.dismissed.clear();
    record.disabledRules.clear();
    writeRecord(doc, record);
    return forgotten;
}

}  // namespace proviso::uno
