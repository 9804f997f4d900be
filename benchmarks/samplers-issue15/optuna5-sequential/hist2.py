import numpy as np, optuna
optuna.logging.set_verbosity(optuna.logging.WARNING)
f=lambda x: float(np.sum(100*(x[1:]-x[:-1]**2)**2+(x[:-1]-1)**2))
st=optuna.create_study(sampler=optuna.samplers.TPESampler(seed=3))
st.optimize(lambda t: f(np.array([t.suggest_float(f"x{i+1}",-5,10) for i in range(10)])), n_trials=90)
with open('hist.csv','w') as fh:
    for t in st.trials: fh.write(",".join(f"{t.params[f'x{i+1}']:.17g}" for i in range(10))+f",{t.value:.17g}\n")
print(min(t.value for t in st.trials))
