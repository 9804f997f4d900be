"""Optuna 5 default TPE on Rosenbrock-10, sequential, every value: python trajo_rosenbrock.py firstSeed endSeed out.csv"""
import numpy as np, optuna, sys
optuna.logging.set_verbosity(optuna.logging.WARNING)
def f(x):
    x=np.asarray(x); return float(np.sum(100*(x[1:]-x[:-1]**2)**2+(x[:-1]-1)**2))
s0,s1,out=int(sys.argv[1]),int(sys.argv[2]),sys.argv[3]
rows=[]
for s in range(s0,s1):
    st=optuna.create_study(sampler=optuna.samplers.TPESampler(seed=s))
    vals=[]
    for _ in range(100):
        t=st.ask(); x=[t.suggest_float(f"x{i}",-5,10) for i in range(10)]
        v=f(x); st.tell(t,v); vals.append(v)
    rows.append(vals)
np.savetxt(out,np.array(rows),delimiter=',')
