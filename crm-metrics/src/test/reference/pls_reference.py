"""Independent reference numbers for the satisfaction tests (numpy only; run once, numbers pasted into tests).

PLS path modeling (mode A, centroid scheme, standardized items, n divisor) is iterated on the data matrix itself
to a 1e-14 fixed point; everything below is then computed the direct way (regressions on per-respondent scores),
not by the covariance-matrix route the Java code takes.
"""
import numpy as np

SHARED = "/work/shared/data/ecsi/"

MOBI_BLOCKS = [
    ("Image", ["IMAG1", "IMAG2", "IMAG3", "IMAG4", "IMAG5"]),
    ("Expectations", ["CUEX1", "CUEX2", "CUEX3"]),
    ("Quality", ["PERQ1", "PERQ2", "PERQ3", "PERQ4", "PERQ5", "PERQ6", "PERQ7"]),
    ("Value", ["PERV1", "PERV2"]),
    ("Satisfaction", ["CUSA1", "CUSA2", "CUSA3"]),
    ("Complaints", ["CUSCO"]),
    ("Loyalty", ["CUSL1", "CUSL2", "CUSL3"]),
]
MOBI_PATHS = [("Image", "Expectations"), ("Image", "Satisfaction"), ("Image", "Loyalty"),
              ("Expectations", "Quality"), ("Expectations", "Value"), ("Expectations", "Satisfaction"),
              ("Quality", "Value"), ("Quality", "Satisfaction"), ("Value", "Satisfaction"),
              ("Satisfaction", "Complaints"), ("Satisfaction", "Loyalty"), ("Complaints", "Loyalty")]


def read(name):
    with open(SHARED + name) as f:
        header = [h.strip('"') for h in f.readline().strip().split(",")]
    data = np.genfromtxt(SHARED + name, delimiter=",", skip_header=1)
    return header, data


def pls(x, blocks, paths):
    """x: n x p raw items in block order. Returns standardized weights, scores, path matrix."""
    n, p = x.shape
    z = (x - x.mean(0)) / x.std(0)
    names = [b for b, _ in blocks]
    sizes = [len(i) for _, i in blocks]
    idx = np.repeat(np.arange(len(blocks)), sizes)
    adj = np.zeros((len(blocks), len(blocks)))
    for a, b in paths:
        adj[names.index(a), names.index(b)] = adj[names.index(b), names.index(a)] = 1
    w = np.ones(p)
    for it in range(1000):
        y = np.column_stack([z[:, idx == j] @ w[idx == j] for j in range(len(blocks))])
        y /= y.std(0)
        wn = np.concatenate([w[idx == j] / (z[:, idx == j] @ w[idx == j]).std() for j in range(len(blocks))])
        r = np.corrcoef(y, rowvar=False)
        e = np.sign(r) * adj
        proxy = y @ e
        new = np.array([z[:, i] @ proxy[:, idx[i]] / n for i in range(p)])
        new = np.concatenate([new[idx == j] / (z[:, idx == j] @ new[idx == j]).std() for j in range(len(blocks))])
        if np.abs(new - wn).sum() < 1e-14:
            w = new
            break
        w = new
    y = np.column_stack([z[:, idx == j] @ w[idx == j] for j in range(len(blocks))])
    load = np.array([np.corrcoef(z[:, i], y[:, idx[i]])[0, 1] for i in range(p)])
    for j in range(len(blocks)):
        m = idx == j
        votes = np.sign(load[m]).sum()
        if votes < 0 or (votes == 0 and load[m][0] < 0):
            w[m] = -w[m]; y[:, j] = -y[:, j]; load[m] = -load[m]
    beta = np.zeros((len(blocks), len(blocks)))
    for k, name in enumerate(names):
        pred = [names.index(a) for a, b in paths if b == name]
        if pred:
            coef, *_ = np.linalg.lstsq(y[:, pred], y[:, k], rcond=None)
            beta[pred, k] = coef
    return w, y, load, beta, idx


