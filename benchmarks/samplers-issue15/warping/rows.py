"""The best value at a budget from the sampler benchmark's CSVs, for the scripts beside this file:
SettingsRun.java rows (function, seed, …, batch, best100, best<budget>) and optuna_reference.py rows
(optuna, sampler, function, batch, seed, trials, best). best(paths, trials) maps
(function, batch, source) to {seed: best after `trials` trials}, where source is 'x' for XHPO's rows and
the Optuna major version's first digit plus the sampler for Optuna's ('5tpe-univ', '3cmaes'); rows that
do not hold that budget are skipped; by_function(paths, trials) keys XHPO's rows by (function's short name,
batch) instead. paired(base, new, seeds) compares two such {seed: best} maps on the given seeds."""
import csv
import statistics as st
from scipy.stats import wilcoxon


def best(paths, trials):
    d = {}
    for p in paths:
        for r in csv.DictReader(open(p)):
            if 'trials' in r:
                if int(r['trials']) != trials:
                    continue
                key, v = (r['function'], int(r['batch']), r.get('optuna', '')[:1] + r['sampler']), float(r['best'])
            else:
                column = f'best{trials}'
                if column not in r:
                    continue
                key, v = (r['function'], int(r['batch']), 'x'), float(r[column])
            d.setdefault(key, {})[int(r['seed'])] = v
    return d


def by_function(paths, trials):
    """best() keyed by (function name without its Java class prefix, batch): {seed: best after trials}."""
    return {(f.split('$')[-1], b): seeds for (f, b, _), seeds in best(paths, trials).items()}


def paired(base, new, seeds):
    """x and y (base's and new's values on the seeds), the seeds where new is lower and where it is higher,
    and the paired Wilcoxon p (1 when no seed differs)."""
    x = [base[s] for s in seeds]
    y = [new[s] for s in seeds]
    better = sum(q < p for p, q in zip(x, y))
    worse = sum(q > p for p, q in zip(x, y))
    p = wilcoxon(x, y).pvalue if better + worse else 1.0
    return x, y, better, worse, p


def print_paired_table(base_paths, new_paths, budgets, base_label, new_label, short=lambda f: f):
    """A markdown row per (budget, batch, function) that both sides hold: median best of each, the seeds
    where new is better / worse, and the paired Wilcoxon p (bold below 0.05); returns
    {(budget, batch): [functions where new's median is better at p < 0.05, where it is worse]}."""
    print(f'| trials | batch | function | seeds | {base_label} | {new_label} | better / worse | Wilcoxon p |')
    print('|---:|---:|---|---:|---:|---:|---:|---:|')
    tally = {}
    for trials in budgets:
        base, new = by_function(base_paths, trials), by_function(new_paths, trials)
        for key in sorted(new, key=lambda k: (k[1], short(k[0]).lower())):
            seeds = sorted(s for s in new[key] if s in base.get(key, {}))
            if not seeds:
                continue
            x, y, better, worse, p = paired(base[key], new[key], seeds)
            cell = f'{p:.2g}'
            if p < 0.05:
                cell = f'**{cell}**'
                t = tally.setdefault((trials, key[1]), [0, 0])
                t[0 if st.median(y) < st.median(x) else 1] += 1
            print(f'| {trials} | {key[1]} | {short(key[0])} | {len(seeds)} | {st.median(x):.4g} | {st.median(y):.4g} '
                  f'| {better} / {worse} | {cell} |')
    return tally
