// What the engine knows of each language itself, whatever the rule packs say: the words that
// tell a paragraph's language, negation and prohibition, a safeguard said to be absent,
// references to other articles and paragraphs, headings, abbreviations that do not end a
// sentence, definition forms, and the forms that give a provision its role (creates an
// offence, states purposes). One data file per language in languages/, built into the
// library; adding a language is writing its file (docs/rule-format.md, "Language files").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "proviso/rule_set.hpp"

namespace proviso {

struct LanguageCues {
    std::string language;  // "en"
    std::string name;      // "English", in the language itself
    std::string file;      // where it was read from, for error messages
    // Plain words (no pattern), lower-case, at most kDetectionWordBytes bytes each.
    std::vector<std::string> detection;
    // The rest are RE2 patterns. Those that sit inside a reference or heading pattern (the
    // reference_*, article_*, list_words, range_words and paragraph_references keys) may not
    // capture: their groups are written (?:...).
    std::vector<std::string> negation;
    std::vector<std::string> absence;
    std::vector<std::string> absenceFillers;
    std::vector<std::string> referenceKeywords;
    std::vector<std::string> referenceDeterminers;
    std::vector<std::string> articleReferences;
    std::vector<std::string> listWords;
    std::vector<std::string> rangeWords;
    std::vector<std::string> paragraphReferences;
    std::vector<std::string> wholeArticle;
    std::vector<std::string> articleHeadings;
    std::vector<std::string> chapterHeadings;
    std::vector<std::string> numberWords;
    std::vector<std::string> abbreviations;
    std::vector<std::string> definedBy;
    std::vector<std::string> defines;
    std::vector<std::string> offence;
    std::vector<std::string> breachKeywords;  // "contravenes" (section 5)
    std::vector<std::string> purpose;
    // Letters written joined to the next word (Arabic "و", "ب", "ال"): a whole-word match may
    // start after them. Matched against all the letters before the match in its word.
    std::vector<std::string> wordPrefixes;
    // Headings and references whose number sits inside the keyword ("第十二条"), or is written
    // in words or brackets ("المادة (12)", "المادة الثانية عشرة"): whole patterns, whose one
    // group is the number, in digits, Chinese numerals or number_values words.
    std::vector<std::string> articleHeadingForms;
    std::vector<std::string> chapterHeadingForms;
    std::vector<std::string> articleReferenceForms;
    // Items of a list under a lead-in, in forms the "(a)", "1." of Latin scripts do not cover:
    // "（一）", "а)". Its group is the item's number or letter.
    std::vector<std::string> itemForms;
    // Words that write numbers ("الأولى: 1", "العشرون: 20"): a number written in words is the
    // sum of its words' values ("الحادية والعشرون": 1 + 20).
    std::vector<std::pair<std::string, int>> numberValues;
};

inline constexpr std::size_t kDetectionWordBytes = 16;

// One language file's text; errors (file:line:column) for unknown keys, bad patterns, words
// that are not text. Returns false if any.
bool parseLanguageCues(const std::string& text, const std::string& file, LanguageCues& out,
                       std::vector<LoadError>& errors);

// Every language file built into the library: en, fr, es first (the order the engine joins
// their patterns in), then the others by code. The files are checked by the tests; a file
// that does not load is left out, and languageCueErrors() says why.
const std::vector<LanguageCues>& languageCues();
const std::vector<LoadError>& languageCueErrors();

// One cue of every language as one alternation "(?:a|b|c)", in that order; "(?!)"-like never-
// matching "[^\s\S]" if no language has it.
std::string cueAlternatives(std::vector<std::string> LanguageCues::*cue);

// The number a heading or reference writes, as digits: "12", "15.3", "二百八十五" (285),
// "الحادية والعشرون" (21, from the number_values of the language files); nullopt if it is none.
std::optional<std::string> writtenNumber(std::string_view text);

}  // namespace proviso
