"""Independent figures for the fixture class, to compare with retain report (ClassTallyTest).

Reads class/*.json with Python's json and statistics modules, and writes expected.json:
facility and discrimination (correlation of the item with the rest of the test, in percent) per
item, Cronbach's alpha, and the test's mean, median, sd, skewness and kurtosis in percent.
Run: python3 check.py > expected.json  (not run by the build; its output is kept beside it)
"""
import glob, json, math, os, statistics

HERE = os.path.dirname(os.path.abspath(__file__))
reports = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(HERE, "class", "*.json")))]
items = [r["card"] for r in reports[0]["results"]]
scores = {i: [next(x["score"] for x in r["results"] if x["card"] == i) for r in reports] for i in items}
totals = [sum(scores[i][s] for i in items) for s in range(len(reports))]
k, n = len(items), len(reports)

def discrimination(item):
    rest = [t - x for t, x in zip(totals, scores[item])]
    if len(set(scores[item])) < 2 or len(set(rest)) < 2:
        return None  # undefined: the item (or the rest) does not vary
    return 100 * statistics.correlation(scores[item], rest)

alpha = k / (k - 1) * (1 - sum(statistics.variance(scores[i]) for i in items) / statistics.variance(totals))
pct = [100 * t / k for t in totals]
mean, sd = statistics.mean(pct), statistics.stdev(pct)
m = lambda p: sum((x - mean) ** p for x in pct) / n
g1, g2 = m(3) / m(2) ** 1.5, m(4) / m(2) ** 2 - 3
print(json.dumps({
    "facility": {i: 100 * statistics.mean(scores[i]) for i in items},
    "discrimination": {i: discrimination(i) for i in items},
    "alpha": alpha,
    "sem": sd * math.sqrt(1 - alpha),
    "mean": mean, "median": statistics.median(pct), "sd": sd,
    "skewness": math.sqrt(n * (n - 1)) / (n - 2) * g1,
    "kurtosis": ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3)),
}, indent=2))
