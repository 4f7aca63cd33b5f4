// Running Proviso's commands in a document's view from a test, as a menu entry, a toolbar
// button or a shortcut does, and reading what the dispatcher reports back.
#pragma once

#include <gtest/gtest.h>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XInfobarProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <map>
#include <string>

#include "../../src/uno/ustring.hpp"

namespace proviso::testing {

namespace css = ::com::sun::star;

// Runs a test body, turning a UNO exception into a readable failure.
template <typename F>
void unoTest(F&& body) {
    try {
        body();
    } catch (const css::uno::Exception& e) {
        FAIL() << "UNO exception: " << uno::toUtf8(e.Message);
    }
}

// The result of a command, as its dispatcher reports it.
class Outcome {
public:
    // DispatchHelper hands back the DispatchResultEvent of an XNotifyingDispatch.
    explicit Outcome(const css::uno::Any& result) {
        css::frame::DispatchResultEvent event;
        result >>= event;
        css::uno::Sequence<css::beans::NamedValue> values;
        event.Result >>= values;
        for (const auto& v : values) values_[uno::toUtf8(v.Name)] = v.Value;
    }
    std::string status() const { return text("Status"); }
    std::string text(const char* name) const {
        rtl::OUString s;
        if (auto it = values_.find(name); it != values_.end()) it->second >>= s;
        return uno::toUtf8(s);
    }
    int number(const char* name) const {
        sal_Int32 n = -1;
        if (auto it = values_.find(name); it != values_.end()) it->second >>= n;
        return n;
    }
    css::uno::Any value(const char* name) const {
        auto it = values_.find(name);
        return it == values_.end() ? css::uno::Any() : it->second;
    }

private:
    std::map<std::string, css::uno::Any> values_;
};

inline css::uno::Reference<css::frame::XController> controllerOf(
    const css::uno::Reference<css::text::XTextDocument>& doc) {
    css::uno::Reference<css::frame::XModel> model(doc, css::uno::UNO_QUERY_THROW);
    return model->getCurrentController();
}

// Dispatches a command URL to the document's frame, as a menu entry or toolbar button does.
inline Outcome dispatch(const css::uno::Reference<css::uno::XComponentContext>& context,
                        const css::uno::Reference<css::text::XTextDocument>& doc, const char* url,
                        const css::uno::Sequence<css::beans::PropertyValue>& arguments = {}) {
    css::uno::Reference<css::frame::XDispatchProvider> frame(controllerOf(doc)->getFrame(),
                                                             css::uno::UNO_QUERY_THROW);
    auto helper = css::frame::DispatchHelper::create(context);
    return Outcome(
        helper->executeDispatch(frame, rtl::OUString::createFromAscii(url), "", 0, arguments));
}

// Whether Proviso's infobar is shown above the document.
inline bool hasInfobar(const css::uno::Reference<css::text::XTextDocument>& doc) {
    css::uno::Reference<css::frame::XInfobarProvider> infobars(controllerOf(doc),
                                                               css::uno::UNO_QUERY_THROW);
    return infobars->hasInfobar("org.proviso.infobar");
}

}  // namespace proviso::testing
