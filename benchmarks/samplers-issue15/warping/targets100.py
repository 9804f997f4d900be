"""100-trial cells: default vs gp_warping=auto (seeds 0-19, paired Wilcoxon) and the best Optuna sampler's
median (seeds 0-19), with whether each meets the issue's target (median <= the best Optuna sampler's).
  /usr/bin/python3 targets100.py best100 DEFAULT.csv[,...] NEW.csv[,...] OPTUNA.csv[,...]"""
import statistics as st, sys
from scipy.stats import wilcoxon
from rows import best
col = sys.argv[1]
trials = int(col[4:])
base = best(sys.argv[2].split(','), trials)
new = best(sys.argv[3].split(','), trials)
opt = best(sys.argv[4].split(','), trials)
print(f'| function | batch | default ({col}) | gp_warping auto | better / worse, p | best Optuna | its median | default ≤? | auto ≤? |')
print('|---|---:|---:|---:|---:|---|---:|---|---|')
for key in sorted(new):
    if key not in base: continue
    s = sorted(k for k in new[key] if k in base[key] and k < 20)
    x = [base[key][k] for k in s]; y = [new[key][k] for k in s]
    b = sum(q < p for p, q in zip(x, y)); w = sum(q > p for p, q in zip(x, y))
    p = wilcoxon(x, y).pvalue if b + w else 1
    cands = {k[2]: v for k, v in opt.items() if k[0] == key[0] and k[1] == key[1]}
    if cands:
        name, vals = min(cands.items(), key=lambda kv: st.median([vv for s2, vv in kv[1].items() if s2 < 20]))
        om = st.median([vv for s2, vv in vals.items() if s2 < 20])
    else:
        name, om = '-', float('nan')
    if name == '-':
        print(f'| {key[0]} | {key[1]} | {st.median(x):.4g} | {st.median(y):.4g} | {b} / {w} of {len(s)}, {p:.2f} | '
              f'(no Optuna runs) | | | |')
        continue
    print(f'| {key[0]} | {key[1]} | {st.median(x):.4g} | {st.median(y):.4g} | {b} / {w} of {len(s)}, {p:.2f} | {name} | {om:.4g} | '
          f'{"yes" if st.median(x) <= om else "**no**"} | {"yes" if st.median(y) <= om else "**no**"} |')
