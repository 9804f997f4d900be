"""Shared loaders of the side-by-side tables (side400.py, kernel-side.py, sum-side.py): auto's ARD-stage CSVs,
SettingsRun CSVs, the Optuna CSVs, and the nine functions of the kernel tables."""
import csv, os

D = os.path.dirname(os.path.abspath(__file__)) + '/'
FUNCTIONS = ['branin', 'hartmann6', 'rosenbrock:10', 'ackley:6', 'ackley:10', 'rastrigin:6', 'rastrigin:10', 'levy:10',
             'styblinski_tang:10']
NAMES = {'tpe': 'Optuna 5 TPE', 'tpe-univ': 'Optuna 5 univariate TPE', 'cmaes': 'Optuna 3.1 CMA-ES'}


def auto_ard():
    """auto400-b{8,32}.csv, gp_warping power (auto's GP stage with the ARD kernel): (trials, batch, function) -> bests."""
    out = {}
    for b in (8, 32):
        for r in csv.DictReader(open(D + f'auto400-b{b}.csv')):
            if r['gp_warping'] == 'power':
                for t in (100, 400):
                    out.setdefault((t, b, r['function']), []).append(float(r[f'best{t}']))
    return out


def optuna(files, seeds=None):
    """Optuna CSVs (optuna_reference.py): (trials, sampler, batch, function) -> bests; with seeds (a function of
    (trials, batch, function) giving a set of seeds, or None for all), only those seeds' runs."""
    out = {}
    for fn in files:
        for r in csv.DictReader(open(fn)):
            t, b, f = int(r['trials']), int(r['batch']), r['function']
            if seeds is None or int(r['seed']) in seeds(t, b, f):
                out.setdefault((t, r['sampler'], b, f), []).append(float(r['best']))
    return out


def runs(files):
    """SettingsRun CSVs (columns best100, best400 or only best100): (trials, batch, function) -> {seed: best}."""
    out = {}
    for fn in files:
        for r in csv.DictReader(open(fn)):
            for t in (100, 400):
                if r.get(f'best{t}'):
                    out.setdefault((t, int(r['batch']), r['function']), {})[int(r['seed'])] = float(r[f'best{t}'])
    return out
