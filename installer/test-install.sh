#!/usr/bin/env bash
# Proves the .deb on this machine: builds it with the Maven profile, installs it with apt-get,
# starts the installed launcher under Xvfb, opens a lesson, the parameter sheet and the data
# picker, opens a session the way a double-click does, takes screenshots, runs the command-line
# verbs, checks that the AppCDS archive is used, measures start-up, size and memory, and
# uninstalls. Any failure stops it with a message and a non-zero status. Run as root (apt-get),
# from anywhere:   installer/test-install.sh [--no-build] [--runs N]
#   --no-build  use the packages already in installer/target/packages
#   --runs N    start-up runs for the median (default 10)
# Screenshots, logs and figures go to installer/target/test-install/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/installer/target/test-install
build=yes
runs=10
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=no ;;
    --runs) runs=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

say() { echo "[test-install] $*"; }
fail() { echo "[test-install] FAILED: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root: it installs and removes the stepwise package"

say "tools: Xvfb, ImageMagick, xdotool"
tools=()
command -v Xvfb >/dev/null || tools+=(xvfb)
command -v import >/dev/null || tools+=(imagemagick)
command -v xdotool >/dev/null || tools+=(xdotool)
if [ ${#tools[@]} -gt 0 ]; then
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${tools[@]}" >/dev/null
fi

if [ $build = yes ]; then
  say "build: mvn -B -P installer -pl installer -am -DskipTests package"
  mvn -B -q -P installer -pl installer -am -DskipTests package
fi
deb=$(ls installer/target/packages/stepwise_*.deb)
image=installer/target/image/Stepwise
rm -rf "$out" && mkdir -p "$out"

app_pid=
xvfb_pid=
made_dirs=()
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if dpkg -s stepwise >/dev/null 2>&1; then
    say "uninstall: apt-get remove -y stepwise"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q stepwise >"$out/apt-remove.log" 2>&1 \
      || echo "[test-install] apt-get remove failed, see $out/apt-remove.log" >&2
  fi
  for dir in "${made_dirs[@]}"; do rm -rf "$dir"; done
}
trap cleanup EXIT

# A desktop system has menu directories; a bare container does not, and then the package installs
# without its menu entry and file type (see installer/src/main/jpackage/linux/postinst). Made here
# (and removed at the end) so that both get registered and checked.
for dir in /etc/xdg/menus /usr/share/desktop-directories; do
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    made_dirs+=("$dir")
  fi
done

say "install: apt-get install -y ./$deb"
dpkg -s stepwise >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get remove -y -q stepwise >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >"$out/apt-install.log" 2>&1 \
  || fail "apt-get install, see $out/apt-install.log"
grep -q 'not registered' "$out/apt-install.log" && fail "menu entry or file type not registered: $out/apt-install.log"
for file in /opt/stepwise/bin/Stepwise /usr/bin/stepwise /opt/stepwise/lib/app/stepwise.jsa \
    /usr/share/applications/stepwise-Stepwise.desktop; do
  [ -e "$file" ] || fail "$file is missing after installation"
done
grep -q '^Exec=/opt/stepwise/bin/Stepwise %f$' /usr/share/applications/stepwise-Stepwise.desktop \
  || fail "the menu entry does not pass the opened file to the launcher"
grep -q '^Categories=Education' /usr/share/applications/stepwise-Stepwise.desktop || fail "menu group is not Education"
touch "$out/probe.stepwise"
[ "$(xdg-mime query filetype "$out/probe.stepwise")" = application/x-stepwise-session ] \
  || fail ".stepwise is not known as application/x-stepwise-session"
[ "$(xdg-mime query default application/x-stepwise-session)" = stepwise-Stepwise.desktop ] \
  || fail "Stepwise is not the default application for sessions"

say "command line: stepwise list --json, run, render without a display"
stepwise list --json >"$out/list.json"
python3 -c 'import json,sys; ids=[l["id"] for l in json.load(open(sys.argv[1]))]; assert {"optimizers","logistic-regression"} <= set(ids), ids; print("lessons:", ids)' "$out/list.json" \
  || fail "stepwise list --json: $(cat "$out/list.json")"
stepwise run logistic-regression --dataset moons --steps 50 --json >"$out/run.json"
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); assert r["steps"]==50 and "accuracy" in r["metrics"], r' "$out/run.json" \
  || fail "stepwise run: $(cat "$out/run.json")"
# With a home of its own, to see that JavaFX loads its native libraries from the runtime and does
# not unpack copies into ~/.openjfx.
mkdir -p "$out/home"
env -u DISPLAY JAVA_TOOL_OPTIONS="-Duser.home=$out/home" stepwise render logistic-regression --out "$out/render.png" >"$out/render.log" 2>&1 \
  || fail "stepwise render without a display: $(cat "$out/render.log")"
[ "$(identify -format %wx%h "$out/render.png")" = 1280x800 ] || fail "render did not write a 1280x800 PNG"
[ ! -e "$out/home/.openjfx" ] || fail "JavaFX unpacked its native libraries into the home folder"
set +e
stepwise no-such-lesson >/dev/null 2>&1
status=$?
set -e
[ $status = 2 ] || fail "an unknown lesson should exit with status 2, got $status"

say "display: Xvfb"
exec 3>"$out/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$out/display" ] && break; sleep 0.1; done
exec 3>&-
[ -s "$out/display" ] || fail "Xvfb did not start"
export DISPLAY=:$(cat "$out/display")

