#!/usr/bin/python3
"""auto with gp_kernel: auto (GP stage picks ARD or additive per round) against auto with the ARD GP stage
(auto400-b{8,32}.csv, gp_warping power) and Optuna's samplers, same 20 seeds, median best at 100 and 400 trials:
  /usr/bin/python3 kernel-side.py auto-kernel-b8.csv,auto-kernel-b32.csv optuna5-tpe-400.csv optuna5-tpe-univ-400.csv optuna31-cmaes-400.csv
The first argument: SettingsRun CSVs of the new variant (columns best100, best400 or only best100).
Two-sided Mann-Whitney p of the new variant against ARD and against the best Optuna sampler of the cell."""
import statistics as st, sys
from scipy.stats import mannwhitneyu
from sidebyside import FUNCTIONS as fns, auto_ard, optuna, runs, NAMES as names
ard = auto_ard()
new = {k: list(v.values()) for k, v in runs(sys.argv[1].split(',')).items()}
opt = optuna(sys.argv[2:])
for t in (100, 400):
    print(f'\n{t} trials\n')
    print('| function | batch | auto, ARD GP | auto, `gp_kernel: auto` | vs ARD: MW p | best Optuna sampler | its median | vs it: MW p | target (ARD → auto kernel) |')
    print('|---|---:|---:|---:|---:|---|---:|---:|---|')
    for b in (8, 32):
        for f in fns:
            a, n = ard.get((t, b, f)), new.get((t, b, f))
            if not a or not n:
                continue
            meds = {s: st.median(opt[(t, s, b, f)]) for s in names if (t, s, b, f) in opt}
            p_ard = mannwhitneyu(n, a).pvalue
            if meds:
                bs = min(meds, key=meds.get)
                p_opt = mannwhitneyu(n, opt[(t, bs, b, f)]).pvalue
                verdict = lambda v: 'met' if v <= meds[bs] else '**missed**'
                tail = f"{names[bs]} | {meds[bs]:.4g} | {p_opt:.2f} | {verdict(st.median(a))} → {verdict(st.median(n))} |"
            else:
                tail = "held out (no Optuna runs) | | | |"
            print(f"| {f} | {b} | {st.median(a):.4g} | {st.median(n):.4g} | {p_ard:.2f} | {tail}")
