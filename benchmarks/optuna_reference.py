#!/usr/bin/python3
"""Optuna reference runs for benchmarks/RESULTS.md, run by hand (never by CI).

Mirrors XHPO's `xhpo bench-samplers` cells: same functions and boxes, budgets, batch sizes and seeds;
a batch is suggested in full (ask x b) before any of it is told, as a Spark round does. Samplers:

  tpe        Optuna 5 default TPESampler (multivariate=True, constant_liar=True since 5.0)
  tpe-univ   Optuna 5 TPESampler(multivariate=False, constant_liar=True)
  cmaes      Optuna 3.1 CmaEsSampler (defaults; Optuna 5's needs a newer `cmaes` than Debian's 0.9.1)
  random     RandomSampler

Run TPE with Optuna 5 and CMA-ES with Debian's 3.1 (python3-optuna, python3-cmaes). The Optuna 5 venv
reuses Debian's packages for every dependency:

  V=$(mktemp -d)/optuna5 && /usr/bin/python3 -m venv --system-site-packages "$V"
  "$V/bin/pip" install --no-deps optuna==5.0.0


  $V/bin/python benchmarks/optuna_reference.py runs --samplers tpe,tpe-univ > benchmarks/optuna-runs-tpe.csv
  /usr/bin/python3 benchmarks/optuna_reference.py runs --samplers cmaes > benchmarks/optuna-runs-cmaes.csv
  $V/bin/python benchmarks/optuna_reference.py cost      # one ask of 8 at 1,000 trials in 10-D
  /usr/bin/python3 benchmarks/optuna_reference.py summary benchmarks/optuna-runs-*.csv   # median tables

The held-out functions (`--functions Schwefel:6,Michalewicz:6,…`, the HELDOUT table below) are ports of
samplers-issue15/heldout/HeldOutFunctions.java; `check samplers-issue15/heldout/heldout-values.csv`
compares them with the Java values (HeldOutValues.java writes that file). The second held-out set
(HELDOUT2: `--functions GoldsteinPrice:2,Eggholder:2,…`) ports samplers-issue15/heldout2/HeldOutFunctions2.java;
`check samplers-issue15/heldout2/heldout2-values.csv` (HeldOutValues2.java) compares it; the third (HELDOUT3:
`--functions Bukin6:2,SixHumpCamel:2,…`) ports samplers-issue15/heldout3/HeldOutFunctions3.java, checked against
heldout3/heldout3-values.csv (HeldOutValues3.java); the fourth (HELDOUT4: `--functions CrossInTray:2,…`) ports
samplers-issue15/heldout4/HeldOutFunctions4.java, checked against heldout4/heldout4-values.csv (HeldOutValues4.java);
MIXED holds its
mixed space (`--functions MixedHpo`, heldout2/MixedHpo.java: log floats, integers, a two-way choice).

Each CSV row is one run: best value after `--report` trials (the first 100 trials of a 400-trial run
are exactly a 100-trial run: every sampler proposes a batch one configuration at a time).
"""
import argparse
import math
import sys
import time

import numpy as np
import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)

A = np.array([[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14],
              [3, 3.5, 1.7, 10, 17, 8], [17, 8, 0.05, 10, 0.1, 14]])
P = 1e-4 * np.array([[1312, 1696, 5569, 124, 8283, 5886], [2329, 4135, 8307, 3736, 1004, 9991],
                     [2348, 1451, 3522, 2883, 3047, 6650], [4047, 8828, 8732, 5743, 1091, 381]])
ALPHA = np.array([1.0, 1.2, 3.0, 3.2])


def branin(x):
    x1, x2 = x
    b, c = 5.1 / (4 * math.pi ** 2), 5 / math.pi
    return (x2 - b * x1 ** 2 + c * x1 - 6) ** 2 + 10 * (1 - 1 / (8 * math.pi)) * math.cos(x1) + 10


def hartmann6(x):
    x = np.asarray(x)
    return -float(np.sum(ALPHA * np.exp(-np.sum(A * (x - P) ** 2, axis=1))))


