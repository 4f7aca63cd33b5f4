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

// The comment's first line: the concern itself, as the rule's message puts it with the
// flagged words, in the concern's language.
const std::string& concernLine(const Concern& concern);

// Words each in the language's quotation marks, joined as the language lists them: “a”, “b”;
// «أ»، «ب»; “甲”、“乙”.
std::string quotedWords(const std::vector<std::string>& words, std::string_view language,
                        std::size_t from = 0);

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

// A comment's text without Proviso's tag: what a person reads of it (the whole text when it
// is not one of Proviso's).
std::string commentBody(std::string_view content);

// The first line of a comment's text: what a reader sees of it in a crowded margin.
std::string firstLineOf(std::string_view content);

// The text of a kept comment whose finding is gone: "no longer found" put first, in the
// language the comment was written in (told by its headings), the rest of what it said kept as
// it was (a person worked on it).
std::string markedNoLongerFound(std::string_view content);
bool isMarkedNoLongerFound(std::string_view content);

// The full explanation of `rule` for a passage whose flagged words are `words`, in `language`
// (Explain this finding): the concern, why it matters, what to ask for, the standards, the
// rule's own examples that it flags and that it lets pass, and last the rule id.
std::string explanationText(const RuleInfo& rule, const std::string& words,
                            std::string_view language);

// A rule text as it reads for one passage: {match} is the flagged words; what depends on the
// whole provision ({provision}, {missing}...) is shown as an ellipsis.
std::string textForPassage(const std::string& ruleText, const std::string& words);

}  // namespace proviso::report
