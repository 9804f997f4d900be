"""fi-random with Λ₀ drawn at random (the seed's "randomly selected hyperparameters") against random
search: median best at 100 trials, batch 8, seeds 0-19 [quartiles], Mann-Whitney p of adaptive against
random. Run from this directory: python3 table.py (numpy, scipy)"""
import csv
import statistics
from collections import defaultdict

import numpy as np
from scipy.stats import mannwhitneyu


def load(files, label):
    d = defaultdict(list)
    for f in files:
        for r in csv.DictReader(open(f)):
            name = r["function"].split("$")[-1]
            variant = label or ("adaptive" if "adaptive" in r["variant"] else "paper" if "k=50" in r["variant"] else "random")
            d[name, variant].append(float(r["best100"]))
    return d


def cell(xs):
    q1, q3 = np.percentile(xs, [25, 75])
    return f"{statistics.median(xs):.4g} [{q1:.4g}, {q3:.4g}]"


def table(d, functions, centre=None):
    head = "| function | random | paper | adaptive | adaptive < random? (p) |"
    if centre:
        head += " adaptive, centre start |"
    print(head)
    print("|---|---:|---:|---:|:---:|" + ("---:|" if centre else ""))
    for f in functions:
        a, r, p = d[f, "adaptive"], d[f, "random"], d[f, "paper"]
        better = statistics.median(a) < statistics.median(r)
        row = (f"| {f} | {cell(r)} | {statistics.median(p):.4g} | {cell(a)} | "
               f"{'yes' if better else '**no**'} ({mannwhitneyu(a, r).pvalue:.2f}) |")
        if centre:
            row += f" {statistics.median(centre[f, 'centre']):.4g} |"
        print(row)


d = load(["six-four-per-seed.csv"], None)
print("Benchmark's six functions (tuning set):\n")
table(d, ["branin", "hartmann6", "rosenbrock", "levy", "styblinski_tang", "mixed"])
print("\nThe four held-out functions of §2c:\n")
table(d, ["ackley:6", "rastrigin:6", "rosenbrock:10", "ackley:10"])
h = load(["heldout14-random.csv"], "random")
h.update(load(["heldout14-adaptive.csv"], "adaptive"))
h.update(load(["heldout14-paper.csv"], "paper"))
c = load(["heldout14-adaptive-centre-start.csv"], "centre")
print("\nThe fourteen functions of issue 15's two held-out sets (never used for fi-random's defaults):\n")
table(h, [f for f, v in h if v == "random"], c)
