#!/usr/bin/python3
"""Benchmark baseline B: the batch's derived tables computed with pandas (Debian python3-pandas).

Same inputs and rules as the DuckDB baseline (DuckDbBaseline.java): the national set's wide CSVs (one
per item year) and long totals CSV, the reference CSVs written by BenchReference (catalog tables as the
batch publishes them, the measures catalog with each measure's codes per year, agency-type labels,
provinces). Validation: unknown agency type or province -> row rejected; a cell that is not a number or
outside 0-100 -> cell rejected; conflicting duplicates -> all rejected. Derived: score_indicator,
score_tool, score_total, peer_stats, peer_rank, trend, weak_item (every rule, the streak, the severity,
the reasons in Thai and English), recommendation and recommendation_item, written as CSV files into
OUT_DIR (with score_question, as the batch publishes it).

Usage: /usr/bin/python3 pandas_baseline.py INPUT_DIR REFERENCE_DIR OUT_DIR
Prints "pandas: phase NAME  SECONDS s" lines to stderr, like the batch.
"""
import glob
import hashlib
import os
import re
import sys
import time
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP

T0 = time.monotonic()
import numpy as np  # noqa: E402  (import time is part of the "start" phase)
import pandas as pd  # noqa: E402

TOTAL_WORDS = {"ITA", "TOTAL", "รวม", "คะแนนรวม"}
SUBJECT = ["agency_name", "agency_type", "province", "fiscal_year"]
CENT = Decimal("0.01")


class Phases:
    def __init__(self):
        self.mark = T0
        self.times = []

    def end(self, name):
        now = time.monotonic()
        self.times.append((name, now - self.mark))
        self.mark = now

    def print(self):
        for name, seconds in self.times + [("total", sum(s for _, s in self.times))]:
            print(f"pandas: phase {name:<9} {seconds:8.2f} s", file=sys.stderr)


def rounded(values, mode, places=2):
    """Rounds to 2 (or `places`) decimals as the batch does: on the shortest decimal form of the double
    (Python's repr, Java's BigDecimal.valueOf), half-up for scores, half-even for peer statistics (Spark's
    bround). Vectorised; only values next to a tie (x.xx5) go through Decimal, where binary rounding could differ."""
    x = np.asarray(values, dtype="float64")
    out = np.round(x, places)
    scaled = x * 10 ** places
    near_tie = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6
    unit = Decimal(1).scaleb(-places)
    for i in np.flatnonzero(near_tie & ~np.isnan(x)):
        out[i] = float(Decimal(repr(float(x[i]))).quantize(unit, rounding=mode))
    return out


def run_starts(sizes):
    """Where each of consecutive runs of lengths `sizes` starts."""
    return np.concatenate(([0], np.cumsum(sizes)[:-1])).astype("int64")


def printed(values, places=2):
    """Decimals.fixed: the half-up of the shortest decimal form, printed with exactly `places` decimals."""
    pattern = f"{{:.{places}f}}".format
    return pd.Series([pattern(v) for v in rounded(values, ROUND_HALF_UP, places).tolist()], dtype=object)


def kahan_sums(values, sizes):
    """Sums of consecutive runs of `values` as Java's DoubleStream.sum/average add them (the batch's plain
    means): Kahan summation in order, the compensation subtracted at the end (JDK 17.0.15). Vectorised
    over runs like sequential_sums."""
    sizes = np.asarray(sizes, dtype="int64")
    starts = run_starts(sizes)
    s, c = np.zeros(len(sizes)), np.zeros(len(sizes))
    for j in range(int(sizes.max()) if len(sizes) else 0):
        has = sizes > j
        t = values[starts[has] + j] - c[has]
        total = s[has] + t
        c[has] = (total - s[has]) - t
        s[has] = total
    return s - c


def joined(texts, sizes, sep):
    """The texts of consecutive runs joined with `sep`, runs of lengths `sizes` (empty texts skipped)."""
    texts = pd.Series(texts, dtype=object).reset_index(drop=True)
    sizes = np.asarray(sizes, dtype="int64")
    starts = run_starts(sizes)
    with_sep = np.where(texts.to_numpy() == "", "", texts + sep).astype(object)
    out = pd.Series(np.add.reduceat(with_sep, starts) if len(sizes) else [], dtype=object)
    return out.str[:-len(sep)].where(out != "", "")


def concat_texts(parts, sep):
    """Element-wise join of several text columns ('' where a part does not apply), skipping empty ones;
    strings are only added where both sides have words."""
    out = np.asarray(parts[0], dtype=object).copy()
    for p in parts[1:]:
        p = np.asarray(p, dtype=object)
        has = p != ""
        empty = out == ""
        both = has & ~empty
        out[both] = out[both] + sep + p[both]
        only = has & empty
        out[only] = p[only]
    return pd.Series(out, dtype=object)


