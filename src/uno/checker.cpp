#include "checker.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>

#include <algorithm>
#include <chrono>

#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Groups everything done to the document into one undo step and stops the view from
// repainting after every comment (20-30x faster with a visible document). If the work fails
// half way, rollback() undoes what was done, so the user's document is as it was.
// Change tracking is paused meanwhile: comments are not changes to the text, and with it on,
// Writer would record each comment's anchor as a tracked insertion (and a removed comment as a
// tracked deletion that stays in the file).
class EditSession {
public:
    EditSession(const Reference<css::text::XTextDocument>& doc, const rtl::OUString& title)
        : model_(doc, UNO_QUERY), props_(doc, UNO_QUERY) {
        Reference<css::document::XUndoManagerSupplier> supplier(doc, UNO_QUERY);
        if (supplier.is()) undo_ = supplier->getUndoManager();
        if (props_.is()) {
            props_->getPropertyValue("RecordChanges") >>= recording_;
            if (recording_) props_->setPropertyValue("RecordChanges", css::uno::Any(false));
        }
        if (undo_.is()) undo_->enterUndoContext(title);
        if (model_.is()) model_->lockControllers();
    }
    ~EditSession() { finish(); }
    EditSession(const EditSession&) = delete;
    EditSession& operator=(const EditSession&) = delete;

    void rollback() {
        finish();
        try {
            if (undo_.is() && undo_->isUndoPossible()) undo_->undo();
        } catch (...) {
            // nothing more can be done; the error that led here is reported
        }
    }

private:
    void finish() {
        if (finished_) return;
        finished_ = true;
        try {
            if (model_.is()) model_->unlockControllers();
            if (undo_.is()) undo_->leaveUndoContext();
            if (recording_) props_->setPropertyValue("RecordChanges", css::uno::Any(true));
        } catch (...) {
            // Never throw from here; the edits themselves are already in place.
        }
    }

    Reference<css::frame::XModel> model_;
    Reference<css::beans::XPropertySet> props_;
    Reference<css::document::XUndoManager> undo_;
    bool recording_ = false;
    bool finished_ = false;
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

bool inSelection(const Reference<css::text::XTextRange>& range,
                 const std::vector<Reference<css::text::XTextRange>>& selection) {
    return std::any_of(selection.begin(), selection.end(),
                       [&](const auto& part) { return within(range, part); });
}

}  // namespace

bool isReadOnly(const Reference<css::text::XTextDocument>& doc) {
    Reference<css::frame::XStorable> storable(doc, UNO_QUERY);
    return storable.is() && storable->isReadonly();
}

CheckOutcome checkDocument(const Reference<css::text::XTextDocument>& doc,
                           const CheckConfig& config, bool annotate,
                           const std::vector<Reference<css::text::XTextRange>>& selection,
                           const ProgressFn& progress) {
    auto report = [&](Msg stage, int percent) {
        if (progress) progress(stage, percent);
    };
    CheckOutcome out;
    auto clock = std::chrono::steady_clock::now();
    report(Msg::ProgressReading, 0);
    out.source = readWriterDocument(doc);
    out.readSeconds = secondsSince(clock);

    clock = std::chrono::steady_clock::now();
    report(Msg::ProgressChecking, 20);
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
    for (const Finding& f : out.findings) {
        (f.severity == Severity::High     ? out.high
         : f.severity == Severity::Medium ? out.medium
                                          : out.low)++;
    }
    if (annotate) {
        std::vector<Finding> commentable;
        for (const Finding& f : out.findings) {
            if (out.source.paragraphs.at(f.block).isProtected) {
                ++out.notCommented;
            } else {
                commentable.push_back(f);
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
            report(Msg::ProgressComments,
                   30 + static_cast<int>(total == 0 ? 0 : 70 * done / total));
        };
        report(Msg::ProgressComments, 30);
        const RuleLookup lookup(config.rules);
        EditSession session(
            doc, toOUString(message(selection.empty() ? Msg::UndoCheck : Msg::UndoCheckSelection,
                                    config.uiLanguage)));
        try {
            out.changes = updateComments(doc, out.source, commentable, lookup, options);
        } catch (...) {
            session.rollback();
            throw;
        }
    }
    out.writeSeconds = secondsSince(clock);
    report(Msg::ProgressComments, 100);
    return out;
}

int clearDocument(const Reference<css::text::XTextDocument>& doc, const std::string& author,
                  const std::string& uiLanguage) {
    EditSession session(doc, toOUString(message(Msg::UndoClear, uiLanguage)));
    try {
        CommentOptions options;
        options.author = author;
        return removeComments(doc, options);
    } catch (...) {
        session.rollback();
        throw;
    }
}

}  // namespace proviso::uno
