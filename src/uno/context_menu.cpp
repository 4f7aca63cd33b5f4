// org.proviso.comp.ContextMenuInterceptor: adds a Proviso submenu to Writer's context menu.
// org.proviso.comp.ContextMenuJob: the job that registers it on every new Writer view.
//
// The entries carry org.proviso: URLs, so the dispatcher (and its infobar and results) does the
// work; the interceptor only decides whether to offer them and labels them. It never throws:
// an exception in the office's menu code can take down the person's unsaved work.
#include "context_menu.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XIndexContainer.hpp>
#include <com/sun/star/frame/XModel2.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ui/ActionTriggerSeparatorType.hpp>
#include <com/sun/star/ui/XContextMenuInterception.hpp>
#include <com/sun/star/ui/XContextMenuInterceptor.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>

#include <iostream>
#include <mutex>
#include <vector>

#include "checker.hpp"
#include "component.hpp"
#include "finding_actions.hpp"
#include "proviso/report/draft_comments.hpp"
#include "settings.hpp"
#include "user_rules.hpp"
#include "ustring.hpp"

namespace proviso::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using report::Text;

namespace {

constexpr const char* kInterceptorName = "org.proviso.comp.ContextMenuInterceptor";
constexpr const char* kJobName = "org.proviso.comp.ContextMenuJob";

class ContextMenuInterceptor final
    : public cppu::WeakImplHelper2<css::ui::XContextMenuInterceptor, css::lang::XServiceInfo> {
public:
    explicit ContextMenuInterceptor(const Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    css::ui::ContextMenuInterceptorAction SAL_CALL
    notifyContextMenuExecute(const css::ui::ContextMenuExecuteEvent& event) override {
        try {
            return extend(event) ? css::ui::ContextMenuInterceptorAction_EXECUTE_MODIFIED
                                 : css::ui::ContextMenuInterceptorAction_IGNORED;
        } catch (const css::uno::Exception& e) {
            std::cerr << "proviso: context menu: " << toUtf8(e.Message) << '\n';
        } catch (const std::exception& e) {
            std::cerr << "proviso: context menu: " << e.what() << '\n';
        } catch (...) {
            std::cerr << "proviso: context menu: unexpected error\n";
        }
        return css::ui::ContextMenuInterceptorAction_IGNORED;
    }

    rtl::OUString SAL_CALL getImplementationName() override {
        return rtl::OUString::createFromAscii(kInterceptorName);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return serviceNames("org.proviso.ContextMenuInterceptor");
    }

private:
    // Adds the Proviso submenu when the view cursor is in a Proviso comment's passage. The
    // submenu is built whole before anything is added to the office's menu, so that a failure
    // half-way leaves that menu as it was.
    bool extend(const css::ui::ContextMenuExecuteEvent& event) const {
        Reference<css::frame::XController> controller(event.Selection, UNO_QUERY);
        Reference<css::text::XTextDocument> doc(controller.is() ? controller->getModel() : nullptr,
                                                UNO_QUERY);
        Reference<css::text::XTextViewCursorSupplier> view(controller, UNO_QUERY);
        const Reference<css::container::XIndexContainer>& menu = event.ActionTriggerContainer;
        if (!doc.is() || !view.is() || !menu.is()) return false;
        Reference<css::text::XTextRange> cursor(view->getViewCursor(), UNO_QUERY);
        const std::optional<CommentAt> comment =
            provisoCommentAt(doc, cursor, commentAuthor(readSettings(context_)));
        if (!comment) return false;

        const std::string lang = uiLanguage(context_);
        Reference<css::lang::XMultiServiceFactory> factory(menu, UNO_QUERY_THROW);
        Reference<css::container::XIndexContainer> entries(
            factory->createInstance("com.sun.star.ui.ActionTriggerContainer"), UNO_QUERY_THROW);
        auto add = [&](Text label, const char* url) {
            entries->insertByIndex(
                entries->getCount(),
                Any(entry(factory, report::say(label, lang, {comment->ruleId}), url)));
        };
        add(Text::MenuExplain, "org.proviso:explain");
        add(Text::MenuIgnore, "org.proviso:ignore");
        // A safeguard removed since an earlier draft has no rule behind it to switch off.
        if (comment->ruleId != report::kSafeguardRemovedTag) {
            add(Text::MenuDisableHere, "org.proviso:disableRule");
            add(Text::MenuDisableEverywhere, "org.proviso:disableRuleEverywhere");
        }
        add(Text::MenuRestoreDismissed, "org.proviso:restoreDismissed");

        Reference<css::beans::XPropertySet> submenu = entry(factory, "Proviso", "");
        submenu->setPropertyValue("SubContainer", Any(entries));
        Reference<css::beans::XPropertySet> separator(
            factory->createInstance("com.sun.star.ui.ActionTriggerSeparator"), UNO_QUERY_THROW);
        separator->setPropertyValue("SeparatorType",
                                    Any(css::ui::ActionTriggerSeparatorType::LINE));
        menu->insertByIndex(menu->getCount(), Any(separator));
        menu->insertByIndex(menu->getCount(), Any(submenu));
        return true;
    }

    static Reference<css::beans::XPropertySet> entry(
        const Reference<css::lang::XMultiServiceFactory>& factory, const std::string& text,
        const char* url) {
        Reference<css::beans::XPropertySet> item(
            factory->createInstance("com.sun.star.ui.ActionTrigger"), UNO_QUERY_THROW);
        item->setPropertyValue("Text", Any(toOUString(text)));
        if (*url != '\0') {
            item->setPropertyValue("CommandURL", Any(rtl::OUString::createFromAscii(url)));
        }
        return item;
    }

    Reference<css::uno::XComponentContext> context_;
};

// The views that have Proviso's interceptor, held weakly: a closed view drops out by itself.
class InterceptedViews {
public:
    // Records `controller`; false if it was recorded already.
    bool add(const Reference<css::frame::XController>& controller) {
        std::lock_guard<std::mutex> lock(mutex_);
        std::erase_if(views_, [](const css::uno::WeakReference<css::frame::XController>& weak) {
            return !Reference<css::frame::XController>(weak).is();
        });
        for (const auto& weak : views_) {
            if (Reference<css::frame::XController>(weak) == controller) return false;
        }
        views_.emplace_back(controller);
        return true;
    }
    void forget(const Reference<css::frame::XController>& controller) {
        std::lock_guard<std::mutex> lock(mutex_);
        std::erase_if(views_, [&](const css::uno::WeakReference<css::frame::XController>& weak) {
            return Reference<css::frame::XController>(weak) == controller;
        });
    }

private:
    std::mutex mutex_;
    std::vector<css::uno::WeakReference<css::frame::XController>> views_;
};

InterceptedViews& interceptedViews() {
    static InterceptedViews views;
    return views;
}

// Runs at OnViewCreated (extension/Jobs.xcu). The job environment names the document (Model),
// not the new view, and the view is not yet the document's current controller at that moment:
// so every view of the document is offered the interceptor; those that have it are skipped.
// The result tells how many views were registered now and how many had it already; the office
// ignores those values, a test reads them.
class ContextMenuJob final
    : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
public:
    explicit ContextMenuJob(const Reference<css::uno::XComponentContext>& context)
        : context_(context) {}

    Any SAL_CALL execute(const Sequence<css::beans::NamedValue>& arguments) override {
        sal_Int32 registered = 0, already = 0;
        try {
            for (const Reference<css::frame::XController>& controller : views(arguments)) {
                (interceptContextMenu(context_, controller) ? registered : already) += 1;
            }
        } catch (const css::uno::Exception& e) {
            std::cerr << "proviso: context menu job: " << toUtf8(e.Message) << '\n';
        } catch (...) {
            std::cerr << "proviso: context menu job failed\n";
        }
        Sequence<css::beans::NamedValue> result(2);
        result.getArray()[0] = css::beans::NamedValue("Registered", Any(registered));
        result.getArray()[1] = css::beans::NamedValue("AlreadyRegistered", Any(already));
        return Any(result);
    }

    rtl::OUString SAL_CALL getImplementationName() override {
        return rtl::OUString::createFromAscii(kJobName);
    }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override {
        return cppu::supportsService(this, name);
    }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override {
        return serviceNames("org.proviso.ContextMenuJob");
    }

private:
    // The views of the text document the job environment names (its Model, or its Frame's).
    static std::vector<Reference<css::frame::XController>> views(
        const Sequence<css::beans::NamedValue>& arguments) {
        Reference<css::frame::XModel> model;
        Reference<css::frame::XFrame> frame;
        for (const auto& argument : arguments) {
            Sequence<css::beans::NamedValue> environment;
            if (argument.Name != "Environment" || !(argument.Value >>= environment)) continue;
            for (const auto& value : environment) {
                if (value.Name == "Model") value.Value >>= model;
                if (value.Name == "Frame") value.Value >>= frame;
            }
        }
        std::vector<Reference<css::frame::XController>> out;
        if (!model.is() && frame.is() && frame->getController().is()) {
            model = frame->getController()->getModel();
        }
        if (!Reference<css::text::XTextDocument>(model, UNO_QUERY).is()) return out;
        Reference<css::frame::XModel2> all(model, UNO_QUERY);
        if (!all.is()) {
            if (model->getCurrentController().is()) out.push_back(model->getCurrentController());
            return out;
        }
        auto each = all->getControllers();
        while (each.is() && each->hasMoreElements()) {
            Reference<css::frame::XController> controller(each->nextElement(), UNO_QUERY);
            if (controller.is()) out.push_back(controller);
        }
        return out;
    }

    Reference<css::uno::XComponentContext> context_;
};

}  // namespace

