"""Makes the Optuna storage fixtures read by OptunaStorageTest (RDB/SQLite and JournalStorage files).

Run by hand (never by CI), from this directory:
    /usr/bin/python3 make_storages.py 31          # Optuna 3.1 (Debian's python3-optuna): optuna31.db, optuna31.journal
    $V/bin/python make_storages.py 50             # Optuna 5.0 (venv: benchmarks/optuna_reference.py): optuna50.*
Study "mixed" (minimize, random sampler, seed 3, 60 trials): a log-scaled float lr in [1e-5, 1e-1], a stepped
int layers in {1, 3, ..., 9}, a categorical opt in [sgd, adam, rmsprop] (declared order, not alphabetical), a
float momentum in [0, 0.9] suggested only when opt == sgd (conditional), an int width in [16, 256] log-scaled,
and a float drop in [0, 0.5] step 0.1. Trials 4 and 11 fail (FAIL), trial 7 is pruned (PRUNED); the rest
COMPLETE. Study "up" in the same storage is maximized, 12 trials of x in [0, 1].
"""
import math
import os
import sys

import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)
tag = sys.argv[1]


def objective(trial):
    lr = trial.suggest_float("lr", 1e-5, 1e-1, log=True)
    layers = trial.suggest_int("layers", 1, 9, step=2)
    opt = trial.suggest_categorical("opt", ["sgd", "adam", "rmsprop"])
    momentum = trial.suggest_float("momentum", 0.0, 0.9) if opt == "sgd" else None
    width = trial.suggest_int("width", 16, 256, log=True)
    drop = trial.suggest_float("drop", 0.0, 0.5, step=0.1)
    if trial.number in (4, 11):
        raise RuntimeError("diverged")
    if trial.number == 7:
        raise optuna.TrialPruned()
    loss = (math.log10(lr) + 3) ** 2 + 0.1 * layers + (0.5 if opt == "adam" else 0.0) + 0.2 * drop
    if momentum is not None:
        loss += (momentum - 0.5) ** 2
    return loss + 0.001 * math.log(width)


def up(trial):
    return trial.suggest_float("x", 0.0, 1.0)


def fill(storage):
    s = optuna.create_study(study_name="mixed", storage=storage, direction="minimize",
                            sampler=optuna.samplers.RandomSampler(seed=3))
    s.optimize(objective, n_trials=60, catch=(RuntimeError,))
    u = optuna.create_study(study_name="up", storage=storage, direction="maximize",
                            sampler=optuna.samplers.RandomSampler(seed=4))
    u.optimize(up, n_trials=12)


for f in (f"optuna{tag}.db", f"optuna{tag}.journal"):
    if os.path.exists(f):
        os.remove(f)
fill(f"sqlite:///optuna{tag}.db")
if hasattr(optuna.storages, "JournalFileStorage"):       # 3.1
    backend = optuna.storages.JournalFileStorage(f"optuna{tag}.journal")
else:                                                     # 4.0 and later
    backend = optuna.storages.journal.JournalFileBackend(f"optuna{tag}.journal")
fill(optuna.storages.JournalStorage(backend))
print(optuna.__version__, "wrote", f"optuna{tag}.db", f"optuna{tag}.journal")