def texts_where(mask, make):
    """A text column: make(rows) on the rows where mask holds (rows: their positions), '' elsewhere."""
    out = np.full(len(mask), "", dtype=object)
    rows = np.flatnonzero(np.asarray(mask))
    if len(rows):
        out[rows] = np.asarray(make(rows), dtype=object)
    return out


def sequential_sums(values, sizes):
    """Sums of consecutive runs of `values` (run lengths `sizes`), added left to right as the batch does
    (pandas' own sum compensates, which puts a different half of the x.xx5 ties on the other side).
    Vectorised over runs: step j adds the j-th value of every run that has one."""
    starts = run_starts(sizes)
    sums = np.zeros(len(sizes))
    for j in range(int(sizes.max()) if len(sizes) else 0):
        has = sizes > j
        sums[has] = sums[has] + values[starts[has] + j]
    return sums


def group_stats(frame, keys):
    """n, mean and p10..p90 per group, with Spark's arithmetic so that rounding ties fall the same way:
    the mean of the scores as exact decimals (Spark averages decimal(14,4)), and its exact percentile,
    (higher - pos) * v[lower] + (pos - lower) * v[higher] at pos = p * (n - 1) in the sorted scores
    (pandas' quantile interpolates as v[lower] + frac * (v[higher] - v[lower]), which rounds differently)."""
    f = frame.sort_values(keys + ["score"])
    sizes = f.groupby(keys, sort=False).size()
    n = sizes.to_numpy()
    starts = run_starts(n)
    values = f["score"].to_numpy()
    units = np.rint(values * 10000).astype("int64")
    out = sizes.rename("n").reset_index()
    out["mean"] = np.add.reduceat(units, starts) / n / 10000 if len(n) else []
    for p, name in ((0.1, "p10"), (0.25, "p25"), (0.5, "p50"), (0.75, "p75"), (0.9, "p90")):
        pos = p * (n - 1)
        lower, higher = np.floor(pos).astype("int64"), np.ceil(pos).astype("int64")
        v_lower, v_higher = values[starts + lower], values[starts + higher]
        out[name] = np.where(higher == lower, v_lower, (higher - pos) * v_lower + (pos - lower) * v_higher)
    return out


def core_name(name, short_th, name_th):
    """AgencyType.coreName: the name without its type's prefix (full, short, short without the dot)."""
    s = name.strip()
    for prefix in (name_th, short_th, short_th.replace(".", "")):
        if prefix and s.startswith(prefix) and len(s) > len(prefix):
            return s[len(prefix):].strip()
    return s


def agency_id(type_code, short_th, name_th, name, province_code):
    """AgencyIds.derive: type code, province code, 8 hex digits of SHA-256 of type|core name|province."""
    code = type_code if isinstance(type_code, str) else "agency"
    core = core_name(name, short_th, name_th) if isinstance(type_code, str) else name.strip()
    prov = province_code if isinstance(province_code, str) else "00"
    key = code + "|" + re.sub(r"\s+", "", core) + "|" + prov
    return code + "-" + prov + "-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def subjects(raw, ref):
    """Agency-year of each raw row, or dropped when its type, province or year is unknown."""
    s = raw[SUBJECT].copy()
    s["name"] = s["agency_name"].fillna("").str.strip()
    type_text = s["agency_type"].fillna("").str.strip()
    prov_text = s["province"].fillna("").str.strip()
    types = ref["agency_type"].drop_duplicates("label").set_index("label")
    provs = ref["province"].drop_duplicates("label").set_index("label")
    key = type_text.str.lower()
    s["type_code"] = key.map(types["code"])
    s["short_th"] = key.map(types["short_th"])
    s["type_name"] = key.map(types["name_th"])
    s["province_th"] = prov_text.map(provs["name_th"])
    s["province_code"] = prov_text.map(provs["code"])
    s["region"] = prov_text.map(provs["region"])
    s["fy"] = pd.to_numeric(s["fiscal_year"].str.strip(), errors="coerce")
    ok = ((s["name"] != "") & ((type_text == "") | s["type_code"].notna())
          & ((prov_text == "") | s["province_th"].notna()) & s["fy"].isin(ref["catalog_year"]["fiscal_year"]))
    s = s[ok].copy()
    s["fy"] = s["fy"].astype("int64")
    ids = s[["type_code", "short_th", "type_name", "name", "province_code"]].drop_duplicates()
    ids["agency_id"] = [agency_id(*t) for t in ids.itertuples(index=False, name=None)]
    s = s.merge(ids, on=["type_code", "short_th", "type_name", "name", "province_code"], how="left")
    s.index = raw.index[ok]
    return s[["agency_id", "fy", "type_code", "province_th", "region"]]


