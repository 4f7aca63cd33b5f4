// The actions on a flagged passage (issue 11), in a real LibreOffice with the real extension, on
// the English bill opened with a view: the context menu Writer shows on a Proviso comment's
// passage, and the commands its entries dispatch (explain, ignore, disable a rule here or
// everywhere, restore). The cursor is put in a passage as a right-click puts it there.
#include <gtest/gtest.h>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XIndexContainer.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/lang/IndexOutOfBoundsException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextViewCursor.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/ui/ActionTriggerSeparatorType.hpp>
#include <com/sun/star/ui/ContextMenuExecuteEvent.hpp>
#include <com/sun/star/ui/XContextMenuInterceptor.hpp>
#include <com/sun/star/util/URLTransformer.hpp>
#include <com/sun/star/util/XSearchable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <vector>

#include "../../src/uno/ustring.hpp"
#include "../support/config.hpp"
#include "../support/dispatch.hpp"
#include "../support/scratch.hpp"
#include "office.hpp"
#include "proviso/rule_set.hpp"

namespace proviso {
namespace {

namespace fs = std::filesystem;
namespace css = ::com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using testing::controllerOf;
using testing::hasInfobar;
using testing::Outcome;
using testing::unoTest;
using uno::toOUString;
using uno::toUtf8;

const char* const kFlagged = "grossly offensive";
const char* const kSound = "expeditious preservation of specified stored computer data";
const char* const kActions[] = {"org.proviso:explain", "org.proviso:ignore",
                                "org.proviso:disableRule", "org.proviso:disableRuleEverywhere",
                                "org.proviso:restoreDismissed"};

// A menu entry as the office's menu code hands it to an interceptor: a bag of properties.
class FakeEntry final : public cppu::WeakImplHelper1<css::beans::XPropertySet> {
public:
    Reference<css::beans::XPropertySetInfo> SAL_CALL getPropertySetInfo() override {
        return nullptr;
    }
    void SAL_CALL setPropertyValue(const rtl::OUString& name, const Any& value) override {
        values[toUtf8(name)] = value;
    }
    Any SAL_CALL getPropertyValue(const rtl::OUString& name) override {
        const auto it = values.find(toUtf8(name));
        return it == values.end() ? Any() : it->second;
    }
    void SAL_CALL addPropertyChangeListener(
        const rtl::OUString&, const Reference<css::beans::XPropertyChangeListener>&) override {}
    void SAL_CALL removePropertyChangeListener(
        const rtl::OUString&, const Reference<css::beans::XPropertyChangeListener>&) override {}
    void SAL_CALL addVetoableChangeListener(
        const rtl::OUString&, const Reference<css::beans::XVetoableChangeListener>&) override {}
    void SAL_CALL removeVetoableChangeListener(
        const rtl::OUString&, const Reference<css::beans::XVetoableChangeListener>&) override {}

