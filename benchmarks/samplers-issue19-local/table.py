"""fi-random's adaptive mode with local importances (importance: local, neighbours 1 + K) against the global
W (importance: global) and random search: best of the first `budget` trials, median over seeds
[quartiles], Mann-Whitney p against random search; XHPO's TPE (and at batch 32 its CMA-ES) beside. Two builds of the ladders:
"line" (ab01a48: a ladder of L points on one line at halving steps) and "fan" (the next commit:
eight octaves of step lengths dealt round-robin to ceil(L/4) rays around the importance direction).
Rows labelled "importance=global" in the line files were run as plain "mode=adaptive" before the
default changed. Random search's rows for seeds 0-19 at batch 8 are ../samplers-issue19-lambda0/'s.
Run from this directory: python3 table.py (numpy, scipy)"""
import csv
import statistics
from collections import defaultdict

import numpy as np
from scipy.stats import mannwhitneyu

LAMBDA0 = "../samplers-issue19-lambda0/"
TEN = ["branin", "hartmann6", "rosenbrock", "levy", "styblinski_tang", "mixed", "ackley:6", "rastrigin:6",
       "rosenbrock:10", "ackley:10"]
HELD = ["Schwefel:6", "Michalewicz:6", "Griewank:6", "DixonPrice:6", "Zakharov:6", "RotatedEllipsoid:6",
        "RotatedStyblinskiTang:6", "GoldsteinPrice:2", "Eggholder:2", "Hartmann3:3", "Shekel:4", "Powell:8",
        "Trid:6", "heldout2.MixedHpo"]
GLOBAL = "fi-random:mode=adaptive;importance=global"
LOCAL = "fi-random:mode=adaptive;importance=local"
RANDOM = "random:default"
TPE = "tpe:default"


def load(tag, column, *files):
    d = defaultdict(list)
    for f in files:
        for r in csv.DictReader(open(f)):
            d[tag, r["function"].split("$")[-1], r["sampler"] + ":" + r["variant"]].append(float(r[column]))
    return d


def med(xs, quartiles=False):
    if not quartiles:
        return f"{statistics.median(xs):.4g}"
    q1, q3 = np.percentile(xs, [25, 75])
    return f"{statistics.median(xs):.4g} [{q1:.4g}, {q3:.4g}]"


def table(d, functions, columns, tested, baseline):
    """columns: (title, (tag, variant)); tested and baseline: (tag, variant)."""
    print("| function | " + " | ".join(t for t, _ in columns) + " | first < random? (p) |")
    print("|---|" + "---:|" * len(columns) + ":---:|")
    wins = strong = 0
    for f in functions:
        a, r = d[tested[0], f, tested[1]], d[baseline[0], f, baseline[1]]
        better = statistics.median(a) < statistics.median(r)
        p = mannwhitneyu(a, r).pvalue
        wins += better
        strong += better and p < 0.05
        cells = [med(d[tag, f, v], (tag, v) == tested) for _, (tag, v) in columns]
        print(f"| {f} | " + " | ".join(cells) + f" | {'yes' if better else '**no**'} ({p:.2f}) |")
    print(f"\n{columns[0][0]} below random search's median on {wins} of {len(functions)} ({strong} at p < 0.05)\n")


d = load("line", "best100", LAMBDA0 + "six-four-per-seed.csv", "tuning-ten-seeds0-19.csv", "heldout14-seeds0-19.csv",
         LAMBDA0 + "heldout14-random.csv", "tpe-24-seeds0-19.csv", "fi-24-seeds20-59.csv", "random-24-seeds20-59.csv")
d.update(load("fan8", "best100", "fan-24-seeds0-19-b8.csv", "fan-24-seeds20-59-b8.csv", "alternatives-seeds0-19-b8.csv"))
d.update(load("b32", "best400", "line-24-seeds0-19-b32-400.csv", "random-24-seeds0-19-b32-400.csv",
              "tpe-24-seeds0-19-b32-400.csv", "cmaes-24-seeds0-19-b32-400.csv", "alternatives-seeds0-19-b32-400.csv"))
d.update(load("fan32", "best400", "fan-24-seeds0-19-b32-400.csv"))

