#!/usr/bin/python3
"""Optuna reference figures for benchmarks/RESULTS.md, run by hand (never by CI):

    /usr/bin/python3 benchmarks/optuna_reference.py > benchmarks/optuna-reference.md

Needs Debian's python3-optuna. Mirrors XHPO's bench-samplers cells: TPE (Optuna defaults,
constant_liar=True for batches) and random search on Branin and Hartmann-6, 100 trials, batches
of 8 via ask/tell, 20 seeds; and the time of one TPE ask with 1,000 completed trials of 10-D
Styblinski-Tang, the same cost cell as XHPO's AskCost.
"""
import math
import statistics
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


FUNCS = {"branin": (branin, [(-5, 10), (0, 15)]), "hartmann6": (hartmann6, [(0, 1)] * 6)}


def run(sampler_name, fn, seed, budget=100, batch=8):
    f, bounds = FUNCS[fn]
    if sampler_name == "tpe":
        sampler = optuna.samplers.TPESampler(seed=seed, constant_liar=batch > 1)
    else:
        sampler = optuna.samplers.RandomSampler(seed=seed)
    study = optuna.create_study(sampler=sampler)
    done = 0
    while done < budget:
        # a whole batch is suggested before any of it is told, as a Spark round does
        trials = [study.ask() for _ in range(min(batch, budget - done))]
        xs = [[t.suggest_float(f"x{i + 1}", lo, hi) for i, (lo, hi) in enumerate(bounds)] for t in trials]
        for t, x in zip(trials, xs):
            study.tell(t, f(x))
        done += len(trials)
    return study.best_value


def ask_cost(dims=10, completed=1000, repeats=21):
    sampler = optuna.samplers.TPESampler(seed=7)
    study = optuna.create_study(sampler=sampler)
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
        t = study.ask(dists)
        times.append(time.perf_counter() - t0)
        study.tell(t, state=optuna.trial.TrialState.FAIL)
    return statistics.median(times)


if __name__ == "__main__":
    print(f"### Optuna {optuna.__version__} reference ({time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())})\n")
    print("| function | sampler | batch | median best@100 (20 seeds) |")
    print("|---|---|---:|---:|")
    for fn in FUNCS:
        for s in ("tpe", "random"):
            for batch in (1, 8):
                best = [run(s, fn, seed, batch=batch) for seed in range(20)]
                print(f"| {fn} | optuna-{s} | {batch} | {statistics.median(best):.5g} |")
    print(f"\nOne Optuna TPE ask with 1,000 completed trials of 10-D Styblinski-Tang: "
          f"**{1000 * ask_cost():.1f} ms** (median of 21).")