def rosenbrock(x):
    x = np.asarray(x)
    return float(np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (x[:-1] - 1) ** 2))


def ackley(x):
    x = np.asarray(x)
    d = len(x)
    return float(-20 * np.exp(-0.2 * np.sqrt(np.sum(x * x) / d)) - np.exp(np.sum(np.cos(2 * np.pi * x)) / d)
                 + 20 + np.e)


def rastrigin(x):
    x = np.asarray(x)
    return float(10 * len(x) + np.sum(x * x - 10 * np.cos(2 * np.pi * x)))


# the boxes of XHPO's built-in functions (Ackley and Rastrigin shifted so the optimum is off-centre)
FUNCS = {
    "branin": (branin, [(-5, 10), (0, 15)]),
    "hartmann6": (hartmann6, [(0, 1)] * 6),
    "rosenbrock:10": (rosenbrock, [(-5, 10)] * 10),
    "ackley:6": (ackley, [(-22.768, 42.768)] * 6),
    "ackley:10": (ackley, [(-22.768, 42.768)] * 10),
    "rastrigin:6": (rastrigin, [(-3.12, 7.12)] * 6),
    "rastrigin:10": (rastrigin, [(-3.12, 7.12)] * 10),
}


# The held-out functions of samplers-issue15/heldout/HeldOutFunctions.java (never used to choose anything in
# XHPO), ported so Optuna can be run on them too; `heldout_check` compares the ports with the Java values.
M64 = (1 << 64) - 1


def _splitmix_doubles(seed, n):
    """java.util.SplittableRandom(seed).nextDouble() n times (SplitMix64, Steele, Lea & Flood 2014)."""
    out, s = [], seed & M64
    for _ in range(n):
        s = (s + 0x9E3779B97F4A7C15) & M64
        z = s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        z ^= z >> 31
        out.append((z >> 11) * 2.0 ** -53)
    return out


def _rotation(d):
    """The fixed seeded orthogonal matrix of HeldOutFunctions.rotation: Gram-Schmidt of uniform rows, seed 7."""
    u = iter(_splitmix_doubles(7, d * d))
    q = []
    for i in range(d):
        row = [next(u) * 2 - 1 for _ in range(d)]
        for k in range(i):
            dot = sum(row[j] * q[k][j] for j in range(d))
            row = [row[j] - dot * q[k][j] for j in range(d)]
        n = math.sqrt(sum(v * v for v in row))
        q.append([v / n for v in row])
    return np.array(q)


def schwefel(x):
    return 418.9829 * len(x) - sum(v * math.sin(math.sqrt(abs(v))) for v in x)


def michalewicz(x):
    return -sum(math.sin(v) * math.sin((i + 1) * v * v / math.pi) ** 20 for i, v in enumerate(x))


def griewank(x):
    s, p = 0.0, 1.0
    for i, v in enumerate(x):
        s += v * v / 4000
        p *= math.cos(v / math.sqrt(i + 1))
    return s - p + 1


def dixon_price(x):
    f = (x[0] - 1) ** 2
    for i in range(1, len(x)):
        t = 2 * x[i] * x[i] - x[i - 1]
        f += (i + 1) * t * t
    return f


def zakharov(x):
    a = sum(v * v for v in x)
    b = sum(0.5 * (i + 1) * v for i, v in enumerate(x))
    return a + b * b + b ** 4


Q6 = _rotation(6)


def rotated_ellipsoid(x):
    y = Q6 @ np.asarray(x)
    return float(sum(1e3 ** (i / (len(y) - 1)) * y[i] ** 2 for i in range(len(y))))


def rotated_styblinski_tang(x):
    y = Q6 @ np.asarray(x)
    return float(sum(0.5 * (v ** 4 - 16 * v * v + 5 * v) for v in y))