def number(text):
    return pd.to_numeric(text.str.strip(), errors="coerce")


def ingest(input_dir, ref):
    items_years = set(ref["catalog_year"].loc[ref["catalog_year"]["framework"] == "items", "fiscal_year"])
    parts, agencies = [], []
    for path in sorted(glob.glob(os.path.join(input_dir, "*-wide.csv"))):
        raw = pd.read_csv(path, dtype=str)
        subj = subjects(raw, ref)
        agencies.append(subj)
        cells = raw.loc[subj.index].drop(columns=SUBJECT)
        cells.columns = [c.strip().lower() for c in cells.columns]
        cells["agency_id"] = subj["agency_id"]
        cells["fiscal_year"] = subj["fy"]
        long = cells.melt(id_vars=["agency_id", "fiscal_year"], var_name="code", value_name="txt").dropna(subset=["txt"])
        long["score"] = number(long["txt"])
        long = long[long["score"].between(0, 100) & long["fiscal_year"].isin(items_years)]
        parts.append(long[["agency_id", "fiscal_year", "code", "score"]])
    scored = pd.concat(parts, ignore_index=True).merge(
        ref["catalog_question"], on=["fiscal_year", "code"], how="inner")
    # Rows sharing a key but disagreeing on the score are all rejected; equal copies count once.
    g = scored.groupby(["agency_id", "fiscal_year", "code"], sort=False)["score"]
    scored = scored[g.transform("nunique") == 1].drop_duplicates(["agency_id", "fiscal_year", "code"])

    totals = []
    for path in sorted(glob.glob(os.path.join(input_dir, "*-totals.csv"))):
        raw = pd.read_csv(path, dtype=str)
        subj = subjects(raw, ref)
        agencies.append(subj)
        t = raw.loc[subj.index]
        tool = t["tool"].fillna("").str.strip().str.upper()
        frame = pd.DataFrame({"agency_id": subj["agency_id"], "fiscal_year": subj["fy"], "total": number(t["score"])})
        frame = frame[((tool == "") | tool.isin(TOTAL_WORDS)) & frame["total"].between(0, 100)]
        totals.append(frame)
    published = pd.concat(totals, ignore_index=True) if totals else pd.DataFrame(
        columns=["agency_id", "fiscal_year", "total"])
    n = published.groupby(["agency_id", "fiscal_year"])["total"].transform("nunique")
    published = published[n == 1].drop_duplicates(["agency_id", "fiscal_year"])
    agency = pd.concat(agencies).drop_duplicates("agency_id")[["agency_id", "type_code", "province_th", "region"]]
    return scored, published, agency