    std::map<std::string, Any> values;
};

// The ActionTriggerContainer of ContextMenuExecuteEvent, built in the test: the office's own
// (framework's RootActionTriggerContainer) is not a service one can create. Like it, the menu
// is also the factory of its entries.
class FakeMenu final : public cppu::WeakImplHelper2<css::container::XIndexContainer,
                                                    css::lang::XMultiServiceFactory> {
public:
    void SAL_CALL insertByIndex(sal_Int32 index, const Any& element) override {
        if (index < 0 || index > getCount()) throw css::lang::IndexOutOfBoundsException();
        items.insert(items.begin() + index, element);
    }
    void SAL_CALL removeByIndex(sal_Int32 index) override {
        if (index < 0 || index >= getCount()) throw css::lang::IndexOutOfBoundsException();
        items.erase(items.begin() + index);
    }
    void SAL_CALL replaceByIndex(sal_Int32 index, const Any& element) override {
        if (index < 0 || index >= getCount()) throw css::lang::IndexOutOfBoundsException();
        items[static_cast<std::size_t>(index)] = element;
    }
    sal_Int32 SAL_CALL getCount() override { return static_cast<sal_Int32>(items.size()); }
    Any SAL_CALL getByIndex(sal_Int32 index) override {
        if (index < 0 || index >= getCount()) throw css::lang::IndexOutOfBoundsException();
        return items[static_cast<std::size_t>(index)];
    }
    css::uno::Type SAL_CALL getElementType() override {
        return cppu::UnoType<css::beans::XPropertySet>::get();
    }
    sal_Bool SAL_CALL hasElements() override { return !items.empty(); }

    Reference<css::uno::XInterface> SAL_CALL createInstance(const rtl::OUString& name) override {
        if (name == "com.sun.star.ui.ActionTriggerContainer") {
            return static_cast<cppu::OWeakObject*>(new FakeMenu);
        }
        if (name == "com.sun.star.ui.ActionTrigger" ||
            name == "com.sun.star.ui.ActionTriggerSeparator") {
            auto* entry = new FakeEntry;
            entry->values["Service"] <<= name;
            return static_cast<cppu::OWeakObject*>(entry);
        }
        return nullptr;
    }
    Reference<css::uno::XInterface> SAL_CALL
    createInstanceWithArguments(const rtl::OUString& name, const Sequence<Any>&) override {
        return createInstance(name);
    }
    Sequence<rtl::OUString> SAL_CALL getAvailableServiceNames() override { return {}; }

    std::vector<Any> items;
};

// An entry of a menu the interceptor filled, as the test reads it back.
struct Entry {
    std::string service, text, url;
    FakeMenu* submenu = nullptr;
};

Entry entryAt(FakeMenu& menu, std::size_t i) {
    Reference<css::beans::XPropertySet> props(menu.items.at(i), UNO_QUERY_THROW);
    auto* entry = dynamic_cast<FakeEntry*>(props.get());
    Entry out;
    if (entry == nullptr) return out;
    rtl::OUString s;
    if (entry->values["Service"] >>= s) out.service = toUtf8(s);
    if (entry->values["Text"] >>= s) out.text = toUtf8(s);
    if (entry->values["CommandURL"] >>= s) out.url = toUtf8(s);
    Reference<css::container::XIndexContainer> sub;
    if (entry->values["SubContainer"] >>= sub) out.submenu = dynamic_cast<FakeMenu*>(sub.get());
    return out;
}

// A Proviso comment: its rule and the words it covers.
struct Flag {
    std::string rule, anchor;
};

std::vector<Flag> provisoComments(const Reference<css::text::XTextDocument>& doc) {
    std::vector<Flag> out;
    Reference<css::text::XTextFieldsSupplier> supplier(doc, UNO_QUERY_THROW);
    auto fields = supplier->getTextFields()->createEnumeration();
    while (fields->hasMoreElements()) {
        Reference<css::lang::XServiceInfo> info(fields->nextElement(), UNO_QUERY);
        if (!info->supportsService("com.sun.star.text.textfield.Annotation")) continue;
        Reference<css::beans::XPropertySet> props(info, UNO_QUERY_THROW);
        rtl::OUString author, content;
        props->getPropertyValue("Author") >>= author;
        props->getPropertyValue("Content") >>= content;
        const std::string text = toUtf8(content);
        const std::string tag = "[Proviso rule: ";
        const auto at = text.rfind(tag);
        if (author != "Proviso" || at == std::string::npos) continue;
        const auto from = at + tag.size();
        const auto end = text.find_first_of("] \n", from);
        Reference<css::text::XTextContent> field(info, UNO_QUERY_THROW);
        out.push_back({text.substr(from, end == std::string::npos ? end : end - from),
                       toUtf8(field->getAnchor()->getString())});
    }
    return out;
}

std::size_t countOn(const std::vector<Flag>& flags, const std::string& anchor) {
    return static_cast<std::size_t>(std::count_if(flags.begin(), flags.end(), [&](const Flag& f) {
        return f.anchor.find(anchor) != std::string::npos;
    }));
}

std::size_t countOf(const std::vector<Flag>& flags, const std::string& rule) {
    return static_cast<std::size_t>(
        std::count_if(flags.begin(), flags.end(), [&](const Flag& f) { return f.rule == rule; }));
}

// The rule of the Proviso comment whose words contain `anchor` (a comment may span a rule's words
// from the first to the last in one sentence of the provision).
std::string ruleOn(const Reference<css::text::XTextDocument>& doc, const std::string& anchor) {
    for (const Flag& f : provisoComments(doc)) {
        if (f.anchor.find(anchor) != std::string::npos) return f.rule;
    }
    return {};
}

// Puts the view cursor inside `words`, as a right-click there does: the words are found and
// selected through the view, then the cursor is collapsed two characters into them.
void putCursorIn(const Reference<css::text::XTextDocument>& doc, const char* words) {
    Reference<css::util::XSearchable> searchable(doc, UNO_QUERY_THROW);
    auto search = searchable->createSearchDescriptor();
    search->setSearchString(rtl::OUString::createFromAscii(words));
    Reference<css::text::XTextRange> found(searchable->findFirst(search), UNO_QUERY);
    ASSERT_TRUE(found.is()) << words;
    Reference<css::view::XSelectionSupplier> view(controllerOf(doc), UNO_QUERY_THROW);
    ASSERT_TRUE(view->select(Any(found)));
    Reference<css::text::XTextViewCursorSupplier> cursors(controllerOf(doc), UNO_QUERY_THROW);
    Reference<css::text::XTextViewCursor> cursor = cursors->getViewCursor();
    cursor->collapseToStart();
    cursor->goRight(2, false);
}

// The arguments of a command run by a test: no dialog may wait for a person.
Sequence<css::beans::PropertyValue> quietly() {
    Sequence<css::beans::PropertyValue> arguments(1);
    arguments.getArray()[0].Name = "Interactive";
    arguments.getArray()[0].Value <<= false;
    return arguments;
}

// The shipped rule `id`, read from the rule files as a rule author wrote them.
const RuleInfo* shippedRule(const std::string& id) {
    static std::vector<LoadError> errors;
    static const RuleSet rules = RuleSet::loadAll({PROVISO_RULES_DIR}, errors);
    for (const Rule* rule : rules.rules()) {
        if (rule->info().id == id) return &rule->info();
    }
    return nullptr;
}

// A rule text without its placeholders' part: the explanation fills {match} in.
std::string beforePlaceholder(const std::string& text) {
    std::string out = text.substr(0, text.find('{'));
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
    return out;
}

class ActionsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { office_ = testing::startSuite("actions", dir_, {"bill"}); }
    static void TearDownTestSuite() { testing::endSuite(office_, dir_); }

