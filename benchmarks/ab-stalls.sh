#!/usr/bin/env bash
# Interleaved A/B runs of PulseGapProbe for two builds of the benchmarks jar: on a shared two-core
# machine one run's FX-thread stalls vary as much as a change's effect, so a change is judged on
# medians of many interleaved runs (docs/BENCHMARKS.md, "The FX thread while a lesson plays").
#
# Usage: benchmarks/ab-stalls.sh RUNS JAR_A JAR_B LESSON SECONDS [name=value]...
#   e.g. cp benchmarks/target/benchmarks.jar /tmp/before.jar   (then change, rebuild)
#        benchmarks/ab-stalls.sh 8 /tmp/before.jar benchmarks/target/benchmarks.jar \
#          logistic-regression 10 learningRate=0.0005
# Needs a display (DISPLAY, e.g. Xvfb :99). JVM options for both sides go in PROBE_JAVA_OPTIONS,
# for one side only in PROBE_JAVA_OPTIONS_A / PROBE_JAVA_OPTIONS_B (the same jar twice then
# compares options, e.g. the installed runtime's thread priorities against none). PROBE_USER runs
# the probe as that user: measure as an ordinary user, since root may also raise priorities.
set -euo pipefail
[ $# -ge 5 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
runs=$1 jar_a=$2 jar_b=$3
shift 3

# Prints "<stalls over a frame> <p99 ms> <worst ms>" for one run of the probe: probe SIDE JAR ARGS...
probe() {
  local options="${PROBE_JAVA_OPTIONS:-}" as=()
  [ "$1" = A ] && options="$options ${PROBE_JAVA_OPTIONS_A:-}"
  [ "$1" = B ] && options="$options ${PROBE_JAVA_OPTIONS_B:-}"
  [ -n "${PROBE_USER:-}" ] && as=(runuser -u "$PROBE_USER" -- env DISPLAY="$DISPLAY")
  # shellcheck disable=SC2086 # options are words
  "${as[@]}" java $options -cp "$2" org.stepwise.bench.PulseGapProbe "${@:3}" 2>/dev/null \
    | sed -n 's/^FX thread stalls while playing: [0-9]* samples, p99 \([0-9.]*\) ms, worst \([0-9.]*\) ms; over 16.7 ms: \([0-9]*\)$/\3 \1 \2/p'
}

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }

results=$(mktemp)
trap 'rm -f "$results"' EXIT
for run in $(seq "$runs"); do
  for side in A B; do
    jar=$jar_a
    [ $side = B ] && jar=$jar_b
    line=$(probe $side "$jar" "$@")
    [ -n "$line" ] || { echo "run $run $side: the probe printed no stall line" >&2; exit 1; }
    echo "$side $line" >>"$results"
    echo "run $run $side: over a frame / p99 ms / worst ms: $line"
  done
done
for side in A B; do
  jar=$jar_a
  [ $side = B ] && jar=$jar_b
  # A stall over a frame is rare enough that its median is 0 on both sides: count the runs too.
  printf '%s %s: runs with a stall over a frame %s, median over a frame %s, median p99 %s ms, median worst %s ms (%s runs)\n' \
    "$side" "$jar" "$(awk -v s=$side '$1 == s && $2 > 0' "$results" | wc -l)" \
    "$(awk -v s=$side '$1 == s {print $2}' "$results" | median)" \
    "$(awk -v s=$side '$1 == s {print $3}' "$results" | median)" \
    "$(awk -v s=$side '$1 == s {print $4}' "$results" | median)" "$runs"
done