# the fresh seeds' rows share variant names with seeds 0-19: split them by seed
fresh = defaultdict(list)
for tag, files in (("line", ["fi-24-seeds20-59.csv", "random-24-seeds20-59.csv"]), ("fan8", ["fan-24-seeds20-59-b8.csv"])):
    for f in files:
        for r in csv.DictReader(open(f)):
            fresh[tag, r["function"].split("$")[-1], r["sampler"] + ":" + r["variant"]].append(float(r["best100"]))
for key in list(d):
    if key[0] in ("line", "fan8") and key[2] in (GLOBAL, LOCAL, RANDOM) and fresh.get(key):
        d[key] = d[key][:len(d[key]) - len(fresh[key])]

print("## Line ladders (ab01a48): batch 8, 100 trials, seeds 0-19\n")
cols = [("local, line", ("line", LOCAL)), ("random", ("line", RANDOM)), ("global, line", ("line", GLOBAL)),
        ("TPE", ("line", TPE))]
print("The ten functions where neighbours was chosen:\n")
table(d, TEN, cols, ("line", LOCAL), ("line", RANDOM))
print("Issue 15's fourteen held-out functions:\n")
table(d, HELD, cols, ("line", LOCAL), ("line", RANDOM))
print("Fresh seeds 20-59 (40 seeds):\n")
table(fresh, TEN + HELD, [("local, line", ("line", LOCAL)), ("random", ("line", RANDOM)),
                          ("global, line", ("line", GLOBAL))], ("line", LOCAL), ("line", RANDOM))

print("neighbours (line ladders, the ten functions, seeds 0-19; default 1 + K = 31):\n")
variants = [("4", ";neighbours=4"), ("14", ";neighbours=14"), ("20", ";neighbours=20"), ("30", ";neighbours=30"),
            ("31 (default)", ""), ("40", ";neighbours=40"), ("60", ";neighbours=60"), ("1000 (all pairs)", ";neighbours=1000")]
print("| function | random | " + " | ".join(v for v, _ in variants) + " |")
print("|---|---:|" + "---:|" * len(variants))
for f in TEN:
    print(f"| {f} | {med(d['line', f, RANDOM])} | " + " | ".join(med(d['line', f, LOCAL + k]) for _, k in variants) + " |")
print("| below random (of 10) | | " + " | ".join(
    str(sum(statistics.median(d['line', f, LOCAL + k]) < statistics.median(d['line', f, RANDOM]) for f in TEN))
    for _, k in variants) + " |\n")

print("## Fan ladders: batch 8, 100 trials, seeds 0-19\n")
table(d, TEN + HELD, [("local, fan", ("fan8", LOCAL)), ("random", ("line", RANDOM)), ("local, line", ("line", LOCAL)),
                      ("global, fan", ("fan8", GLOBAL)), ("rays of 4, octaves 0-3", ("fan8", LOCAL + ";rays-of-4-octaves-0-3")),
                      ("TPE", ("line", TPE))], ("fan8", LOCAL), ("line", RANDOM))
print("## Fan ladders: batch 8, fresh seeds 20-59\n")
table(fresh, TEN + HELD, [("local, fan", ("fan8", LOCAL)), ("random", ("line", RANDOM)), ("local, line", ("line", LOCAL)),
                          ("global, fan", ("fan8", GLOBAL)), ("global, line", ("line", GLOBAL))],
      ("fan8", LOCAL), ("line", RANDOM))
print("## Batch 32, best of 400 trials (k: 31, ladder: 32), seeds 0-19\n")
L32, G32 = LOCAL + ";ladder=32;k=31", GLOBAL + ";ladder=32;k=31"
table(d, TEN + HELD, [("local, fan", ("fan32", L32)), ("random", ("b32", RANDOM)), ("local, line", ("b32", L32)),
                      ("global, fan", ("fan32", G32)), ("global, line", ("b32", G32)),
                      ("rays of 8", ("b32", L32 + ";rays-of-8-octaves-0-7")),
                      ("rays of 4, octaves 0-3", ("b32", L32 + ";rays-of-4-octaves-0-3")), ("TPE", ("b32", TPE)),
                      ("CMA-ES", ("b32", "cmaes:default"))],
      ("fan32", L32), ("b32", RANDOM))