bool interceptContextMenu(const Reference<css::uno::XComponentContext>& context,
                          const Reference<css::frame::XController>& controller) noexcept {
    try {
        Reference<css::ui::XContextMenuInterception> interception(controller, UNO_QUERY);
        if (!interception.is() || !interceptedViews().add(controller)) return false;
        try {
            interception->registerContextMenuInterceptor(new ContextMenuInterceptor(context));
        } catch (...) {
            interceptedViews().forget(controller);
            throw;
        }
        return true;
    } catch (const css::uno::Exception& e) {
        std::cerr << "proviso: cannot extend the context menu: " << toUtf8(e.Message) << '\n';
    } catch (...) {
        std::cerr << "proviso: cannot extend the context menu\n";
    }
    return false;
}

}  // namespace proviso::uno

extern "C" SAL_DLLPUBLIC_EXPORT ::com::sun::star::uno::XInterface*
org_proviso_ContextMenuInterceptor_get_implementation(
    ::com::sun::star::uno::XComponentContext* context,
    const ::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>& /*arguments*/) {
    return proviso::uno::newComponent<proviso::uno::ContextMenuInterceptor>(context);
}

extern "C" SAL_DLLPUBLIC_EXPORT ::com::sun::star::uno::XInterface*
org_proviso_ContextMenuJob_get_implementation(
    ::com::sun::star::uno::XComponentContext* context,
    const ::com::sun::star::uno::Sequence<::com::sun::star::uno::Any>& /*arguments*/) {
    return proviso::uno::newComponent<proviso::uno::ContextMenuJob>(context);
}