HELDOUT = {
    "Schwefel:6": (schwefel, [(-500, 500)] * 6),
    "Michalewicz:6": (michalewicz, [(0, math.pi)] * 6),
    "Griewank:6": (griewank, [(-600, 600)] * 6),
    "DixonPrice:6": (dixon_price, [(-10, 10)] * 6),
    "Zakharov:6": (zakharov, [(-5, 10)] * 6),
    "RotatedEllipsoid:6": (rotated_ellipsoid, [(-5, 5)] * 6),
    "RotatedStyblinskiTang:6": (rotated_styblinski_tang, [(-5, 5)] * 6),
}


# The second held-out set (samplers-issue15/heldout2/HeldOutFunctions2.java, added 2026-12-07 and chosen
# before any run, because the first set has since been used in adoption evaluations); `check` compares the
# ports with samplers-issue15/heldout2/heldout2-values.csv (HeldOutValues2.java).
def goldstein_price(x):
    x1, x2 = x
    a = (1 + (x1 + x2 + 1) ** 2 * (19 - 14 * x1 + 3 * x1 ** 2 - 14 * x2 + 6 * x1 * x2 + 3 * x2 ** 2))
    return a * (30 + (2 * x1 - 3 * x2) ** 2 * (18 - 32 * x1 + 12 * x1 ** 2 + 48 * x2 - 36 * x1 * x2 + 27 * x2 ** 2))


def eggholder(x):
    x1, x2 = x
    return (-(x2 + 47) * math.sin(math.sqrt(abs(x2 + x1 / 2 + 47)))
            - x1 * math.sin(math.sqrt(abs(x1 - (x2 + 47)))))


A3 = [[3, 10, 30], [0.1, 10, 35], [3, 10, 30], [0.1, 10, 35]]
P3 = [[0.3689, 0.1170, 0.2673], [0.4699, 0.4387, 0.7470], [0.1091, 0.8732, 0.5547], [0.0381, 0.5743, 0.8828]]


def hartmann3(x):
    f = 0.0
    for i in range(4):
        e = 0.0
        for j in range(3):
            e += A3[i][j] * (x[j] - P3[i][j]) * (x[j] - P3[i][j])
        f -= [1.0, 1.2, 3.0, 3.2][i] * math.exp(-e)
    return f


SHEKEL_BETA = [0.1, 0.2, 0.2, 0.4, 0.4, 0.6, 0.3, 0.7, 0.5, 0.5]
SHEKEL_C = [[4, 1, 8, 6, 3, 2, 5, 8, 6, 7], [4, 1, 8, 6, 7, 9, 3, 1, 2, 3.6],
            [4, 1, 8, 6, 3, 2, 5, 8, 6, 7], [4, 1, 8, 6, 7, 9, 3, 1, 2, 3.6]]


def shekel(x):
    f = 0.0
    for i in range(10):
        q = SHEKEL_BETA[i]
        for j in range(4):
            q += (x[j] - SHEKEL_C[j][i]) * (x[j] - SHEKEL_C[j][i])
        f -= 1 / q
    return f


