#!/usr/bin/env bash
# Writes the large seeds of fuzz/seeds/engine/ from public legal text in ../shared/corpus, so
# that the engine fuzzer starts from the shapes that once took minutes to scan (issue 9):
#   long-sentence.txt  English powers and offences as one paragraph of one sentence: the lines
#                      that say "shall not", "no person" and the like left out (so every power
#                      asks about all the sentence before it), the characters that end a
#                      sentence removed, line breaks made spaces;
#   word-run.txt       the English, French and Spanish laws as one word: every character that
#                      is not a letter or a digit removed;
#   one-paragraph.txt  the English laws as one paragraph of ordinary sentences.
# Each is 100 KiB, the laws repeated as often as needed and cut at a character boundary; the
# source headers (lines starting with '#') are left out. Deterministic: running it again
# writes the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
corpus=../shared/corpus
seeds=fuzz/seeds/engine
size=$((100 * 1024))

english=("$corpus"/budapest_convention_ets185_excerpts.txt
         "$corpus"/philippines_ra10175_2012_excerpts.txt
         "$corpus"/nigeria_cybercrimes_act_2015_s24_and_2024_amendment.txt
         "$corpus"/pakistan_peca_2016_excerpts.txt)
romance=("$corpus"/france_cpp_interceptions.txt
         "$corpus"/espana_lecrim_medidas_tecnologicas.txt)

laws() { grep -hv '^#' "$@"; }
negation='(shall|may|must|can|will|should|does|do) not|cannot|nothing in|no (person|officer|one)'
negation+='|(is|are) (prohibited|not permitted)|prohibited from'

# Standard input repeated to $size bytes; a character cut in two at the end is dropped.
repeated() {
    local unit copies
    unit=$(mktemp)
    cat >"$unit"
    copies=$((size / $(stat -c %s "$unit") + 1))
    for ((k = 0; k < copies; ++k)); do cat "$unit"; done >"$unit.all"
    head -c "$size" "$unit.all" | iconv -c -f UTF-8 -t UTF-8
    rm -f "$unit" "$unit.all"
}

laws "${english[@]}" | grep -viE "$negation" | sed 's/[.!?…]//g' | tr '\n' ' ' |
    repeated >"$seeds/long-sentence.txt"
laws "${english[@]}" "${romance[@]}" | sed 's/[^[:alnum:]]//g' | tr -d '\n' |
    repeated >"$seeds/word-run.txt"
laws "${english[@]}" | tr '\n' ' ' | repeated >"$seeds/one-paragraph.txt"
wc -c "$seeds"/long-sentence.txt "$seeds"/word-run.txt "$seeds"/one-paragraph.txt
