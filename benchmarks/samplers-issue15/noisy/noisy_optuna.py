"""Optuna's samplers on a benchmark function with Gaussian noise added to every evaluation (RESULTS.md §2b,
"`auto` on noisy losses"; the Optuna side of NoisyRun.java): the sampler sees f(x) + sd·N(0, 1), the user
picks study.best_trial (the best observed value), and what counts is its true value. The functions are
optuna_reference.py's ports; a batch is asked in full before it is told, as in optuna_reference.run.
  PY noisy_optuna.py SAMPLERS FUNCTION:SD[,...] SEEDS(a-b) BUDGET BATCHES > rows.csv
with PY = Optuna 5's venv for tpe, tpe-univ and /usr/bin/python3 (Optuna 3.1) for cmaes and random."""
import math
import os
import sys
import time

import numpy as np
import optuna

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
import optuna_reference as ref  # noqa: E402

optuna.logging.set_verbosity(optuna.logging.WARNING)


def run(sampler_name, fn, sd, seed, budget, batch):
    f, bounds = ref.FUNCS[fn]
    study = optuna.create_study(sampler=ref.make_sampler(sampler_name, seed))
    noise = np.random.default_rng([seed, 7])
    truth = {}
    done = 0
    while done < budget:
        trials = [study.ask() for _ in range(min(batch, budget - done))]
        xs = [[t.suggest_float(f"x{i + 1}", lo, hi) for i, (lo, hi) in enumerate(bounds)] for t in trials]
        for t, x in zip(trials, xs):
            v = f(x)
            truth[t.number] = v
            study.tell(t, v + sd * noise.standard_normal())
            done += 1
    best = study.best_trial
    return truth[best.number], best.value, min(truth.values())


def main():
    samplers, fns, seeds, budget, batches = sys.argv[1].split(','), sys.argv[2].split(','), sys.argv[3], int(
        sys.argv[4]), [int(b) for b in sys.argv[5].split(',')]
    a, b = (int(s) for s in seeds.split('-'))
    print('optuna,sampler,function,sd,batch,seed,trials,true_of_best_observed,best_observed,best_true,seconds')
    for name in samplers:
        for batch in batches:
            for seed in range(a, b + 1):
                for spec in fns:
                    fn, sd = spec.rsplit(':', 1)
                    t0 = time.time()
                    t, o, bt = run(name, fn, float(sd), seed, budget, batch)
                    print(f'{optuna.__version__},{name},{fn},{sd},{batch},{seed},{budget},{t:.10g},{o:.10g},{bt:.10g},'
                          f'{time.time() - t0:.2f}', flush=True)


if __name__ == '__main__':
    main()
