"""Synthetic Global Witness record exports (invented ids and no names) for the reconciliation
tests. The current-format file reproduces the seed's definitions exactly, plus awkward rows."""

from __future__ import annotations

import csv
from pathlib import Path

CURRENT = ["id", "industry_driver", "name", "gender", "person_characteristics", "event_date",
           "event_country", "involvement_perpetrator_type", "event_continent", "act_type", "year"]
OLD_2022 = ["id", "date", "name", "gender", "age", "person_characteristics", "industry_driver",
            "perpetrator_type", "continent", "country", "country_numeric", "local_region", "number_of_victims"]


def _people() -> list[dict]:
    """222 people in Mexico 2012-2024 built to match the seed: 110 Indigenous (17 police or
    private military, 15 mining), 112 others (11 police or private military, 27 mining);
    2024: 18 murders, 1 disappearance."""
    groups = [
        # count, characteristic, perpetrator, industry
        (10, "Indigenous Peoples", "Police", "Land"),
        (7, "Indigenous Peoples", "Private military actors", "Logging"),
        (15, "Indigenous Peoples", "Hitmen", "Mining & Extractives"),
        (78, "Indigenous Peoples", "Unknown", "Land"),
        (11, "Small-scale farmer", "Police", "Agribusiness"),
        (27, "Other", "Organised crime / mafias", "Mining & Extractives"),
        (60, "Small-scale farmer", "Hitmen", "Hydropower"),
        (14, "", "Unknown", "Other"),  # blank characteristics: not recorded as Indigenous
    ]
    people = []
    for count, char, perp, ind in groups:
        for _ in range(count):
            people.append({"person_characteristics": char, "involvement_perpetrator_type": perp,
                           "industry_driver": ind})
    years = [2012 + i % 12 for i in range(len(people))]  # 2012-2023 ...
    acts = ["Murder"] * len(people)
    for k in range(19):  # ... except 19 people in 2024: 18 murders, 1 disappearance
        years[-1 - k * 5] = 2024
    acts[-1] = "Disappearance"   # the 2024 disappearance
    acts[-2] = "Disappearance"   # one more in 2023 (not 2024)
    for i, p in enumerate(people):
        p.update({"id": f"syn{i:04d}", "name": "", "gender": "Female" if i % 4 == 0 else "Male",
                  "event_date": f"{years[i]}-06-01", "event_country": "Mexico", "event_continent": "Americas",
                  "act_type": acts[i], "year": str(years[i])})
    assert sum(1 for i, p in enumerate(people) if p["year"] == "2024" and p["act_type"] == "Murder") == 18
    return people


def awkward() -> list[dict]:
    base = {"name": "", "gender": "Male", "event_continent": "Americas", "act_type": "Murder",
            "industry_driver": "Land", "involvement_perpetrator_type": "Unknown", "person_characteristics": ""}
    return [
        {**base, "id": "synX001", "event_country": "Guatemala", "event_date": "2020-01-01", "year": "2020"},
        {**base, "id": "synX002", "event_country": "Atlantis", "event_date": "2020-01-01", "year": "2020"},
        {**base, "id": "synX003", "event_country": "Mexico", "event_date": "2025-03-01", "year": "2025",
         "person_characteristics": "Indigenous Peoples"},
        {**base, "id": "synX004", "event_country": "Mexico", "event_date": "2011-03-01", "year": "2011"},
    ]


def people() -> list[dict]:
    """The 222 invented people (a fresh list each call, to edit in a test)."""
    return _people()


def write_current(path: Path, extra: bool = True, rows: list[dict] | None = None) -> Path:
    """A current-format export: the 222 people (or `rows`), plus awkward rows unless extra=False."""
    rows = _people() if rows is None else rows
    if extra:
        rows = rows + awkward() + [dict(rows[3])]  # the last one duplicates an id
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CURRENT, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return path


def write_2022(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=OLD_2022, lineterminator="\n")
        w.writeheader()
        for p in _people():
            w.writerow({"id": p["id"], "date": p["event_date"], "name": "", "gender": p["gender"], "age": "",
                        "person_characteristics": p["person_characteristics"],
                        "industry_driver": p["industry_driver"], "perpetrator_type": p["involvement_perpetrator_type"],
                        "continent": "Americas", "country": "Mexico", "country_numeric": "484", "local_region": "",
                        "number_of_victims": "1"})
    return path
