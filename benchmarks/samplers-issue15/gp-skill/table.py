"""Tables of the GP skill test from GateRun's rows, with the best Optuna sampler beside them.

    python3 table.py ROWS.csv [ROWS.csv ...]

For each function and batch: runs, runs with a round handed over, `auto`'s median best with the test off
(gp_skill_level 0) and on (the default), seeds better / worse with the test and the paired Wilcoxon p, the best
Optuna sampler on the same seeds (Optuna 5's TPEs, Optuna 3.1's CMA-ES and random search; the committed
rows of seeds20/ and heldout*/), and whether `auto` is at least as good as it with the test off and on.
"""
import collections
import csv
import glob
import os
import statistics
import sys

from scipy.stats import mannwhitneyu, wilcoxon

HERE = os.path.dirname(os.path.abspath(__file__))
OPTUNA = [p for p in glob.glob(os.path.join(HERE, '..', '*', 'optuna*.csv'))
          if 'noisy' not in p and 'sequential' not in p]


def short(fn):
    return fn.split('$')[-1]


def optuna_rows():
    rows = collections.defaultdict(dict)  # (function, batch, trials, sampler label) -> {seed: best}
    for path in OPTUNA:
        for r in csv.DictReader(open(path)):
            label = ('Optuna 5 ' if r['optuna'].startswith('5') else 'Optuna 3 ') + r['sampler']
            rows[(r['function'], int(r['batch']), int(r['trials']), label)][int(r['seed'])] = float(r['best'])
    return rows


def main(paths):
    opt = optuna_rows()
    runs = collections.OrderedDict()
    budget = None
    for path in paths:
        reader = csv.reader(open(path))
        header = next(reader)  # function,seed,batch,gated,best100_on,bestB_on,best100_off,bestB_off,seconds
        budget = int(header[5].split('_')[0][4:])
        for r in reader:
            runs.setdefault((short(r[0]), int(r[2])), []).append((int(r[1]), r[3] != '-', float(r[7]), float(r[5])))
    print(f'| function | batch | runs | handed over | `auto`, test off | `auto` (test on) | better / worse, p '
          f'| best Optuna sampler | its median | met off / on |')
    print('|---|---:|---:|---:|---:|---:|---|---|---:|---|')
    met = [0, 0, 0]
    for (fn, batch), rs in runs.items():
        seeds = [s for s, g, off, on in rs]
        off = [x for s, g, x, on in rs]
        on = [x for s, g, off_, x in rs]
        gated = sum(g for s, g, o, n in rs)
        better = sum(b < a for a, b in zip(off, on))
        worse = sum(b > a for a, b in zip(off, on))
        p = wilcoxon(on, off).pvalue if better + worse > 0 else 1.0
        best = None
        for (f, b, t, label), bys in opt.items():
            if f == fn and b == batch and t == budget and all(s in bys for s in seeds):
                m = statistics.median(bys[s] for s in seeds)
                if best is None or m < best[1]:
                    best = (label, m)
        mo, mn = statistics.median(off), statistics.median(on)
        if best:
            met[0] += 1
            met[1] += mo <= best[1]
            met[2] += mn <= best[1]
        verdict = f"{'yes' if mo <= best[1] else '**no**'} / {'yes' if mn <= best[1] else '**no**'}" if best else '-'
        print(f"| {fn} | {batch} | {len(rs)} | {gated} | {mo:.4g} | {mn:.4g} | {better} / {worse}, "
              f"{p:.2f} | {best[0] if best else '-'} | {f'{best[1]:.4g}' if best else '-'} | {verdict} |")
    print(f'\nbudget {budget}: `auto` at least as good as the best Optuna sampler on {met[1]} of {met[0]} cells '
          f'with the test off, {met[2]} of {met[0]} with it on')


if __name__ == '__main__':
    main(sys.argv[1:])
