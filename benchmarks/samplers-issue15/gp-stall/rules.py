#!/usr/bin/python3
"""Scores rules that end `auto`'s GP stage early, offline, from ForkRun.java's rows (README.md).

A row holds one default `auto` run (every trial's loss) and, for every round boundary T from 104 on, the best
at 400 trials of a fork that handed over to the search stage at T. A stall rule (after, window, tol) hands
over at the first round boundary at or after the first ok-trial count k >= after at which the best loss has
not improved for `window` trials, an improvement being a new best below the previous one by more than tol
times the spread of the losses so far (largest minus best); its outcome is the fork at that boundary, or the
default run if there is none before 400.

python3 rules.py FILE...            the stall rules, per function: median of the rule against the default's
python3 rules.py --forks FILE...    per function: how many forks beat the default, by hand-over trial
"""
import csv
import itertools
import math
import statistics as st
import sys
from collections import defaultdict


def stalled_at(losses, after, window, tol):
    k = last = 0
    best, worst = math.inf, -math.inf
    for v in losses:
        k += 1
        worst = max(worst, v)
        spread = 0 if best == math.inf else worst - best
        if best == math.inf or v < best - tol * spread:
            last = k
        best = min(best, v)
        if k >= after and k - last >= window:
            return k
    return 0


def load(files):
    rows = []
    for path in files:
        for r in csv.DictReader(open(path)):
            r["losses"] = [float(x) for x in r["losses"].split()]
            r["forks"] = {int(p.split(":")[0]): float(p.split(":")[1]) for p in r["forks"].split()}
            r["fn"] = r["function"].split("$")[-1]
            rows.append(r)
    return rows


def outcome(r, after, window, tol):
    """(best at 400 trials, hand-over trial) of the rule on one run."""
    b = int(r["batch"])
    k = stalled_at(r["losses"], after, window, tol)
    n = -(-k // b) * b
    if k == 0 or n >= 400:
        return float(r["best400"]), 400
    return r["forks"][n], n


def differs(a, b):
    return abs(a - b) > 1e-9 * max(1.0, abs(b))


def stall_rules(rows):
    fns = sorted({r["fn"] for r in rows}, key=lambda f: [r["fn"] for r in rows].index(f))
    print("| window | tol | medians better / worse than the default's | functions (rule median / default median) |")
    print("|---:|---:|---|---|")
    for window, tol in itertools.product([32, 48, 64, 96, 128, 160, 200], [0, 0.001, 0.01]):
        better = worse = 0
        cells = []
        for f in fns:
            rs = [r for r in rows if r["fn"] == f]
            d = st.median(float(r["best400"]) for r in rs)
            o = st.median(outcome(r, 100, window, tol)[0] for r in rs)
            if differs(o, d):
                better += o < d
                worse += o > d
                cells.append(f"{f} {'+' if o < d else '−'}{o:.4g}/{d:.4g}")
        print(f"| {window} | {tol} | {better} / {worse} | {'; '.join(cells)} |")


def fork_summary(rows):
    fns = sorted({r["fn"] for r in rows}, key=lambda f: [r["fn"] for r in rows].index(f))
    print("| function | seeds | default at 400 | hand-over at 104–200: median | better / worse runs | at 296–392: median | better / worse runs |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for f in fns:
        rs = [r for r in rows if r["fn"] == f]
        line = f"| {f} | {len(rs)} | {st.median(float(r['best400']) for r in rs):.4g} |"
        for lo, hi in ((104, 200), (296, 392)):
            meds, b, w = [], 0, 0
            for r in rs:
                d = float(r["best400"])
                m = st.median(v for t, v in r["forks"].items() if lo <= t <= hi)
                meds.append(m)
                b += differs(m, d) and m < d
                w += differs(m, d) and m > d
            line += f" {st.median(meds):.4g} | {b} / {w} |"
        print(line)


if __name__ == "__main__":
    if sys.argv[1] == "--forks":
        fork_summary(load(sys.argv[2:]))
    else:
        stall_rules(load(sys.argv[1:]))
