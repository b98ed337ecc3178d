#!/usr/bin/env bash
# Fails when a build log (the output of `mvn -B verify`) holds what a passing build should not
# print: an exception or its stack trace, a warning logged by JavaFX or the app (java.util.logging's
# "WARNING:" / "SEVERE:" lines), or a Maven [WARNING] (compiler, shade, surefire...). An exception in
# the log is a defect until explained: fix its cause, or, where it cannot be removed, explain it in
# tools/quiet-log.allowed (an extended regular expression per line, each under a comment saying why).
#   tools/quiet-log.sh LOG        (.ci/run runs it on the verify log)
# Exit 0 when quiet, 1 with the offending lines (and their line numbers) otherwise, 2 on bad use.
set -euo pipefail
log=${1:?usage: tools/quiet-log.sh LOG}
[ -r "$log" ] || { echo "quiet-log: cannot read $log" >&2; exit 2; }
allowed=$(dirname "$0")/quiet-log.allowed

# An exception's first line (java.lang.IllegalStateException: ..., Caused by: ..., Exception in
# thread ...), a stack frame, a logged warning or error, a Maven warning.
noise='^(Caused by: |Exception in thread .*)?([a-z_][a-zA-Z0-9_$]*\.)+[A-Za-z0-9_$]*(Exception|Error)(:|$)'
noise+='|^[[:space:]]+at [^[:space:]]+\('
noise+='|^(WARNING|SEVERE): '
noise+='|^\[WARNING\]'

found=$(grep -nE "$noise" "$log" || true)
if [ -n "$found" ] && [ -s "$allowed" ]; then
  patterns=$(grep -vE '^[[:space:]]*(#|$)' "$allowed" || true)
  if [ -n "$patterns" ]; then
    found=$(printf '%s\n' "$found" | grep -vE -e "$patterns" || true)
  fi
fi
if [ -n "$found" ]; then
  count=$(printf '%s\n' "$found" | wc -l)
  echo "quiet-log: $log has $count line(s) a passing build should not print (first 40):" >&2
  printf '%s\n' "$found" | head -40 >&2
  echo "quiet-log: fix each cause, or explain it in $allowed" >&2
  exit 1
fi
echo "quiet-log: $log is quiet (no exception, trace or warning)"
