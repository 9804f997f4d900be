import numpy as np, optuna
optuna.logging.set_verbosity(optuna.logging.WARNING)
H=np.loadtxt('hist.csv',delimiter=',')
d={f"x{i+1}":optuna.distributions.FloatDistribution(-5,10) for i in range(10)}
f=lambda x: float(np.sum(100*(x[1:]-x[:-1]**2)**2+(x[:-1]-1)**2))
out=[]
for s in range(1000):
    st=optuna.create_study(sampler=optuna.samplers.TPESampler(seed=s))
    for h in H: st.add_trial(optuna.trial.create_trial(params={f"x{i+1}":h[i] for i in range(10)},distributions=d,value=h[10]))
    t=st.ask(d); x=np.array([t.params[f"x{i+1}"] for i in range(10)]); out.append(list(x)+[f(x)])
np.savetxt('opt.csv',np.array(out),delimiter=',')
