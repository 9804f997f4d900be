#!/usr/bin/python3
"""auto with a new GP-stage kernel rule against auto with the earlier `kernel: auto` (ARD or additive per round,
auto-kernel-b{8,32}.csv) and Optuna's samplers, same 20 seeds, median best at 100 and 400 trials:
  /usr/bin/python3 sum-side.py LABEL auto-sum3-b8.csv,auto-sum3-b32.csv optuna5-tpe-400.csv optuna5-tpe-univ-400.csv optuna31-cmaes-400.csv
LABEL names the new rule in the table's header. With --base LABEL FILES at the end, the baseline is those CSVs
(comma-separated) under that label instead of auto-kernel-b{8,32}.csv:
  /usr/bin/python3 sum-side.py 'short start' auto-short-start-b8.csv,auto-short-start-b32.csv optuna5-tpe-400.csv optuna5-tpe-univ-400.csv optuna31-cmaes-400.csv --base 'ARD, additive or sum' auto-sum3-b8.csv,auto-sum3-b32.csv
With --same-seeds, Optuna's medians are over the seeds the new CSVs hold for that cell (for runs on fewer than
20 seeds) instead of all of Optuna's. Paired by seed against the previous GP stage (seeds better / worse, Wilcoxon p); two-sided Mann-Whitney p
against the best Optuna sampler of the cell."""
import statistics as st, sys
from scipy.stats import mannwhitneyu, wilcoxon
from sidebyside import D, FUNCTIONS as fns, optuna, runs, NAMES as names


args = sys.argv[1:]
same_seeds = '--same-seeds' in args
args = [a for a in args if a != '--same-seeds']
old_label, old_files = 'ARD or additive', [D + 'auto-kernel-b8.csv', D + 'auto-kernel-b32.csv']
if '--base' in args:
    i = args.index('--base')
    old_label, old_files = args[i + 1], args[i + 2].split(',')
    args = args[:i]
old = runs(old_files)
label = args[0]
new = runs(args[1].split(','))
opt = optuna(args[2:], (lambda t, b, f: set(new.get((t, b, f), {}))) if same_seeds else None)
met = {}
for t in (100, 400):
    print(f'\n{t} trials\n')
    print(f'| function | batch | auto, {old_label} | auto, {label} | seeds better / worse, Wilcoxon p | best Optuna sampler | its median | vs it: MW p | target (before → after) |')
    print('|---|---:|---:|---:|---:|---|---:|---:|---|')
    for b in (8, 32):
        for f in fns:
            o, n = old.get((t, b, f)), new.get((t, b, f))
            if not o or not n:
                continue
            seeds = sorted(set(o) & set(n))
            a, c = [o[s] for s in seeds], [n[s] for s in seeds]
            better = sum(x < y for x, y in zip(c, a))
            worse = sum(x > y for x, y in zip(c, a))
            p = wilcoxon(c, a).pvalue if better + worse else 1.0
            meds = {s: st.median(opt[(t, s, b, f)]) for s in names if (t, s, b, f) in opt}
            if meds:
                bs = min(meds, key=meds.get)
                p_opt = mannwhitneyu(c, opt[(t, bs, b, f)]).pvalue
                verdict = lambda v: 'met' if v <= meds[bs] else '**missed**'
                met.setdefault('old', []).append(verdict(st.median(a)) == 'met')
                met.setdefault('new', []).append(verdict(st.median(c)) == 'met')
                tail = f"{names[bs]} | {meds[bs]:.4g} | {p_opt:.2f} | {verdict(st.median(a))} → {verdict(st.median(c))} |"
            else:
                tail = "held out (no Optuna runs) | | | |"
            print(f"| {f} | {b} | {st.median(a):.4g} | {st.median(c):.4g} | {better} / {worse}, {p:.2f} | {tail}")
if met:
    print(f"\ntarget met: {sum(met['old'])} of {len(met['old'])} cells before, {sum(met['new'])} of {len(met['new'])} after")
