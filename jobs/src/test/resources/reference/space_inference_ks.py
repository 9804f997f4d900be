# Measures the margin of SpaceInference's log-scale rule (run by hand: /usr/bin/python3 space_inference_ks.py).
# Log is chosen when KS(log x) < KS(x) - c/sqrt(n); printed: how often uniform samples become log (uni->log)
# and how often log-uniform samples stay linear (logu->lin), 300 draws per cell. XHPO uses c = 1.0.
import numpy as np
rng=np.random.default_rng(0)
def ks(x):
    x=np.sort(x); n=len(x); lo,hi=x[0],x[-1]
    u=(x-lo)/(hi-lo); i=np.arange(1,n+1)
    return max(np.max(i/n-u), np.max(u-(i-1)/n))
def choose(x, c):
    d_raw=ks(x); d_log=ks(np.log(x)); return d_log < d_raw - c/np.sqrt(len(x))
for c in (0.0, 1.0, 1.36, 2.0):
  print("margin c =",c)
  for n in (20, 50, 200, 1000):
    res=[]
    for (a,b) in ((1e-4,1),(0.01,1),(1,3),(1,1.5),(0.5,1)):
        lin=np.mean([choose(rng.uniform(a,b,n),c) for _ in range(300)])  # uniform: want False
        lg=np.mean([not choose(np.exp(rng.uniform(np.log(a),np.log(b),n)),c) for _ in range(300)])  # log-uniform: want True
        res.append(f"[{a:g},{b:g}] uni->log {lin:.2f} logu->lin {lg:.2f}")
    print(" n=%d: "%n + "; ".join(res))
