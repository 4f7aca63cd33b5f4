// TEMPORARY, until checker.cpp defines the actions on a flagged passage declared in
// checker.hpp (provisoCommentAt, ignoreFinding, disableRuleInDocument, restoreDismissed), which
// another branch is writing. The component links with -z defs, so without these the whole
// .oxt could not be built on this branch. They are weak: once the real definitions are linked
// in they win and these are dropped, and this file is to be deleted with that merge.
// Meanwhile no comment is ever "at" the cursor and the other actions fail with a clear reason.
#include <com/sun/star/uno/RuntimeException.hpp>

#include "checker.hpp"

namespace proviso::uno {

namespace {
[[noreturn]] void notYet(const char* what) {
    throw css::uno::RuntimeException(rtl::OUString::createFromAscii(what) +
                                     " is not in this build yet");
}
}  // namespace

__attribute__((weak)) std::optional<CommentAt> provisoCommentAt(
    const css::uno::Reference<css::text::XTextDocument>& /*doc*/,
    const css::uno::Reference<css::text::XTextRange>& /*at*/, const std::string& /*author*/) {
    return std::nullopt;
}

__attribute__((weak)) void ignoreFinding(const css::uno::Reference<css::text::XTextDocument>&,
                                         const CommentAt&, const std::string&) {
    notYet("Ignore this finding");
}

__attribute__((weak)) int disableRuleInDocument(
    const css::uno::Reference<css::text::XTextDocument>&, const std::string&, const std::string&,
    const std::string&) {
    notYet("Disable a rule in this document");
}

__attribute__((weak)) int restoreDismissed(const css::uno::Reference<css::text::XTextDocument>&) {
    notYet("Restore dismissed findings");
}

}  // namespace proviso::uno