# Waits for a window whose title matches $1 and prints its id.
window() {
  timeout 60 xdotool search --sync --onlyvisible --name "$1" | head -1 || fail "no window '$1' within 60 s"
}
# Clicks at a fraction of a window's width and height ($2, $3) and waits for the UI to settle.
click() {
  eval "$(xdotool getwindowgeometry --shell "$1")"
  xdotool mousemove "$(awk -v x="$X" -v w="$WIDTH" -v f="$2" 'BEGIN{print int(x+w*f)}')" \
    "$(awk -v y="$Y" -v h="$HEIGHT" -v f="$3" 'BEGIN{print int(y+h*f)}')" click 1
  sleep 2
}
shot() { import -window root "$out/$1.png"; }

say "window: stepwise logistic-regression, then its parameters and data"
stepwise logistic-regression >"$out/window.log" 2>&1 &
app_pid=$!
main=$(window '^Stepwise')
sleep 5
shot main-window
# The runtime's thread priorities (linux-jlink.args): the engine worker and the JIT compiler run
# behind the frames (nice 10), the FX thread at the usual 0.
nice_of() {
  for task in /proc/$app_pid/task/*; do
    [ "$(cat "$task/comm")" = "$1" ] && sed 's/.*) //' "$task/stat" | awk '{print $17}' && return
  done
  echo "none"
}
engine_nice=$(nice_of stepwise-engine) jit_nice=$(nice_of 'C2 CompilerThre') fx_nice=$(nice_of 'JavaFX Applicat')
say "thread priorities (nice): engine $engine_nice, JIT compiler $jit_nice, FX thread $fx_nice"
[ "$engine_nice" = 10 ] && [ "$jit_nice" = 10 ] && [ "$fx_nice" = 0 ] \
  || fail "the installed runtime does not run the engine and the JIT (nice 10) behind the FX thread (0)"
# The runtime's collector (linux-jlink.args): Shenandoah, whose pauses do not stall the frames,
# when the JDK that built the runtime has it (package-linux.sh keeps G1 otherwise).
collector=G1
grep -q '^Shenandoah' /proc/$app_pid/task/*/comm && collector=Shenandoah
say "collector: $collector"
if java -XX:+UseShenandoahGC -version >/dev/null 2>&1 && [ "$collector" != Shenandoah ]; then
  fail "the installed runtime does not collect with Shenandoah although the JDK that built it has it"
fi
# VmRSS of the launcher's process: the jpackage launcher runs the JVM in its own process.
rss_kb=$(awk '/^VmRSS/{print $2}' /proc/$app_pid/status)
say "resident memory with the main window and one lesson open: $((rss_kb / 1024)) MB"
click "$main" 0.843 0.117
shot parameters
click "$main" 0.907 0.117
shot data-picker
click "$main" 0.65 0.45
shot data-picker-clicked
rss_after_kb=$(awk '/^VmRSS/{print $2}' /proc/$app_pid/status)
# Help > About Stepwise: the menu opened by a click, its second item chosen with the keyboard.
click "$main" 0.103 0.021
xdotool key Down Down Return
window '^About Stepwise$' >/dev/null
sleep 1
shot about
xdotool key Escape
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
# JavaFX's CSS warnings about stylesheet lookups a theme does not define come
# from the plain jar too; anything else that mentions an exception or error fails the test.
errors() { grep -E 'Exception|Error' "$1" | grep -v -e 'while converting value for' -e 'Could not resolve'; }
if errors "$out/window.log"; then
  fail "the window logged errors: $out/window.log"
fi

say "double-click on a session: the menu entry's command with the file"
cat >"$out/demo.stepwise" <<'EOF'
{"format": "stepwise-session", "version": 1, "lesson": "optimizers", "seed": 7, "step": 12, "params": {}, "data": null}
EOF
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/stepwise-Stepwise.desktop)
${exec_line/\%f/$out/demo.stepwise} >"$out/session.log" 2>&1 &
app_pid=$!
window 'demo.stepwise' >/dev/null
sleep 3
shot session
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
errors "$out/session.log" && fail "opening the session logged errors: $out/session.log"

