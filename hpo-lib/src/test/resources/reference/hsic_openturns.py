#!/usr/bin/env python3
"""Hand-run OpenTURNS reference for org.xhpo.analysis.hsic (never run by the build or CI).

Run:  /usr/bin/python3 hsic_openturns.py   (Debian: apt-get install python3-openturns; made with 1.20)
Writes hsic_openturns.csv (the fixed data set: x1, x2, x3 in [0,1], y, z) and hsic_openturns.txt
(the reference values), both checked in and read by HsicOpenTurnsReferenceTest.

Kernels: input i uses ot.SquaredExponential([theta_i]) with theta_i = the sample std (n-1
denominator, OpenTURNS' documented rule); OpenTURNS' SquaredExponential is exp(-||x/theta||^2/2),
i.e. exp(-d^2/(2 h^2)) with h = theta. The target Z in {0,1} uses ot.SquaredExponential([0.01]):
exp(-(1/0.01)^2/2) = exp(-5000) underflows to exactly 0.0, so it is exactly the delta kernel
1{z_i = z_j}. (ot.DiracCovarianceModel is not usable: it is the identity matrix over sample
indices, not a kernel on values.)
"""
import os
import numpy as np
import openturns as ot

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20240601)
n = 200
x1 = rng.uniform(size=n)
x2 = rng.uniform(size=n) ** 2          # skewed towards 0
x3 = rng.uniform(size=n)               # pure noise
y = (x1 - 0.3) ** 2 + 0.5 * (x2 - 0.2) ** 2 + 0.01 * rng.normal(size=n)
p = 0.1
thr = np.quantile(y, p, method="lower")   # numpy >= 1.22 spelling of interpolation='lower'
z = (y <= thr).astype(float)
X = np.column_stack([x1, x2, x3])

with open(os.path.join(here, "hsic_openturns.csv"), "w") as f:
    f.write("x1,x2,x3,y,z\n")
    for i in range(n):
        f.write(",".join(repr(float(v)) for v in (x1[i], x2[i], x3[i], y[i])) + ",%d\n" % int(z[i]))

Xs = ot.Sample(X)
Zs = ot.Sample(z.reshape(-1, 1))
std = np.array(Xs.computeStandardDeviation())
models = [ot.SquaredExponential([float(s)]) for s in std] + [ot.SquaredExponential([0.01])]

out = ["# OpenTURNS %s reference for hsic_openturns.csv; name, variable index (0-based), value" % ot.__version__,
       "# V = HSICVStat, U = HSICUStat, target kernel = delta on z; S = authors' index (numpy, hsic.py)"]
ot.RandomGenerator.SetSeed(0)
for tag, stat in (("V", ot.HSICVStat()), ("U", ot.HSICUStat())):
    est = ot.HSICEstimatorGlobalSensitivity(models, Xs, Zs, stat)
    est.setPermutationSize(1000)
    hsic = est.getHSICIndices()
    r2 = est.getR2HSICIndices()
    pa = est.getPValuesAsymptotic()
    pp = est.getPValuesPermutation()
    for i in range(3):
        out.append("std %d %.17g" % (i, std[i]))
        out.append("hsic%s %d %.17g" % (tag, i, hsic[i]))
        out.append("r2%s %d %.17g" % (tag, i, r2[i]))
        out.append("pGamma%s %d %.17g" % (tag, i, pa[i]))
        out.append("pPermutation1000%s %d %.17g" % (tag, i, pp[i]))

# the authors' S (hsic.py, V-statistic, nominal p replaced by m/n as XHPO does, docs/methods/hsic.md)
m = int(z.sum())
for i in range(3):
    d = X[:, i][:, None] - X[:, i][None, :]
    K = np.exp(-d ** 2 / (2 * std[i] ** 2))
    b = z > 0
    S = (m / n) ** 2 * (K.mean() + K[np.ix_(b, b)].mean() - 2 * K[:, b].mean())
    out.append("S %d %.17g" % (i, S))
out.append("m -1 %d" % m)
with open(os.path.join(here, "hsic_openturns.txt"), "w") as f:
    f.write("\n".join(dict.fromkeys(out)) + "\n")
print("\n".join(dict.fromkeys(out)))
