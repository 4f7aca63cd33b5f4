// What a document remembers of Proviso's work, stored in it (Writer keeps it as custom
// document properties, which survive .odt and .docx): the findings a reviewer dismissed, the
// rules switched off for this document, and the concerns Proviso has commented, so that a
// comment gone missing can be told to have been deleted by a person. No UNO here.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace proviso::report {

struct DocumentRecord {
    std::set<std::string> commented;      // fingerprints of Proviso's comments at its last step
    std::set<std::string> dismissed;      // fingerprints a reviewer dismissed
    std::set<std::string> disabledRules;  // rule ids switched off in this document

    bool operator==(const DocumentRecord&) const = default;
};

// A set as one property value (space-separated, sorted) and back. Unknown or malformed
// entries are dropped, never fatal: the value may have been edited by hand.
std::string joinSet(const std::set<std::string>& items);
std::set<std::string> splitSet(std::string_view value);

// The names of the custom document properties.
inline constexpr const char* kCommentedProperty = "ProvisoCommented";
inline constexpr const char* kDismissedProperty = "ProvisoDismissed";
inline constexpr const char* kDisabledRulesProperty = "ProvisoDisabledRules";

}  // namespace proviso::report
