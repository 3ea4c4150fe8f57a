"""Bad input never passes and never destroys good data: staged builds, accept-to-change,
hostile text."""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import build_data
import derive
import extract
from conftest import ROOT

SEED = next((ROOT / "seeds").glob("*.txt"))


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the package to rebuild with build_data --root."""
    for name in ("seeds", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy2(ROOT / "datapackage.json", tmp_path)
    return tmp_path


def snapshot(root: Path) -> dict[str, bytes]:
    files = [*sorted((root / "data").iterdir()), root / "datapackage.json"]
    return {f.name: f.read_bytes() for f in files}


def edit_seed(root: Path, old: bytes, new: bytes) -> None:
    seed = root / "seeds" / SEED.name
    seed.write_bytes(seed.read_bytes().replace(old, new))


def test_rebuild_with_nothing_changed_writes_nothing_new(root):
    before = snapshot(root)
    assert build_data.main(["--root", str(root)]) == 0
    assert snapshot(root) == before


def test_failure_part_way_leaves_data_as_it_was(root, monkeypatch):
    before = snapshot(root)
    edit_seed(root, b"222 land", b"232 land")

    def broken(counts):
        raise RuntimeError("injected failure while deriving")
    monkeypatch.setattr(derive, "derive", broken)
    with pytest.raises(RuntimeError, match="injected"):
        build_data.main(["--root", str(root), "--accept"])
    assert snapshot(root) == before
    assert not list(root.glob(".staging.*"))


def test_changed_figure_stops_and_shows_the_difference(root, capsys):
    before = snapshot(root)
    edit_seed(root, b"42 of the 222", b"41 of the 222")
    assert build_data.main(["--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "pbi-canada-2025-09-19-c07 changes" in err and "value=41" in err and "ACCEPT=1" in err
    assert snapshot(root) == before
    # told to accept, it writes
    assert build_data.main(["--root", str(root), "--accept"]) == 0
    assert b",41,at_least," in (root / "data" / "counts.csv").read_bytes()


def test_dropped_figure_stops(root, capsys):
    edit_seed(root, b"\xe2\x80\x93 15 of the 110 Indigenous defenders killed were in a struggle related to mining "
              b"and extractives\n", b"")
    before = snapshot(root)
    assert build_data.main(["--root", str(root)]) == 1
    assert "is dropped" in capsys.readouterr().err
    assert snapshot(root) == before


def test_seed_edit_that_breaks_a_rule_writes_nothing_even_when_accepted(root, capsys):
    before = snapshot(root)
    edit_seed(root, b"110 of the 222", b"310 of the 222")
    assert build_data.main(["--root", str(root), "--accept"]) == 1
    err = capsys.readouterr().err
    assert "rule subset" in err and "310 of the 222" in err and "left as it was" in err
    assert snapshot(root) == before


# ------------------------------------------------------------------------------- hostile text

def run_extract(path: Path, out: Path, memory_gb: int = 3, timeout: int = 600) -> subprocess.CompletedProcess:
    def limit():
        cap = memory_gb * 1024 ** 3
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "extract.py"), str(path), "--out", str(out)],
                          capture_output=True, text=True, timeout=timeout, preexec_fn=limit)


@pytest.mark.parametrize("content,rc,message", [
    (b"", 0, "0 counts"),
    (b"\x00\x01\x02\xff\xfe binary", 1, "not UTF-8"),
    (b"\x00\x01 nul bytes but valid utf-8", 1, "NUL bytes"),
    (b"No figures here. Only words, and a date: February 2026.", 0, "0 counts"),
    ("Global Witness: en 2024 al menos 18 personas defensoras fueron asesinadas en M\u00e9xico. "
     "In 2024, 13 defenders were killed in Colombia.".encode(), 0, "2 counts"),
])
def test_hostile_small_inputs_end_cleanly(tmp_path, content, rc, message):
    f = tmp_path / "input.txt"
    f.write_bytes(content)
    proc = run_extract(f, tmp_path / "out")
    assert proc.returncode == rc, proc.stderr
    assert message in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr


def test_fifty_megabytes_of_numbers_everywhere_end_cleanly_under_a_memory_cap(tmp_path):
    """Bounded: the run must finish under a 3 GB address-space cap (and the generous timeout)."""
    words = ("the defenders killed in Mexico 2020 one siete Colombia with 48 between 2012 and 2024 at least "
             "disappeared Indigenous police mining . of the 222 % \n – Chiapas region journalists 5:00 19% "
             "1.910 cases \u00e9 \u4e2d").split(" ")
    chunk = " ".join(words[(i * 7) % len(words)] for i in range(200_000))
    f = tmp_path / "big.txt"
    with f.open("w", encoding="utf-8") as out:
        while out.tell() < 50 * 1024 * 1024:
            out.write(chunk)
    proc = run_extract(f, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "extract: 1 text(s)" in proc.stdout


def test_very_long_sentence_goes_to_review(tmp_path):
    text = "In 2024, " + ", ".join(["12 defenders were killed in Mexico"] * 200) + ".\n"
    got = extract.extract(_source(tmp_path, text))
    assert not got.counts and "characters was not read" in got.review[0]["reason"]


def _source(tmp_path: Path, text: str) -> extract.Source:
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    return extract.read_source(f)
