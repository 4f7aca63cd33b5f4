// What a provision does, as a lawyer reads it: creates an offence, defines terms, states the
// law's purposes. A rule may apply only in some roles (`roles: [offence]`): a feelings word in
// an offence, not in a purpose clause. The forms are the language files' `offence`,
// `defined_by`, `defines` and `purpose` cues.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "proviso/normalized_text.hpp"
#include "proviso/structure.hpp"

namespace proviso {

enum Role : unsigned {
    kRoleOffence = 1,     // its article punishes, or another article punishes its breach
    kRoleDefinition = 2,  // the block defines a term ('"x" means', 'on entend par')
    kRolePurpose = 4,     // its provision states what the law is for
    kRoleOther = 8,       // in a rule's `roles`: a block with none of the roles above
};

// "offence", "definition", "purpose", "other" -> the role; nullopt for anything else.
std::optional<Role> roleFromName(std::string_view name);
std::string roleNames();  // "offence, definition, purpose, other", for error messages

// The roles of every block (bits of Role; 0 when it has none).
std::vector<unsigned> blockRoles(const DocumentStructure& structure,
                                 const std::vector<NormalizedText>& normalized);

// True if a rule that applies in `wanted` (bits of Role; 0 = everywhere) applies in a block
// with `roles`.
inline bool rolesAllow(unsigned wanted, unsigned roles) {
    if (wanted == 0) return true;
    if ((wanted & kRoleOther) != 0 && roles == 0) return true;
    return (wanted & roles) != 0;
}

}  // namespace proviso