def analytics(scored, published, agency, ref):
    expected = ref["catalog_question"].groupby(["fiscal_year", "indicator"]).size().rename("expected").reset_index()
    keys = ["agency_id", "fiscal_year", "tool", "indicator"]
    q = scored.sort_values(keys + ["item_order"])
    q = q.assign(weighted=q["score"] * q["weight"])
    ind = q.groupby(keys, sort=False).agg(weights=("weight", "sum"), items=("score", "size")).reset_index()
    ind["weighted"] = sequential_sums(q["weighted"].to_numpy(), ind["items"].to_numpy())
    ind = ind.merge(expected, on=["fiscal_year", "indicator"])
    ind = ind[ind["items"] == ind["expected"]]
    ind["raw"] = ind["weighted"] / ind["weights"]

    per_tool = ref["catalog_indicator"].groupby(["fiscal_year", "tool"]).size().rename("expected").reset_index()
    # A tool's score is the plain mean of its indicators, added as Java's DoubleStream does (indicator order).
    ind = ind.sort_values(["agency_id", "fiscal_year", "tool", "indicator"], ignore_index=True)
    tool = ind.groupby(["agency_id", "fiscal_year", "tool"], sort=False).agg(n=("raw", "size")).reset_index()
    tool["raw"] = kahan_sums(ind["raw"].to_numpy(), tool["n"].to_numpy()) / tool["n"]
    tool = tool.merge(per_tool, on=["fiscal_year", "tool"])
    tool = tool[tool["n"] == tool["expected"]]

    wide = tool.pivot(index=["agency_id", "fiscal_year"], columns="tool", values="raw").dropna(
        subset=["IIT", "EIT", "OIT"]).reset_index()
    w = ref["catalog_tool"].pivot(index="fiscal_year", columns="tool", values="weight")
    wide = wide.join(w, on="fiscal_year", rsuffix="_w")
    wide["computed"] = wide["IIT_w"] * wide["IIT"] + wide["EIT_w"] * wide["EIT"] + wide["OIT_w"] * wide["OIT"]
    total = wide[["agency_id", "fiscal_year", "computed"]].merge(
        published, on=["agency_id", "fiscal_year"], how="outer")
    total["computed_total"] = rounded(total["computed"], ROUND_HALF_UP)
    total["total"] = rounded(total["total"].fillna(total["computed"]), ROUND_HALF_UP)
    total = total.rename(columns={"total": "total", })
    score_total = total.assign(published_total=published.set_index(["agency_id", "fiscal_year"])["total"]
                               .reindex(pd.MultiIndex.from_frame(total[["agency_id", "fiscal_year"]])).values)[
        ["agency_id", "fiscal_year", "total", "computed_total", "published_total"]]
    score_tool = tool.assign(score=rounded(tool["raw"], ROUND_HALF_UP))[["agency_id", "fiscal_year", "tool", "score"]]
    score_indicator = ind.assign(score=rounded(ind["raw"], ROUND_HALF_UP), items_scored=ind["items"])[
        ["agency_id", "fiscal_year", "tool", "indicator", "score", "items_scored"]]

    figure = pd.concat([
        score_total.assign(level="total", key="total", score=score_total["total"]),
        score_tool.assign(level="tool", key=score_tool["tool"]),
        score_indicator.assign(level="indicator", key=score_indicator["indicator"].astype(str)),
        scored.assign(level="question", key=scored["code"]),
    ], ignore_index=True)[["agency_id", "fiscal_year", "level", "key", "score"]].merge(agency, on="agency_id")
    stats = []
    for peer_group, column in (("national", None), ("type", "type_code"), ("province", "province_th"),
                               ("region", "region")):
        f = figure if column is None else figure[figure[column].notna()]
        group_key = "all" if column is None else f[column]
        f = f.assign(peer_group=peer_group, group_key=group_key)
        stats.append(group_stats(f, ["fiscal_year", "peer_group", "group_key", "level", "key"]))
    peer_stats = pd.concat(stats, ignore_index=True)
    for c in ["mean", "p10", "p25", "p50", "p75", "p90"]:
        peer_stats[c] = rounded(peer_stats[c], ROUND_HALF_EVEN)

    peer_rank = peer_ranks(figure)
    trend = trends(figure, scored, ref)
    judged = weak_items(scored, agency, peer_stats, item_shares(ref))
    recommendation, recommendation_item = recommendations(judged, ref)
    weak_item = judged[["agency_id", "fiscal_year", "level", "code", "tool", "indicator", "score", "median", "gap",
                        "reasons", "years_weak", "severity", "reason_th", "reason_en"]].rename(
        columns={"code": "key", "median": "peer_median"})
    return {"score_indicator": score_indicator, "score_tool": score_tool, "score_total": score_total,
            "peer_stats": peer_stats, "peer_rank": peer_rank, "trend": trend, "weak_item": weak_item,
            "recommendation": recommendation, "recommendation_item": recommendation_item}


PEER_GROUPS = (("national", None), ("type", "type_code"), ("province", "province_th"), ("region", "region"))


def peer_ranks(figure):
    """Totals and tools ranked in every peer group: rank 1 the highest, ties share a rank; the percentile is
    the share of the others scoring lower (one decimal, half-even; 0 alone in a group)."""
    f = figure[figure["level"].isin(["total", "tool"])]
    out = []
    for peer_group, column in PEER_GROUPS:
        g = f if column is None else f[f[column].notna()]
        g = g.assign(peer_group=peer_group, group_key="all" if column is None else g[column])
        keys = ["fiscal_year", "peer_group", "group_key", "level", "key"]
        by = g.groupby(keys, sort=False)["score"]
        n = by.transform("size")
        lower = by.rank(method="min", ascending=True) - 1
        share = np.where(n > 1, lower / (n - 1).clip(lower=1), 0.0)
        out.append(g.assign(rank=by.rank(method="min", ascending=False).astype("int64"), n=n,
                            percentile=rounded(share * 100, ROUND_HALF_EVEN, 1)))
    return pd.concat(out, ignore_index=True)[["agency_id", "fiscal_year", "peer_group", "group_key", "level", "key",
                                              "score", "rank", "n", "percentile"]]


