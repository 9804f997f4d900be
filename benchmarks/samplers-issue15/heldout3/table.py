#!/usr/bin/python3
"""Tables of the third held-out set (README.md): (1) `auto` against the best of Optuna's samplers at the same
batch size (Optuna 5's default and univariate TPE, Optuna 3.1's CMA-ES, random search), median best at 100
trials over seeds 0-19, two-sided Mann-Whitney p; (2) the same at 400 trials over seeds 0-9 (without random
search), when its rows exist; (3) XHPO's samplers at batch 8: the adaptive fi-random mode against random
search (issue 19's target), with TPE and `auto` beside. Run from this directory: python3 table.py"""
import os
import csv
import statistics as st
from collections import defaultdict

from scipy.stats import mannwhitneyu

ORDER = ["Bukin6:2", "SixHumpCamel:2", "HolderTable:2", "Colville:4", "Perm:6", "SumDiffPowers:8", "Alpine1:8",
         "Salomon:6", "Qing:6"]


def xhpo(path, trials=100, seeds=None):
    d = defaultdict(list)
    for r in csv.DictReader(open(path)):
        if seeds is None or int(r["seed"]) in seeds:
            d[r["function"].split("$")[-1], int(r["batch"])].append(float(r[f"best{trials}"]))
    return d


def complete_seeds(path):
    """Seeds whose rows cover every function of ORDER (a run stopped early leaves the last seed partial)."""
    by_seed = defaultdict(set)
    for r in csv.DictReader(open(path)):
        by_seed[int(r["seed"])].add(r["function"].split("$")[-1])
    return {s for s, fs in by_seed.items() if fs >= set(ORDER)}


def optuna(*paths, trials=100, seeds=None):
    d = defaultdict(lambda: defaultdict(list))
    for path in paths:
        for r in csv.DictReader(open(path)):
            if int(r["trials"]) == trials and (seeds is None or int(r["seed"]) in seeds):
                d[r["function"], int(r["batch"])][f"Optuna {r['optuna'][0]} {r['sampler']}"].append(float(r["best"]))
    return d


def against_optuna(auto, opt, trials):
    print(f"| function | batch | trials | `auto` (seeds) | best Optuna sampler | its median (seeds) | MW p | auto ≤ best? |")
    print("|---|---:|---:|---:|---|---:|---:|---|")
    met = cells = 0
    for batch in (8, 32):
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
opt = optuna("optuna5-tpe-100.csv", "optuna31-cmaes-random-100.csv")
against_optuna(auto, opt, 100)
if all(os.path.exists(f) for f in ("auto-b8-400.csv", "auto-b32-400.csv", "optuna5-tpe-400.csv", "optuna31-cmaes-400.csv")):
    # per batch, the seeds `auto` completed, and Optuna's rows at the same seeds
    auto400, opt400 = {}, {}
    for batch in (8, 32):
        seeds = complete_seeds(f"auto-b{batch}-400.csv")
        print(f"400 trials, batch {batch}: seeds {sorted(seeds)}")
        auto400.update(xhpo(f"auto-b{batch}-400.csv", 400, seeds))
        o = optuna("optuna5-tpe-400.csv", "optuna31-cmaes-400.csv", trials=400, seeds=seeds)
        opt400.update({k: v for k, v in o.items() if k[1] == batch})
    print()
    against_optuna(auto400, opt400, 400)

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
