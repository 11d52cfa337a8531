# Reference values for ShiftedBetaGeometricTest, computed once (python3 with mpmath and scipy).
import numpy as np
from scipy.optimize import minimize
from scipy.special import betaln as sbetaln
from mpmath import mp, mpf, hyp2f1, loggamma, diff, matrix, findroot

# 1. Maximum-likelihood fits of the paper's cohorts (Fader and Hardie 2007, years 1-7), scipy Nelder-Mead.
def negll(p, S):
    a, b = np.exp(p)
    S = np.array(S, float); n = len(S) - 1
    t = np.arange(1, n + 1)
    lp = sbetaln(a + 1, b + t - 1) - sbetaln(a, b)
    ls = sbetaln(a, b + n) - sbetaln(a, b)
    return -(np.sum((S[:-1] - S[1:]) * lp) + S[-1] * ls)

REGULAR = [1000, 631, 468, 382, 326, 289, 262, 241]
HIGH_END = [1000, 869, 743, 653, 593, 551, 517, 491]
for S in (REGULAR, HIGH_END):
    r = minimize(negll, [0, 0], args=(S,), method='Nelder-Mead',
                 options={'xatol': 1e-12, 'fatol': 1e-12, 'maxiter': 10000})
    print('fit', np.exp(r.x), -r.fun)

# 2. Standard errors of the regular cohort: inverse observed information at the optimum, mpmath 40 digits.
mp.dps = 40
def betaln(x, y):
    return loggamma(x) + loggamma(y) - loggamma(x + y)
def ll(a, b, S=REGULAR):
    n = len(S) - 1
    s = sum((S[t - 1] - S[t]) * (betaln(a + 1, b + t - 1) - betaln(a, b)) for t in range(1, n + 1))
    return s + S[n] * (betaln(a, b + n) - betaln(a, b))
a, b = findroot([lambda a, b: diff(lambda x: ll(x, b), a), lambda a, b: diff(lambda y: ll(a, y), b)],
                (mpf('0.704'), mpf('1.182')))
H = matrix(2, 2)
H[0, 0] = diff(ll, (a, b), (2, 0)); H[1, 1] = diff(ll, (a, b), (0, 2)); H[0, 1] = H[1, 0] = diff(ll, (a, b), (1, 1))
C = (-H) ** -1
print('se', mp.nstr(mp.sqrt(C[0, 0]), 15), mp.nstr(mp.sqrt(C[1, 1]), 15))

# 3. DERL(d | alpha, beta, n - 1 = k renewals) (Fader and Hardie 2010), mpmath 30 digits.
mp.dps = 30
def derl(a, b, d, k):
    n = k + 1
    return (b + n - 1) / (a + b + n - 1) * hyp2f1(1, b + n, a + b + n, 1 / (1 + mpf(d)))
for (a, b) in [(0.704, 1.182), (0.668, 3.806), (2.5, 7.0)]:
    for d in [0.1, 0.01, 1e-3, 5e-4, 1e-5]:
        for k in [0, 3]:
            print('derl', a, b, d, k, mp.nstr(derl(mpf(a), mpf(b), mpf(d), k), 20))