def trend_rows(runs, values, cut):
    """One trend per run: `runs` a frame of run keys in order, `values` the run's (fiscal_year, score) rows in
    the same order, oldest first; least-squares slope with sums taken oldest first, as the batch takes them."""
    sizes = runs["years"].to_numpy()
    years = values["fiscal_year"].to_numpy().astype("float64")
    scores = values["score"].to_numpy()
    starts = run_starts(sizes)
    ends = starts + sizes - 1
    n = sizes.astype("float64")
    sx, sxx = np.add.reduceat(years, starts), np.add.reduceat(years * years, starts)
    sy, sxy = sequential_sums(scores, sizes), sequential_sums(years * scores, sizes)
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = np.where(sizes >= 2, (n * sxy - sx * sy) / (n * sxx - sx * sx), np.nan)
    last_year = years[ends]
    previous = np.where(sizes >= 2, years[np.maximum(ends - 1, 0)], np.nan)
    delta = np.where(previous == last_year - 1, scores[ends] - scores[np.maximum(ends - 1, 0)], np.nan)
    out = runs.copy()
    out["first_year"] = years[starts].astype("int64")
    out["last_year"] = last_year.astype("int64")
    out["first_score"] = scores[starts]
    out["last_score"] = scores[ends]
    out["delta_yoy"] = rounded(delta, ROUND_HALF_UP)
    out["slope"] = rounded(slope, ROUND_HALF_UP)
    out["direction"] = np.where(slope >= 1, "improving", np.where(slope <= -1, "declining", "stable"))
    out["method_changed"] = cut
    return out


def trends(figure, scored, ref):
    """Totals, tools and indicators in runs of years between method breaks; each question of the agency's
    latest question year followed back through comparable_to while the year before has it."""
    years = ref["catalog_year"].sort_values("fiscal_year")
    run_of = dict(zip(years["fiscal_year"], years["method_break"].astype(bool).cumsum()))
    f = figure[figure["level"] != "question"][["agency_id", "level", "key", "fiscal_year", "score"]].copy()
    f["run"] = f["fiscal_year"].map(run_of)
    f = f.sort_values(["agency_id", "level", "key", "run", "fiscal_year"])
    runs = f.groupby(["agency_id", "level", "key", "run"], sort=False).size().rename("years").reset_index()
    first_run = runs.groupby(["agency_id", "level", "key"])["run"].transform("min")
    figures = trend_rows(runs, f, (runs["run"] > first_run).to_numpy())

    q = scored[["agency_id", "fiscal_year", "code", "score"]]
    span = q.groupby("agency_id")["fiscal_year"].agg(first="min", latest="max").reset_index()
    links = ref["catalog_text"][["fiscal_year", "code", "comparable_to"]].dropna()
    step = q.merge(span, on="agency_id")
    step = step[step["fiscal_year"] == step["latest"]].assign(start=lambda x: x["code"])[
        ["agency_id", "start", "fiscal_year", "code", "score"]]
    chain = [step]
    while len(step):
        back = step.merge(links, on=["fiscal_year", "code"])
        back = back.assign(fiscal_year=back["fiscal_year"] - 1)[["agency_id", "start", "fiscal_year", "comparable_to"]]
        year = q[q["fiscal_year"].isin(back["fiscal_year"].unique())]  # most agencies step through the same years
        step = back.merge(year.rename(columns={"code": "comparable_to"}), on=["agency_id", "fiscal_year", "comparable_to"])
        step = step.rename(columns={"comparable_to": "code"})[["agency_id", "start", "fiscal_year", "code", "score"]]
        chain.append(step)
    c = pd.concat(chain, ignore_index=True).sort_values(["agency_id", "start", "fiscal_year"])
    runs = c.groupby(["agency_id", "start"], sort=False).agg(years=("score", "size"), earliest=("fiscal_year", "min"))
    runs = runs.reset_index().merge(span, on="agency_id", how="left")
    questions = trend_rows(runs.assign(level="question", key=runs["start"]), c,
                           (runs["first"] < runs["earliest"]).to_numpy())
    columns = ["agency_id", "level", "key", "first_year", "last_year", "years", "first_score", "last_score",
               "delta_yoy", "slope", "direction", "method_changed"]
    return pd.concat([figures[columns], questions[columns]], ignore_index=True)


def item_shares(ref):
    """An item's share of the total: tool weight ÷ indicators in the tool × item weight ÷ the indicator's weights."""
    cq2 = ref["catalog_text"].sort_values(["fiscal_year", "indicator", "item_order"], ignore_index=True)
    ws = cq2.groupby(["fiscal_year", "indicator"], sort=False).size().rename("n").reset_index()
    ws["weights"] = kahan_sums(cq2["weight"].to_numpy(), ws["n"].to_numpy())
    per_tool = ref["catalog_indicator"].groupby(["fiscal_year", "tool"]).size().rename("indicators").reset_index()
    share = cq2.merge(ws, on=["fiscal_year", "indicator"]).merge(per_tool, on=["fiscal_year", "tool"]).merge(
        ref["catalog_tool"].rename(columns={"weight": "tool_weight"}), on=["fiscal_year", "tool"])
    share["share"] = share["tool_weight"] / share["indicators"] * (share["weight"] / share["weights"])
    return share[["fiscal_year", "code", "share"]]


def targets(tool, score, p75):
    """OIT: 100 (disclose it); a question: the higher of 85 and the peer p75, or 100 once at or above both."""
    bar = np.maximum(85.0, p75.fillna(0.0))
    return np.where(tool == "OIT", 100.0, np.where(score >= bar, 100.0, bar))


