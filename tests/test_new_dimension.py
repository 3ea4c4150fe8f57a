"""Adding a dimension is a vocabulary change (plus its words in the lexicon files), not a code change:
a throwaway dimension `age_group` appears as a column of every table that carries dimensions, is
extracted, keys the consistency rules and the ids of unrestricted figures do not change."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, write_seed

SCRIPT = r"""
import json, sys
from pathlib import Path
from mld.build import stage, descriptor
from mld.validate.run import validate
root = Path(sys.argv[1])
b = stage.build(root)
assert not b.errors, b.errors
stage.write(b, root, root)
fails = validate(root / "datapackage.json")
print(json.dumps({
    "columns": descriptor.columns("counts"),
    "derived_columns": descriptor.columns("derived_counts"),
    "counts": b.rows.counts, "failures": len(fails),
}, default=str))
"""


def test_a_throwaway_dimension_needs_no_code_change(tmp_path: Path):
    vocab = json.loads((ROOT / "vocabulary.json").read_text(encoding="utf-8"))
    vocab["dimensions"]["age_group"] = {
        "description": "Whether the count is restricted to young defenders (`youth`) or not (`all`).",
        "codes": {"all": {"label": {"en": "all ages", "es": "todas las edades"}},
                  "youth": {"label": {"en": "young defenders", "es": "personas defensoras jóvenes"}}}}
    (tmp_path / "vocabulary.json").write_text(json.dumps(vocab), encoding="utf-8")
    lex_dir = tmp_path / "lexicon"
    lex_dir.mkdir()
    for lang, words in (("en", ["young", "youth"]), ("es", ["jóvenes", "joven"])):
        lex = json.loads((ROOT / "lexicon" / f"{lang}.json").read_text(encoding="utf-8"))
        lex["terms"]["age_group"] = {"youth": words}
        (lex_dir / f"{lang}.json").write_text(json.dumps(lex), encoding="utf-8")
    root = tmp_path / "pkg"
    shutil.copytree(ROOT / "seeds", root / "seeds")
    write_seed(root, "young", "In Mexico, 12 young defenders were killed in 2024.\n")
    env = {**os.environ, "MLD_VOCABULARY": str(tmp_path / "vocabulary.json"), "MLD_LEXICON": str(lex_dir),
           "PYTHONPATH": str(ROOT / "scripts")}
    p = subprocess.run([sys.executable, "-c", SCRIPT, str(root)], capture_output=True, text=True, env=env)
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout)
    assert got["columns"].index("age_group") == got["columns"].index("sector") + 1
    assert "age_group" in got["derived_columns"]
    assert got["failures"] == 0
    by_value = {c["value"]: c for c in got["counts"]}
    assert by_value[12]["age_group"] == "youth" and by_value[222]["age_group"] == "all"
    # an unrestricted dimension is not part of the id: the seed's ids are the same as before
    seed_ids = {c["id"] for c in got["counts"] if c["source_id"] == "pbi-canada-2025-09-19"}
    committed = (ROOT / "data" / "counts.csv").read_text(encoding="utf-8")
    assert all(i in committed for i in seed_ids)