def ipma(x, lo, hi, blocks, paths, target):
    names = [b for b, _ in blocks]
    w, y, load, beta, idx = pls(x, blocks, paths)
    resc = 100 * (x - lo) / (hi - lo)
    # unstandardized weights on the rescaled items, normalized to sum 1 per block
    u = w / resc.std(0)
    wt = np.concatenate([u[idx == j] / u[idx == j].sum() for j in range(len(blocks))])
    scores = np.column_stack([resc[:, idx == j] @ wt[idx == j] for j in range(len(blocks))])
    # unstandardized paths: OLS with intercept on the rescaled scores
    b = np.zeros((len(blocks), len(blocks)))
    for k, name in enumerate(names):
        pred = [names.index(a) for a, bb in paths if bb == name]
        if pred:
            design = np.column_stack([np.ones(len(x)), scores[:, pred]])
            coef, *_ = np.linalg.lstsq(design, scores[:, k], rcond=None)
            b[pred, k] = coef[1:]
    total = np.linalg.inv(np.eye(len(blocks)) - b) - np.eye(len(blocks))
    t = names.index(target)
    print("target", target, "performance %.12f" % scores[:, t].mean())
    for j, name in enumerate(names):
        if total[j, t] != 0:
            print("construct %-13s importance %.12f performance %.12f" % (name, total[j, t], scores[:, j].mean()))
    items = [i for _, its in blocks for i in its]
    for i, item in enumerate(items):
        j = idx[i]
        if total[j, t] != 0:
            print("item %-6s importance %.12f performance %.12f" % (item, wt[i] * total[j, t], resc[:, i].mean()))


if __name__ == "__main__":
    header, data = read("mobi.csv")
    items = [i for _, its in MOBI_BLOCKS for i in its]
    x = data[:, [header.index(i) for i in items]]
    print("== mobi, IPMA on Loyalty, items 1-10")
    ipma(x, 1.0, 10.0, MOBI_BLOCKS, MOBI_PATHS, "Loyalty")


def r2_of(y, x):
    """R2 of an OLS regression with intercept, by least squares on the data."""
    design = np.column_stack([np.ones(len(y)), x])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    resid = y - design @ coef
    return 1 - resid @ resid / ((y - y.mean()) @ (y - y.mean()))


def quality(x, blocks, paths):
    names = [b for b, _ in blocks]
    items = [i for _, its in blocks for i in its]
    w, y, load, beta, idx = pls(x, blocks, paths)
    corr = np.corrcoef(x, rowvar=False)
    for j, name in enumerate(names):
        m = np.where(idx == j)[0]
        wj = w[m]
        s = corr[np.ix_(m, m)]
        if len(m) == 1:
            rho_a = 1.0
        else:
            rho_a = (wj @ wj) ** 2 * (wj @ (s - np.diag(np.diag(s))) @ wj) / (
                wj @ (np.outer(wj, wj) - np.diag(np.diag(np.outer(wj, wj)))) @ wj)
        ry = np.corrcoef(y, rowvar=False)
        largest = max(abs(ry[j, k]) for k in range(len(names)) if k != j)
        print("construct %-13s rhoA %.12f ave %.12f largestCorrelation %.12f" % (
            name, rho_a, (load[m] ** 2).mean(), largest))
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            mi = np.where(idx == i)[0]; mj = np.where(idx == j)[0]
            hetero = corr[np.ix_(mi, mj)].mean()
            mono = lambda m: 1.0 if len(m) == 1 else corr[np.ix_(m, m)][np.triu_indices(len(m), 1)].mean()
            print("htmt %s %s %.12f" % (names[i], names[j], hetero / np.sqrt(mono(mi) * mono(mj))))
    for i, item in enumerate(items):
        m = [k for k in np.where(idx == idx[i])[0] if k != i]
        vif = 1.0 if not m else 1 / (1 - r2_of(x[:, i], x[:, m]))
        cross = [np.corrcoef(x[:, i], y[:, j])[0, 1] for j in range(len(names))]
        print("item %-6s vif %.12f cross %s" % (item, vif, " ".join("%.12f" % c for c in cross)))
    for a, b in paths:
        k = names.index(b)
        pred = [names.index(f) for f, t in paths if t == b]
        c = names.index(a)
        others = [q for q in pred if q != c]
        vif = 1.0 if not others else 1 / (1 - r2_of(y[:, c], y[:, others]))
        r2_in = r2_of(y[:, k], y[:, pred])
        r2_ex = 0.0 if not others else r2_of(y[:, k], y[:, others])
        print("path %s -> %s innerVif %.12f f2 %.12f" % (a, b, vif, (r2_in - r2_ex) / (1 - r2_in)))


if __name__ == "__main__":
    print("== mobi, quality criteria")
    quality(x, MOBI_BLOCKS, MOBI_PATHS)


