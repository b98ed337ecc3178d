#!/bin/sh
# Stepwise's launcher on Linux: bin/Stepwise in the app-image, /usr/bin/stepwise once installed.
# It starts the bundled runtime exactly as jpackage's launcher would, from the same configuration
# (lib/app/Stepwise.cfg: class path, main class, JVM options with $APPDIR). It replaces jpackage's
# JDK 17 launcher, which asks `rpm -qf` and `dpkg -S` which package owns it on every start: 0.1 to
# 0.3 s before the JVM even starts (measured in docs/BENCHMARKS.md).
set -eu
app=$(dirname "$(readlink -f "$0")")/../lib/app
app=$(cd "$app" && pwd)
cfg=$app/Stepwise.cfg
value() { sed -n "s/^$1=//p" "$cfg" | sed "s|\$APPDIR|$app|g"; }

classpath=$(value app.classpath | paste -sd: -)
# One option per line in the configuration, none with spaces: word splitting is what we want.
# shellcheck disable=SC2046
exec "$app/../runtime/bin/java" $(value java-options) -Djpackage.app-path="$app/../../bin/Stepwise" \
  -cp "$classpath" "$(value app.mainclass)" "$@"
