#!/usr/bin/env bash
# Presentation mode (F11) of the built app under Xvfb, at one screen size, a lesson at a time:
#   mvn -B -q -DskipTests package
#   tools/docs/presentation-screenshots.sh 1440x900 /tmp/shots optimizers knn   # -> /tmp/shots/optimizers-1440x900.png ...
# Needs Xvfb, xdotool and ImageMagick's import. DISPLAY_NUMBER (default 99) picks the display.
# Xvfb has no window manager, which is what grants full screen: the window is sized to the screen
# first, then F11 gives the presentation layout, as full screen would at that size. Twelve
# steps are taken (Right) before the picture.
set -uo pipefail
size=$1; out=$2; shift 2
width=${size%x*}; height=${size#*x}
display=:${DISPLAY_NUMBER:-99}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
Xvfb "$display" -screen 0 "${size}x24" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 2
pixel() { DISPLAY=$display import -window root -crop "1x1+$1+$2" -depth 8 txt:- 2>/dev/null | tail -1 | grep -o '#[0-9A-F]\{6\}'; }
for id in "$@"; do
  DISPLAY=$display java -jar app/target/stepwise.jar "$id" >/dev/null 2>&1 &
  app=$!
  window=""
  for _ in $(seq 1 120); do
    window=$(DISPLAY=$display xdotool search --name "Stepwise" 2>/dev/null | head -1)
    [ -n "$window" ] && break
    sleep 1
  done
  sleep 5
  DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
  # The menu bar's grey at the top left once the window is drawn (light theme), the playback
  # bar's white once presentation mode has taken the menu bar out.
  for _ in $(seq 1 60); do [ "$(pixel 3 3)" = "#F6F8FA" ] && break; sleep 1; done
  DISPLAY=$display xdotool windowfocus "$window" 2>/dev/null
  DISPLAY=$display xdotool key F11
  for _ in $(seq 1 40); do [ "$(pixel 3 3)" = "#FFFFFF" ] && break; sleep 1; done
  [ "$(pixel 3 3)" = "#FFFFFF" ] || echo "$id at $size: not in presentation mode" >&2
  sleep 3
  for _ in $(seq 1 12); do DISPLAY=$display xdotool key Right; sleep 0.3; done
  sleep 4
  DISPLAY=$display import -window root "$out/$id-$size.png"
  kill "$app"; wait "$app" 2>/dev/null
done
