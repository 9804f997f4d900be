import numpy as np, optuna, sys
optuna.logging.set_verbosity(optuna.logging.WARNING)
NH=int(sys.argv[3]); H=np.loadtxt('histr.csv',delimiter=','); npend=int(sys.argv[1]); mv=sys.argv[2]=='mv'
d={f"x{i+1}":optuna.distributions.FloatDistribution(-3.12,7.12) for i in range(6)}
out=[]
for s in range(2000):
    st=optuna.create_study(sampler=optuna.samplers.TPESampler(seed=s, multivariate=mv))
    for h in H[:NH]: st.add_trial(optuna.trial.create_trial(params={f"x{i+1}":h[i] for i in range(6)},distributions=d,value=h[6]))
    for h in H[NH:NH+npend]: st.enqueue_trial({f"x{i+1}":h[i] for i in range(6)})
    for k in range(npend): st.ask(d)
    t=st.ask(d); out.append([t.params[f"x{i+1}"] for i in range(6)])
np.savetxt(f'optr-{npend}-{sys.argv[2]}-{NH}.csv',np.array(out),delimiter=',')
