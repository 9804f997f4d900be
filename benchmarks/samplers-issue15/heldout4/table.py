#!/usr/bin/python3
"""Tables of the fourth held-out set (README.md): (1) `auto` against the best of Optuna's samplers at the same
batch size (Optuna 5's default and univariate TPE, Optuna 3.1's CMA-ES, random search), median best at 100
trials over seeds 0-19, two-sided Mann-Whitney p; (2) the same at 400 trials and batch 8 over the seeds
../gp-stall/ForkRun.java completed (its rows hold `auto`'s default run), against Optuna's rows at those seeds
(Optuna 3.1's random search included); (3) XHPO's samplers at batch 8 and 100 trials: the adaptive fi-random mode against
random search (issue 19's target), with TPE and `auto` beside. Run from this directory: python3 table.py"""
import csv
import statistics as st
from collections import defaultdict

from scipy.stats import mannwhitneyu

ORDER = ["CrossInTray:2", "DropWave:2", "Levy13:2", "Shubert:2", "SumSquares:8", "RotatedHyperEllipsoid:8",
         "Schwefel222:6", "Brown:6", "Step2:6"]


def xhpo(path, trials=100, seeds=None):
    d = defaultdict(list)
    for r in csv.DictReader(open(path)):
        if seeds is None or int(r["seed"]) in seeds:
            d[r["function"].split("$")[-1], int(r["batch"])].append(float(r[f"best{trials}"]))
    return d


def optuna(*paths, trials=100, seeds=None):
    d = defaultdict(lambda: defaultdict(list))
    for path in paths:
        for r in csv.DictReader(open(path)):
            if int(r["trials"]) == trials and (seeds is None or int(r["seed"]) in seeds):
                d[r["function"], int(r["batch"])][f"Optuna {r['optuna'][0]} {r['sampler']}"].append(float(r["best"]))
    return d


def against_optuna(auto, opt, trials, batches):
    print("| function | batch | trials | `auto` (seeds) | best Optuna sampler | its median (seeds) | MW p | auto ≤ best? |")
    print("|---|---:|---:|---:|---|---:|---:|---|")
    met = cells = 0
    for batch in batches:
        for f in ORDER:
            a = auto[f, batch]
            name, vals = min(opt[f, batch].items(), key=lambda kv: st.median(kv[1]))
            ok = st.median(a) <= st.median(vals)
            met += ok
            cells += 1
            print(f"| {f} | {batch} | {trials} | {st.median(a):.4g} ({len(a)}) | {name} | {st.median(vals):.4g} "
                  f"({len(vals)}) | {mannwhitneyu(a, vals).pvalue:.2f} | {'yes' if ok else '**no**'} |")
    print(f"\n`auto` at least as good as the best Optuna sampler on {met} of {cells} cells at {trials} trials\n")


auto = xhpo("auto-b8-100.csv")
auto.update(xhpo("auto-b32-100.csv"))
against_optuna(auto, optuna("optuna5-tpe-100.csv", "optuna31-cmaes-random-100.csv"), 100, (8, 32))

forks = "../gp-stall/fork-heldout4-b8.csv"
seeds = {int(r["seed"]) for r in csv.DictReader(open(forks))}
by_seed = defaultdict(set)
for r in csv.DictReader(open(forks)):
    by_seed[int(r["seed"])].add(r["function"].split("$")[-1])
seeds = {s for s, fs in by_seed.items() if fs >= set(ORDER)}
print(f"400 trials, batch 8: seeds {sorted(seeds)}")
auto400 = xhpo(forks, 400, seeds)
opt400 = optuna("optuna5-tpe-b8-400.csv", "optuna31-cmaes-b8-400.csv", trials=400, seeds=seeds)
against_optuna(auto400, opt400, 400, (8,))

rnd, fi, tpe = xhpo("random-b8-100.csv"), xhpo("fi-adaptive-b8-100.csv"), xhpo("tpe-b8-100.csv")
print("| function (batch 8) | random search | adaptive fi-random | MW p vs random | fi < random? | TPE | `auto` |")
print("|---|---:|---:|---:|---|---:|---:|")
ahead = 0
for f in ORDER:
    r, a = rnd[f, 8], fi[f, 8]
    better = st.median(a) < st.median(r)
    ahead += better
    print(f"| {f} | {st.median(r):.4g} | {st.median(a):.4g} | {mannwhitneyu(a, r).pvalue:.2f} | "
          f"{'yes' if better else '**no**'} | {st.median(tpe[f, 8]):.4g} | {st.median(auto[f, 8]):.4g} |")
print(f"\nadaptive fi-random's median below random search's on {ahead} of {len(ORDER)} functions")
