#!/usr/bin/python3
"""Benchmark baseline B: the batch's core derived tables computed with pandas (Debian python3-pandas).

Same inputs and rules as the DuckDB baseline (DuckDbBaseline.java): the national set's wide CSVs (one
per item year) and long totals CSV, the reference CSVs written by BenchReference (catalog tables as the
batch publishes them, agency-type labels, provinces). Validation: unknown agency type or province ->
row rejected; a cell that is not a number or outside 0-100 -> cell rejected; conflicting duplicates ->
all rejected. Derived: score_indicator, score_tool, score_total, peer_stats, rule (a)/(b) weak items,
written as CSV files into OUT_DIR (with score_question, as the batch publishes it).

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


def rounded(values, mode):
    """Rounds to 2 decimals as the batch does: on the shortest decimal form of the double (Python's repr,
    Java's BigDecimal.valueOf), half-up for scores, half-even for peer statistics (Spark's bround).
    Vectorised; only values next to a tie (x.xx5) go through Decimal, where binary rounding could differ."""
    x = np.asarray(values, dtype="float64")
    out = np.round(x, 2)
    scaled = x * 100
    near_tie = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6
    for i in np.flatnonzero(near_tie & ~np.isnan(x)):
        out[i] = float(Decimal(repr(float(x[i]))).quantize(CENT, rounding=mode))
    return out


def sequential_sums(values, sizes):
    """Sums of consecutive runs of `values` (run lengths `sizes`), added left to right as the batch does
    (pandas' own sum compensates, which puts a different half of the x.xx5 ties on the other side).
    Vectorised over runs: step j adds the j-th value of every run that has one."""
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
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
    starts = np.concatenate(([0], np.cumsum(n)[:-1]))
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
    tool = ind.groupby(["agency_id", "fiscal_year", "tool"]).agg(raw=("raw", "mean"), n=("raw", "size")).reset_index()
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

    # Rules (a) threshold 85 and (b) more than 5 below the same-type median (national without a type).
    qs = scored[["agency_id", "fiscal_year", "code", "score"]].merge(agency[["agency_id", "type_code"]], on="agency_id")
    med = peer_stats[peer_stats["level"] == "question"]
    type_med = med[med["peer_group"] == "type"][["fiscal_year", "group_key", "key", "p50"]].rename(
        columns={"group_key": "type_code", "key": "code", "p50": "type_p50"})
    nat_med = med[med["peer_group"] == "national"][["fiscal_year", "key", "p50"]].rename(
        columns={"key": "code", "p50": "national_p50"})
    qs = qs.merge(type_med, on=["fiscal_year", "type_code", "code"], how="left").merge(
        nat_med, on=["fiscal_year", "code"], how="left")
    qs["peer_median"] = qs["type_p50"].fillna(qs["national_p50"])
    qs["below_threshold"] = qs["score"] < 85 - 1e-9
    qs["below_peers"] = (qs["score"] < qs["peer_median"] - 5 - 1e-9).fillna(False)
    weak_item = qs[qs["below_threshold"] | qs["below_peers"]].rename(columns={"code": "key"})[
        ["agency_id", "fiscal_year", "key", "score", "peer_median", "below_threshold", "below_peers"]]
    return {"score_indicator": score_indicator, "score_tool": score_tool, "score_total": score_total,
            "peer_stats": peer_stats, "weak_item": weak_item}


def main():
    input_dir, ref_dir, out_dir = sys.argv[1:4]
    phases = Phases()
    ref = {name: pd.read_csv(os.path.join(ref_dir, name + ".csv"), dtype={"label": str, "code": str})
           for name in ("agency_type", "province", "catalog_year", "catalog_tool", "catalog_indicator",
                        "catalog_question")}
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
