#!/usr/bin/python3
"""fi-random's adaptive mode with explore 0, 0.2, 0.5 (and intensify) against random search: median best after
100 trials over the seeds, Mann-Whitney p against random search, and paired Wilcoxon p of each explore against
explore 0 (of each intensify or loss_transform variant against the same variant without it).
  /usr/bin/python3 explore-table.py random.csv fi-adaptive-explore.csv [fi-adaptive-intensify.csv ...]"""
import csv, statistics as st, sys
from scipy.stats import mannwhitneyu, wilcoxon
d = {}
for fn in sys.argv[1:]:
    for r in csv.DictReader(open(fn)):
        d.setdefault((r['function'].split('$')[-1], r['variant']), {})[int(r['seed'])] = float(r['best100'])
fns, vs = [], []
for f, v in d:
    fns += [f] if f not in fns else []
    vs += [v] if v not in vs else []
print('| function | ' + ' | '.join('random search' if v == 'default' else v for v in vs) + ' |')
print('|---|' + '---:|' * len(vs))
for f in fns:
    cells = []
    for v in vs:
        x = d[(f, v)]
        cell = f"{st.median(x.values()):.4g}"
        if v != 'default':
            r = d[(f, 'default')]
            cell += f" (vs random p {mannwhitneyu(list(x.values()), list(r.values())).pvalue:.3f}"
            # a variant with intensify or loss_transform is paired with the same variant without it; others
            # with explore 0
            plain = ';'.join(k for k in v.split(';') if not k.startswith(('intensify=', 'loss_transform=')))
            base = d.get((f, plain if plain != v else 'mode=adaptive'))
            if v != 'mode=adaptive' and base:
                seeds = sorted(set(x) & set(base))
                diff = [x[s] - base[s] for s in seeds]
                better = sum(1 for t in diff if t < 0)
                worse = sum(1 for t in diff if t > 0)
                p = wilcoxon(diff).pvalue if any(diff) else 1.0
                what = ('standardized' if 'loss_transform=' in v else 'without intensify') if plain != v else 'explore 0'
                cell += f"; vs {what}: {better}/{len(seeds)} better, {worse} worse, p {p:.2f}"
            cell += ")"
        cells.append(cell)
    print(f"| {f} | " + ' | '.join(cells) + ' |')
