#!/usr/bin/env bash
# Builds Stepwise's Linux app-image, .deb and .rpm from what Maven prepared (called by the
# `installer` profile of installer/pom.xml, from installer/):
#   target/jpackage/input  stepwise.jar and lib/*.jar: the class path
#   target/jpackage/fx     the javafx-*-linux jars: the module path of the runtime
# Usage: package-linux.sh VERSION   (numeric, e.g. 0.1.0)
set -euo pipefail
version=$1
args=src/main/jpackage
runtime=target/runtime
images=target/image
image=$images/Stepwise
packages=target/packages

step() { echo "[installer] $*"; }

step "jlink: runtime with the app's modules"
rm -rf "$runtime" "$images" "$packages"
# The collector of linux-jlink.args is in the OpenJDK builds of Debian, Red Hat, Adoptium and
# others, not in Oracle's; without it the runtime keeps G1 rather than failing to start.
linux_jlink_args=$args/linux-jlink.args
if ! "$(dirname "$(readlink -f "$(command -v jlink)")")"/java -XX:+UseShenandoahGC -version >/dev/null 2>&1; then
  echo "[installer] warning: this JDK has no Shenandoah collector, the runtime keeps G1 (docs/BENCHMARKS.md)" >&2
  linux_jlink_args=target/linux-jlink-g1.args
  # The collector's options, whatever their values: Shenandoah's own, its initial heap, the unlock.
  sed -E 's/ -XX:[+-]?(UseShenandoahGC|Shenandoah[A-Za-z]+(=[^ "]*)?|UnlockExperimentalVMOptions)| -Xms[^ "]*//g' \
    $args/linux-jlink.args >"$linux_jlink_args"
fi
jlink @$args/jlink.args @"$linux_jlink_args" --module-path target/jpackage/fx --output "$runtime"

step "JavaFX's native libraries into the runtime's lib/"
# jlink takes JavaFX's jars (Maven Central has no jmods) with their .so files as module resources,
# and excludes those (jlink.args). From a resource, JavaFX's NativeLibLoader copies each library to
# ~/.openjfx/cache at every start, hashing it and the cached copy first (~60-80 ms of the first
# frame, and files in the user's home); from the runtime's lib/, where it looks first, it just loads it.
for fx in target/jpackage/fx/*-linux.jar; do
  unzip -q -o -j "$fx" 'lib*.so' -d "$runtime/lib" 2>/dev/null || true  # most JavaFX jars have none
done
[ -f "$runtime/lib/libglassgtk3.so" ] || { echo "JavaFX's native libraries are missing from the runtime" >&2; exit 1; }
# Debian's libjvm.so keeps its symbol table (3.5 MB); nothing at run time reads it.
strip --strip-unneeded "$runtime"/lib/server/libjvm.so
rm -f "$runtime"/bin/keytool

step "main jar without Class-Path"
# The launcher names every jar on the class path itself. The Class-Path of stepwise.jar's manifest
# (there for `java -jar`) would add them a second time, and the JavaFX jars, which are modules of
# the runtime here and absent from the image; the class path the AppCDS archive records is then
# exactly the launcher's list.
input=target/jpackage/input
unpacked=target/jpackage/main-jar
rm -rf "$unpacked" && mkdir -p "$unpacked"
(cd "$unpacked" && jar -xf ../input/stepwise.jar)
sed -i -e '/^Class-Path:/,/^[^ ]/{/^Class-Path:/d;/^ /d}' "$unpacked"/META-INF/MANIFEST.MF
jar --create --file "$input"/stepwise.jar --manifest "$unpacked"/META-INF/MANIFEST.MF \
  -C "$unpacked" . 2>/dev/null
install -m 755 $args/cds/stepwise-cds.sh "$input"/

step "jpackage: app-image"
jpackage --type app-image @$args/app.args @$args/image.args @$args/linux-image.args \
  --app-version "$version" --runtime-image "$runtime" --dest "$images"

# jpackage's binary launcher is replaced by a script that starts the same JVM without first asking
# rpm and dpkg which package owns it (see the script).
install -m 755 $args/linux/launcher.sh "$image"/bin/Stepwise
rm -f "$image"/lib/libapplauncher.so

step "AppCDS: class list from a training run of the app-image's own launcher"
src/main/sh/train-cds.sh "$image"

for type in deb rpm; do
  step "jpackage: .$type"
  jpackage --type "$type" --app-image "$image" @$args/app.args --app-version "$version" \
    @$args/package.args @$args/linux.args @$args/$type.args --dest "$packages"
done
ls -l "$packages"
du -sh "$image"
