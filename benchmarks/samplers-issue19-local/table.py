"""fi-random's adaptive mode with local importances (importance: local, neighbours 1 + K = 31, the new
default) against the global W it used before (importance: global) and random search: best of 100 trials,
batch 8, median over seeds [quartiles], Mann-Whitney p of local against random; XHPO's TPE beside.
Rows "importance=global" were run before the default changed, as plain "mode=adaptive" (renamed here
for what they ran). Random search's rows for seeds 0-19 are those of ../samplers-issue19-lambda0/.
Run from this directory: python3 table.py (numpy, scipy)"""
import csv
import statistics
from collections import defaultdict

import numpy as np
from scipy.stats import mannwhitneyu

LAMBDA0 = "../samplers-issue19-lambda0/"


def load(*files):
    d = defaultdict(list)
    for f in files:
        for r in csv.DictReader(open(f)):
            name = r["function"].split("$")[-1]
            d[name, r["sampler"] + ":" + r["variant"]].append(float(r["best100"]))
    return d


def cell(xs, quartiles=True):
    if not quartiles:
        return f"{statistics.median(xs):.4g}"
    q1, q3 = np.percentile(xs, [25, 75])
    return f"{statistics.median(xs):.4g} [{q1:.4g}, {q3:.4g}]"


GLOBAL = "fi-random:mode=adaptive;importance=global"
LOCAL = "fi-random:mode=adaptive;importance=local"
RANDOM = "random:default"


def table(d, functions, tpe=None):
    print("| function | random | adaptive, global W (before) | adaptive, local (now) | local < random? (p) |"
          + (" TPE |" if tpe else ""))
    print("|---|---:|---:|---:|:---:|" + ("---:|" if tpe else ""))
    wins = strong = 0
    for f in functions:
        r, g, l = d[f, RANDOM], d[f, GLOBAL], d[f, LOCAL]
        better = statistics.median(l) < statistics.median(r)
        p = mannwhitneyu(l, r).pvalue
        wins += better
        strong += better and p < 0.05
        row = (f"| {f} | {cell(r)} | {cell(g, False)} | {cell(l)} | {'yes' if better else '**no**'} ({p:.2f}) |")
        if tpe:
            row += f" {cell(tpe[f, 'tpe:default'], False)} |"
        print(row)
    print(f"\nlocal below random search's median on {wins} of {len(functions)} ({strong} at p < 0.05)\n")


TEN = ["branin", "hartmann6", "rosenbrock", "levy", "styblinski_tang", "mixed", "ackley:6", "rastrigin:6",
       "rosenbrock:10", "ackley:10"]
d = load(LAMBDA0 + "six-four-per-seed.csv", "tuning-ten-seeds0-19.csv", "heldout14-seeds0-19.csv",
         LAMBDA0 + "heldout14-random.csv")
tpe = load("tpe-24-seeds0-19.csv")
held = [f for f, v in d if v == LOCAL and f not in TEN]
print("Seeds 0-19, the benchmark's six functions and section 2c's four (where neighbours was chosen):\n")
table(d, TEN, tpe)
print("Seeds 0-19, issue 15's fourteen held-out functions:\n")
table(d, held, tpe)
fresh = load("fi-24-seeds20-59.csv", "random-24-seeds20-59.csv")
print("Fresh seeds 20-59 (40 seeds), all 24 functions:\n")
table(fresh, TEN + held)
print("neighbours on the ten functions of the first table (seeds 0-19; the default 1 + K = 31):\n")
variants = [("4", LOCAL + ";neighbours=4"), ("14", LOCAL + ";neighbours=14"), ("20", LOCAL + ";neighbours=20"),
            ("30", LOCAL + ";neighbours=30"), ("31 (default)", LOCAL), ("40", LOCAL + ";neighbours=40"),
            ("60", LOCAL + ";neighbours=60"), ("1000 (all pairs)", LOCAL + ";neighbours=1000")]
print("| function | random | " + " | ".join(v for v, _ in variants) + " |")
print("|---|---:|" + "---:|" * len(variants))
for f in TEN:
    print(f"| {f} | {cell(d[f, RANDOM], False)} | " + " | ".join(cell(d[f, k], False) for _, k in variants) + " |")
print("| below random (of 10) | | " + " | ".join(
    str(sum(statistics.median(d[f, k]) < statistics.median(d[f, RANDOM]) for f in TEN)) for _, k in variants) + " |")
