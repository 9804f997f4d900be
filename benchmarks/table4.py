#!/usr/bin/env python3
"""Table 4 of hsic-explainable-hpo.md from Table4Bench CSVs: per workload and method, the model each
repeat selects by validation error, reported by its test error (mean ± sd, n-1), parameters and forward
FLOPs per example (thousands; 2 per multiply-add), and the FLOPs factor relative to HSIC-GPBO."""
import csv, statistics, sys

rows = []
for f in sys.argv[1:]:
    with open(f) as fh:
        rows += [r for r in csv.DictReader(l for l in fh if not l.startswith('#')) if r['val_error']]
by = {}
for r in rows:
    by.setdefault((r['workload'], r['method'], r['repeat']), []).append(r)
for w in sorted({k[0] for k in by}):
    sel = {}
    for m in ('random', 'gp', 'hsic-gpbo'):
        picks = [min(v, key=lambda r: float(r['val_error'])) for k, v in by.items() if k[0] == w and k[1] == m]
        if picks:
            sel[m] = (picks, [len(v) for k, v in by.items() if k[0] == w and k[1] == m])
    ref = statistics.mean(float(p['flops']) for p in sel['hsic-gpbo'][0]) if 'hsic-gpbo' in sel else None
    print(f"\n{w}: metric = {'1 - accuracy' if w == 'fashion' else 'relative L2 error'} on the test set\n")
    print('| method | repeats (trials) | test metric mean ± sd | val metric mean | params (mean) | kFLOPs/example (mean) | FLOPs factor |')
    print('|---|---|---|---|---|---|---|')
    for m, (picks, n) in sel.items():
        t = [float(p['test_error']) for p in picks]
        v = [float(p['val_error']) for p in picks]
        fl = statistics.mean(float(p['flops']) for p in picks)
        sd = statistics.stdev(t) if len(t) > 1 else float('nan')
        fac = f"×{fl / ref:.1f}" if ref else '-'
        print(f"| {m} | {len(picks)} ({'/'.join(map(str, n))}) | {statistics.mean(t):.4f} ± {sd:.4f} | {statistics.mean(v):.4f} | "
              f"{statistics.mean(float(p['params']) for p in picks):,.0f} | {fl / 1000:,.1f} | {fac} |")
    for m, (picks, n) in sel.items():
        print(f"\n{m} selected: " + '; '.join(f"rep {p['repeat']} trial {p['trial']} ({p['stage']}) params {float(p['params']):,.0f}"
                                                  for p in picks))
