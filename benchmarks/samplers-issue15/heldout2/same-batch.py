#!/usr/bin/python3
"""XHPO's own samplers against Optuna's at the same batch size on the second held-out set, 100 trials:
XHPO's TPE (multivariate, Optuna 5's defaults) against Optuna 5's default TPE, its univariate TPE against
Optuna 5's, its CMA-ES against Optuna 3.1's; medians and a two-sided Mann-Whitney p. From this directory:
  /usr/bin/python3 same-batch.py xhpo-tpe-100.csv,xhpo-cmaes-100.csv optuna5-tpe-100.csv,optuna31-cmaes-random-100.csv"""
import csv, statistics as st, sys
from scipy.stats import mannwhitneyu

xhpo = {}
for path in sys.argv[1].split(','):
    for r in csv.DictReader(open(path)):
        sampler = r['sampler'] + ('' if r['variant'] == 'default' else '-univ')
        xhpo.setdefault((r['function'].split('$')[-1], sampler, int(r['batch'])), []).append(float(r['best100']))
optuna = {}
for path in sys.argv[2].split(','):
    for r in csv.DictReader(open(path)):
        if r['trials'] == '100':
            optuna.setdefault((r['function'], r['sampler'], int(r['batch'])), []).append(float(r['best']))
print('| function | sampler | batch | XHPO median | Optuna median | MW p | ahead at p < 0.05 |')
print('|---|---|---:|---:|---:|---:|---|')
for key in sorted(xhpo):
    if key not in optuna:
        continue
    x, o = xhpo[key], optuna[key]
    p = mannwhitneyu(x, o).pvalue
    ahead = ('XHPO' if st.median(x) < st.median(o) else 'Optuna') if p < 0.05 else ''
    print(f'| {key[0]} | {key[1]} | {key[2]} | {st.median(x):.4g} | {st.median(o):.4g} | {p:.2g} | {ahead} |')
