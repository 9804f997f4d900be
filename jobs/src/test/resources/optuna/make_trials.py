"""Makes trials.csv: a real Optuna study.trials_dataframe() export used by the analyze tests.

Run by hand (never by CI): /usr/bin/python3 make_trials.py   (Optuna 3.1 from Debian's python3-optuna)
The objective has one strong parameter (x), a weak one (y), an irrelevant one (z), a log-scale
learning rate with an optimum, and a categorical; trials 5 and 17 fail on purpose (state FAIL).
"""
import math
import optuna

optuna.logging.set_verbosity(optuna.logging.WARNING)


def objective(trial):
    x = trial.suggest_float("x", -3.0, 3.0)
    y = trial.suggest_float("y", 0.0, 1.0)
    z = trial.suggest_int("z", 1, 8)
    lr = trial.suggest_float("lr", 1e-5, 1e-1, log=True)
    opt = trial.suggest_categorical("optimizer", ["adam", "sgd", "rmsprop"])
    if trial.number in (5, 17):
        raise RuntimeError("diverged")
    return x * x + 0.3 * y + 0.5 * (math.log10(lr) + 3) ** 2 + (0.4 if opt == "sgd" else 0.0)


study = optuna.create_study(sampler=optuna.samplers.RandomSampler(seed=7))
study.optimize(objective, n_trials=120, catch=(RuntimeError,))
study.trials_dataframe().to_csv("trials.csv", index=False)
