#!/usr/bin/env bash
# For each finished study named, writes conf/seeds/STUDY-best10.yaml: the study's best trial held
# fixed (drop in a 1e-4 window, since a space must sample one parameter) evaluated with 10 fresh
# pipeline seeds, reading (b) of the sDCMI seed's Table 2 (benchmarks/SEEDS.md). The parameters and
# the objective's settings (DM-GMM or DM-AC) are read from results-seeds/STUDY/study.json, the trials
# from XHPO's trials table with one xhpo sql per set of parameters; run the written configs with
# seeds-chain.sh. STUDY@ID re-runs trial ID instead of the best, and --suffix S names the written
# study and file STUDY-S instead of STUDY-best10 (benchmarks/seeds/gp-mean-pick.py uses both).
# --repeated re-runs, for a study where some configuration was evaluated more than once, its best
# repeated configuration instead (the lowest mean among those evaluated more than once, every
# evaluation ok and not all equal: the incumbent of fi-random's intensify, as `xhpo run` prints it).
#   submit-scripts/seeds-rerun-best.sh seeds-sdcmi-gmm-t2-random-s1 seeds-sdcmi-ac-t2-tpe-s2 ...
#   submit-scripts/seeds-rerun-best.sh --suffix gpmean10 seeds-sdcmi-ac-t2-fi-adaptive-s1@56
#   submit-scripts/seeds-rerun-best.sh --repeated seeds-sdcmi-ac-t2-fi-intensify-s1
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec python3 - "$ROOT" "$@" <<'PY'
import json, os, subprocess, sys

root, args = sys.argv[1], sys.argv[2:]
suffix, repeated = "best10", False
while args[:1] in (["--suffix"], ["--repeated"]):
    if args[0] == "--repeated":
        repeated, args = True, args[1:]
    else:
        suffix, args = args[1], args[2:]
picks = {}  # study -> trial id to re-run, or None for its best trial
for a in args:
    study, _, trial = a.partition("@")
    picks[study] = int(trial) if trial else None
studies = list(picks)
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
    query = """SELECT study, trial_id, %s, value, status FROM trials WHERE study IN (%s);""" % (
        ", ".join("`%s`" % p for p in params), ", ".join("'%s'" % s for s in group))
    out = subprocess.run(["nice", "-n", "19", root + "/submit-scripts/xhpo", "sql", "--out", root + "/results-seeds",
                          "--limit", "1000000"], input=query, capture_output=True, text=True, check=True).stdout
    rows = [l.strip().strip("|").split("|") for l in out.splitlines() if l.startswith("|")]
    head = [h.strip() for h in rows[0]]
    trials = {}  # study -> its rows
    for r in rows[1:]:
        v = dict(zip(head, (x.strip() for x in r)))
        trials.setdefault(v["study"], []).append(v)
    for study, vs in trials.items():
        ok = sorted((v for v in vs if v["status"] == "ok"), key=lambda v: (float(v["value"]), int(v["trial_id"])))
        wanted = picks[study]
        if wanted is not None:
            best.update({study: v for v in ok if int(v["trial_id"]) == wanted})
            continue
        configs = {}  # the parameter values -> the trials evaluating them
        for v in vs:
            configs.setdefault(tuple(v[p] for p in params), []).append(v)
        again = [c for c in configs.values() if len(c) > 1 and all(v["status"] == "ok" for v in c)
                 and len(set(v["value"] for v in c)) > 1]
        if repeated and again:
            top = min(again, key=lambda c: (sum(float(v["value"]) for v in c) / len(c),
                                            min(int(v["trial_id"]) for v in c)))
            first = min(top, key=lambda v: int(v["trial_id"]))
            best[study] = dict(first, value="%.6g (mean of %d: trials %s)" % (
                sum(float(v["value"]) for v in top) / len(top), len(top),
                ", ".join(sorted((v["trial_id"] for v in top), key=int))))
        elif ok:
            best[study] = ok[0]

for study in studies:
    if study not in best:
        sys.exit("seeds-rerun-best: study %s has no ok trial%s" % (
            study, "" if picks[study] is None else " with id %d" % picks[study]))
    v, m = best[study], meta[study]
    settings = m["objective"]["settings"]
    pipeline = "DM-AC" if settings.get("discriminator") == "ac" else "DM-GMM"
    drop = float(v["drop"])
    lo, hi = max(0.0, drop - 5e-5), drop + 5e-5
    name = "%s-%s" % (study, suffix)
    path = "%s/conf/seeds/%s.yaml" % (root, name)
    which = ("The best repeated configuration" if "mean of" in v["value"] else "The best trial") \
        if picks[study] is None else "Trial %s" % v["trial_id"]
    with open(path, "w") as f:
        f.write("# %s of study %s (JS %s) re-run with 10 fresh pipeline seeds\n" % (which, study, v["value"]))
        f.write("# (Table 2 reading (b), %s; benchmarks/SEEDS.md); written by submit-scripts/seeds-rerun-best.sh.\n" % pipeline)
        f.write("#   submit-scripts/seeds-chain.sh conf/seeds/%s.yaml\n" % name)
        f.write("study: {name: %s, seed: 4242}\n" % name)
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
