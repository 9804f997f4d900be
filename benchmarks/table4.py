#!/usr/bin/env python3
"""Table 4 of hsic-explainable-hpo.md from Table4Bench CSVs: per workload and method, the model each
repeat selects by validation error, reported by its test error (mean ± sd, n-1), parameters and forward
FLOPs per example (thousands; 2 per multiply-add), and the FLOPs factor relative to HSIC-GPBO.

Random search and GP-BO select among all their trials. HSIC-GPBO selects among its focus and
fine-tuning trials (HsicGpboSampler.selected: the exploration trials are the HSIC sample, the method's
model carries the cost-efficient values, Table 4 caption); the `# ... selected trial N` lines the bench
writes are checked against this. A last row, `hsic-gpbo (any stage)`, selects over all its trials, as
the table did before, for comparison."""
import csv, re, statistics, sys

rows, written = [], {}
for f in sys.argv[1:]:
    with open(f) as fh:
        lines = fh.readlines()
    rows += [r for r in csv.DictReader(l for l in lines if not l.startswith('#')) if r['val_error']]
    for l in lines:
        m = re.match(r'# (\w+) rep (\d+) selected trial (-?\d+)', l)
        if m:
            written[(m.group(1), m.group(2))] = m.group(3)
by = {}
for r in rows:
    by.setdefault((r['workload'], r['method'], r['repeat']), []).append(r)
SELECTABLE = {'random': None, 'gp': None, 'hsic-gpbo': ('focus', 'finetune'), 'hsic-gpbo (any stage)': None}
for w in sorted({k[0] for k in by}):
    sel = {}
    for m, stages in SELECTABLE.items():
        src = m.split(' ')[0]
        picks = []
        for k, v in sorted(by.items()):
            if k[0] == w and k[1] == src:
                cand = [r for r in v if stages is None or r['stage'] in stages] or v
                picks.append(min(cand, key=lambda r: float(r['val_error'])))
                if stages and (w, k[2]) in written and written[(w, k[2])] != picks[-1]['trial']:
                    sys.exit(f"{w} rep {k[2]}: bench selected trial {written[(w, k[2])]}, table {picks[-1]['trial']}")
        if picks:
            sel[m] = (picks, [len(v) for k, v in sorted(by.items()) if k[0] == w and k[1] == src])
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
        print(f"\n{m} selected: " + '; '.join(f"rep {p['repeat']} trial {p['trial']} ({p['stage']}) test {float(p['test_error']):.4f} "
                                                  f"params {float(p['params']):,.0f}" for p in picks))
