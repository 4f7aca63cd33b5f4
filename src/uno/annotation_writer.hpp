// Turns findings into Writer comments and removes them again. Only comments Proviso wrote are
// ever removed: they are recognised by the author and by the rule tag at the end of their text,
// which is what survives a round trip through .docx.
#pragma once

#include <com/sun/star/text/XTextDocument.hpp>

#include <functional>
#include <unordered_map>
#include <vector>

#include "proviso/finding.hpp"
#include "proviso/rule_set.hpp"
#include "writer_text.hpp"

namespace proviso::uno {

// Finds the rules behind findings by id, among the rules a scan used.
class RuleLookup {
public:
    explicit RuleLookup(const std::vector<const Rule*>& rules) {
        for (const Rule* rule : rules) byId_.emplace(rule->info().id, rule);
    }
    const Rule* find(const std::string& id) const {
        const auto it = byId_.find(id);
        return it == byId_.end() ? nullptr : it->second;
    }

private:
    std::unordered_map<std::string, const Rule*> byId_;
};

inline constexpr const char* kCommentAuthor = "Proviso";
inline constexpr const char* kCommentInitials = "PV";
inline constexpr const char* kRuleTag = "[Proviso rule: ";

// The comment text a reviewer reads: severity and concern, why it matters, what to ask for,
// the standards engaged, and the rule id to look it up or switch it off.
std::string commentText(const Finding& finding, const RuleInfo* rule);

// How comments are written and which of Proviso's comments a command may touch.
struct CommentOptions {
    std::string author = kCommentAuthor;  // the name on new comments
    // Which existing comments are in play (Check selection): a comment whose anchor this
    // refuses is neither kept nor removed. Empty: the whole document.
    std::function<bool(const css::uno::Reference<css::text::XTextRange>&)> inScope;
    // Called as comments are inserted, with how many are done out of how many.
    std::function<void(std::size_t done, std::size_t total)> progress;
};

struct CommentChanges {
    int kept = 0;
    int removed = 0;
    int added = 0;
    int unplaced = 0;  // findings with no place for a comment (inside a long tracked change)
};

// Brings Proviso's comments in line with `findings`: keeps each comment whose finding is still
// there (same rule, same words, same place), removes those whose finding is gone, and adds one
// for each new finding. Running it twice on an unchanged document changes nothing.
CommentChanges updateComments(const css::uno::Reference<css::text::XTextDocument>& doc,
                              const WriterDocument& source, const std::vector<Finding>& findings,
                              const RuleLookup& rules, const CommentOptions& options = {});

// Removes Proviso's comments (those in scope); returns how many.
int removeComments(const css::uno::Reference<css::text::XTextDocument>& doc,
                   const CommentOptions& options = {});

}  // namespace proviso::uno