    // A fresh copy of the bill, opened with a view.
    static Reference<css::text::XTextDocument> openCopy(const std::string& name,
                                                        const char* format = "odt") {
        const fs::path copy = dir_ / (name + "." + format);
        fs::copy_file(dir_ / (std::string("bill.") + format), copy,
                      fs::copy_options::overwrite_existing);
        return office_->open(copy, {.withView = true});
    }
    // The same, checked.
    static Reference<css::text::XTextDocument> checkedCopy(const std::string& name,
                                                           const char* format = "odt") {
        auto doc = openCopy(name, format);
        const Outcome checked = dispatch(doc, "org.proviso:check");
        EXPECT_EQ(checked.status(), "ok") << checked.text("Message");
        return doc;
    }
    // A checked copy with the view cursor in the flagged words, as a right-click there leaves
    // it; `rule` is the rule of the comment on them.
    static Reference<css::text::XTextDocument> cursorInFinding(const std::string& name,
                                                               std::string& rule) {
        auto doc = checkedCopy(name);
        rule = ruleOn(doc, kFlagged);
        EXPECT_FALSE(rule.empty()) << "the bill's \"" << kFlagged << "\" is flagged";
        putCursorIn(doc, kFlagged);
        return doc;
    }
    static Outcome dispatch(const Reference<css::text::XTextDocument>& doc, const char* url) {
        return testing::dispatch(office_->remoteContext(), doc, url, quietly());
    }
    static Reference<css::uno::XInterface> create(const char* service) {
        auto context = office_->remoteContext();
        return context->getServiceManager()->createInstanceWithContext(
            rtl::OUString::createFromAscii(service), context);
    }