def weak_items(scored, agency, peer_stats, share):
    """Every item judged by the rules of analytics.md: (a) below 85, (b) more than 5 below the same-type median
    (the nation's where the type has none), (c) only where nothing of the tool is below 85: below the
    indicator's mean, else in an indicator below the tool's mean; an OIT item scored 0 is not disclosed.
    Then the streak through comparable_to, the priority tier and the reasons in both languages."""
    q = scored[["agency_id", "fiscal_year", "code", "score", "tool", "indicator", "item_order", "comparable_to"]].merge(
        agency[["agency_id", "type_code"]], on="agency_id")
    med = peer_stats[peer_stats["level"] == "question"]
    type_med = med[med["peer_group"] == "type"][["fiscal_year", "group_key", "key", "p50", "p75"]].rename(
        columns={"group_key": "type_code", "key": "code", "p50": "t50", "p75": "t75"})
    nat_med = med[med["peer_group"] == "national"][["fiscal_year", "key", "p50", "p75"]].rename(
        columns={"key": "code", "p50": "n50", "p75": "n75"})
    q = q.merge(type_med, on=["fiscal_year", "type_code", "code"], how="left").merge(
        nat_med, on=["fiscal_year", "code"], how="left")
    q["median"] = q["t50"].fillna(q["n50"])
    q["p75"] = q["t75"].fillna(q["n75"])

    q = q.sort_values(["agency_id", "fiscal_year", "indicator", "item_order"], ignore_index=True)
    ind = q.groupby(["agency_id", "fiscal_year", "tool", "indicator"], sort=False).size().rename("n").reset_index()
    ind["ind_mean"] = kahan_sums(q["score"].to_numpy(), ind["n"].to_numpy()) / ind["n"]
    ind = ind.sort_values(["agency_id", "fiscal_year", "tool", "indicator"], ignore_index=True)
    tool = ind.groupby(["agency_id", "fiscal_year", "tool"], sort=False).size().rename("k").reset_index()
    tool["tool_mean"] = kahan_sums(ind["ind_mean"].to_numpy(), tool["k"].to_numpy()) / tool["k"]
    tool = tool.merge(q.groupby(["agency_id", "fiscal_year", "tool"])["score"].min().rename("tool_min").reset_index())
    q = q.merge(ind[["agency_id", "fiscal_year", "indicator", "ind_mean"]], on=["agency_id", "fiscal_year", "indicator"])
    q = q.merge(tool[["agency_id", "fiscal_year", "tool", "tool_mean", "tool_min"]], on=["agency_id", "fiscal_year", "tool"])

    score = q["score"]
    q["not_disclosed"] = (q["tool"] == "OIT") & (score <= 0)
    q["below_threshold"] = score < 85 - 1e-9
    q["below_peers"] = (score < q["median"] - 5 - 1e-9).fillna(False).astype(bool)
    rule_c = (q["tool"] != "OIT") & (q["tool_min"] >= 85) & ~(q["below_threshold"] | q["below_peers"])
    q["below_indicator_mean"] = rule_c & (score < q["ind_mean"] - 0.005)
    q["weak_indicator"] = rule_c & ~(score < q["ind_mean"] - 0.005) & (q["ind_mean"] < q["tool_mean"] - 0.005)
    flags = ["not_disclosed", "below_threshold", "below_peers", "below_indicator_mean", "weak_indicator"]
    w = q[q[flags].any(axis=1)].reset_index(drop=True)

    # Consecutive years weak: the item the year before (through comparable_to) weak too, oldest year first.
    w["years_weak"] = 1
    for year in sorted(w["fiscal_year"].unique()):
        before = w.loc[w["fiscal_year"] == year - 1, ["agency_id", "code", "years_weak"]].rename(
            columns={"code": "comparable_to", "years_weak": "before"})
        now = w["fiscal_year"] == year
        carried = w.loc[now, ["agency_id", "comparable_to"]].merge(before, on=["agency_id", "comparable_to"], how="left")
        w.loc[now, "years_weak"] = carried["before"].fillna(0).astype("int64").to_numpy() + 1

    gaps = np.column_stack([
        np.zeros(len(w)),
        np.where(w["below_threshold"], 85 - w["score"], np.nan),
        np.where(w["below_peers"], w["median"] - 5 - w["score"], np.nan),
        np.where(w["below_indicator_mean"], w["ind_mean"] - w["score"], np.nan),
        np.where(w["weak_indicator"], w["tool_mean"] - w["ind_mean"], np.nan)])
    w["gap"] = rounded(np.nanmax(gaps, axis=1), ROUND_HALF_UP)
    # The priority tier (Tiers): what reaching the target is worth, in points of the total, with the peer position.
    gain = w[["fiscal_year", "code"]].merge(share, on=["fiscal_year", "code"], how="left")["share"].to_numpy() * (
        targets(w["tool"], w["score"], w["p75"]) - w["score"].to_numpy())
    no_peers = w["median"].isna().to_numpy()
    behind = w["below_peers"].to_numpy() | no_peers
    bar, peers = w["below_threshold"].to_numpy(), w["below_peers"].to_numpy()
    urgent = w["not_disclosed"].to_numpy() | (bar & behind & (
        (gain >= 0.25 - 1e-9) | ((w["years_weak"].to_numpy() >= 2) & peers & (gain >= 0.20 - 1e-9))))
    improve = (gain >= 0.05 - 1e-9) & (bar | no_peers | (w["score"].to_numpy() < w["median"].to_numpy() - 1e-9))
    w["severity"] = np.where(urgent, "urgent", np.where(improve, "improve", "maintain"))
    names = ["below_threshold", "below_peers", "below_indicator_mean", "weak_indicator", "not_disclosed"]
    w["reasons"] = concat_texts([np.where(w[n], n, "").astype(object) for n in names], ",")
    median, ind_mean, tool_mean = w["median"].to_numpy(), w["ind_mean"].to_numpy(), w["tool_mean"].to_numpy()
    years = w["years_weak"].to_numpy()

    def fill(words, values, after):
        return lambda rows: words + printed(values[rows]) + after

    streak = years >= 2
    w["reason_th"] = concat_texts([
        np.where(w["not_disclosed"], "ไม่ได้เปิดเผยข้อมูล (0 คะแนน)", "").astype(object),
        np.where(w["below_threshold"], "ต่ำกว่าเกณฑ์ 85.00 คะแนน", "").astype(object),
        texts_where(w["below_peers"], fill("ต่ำกว่าค่ามัธยฐานของหน่วยงานประเภทเดียวกัน (", median, ") เกิน 5.00 คะแนน")),
        texts_where(w["below_indicator_mean"], fill("ต่ำกว่าค่าเฉลี่ยของตัวชี้วัด (", ind_mean, ") — ควรยกระดับต่อ")),
        texts_where(w["weak_indicator"], fill("อยู่ในตัวชี้วัดที่ต่ำกว่าค่าเฉลี่ยของเครื่องมือ (", tool_mean,
                                              ") — ควรยกระดับต่อ")),
        texts_where(streak, lambda rows: "อ่อนติดต่อกัน " + pd.Series(years[rows]).astype(str) + " ปี")], "; ")
    w["reason_en"] = concat_texts([
        np.where(w["not_disclosed"], "not disclosed (scored 0)", "").astype(object),
        np.where(w["below_threshold"], "below the 85.00 threshold", "").astype(object),
        texts_where(w["below_peers"], fill("more than 5.00 points below the peer median (", median, ")")),
        texts_where(w["below_indicator_mean"], fill("below its indicator's mean (", ind_mean,
                                                    "): where to improve next")),
        texts_where(w["weak_indicator"], fill("in an indicator below its tool's mean (", tool_mean,
                                              "): where to improve next")),
        texts_where(streak, lambda rows: "weak " + pd.Series(years[rows]).astype(str) + " years in a row")], "; ")
    w["level"] = "item"
    return w


