#!/bin/sh
# Draws the extension's icons into OUTDIR (the build calls it; nothing drawn is committed):
#   NAME_16.png, NAME_26.png  toolbar and menu icons (16 px for menus and small toolbars, 26 px
#                             for large ones), named in extension/Addons.xcu;
#   proviso_42.png            the icon the Extension Manager shows beside Proviso (42 px), and
#   proviso_42_hc.png         its high-contrast twin; both named in extension/description.xml.in.
# One palette: ink #1f4e79, alarm #c0392b, highlight #9cc3e6. Each icon is drawn on a larger canvas
# and scaled down, which smooths its edges. Needs ImageMagick's convert (Debian: imagemagick).
# Usage: make-icons.sh OUTDIR
set -eu
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
mkdir -p "$1"
cd "$1"
rm -f ./*.png  # nothing left over from an icon renamed or dropped
# Same bytes on every run: no time stamps in the PNGs, 8 bits per channel.
png() { # out arguments...
    out=$1; shift
    convert "$@" -strip -depth 8 -define png:exclude-chunks=date,time "$out"
}

toolbar() { # name size primitives...
    name=$1; size=$2; shift 2
    png "${name}_${size}.png" -size 26x26 xc:none -stroke '#1f4e79' -fill none \
        -strokewidth 2.4 "$@" -resize "${size}x${size}"
}
for s in 16 26; do
    # Check document: a magnifier over lines of text.
    toolbar check $s -draw "line 3,5 14,5" -draw "line 3,10 12,10" -draw "line 3,15 9,15" \
        -stroke '#c0392b' -draw "circle 15,15 15,9" -draw "line 19,19 24,24"
    # Check selection: the magnifier over a selected (shaded) block.
    toolbar selection $s -fill '#9cc3e6' -stroke none -draw "rectangle 2,3 16,12" \
        -fill none -stroke '#c0392b' -draw "circle 15,15 15,9" -draw "line 19,19 24,24"
    # Clear comments: a comment balloon struck through.
    toolbar clear $s -draw "roundrectangle 3,4 22,17 3,3" -draw "line 8,17 6,22" \
        -stroke '#c0392b' -draw "line 4,23 23,3"
    # Findings table: a grid with a header row.
    toolbar table $s -fill '#9cc3e6' -draw "rectangle 3,3 23,8" -fill none \
        -draw "rectangle 3,3 23,23" -draw "line 3,13 23,13" -draw "line 3,18 23,18" \
        -draw "line 10,3 10,23"
    # Options: two sliders.
    toolbar options $s -draw "line 3,8 23,8" -draw "line 3,18 23,18" -fill '#1f4e79' \
        -draw "circle 9,8 9,5" -draw "circle 17,18 17,15"
done

# The extension: a page of text with one passage highlighted, under the check command's
# magnifier. Drawn at 168 px, four times the size shown.
extension() { # out paper ink alarm highlight
    png "$1" -size 168x168 xc:none -strokewidth 8 -stroke "$3" -fill "$2" \
        -draw "stroke-linejoin round polygon 30,10 102,10 136,44 136,158 30,158" \
        -fill none -draw "stroke-linejoin round polyline 102,10 102,44 136,44" \
        -stroke none -fill "$5" -draw "rectangle 46,70 118,92" \
        -stroke "$3" -strokewidth 9 -draw "stroke-linecap round line 52,36 86,36" \
        -draw "stroke-linecap round line 52,58 118,58" \
        -draw "stroke-linecap round line 52,81 112,81" \
        -draw "stroke-linecap round line 52,104 80,104" \
        -draw "stroke-linecap round line 52,127 76,127" \
        -stroke "$4" -strokewidth 12 -fill "$2" -draw "circle 112,120 112,92" \
        -strokewidth 18 -draw "stroke-linecap round line 132,140 156,164" \
        -resize 42x42
}
extension proviso_42.png white '#1f4e79' '#c0392b' '#9cc3e6'
# High contrast: its own dark paper, so that it reads on a light or a dark theme alike.
extension proviso_42_hc.png black white '#ffff00' '#606060'
