# Reference values for PurchaseHorizonsTest and ConfluentHypergeometricTest, computed once with mpmath (30 digits).
from mpmath import mp, mpf, hyperu, hyp2f1, quad, exp, log, gamma, beta as B, inf
mp.dps = 30

print("# hyperu(a, b, z)")
for a in ['0.3', '0.60625', '1', '2.5', '12']:
    for b in [None, '0.5', '3']:
        for z in ['0.001', '0.05', '1', '20', '300']:
            aa = mpf(a); bb = aa if b is None else mpf(b); zz = mpf(z)
            print("{%s, %s, %s, %s}," % (a, mp.nstr(bb, 10), z, mp.nstr(hyperu(aa, bb, zz), 20)))

CUSTOMERS = [(0, 0, '38.86'), (2, '30.43', '38.86'), (1, '5', '38.86'), (10, '35', '38.86'), (50, '38', '39'), (3, '10', '20')]

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
print("# Pareto/NBD DERT, CDNOW parameters, delta = ln(1.15)/52")
for x, tx, T in CUSTOMERS:
    print("{%s, %s, %s, %s}," % (x, tx, T, mp.nstr(pnbd_dert(PNBD, delta, x, tx, T), 20)))
print("# Pareto/NBD P(alive at T + t), t = 26")
r, al, s, be = map(mpf, PNBD)
for x, tx, T in CUSTOMERS:
    T = mpf(T)
    v = pnbd_palive(r, al, s, be, x, tx, T) * ((be + T) / (be + T + 26)) ** s
    print("{%s, %s, %s, %s}," % (x, tx, T, mp.nstr(v, 20)))

def bg_palive(r, al, a, b, x, tx, T, k):
    if x + k == 0:
        return mpf(1)
    return 1 / (1 + a / (b + x + k - 1) * ((al + T) / (al + tx)) ** (r + x))

def bg_expected(r, al, a, b, x, tx, T, t, k):
    # the closed form of Fader, Hardie and Lee (2005) and Batislam et al. (2007), with mpmath's own 2F1
    c = a + b + x + k - 1
    h = hyp2f1(r + x, b + x + k, c, t / (al + T + t))
    inner = c / (a - 1) * (1 - ((al + T) / (al + T + t)) ** (r + x) * h)
    return bg_palive(r, al, a, b, x, tx, T, k) * inner

BG = ('0.2425945', '4.4136019', '0.7929199', '2.4258881')
for k, name in ((0, 'BG/NBD'), (1, 'MBG/NBD')):
    r, al, a, b = map(mpf, BG)
    print("# %s P(alive at T + t), t = 26, CDNOW BG/NBD parameters" % name)
    for x, tx, T in CUSTOMERS:
        tx = mpf(tx); T = mpf(T)
        bb = b + x + k
        stay = quad(lambda p: p ** (a - 1) * (1 - p) ** (bb - 1) * (1 + p * 26 / (al + T)) ** (-(r + x)), [0, 1]) / B(a, bb)
        print("{%s, %s, %s, %s}," % (x, tx, T, mp.nstr(bg_palive(r, al, a, b, x, tx, T, k) * stay, 20)))
    print("# %s DERT, delta = ln(1.15)/52: delta int_0^inf e^(-delta t) E[Y(t)] dt" % name)
    for x, tx, T in CUSTOMERS:
        tx = mpf(tx); T = mpf(T)
        f = lambda t: exp(-delta * t) * bg_expected(r, al, a, b, x, tx, T, t, k)
        v = delta * quad(f, [0, 10, 100, 1000, 10000, inf])
        print("{%s, %s, %s, %s}," % (x, tx, T, mp.nstr(v, 20)))

# With the path of ../shared/data/cdnow/cdnow_customers_summary.csv as argument: the sum and the largest of the
# Pareto/NBD DERT over the 2,357 CDNOW customers (mpmath at 20 digits is enough here).
import csv, sys
if len(sys.argv) > 1:
    mp.dps = 20
    rows = list(csv.DictReader(open(sys.argv[1])))
    values = [pnbd_dert(PNBD, delta, int(r['frequency']), r['recency'], r['T']) for r in rows]
    print("# CDNOW Pareto/NBD DERT: customers, sum, largest")
    print(len(values), mp.nstr(sum(values), 17), mp.nstr(max(values), 17))