def recommendations(w, ref):
    """Each catalog measure addresses the weak items among its questions as the year numbers them, and its OIT
    items unless an earlier measure cites them; a weak OIT item no measure cites gets a measure of its own.
    Target: the higher of 85 and the peer p75 (100 if already above both, 100 for OIT); gain: the item's share
    of the total × (target − score); measures ranked by expected gain, then id."""
    share = item_shares(ref)

    codes, measures = ref["measure_code"], ref["measure"]
    weak = w[["agency_id", "fiscal_year", "code", "tool", "score", "p75"]]
    questions = weak.merge(codes[codes["kind"] == "question"][["measure_id", "fiscal_year", "code", "code_order"]],
                           on=["fiscal_year", "code"]).rename(columns={"code_order": "part_order"})
    first = codes[codes["kind"] == "oit"].merge(measures[["measure_id", "position"]], on="measure_id").sort_values(
        "position").drop_duplicates(["fiscal_year", "code"])[["fiscal_year", "code", "measure_id", "code_order"]]
    oit = weak[weak["tool"] == "OIT"].merge(first, on=["fiscal_year", "code"], how="left")
    oit["measure_id"] = oit["measure_id"].fillna("OIT-" + oit["code"])
    oit["part_order"] = 1000 + oit["code_order"].fillna(0).astype("int64")
    oit["p75"] = np.nan
    parts = pd.concat([questions, oit.drop(columns=["code_order"])], ignore_index=True).merge(
        share, on=["fiscal_year", "code"])
    parts["target"] = targets(parts["tool"], parts["score"], parts["p75"])
    parts["gain"] = parts["share"] * (parts["target"] - parts["score"])
    parts = parts.sort_values(["agency_id", "fiscal_year", "measure_id", "part_order"], ignore_index=True)
    item = parts[["agency_id", "fiscal_year", "measure_id", "code", "score", "target", "share", "gain"]]

    keys = ["agency_id", "fiscal_year", "measure_id"]
    rec = parts.groupby(keys, sort=False).agg(n=("code", "size"), one_code=("code", "first")).reset_index()
    sizes = rec["n"].to_numpy()
    gain = kahan_sums(parts["gain"].to_numpy(), sizes)
    text = [f"{c} {s}→{t} (×{h} = {g})" for c, s, t, h, g in zip(
        parts["code"], printed(parts["score"]), printed(parts["target"]), printed(parts["share"], 4),
        printed(parts["gain"]))]
    items = joined(text, sizes, ", ")
    rec["questions"] = joined(parts["code"].where(~parts["code"].str.startswith("o"), ""), sizes, ",")
    rec["expected_gain"] = rounded(gain, ROUND_HALF_UP)
    g = printed(gain)
    rec["rationale_th"] = [f"คะแนนรวมเพิ่มขึ้นโดยประมาณ {a} คะแนน: {b}" for a, b in zip(g, items)]
    rec["rationale_en"] = [f"expected gain in the total {a} points: {b}" for a, b in zip(g, items)]
    rec = rec.sort_values(["agency_id", "fiscal_year", "expected_gain", "measure_id"],
                          ascending=[True, True, False, True], ignore_index=True)
    rec["rank"] = rec.groupby(["agency_id", "fiscal_year"], sort=False).cumcount() + 1
    rec = rec.merge(measures, on="measure_id", how="left")
    own = rec["position"].isna()
    texts = rec[["fiscal_year", "one_code"]].merge(
        ref["catalog_text"][["fiscal_year", "code", "text_th", "text_en"]].rename(columns={"code": "one_code"}),
        on=["fiscal_year", "one_code"], how="left")
    rec["theme_th"] = rec["theme_th"].where(~own, "การเปิดเผยข้อมูลสาธารณะ (OIT)")
    rec["theme_en"] = rec["theme_en"].where(~own, "Open data (OIT)")
    rec["title_th"] = rec["title_th"].where(~own, "เผยแพร่ข้อมูล " + rec["one_code"] + " " + texts["text_th"])
    rec["title_en"] = rec["title_en"].where(
        ~own, "Publish " + rec["one_code"] + " " + texts["text_en"].fillna(texts["text_th"]))
    # A measure cites the OIT items of its own year (measure_code, kind oit, in citing order).
    oit_codes = codes[codes["kind"] == "oit"].sort_values(["measure_id", "fiscal_year", "code_order"])
    per_year = oit_codes.groupby(["measure_id", "fiscal_year"], sort=False)["code"].agg(",".join).rename(
        "year_refs").reset_index()
    rec = rec.merge(per_year, on=["measure_id", "fiscal_year"], how="left")
    rec["oit_refs"] = rec["year_refs"].fillna("").where(~own, rec["one_code"])
    recommendation = rec[["agency_id", "fiscal_year", "rank", "measure_id", "theme_th", "theme_en", "title_th",
                          "title_en", "expected_gain", "questions", "oit_refs", "rationale_th", "rationale_en"]]
    return recommendation, item


def main():
    input_dir, ref_dir, out_dir = sys.argv[1:4]
    phases = Phases()
    ref = {name: pd.read_csv(os.path.join(ref_dir, name + ".csv"), dtype={"label": str, "code": str})
           for name in ("agency_type", "province", "catalog_year", "catalog_tool", "catalog_indicator",
                        "catalog_question", "measure", "measure_code")}
    # The scores carry the columns the roll-ups need; the texts and links are looked up where needed.
    ref["catalog_text"] = ref["catalog_question"]
    ref["catalog_question"] = ref["catalog_question"][["fiscal_year", "code", "tool", "indicator", "weight", "item_order",
                                                       "comparable_to"]]
    phases.end("start")
    scored, published, agency = ingest(input_dir, ref)
    phases.end("ingest")
    tables = analytics(scored, published, agency, ref)
    phases.end("analytics")
    os.makedirs(out_dir, exist_ok=True)
    tables["score_question"] = scored.rename(columns={"code": "question"})[
        ["agency_id", "fiscal_year", "tool", "indicator", "question", "score"]]
    for name, frame in tables.items():
        frame.to_csv(os.path.join(out_dir, name + ".csv"), index=False)
    phases.end("publish")
    phases.print()


if __name__ == "__main__":
    main()
