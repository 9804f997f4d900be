#!/usr/bin/env python3
"""Fig. 2 of fi-random-search-sdcmi.md from an XHPO fi-random study (benchmarks/SEEDS.md, "Fig. 2").

  python3 benchmarks/seeds/fig2.py STUDY_DIR TRIALS.txt K PROBE OUT.csv

TRIALS.txt is the output of
  xhpo sql "SELECT trial_id, status, value, metrics['final_size'] AS final_size FROM trials_STUDY ORDER BY trial_id"
(a pipe table). Trials 0 (Lambda_0) and 1..K (random) are phase 1; the rest are the probes, probe p at
Algorithm 1's iteration i = p * PROBE (paper mode, no skipped probe: checked by the count). Writes OUT.csv
(probe, iteration, trial_id, js, best_so_far) and prints (a) a summary of the probes' JS over the
iterations and (b) the fit of Q_Yg (the best trial's kept output sample, STUDY_DIR/artifacts/
trial-<id>.csv) to Q_Y = N(250, 10^2): quantiles, mean, sd, the KS distance to Q_Y's CDF, and the
same for trial 0 and the phase-1 median trial for scale. JS in nats, as the objective reports it.
"""
import csv
import math
import statistics
import sys

from scipy import stats

MEAN, SD = 250.0, 10.0


def read_pipe_table(path):
    rows = [l.strip().strip("|").split("|") for l in open(path) if l.startswith("|")]
    head = [h.strip() for h in rows[0]]
    return [dict(zip(head, (x.strip() for x in r))) for r in rows[1:]]


def output_sample(study, trial):
    with open("%s/artifacts/trial-%d.csv" % (study, trial)) as f:
        return [float(r["y"]) for r in csv.DictReader(f)]


def describe(name, trial, js, y):
    q = [0.05, 0.25, 0.5, 0.75, 0.95]
    ys = sorted(y)
    emp = [ys[min(len(ys) - 1, int(p * len(ys)))] for p in q]
    ks = stats.kstest(y, "norm", args=(MEAN, SD))
    print("%s (trial %d): JS %.5f nats, n = %d, mean %.2f, sd %.2f, KS %.3f (p %.2g)" % (
        name, trial, js, len(y), statistics.fmean(y), statistics.stdev(y), ks.statistic, ks.pvalue))
    print("    quantiles 5/25/50/75/95%%: %s  vs Q_Y %s" % (
        " ".join("%.1f" % v for v in emp),
        " ".join("%.1f" % (MEAN + SD * stats.norm.ppf(p)) for p in q)))


def main(study, trials_txt, k, probe, out):
    k, probe = int(k), int(probe)
    rows = read_pipe_table(trials_txt)
    ok = {int(r["trial_id"]): (float(r["value"]), r) for r in rows if r["status"] == "ok"}
    ids = sorted(int(r["trial_id"]) for r in rows)
    probes = [t for t in ids if t > k]
    print("trials %d (ok %d), phase 1: 1 + %d, probes %d" % (len(ids), len(ok), k, len(probes)))
    best = math.inf
    phase1 = [ok[t][0] for t in ids if t <= k and t in ok]
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["probe", "iteration", "trial_id", "js", "best_so_far"])
        for p, t in enumerate(probes):
            js = ok[t][0] if t in ok else float("nan")
            best = min(best, js) if t in ok else best
            w.writerow([p, p * probe, t, "%.6g" % js, "%.6g" % best])
    pj = [ok[t][0] for t in probes if t in ok]
    print("(a) phase 1: Lambda_0 JS %.5f, random K: median %.5f, best %.5f" % (
        ok[0][0], statistics.median(phase1[1:]), min(phase1)))
    for lo in range(0, len(probes), 10):
        chunk = [ok[t][0] for t in probes[lo:lo + 10] if t in ok]
        print("    probes %2d-%2d (iterations %d-%d): median %.5f, min %.5f, max %.5f" % (
            lo, lo + len(chunk) - 1, lo * probe, (lo + len(chunk) - 1) * probe, statistics.median(chunk),
            min(chunk), max(chunk)))
    first_best = min(range(len(pj)), key=lambda i: pj[i])
    print("    best probe %d (iteration %d, trial %d): %.5f; probes below the phase-1 best: %d of %d" % (
        first_best, first_best * probe, probes[first_best], pj[first_best], sum(v < min(phase1) for v in pj), len(pj)))
    best_trial = min(ok, key=lambda t: ok[t][0])
    print("(b) fit of Q_Yg to Q_Y")
    describe("best trial", best_trial, ok[best_trial][0], output_sample(study, best_trial))
    describe("best probe", probes[first_best], pj[first_best], output_sample(study, probes[first_best]))
    describe("Lambda_0", 0, ok[0][0], output_sample(study, 0))
    sizes = [float(ok[t][1]["final_size"]) for t in probes if t in ok]
    print("    final sets of the probes: %d-%d points; trials keeping >= 200 points: %s" % (
        min(sizes), max(sizes), [t for t in ids if t in ok and float(ok[t][1]["final_size"]) >= 200]))
    alive = [t for t in ids if t in ok and float(ok[t][1]["final_size"]) >= 200]
    if alive:
        a = min(alive, key=lambda t: ok[t][0])
        describe("best trial keeping >= 200 points", a, ok[a][0], output_sample(study, a))
    med = sorted((ok[t][0], t) for t in ids if 1 <= t <= k and t in ok)[len(phase1[1:]) // 2]
    describe("phase-1 median", med[1], med[0], output_sample(study, med[1]))


if __name__ == "__main__":
    main(*sys.argv[1:])
