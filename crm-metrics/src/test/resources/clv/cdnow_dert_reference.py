# Sum of the Pareto/NBD DERT over the 2,357 CDNOW customers (cdnow_customers_summary.csv), DOMAIN.md
# parameters, delta = ln(1.15) / 52; mpmath at 20 digits with its own hyperu and 2F1.
import csv, sys
from mpmath import mp, mpf, hyperu, hyp2f1, exp, log, fsum
mp.dps = 20
def pnbd_palive(r, al, s, be, x, tx, T):
    r, al, s, be, tx, T = map(mpf, (r, al, s, be, tx, T))
    first = -(r + x) * log(al + T) - s * log(be + T)
    if al >= be:
        f = lambda u: hyp2f1(r + s + x, s + 1, r + s + x + 1, (al - be) / (al + u)) / (al + u) ** (r + s + x)
    else:
        f = lambda u: hyp2f1(r + s + x, r + x, r + s + x + 1, (be - al) / (be + u)) / (be + u) ** (r + s + x)
    second = s / (r + s + x) * (f(tx) - f(T))
    return 1 / (1 + second / exp(first))

def pnbd_dert(p, delta, x, tx, T):
    r, al, s, be = map(mpf, p)
    T = mpf(T)
    z = delta * (be + T)
    return pnbd_palive(r, al, s, be, x, tx, T) * (r + x) / (al + T) / delta * z ** s * hyperu(s, s, z)


PNBD = ('0.55315', '10.57633', '0.60625', '11.67150')
delta = log(mpf('1.15')) / 52
rows = list(csv.DictReader(open(sys.argv[1])))
values = [pnbd_dert(PNBD, delta, int(r['frequency']), r['recency'], r['T']) for r in rows]
print(len(values), mp.nstr(fsum(values), 17), mp.nstr(max(values), 17))
