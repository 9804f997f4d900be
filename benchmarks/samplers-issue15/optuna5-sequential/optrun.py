import numpy as np, optuna, sys
optuna.logging.set_verbosity(optuna.logging.WARNING)
f=lambda x: float(np.sum(100*(x[1:]-x[:-1]**2)**2+(x[:-1]-1)**2))
for s in range(int(sys.argv[1]),int(sys.argv[2])):
    st=optuna.create_study(sampler=optuna.samplers.TPESampler(seed=s))
    st.optimize(lambda t: f(np.array([t.suggest_float(f"x{i+1}",-5,10) for i in range(10)])), n_trials=100)
    print(st.best_value, flush=True)