def plsc(x, blocks, paths):
    names = [b for b, _ in blocks]
    items = [i for _, its in blocks for i in its]
    w, y, load, beta, idx = pls(x, blocks, paths)
    corr = np.corrcoef(x, rowvar=False)
    rel = np.ones(len(names))
    lam = np.zeros(len(items))
    for j in range(len(names)):
        m = np.where(idx == j)[0]
        wj = w[m]
        if len(m) > 1:
            s = corr[np.ix_(m, m)]
            off = s - np.diag(np.diag(s))
            ww = np.outer(wj, wj)
            rel[j] = (wj @ wj) ** 2 * (wj @ off @ wj) / (wj @ (ww - np.diag(np.diag(ww))) @ wj)
        lam[m] = np.sqrt(rel[j]) / (wj @ wj) * wj
    r = np.corrcoef(y, rowvar=False)
    rc = r / np.sqrt(np.outer(rel, rel))
    np.fill_diagonal(rc, 1)
    print("smallest eigenvalue %.12f" % np.linalg.eigvalsh(rc)[0])
    print("reliabilities " + " ".join("%.12f" % v for v in rel))
    print("loadings " + " ".join("%.12f" % v for v in lam))
    for i in range(len(names)):
        print("corr %s %s" % (names[i], " ".join("%.12f" % v for v in rc[i])))
    for k, name in enumerate(names):
        pred = [names.index(a) for a, b in paths if b == name]
        if pred:
            b = np.linalg.solve(rc[np.ix_(pred, pred)], rc[pred, k])
            for p, coef in zip(pred, b):
                print("path %s -> %s %.12f" % (names[p], name, coef))
            print("r2 %s %.12f" % (name, b @ rc[pred, k]))


if __name__ == "__main__":
    print("== mobi, PLSc")
    plsc(x, MOBI_BLOCKS, MOBI_PATHS)

BANK_BLOCKS = [("IMAG", ["imag%d" % i for i in range(1, 6)]), ("EXPE", ["expe%d" % i for i in range(1, 6)]),
               ("QUAL", ["qual%d" % i for i in range(1, 6)]), ("VAL", ["val%d" % i for i in range(1, 5)]),
               ("SAT", ["sat%d" % i for i in range(1, 5)]), ("LOY", ["loy%d" % i for i in range(1, 5)])]
BANK_PATHS = [("IMAG", "EXPE"), ("EXPE", "QUAL"), ("QUAL", "VAL"), ("VAL", "SAT"), ("SAT", "LOY"), ("IMAG", "SAT"),
              ("IMAG", "LOY"), ("EXPE", "VAL"), ("EXPE", "SAT"), ("QUAL", "SAT")]

if __name__ == "__main__":
    print("== bank satisfaction data, PLSc")
    bh, bd = read("satisfaction.csv")
    bitems = [i for _, its in BANK_BLOCKS for i in its]
    plsc(bd[:, [bh.index(i) for i in bitems]], BANK_BLOCKS, BANK_PATHS)


def predict(x, blocks, paths, fold_sets):
    """PLSpredict with the given fold assignments (one array per repetition); predictions averaged over them."""
    names = [b for b, _ in blocks]
    sizes = [len(i) for _, i in blocks]
    idx = np.repeat(np.arange(len(blocks)), sizes)
    endo_blocks = [k for k, nm in enumerate(names) if any(b == nm for _, b in paths)]
    exo_blocks = [k for k in range(len(names)) if k not in endo_blocks]
    exo_items = [i for i in range(x.shape[1]) if idx[i] in exo_blocks]
    endo_items = [i for i in range(x.shape[1]) if idx[i] in endo_blocks]
    n = len(x)
    preds = np.zeros((len(fold_sets), n, len(endo_items)))
    lms = np.zeros_like(preds)
    means = np.zeros_like(preds)
    for r, fold_of in enumerate(fold_sets):
        for f in np.unique(fold_of):
            tr = fold_of != f
            te = fold_of == f
            w, y, load, beta, _ = pls(x[tr], blocks, paths)
            total = np.linalg.inv(np.eye(len(names)) - beta) - np.eye(len(names))
            m = x[tr].mean(0); sd = x[tr].std(0)
            z = (x[te] - m) / sd
            xi = np.column_stack([z[:, idx == j] @ w[idx == j] for j in range(len(names))])
            eta = xi[:, exo_blocks] @ total[exo_blocks, :]
            for c, i in enumerate(endo_items):
                preds[r][te, c] = m[i] + sd[i] * load[i] * eta[:, idx[i]]
                means[r][te, c] = m[i]
            design = np.column_stack([np.ones(tr.sum()), x[tr][:, exo_items]])
            coef, *_ = np.linalg.lstsq(design, x[tr][:, endo_items], rcond=None)
            lms[r][te] = np.column_stack([np.ones(te.sum()), x[te][:, exo_items]]) @ coef
    pred = preds.mean(0); lm = lms.mean(0); mean = means.mean(0)
    items = [i for _, its in blocks for i in its]
    for c, i in enumerate(endo_items):
        yv = x[:, i]
        print("predict %-6s q2 %.12f rmse %.12f mae %.12f lmRmse %.12f lmMae %.12f" % (
            items[i], 1 - ((yv - pred[:, c]) ** 2).sum() / ((yv - mean[:, c]) ** 2).sum(),
            np.sqrt(((yv - pred[:, c]) ** 2).mean()), np.abs(yv - pred[:, c]).mean(),
            np.sqrt(((yv - lm[:, c]) ** 2).mean()), np.abs(yv - lm[:, c]).mean()))


