#!/usr/bin/python3
"""auto@400 (auto400-b{8,32}.csv, gp_warping power) against Optuna's samplers at 400 trials, 20 seeds:
median best per sampler, the best Optuna sampler per cell, a two-sided Mann-Whitney test of auto against it.
  /usr/bin/python3 side400.py optuna5-tpe-400.csv optuna5-tpe-univ-400.csv optuna31-cmaes-400.csv
(benchmarks/RESULTS.md, "400 trials, 20 seeds, side by side")."""
import statistics as st, sys
from scipy.stats import mannwhitneyu
from sidebyside import auto_ard, optuna, NAMES as names
auto={k[1:]: v for k, v in auto_ard().items() if k[0]==400}
opt={k[1:]: v for k, v in optuna(sys.argv[1:]).items() if k[0]==400}
fns=['branin','hartmann6','rosenbrock:10','ackley:6','ackley:10','rastrigin:6','rastrigin:10']
print('| function | batch | auto@400 | Optuna 5 TPE | Optuna 5 univariate TPE | Optuna 3.1 CMA-ES | best Optuna | auto vs it: MW p | target |')
print('|---|---:|---:|---:|---:|---:|---|---:|---|')
for b in (8,32):
    for f in fns:
        a=auto.get((b,f)); 
        meds={s:(st.median(opt[(s,b,f)]),len(opt[(s,b,f)])) for s in names if (s,b,f) in opt}
        if not a or not meds: print('|',f,'|',b,'| missing |'); continue
        bs=min(meds,key=lambda s:meds[s][0])
        p=mannwhitneyu(a,opt[(bs,b,f)]).pvalue
        cell=lambda s: ('%.4g'%meds[s][0])+('' if meds[s][1]==20 else f' [{meds[s][1]}]') if s in meds else '—'
        ok=st.median(a)<=meds[bs][0]
        print(f"| {f} | {b} | {st.median(a):.4g} | {cell('tpe')} | {cell('tpe-univ')} | {cell('cmaes')} | {names[bs]} | {p:.2f} | {'met' if ok else '**missed**'} |")
