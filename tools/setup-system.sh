#!/usr/bin/env bash
# Installs the system libraries Stepwise needs beyond JDK 17 and Maven, when they are missing:
# fonts and FreeType for JavaFX text (also on the headless Monocle platform), and GTK/GL/X
# libraries so the window opens on a desktop or under Xvfb; and the tools the Linux installers
# need (docs/INSTALL.md): fakeroot for the .deb, rpm for the .rpm, binutils to strip the runtime,
# Xvfb for the AppCDS training run, xdotool and ImageMagick for installer/test-install.sh.
# Does nothing when all are present or when it cannot install (not root, or no apt-get); then it
# only says what is missing.
set -euo pipefail
packages=(libfreetype6 fontconfig fonts-dejavu-core libgtk-3-0 libgl1 libxtst6 libxxf86vm1
  fakeroot rpm binutils xvfb xdotool imagemagick)
if ! command -v dpkg >/dev/null 2>&1; then
  exit 0
fi
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries: ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
else
  echo "Stepwise needs these system packages: ${missing[*]} (install them with apt-get as root)" >&2
fi