def powell(x):
    f = 0.0
    for i in range(len(x) // 4):
        a, b, c, e = x[4 * i:4 * i + 4]
        t1, t2, t3, t4 = a + 10 * b, c - e, b - 2 * c, a - e
        f += t1 * t1 + 5 * t2 * t2 + t3 * t3 * t3 * t3 + 10 * t4 * t4 * t4 * t4
    return f


def trid(x):
    f = 0.0
    for i, v in enumerate(x):
        f += (v - 1) * (v - 1)
        if i > 0:
            f -= v * x[i - 1]
    return f


HELDOUT2 = {
    "GoldsteinPrice:2": (goldstein_price, [(-2, 2)] * 2),
    "Eggholder:2": (eggholder, [(-512, 512)] * 2),
    "Hartmann3:3": (hartmann3, [(0, 1)] * 3),
    "Shekel:4": (shekel, [(0, 10)] * 4),
    "Powell:8": (powell, [(-4, 5)] * 8),
    "Trid:6": (trid, [(-36, 36)] * 6),
}


def bukin6(x):
    return 100 * math.sqrt(abs(x[1] - 0.01 * x[0] * x[0])) + 0.01 * abs(x[0] + 10)


def six_hump_camel(x):
    a, b = x
    return (4 - 2.1 * a * a + a ** 4 / 3) * a * a + a * b + (-4 + 4 * b * b) * b * b


def holder_table(x):
    return -abs(math.sin(x[0]) * math.cos(x[1]) * math.exp(abs(1 - math.sqrt(x[0] ** 2 + x[1] ** 2) / math.pi)))


def colville(x):
    a, b, c, d = x
    return (100 * (a * a - b) ** 2 + (a - 1) ** 2 + (c - 1) ** 2 + 90 * (c * c - d) ** 2
            + 10.1 * ((b - 1) ** 2 + (d - 1) ** 2) + 19.8 * (b - 1) * (d - 1))


def perm(x):
    d = len(x)
    return sum(sum((j + 10.0) * (x[j - 1] ** i - (1.0 / j) ** i) for j in range(1, d + 1)) ** 2
               for i in range(1, d + 1))


def sum_diff_powers(x):
    return sum(abs(v) ** (i + 2) for i, v in enumerate(x))


def alpine1(x):
    return sum(abs(v * math.sin(v) + 0.1 * v) for v in x)


def salomon(x):
    r = math.sqrt(sum(v * v for v in x))
    return 1 - math.cos(2 * math.pi * r) + 0.1 * r


def qing(x):
    return sum((v * v - (i + 1)) ** 2 for i, v in enumerate(x))


# samplers-issue15/heldout3/HeldOutFunctions3.java (a third held-out set, 2026-12-07)
HELDOUT3 = {
    "Bukin6:2": (bukin6, [(-15, -5), (-3, 3)]),
    "SixHumpCamel:2": (six_hump_camel, [(-3, 3), (-2, 2)]),
    "HolderTable:2": (holder_table, [(-10, 10)] * 2),
    "Colville:4": (colville, [(-10, 10)] * 4),
    "Perm:6": (perm, [(-6, 6)] * 6),
    "SumDiffPowers:8": (sum_diff_powers, [(-1, 1)] * 8),
    "Alpine1:8": (alpine1, [(-10, 10)] * 8),
    "Salomon:6": (salomon, [(-100, 100)] * 6),
    "Qing:6": (qing, [(-500, 500)] * 6),
}


def cross_in_tray(x):
    r = math.sqrt(x[0] ** 2 + x[1] ** 2)
    return -0.0001 * (abs(math.sin(x[0]) * math.sin(x[1]) * math.exp(abs(100 - r / math.pi))) + 1) ** 0.1


def drop_wave(x):
    r2 = x[0] ** 2 + x[1] ** 2
    return -(1 + math.cos(12 * math.sqrt(r2))) / (0.5 * r2 + 2)


def levy13(x):
    a, b = x
    return (math.sin(3 * math.pi * a) ** 2 + (a - 1) ** 2 * (1 + math.sin(3 * math.pi * b) ** 2)
            + (b - 1) ** 2 * (1 + math.sin(2 * math.pi * b) ** 2))


def shubert(x):
    p = sum(i * math.cos((i + 1) * x[0] + i) for i in range(1, 6))
    q = sum(i * math.cos((i + 1) * x[1] + i) for i in range(1, 6))
    return p * q


def sum_squares(x):
    return sum((i + 1) * v * v for i, v in enumerate(x))


def rotated_hyper_ellipsoid(x):
    total = partial = 0.0
    for v in x:
        partial += v * v
        total += partial
    return total


def schwefel222(x):
    return sum(abs(v) for v in x) + math.prod(abs(v) for v in x)


def brown(x):
    return sum((x[i] ** 2) ** (x[i + 1] ** 2 + 1) + (x[i + 1] ** 2) ** (x[i] ** 2 + 1) for i in range(len(x) - 1))


def step2(x):
    return sum(math.floor(v + 0.5) ** 2 for v in x)


# samplers-issue15/heldout4/HeldOutFunctions4.java (a fourth held-out set, 2026-12-07, seventh session)
HELDOUT4 = {
    "CrossInTray:2": (cross_in_tray, [(-10, 10)] * 2),
    "DropWave:2": (drop_wave, [(-5.12, 5.12)] * 2),
    "Levy13:2": (levy13, [(-10, 10)] * 2),
    "Shubert:2": (shubert, [(-10, 10)] * 2),
    "SumSquares:8": (sum_squares, [(-10, 10)] * 8),
    "RotatedHyperEllipsoid:8": (rotated_hyper_ellipsoid, [(-65.536, 65.536)] * 8),
    "Schwefel222:6": (schwefel222, [(-100, 100)] * 6),
    "Brown:6": (brown, [(-1, 4)] * 6),
    "Step2:6": (step2, [(-100, 100)] * 6),
}


def mixed_hpo(lr, layers, units, dropout, weight_decay, batch_norm):
    """samplers-issue15/heldout2/MixedHpo.java: a network-like mixed space (log floats, integers, a two-way choice)."""
    a = math.log10(lr) + 2.5 - 0.2 * (layers - 4) + (0.5 if batch_norm == "on" else 0)
    lu = math.log(units) / math.log(2)
    b = lu - 7 - 0.25 * (layers - 4)
    c = dropout - 0.1 - 0.08 * (lu - 7)
    w = math.log10(weight_decay) + 4
    depth = layers - (5 if batch_norm == "on" else 3)
    wall = max(0.0, a)
    return 0.2 + 0.6 * a * a + 0.15 * b * b + 3 * c * c + 0.05 * w * w + 0.08 * depth * depth + 0.4 * wall ** 3


def suggest_mixed_hpo(t):
    return dict(lr=t.suggest_float("lr", 1e-5, 1, log=True), layers=t.suggest_int("layers", 1, 8),
                units=t.suggest_int("units", 8, 1024, log=True), dropout=t.suggest_float("dropout", 0, 0.7),
                weight_decay=t.suggest_float("weight_decay", 1e-8, 1e-1, log=True),
                batch_norm=t.suggest_categorical("batch_norm", ["off", "on"]))


# Mixed spaces: name -> (function of keyword arguments, suggest(trial) -> those arguments)
MIXED = {"MixedHpo": (mixed_hpo, suggest_mixed_hpo)}


def held_out(fn):
    """(function, bounds) of a benchmark or held-out label."""
    for table in (FUNCS, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4):
        if fn in table:
            return table[fn]
    raise SystemExit(f"--functions: unknown function '{fn}'")


def make_sampler(name, seed):
    if name == "tpe":
        return optuna.samplers.TPESampler(seed=seed)  # Optuna 5: multivariate + constant liar by default
    if name == "tpe-univ":
        return optuna.samplers.TPESampler(seed=seed, multivariate=False, constant_liar=True)
    if name == "cmaes":
        return optuna.samplers.CmaEsSampler(seed=seed)
    if name == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    raise SystemExit(f"--samplers: unknown sampler '{name}'; known: tpe, tpe-univ, cmaes, random")


def run(sampler_name, fn, seed, budget, batch, report):
    if fn in MIXED:
        mixed, suggest = MIXED[fn]
        f, draw = (lambda kw: mixed(**kw)), suggest
    else:
        f, bounds = held_out(fn)
        draw = lambda t: [t.suggest_float(f"x{i + 1}", lo, hi) for i, (lo, hi) in enumerate(bounds)]
    study = optuna.create_study(sampler=make_sampler(sampler_name, seed))
    done, best, at = 0, math.inf, {}
    while done < budget:
        # a whole batch is suggested before any of it is told, as a Spark round does
        trials = [study.ask() for _ in range(min(batch, budget - done))]
        xs = [draw(t) for t in trials]
        for t, x in zip(trials, xs):
            v = f(x)
            study.tell(t, v)
            best = min(best, v)
            done += 1
            if done in report:
                at[done] = best
    return at


def ask_cost(sampler_name, dims=10, completed=1000, batch=8, repeats=7):
    study = optuna.create_study(sampler=make_sampler(sampler_name, 7))
    rng = np.random.default_rng(11)
    dists = {f"x{i + 1}": optuna.distributions.FloatDistribution(-5, 5) for i in range(dims)}
    for _ in range(completed):
        x = rng.uniform(-5, 5, dims)
        v = 0.5 * float(np.sum(x ** 4 - 16 * x ** 2 + 5 * x))
        study.add_trial(optuna.trial.create_trial(params={f"x{i + 1}": x[i] for i in range(dims)},
                                                  distributions=dists, value=v))
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        trials = [study.ask(dists) for _ in range(batch)]
        times.append(time.perf_counter() - t0)
        for t in trials:
            study.tell(t, state=optuna.trial.TrialState.FAIL)
    return sorted(times)[len(times) // 2]


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=["runs", "cost", "summary", "check"])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--samplers", default="tpe,tpe-univ")
    ap.add_argument("--functions", default=",".join(FUNCS))
    ap.add_argument("--batches", default="1,8,32")
    ap.add_argument("--seeds", type=int, default=10)
    ap.add_argument("--budget", type=int, default=400)
    ap.add_argument("--report", default="100,400")
    a = ap.parse_args()
    if a.what == "summary":
        import csv
        import statistics
        cells = {}
        for path in a.files:
            with open(path) as fh:
                for row in csv.DictReader(fh):
                    key = (row["function"], f"optuna{row['optuna'][0]}-{row['sampler']}", int(row["batch"]))
                    cells.setdefault(key, {}).setdefault(int(row["trials"]), []).append(float(row["best"]))
        print("| function | sampler | batch | seeds | median best@100 | median best@400 |")
        print("|---|---|---:|---:|---:|---:|")
        order = list(FUNCS)
        for key in sorted(cells, key=lambda k: (order.index(k[0]) if k[0] in order else 99, k[2], k[1])):
            at = cells[key]
            med = {t: f"{statistics.median(v):.5g}" for t, v in at.items()}
            print(f"| {key[0]} | {key[1]} | {key[2]} | {len(at.get(100, []))} | {med.get(100, '—')} | "
                  f"{med.get(400, '—')} |")
        sys.exit(0)
    if a.what == "check":
        # rows name,x1..x6,value written by samplers-issue15/heldout/HeldOutValues.java
        worst = 0.0
        for path in a.files:
            with open(path) as fh:
                for line in fh:
                    p = line.strip().split(",")
                    java = float(p[-1])
                    if p[0] in MIXED:
                        mine = MIXED[p[0]][0](float(p[1]), int(p[2]), int(p[3]), float(p[4]), float(p[5]), p[6])
                    else:
                        f = held_out(p[0])[0]
                        mine = f([float(v) for v in p[1:-1]])
                    worst = max(worst, abs(mine - java) / max(1.0, abs(java)))
        print(f"held-out ports against Java: largest relative difference {worst:.3g}")
        sys.exit(0 if worst < 1e-12 else 1)
    if a.what == "cost":
        for s in a.samplers.split(","):
            print(f"optuna {optuna.__version__} {s}: one ask of 8 at 1,000 trials in 10-D: "
                  f"{1000 * ask_cost(s):.1f} ms", flush=True)
        sys.exit(0)
    report = [int(r) for r in a.report.split(",") if int(r) <= a.budget]
    print("optuna,sampler,function,batch,seed,trials,best,seconds", flush=True)
    for fn in a.functions.split(","):
        for batch in (int(b) for b in a.batches.split(",")):
            for s in a.samplers.split(","):
                for seed in range(a.seeds):
                    t0 = time.perf_counter()
                    at = run(s, fn, seed, a.budget, batch, set(report))
                    sec = time.perf_counter() - t0
                    for r in report:
                        print(f"{optuna.__version__},{s},{fn},{batch},{seed},{r},{at[r]:.10g},{sec:.2f}", flush=True)
