# Reference values for BetaRenewal and the BG/NBD and MBG/NBD predictions, computed once with mpmath 1.3 at
# 40 significant digits and stored beside this script; the tests read the CSV files, never this script.
#
#   G(a, beta, R, u) = E[(1 - (1 + p u)^-R) / p], p ~ Beta(a, beta)
#                    = R u 3F2(1, R + 1, a; 2, a + beta; -u)
#                    = (1 / B(a, beta)) int p^(a-1) (1-p)^beta (1 - (1 + p u)^-R) dy, p = 1 / (1 + e^-y)
#
# (from c / (a - 1) [1 - 2F1(R, a - 1; c; -u)], c = a + beta - 1, by shifting the series one term; mpmath
# continues 3F2 analytically to u > 1, and the form has no singularity at a = 1 or c <= 0). Each value is also
# taken as mpmath's quadrature of the integral at 60 digits and the two must agree to 20 digits; where mpmath's
# 3F2 continuation fails (some large R) the integral is used after it agrees with itself at 80 digits.
#   BG/NBD  E[X(t)] = G(a, b, r, t / alpha);  MBG/NBD  E[X(t)] = b / (a + b) G(a, b + 1, r, t / alpha)
#   E[Y(t) | x, t_x, T] = P(alive) G(a, b + x + k, r + x, t / (alpha + T)), k = 0 (BG/NBD) or 1 (MBG/NBD),
#   P(alive) = 1 / (1 + [x + k > 0] a / (b + x + k - 1) ((alpha + T) / (alpha + t_x))^(r + x)).
# Run: python3 beta_renewal_reference.py  (writes beta_renewal.csv and beta_geometric_models.csv)
import random
from mpmath import mp, mpf, hyp3f2, quad, beta, exp, expm1, log, log1p, inf

mp.dps = 40


def g(a, b, r, u):
    a, b, r, u = map(mpf, (a, b, r, u))
    series = r * u * hyp3f2(1, r + 1, a, 2, a + b, -u)
    with mp.workdps(60):
        integral = g_integral(a, b, r, u)
    if isinstance(series, mpf) and abs(series / integral - 1) < mpf(10) ** -20:
        return series
    # mpmath's 3F2 continuation fails for some large shapes: the integral, if it agrees with itself at 80 digits
    with mp.workdps(80):
        again = g_integral(a, b, r, u)
    assert abs(again / integral - 1) < mpf(10) ** -25, (a, b, r, u, series, integral, again)
    return integral


def g_integral(a, b, r, u):
    """The defining integral in the logistic variable p = 1 / (1 + e^-y), split around the bend at p u = 1."""
    def f(y):
        p, q = 1 / (1 + exp(-y)), 1 / (1 + exp(y))
        return p ** (a - 1) * q ** b * -expm1(-r * log1p(p * u))
    bend = -log(1 + u)
    return quad(f, [-inf, bend - 5, bend, bend + 5, 0, inf]) / beta(a, b)


def alive(r, alpha, a, b, k, x, tx, T):
    r, alpha, a, b, tx, T = map(mpf, (r, alpha, a, b, tx, T))
    if x + k == 0:
        return mpf(1)
    return 1 / (1 + a / (b + x + k - 1) * ((alpha + T) / (alpha + tx)) ** (r + x))


def main():
    rnd = random.Random(20261128)
    rows = []
    fixed = [(1, 2.4258881, 0.2425945, 1.0), (1, 0.5, 3.0, 1e6), (0.4, 0.3, 0.8, 26.0), (0.5, 0.5, 0.5, 1e5),
             (1 + 1e-9, 2.0, 1.5, 10.0), (1 - 1e-7, 2.0, 1.5, 1e4), (0.2475, 2.0598, 11.86, 520 / 0.0224),
             (0.01, 0.01, 0.01, 1e9), (50.0, 0.02, 40.0, 1e-6), (0.9, 0.1, 2.0, 1e12), (2.5, 3000.5, 5000.3, 0.5)]
    rows.extend(fixed)
    for _ in range(160):
        rows.append((10 ** rnd.uniform(-2, 2), 10 ** rnd.uniform(-2, 2), 10 ** rnd.uniform(-2, 2),
                     10 ** rnd.uniform(-6, 9)))
    for _ in range(40):
        rows.append((10 ** rnd.uniform(-2, 1), 10 ** rnd.uniform(-2, 1), 10 ** rnd.uniform(0, 3.5),
                     10 ** rnd.uniform(-3, 3)))
    with open("beta_renewal.csv", "w") as out:
        out.write("a,beta,shape,u,expected\n")
        for a, b, r, u in rows:
            out.write("%r,%r,%r,%r,%s\n" % (a, b, r, u, mp.nstr(g(a, b, r, u), 20)))

    models = [("BG_NBD", 0.2425945, 4.4136019, 0.7929199, 2.4258881), ("BG_NBD", 0.2425945, 4.4136019, 1.0, 2.4258881),
              ("BG_NBD", 0.8, 2.0, 0.4, 0.3), ("BG_NBD", 0.5, 0.5, 0.5, 0.5), ("BG_NBD", 0.2425945, 0.05, 0.7929199, 2.4258881),
              ("MBG_NBD", 11.86, 0.0224, 0.2475, 1.0598), ("MBG_NBD", 0.2425945, 4.4136019, 1.0, 2.4258881),
              ("MBG_NBD", 0.5, 0.5, 0.3, 0.2)]
    with open("beta_geometric_models.csv", "w") as out:
        out.write("model,r,alpha,a,b,t,x,tx,T,expected\n")
        for name, r, alpha, a, b in models:
            k = 1 if name == "MBG_NBD" else 0
            for t in (1.0, 52.0, 520.0, 3e5, 1e6, 1e9):
                if k == 0:
                    e = g(a, b, r, mpf(t) / alpha)
                else:
                    e = mpf(b) / (mpf(a) + b) * g(a, mpf(b) + 1, r, mpf(t) / alpha)
                out.write("%s,%r,%r,%r,%r,%r,-1,0,0,%s\n" % (name, r, alpha, a, b, t, mp.nstr(e, 20)))
            for t, x, tx, T in ((39.0, 0, 0.0, 38.86), (39.0, 2, 30.43, 38.86), (520.0, 7, 20.0, 38.86),
                                (1e6, 1, 5.0, 10.0), (39.0, 300, 20.0, 38.86)):
                e = alive(r, alpha, a, b, k, x, tx, T) * g(a, mpf(b) + x + k, mpf(r) + x, mpf(t) / (mpf(alpha) + T))
                out.write("%s,%r,%r,%r,%r,%r,%d,%r,%r,%s\n" % (name, r, alpha, a, b, t, x, tx, T, mp.nstr(e, 20)))


if __name__ == "__main__":
    main()
