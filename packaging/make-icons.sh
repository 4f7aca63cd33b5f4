#!/bin/sh
# Draws the toolbar and menu icons (16 px for menus and small toolbars, 26 px for large ones).
# Not part of the build: the PNGs are committed. Needs ImageMagick (apt install imagemagick).
set -eu
cd "$(dirname "$0")/../extension/icons"
draw() { # name size primitives...
    name=$1; size=$2; shift 2
    convert -size 26x26 xc:none -stroke '#1f4e79' -fill none -strokewidth 2.4 "$@" \
        -resize "${size}x${size}" "${name}_${size}.png"
}
for s in 16 26; do
    # Check document: a magnifier over lines of text.
    draw check $s -draw "line 3,5 14,5" -draw "line 3,10 12,10" -draw "line 3,15 9,15" \
        -stroke '#c0392b' -draw "circle 15,15 15,9" -draw "line 19,19 24,24"
    # Check selection: the magnifier over a selected (shaded) block.
    draw selection $s -fill '#9cc3e6' -stroke none -draw "rectangle 2,3 16,12" \
        -fill none -stroke '#c0392b' -draw "circle 15,15 15,9" -draw "line 19,19 24,24"
    # Clear comments: a comment balloon struck through.
    draw clear $s -draw "roundrectangle 3,4 22,17 3,3" -draw "line 8,17 6,22" \
        -stroke '#c0392b' -draw "line 4,23 23,3"
    # Findings table: a grid with a header row.
    draw table $s -fill '#9cc3e6' -draw "rectangle 3,3 23,8" -fill none \
        -draw "rectangle 3,3 23,23" -draw "line 3,13 23,13" -draw "line 3,18 23,18" \
        -draw "line 10,3 10,23"
    # Options: two sliders.
    draw options $s -draw "line 3,8 23,8" -draw "line 3,18 23,18" -fill '#1f4e79' \
        -draw "circle 9,8 9,5" -draw "circle 17,18 17,15"
done
