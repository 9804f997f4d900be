"""Median best at 100 trials of XHPO's TPE at batch 8 under each batch rule (one CSV per rule, seeds 0-99), with the
Mann-Whitney p against Optuna 5's default TPE run sequentially (100 seeds); * where the median is at least as good
as Optuna's, and the count of such functions. Run from this directory:
    python3 table.py b8-100seeds-cl.csv b8-100seeds-knn.csv b8-100seeds-ratio.csv b8-100seeds-gliar.csv"""
import csv,sys,statistics as st
from scipy.stats import mannwhitneyu
opt={}
for r in csv.DictReader(open('../optuna5-sequential/optuna5-tpe-batch1-100seeds.csv')):
    opt.setdefault(r['function'],[]).append(float(r['best']))
fns=['branin','hartmann6','rosenbrock:10','ackley:6','ackley:10','rastrigin:6','rastrigin:10']
print("%-10s" % "rule"+''.join('%16s'%f for f in fns))
print('%-10s'%'opt5seq'+''.join('%16.4g'%st.median(opt[f]) for f in fns))
for fn in sys.argv[1:]:
    d={}
    for r in csv.DictReader(open(fn)): d.setdefault(r['function'],[]).append(float(r['best100']))
    cells=[]; met=0
    for f in fns:
        m=st.median(d[f]); p=mannwhitneyu(d[f],opt[f]).pvalue; ok=m<=st.median(opt[f]); met+=ok
        cells.append('%10.4g(%.2f)%s'%(m,p,'*' if ok else ' '))
    print('%-10s'%fn.replace('b8-100seeds-','').replace('.csv','')+''.join(cells), met)
