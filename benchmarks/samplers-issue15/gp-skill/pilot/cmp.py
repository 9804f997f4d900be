import os, statistics, sys
from scipy.stats import wilcoxon
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..'))
import table  # noqa: E402  (gp-skill/table.py: the committed Optuna rows, each file read once)
# Optuna best per (function short, batch, sampler label) over seeds 0..19 at 100 trials
opt = {(f, b, label): [bys[s] for s in range(20)]
       for (f, b, t, label), bys in table.optuna_rows().items() if t == 100 and all(s in bys for s in range(20))}
def rows(path):
    out = {}
    for line in open(path):
        if line.startswith('#') or line.startswith('function'):
            continue
        f = line.strip().split(',')
        out[(f[0].split('$')[-1], int(f[1]))] = float(f[5])
    return out
batch = int(sys.argv[1]); variants = sys.argv[2:]
data = {v: rows(os.path.join(HERE, f'd2-{v}-b{batch}.csv')) for v in variants}
fns = sorted({k[0] for k in data[variants[0]]})
print(f'batch {batch}: median best at 100 trials (seeds better/worse than default, Wilcoxon p)')
print('function | ' + ' | '.join(variants) + ' | best Optuna')
for fn in fns:
    cells = []
    d = data['default']
    for v in variants:
        ks = [k for k in data[v] if k[0] == fn and k in d]
        vals = [data[v][k] for k in ks]
        if not vals:
            cells.append('-'); continue
        med = statistics.median(vals)
        if v == 'default':
            cells.append(f'{med:.4g} ({len(vals)})')
        else:
            dv = [d[k] for k in ks]
            better = sum(a < b for a, b in zip(vals, dv)); worse = sum(a > b for a, b in zip(vals, dv))
            try: p = wilcoxon(vals, dv).pvalue
            except ValueError: p = 1.0
            cells.append(f'{med:.4g} ({better}/{worse}, {p:.2f})')
    best = None
    for (f, b, s), v in opt.items():
        if f == fn and b == batch and len(v) >= 20:
            m = statistics.median(v)
            if best is None or m < best[1]: best = (s, m)
    print(fn + ' | ' + ' | '.join(cells) + f' | {best[0]} {best[1]:.4g}' if best else '')
