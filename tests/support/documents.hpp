// What tests of Writer commands read and write in a document: dispatch arguments, the body's
// paragraphs, every comment with its words, a person's comment added as Insert > Comment does.
#pragma once

#include <gtest/gtest.h>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/util/XSearchable.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "../../src/uno/ustring.hpp"

namespace proviso::testing {

namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using uno::toOUString;
using uno::toUtf8;

// Dispatch arguments for a test: Interactive=false (no dialog may wait on a person), then
// `values`.
inline Sequence<css::beans::PropertyValue> arguments(
    std::initializer_list<std::pair<const char*, Any>> values) {
    Sequence<css::beans::PropertyValue> out(static_cast<sal_Int32>(values.size() + 1));
    out.getArray()[0].Name = "Interactive";
    out.getArray()[0].Value <<= false;
    sal_Int32 i = 1;
    for (const auto& [name, value] : values) {
        out.getArray()[i].Name = rtl::OUString::createFromAscii(name);
        out.getArray()[i].Value = value;
        ++i;
    }
    return out;
}

inline std::vector<std::string> paragraphsOf(const Reference<css::text::XTextDocument>& doc) {
    std::vector<std::string> out;
    Reference<css::container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
    auto items = body->createEnumeration();
    while (items->hasMoreElements()) {
        Reference<css::text::XTextRange> p(items->nextElement(), UNO_QUERY);
        if (p.is()) out.push_back(toUtf8(p->getString()));
    }
    return out;
}

struct Comment {
    std::string author;
    std::string content;
    std::string words;
    Reference<css::text::XTextRange> anchor;
};

inline std::vector<Comment> commentsOf(const Reference<css::text::XTextDocument>& doc) {
    std::vector<Comment> out;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation")) {
            continue;
        }
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY_THROW);
        rtl::OUString author, content;
        props->getPropertyValue("Author") >>= author;
        props->getPropertyValue("Content") >>= content;
        const auto anchor = Reference<css::text::XTextContent>(info, UNO_QUERY_THROW)->getAnchor();
        out.push_back({toUtf8(author), toUtf8(content), toUtf8(anchor->getString()), anchor});
    }
    return out;
}

// A participant's comment on the first occurrence of `words`, as Insert > Comment makes it.
inline void addComment(const Reference<css::text::XTextDocument>& doc, const std::string& words,
                       const std::string& author, const std::string& text) {
    Reference<css::util::XSearchable> searchable(doc, UNO_QUERY_THROW);
    auto descriptor = searchable->createSearchDescriptor();
    descriptor->setSearchString(toOUString(words));
    Reference<css::text::XTextRange> found(searchable->findFirst(descriptor), UNO_QUERY);
    ASSERT_TRUE(found.is()) << words;
    Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> field(
        factory->createInstance("com.sun.star.text.textfield.Annotation"), UNO_QUERY_THROW);
    field->setPropertyValue("Author", Any(toOUString(author)));
    field->setPropertyValue("Content", Any(toOUString(text)));
    found->getText()->insertTextContent(
        found, Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), true);
}

inline bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace proviso::testing
