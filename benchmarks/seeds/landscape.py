#!/usr/bin/env python3
"""Why fi-random's adaptive mode does not beat random search on the sDCMI pipelines (benchmarks/SEEDS.md).

  python3 benchmarks/seeds/landscape.py TRIALS.txt

TRIALS.txt is the output of
  xhpo sql --out results-seeds --limit 100000 "SELECT study, `drop`, lr, epoch, value,
      metrics['final_size'] AS final_size FROM trials WHERE status = 'ok' AND study RLIKE 't2-.*-s[0-9]$'"
(a pipe table). Prints, per pipeline and sampler, how many trials kept the sample alive
(final set >= N/2 of N = 1000) and their JS (median, min) against the collapsed ones; and, on the
random-search studies, the least-squares coefficients of a linear model of the standardized loss
(raw, log, Box-Cox) on dropout, log learning rate and epochs in unit scale -- the model class of
Algorithm 1's W (a linear SGD regression), whose sign decides which way the importance path moves.
"""
import statistics
import sys

import numpy as np
from scipy import stats


def read_pipe_table(path):
    rows = [l.strip().strip("|").split("|") for l in open(path) if l.startswith("|")]
    head = [h.strip() for h in rows[0]]
    return [dict(zip(head, (x.strip() for x in r))) for r in rows[1:]]


def method(study):
    for m in ("fi-adaptive", "fi-random", "random", "tpe", "gp"):
        if "-t2-%s-" % m in study:
            return m
    return None


def main():
    rows = read_pipe_table(sys.argv[1])
    groups = {}
    for r in rows:
        m = method(r["study"])
        if m is None:
            continue
        pipe = "DM-AC" if "-ac-" in r["study"] else "DM-GMM"
        groups.setdefault((pipe, m), []).append(r)
    print("| pipeline | sampler | studies | trials | alive (final set >= 500) | alive: median JS | alive: min | collapsed: median JS | collapsed: min |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for (pipe, m), g in sorted(groups.items()):
        alive = [float(r["value"]) for r in g if float(r["final_size"]) >= 500]
        dead = [float(r["value"]) for r in g if float(r["final_size"]) < 500]
        fmt = lambda xs, f: ("%.4f" % f(xs)) if xs else "—"
        print("| %s | %s | %d | %d | %d | %s | %s | %s | %s |" % (
            pipe, m, len({r["study"] for r in g}), len(g), len(alive), fmt(alive, statistics.median),
            fmt(alive, min), fmt(dead, statistics.median), fmt(dead, min)))
    print()
    print("| random-search study | loss | coef. dropout | coef. log lr | coef. epochs |")
    print("|---|---|---:|---:|---:|")
    for study in sorted({r["study"] for r in rows if method(r["study"]) == "random"}):
        g = [r for r in rows if r["study"] == study]
        y = np.array([float(r["value"]) for r in g])
        x = np.column_stack([
            np.array([float(r["drop"]) for r in g]) / 0.5,
            (np.log([float(r["lr"]) for r in g]) - np.log(1e-4)) / np.log(100),
            (np.array([float(r["epoch"]) for r in g]) - 5) / 25,
            np.ones(len(g))])
        for name, t in (("raw", y), ("log", np.log(y)), ("Box-Cox", stats.boxcox(y)[0])):
            b = np.linalg.lstsq(x, stats.zscore(t), rcond=None)[0]
            print("| %s | %s | %.3f | %.3f | %.3f |" % (study, name, b[0], b[1], b[2]))


if __name__ == "__main__":
    main()
