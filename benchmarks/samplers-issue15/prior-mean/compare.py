#!/usr/bin/python3
"""auto's GP stage with gp_prior_mean: max (the default since d54ab2d) against the mean (the default before),
on every function, batch and seed both sides have: median best, seeds better / worse, paired Wilcoxon p. Run from benchmarks/samplers-issue15:
  /usr/bin/python3 prior-mean/compare.py 100 400
The mean's rows are warping/auto-warp-*.csv (gp_warping: auto, the default since 05ece0f, run before
d54ab2d; the power-to-100 variant's excluded); gp_prior_mean: max's are prior-mean/*.csv."""
import glob, sys, warnings
sys.path.insert(0, "warping")
from rows import print_paired_table

budgets = [int(a) for a in sys.argv[1:]] or [100, 400]
DEFAULT = [f for f in sorted(glob.glob('warping/auto-warp-*.csv')) if 'from100' not in f]
NEW = sorted(glob.glob("prior-mean/*.csv"))


warnings.filterwarnings('ignore')
print_paired_table(DEFAULT, NEW, budgets, 'default (prior mean: the mean)', 'gp_prior_mean: max')
