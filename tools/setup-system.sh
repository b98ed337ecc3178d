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
# Another apt-get or an unattended upgrade may hold the package lock: wait for it, at most
# five minutes, and say so, rather than failing at once with apt's exit status 100.
apt_waiting() {
  local waited=0 log
  log=$(mktemp)
  until DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=60 "$@" >"$log" 2>&1; do
    if ! grep -qi "could not get lock\|unable to acquire\|is another process using it" "$log" || [ $waited -ge 300 ]; then
      cat "$log" >&2
      rm -f "$log"
      return 1
    fi
    echo "Waiting for another package manager to release its lock (${waited} s of 300)..."
    sleep 10
    waited=$((waited + 10))
  done
  rm -f "$log"
}
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries: ${missing[*]}"
  apt_waiting update -q
  apt_waiting install -y -q "${missing[@]}"
else
  echo "Stepwise needs these system packages: ${missing[*]} (install them with apt-get as root)" >&2
fi
