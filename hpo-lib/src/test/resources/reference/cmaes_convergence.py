"""Reference numbers for CmaEsStateTest, run by hand (never by CI) with Debian's python3-cmaes 0.9.1:

    /usr/bin/python3 cmaes_convergence.py > cmaes_convergence.txt

CyberAgent's cmaes library implements the same tutorial defaults (Hansen, arXiv:1604.00772, Appendix A,
active CMA with negative weights). Counts evaluations until the best value <= 1e-8, from mean (1,...,1)
and sigma 0.5 in 10-D, default population, 21 seeds; prints the median and the 10%/90% quantiles.
"""
import numpy as np
from cmaes import CMA

N = 10


def sphere(x):
    return float(np.sum(x * x))


def ellipsoid(x):
    w = 10.0 ** (6.0 * np.arange(N) / (N - 1))
    return float(np.sum(w * x * x))


def evaluations(f, seed, target=1e-8, limit=100000):
    opt = CMA(mean=np.ones(N), sigma=0.5, seed=seed)
    evals = 0
    while evals < limit:
        sols = []
        for _ in range(opt.population_size):
            x = opt.ask()
            v = f(x)
            evals += 1
            if v <= target:
                return evals
            sols.append((x, v))
        opt.tell(sols)
    return limit


for name, f in [("sphere", sphere), ("ellipsoid", ellipsoid)]:
    e = np.array([evaluations(f, s) for s in range(21)])
    print(f"{name} n={N} evals_to_1e-8 median={np.median(e):.0f} q10={np.quantile(e, 0.1):.0f} "
          f"q90={np.quantile(e, 0.9):.0f}")
