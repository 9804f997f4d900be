"""One function and batch at 100 trials over many seeds: default vs gp_warping=auto (paired Wilcoxon) and,
optionally, an Optuna sampler's rows of the same seeds (Mann-Whitney).
  /usr/bin/python3 side100.py FUNCTION BATCH DEFAULT.csv[,...] NEW.csv[,...] [OPTUNA.csv[,...]]"""
import statistics as st, sys
from scipy.stats import mannwhitneyu, wilcoxon
from rows import best
def load(paths, fn, batch):
    d = {}
    for (f, b, _), seeds in best(paths, 100).items():
        if f == fn and b == batch:
            d.update(seeds)
    return d
fn, batch = sys.argv[1], int(sys.argv[2])
base = load(sys.argv[3].split(','), fn, batch)
new = load(sys.argv[4].split(','), fn, batch)
opt = load(sys.argv[5].split(','), fn, batch) if len(sys.argv) > 5 else None
s = sorted(set(base) & set(new))
x=[base[k] for k in s]; y=[new[k] for k in s]
print(f"{fn} b{batch} seeds {len(s)}: default {st.median(x):.4g} auto-warp {st.median(y):.4g} better {sum(q<p for p,q in zip(x,y))} worse {sum(q>p for p,q in zip(x,y))} Wilcoxon p {wilcoxon(x,y).pvalue:.3f}")
if opt:
    o=[opt[k] for k in s if k in opt]
    print(f"   optuna same seeds ({len(o)}): {st.median(o):.4g}  MW p auto-warp vs optuna {mannwhitneyu(y,o).pvalue:.3f}; default vs optuna {mannwhitneyu(x,o).pvalue:.3f}")
