"""Which counts contain which, computed near-linearly (no comparison of all pairs).

A count is a point in a product of small orders: (source, country) must be equal; the period
is ordered by interval containment; each dimension by the vocabulary's "broader" tree, whose
top code ("all") contains every code. A set B contains A when it does so on every coordinate.

Each count's coordinates are packed into one int64 key (mixed radix). The *upward closure* U of
the keys (every key reached by widening one coordinate at a time) is built dimension by
dimension; then, again dimension by dimension, `least_superset[k]` = the smallest value among the
counts that contain k. Because containment is a product order, one pass per dimension gives the
minimum over all supersets. Cost: |U| * (chain length) per dimension, with |U| at most the
number of keys times the product of chain lengths, and equal to it for complete tables.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

import vocab

DIMS = list(vocab.DIMENSIONS)
NONE = np.iinfo(np.int64).max  # "no set contains this"


class Lattice:
    def __init__(self, sets: pd.DataFrame):
        """`sets`: one row per count with source_id, country, period_start, period_end, the
        dimensions and value (rows with a code outside the vocabulary must be removed first)."""
        self.group = sets.groupby(["source_id", "country"], sort=False).ngroup().to_numpy()
        start = sets["period_start"].to_numpy(dtype=np.int64)
        end = sets["period_end"].to_numpy(dtype=np.int64)
        # (a start after its end is the period_order rule's finding; it must not break this)
        low = int(min(start.min(), end.min())) if len(sets) else 0
        span = int(max(start.max(), end.max())) - low + 1 if len(sets) else 1
        periods, pcode = np.unique((start - low) * span + (end - low), return_inverse=True)
        self.p_start = periods // span + low
        self.p_end = periods % span + low
        n_periods = max(len(periods), 1)
        # (narrow, wide) pairs per dimension, the identity included
        wider = [np.nonzero((self.p_start[None, :] <= self.p_start[:, None])
                            & (self.p_end[None, :] >= self.p_end[:, None]))]
        coords = [pcode.astype(np.int64)]
        self.names = ["period"] + DIMS
        self.radix = [n_periods]
        for d in DIMS:
            codes = vocab.codes(d)
            pos = {c: i for i, c in enumerate(codes)}
            pairs = [(pos[c], pos[w]) for c in codes for w in vocab.broader_chain(d, c)]
            wider.append((np.array([n for n, _ in pairs]), np.array([w for _, w in pairs])))
            coords.append(pd.Categorical(sets[d], categories=codes).codes.astype(np.int64))
            self.radix.append(len(codes))
        self.stride = [int(np.prod(self.radix[i + 1:], dtype=np.int64)) for i in range(len(self.radix))]
        self.group_stride = int(np.prod(self.radix, dtype=np.int64))
        self.up = [_csr(n, w, r) for (n, w), r in zip(wider, self.radix)]
        key = self.group.astype(np.int64) * self.group_stride
        for c, s in zip(coords, self.stride):
            key = key + c * s
        self.key = key
        values = sets["value"].to_numpy(dtype=np.int64)
        order = np.argsort(key, kind="stable")
        ordered = key[order]
        first = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(ordered) else np.zeros(0, np.int64)
        self.present = ordered[first]
        self.vmin = np.minimum.reduceat(values[order], first) if len(first) else np.zeros(0, np.int64)
        self.vmax = np.maximum.reduceat(values[order], first) if len(first) else np.zeros(0, np.int64)
        self.universe = self.present
        for i in range(len(self.radix)):
            self.universe = _sorted_unique(self._expand(self.universe, i, self.up[i])[0])
        least = np.full(len(self.universe), NONE, dtype=np.int64)
        least[np.searchsorted(self.universe, self.present)] = self.vmin
        for i in range(len(self.radix)):
            wide, rep = self._expand(self.universe, i, self.up[i])
            vals = least[np.searchsorted(self.universe, wide)]
            least = np.minimum.reduceat(vals, np.cumsum(rep) - rep) if len(vals) else least
        self.least_superset = least

    # ------------------------------------------------------------------ keys

    def coord(self, keys: np.ndarray, i: int) -> np.ndarray:
        return (keys // self.stride[i]) % self.radix[i]

    def _expand(self, keys: np.ndarray, i: int, rel: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """Each key with coordinate i replaced by every related code; and how many each got."""
        ptr, idx = rel
        c = self.coord(keys, i)
        rep = ptr[c + 1] - ptr[c]
        base = np.repeat(keys - c * self.stride[i], rep)
        start = np.repeat(ptr[c] - (np.cumsum(rep) - rep), rep) + np.arange(rep.sum())
        return base + idx[start] * self.stride[i], rep

    def least_containing(self, keys: np.ndarray) -> np.ndarray:
        """Smallest value of a count containing each key (NONE if there is none)."""
        pos = np.searchsorted(self.universe, keys).clip(0, max(len(self.universe) - 1, 0))
        hit = (self.universe[pos] == keys) if len(self.universe) else np.zeros(len(keys), bool)
        return np.where(hit, self.least_superset[pos] if len(self.universe) else NONE, NONE)

    def supersets_of(self, key: int) -> np.ndarray:
        """Present keys that contain `key` (for messages about a few failures)."""
        ks = np.array([key], dtype=np.int64)
        for i in range(len(self.radix)):
            ks = _sorted_unique(self._expand(ks, i, self.up[i])[0])
        return ks[np.isin(ks, self.present)]

    # ------------------------------------------------------------------ rules

    def larger_than_a_superset(self) -> np.ndarray:
        """Present keys with a count larger than the smallest count containing them."""
        least = self.least_superset[np.searchsorted(self.universe, self.present)]
        return self.present[self.vmax > least]

    def overfull(self) -> list[tuple[int, int, int]]:
        """(dimension index, key of the narrowest set holding the parts, total of the parts) for
        every place where counts that cannot overlap on one dimension, all else equal, add up to
        more than a count containing them all, and more than any one of them alone (one part
        alone larger is the subset rule's finding)."""
        found: list[tuple[int, int, int]] = []
        for i, name in enumerate(self.names):
            if name == "period":
                found += self._overfull_periods(i)
            else:
                found += self._overfull_tree(i, name)
        return found

    def _overfull_tree(self, i: int, d: str) -> list[tuple[int, int, int]]:
        codes = vocab.codes(d)
        parent = np.array([codes.index(vocab.broader_chain(d, c)[1]) if len(vocab.broader_chain(d, c)) > 1 else -1
                           for c in codes])
        depth = np.array([len(vocab.broader_chain(d, c)) - 1 for c in codes])
        c = self.coord(self.present, i)
        rest = self.present - c * self.stride[i]
        pres = pd.DataFrame({"rest": rest, "code": c, "v": self.vmax})
        below: pd.DataFrame | None = None  # per (rest, code): best antichain, largest single part
        found = []
        for level in range(int(depth.max()), -1, -1):
            cur = pres[depth[pres["code"].to_numpy()] == level]
            if below is not None and len(below):
                agg = below.assign(code=parent[below["code"].to_numpy()]).groupby(
                    ["rest", "code"], sort=False).agg(kids=("best", "sum"), single=("single", "max")).reset_index()
                cur = cur.merge(agg, on=["rest", "code"], how="outer")
            else:
                cur = cur.assign(kids=0, single=-1)
            cur = cur.fillna({"v": -1, "kids": 0, "single": -1})
            v, kids, single = (cur[k].to_numpy(dtype=np.int64) for k in ("v", "kids", "single"))
            keys = cur["rest"].to_numpy(dtype=np.int64) + cur["code"].to_numpy(dtype=np.int64) * self.stride[i]
            over = (kids > single) & (kids > self.least_containing(keys))
            found += [(i, int(k), int(t)) for k, t in zip(keys[over], kids[over])]
            below = pd.DataFrame({"rest": cur["rest"].to_numpy(), "code": cur["code"].to_numpy(),
                                  "best": np.maximum(v, kids), "single": np.maximum(v, single)})
        return found

    def _overfull_periods(self, i: int) -> list[tuple[int, int, int]]:
        """Weighted interval scheduling inside each period, for all other coordinates at once."""
        c = self.coord(self.present, i)
        rest = self.present - c * self.stride[i]
        s, e, v = self.p_start[c], self.p_end[c], self.vmax
        found = []
        for w in range(len(self.p_start)):
            ws, we = self.p_start[w], self.p_end[w]
            inside = (s >= ws) & (e <= we) & (c != w)
            if inside.sum() < 2:
                continue
            groups, g = np.unique(rest[inside], return_inverse=True)
            ps, pe, pv = s[inside], e[inside], v[inside]
            best = np.zeros((we - ws + 2, len(groups)), dtype=np.int64)  # row y-ws+1: best up to year y
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
    """np.unique by sorting (numpy 2's hash-based unique is several times slower on int64 keys)."""
    a = np.sort(a)
    return a[np.r_[True, a[1:] != a[:-1]]] if len(a) else a


def _csr(narrow: np.ndarray, wide: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(narrow, kind="stable")
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.add.at(ptr, narrow + 1, 1)
    return np.cumsum(ptr), wide[order].astype(np.int64)
