import numpy as np
rng=np.random.default_rng(5)
lo,hi=-3.12,7.12
X=rng.uniform(lo,hi,(54,6))
f=lambda x: float(10*len(x)+np.sum(x*x-10*np.cos(2*np.pi*x)))
with open('histr.csv','w') as fh:
    for x in X: fh.write(",".join(f"{v:.17g}" for v in x)+f",{f(x):.17g}\n")
