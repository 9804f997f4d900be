#!/usr/bin/python3
"""gp_warping: auto against the default, every function and batch at 100 and 400 trials, on every seed both
sides have (RESULTS.md §2b, "The output warping choice over 10–20 seeds, made the default"): median best, seeds better / worse,
paired Wilcoxon p. Run from benchmarks/samplers-issue15:
  /usr/bin/python3 warping/adoption.py [--max-seed N]
The default's rows are the committed CSVs named below; gp_warping: auto's are every warping/auto-warp-*.csv
except the power-to-100 variant's."""
import glob, statistics as st, sys, warnings
from rows import by_function, paired

DEFAULT = {
    100: ['seeds20/auto-gp400-b8.csv', 'seeds20/auto-gp400-b32.csv', 'heldout/auto-400-b8-gp400.csv',
          'heldout/auto-400-b32-gp400.csv', 'seeds20/auto-term-optima-rastrigin6-b8-100seeds.csv',
          'seeds20/auto-term-optima-rastrigin10-b8-100seeds.csv', 'seeds20/auto-term-optima-rastrigin6-b32-100seeds.csv',
          'seeds20/auto-gp400-rastrigin10-b32-400-seeds20-99.csv', 'warping/default-rosenbrock10-b8-100-seeds20-59.csv'],
    400: ['seeds20/auto-gp400-b8.csv', 'seeds20/auto-fit-all-b32-400.csv', 'heldout/auto-400-b8-gp400.csv',
          'heldout/auto-fit-all-b32-400.csv'],
}
NEW = [f for f in sorted(glob.glob('warping/auto-warp-*.csv')) if 'from100' not in f]


warnings.filterwarnings('ignore')
max_seed = int(sys.argv[sys.argv.index('--max-seed') + 1]) if '--max-seed' in sys.argv else 10**9
print('| trials | batch | function | seeds | default | gp_warping: auto | better / worse | Wilcoxon p |')
print('|---:|---:|---|---:|---:|---:|---:|---:|')
for trials in (100, 400):
    base, new = by_function(DEFAULT[trials], trials), by_function(NEW, trials)
    for key in sorted(new, key=lambda k: (k[1], k[0].lower())):
        seeds = sorted(s for s in new[key] if s in base.get(key, {}) and s <= max_seed)
        if not seeds:
            continue
        x, y, better, worse, p = paired(base[key], new[key], seeds)
        mark = ' (worse)' if p < 0.05 and st.median(y) > st.median(x) else ''
        print(f'| {trials} | {key[1]} | {key[0]} | {len(seeds)} | {st.median(x):.4g} | {st.median(y):.4g} | '
              f'{better} / {worse} | {p:.2g}{mark} |')
