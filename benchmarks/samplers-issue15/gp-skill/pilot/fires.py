import sys, collections
# per run: (function, seed) -> list of (n, rho, gate)
def parse(path):
    runs = []
    cur = []
    for line in open(path):
        line = line.strip()
        if line.startswith('#LOO'):
            kv = dict(p.split('=') for p in line.split()[1:])
            cur.append((int(kv['n']), float(kv['rho']), kv['gate'] == 'true'))
        elif line and not line.startswith('function'):
            f = line.split(',')
            runs.append((f[0], int(f[1]), float(f[5]), cur))
            cur = []
    return runs
if __name__ == '__main__':
    for path in sys.argv[1:]:
        runs = parse(path)
        byf = collections.OrderedDict()
        for fn, seed, best, loo in runs:
            byf.setdefault(fn, []).append((seed, best, loo))
        print(path)
        for fn, rs in byf.items():
            fired = [(s, [n for n, r, g in loo if g]) for s, b, loo in rs]
            nf = sum(1 for s, l in fired if l)
            minrho = min((r for s, b, loo in rs for n, r, g in loo), default=float('nan'))
            print(f"  {fn.split('$')[-1]:28s} runs={len(rs)} fired_runs={nf} minrho={minrho:.2f} " +
                  ' '.join(f"s{s}:{l}" for s, l in fired if l))
