#!/usr/bin/env bash
# Designs per second of `generate` under 1..N MPI ranks, each with the same workers, on one
# machine or inside an allocation (docs/cluster.md). Prints one line per rank count with the
# efficiency against N times the one-rank rate.
#   packaging/cluster/scaling.sh build/app/inversize-cli 3 [designs] [workers per rank]
set -euo pipefail
CLI=${1:?inversize-cli}
MAX_RANKS=${2:-3}
DESIGNS=${3:-96}
WORKERS=${4:-1}
MPIRUN=(mpirun --oversubscribe --bind-to none)
[ "$(id -u)" -eq 0 ] && MPIRUN+=(--allow-run-as-root)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$CLI" new "$dir/base.isz" --circuit builtin:miller >/dev/null 2>&1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
one=""
for n in $(seq 1 "$MAX_RANKS"); do
  cp "$dir/base.isz" "$dir/p$n.isz"
  start=$(date +%s.%N)
  # A fixed number of designs (the target is not reachable): exit status 2, budget spent.
  "${MPIRUN[@]}" -np "$n" "$CLI" generate "$dir/p$n.isz" --samples 100000 --method random --batch 24 \
    --max-designs "$DESIGNS" --workers "$WORKERS" --quiet >"$dir/log$n" 2>&1 || [ $? -eq 2 ] || { cat "$dir/log$n"; exit 1; }
  end=$(date +%s.%N)
  rate=$(awk -v d="$DESIGNS" -v a="$start" -v b="$end" 'BEGIN { print d / (b - a) }')
  [ -z "$one" ] && one=$rate
  printf '%d ranks x %d workers: %6.2f designs/s, efficiency %3.0f %% (load %s)\n' "$n" "$WORKERS" "$rate" \
    "$(awk -v r="$rate" -v n="$n" -v o="$one" 'BEGIN { print 100 * r / (n * o) }')" "$(cut -d' ' -f1 /proc/loadavg)"
done
