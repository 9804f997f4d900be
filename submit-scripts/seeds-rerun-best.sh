#!/usr/bin/env bash
# For each finished study named, writes conf/seeds/STUDY-best10.yaml: the study's best trial held
# fixed (drop in a 1e-4 window, since a space must sample one parameter) evaluated with 10 fresh
# pipeline seeds, reading (b) of the sDCMI seed's Table 2 (benchmarks/SEEDS.md). The parameters and
# the objective's settings (DM-GMM or DM-AC) are read from results-seeds/STUDY/study.json, the best
# trial from XHPO's trials table with xhpo sql; run the written configs with seeds-chain.sh.
#   submit-scripts/seeds-rerun-best.sh seeds-sdcmi-gmm-t2-random-s1 seeds-sdcmi-ac-t2-tpe-s2 ...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for study in "$@"; do
  if [[ ! -f "$ROOT/results-seeds/$study/study.json" ]]; then
    echo "seeds-rerun-best: results-seeds/$study/study.json: no such study" >&2
    exit 2
  fi
  params="$(python3 -c 'import json,sys; print(",".join("`%s`" % p["name"] for p in json.load(open(sys.argv[1]))["space"]))' \
    "$ROOT/results-seeds/$study/study.json")"
  query="SELECT study, ${params}, value FROM (
    SELECT *, row_number() OVER (ORDER BY value, trial_id) AS r FROM trials
    WHERE status = 'ok' AND study = '${study}') WHERE r = 1;"
  echo "$query" | nice -n 19 "$ROOT/submit-scripts/xhpo" sql --out "$ROOT/results-seeds" 2>/dev/null \
    | python3 -c '
import json, sys
root, study = sys.argv[1], sys.argv[2]
meta = json.load(open("%s/results-seeds/%s/study.json" % (root, study)))
rows = [l.strip().strip("|").split("|") for l in sys.stdin if l.startswith("|")]
if len(rows) != 2:
    sys.exit("seeds-rerun-best: study %s: expected one best ok trial, got %d rows" % (study, len(rows) - 1))
v = dict(zip([h.strip() for h in rows[0]], (x.strip() for x in rows[1])))
settings = meta["objective"]["settings"]
pipeline = "DM-AC" if settings.get("discriminator") == "ac" else "DM-GMM"
drop = float(v["drop"])
lo, hi = max(0.0, drop - 5e-5), drop + 5e-5
path = "%s/conf/seeds/%s-best10.yaml" % (root, study)
with open(path, "w") as f:
    f.write("# The best trial of study %s (JS %s) re-run with 10 fresh pipeline seeds\n" % (study, v["value"]))
    f.write("# (Table 2 reading (b), %s; benchmarks/SEEDS.md); written by submit-scripts/seeds-rerun-best.sh.\n" % pipeline)
    f.write("#   submit-scripts/seeds-chain.sh conf/seeds/%s-best10.yaml\n" % study)
    f.write("study: {name: %s-best10, seed: 4242}\n" % study)
    f.write("objective:\n  name: %s\n" % meta["objective"]["name"])
    f.write("  settings: {%s}\n" % ", ".join("%s: %s" % (k, json.dumps(val)) for k, val in settings.items()))
    f.write("space:\n")
    for p in meta["space"]:
        if p["name"] != "drop":
            f.write("  %s: {type: fixed, value: %s}\n" % (p["name"], v[p["name"]]))
    f.write("  drop: {type: float, low: %.6f, high: %.6f}\n" % (lo, hi))
    f.write("sampler: random\nbudget: {trials: 10, batch_size: 10}\nexecution: {trial_timeout: 10m}\n")
    f.write("analysis: false\n")
print(path)
' "$ROOT" "$study"
done