say "AppCDS: the installed launcher maps the archive made at installation (-Xshare:on fails otherwise)"
JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:class+load=info:file=$out/class-load.log -Dstepwise.exitAfterFirstFrame=true" \
  stepwise >"$out/cds.log" 2>&1 || fail "the launcher did not start with -Xshare:on: $out/cds.log"
shared_app=$(grep -c 'org.stepwise.*source: shared objects file' "$out/class-load.log" || true)
shared_fx=$(grep -c 'javafx.*source: shared objects file' "$out/class-load.log" || true)
from_jars=$(grep -c 'org.stepwise.*source: file:' "$out/class-load.log" || true)
say "classes from the archive: $shared_app Stepwise, $shared_fx JavaFX; Stepwise classes read from jars: $from_jars"
[ "$shared_app" -gt 0 ] && [ "$shared_fx" -gt 0 ] || fail "the app's classes do not come from the AppCDS archive"

say "start-up: $runs runs of the installed launcher, the plain jar and a plain JavaFX window"
[ -f benchmarks/target/benchmarks.jar ] || mvn -B -q -pl benchmarks -am -DskipTests package
java -cp benchmarks/target/benchmarks.jar org.stepwise.bench.StartupProbe \
  --launcher /opt/stepwise/bin/Stepwise app/target/stepwise.jar "$runs" | tee "$out/startup.txt"

deb_mb=$(du -m "$deb" | cut -f1)
image_mb=$(du -sm "$image" | cut -f1)
{
  echo "deb: $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes) $deb"
  echo "app-image: $(du -sh "$image" | cut -f1) ($image_mb MB) $image"
  echo "rpm: $(du -h installer/target/packages/stepwise-*.rpm | cut -f1)"
  echo "installed, with the archive made at installation: $(du -sm /opt/stepwise | cut -f1) MB"
  echo "resident memory, main window + logistic-regression: $((rss_kb / 1024)) MB; after the parameter and data tabs: $((rss_after_kb / 1024)) MB"
} | tee "$out/figures.txt"
# Sizes are checked; memory and start-up time vary from run to run on a shared machine, so they
# are measured and reported against the issue's limits (300 MB, 600 ms), not failed on.
[ "$deb_mb" -lt 45 ] || fail "the .deb is $deb_mb MB, over 45 MB"
[ "$image_mb" -lt 80 ] || fail "the app-image is $image_mb MB, over 80 MB"
say "passed (figures in $out; checked: .deb < 45 MB, app-image < 80 MB; reported: memory (limit 300 MB), first frame (limit 600 ms))"
