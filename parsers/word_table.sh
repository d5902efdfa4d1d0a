#!/bin/sh
# word_table.sh SOURCE SELECT TEXT_INC OFFSETS_INC: turns a Debian word list into the two parts of a
# text::WordTable (parsers/word_table.h). SELECT is the shell filter that keeps the words wanted
# (lower-case letters only); the words are sorted bytewise and made unique. TEXT_INC gets one C string
# literal per word ("word\0", adjacent literals concatenate), OFFSETS_INC each word's offset and, last,
# the end of the text. Run by pst_word_table in parsers/CMakeLists.txt.
set -eu
source=$1
select=$2
text_inc=$3
offsets_inc=$4
words="$text_inc.words"
sh -c "$select" < "$source" | LC_ALL=C sort -u > "$words"
if grep -q '[^a-z]' "$words"; then
  echo "word_table.sh: $source: SELECT kept a word that is not lower-case letters only" >&2
  exit 1
fi
awk '{ printf "\"%s\\0\"\n", $0 }' "$words" > "$text_inc"
awk 'BEGIN { o = 0 } { print o ","; o += length($0) + 1 } END { print o "," }' "$words" > "$offsets_inc"
rm -f "$words"
