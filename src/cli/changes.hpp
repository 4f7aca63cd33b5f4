// The changes in judgement between two drafts (report::compareDrafts), as `proviso compare`
// prints them: text, one line per change, or JSON ({"changes": [...]}).
#pragma once

#include <ostream>
#include <vector>

#include "proviso/report/compare.hpp"

namespace proviso::cli {

// "Section 12(1): new risk: blocking-without-court ('restrict or block access')"; a provision
// renumbered is named by its new label with the old one after it ("Section 3 (was Section 2)");
// a provision added or deleted without risk is quoted, shortened. "no change in judgement" when
// there is none, so that an empty output is never mistaken for a failure.
void printChangesText(std::ostream& out, const std::vector<report::DraftChange>& changes);

// {"changes": [{provision_old, provision_new, kind, rule, concept, text_old, text_new,
// riskier}]}: provision_old or provision_new is null on the side a provision was added or
// deleted ("" is the text before the first heading); rule and concept are null when there is
// none; kind is report::toString's name.
void printChangesJson(std::ostream& out, const std::vector<report::DraftChange>& changes);

}  // namespace proviso::cli
