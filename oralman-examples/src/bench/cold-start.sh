#!/usr/bin/env bash
# Cold start of the CLI, JVM start to the printed decision, timed in one run beside its baseline (the
# same JVM and jar printing only its version). Each variant runs N times, one after another; the table
# gives the median and range of wall time and of CPU time (user + system, all threads).
#   oralman-examples/src/bench/cold-start.sh [N] [CASE.json]
# Needs the jar and its archive: mvn -B -q -ntp -Dquick package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-7}
case_file=${2:-cases/cn-2024-02-29-assign-granted-leap-day.json}
jar=target/oralman-cli.jar
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -B -q -ntp -Dquick package -DskipTests)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() { # name, command...
  local name=$1; shift
  : > "$tmp/$name"
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e %U %S" -a -o "$tmp/$name" "$@" > /dev/null 2> /dev/null
  done
}

measure baseline java -jar "$jar" --version
measure classic java -Doralman.classic=true -jar "$jar" decide "$case_file"
measure precompiled java -jar "$jar" decide "$case_file"
measure launcher bin/oralman decide "$case_file"

printf 'load average: %s; %s runs each; case %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$n" "$case_file"
printf '%-12s %-26s %-26s %s\n' variant "wall s, median [min..max]" "CPU s, median [min..max]" "wall / baseline"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
range() { sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.2f .. %.2f", lo, hi}'; }
base=$(cut -d' ' -f1 "$tmp/baseline" | median)
for v in baseline classic precompiled launcher; do
  wall=$(cut -d' ' -f1 "$tmp/$v" | median)
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$tmp/$v" | median)
  printf '%-12s %5.2f [%s]            %5.2f [%s]            %5.2fx\n' "$v" "$wall" \
    "$(cut -d' ' -f1 "$tmp/$v" | range)" "$cpu" "$(awk '{printf "%.2f\n", $2 + $3}' "$tmp/$v" | range)" \
    "$(awk -v a="$wall" -v b="$base" 'BEGIN {print a / b}')"
done
