"""Which counts contain which, computed near-linearly (no comparison of all pairs): the one engine
for the subset and disjoint-parts rules.

A count is a point in a product of small orders, within one source: the period is ordered by
interval containment; the country by the tree country -> world; each dimension of the vocabulary
by its "broader" tree, whose top code contains every code. A set B contains A when it does so on
every coordinate.

Each count's coordinates are packed into one int64 key (mixed radix). The upward closure U of the
keys (every key reached by widening one coordinate at a time) is built axis by axis; then, axis by
axis, `least_upper[k]` = the smallest upper bound among the counts that contain k. Because
containment is a product order, one pass per axis gives the minimum over all supersets.

Counts are read through their bounds on the documented count (vocabulary.json `qualifier`): an
`exact` or `at_least` count is its value on both sides; "more than 40" is at least 41 with no upper
bound; "fewer than 20" at most 19 with no lower bound; "about 30" bounds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from mld import vocab

NONE = np.iinfo(np.int64).max  # no upper bound / no set contains this


@dataclass(frozen=True)
class Axis:
    name: str
    codes: list[str]
    parent: np.ndarray   # index of the code directly above, -1 for the top


def _tree_axis(name: str, codes: list[str], broader) -> Axis:
    pos = {c: i for i, c in enumerate(codes)}
    parent = np.array([pos[broader(c)] if broader(c) is not None else -1 for c in codes], dtype=np.int64)
    return Axis(name, codes, parent)


def axes_for(sets: pd.DataFrame) -> list[Axis]:
    """The country axis (the countries present, under the world) and one axis per dimension."""
    world = vocab.world()
    countries = sorted(set(sets["country"].astype(str).to_numpy(dtype=object).tolist()) - {world}) + [world]
    out = [_tree_axis("country", countries, lambda c: None if c == world else world)]
    for d in vocab.dimensions():
        codes = vocab.codes(d)
        out.append(_tree_axis(d, codes, lambda c, d=d: (vocab.broader_chain(d, c)[1:2] or (None,))[0]))
    return out


def bounds(values: np.ndarray, qualifiers: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(lower, upper) bound of each documented count; no lower bound is 0, no upper bound NONE."""
    lower = np.zeros(len(values), dtype=np.int64)
    upper = np.full(len(values), NONE, dtype=np.int64)
    q = qualifiers.astype(str).to_numpy()
    for code in vocab.codes("qualifier"):
        lo, hi = vocab.qualifier_bounds(code)
        m = q == code
        if lo is not None:
            lower[m] = values[m] + lo
        if hi is not None:
            upper[m] = values[m] + hi
    lower = np.maximum(lower, 0)
    # a figure bounds itself consistently ("fewer than 0" would say nothing, not contradict itself)
    return lower, np.maximum(upper, lower)


MAX_PERIODS = 500               # distinct (first year, last year) pairs: articles state a few dozen
MAX_EXPANSION = 20_000_000      # keys times the periods containing each: the lattice's work


def too_large(sets: pd.DataFrame) -> str:
    """Why the lattice would not be bounded in time and memory for these counts, or "". Its work
    grows with the number of distinct periods and with how many of them contain each count's: far
    beyond what a package of articles holds (the benchmark's 200,000 counts have 18 periods, each
    inside at most 4), a copy is refused in one line rather than compared for minutes."""
    start = sets["period_start"].to_numpy(dtype=np.int64)
    end = sets["period_end"].to_numpy(dtype=np.int64)
    if not len(start):
        return ""
    low = int(min(start.min(), end.min()))
    span = int(max(start.max(), end.max())) - low + 1
    periods, count = np.unique((start - low) * span + (end - low), return_counts=True)
    if len(periods) > MAX_PERIODS:
        return (f"the counts have {len(periods):,} distinct periods, more than a package of articles states "
                f"({MAX_PERIODS:,}); the consistency rules were not run")
    # how many distinct periods contain each one: a 2-D dominance count on the grid of years
    grid = np.zeros((span, span), dtype=np.int64)
    ps, pe = periods // span, periods % span
    grid[ps, pe] = 1
    dominating = np.cumsum(np.cumsum(grid, axis=0)[:, ::-1], axis=1)[:, ::-1]  # starts <= s, ends >= e
    work = int((dominating[ps, pe] * count).sum())
    if work > MAX_EXPANSION:
        return (f"the counts' periods nest {work:,} times (each count times the periods that contain it), "
                f"more than a package of articles can ({MAX_EXPANSION:,}); the consistency rules were not run")
    return ""


