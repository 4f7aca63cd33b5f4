// What a reader finds in a saved document, read back through a real office: every paragraph of
// the body and every comment, with the words it covers and the paragraph they are in.
#pragma once

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "../../src/uno/ustring.hpp"
#include "office.hpp"

namespace proviso::testing {

struct SavedComment {
    std::string author;
    std::string anchor;  // the words the comment covers
    std::string content;
    std::string paragraph;  // the whole paragraph those words are in
    auto key() const { return std::tie(author, anchor, content, paragraph); }
    bool operator<(const SavedComment& o) const { return key() < o.key(); }
    bool operator==(const SavedComment& o) const { return key() == o.key(); }
};

inline void PrintTo(const SavedComment& c, std::ostream* out) {
    *out << "{" << c.author << " on \"" << c.anchor << "\": " << c.content.substr(0, 80) << "}";
}

struct Reopened {
    std::vector<std::string> paragraphs;
    std::vector<SavedComment> comments;  // sorted
};

inline Reopened reopenDocument(cli::OfficeSession& office, const std::filesystem::path& file) {
    namespace css = ::com::sun::star;
    using css::uno::Reference;
    using css::uno::UNO_QUERY;
    using css::uno::UNO_QUERY_THROW;
    using uno::toUtf8;
    Reopened result;
    auto doc = office.open(file);
    Reference<css::container::XEnumerationAccess> body(doc->getText(), UNO_QUERY_THROW);
    auto paragraphs = body->createEnumeration();
    while (paragraphs->hasMoreElements()) {
        Reference<css::text::XTextRange> p(paragraphs->nextElement(), UNO_QUERY);
        if (p.is()) result.paragraphs.push_back(toUtf8(p->getString()));
    }
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info.is() || !info->supportsService("com.sun.star.text.textfield.Annotation"))
            continue;
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY_THROW);
        Reference<css::text::XTextContent> content(info, UNO_QUERY_THROW);
        rtl::OUString author, text;
        props->getPropertyValue("Author") >>= author;
        props->getPropertyValue("Content") >>= text;
        const auto anchor = content->getAnchor();
        Reference<css::text::XParagraphCursor> paragraph(
            anchor->getText()->createTextCursorByRange(anchor->getStart()), UNO_QUERY_THROW);
        paragraph->gotoStartOfParagraph(false);
        paragraph->gotoEndOfParagraph(true);
        result.comments.push_back({toUtf8(author), toUtf8(anchor->getString()), toUtf8(text),
                                   toUtf8(paragraph->getString())});
    }
    std::sort(result.comments.begin(), result.comments.end());
    cli::OfficeSession::close(doc);
    return result;
}

}  // namespace proviso::testing
