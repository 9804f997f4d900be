"""fi-random's adaptive mode (local importances, fans; fan-24-seeds0-19-b32-400.csv) against `auto` at batch 32 and
400 trials, seeds 0-9, on the functions both were run on: median best at 400 trials, Mann-Whitney p. `auto`'s rows
are issue 15's (build of the prior-mean default, 2026-12-06/07; nothing `auto` does changed after them):
../samplers-issue15/prior-mean/all-b32-400-seeds{0-4,5-9}.csv, ../samplers-issue15/heldout2/auto-b32-400.csv and
mixedhpo-auto-400.csv. Run from this directory: python3 vs-auto.py (scipy)."""
import csv
import statistics as st
from collections import defaultdict

from scipy.stats import mannwhitneyu

I15 = "../samplers-issue15/"


def load(files, seeds=range(10)):
    d = defaultdict(dict)
    for f in files:
        for r in csv.DictReader(open(f)):
            if int(r["seed"]) in seeds and r["batch"] == "32":
                d[r["function"].split("$")[-1]][int(r["seed"])] = float(r["best400"])
    return d


fi = load(["fan-24-seeds0-19-b32-400.csv"])
auto = load([I15 + "prior-mean/all-b32-400-seeds0-4.csv", I15 + "prior-mean/all-b32-400-seeds5-9.csv",
             I15 + "heldout2/auto-b32-400.csv", I15 + "heldout2/mixedhpo-auto-400.csv"])
print("| function | seeds | `auto` | adaptive fi-random | MW p |")
print("|---|---:|---:|---:|---:|")
ahead = 0
common = sorted(f for f in set(fi) & set(auto) if len(auto[f]) >= 5)
for f in common:
    seeds = sorted(s for s in auto[f] if s in fi[f])
    a = [auto[f][s] for s in seeds]
    b = [fi[f][s] for s in seeds]
    ahead += st.median(b) < st.median(a)
    print(f"| {f} | {len(seeds)} | {st.median(a):.4g} | {st.median(b):.4g} | {mannwhitneyu(a, b).pvalue:.3f} |")
print(f"\nadaptive fi-random's median ahead of auto's on {ahead} of {len(common)} functions")
