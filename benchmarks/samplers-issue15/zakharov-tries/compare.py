#!/usr/bin/python3
"""auto with the GP's lengthscales capped (zakharov-tries/cap2-*.csv) against auto's defaults (the rows of
prior-mean/ and heldout2/, same build of the sampler otherwise), on every function, batch and seed both
sides have: median best, seeds better / worse, paired Wilcoxon p. Run from benchmarks/samplers-issue15:
  /usr/bin/python3 zakharov-tries/compare.py 100 [400]"""
import glob, sys, warnings
sys.path.insert(0, "warping")
from rows import print_paired_table

budgets = [int(a) for a in sys.argv[1:]] or [100]
DEFAULT = sorted(glob.glob('prior-mean/all-*.csv') + glob.glob('prior-mean/zak-*.csv')
                 + glob.glob('heldout2/auto-b*.csv') + glob.glob('heldout2/mixedhpo-auto-*.csv'))
NEW = sorted(glob.glob("zakharov-tries/cap2-*.csv"))

warnings.filterwarnings('ignore')
tally = print_paired_table(DEFAULT, NEW, budgets, 'default (cap 20)', 'cap 2', short=lambda f: f.split('.')[-1])
for (trials, batch), (b, w) in sorted(tally.items()):
    print(f'{trials} trials, batch {batch}: cap 2 better at p < 0.05 on {b} functions, worse on {w}')
