#include "document_record.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertySetInfo.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>
#include <rtl/ref.hxx>

#include <map>
#include <mutex>
#include <vector>

#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {

Reference<css::beans::XPropertyContainer> userProperties(
    const Reference<css::text::XTextDocument>& doc) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(doc, UNO_QUERY);
    if (!supplier.is()) return nullptr;
    Reference<css::document::XDocumentProperties> properties = supplier->getDocumentProperties();
    return properties.is() ? properties->getUserDefinedProperties() : nullptr;
}

std::set<std::string> readSet(const Reference<css::beans::XPropertySet>& set, const char* name) {
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    if (!set->getPropertySetInfo()->hasPropertyByName(key)) return {};
    rtl::OUString value;
    set->getPropertyValue(key) >>= value;  // a person may have changed its type: then nothing
    return report::splitSet(toUtf8(value));
}

void writeSet(const Reference<css::beans::XPropertyContainer>& container, const char* name,
              const std::set<std::string>& items) {
    Reference<css::beans::XPropertySet> set(container, UNO_QUERY);
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    const bool present = set->getPropertySetInfo()->hasPropertyByName(key);
    const std::string value = report::joinSet(items);
    if (value.empty()) {
        if (present) container->removeProperty(key);
        return;
    }
    if (present) {
        rtl::OUString old;
        // Its type may have been changed by hand: then it is replaced, not written into.
        if (!(set->getPropertyValue(key) >>= old)) {
            container->removeProperty(key);
        } else if (toUtf8(old) == value) {
            return;  // unchanged: do not mark the document modified for nothing
        } else {
            set->setPropertyValue(key, Any(toOUString(value)));
            return;
        }
    }
    container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, Any(toOUString(value)));
}

// Follows the document's undo manager and rewrites the record when one of Proviso's steps is
// undone or redone. One per document, kept alive by the undo manager that holds it.
class RecordKeeper : public cppu::WeakImplHelper1<css::document::XUndoManagerListener> {
public:
    explicit RecordKeeper(const Reference<css::text::XTextDocument>& doc) : doc_(doc) {}

    bool serves(const Reference<css::text::XTextDocument>& doc) const {
        Reference<css::text::XTextDocument> mine(doc_.get(), UNO_QUERY);
        return mine.is() && mine == doc;
    }

    bool alive() const { return doc_.get().is(); }

    void push(const rtl::OUString& title, const report::DocumentRecord& before,
              const report::DocumentRecord& after) {
        std::lock_guard<std::mutex> lock(mutex_);
        done_.push_back({title, before, after});
        undone_.clear();  // a new step: what was undone can no longer be redone
    }

    void SAL_CALL actionUndone(const css::document::UndoManagerEvent& event) override {
        Step step;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (done_.empty() || done_.back().title != event.UndoActionTitle) return;
            step = done_.back();
            done_.pop_back();
            undone_.push_back(step);
        }
        apply(step.before);
        hideInfobar();
    }
    void SAL_CALL actionRedone(const css::document::UndoManagerEvent& event) override {
        Step step;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (undone_.empty() || undone_.back().title != event.UndoActionTitle) return;
            step = undone_.back();
            undone_.pop_back();
            done_.push_back(step);
        }
        apply(step.after);
    }
    void SAL_CALL undoActionAdded(const css::document::UndoManagerEvent& event) override {
        // The person's own edit (Proviso's steps are added through push, after they close):
        // the redo stack is gone.
        std::lock_guard<std::mutex> lock(mutex_);
        if (done_.empty() || done_.back().title != event.UndoActionTitle) undone_.clear();
    }
    void SAL_CALL allActionsCleared(const css::lang::EventObject&) override { forget(); }
    void SAL_CALL redoActionsCleared(const css::lang::EventObject&) override {
        std::lock_guard<std::mutex> lock(mutex_);
        undone_.clear();
    }
    void SAL_CALL resetAll(const css::lang::EventObject&) override { forget(); }
    void SAL_CALL enteredContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL enteredHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL leftContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL leftHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL cancelledContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL disposing(const css::lang::EventObject&) override { forget(); }

private:
    struct Step {
        rtl::OUString title;
        report::DocumentRecord before, after;
    };

    void forget() {
        std::lock_guard<std::mutex> lock(mutex_);
        done_.clear();
        undone_.clear();
    }

    void apply(const report::DocumentRecord& record) {
        try {
            Reference<css::text::XTextDocument> doc(doc_.get(), UNO_QUERY);
            if (doc.is()) writeRecord(doc, record);
        } catch (...) {
            // the undo itself went through; a stale record only makes one finding come back
        }
    }

    void hideInfobar() {
        try {
            Reference<css::frame::XModel> model(doc_.get(), UNO_QUERY);
            Reference<css::frame::XInfobarProvider> infobars(
                model.is() ? model->getCurrentController() : nullptr, UNO_QUERY);
            const rtl::OUString id = rtl::OUString::createFromAscii(kInfobarId);
            if (infobars.is() && infobars->hasInfobar(id)) infobars->removeInfobar(id);
        } catch (...) {
            // no view, or the view is closing: nothing is shown then
        }
    }

    css::uno::WeakReference<css::text::XTextDocument> doc_;
    std::mutex mutex_;
    std::vector<Step> done_, undone_;
};

// The keeper of each document, found again by its undo manager.
std::mutex keepersMutex;
std::map<css::document::XUndoManager*, rtl::Reference<RecordKeeper>> keepers;

}  // namespace

report::DocumentRecord readRecord(const Reference<css::text::XTextDocument>& doc) {
    report::DocumentRecord record;
    Reference<css::beans::XPropertySet> set(userProperties(doc), UNO_QUERY);
    if (!set.is()) return record;
    record.commented = readSet(set, report::kCommentedProperty);
    record.dismissed = readSet(set, report::kDismissedProperty);
    record.disabledRules = readSet(set, report::kDisabledRulesProperty);
    return record;
}

void writeRecord(const Reference<css::text::XTextDocument>& doc,
                 const report::DocumentRecord& record) {
    Reference<css::beans::XPropertyContainer> container = userProperties(doc);
    if (!container.is()) return;
    writeSet(container, report::kCommentedProperty, record.commented);
    writeSet(container, report::kDismissedProperty, record.dismissed);
    writeSet(container, report::kDisabledRulesProperty, record.disabledRules);
}

void recordUndoStep(const Reference<css::text::XTextDocument>& doc, const rtl::OUString& title,
                    const report::DocumentRecord& before, const report::DocumentRecord& after) {
    try {
        Reference<css::document::XUndoManagerSupplier> supplier(doc, UNO_QUERY);
        Reference<css::document::XUndoManager> undo =
            supplier.is() ? supplier->getUndoManager() : nullptr;
        if (!undo.is()) return;
        rtl::Reference<RecordKeeper> keeper;
        {
            std::lock_guard<std::mutex> lock(keepersMutex);
            // A keeper whose document is gone may sit at an address a new undo manager reuses.
            for (auto it = keepers.begin(); it != keepers.end();) {
                it = !it->second->alive() ? keepers.erase(it) : std::next(it);
            }
            auto& slot = keepers[undo.get()];
            if (!slot.is() || !slot->serves(doc)) {
                slot = new RecordKeeper(doc);
                undo->addUndoManagerListener(slot.get());
            }
            keeper = slot;
        }
        keeper->push(title, before, after);
    } catch (...) {
        // without it, an undone check leaves a record that says more was commented than is
    }
}

}  // namespace proviso::uno
