"""Median best at 100 trials (100 seeds) of XHPO's TPE with Watanabe 2023's components, beside Optuna 5's
default TPE run sequentially (../optuna5-sequential/optuna5-tpe-batch1-100seeds.csv); Mann-Whitney p
against Optuna. Run from this directory: python3 table.py"""
import csv
import statistics
from collections import defaultdict

from scipy.stats import mannwhitneyu

FUNCTIONS = ["branin", "hartmann6", "rosenbrock:10", "ackley:6", "ackley:10", "rastrigin:6", "rastrigin:10"]
optuna = defaultdict(list)
for r in csv.DictReader(open("../optuna5-sequential/optuna5-tpe-batch1-100seeds.csv")):
    optuna[r["function"]].append(float(r["best"]))
xhpo = defaultdict(list)
columns = []
for f in ["watanabe-b8-100seeds.csv", "components-b8-100seeds.csv", "watanabe-b1-100seeds.csv"]:
    for r in csv.DictReader(open(f)):
        key = (r["variant"], r["batch"])
        if key not in columns:
            columns.append(key)
        xhpo[key, r["function"]].append(float(r["best100"]))
print("| variant | batch | " + " | ".join(FUNCTIONS) + " | met |")
print("|---|---:|" + "---:|" * len(FUNCTIONS) + "---:|")
print("| Optuna 5 default TPE | 1 | " + " | ".join(f"{statistics.median(optuna[f]):.4g}" for f in FUNCTIONS) + " | |")
for v, b in columns:
    cells, met = [], 0
    for f in FUNCTIONS:
        xs = xhpo[(v, b), f]
        m = statistics.median(xs)
        p = mannwhitneyu(xs, optuna[f]).pvalue
        ok = m <= statistics.median(optuna[f])
        met += ok
        cells.append(f"{'**' if ok else ''}{m:.4g}{'**' if ok else ''} ({p:.2f})")
    print(f"| `{v}` | {b} | " + " | ".join(cells) + f" | {met} / 7 |")
