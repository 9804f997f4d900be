#!/usr/bin/python3
"""`auto` against Optuna's samplers on the held-out functions (HeldOutFunctions.java, ported in
benchmarks/optuna_reference.py's HELDOUT table): median best at 100 and 400 trials per batch size, the best
Optuna sampler's median, and a two-sided Mann-Whitney p of auto against that sampler.
  /usr/bin/python3 optuna-side.py --auto A.csv[:100|:400] [--auto ...] OPTUNA.csv [OPTUNA.csv ...]
A.csv: SettingsRun.java rows (best100, best400), optionally only the column named after the colon;
OPTUNA.csv: optuna_reference.py rows."""
import csv, statistics as st, sys
from scipy.stats import mannwhitneyu


def auto_rows(arg):
    path, _, only = arg.partition(':')
    d = {}
    for r in csv.DictReader(open(path)):
        f = r['function'].split('$')[-1].split('.')[-1]  # heldout2.MixedHpo -> MixedHpo
        for t in (100, 400):
            if f'best{t}' in r and only in ('', str(t)):
                d.setdefault((f, int(r['batch']), t), {})[int(r['seed'])] = float(r[f'best{t}'])
    return d


args = sys.argv[1:]
autos = [args[i + 1] for i, a in enumerate(args) if a == '--auto']
optunas = [a for i, a in enumerate(args) if a != '--auto' and (i == 0 or args[i - 1] != '--auto')]
auto = {}
for arg in autos:
    for k, v in auto_rows(arg).items():
        auto.setdefault(k, {}).update(v)
opt = {}
for path in optunas:
    for r in csv.DictReader(open(path)):
        name = f"Optuna {r['optuna'][0]} {r['sampler']}"
        opt.setdefault((r['function'], int(r['batch']), int(r['trials'])), {}).setdefault(name, []).append(
            float(r['best']))
print('| function (6-D) | batch | trials | `auto` (seeds) | best Optuna sampler | its median (seeds) | MW p | auto ≤ best? |')
print('|---|---:|---:|---:|---|---:|---:|---|')
for key in sorted(auto):
    if key not in opt:
        continue
    a = list(auto[key].values())
    name, vals = min(opt[key].items(), key=lambda kv: st.median(kv[1]))
    p = mannwhitneyu(a, vals, alternative='two-sided').pvalue
    ok = 'yes' if st.median(a) <= st.median(vals) else '**no**'
    print(f'| {key[0]} | {key[1]} | {key[2]} | {st.median(a):.4g} ({len(a)}) | {name} | {st.median(vals):.4g} '
          f'({len(vals)}) | {p:.2f} | {ok} |')
