"""A stall window of 32 against the default and Optuna on the benchmark's seven functions with Optuna rows, from ForkRun rows (README.md)."""
import sys, csv, statistics as st
import os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from rules import load, outcome
B = os.path.join(HERE, '..') + '/'
rows=[r for r in load(sys.argv[1:]) if r['fn'] in ('branin','hartmann6','ackley:6','rastrigin:6','ackley:10','rastrigin:10','rosenbrock:10')]
seeds={int(r['seed']) for r in rows}
from collections import defaultdict
def optuna_medians(paths, seeds, batch=8, trials=400):
    d = defaultdict(lambda: defaultdict(list))
    for p in paths:
        for r in csv.DictReader(open(p)):
            if int(r['trials']) == trials and int(r['batch']) == batch and int(r['seed']) in seeds:
                d[r['function']][f"Optuna {r['optuna'][0]} {r['sampler']}"].append(float(r['best']))
    return {f: min(((st.median(v), k, len(v)) for k, v in s.items())) for f, s in d.items()}
best=optuna_medians([B+'seeds20/optuna5-tpe-400.csv',B+'seeds20/optuna31-cmaes-400.csv',B+'seeds20/optuna5-tpe-univ-400.csv'], seeds)
print(f"seeds {sorted(seeds)}")
print("| function | seeds | default | window 32 | better / worse runs | best Optuna (same seeds) | default ≤? | window 32 ≤? |")
print("|---|---:|---:|---:|---:|---|---:|---:|")
for f in ('branin','hartmann6','ackley:6','rastrigin:6','ackley:10','rastrigin:10','rosenbrock:10'):
    rs=sorted((r for r in rows if r['fn']==f), key=lambda r:int(r['seed']))
    d=[float(r['best400']) for r in rs]; o=[outcome(r,100,32,0)[0] for r in rs]
    b=sum(x<y-1e-9*max(1,abs(y)) for x,y in zip(o,d)); w=sum(x>y+1e-9*max(1,abs(y)) for x,y in zip(o,d))
    m,name,n=best[f]
    print(f"| {f} | {len(rs)} | {st.median(d):.4g} | {st.median(o):.4g} | {b} / {w} | {name} {m:.4g} ({n}) | {'yes' if st.median(d)<=m else 'no'} | {'yes' if st.median(o)<=m else 'no'} |")
