#!/usr/bin/env bash
# Generates the app icon and the tray icons (one per state, plus macOS template images) from inline SVG
# with ImageMagick. The PNGs are committed; run this again only to change the artwork.
set -euo pipefail
cd "$(dirname "$0")"
CONVERT=${CONVERT:-convert}
command -v "$CONVERT" >/dev/null || { echo "make-icons: ImageMagick 'convert' is required" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ImageMagick's SVG renderer strokes shapes black unless told otherwise, hence stroke="none" everywhere.
# A standing figure: head, body, arms raised in a Y (the stretch), legs.
figure() { # $1 colour, $2 stroke width
  cat <<SVG
<circle cx="32" cy="15" r="6.5" fill="$1" stroke="none"/>
<path d="M17 18 L32 30 L47 18 M32 30 L32 43 M24 56 L32 43 L40 56" stroke="$1" stroke-width="$2" stroke-linecap="round" stroke-linejoin="round" fill="none"/>
SVG
}
pause_bars() { # $1 colour
  echo "<rect x=\"21\" y=\"18\" width=\"8\" height=\"28\" rx=\"2.5\" fill=\"$1\" stroke=\"none\"/><rect x=\"35\" y=\"18\" width=\"8\" height=\"28\" rx=\"2.5\" fill=\"$1\" stroke=\"none\"/>"
}
svg() { # $1 body
  echo "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\" viewBox=\"0 0 64 64\">$1</svg>"
}
render() { # $1 svg file, $2 size, $3 output
  "$CONVERT" -background none -density 1200 "$1" -resize "$2x$2" -depth 8 -strip "PNG32:$3"
}

# App icon: rounded square, teal, white figure (no gradients: ImageMagick's own SVG renderer drops them).
cat >"$tmp/icon.svg" <<SVG
<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">
<rect x="2" y="2" width="60" height="60" rx="14" fill="#0f766e" stroke="none"/>
<circle cx="32" cy="32" r="25" fill="#13a594" stroke="#13a594" stroke-width="0"/>
<g transform="translate(6.4 6.4) scale(0.8)">$(figure '#ffffff' 5.5)</g>
</svg>
SVG
cp "$tmp/icon.svg" icon.svg
render "$tmp/icon.svg" 1024 icon.png
mkdir -p icons tray
for size in 16 24 32 48 64 128 256 512; do render "$tmp/icon.svg" "$size" "icons/${size}x${size}.png"; done

# Tray, Linux and Windows: a coloured disc per state so the state reads at a glance on light and dark panels.
svg "<circle cx=\"32\" cy=\"32\" r=\"31\" fill=\"#0f766e\" stroke=\"none\"/>$(figure '#ffffff' 5.5)" >"$tmp/counting.svg"
svg "<circle cx=\"32\" cy=\"32\" r=\"31\" fill=\"#d97706\" stroke=\"none\"/>$(figure '#ffffff' 5.5)<circle cx=\"52\" cy=\"12\" r=\"10\" fill=\"#ffffff\" stroke=\"none\"/><circle cx=\"52\" cy=\"12\" r=\"6\" fill=\"#b91c1c\" stroke=\"none\"/>" >"$tmp/due.svg"
svg "<circle cx=\"32\" cy=\"32\" r=\"31\" fill=\"#6b7280\" stroke=\"none\"/>$(pause_bars '#ffffff')" >"$tmp/paused.svg"
# macOS template images: black on transparent; the system tints them for light and dark menu bars.
svg "$(figure '#000000' 6)" >"$tmp/countingTemplate.svg"
svg "$(figure '#000000' 6)<circle cx=\"54\" cy=\"10\" r=\"9\" fill=\"#000000\" stroke=\"none\"/>" >"$tmp/dueTemplate.svg"
svg "$(pause_bars '#000000')" >"$tmp/pausedTemplate.svg"

for state in counting due paused; do
  render "$tmp/$state.svg" 22 "tray/$state.png"
  render "$tmp/$state.svg" 44 "tray/$state@2x.png"
  render "$tmp/${state}Template.svg" 16 "tray/${state}Template.png"
  render "$tmp/${state}Template.svg" 32 "tray/${state}Template@2x.png"
done
echo "make-icons: wrote icon.png, icons/*.png and tray/*.png"
