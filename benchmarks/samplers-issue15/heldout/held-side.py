#!/usr/bin/python3
"""auto's GP stage with gp_kernel ard vs auto on functions outside the sampler benchmark (HeldOutFunctions.java),
20 seeds, 100 trials, batch 8: median best, seeds where auto-kernel is better, paired Wilcoxon p.
  /usr/bin/python3 held-side.py auto-gp-kernel-ard-b8.csv auto-gp-kernel-auto-b8.csv
Optional third and fourth arguments name the two columns (default: the ARD GP stage and `gp_kernel: auto`);
`--column best400` compares another column of the CSVs than best100 (any CSV of SettingsRun.java works);
either side can be several CSVs, comma-separated."""
import csv, statistics as st, sys
from scipy.stats import wilcoxon
args = sys.argv[1:]
column = 'best100'
if '--column' in args:
    i = args.index('--column')
    column = args[i + 1]
    args = args[:i] + args[i + 2:]
def load(files):
    d = {}
    for f in files.split(','):
        for r in csv.DictReader(open(f)):
            d.setdefault(r['function'].split('$')[-1], {})[int(r['seed'])] = float(r[column])
    return d
a, b = load(args[0]), load(args[1])
names = args[2:4] if len(args) >= 4 else ['ARD GP stage', '`gp_kernel: auto`']
print(f'| function (6-D) | {names[0]} | {names[1]} | seeds better / worse | Wilcoxon p |')
print('|---|---:|---:|---:|---:|')
for f in a:
    s = sorted(set(a[f]) & set(b.get(f, {})))
    if not s:
        continue
    x = [a[f][k] for k in s]; y = [b[f][k] for k in s]
    better = sum(1 for p, q in zip(x, y) if q < p); worse = sum(1 for p, q in zip(x, y) if q > p)
    p = wilcoxon(x, y).pvalue if better + worse else 1.0
    print(f'| {f} | {st.median(x):.4g} | {st.median(y):.4g} | {better} / {worse} of {len(s)} | {p:.2f} |')
