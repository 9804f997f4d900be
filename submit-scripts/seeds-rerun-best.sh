#!/usr/bin/env bash
# For each finished study named, writes conf/seeds/STUDY-best10.yaml: the study's best trial held
# fixed (drop in a 1e-4 window, since a space must sample one parameter) evaluated with 10 fresh
# pipeline seeds, reading (b) of the sDCMI seed's Table 2 (benchmarks/SEEDS.md). The parameters and
# the objective's settings (DM-GMM or DM-AC) are read from results-seeds/STUDY/study.json, the best
# trials from XHPO's trials table with one xhpo sql per set of parameters; run the written configs
# with seeds-chain.sh.
#   submit-scripts/seeds-rerun-best.sh seeds-sdcmi-gmm-t2-random-s1 seeds-sdcmi-ac-t2-tpe-s2 ...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 - "$ROOT" "$@" <<'PY'
import json, os, subprocess, sys

root, studies = sys.argv[1], sys.argv[2:]
meta = {}
for study in studies:
    path = "%s/results-seeds/%s/study.json" % (root, study)
    if not os.path.isfile(path):
        sys.exit("seeds-rerun-best: results-seeds/%s/study.json: no such study" % study)
    meta[study] = json.load(open(path))
groups = {}  # one query per parameter list: the studies of one pipeline share it
for study, m in meta.items():
    groups.setdefault(tuple(p["name"] for p in m["space"]), []).append(study)

best = {}
for params, group in groups.items():
    query = """SELECT study, %s, value FROM (
      SELECT *, row_number() OVER (PARTITION BY study ORDER BY value, trial_id) AS r FROM trials
      WHERE status = 'ok' AND study IN (%s)) WHERE r = 1;""" % (
        ", ".join("`%s`" % p for p in params), ", ".join("'%s'" % s for s in group))
    out = subprocess.run(["nice", "-n", "19", root + "/submit-scripts/xhpo", "sql", "--out", root + "/results-seeds"],
                         input=query, capture_output=True, text=True, check=True).stdout
    rows = [l.strip().strip("|").split("|") for l in out.splitlines() if l.startswith("|")]
    head = [h.strip() for h in rows[0]]
    for r in rows[1:]:
        v = dict(zip(head, (x.strip() for x in r)))
        best[v["study"]] = v

for study in studies:
    if study not in best:
        sys.exit("seeds-rerun-best: study %s has no ok trial" % study)
    v, m = best[study], meta[study]
    settings = m["objective"]["settings"]
    pipeline = "DM-AC" if settings.get("discriminator") == "ac" else "DM-GMM"
    drop = float(v["drop"])
    lo, hi = max(0.0, drop - 5e-5), drop + 5e-5
    path = "%s/conf/seeds/%s-best10.yaml" % (root, study)
    with open(path, "w") as f:
        f.write("# The best trial of study %s (JS %s) re-run with 10 fresh pipeline seeds\n" % (study, v["value"]))
        f.write("# (Table 2 reading (b), %s; benchmarks/SEEDS.md); written by submit-scripts/seeds-rerun-best.sh.\n" % pipeline)
        f.write("#   submit-scripts/seeds-chain.sh conf/seeds/%s-best10.yaml\n" % study)
        f.write("study: {name: %s-best10, seed: 4242}\n" % study)
        f.write("objective:\n  name: %s\n" % m["objective"]["name"])
        f.write("  settings: {%s}\n" % ", ".join("%s: %s" % (k, json.dumps(x)) for k, x in settings.items()))
        f.write("space:\n")
        for p in m["space"]:
            if p["name"] != "drop":
                f.write("  %s: {type: fixed, value: %s}\n" % (p["name"], v[p["name"]]))
        f.write("  drop: {type: float, low: %.6f, high: %.6f}\n" % (lo, hi))
        f.write("sampler: random\nbudget: {trials: 10, batch_size: 10}\nexecution: {trial_timeout: 10m}\n")
        f.write("analysis: false\n")
    print(path)
PY
