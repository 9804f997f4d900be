"""`auto` against Optuna's samplers on noisy losses: per function, noise sd and batch, the median true value
of the trial each sampler's best observed value picks (auto's NoisyRun rows against every Optuna sampler's
noisy_optuna.py rows), the best Optuna sampler by that median, a two-sided Mann-Whitney p, and whether auto's
median is at least as good; in brackets the median best true value evaluated (what a noiseless pick would get).
  /usr/bin/python3 side.py AUTO.csv[,...] OPTUNA.csv[,...]"""
import csv, statistics as st, sys
from scipy.stats import mannwhitneyu


def rows(paths, name_of):
    d = {}
    for p in paths.split(','):
        for r in csv.DictReader(open(p)):
            key = (r['function'], float(r['sd']), int(r['batch']))
            d.setdefault(key, {}).setdefault(name_of(r), []).append(
                (float(r['true_of_best_observed']), float(r['best_true'])))
    return d


auto = rows(sys.argv[1], lambda r: 'auto')
opt = rows(sys.argv[2], lambda r: f"Optuna {r['optuna'][0]} {r['sampler']}")
print('| function | noise sd | batch | `auto`: true value of its pick (best evaluated) | best Optuna sampler | its pick (best evaluated) | MW p | auto ≤ best? |')
print('|---|---:|---:|---:|---|---:|---:|---|')
for key in sorted(auto):
    if key not in opt:
        continue
    a = auto[key]['auto']
    name, o = min(opt[key].items(), key=lambda kv: st.median(v[0] for v in kv[1]))
    am, om = st.median(v[0] for v in a), st.median(v[0] for v in o)
    p = mannwhitneyu([v[0] for v in a], [v[0] for v in o], alternative='two-sided').pvalue
    print(f'| {key[0]} | {key[1]:g} | {key[2]} | {am:.4g} ({st.median(v[1] for v in a):.4g}) [{len(a)}] | {name} | '
          f'{om:.4g} ({st.median(v[1] for v in o):.4g}) [{len(o)}] | {p:.2f} | {"yes" if am <= om else "**no**"} |')
