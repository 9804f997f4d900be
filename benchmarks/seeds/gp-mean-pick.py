#!/usr/bin/python3
"""A noise-aware choice of the configuration to return, tried on the sDCMI studies (benchmarks/SEEDS.md,
"Choosing the configuration by a GP's posterior mean"): per study, a GP (Matérn-5/2 ARD + white noise,
scikit-learn, 5 restarts, random_state 0) on the trials' unit coordinates and Box-Cox(JS), standardized;
the pick is the ok trial with the lowest posterior mean, instead of the lowest observed JS. Prints both
per study and, for each study whose pick differs, has seeds-rerun-best.sh write conf/seeds/STUDY-gpmean10.yaml:
the pick re-run with 10 fresh pipeline seeds, as STUDY-best10.yaml re-runs the observed best.
  /usr/bin/python3 benchmarks/seeds/gp-mean-pick.py seeds-sdcmi-ac-t2-fi-adaptive-s1 ...   (from the repo root)
then submit-scripts/seeds-chain.sh conf/seeds/*-gpmean10.yaml. scikit-learn is Debian's python3-sklearn, run by
hand; never a dependency."""
import json, os, subprocess, sys, warnings
import numpy as np
from scipy.stats import boxcox
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import ConstantKernel, Matern, WhiteKernel

warnings.filterwarnings("ignore")
root = os.getcwd()
studies = sys.argv[1:]
params = ["steps", "hdif", "lr", "bs", "epoch", "drop", "layers", "hclas", "comp", "scale", "delta", "n_iters"]
query = ("SELECT study, trial_id, value, metrics['final_size'] AS final_size, to_json(named_struct(%s)) AS u "
         "FROM trials WHERE status = 'ok' AND study IN (%s)") % (
    ", ".join("'%s', u_%s" % (p, p) for p in params), ", ".join("'%s'" % s for s in studies))
out = subprocess.run([root + "/submit-scripts/xhpo", "sql", "--out", root + "/results-seeds", "--limit", "100000"],
                     input=query, capture_output=True, text=True, check=True).stdout
rows, head = [], None
for line in out.splitlines():
    if line.startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if head is None:
            head = cells
        else:
            rows.append(dict(zip(head, cells)))
rerun = []
for s in studies:
    rs = sorted((r for r in rows if r["study"] == s), key=lambda r: int(r["trial_id"]))
    u = [json.loads(r["u"]) for r in rs]
    keys = [k for k in params if u[0].get(k) is not None]
    x = np.array([[d[k] for k in keys] for d in u])
    y = np.array([float(r["value"]) for r in rs])
    t, _ = boxcox(y)
    t = (t - t.mean()) / t.std()
    kernel = ConstantKernel(1.0, (0.05, 20)) * Matern(np.full(len(keys), 0.5), (1e-2, 20), nu=2.5) \
        + WhiteKernel(0.1, (1e-6, 1))
    gp = GaussianProcessRegressor(kernel, n_restarts_optimizer=5, random_state=0).fit(x, t)
    mu = gp.predict(x)
    best, pick = int(np.argmin(y)), int(np.argmin(mu))
    print("| %s | %d | %.2f | %s: %.5f (%s) | %s: %.5f (%s), rank %d |" % (
        s, len(rs), gp.kernel_.k2.noise_level, rs[best]["trial_id"], y[best], rs[best]["final_size"],
        rs[pick]["trial_id"], y[pick], rs[pick]["final_size"], int((y < y[pick]).sum()) + 1))
    if pick != best:
        rerun.append("%s@%s" % (s, rs[pick]["trial_id"]))
if rerun:  # the picks' 10-seed re-run configs, written as seeds-rerun-best.sh writes the best trials'
    subprocess.run([root + "/submit-scripts/seeds-rerun-best.sh", "--suffix", "gpmean10"] + rerun, check=True)