    static inline std::unique_ptr<cli::OfficeSession> office_;
    static inline fs::path dir_;
};

// The office ran Proviso's OnViewCreated job for the view the document was loaded into: asked
// again, the job finds the interceptor there and registers nothing new. (No command runs
// before: a command registers it too, for views older than the extension.) And the commands
// the entries carry are offered for the view.
TEST_F(ActionsTest, EveryWriterViewGetsTheContextMenuAndItsCommands) {
    unoTest([&] {
        auto doc = openCopy("registered");
        Reference<css::task::XJob> job(create("org.proviso.ContextMenuJob"), UNO_QUERY_THROW);
        Sequence<css::beans::NamedValue> environment(1);
        environment.getArray()[0] = css::beans::NamedValue("Model", Any(doc));
        Sequence<css::beans::NamedValue> arguments(1);
        arguments.getArray()[0] = css::beans::NamedValue("Environment", Any(environment));
        Sequence<css::beans::NamedValue> result;
        ASSERT_TRUE(job->execute(arguments) >>= result);
        std::map<std::string, sal_Int32> counts;
        for (const auto& value : result) value.Value >>= counts[toUtf8(value.Name)];
        EXPECT_EQ(counts["Registered"], 0) << "the office's OnViewCreated job did it already";
        EXPECT_EQ(counts["AlreadyRegistered"], 1);

        auto transformer = css::util::URLTransformer::create(office_->remoteContext());
        Reference<css::frame::XDispatchProvider> frame(controllerOf(doc)->getFrame(),
                                                       UNO_QUERY_THROW);
        for (const char* command : kActions) {
            css::util::URL url;
            url.Complete = rtl::OUString::createFromAscii(command);
            transformer->parseStrict(url);
            EXPECT_TRUE(frame->queryDispatch(url, "", 0).is()) << command;
        }
        cli::OfficeSession::close(doc);
    });
}

// The interceptor, given the event the office gives it on a right-click: in a flagged passage
// it adds a Proviso submenu with the five actions, naming the rule; elsewhere it leaves the
// menu alone.
TEST_F(ActionsTest, ContextMenuOffersTheActionsInAFlaggedPassageOnly) {
    unoTest([&] {
        auto doc = checkedCopy("menu");
        const std::string rule = ruleOn(doc, kFlagged);
        ASSERT_FALSE(rule.empty()) << "the bill's \"" << kFlagged << "\" is flagged";
        Reference<css::ui::XContextMenuInterceptor> interceptor(
            create("org.proviso.ContextMenuInterceptor"), UNO_QUERY_THROW);
        auto rightClick = [&](FakeMenu* menu) {
            css::ui::ContextMenuExecuteEvent event;
            event.ActionTriggerContainer = menu;
            event.Selection.set(controllerOf(doc), UNO_QUERY_THROW);
            return interceptor->notifyContextMenuExecute(event);
        };

        putCursorIn(doc, kFlagged);
        rtl::Reference<FakeMenu> menu(new FakeMenu);
        menu->insertByIndex(0, Any(Reference<css::uno::XInterface>(
                                   menu->createInstance("com.sun.star.ui.ActionTrigger"))));
        ASSERT_EQ(rightClick(menu.get()), css::ui::ContextMenuInterceptorAction_EXECUTE_MODIFIED);
        ASSERT_EQ(menu->getCount(), 3) << "Writer's entry, a separator, the Proviso submenu";
        EXPECT_EQ(entryAt(*menu, 1).service, "com.sun.star.ui.ActionTriggerSeparator");
        const Entry proviso = entryAt(*menu, 2);
        EXPECT_EQ(proviso.text, "Proviso");
        ASSERT_NE(proviso.submenu, nullptr);
        ASSERT_EQ(proviso.submenu->getCount(), 5);
        for (std::size_t i = 0; i < 5; ++i) {
            const Entry action = entryAt(*proviso.submenu, i);
            EXPECT_EQ(action.url, kActions[i]);
            EXPECT_FALSE(action.text.empty());
            if (action.url.find("disableRule") != std::string::npos) {
                EXPECT_NE(action.text.find(rule), std::string::npos) << action.text;
            }
        }

        putCursorIn(doc, kSound);
        rtl::Reference<FakeMenu> elsewhere(new FakeMenu);
        EXPECT_EQ(rightClick(elsewhere.get()), css::ui::ContextMenuInterceptorAction_IGNORED);
        EXPECT_EQ(elsewhere->getCount(), 0);
        cli::OfficeSession::close(doc);
    });
}

// Explain, without a dialog: the rule's own concern, rationale and suggested redraft as the
// rule file writes them, and the standards.
TEST_F(ActionsTest, ExplainTellsTheRulesReasonsAndRedraft) {
    unoTest([&] {
        std::string rule;
        auto doc = cursorInFinding("explain", rule);
        ASSERT_FALSE(rule.empty());
        const Outcome outcome = dispatch(doc, "org.proviso:explain");
        ASSERT_EQ(outcome.status(), "ok");
        EXPECT_EQ(outcome.text("Rule"), rule);
        const RuleInfo* info = shippedRule(rule);
        ASSERT_NE(info, nullptr) << rule;
        const std::string lang = outcome.text("Language");
        const std::string explanation = outcome.text("Explanation");
        EXPECT_NE(explanation.find(beforePlaceholder(info->rationale.in(lang))), std::string::npos)
            << explanation;
        EXPECT_NE(explanation.find(beforePlaceholder(info->suggestion.in(lang))), std::string::npos)
            << explanation;
        for (const std::string& reference : info->references) {
            EXPECT_NE(explanation.find(reference), std::string::npos) << reference;
        }
        EXPECT_NE(outcome.text("Suggestion").find(beforePlaceholder(info->suggestion.in(lang))),
                  std::string::npos);
        cli::OfficeSession::close(doc);
    });
}

// Outside any Proviso comment there is no finding to act on, and the person is told so.
TEST_F(ActionsTest, OutsideAFlaggedPassageTheCommandsSayNoFinding) {
    unoTest([&] {
        auto doc = checkedCopy("nofinding");
        putCursorIn(doc, kSound);
        for (const char* command :
             {"org.proviso:explain", "org.proviso:ignore", "org.proviso:disableRule",
              "org.proviso:disableRuleEverywhere"}) {
            EXPECT_EQ(dispatch(doc, command).status(), "no-finding") << command;
        }
        EXPECT_TRUE(hasInfobar(doc));
        cli::OfficeSession::close(doc);
    });
}

// Disable the rule in this document: its comments go, and checking again adds none back.
TEST_F(ActionsTest, RuleDisabledInTheDocumentStaysOutOfLaterChecks) {
    unoTest([&] {
        std::string rule;
        auto doc = cursorInFinding("disable", rule);
        ASSERT_FALSE(rule.empty());
        const Outcome disabled = dispatch(doc, "org.proviso:disableRule");
        ASSERT_EQ(disabled.status(), "ok");
        EXPECT_EQ(disabled.text("Rule"), rule);
        EXPECT_GE(disabled.number("Removed"), 1);
        EXPECT_EQ(countOf(provisoComments(doc), rule), 0u);
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        EXPECT_EQ(countOf(provisoComments(doc), rule), 0u);
        EXPECT_FALSE(provisoComments(doc).empty()) << "the other rules still comment";
        // Remembered in the document, in either format.
        for (const char* format : {"odt", "docx"}) {
            const fs::path saved = dir_ / (std::string("disabled.") + format);
            office_->saveAs(doc, saved);
            auto reopened = office_->open(saved, {.withView = true});
            ASSERT_EQ(dispatch(reopened, "org.proviso:check").status(), "ok");
            EXPECT_EQ(countOf(provisoComments(reopened), rule), 0u) << format;
            cli::OfficeSession::close(reopened);
        }
        cli::OfficeSession::close(doc);
    });
}

// Disable the rule everywhere: the user's settings leave it out of the next check of any
// document; the comments already written stay until then.
TEST_F(ActionsTest, RuleDisabledEverywhereIsLeftOutOfTheNextCheck) {
    unoTest([&] {
        std::string rule;
        auto doc = cursorInFinding("everywhere", rule);
        ASSERT_FALSE(rule.empty());
        const Outcome disabled = dispatch(doc, "org.proviso:disableRuleEverywhere");
        EXPECT_EQ(disabled.status(), "ok");
        EXPECT_GE(countOf(provisoComments(doc), rule), 1u);
        auto other = checkedCopy("everywhere-other");
        const std::size_t left = countOf(provisoComments(other), rule);
        // Back to the suite's settings before anything can fail.
        testing::setConfig(office_->remoteContext(), "/org.proviso.Settings/General",
                           "DisabledRules", Any(Sequence<rtl::OUString>()));
        EXPECT_EQ(left, 0u);
        cli::OfficeSession::close(other);
        cli::OfficeSession::close(doc);
    });
}

// Ignore a finding; the document remembers it in .odt and .docx alike: saved, reopened and
// checked again, the finding does not come back; restored and checked, it does.
class IgnoreTest : public ActionsTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(IgnoreTest, IgnoredFindingStaysAwayUntilRestored) {
    unoTest([&] {
        auto doc = checkedCopy(std::string("ignore-") + GetParam());
        const std::size_t before = countOn(provisoComments(doc), kFlagged);
        ASSERT_GE(before, 1u);
        putCursorIn(doc, kFlagged);
        ASSERT_EQ(dispatch(doc, "org.proviso:ignore").status(), "ok");
        EXPECT_EQ(countOn(provisoComments(doc), kFlagged), before - 1);

        const fs::path saved = dir_ / (std::string("ignored.") + GetParam());
        office_->saveAs(doc, saved);
        cli::OfficeSession::close(doc);
        doc = office_->open(saved, {.withView = true});
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        EXPECT_EQ(countOn(provisoComments(doc), kFlagged), before - 1) << "ignored stays away";

        const Outcome restored = dispatch(doc, "org.proviso:restoreDismissed");
        ASSERT_EQ(restored.status(), "ok");
        EXPECT_GE(restored.number("Restored"), 1);
        ASSERT_EQ(dispatch(doc, "org.proviso:check").status(), "ok");
        EXPECT_EQ(countOn(provisoComments(doc), kFlagged), before) << "restored comes back";
        cli::OfficeSession::close(doc);
    });
}

INSTANTIATE_TEST_SUITE_P(Formats, IgnoreTest, ::testing::Values("odt", "docx"));

// A read-only document is not changed by the actions that would change it.
TEST_F(ActionsTest, ReadOnlyDocumentRefusesTheActionsThatChangeIt) {
    unoTest([&] {
        auto doc = office_->open(dir_ / "bill.odt", {.withView = true, .readOnly = true});
        for (const char* command :
             {"org.proviso:ignore", "org.proviso:disableRule", "org.proviso:restoreDismissed"}) {
            EXPECT_EQ(dispatch(doc, command).status(), "read-only") << command;
        }
        cli::OfficeSession::close(doc);
    });
}

}  // namespace
}  // namespace proviso
