"""Reference densities for TpeReferenceTest, run by hand (never by CI) with Optuna 5.0.0 in a venv over
Debian's python3-optuna (V=$(mktemp -d)/optuna5; /usr/bin/python3 -m venv --system-site-packages "$V";
"$V/bin/pip" install --no-deps optuna==5.0.0):

    $V/bin/python tpe_optuna5.py > tpe_optuna5.txt

Builds Optuna 5's own _ParzenEstimator (default parameters: prior weight 1, magic clip, endpoints not
considered, default weights) on fixed observations of two floats on [0, 1] and a 3-way categorical,
jointly (Optuna 5's multivariate product kernel) and per parameter (univariate), and prints log_pdf at
fixed points. On [0, 1] Optuna's native space is XHPO's unit space, so the numbers compare directly.
"""
import numpy as np
import optuna
from optuna.distributions import CategoricalDistribution, FloatDistribution
from optuna.samplers._tpe.parzen_estimator import _ParzenEstimator, _ParzenEstimatorParameters
from optuna.samplers._tpe.sampler import default_weights

OBS_X = [0.12, 0.80, 0.33, 0.35, 0.91, 0.05, 0.60]
OBS_Y = [0.70, 0.20, 0.44, 0.90, 0.10, 0.52, 0.31]
OBS_C = [0, 2, 1, 1, 0, 2, 2]
POINTS = [(0.1, 0.5, 0), (0.34, 0.4, 1), (0.9, 0.95, 2), (0.0, 1.0, 1), (0.5, 0.5, 2)]

params = _ParzenEstimatorParameters(prior_weight=1.0, consider_magic_clip=True, consider_endpoints=False,
                                    weights=default_weights, multivariate=True)
space = {"x": FloatDistribution(0, 1), "y": FloatDistribution(0, 1), "c": CategoricalDistribution(["a", "b", "c"])}
obs = {"x": np.array(OBS_X), "y": np.array(OBS_Y), "c": np.array(OBS_C, dtype=float)}
print(f"# optuna {optuna.__version__}")
joint = _ParzenEstimator(obs, space, params)
for n in (1, 2, len(OBS_X)):
    sub = {k: v[:n] for k, v in obs.items()}
    pe = _ParzenEstimator(sub, space, params)
    for p in POINTS:
        s = {"x": np.array([p[0]]), "y": np.array([p[1]]), "c": np.array([float(p[2])])}
        print(f"joint n={n} x={p[0]} y={p[1]} c={p[2]} {pe.log_pdf(s)[0]!r}")
for n in (1, 2, len(OBS_X)):
    pe = _ParzenEstimator({"x": np.array(OBS_X[:n])}, {"x": space["x"]}, params)
    for p in POINTS:
        print(f"univariate n={n} x={p[0]} {pe.log_pdf({'x': np.array([p[0]])})[0]!r}")
