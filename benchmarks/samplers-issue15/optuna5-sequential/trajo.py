import numpy as np, optuna, sys
optuna.logging.set_verbosity(optuna.logging.WARNING)
f=lambda x: float(10*len(x)+np.sum(np.asarray(x)**2-10*np.cos(2*np.pi*np.asarray(x))))
S=int(sys.argv[1]); out=[]
for s in range(S):
    st=optuna.create_study(sampler=optuna.samplers.TPESampler(seed=s, multivariate=False))
    vals=[]
    while len(vals)<100:
        ts=[st.ask() for _ in range(8 if 100-len(vals)>=8 else 100-len(vals))]
        xs=[[t.suggest_float(f"x{i+1}",-3.12,7.12) for i in range(6)] for t in ts]
        for t,x in zip(ts,xs):
            v=f(x); st.tell(t,v); vals.append(v)
    out.append(vals)
np.savetxt('trajo.csv',np.array(out),delimiter=',')
