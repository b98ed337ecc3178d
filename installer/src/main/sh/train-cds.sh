#!/usr/bin/env bash
# The build-time half of Stepwise's AppCDS: a training run of the app-image's own launcher records
# the classes the app loads up to its complete window (lib/app/stepwise.classlist); the installed
# system turns that list into the archive (lib/app/stepwise-cds.sh, run by the package scripts).
# The training run opens the main window and exits once the frame after the first, with the theme,
# the menu bar and the catalog's list, is drawn (-Dstepwise.exitAfterFirstFrame=true). This script
# then dumps an archive in the image itself and starts the launcher with -Xshare:on to prove the
# list makes a usable archive, and removes it again: the packages carry the list, not the archive.
#
# Display for the training run, best first: $DISPLAY, a private Xvfb (xvfb-run), Monocle's headless
# platform. A real window loads the GTK glass classes; Monocle loads its own, so a list trained on
# Monocle misses some of the classes a desktop start needs (it still helps, less).
# Usage: train-cds.sh IMAGE_DIR   (e.g. target/image/Stepwise)
set -euo pipefail
image=$1
app=$image/lib/app
launcher=$image/bin/Stepwise

training="-XX:DumpLoadedClassList=$app/stepwise.classlist -Dstepwise.exitAfterFirstFrame=true"
if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
  run=("$launcher")
elif command -v xvfb-run >/dev/null 2>&1; then
  run=(xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" "$launcher")
else
  echo "No display and no Xvfb: training on Monocle's headless platform" >&2
  training="$training -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
  run=("$launcher")
fi

# JAVA_TOOL_OPTIONS reaches the JVM the launcher starts; the launcher itself takes no JVM options.
JAVA_TOOL_OPTIONS="$training" "${run[@]}" 2>&1 | grep -E 'first-frame-ms|window-complete-ms' || true
[ -s "$app/stepwise.classlist" ] || { echo "The training run recorded no classes" >&2; exit 1; }
echo "Class list: $(grep -c -v '^#' "$app/stepwise.classlist") classes"

"$app/stepwise-cds.sh" create
JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" list >/dev/null 2>&1 \
  || { echo "The launcher does not start with the archive made from the list (-Xshare:on)" >&2; exit 1; }
echo "Archive from the list: $(du -h "$app/stepwise.jsa" | cut -f1), usable"
"$app/stepwise-cds.sh" remove