class Lattice:
    def __init__(self, sets: pd.DataFrame):
        """`sets`: one row per count with source_id, country, period_start, period_end, the
        dimensions, `lower` and `upper` (rows with a code outside the vocabulary removed first)."""
        self.axes = axes_for(sets)
        self.group = sets.groupby(["source_id"], sort=False, observed=True).ngroup().to_numpy().astype(np.int64)
        start = sets["period_start"].to_numpy(dtype=np.int64)
        end = sets["period_end"].to_numpy(dtype=np.int64)
        low = int(min(start.min(), end.min())) if len(sets) else 0
        span = int(max(start.max(), end.max())) - low + 1 if len(sets) else 1
        periods, pcode = np.unique((start - low) * span + (end - low), return_inverse=True)
        self.p_start = periods // span + low
        self.p_end = periods % span + low
        n_periods = max(len(periods), 1)
        wider = [np.nonzero((self.p_start[None, :] <= self.p_start[:, None])
                            & (self.p_end[None, :] >= self.p_end[:, None]))]
        coords = [pcode.astype(np.int64)]
        self.names = ["period"]
        self.radix = [n_periods]
        for ax in self.axes:
            pairs = []
            for i in range(len(ax.codes)):
                j = i
                while j >= 0:
                    pairs.append((i, j))
                    j = int(ax.parent[j])
            wider.append((np.array([a for a, _ in pairs]), np.array([b for _, b in pairs])))
            coords.append(pd.Categorical(sets[ax.name].astype(str), categories=ax.codes).codes.astype(np.int64))
            self.names.append(ax.name)
            self.radix.append(len(ax.codes))
        self.stride = [int(np.prod(self.radix[i + 1:], dtype=np.int64)) for i in range(len(self.radix))]
        self.group_stride = int(np.prod(self.radix, dtype=np.int64))
        self.up = [_csr(n, w, r) for (n, w), r in zip(wider, self.radix)]
        key = self.group * self.group_stride
        for c, s in zip(coords, self.stride):
            key = key + c * s
        self.key = key
        lower = sets["lower"].to_numpy(dtype=np.int64)
        upper = sets["upper"].to_numpy(dtype=np.int64)
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        first = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(ordered) else np.zeros(0, np.int64)
        self.present = ordered[first]
        self.upper_min = np.minimum.reduceat(upper[order], first) if len(first) else np.zeros(0, np.int64)
        self.lower_max = np.maximum.reduceat(lower[order], first) if len(first) else np.zeros(0, np.int64)
        self.universe = self.present
        for i in range(len(self.radix)):
            self.universe = _sorted_unique(self._expand(self.universe, i, self.up[i])[0])
        least = np.full(len(self.universe), NONE, dtype=np.int64)
        least[np.searchsorted(self.universe, self.present)] = self.upper_min
        for i in range(len(self.radix)):
            wide, rep = self._expand(self.universe, i, self.up[i])
            vals = least[np.searchsorted(self.universe, wide)]
            least = np.minimum.reduceat(vals, np.cumsum(rep) - rep) if len(vals) else least
        self.least_upper = least

    def coord(self, keys: np.ndarray, i: int) -> np.ndarray:
        return (keys // self.stride[i]) % self.radix[i]

    def _expand(self, keys: np.ndarray, i: int, rel: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        ptr, idx = rel
        c = self.coord(keys, i)
        rep = ptr[c + 1] - ptr[c]
        base = np.repeat(keys - c * self.stride[i], rep)
        start = np.repeat(ptr[c] - (np.cumsum(rep) - rep), rep) + np.arange(rep.sum())
        return base + idx[start] * self.stride[i], rep

    def least_containing(self, keys: np.ndarray) -> np.ndarray:
        """Smallest upper bound of a count containing each key (NONE if there is none)."""
        if not len(self.universe):
            return np.full(len(keys), NONE, dtype=np.int64)
        pos = np.searchsorted(self.universe, keys).clip(0, len(self.universe) - 1)
        return np.where(self.universe[pos] == keys, self.least_upper[pos], NONE)

    def supersets_of(self, key: int) -> np.ndarray:
        ks = np.array([key], dtype=np.int64)
        for i in range(len(self.radix)):
            ks = _sorted_unique(self._expand(ks, i, self.up[i])[0])
        return ks[np.isin(ks, self.present)]

    # ------------------------------------------------------------------ the two rules

    def larger_than_a_superset(self) -> np.ndarray:
        """Present keys with a lower bound above the smallest upper bound of a count containing them."""
        least = self.least_upper[np.searchsorted(self.universe, self.present)]
        return self.present[self.lower_max > least]

    def overfull(self) -> list[tuple[int, int, int]]:
        """(axis index, key of the narrowest set holding the parts, total of the parts' lower bounds)
        wherever counts that cannot overlap on one axis, all else equal, add up to more than the
        upper bound of a count containing them all, and to more than any one of them alone."""
        found: list[tuple[int, int, int]] = []
        for i, name in enumerate(self.names):
            found += self._overfull_periods(i) if name == "period" else self._overfull_tree(i)
        return found

    def _overfull_tree(self, i: int) -> list[tuple[int, int, int]]:
        ax = self.axes[i - 1]
        parent = ax.parent
        depth = np.zeros(len(ax.codes), dtype=np.int64)
        for k in range(len(ax.codes)):
            j = int(parent[k])
            while j >= 0:
                depth[k] += 1
                j = int(parent[j])
        c = self.coord(self.present, i)
        rest = self.present - c * self.stride[i]
        stride = self.stride[i]
        # (plain arrays, not frames: the rule runs on every check, and grouping a few hundred rows
        # with pandas cost more than the rest of it)
        below: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None  # rest, code, best, single
        found = []
        for level in range(int(depth.max()) if len(depth) else 0, -1, -1):
            at = depth[c] == level
            r0, c0, v0 = rest[at], c[at], self.lower_max[at]
            if below is not None and len(below[0]):
                # the children's parts, summed under their parent: one row per (rest, parent code),
                # joined with the counts present at this level, in (rest, code) order
                br, bc, best, bsingle = below
                pkey = br + parent[bc] * stride
                keys, inv = np.unique(np.concatenate([pkey, r0 + c0 * stride]), return_inverse=True)
                nb = len(pkey)
                kids = np.zeros(len(keys), dtype=np.int64)
                np.add.at(kids, inv[:nb], best)
                single = np.full(len(keys), -1, dtype=np.int64)
                np.maximum.at(single, inv[:nb], bsingle)
                v = np.full(len(keys), -1, dtype=np.int64)
                v[inv[nb:]] = v0
                code = self.coord(keys, i)
                rr = keys - code * stride
                order = np.lexsort((code, rr))
                keys, kids, single, v, code, rr = (x[order] for x in (keys, kids, single, v, code, rr))
            else:
                rr, code, v = r0, c0, v0.astype(np.int64)
                keys = rr + code * stride
                kids = np.zeros(len(keys), dtype=np.int64)
                single = np.full(len(keys), -1, dtype=np.int64)
            over = (kids > single) & (kids > self.least_containing(keys))
            found += [(i, int(k), int(t)) for k, t in zip(keys[over], kids[over])]
            keep = parent[code] >= 0
            below = (rr[keep], code[keep], np.maximum(v, kids)[keep], np.maximum(v, single)[keep])
        return found

    def _overfull_periods(self, i: int) -> list[tuple[int, int, int]]:
        """Weighted interval scheduling inside each period, for all other coordinates at once."""
        c = self.coord(self.present, i)
        rest = self.present - c * self.stride[i]
        s, e, v = self.p_start[c], self.p_end[c], self.lower_max
        found = []
        for w in range(len(self.p_start)):
            ws, we = int(self.p_start[w]), int(self.p_end[w])
            inside = (s >= ws) & (e <= we) & (c != w)
            if inside.sum() < 2:
                continue
            groups, g = np.unique(rest[inside], return_inverse=True)
            ps, pe, pv = s[inside], e[inside], v[inside]
            best = np.zeros((we - ws + 2, len(groups)), dtype=np.int64)
            single = np.full(len(groups), -1, dtype=np.int64)
            np.maximum.at(single, g, pv)
            for y in range(ws, we + 1):
                row = y - ws + 1
                best[row] = best[row - 1]
                ending = pe == y
                if ending.any():
                    cand = best[ps[ending] - ws, g[ending]] + pv[ending]
                    np.maximum.at(best[row], g[ending], cand)
            total = best[-1]
            keys = groups + w * self.stride[i]
            over = (total > single) & (total > self.least_containing(keys))
            found += [(i, int(k), int(t)) for k, t in zip(keys[over], total[over])]
        return found


def _sorted_unique(a: np.ndarray) -> np.ndarray:
    a = np.sort(a)
    return a[np.r_[True, a[1:] != a[:-1]]] if len(a) else a


def _csr(narrow: np.ndarray, wide: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(narrow, kind="stable")
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.add.at(ptr, narrow + 1, 1)
    return np.cumsum(ptr), wide[order].astype(np.int64)
