#!/usr/bin/env bash
# Runs the given conf/seeds/*.yaml sweeps one after another at nice 19 into results-seeds/, logging
# each to /tmp/seeds-logs/NAME.log with its wall time (benchmarks/SEEDS.md). SEEDS_NICE sets the
# niceness (default 19; 0 when the chain should have the machine's priority over other work).
#   submit-scripts/seeds-chain.sh conf/seeds/a.yaml conf/seeds/b.yaml ...
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p /tmp/seeds-logs
for cfg in "$@"; do
  name="$(basename "$cfg" .yaml)"
  start=$(date +%s)
  nice -n "${SEEDS_NICE:-19}" "$ROOT/submit-scripts/xhpo" run "$cfg" --out "$ROOT/results-seeds" > "/tmp/seeds-logs/$name.log" 2>&1
  rc=$?
  echo "[seeds-chain] $cfg exit $rc wall $(( $(date +%s) - start )) s" | tee -a "/tmp/seeds-logs/$name.log" \
    >> /tmp/seeds-logs/chain.log
done
