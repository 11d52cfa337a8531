"""Reference values for the BG/CNBD-k and MBG/CNBD-k models (ErlangPurchaseModelTest), computed once.

Independent of the library's route: the purchase rate lambda is integrated numerically (mpmath, 25 digits)
over its gamma density against the individual-level likelihood; the dropout probability p over its beta
density in closed form (beta-function moments). Run: python3 erlang_reference.py
"""
from mpmath import mp, mpf, quad, exp, log, beta, gamma, factorial, inf, gammainc

mp.dps = 25


def individual(lam, k, x, tx, T, litt, m, a, b):
    """Likelihood of one history given lambda, integrated over p: alive branch and dropped branch."""
    q = sum(exp(-lam * (T - tx)) * (lam * (T - tx)) ** j / factorial(j) for j in range(k))
    times = lam ** (k * x) * exp(-lam * tx) * exp((k - 1) * litt) / factorial(k - 1) ** x
    alive = beta(a, b + x + m) / beta(a, b) * q
    dropped = beta(a + 1, b + x + m - 1) / beta(a, b) if x + m > 0 else 0
    return times * alive, times * dropped


def gamma_density(lam, r, alpha):
    return alpha ** r * lam ** (r - 1) * exp(-alpha * lam) / gamma(r)


def figures(params, m, x, tx, T, litt, t):
    k, r, alpha, a, b = params
    # the posterior of lambda is below e^-300 of its peak beyond this
    top = 10 * (r + k * x + k + 100) / (alpha + T)
    span = [0, top / 100, top / 10, top]
    alive = quad(lambda l: individual(l, k, x, tx, T, litt, m, a, b)[0] * gamma_density(l, r, alpha), span)
    dead = quad(lambda l: individual(l, k, x, tx, T, litt, m, a, b)[1] * gamma_density(l, r, alpha), span)
    ll = log(alive + dead)
    palive = alive / (alive + dead)
    # E[Y(t)]: alive with phase j, rate lambda; the n-th future purchase at the (n k - j)-th Poisson event,
    # made if the customer survived n - 1 future purchases: E[(1 - p)^(n-1)] = B(a, b + x + m + n - 1) / B(a, b + x + m)
    bb = b + x + m

    def given_lambda(lam):
        total = mpf(0)
        for j in range(k):
            w = exp(-lam * (T - tx)) * (lam * (T - tx)) ** j / factorial(j)
            e = mpf(0)
            n = 1
            while True:
                tail = gammainc(n * k - j, 0, lam * t, regularized=True) if n * k - j > 0 else mpf(1)
                e += beta(a, bb + n - 1) / beta(a, bb) * tail
                if tail < mpf(10) ** -28:
                    break
                n += 1
            total += w * e
        return total * lam ** (k * x) * exp(-lam * tx) * gamma_density(lam, r, alpha)

    numerator = quad(given_lambda, span)
    norm = quad(lambda l: sum(exp(-l * (T - tx)) * (l * (T - tx)) ** j / factorial(j) for j in range(k))
                * l ** (k * x) * exp(-l * tx) * gamma_density(l, r, alpha), span)
    expected = palive * numerator / norm
    return ll, palive, expected


CASES = [
    # (label, params k r alpha a b, m, x, tx, T, litt, t)
    ("btydplus k3 row1", (3, 0.5, 2, 0.3, 0.6), 0, 3, 12, 14, 3, 10),
    ("btydplus k3 row2", (3, 0.5, 2, 0.3, 0.6), 0, 4, 12, 14, 3, 10),
    ("bg k2 x0", (2, 0.8, 3.0, 0.9, 2.5), 0, 0, 0, 20, 0, 13),
    ("mbg k2 x0", (2, 0.8, 3.0, 0.9, 2.5), 1, 0, 0, 20, 0, 13),
    ("mbg k2 regular", (2, 0.8, 3.0, 0.9, 2.5), 1, 5, 18.5, 26, 5 * log(3.5) - 0.2, 13),
    ("bg k4 weekly", (4, 2.5, 1.2, 1.3, 6.0), 0, 20, 38, 39, 20 * log(1.9) - 0.05, 26),
    ("mbg k4 lapsed", (4, 2.5, 1.2, 1.3, 6.0), 1, 6, 12, 39, 6 * log(2) - 0.3, 26),
]

for label, params, m, x, tx, T, litt, t in CASES:
    ll, pa, ey = figures(params, m, x, tx, T, mpf(litt), t)
    print(f"{label}: litt={mp.nstr(mpf(litt), 17)} ll={mp.nstr(ll, 17)} palive={mp.nstr(pa, 17)} E={mp.nstr(ey, 17)}")
