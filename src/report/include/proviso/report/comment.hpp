// A concern as a Writer comment, and recognising Proviso's comments again later, in .odt or
// after a round trip through .docx. No UNO here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "proviso/report/concern.hpp"

namespace proviso::report {

inline constexpr const char* kCommentAuthor = "Proviso";
inline constexpr const char* kCommentInitials = "PV";

// The text of the comment. Its first line is the point, in the concern's language: the rule's
// message with the flagged words; then the other flagged words of the provision, severity and
// category as words, why it matters, what to ask for, the standards, and last a tag with the
// rule id and a reference (fingerprint and a checksum of the text, so that an edit by a
// person can be told later).
std::string commentText(const Concern& concern);

// What the tag at the end of a Proviso comment says.
struct CommentTag {
    std::string ruleId;
    std::string fingerprint;  // empty in comments written before fingerprints existed
    // Whether the text is no longer what Proviso wrote: a person edited it or added to it.
    // False for comments written before checksums existed (nothing to compare with).
    bool edited = false;
};

// The tag of a comment's text, if it is one Proviso wrote (the author is checked apart).
std::optional<CommentTag> parseComment(std::string_view content);

// The text of a kept comment whose finding is gone: "no longer found" put first, the rest of
// what it said kept as it was (a person worked on it).
std::string markedNoLongerFound(std::string_view content, std::string_view language);
bool isMarkedNoLongerFound(std::string_view content);

}  // namespace proviso::report