def blindfold(x, blocks, paths, d):
    names = [b for b, _ in blocks]
    sizes = [len(i) for _, i in blocks]
    idx = np.repeat(np.arange(len(blocks)), sizes)
    n = len(x)
    for k, name in enumerate(names):
        pred = [names.index(a) for a, b in paths if b == name]
        if not pred:
            continue
        cols = np.where(idx == k)[0]
        q = len(cols)
        sse = sso = 0.0
        for rnd in range(d):
            xr = x.copy()
            omitted = np.zeros((n, q), bool)
            for a, col in enumerate(cols):
                om = (a * n + np.arange(n)) % d == rnd
                omitted[:, a] = om
                xr[om, col] = x[~om, col].mean()
            w, y, load, beta, _ = pls(xr, blocks, paths)
            y = y / y.std(0)
            for a, col in enumerate(cols):
                m = xr[:, col].mean(); sd = xr[:, col].std()
                z = (x[:, col] - m) / sd
                zhat = load[col] * (y[:, pred] @ beta[pred, k])
                e = (z - zhat)[omitted[:, a]]
                sse += (e ** 2).sum(); sso += (z[omitted[:, a]] ** 2).sum()
        print("blindfold %s %.12f" % (name, 1 - sse / sso))


if __name__ == "__main__":
    print("== mobi, PLSpredict, folds t % 10 and (t // 25) % 10")
    t = np.arange(len(x))
    predict(x, MOBI_BLOCKS, MOBI_PATHS, [t % 10, (t // 25) % 10])
    print("== mobi, blindfolding D = 7")
    blindfold(x, MOBI_BLOCKS, MOBI_PATHS, 7)


def pls_on_correlations(r, blocks, paths):
    """PLS (mode A, centroid) run on a given item correlation matrix: the population form of the algorithm."""
    names = [b for b, _ in blocks]
    sizes = [len(i) for _, i in blocks]
    idx = np.repeat(np.arange(len(blocks)), sizes)
    lv = len(blocks)
    adj = np.zeros((lv, lv))
    for a, b in paths:
        adj[names.index(a), names.index(b)] = adj[names.index(b), names.index(a)] = 1
    W = np.zeros((len(idx), lv))
    for i in range(len(idx)):
        W[i, idx[i]] = 1.0
    for it in range(1000):
        W = W / np.sqrt(np.diag(W.T @ r @ W))
        rl = W.T @ r @ W
        e = np.sign(rl) * adj
        new = np.zeros_like(W)
        cov_items_scores = r @ W
        for i in range(len(idx)):
            new[i, idx[i]] = cov_items_scores[i] @ e[:, idx[i]]
        new = new / np.sqrt(np.diag(new.T @ r @ new))
        if np.abs(new - W).sum() < 1e-14:
            W = new
            break
        W = new
    rl = W.T @ r @ W
    load = (r @ W)[np.arange(len(idx)), idx]
    for j in range(lv):
        m = idx == j
        votes = np.sign(load[m]).sum()
        if votes < 0 or (votes == 0 and load[m][0] < 0):
            W[:, j] = -W[:, j]; load[m] = -load[m]
    rl = W.T @ r @ W
    beta = np.zeros((lv, lv))
    for k, name in enumerate(names):
        pred = [names.index(a) for a, b in paths if b == name]
        if pred:
            beta[pred, k] = np.linalg.solve(rl[np.ix_(pred, pred)], rl[pred, k])
    return W[np.arange(len(idx)), idx], load, beta


def pairwise_correlations(x):
    p = x.shape[1]
    r = np.eye(p)
    for i in range(p):
        for j in range(i):
            ok = ~np.isnan(x[:, i]) & ~np.isnan(x[:, j])
            r[i, j] = r[j, i] = np.corrcoef(x[ok, i], x[ok, j])[0, 1]
    return r


if __name__ == "__main__":
    print("== mobi with respondent t (t % 5 == 0) missing item (7 t) % 24 of the model order: pairwise deletion")
    xm = x.copy()
    for t in range(len(xm)):
        if t % 5 == 0:
            xm[t, (7 * t) % 24] = np.nan
    w_, load_, beta_ = pls_on_correlations(pairwise_correlations(xm), MOBI_BLOCKS, MOBI_PATHS)
    items = [i for _, its in MOBI_BLOCKS for i in its]
    names = [b for b, _ in MOBI_BLOCKS]
    print("weights " + " ".join("%.12f" % v for v in w_))
    print("loadings " + " ".join("%.12f" % v for v in load_))
    for a, b in MOBI_PATHS:
        print("path %s -> %s %.12f" % (a, b, beta_[names.index(a), names.index(b)]))


def q7(values, prob):
    v = np.sort(values)
    h = (len(v) - 1) * prob
    lo = int(np.floor(h)); hi = min(lo + 1, len(v) - 1)
    return v[lo] + (h - lo) * (v[hi] - v[lo])


def group_comparison(x, blocks, paths, in_first, perms):
    names = [b for b, _ in blocks]
    sizes = [len(i) for _, i in blocks]
    idx = np.repeat(np.arange(len(blocks)), sizes)
    n = len(x)
    wp, yp, loadp, _, _ = pls(x, blocks, paths)
    z = (x - x.mean(0)) / x.std(0)
    r = np.corrcoef(x, rowvar=False)

    def fit(rows):
        w, y, load, beta, _ = pls(x[rows], blocks, paths)
        for j in range(len(names)):  # orient like the pooled estimate
            m = idx == j
            if load[m] @ loadp[m] < 0:
                w[m] = -w[m]; beta[j, :] = -beta[j, :]; beta[:, j] = -beta[:, j]
        return w, beta

    def stats(a_rows, b_rows, labels):
        wa, ba = fit(a_rows); wb, bb = fit(b_rows)
        d = [ba[names.index(f), names.index(t)] - bb[names.index(f), names.index(t)] for f, t in paths]
        c = []
        for j in range(len(names)):
            m = idx == j
            sa = z[:, m] @ wa[m]; sb = z[:, m] @ wb[m]
            c.append(np.corrcoef(sa, sb)[0, 1])
        md = [yp[labels, j].mean() - yp[~labels, j].mean() for j in range(len(names))]
        lv = [np.log(yp[labels, j].var() / yp[~labels, j].var()) for j in range(len(names))]
        return np.array(d), np.array(c), np.array(md), np.array(lv), ba, bb

    first = np.where(in_first)[0]; second = np.where(~in_first)[0]
    d0, c0, m0, v0, ba, bb = stats(first, second, in_first)
    D, C, M, V = [], [], [], []
    for order in perms:
        labels = np.zeros(n, bool); labels[order[:len(first)]] = True
        d, c, m, v, _, _ = stats(order[:len(first)], order[len(first):], labels)
        D.append(d); C.append(c); M.append(m); V.append(v)
    D = np.array(D); C = np.array(C); M = np.array(M); V = np.array(V)
    for j, name in enumerate(names):
        print("micom %s c %.12f cq %.12f md %.12f ml %.12f mu %.12f lv %.12f vl %.12f vu %.12f" % (
            name, c0[j], q7(C[:, j], 0.05), m0[j], q7(M[:, j], 0.025), q7(M[:, j], 0.975), v0[j],
            q7(V[:, j], 0.025), q7(V[:, j], 0.975)))
    for k, (f, t) in enumerate(paths):
        p = (1 + (np.abs(D[:, k]) >= abs(d0[k])).sum()) / (1 + len(perms))
        print("mga %s -> %s first %.12f second %.12f p %.12f" % (
            f, t, ba[names.index(f), names.index(t)], bb[names.index(f), names.index(t)], p))


if __name__ == "__main__":
    print("== bank data by gender (female first), 20 permutations t -> (a t + u) mod 250")
    with open(SHARED + "satisfaction.csv") as fh:
        lines = fh.read().strip().split("\n")[1:]
    female = np.array([ln.split(",")[-1].strip('"') == "female" for ln in lines])
    bx = bd[:, [bh.index(i) for i in bitems]]
    coprime = [3, 7, 9, 11, 13, 17, 19, 21, 23, 27, 29, 31, 33, 37, 39, 41, 43, 47, 49, 51]
    perms = [np.array([(a * t + u) % 250 for t in range(250)]) for u, a in enumerate(coprime)]
    group_comparison(bx, BANK_BLOCKS, BANK_PATHS, female, perms)
