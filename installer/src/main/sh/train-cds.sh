#!/usr/bin/env bash
# Creates the app's class-data-sharing archive (AppCDS) inside a Linux app-image and makes its
# launcher use it. The training run is the image's own launcher, so the archive records exactly
# the class path the installed app uses; it opens the main window and exits after the first frame
# (-Dstepwise.exitAfterFirstFrame=true). The archive is layered on the runtime's base archive
# (jlink --generate-cds-archive) and stores the app's and JavaFX's classes already parsed and
# verified. The JVM accepts it after installation to /opt because the jars keep their layout
# relative to the archive's recorded class path.
#
# Display for the training run, best first: $DISPLAY, a private Xvfb (xvfb-run), Monocle's headless
# platform. A real window loads the GTK glass classes; Monocle loads its own, so an archive trained
# on Monocle misses some of the classes a desktop start needs (it still helps, less).
# Usage: train-cds.sh IMAGE_DIR   (e.g. target/image/Stepwise)
set -euo pipefail
image=$1
archive=$image/lib/app/stepwise.jsa
launcher=$image/bin/Stepwise
cfg=$image/lib/app/Stepwise.cfg

training="-XX:ArchiveClassesAtExit=$archive -Dstepwise.exitAfterFirstFrame=true"
if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
  run=("$launcher")
elif command -v xvfb-run >/dev/null 2>&1; then
  run=(xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24" "$launcher")
else
  echo "No display and no Xvfb: training on Monocle's headless platform" >&2
  training="$training -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
  run=("$launcher")
fi

rm -f "$archive"
# JAVA_TOOL_OPTIONS reaches the JVM the launcher starts; the launcher itself takes no JVM options.
JAVA_TOOL_OPTIONS="$training" "${run[@]}" 2>&1 | grep -E 'first-frame-ms|error' || true
if [ ! -s "$archive" ]; then
  echo "The training run wrote no archive at $archive" >&2
  exit 1
fi
# The [JavaOptions] section is the configuration's last: the launcher now maps the archive at start.
grep -q 'SharedArchiveFile' "$cfg" || echo 'java-options=-XX:SharedArchiveFile=$APPDIR/stepwise.jsa' >> "$cfg"
echo "AppCDS archive: $(du -h "$archive" | cut -f1) at $archive"
