#!/usr/bin/env bash
# For each finished study named, writes conf/seeds/STUDY-best10.yaml: the study's best trial held
# fixed (drop in a 1e-4 window, since a space must sample one parameter) evaluated with 10 fresh
# pipeline seeds, reading (b) of the sDCMI seed's Table 2 (benchmarks/SEEDS.md). The best trial is
# read from XHPO's trials table with xhpo sql; run the written configs with seeds-chain.sh.
#   submit-scripts/seeds-rerun-best.sh seeds-sdcmi-gmm-t2-random-s1 seeds-sdcmi-gmm-t2-tpe-s1 ...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
in_list="$(printf "'%s'," "$@")"
query="SELECT study, steps, hdif, lr, bs, epoch, \`drop\`, comp, scale, delta, n_iters, value FROM (
  SELECT *, row_number() OVER (PARTITION BY study ORDER BY value) AS r FROM trials
  WHERE status = 'ok' AND study IN (${in_list%,})) WHERE r = 1;"
echo "$query" | nice -n 19 "$ROOT/submit-scripts/xhpo" sql --out "$ROOT/results-seeds" 2>/dev/null \
  | python3 -c '
import sys
rows = [l.strip().strip("|").split("|") for l in sys.stdin if l.startswith("|")]
head = [h.strip() for h in rows[0]]
for r in rows[1:]:
    v = dict(zip(head, (x.strip() for x in r)))
    study = v["study"]
    drop = float(v["drop"])
    lo, hi = max(0.0, drop - 5e-5), drop + 5e-5
    path = "'"$ROOT"'/conf/seeds/%s-best10.yaml" % study
    with open(path, "w") as f:
        f.write("# The best trial of study %s (JS %s) re-run with 10 fresh pipeline seeds\n" % (study, v["value"]))
        f.write("# (Table 2 reading (b), benchmarks/SEEDS.md); written by submit-scripts/seeds-rerun-best.sh.\n")
        f.write("#   nice -n 19 submit-scripts/xhpo run conf/seeds/%s-best10.yaml --out results-seeds\n" % study)
        f.write("study: {name: %s-best10, seed: 4242}\n" % study)
        f.write("objective:\n  name: sdcmi\n")
        f.write("  settings: {discriminator: gmm, sample_size: 1000, iterations: 10, rejection: 0.5}\n")
        f.write("space:\n")
        for p in ["steps", "hdif", "lr", "bs", "epoch", "comp", "scale", "delta", "n_iters"]:
            f.write("  %s: {type: fixed, value: %s}\n" % (p, v[p]))
        f.write("  drop: {type: float, low: %.6f, high: %.6f}\n" % (lo, hi))
        f.write("sampler: random\nbudget: {trials: 10, batch_size: 10}\nexecution: {trial_timeout: 10m}\n")
        f.write("analysis: false\n")
    print(path)
'
