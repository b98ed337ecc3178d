#!/bin/sh
# Creates (or removes) Stepwise's class-data-sharing archive, lib/app/stepwise.jsa, beside this
# script in an installed app-image. The launcher maps it at start (-XX:SharedArchiveFile in
# Stepwise.cfg): the app's, JavaFX's and the JDK's classes come already parsed and verified.
#
# The list of classes comes from a training run at build time (stepwise.classlist: the classes
# the app loads up to its complete window on a real display). The archive itself is dumped here, on
# the installed system, because a JDK 17 archive only works with the exact class path it was
# dumped with (/opt/stepwise/lib/app/...), and because shipping it would add 27 MB to the app-image.
# Called by the .deb's postinst and the .rpm's %post (create) and before removal (remove); a
# failure leaves the app working without the archive. Usage: stepwise-cds.sh [create|remove]
set -eu
app=$(cd "$(dirname "$0")" && pwd)
archive=$app/stepwise.jsa
rm -f "$archive"
[ "${1:-create}" = remove ] && exit 0

# The launcher's class path and module options, read from its configuration as it reads them.
classpath=$(sed -n 's/^app\.classpath=//p' "$app/Stepwise.cfg" | sed "s|\$APPDIR|$app|" | paste -sd: -)
exports=$(sed -n 's/^java-options=\(--add-exports=.*\)$/\1/p' "$app/Stepwise.cfg")
# shellcheck disable=SC2086 # one option per word
"$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/stepwise.classlist" \
  -XX:SharedArchiveFile="$archive" $exports -cp "$classpath" -Xlog:disable -Xlog:all=error:stderr
chmod 644 "$archive"
