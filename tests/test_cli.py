"""Every entry point the README names answers --help with its usage and writes nothing, and a
wrong argument is one line of usage on stderr with exit code 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted(p.name for p in (ROOT / "scripts").glob("*.py"))


def snapshot() -> dict[str, float]:
    """Modification times of everything a script could write to."""
    out = {}
    for folder in ("data", "figures", "build", "dist", "seeds"):
        for p in (ROOT / folder).rglob("*"):
            if p.is_file():
                out[str(p)] = p.stat().st_mtime_ns
    for p in (ROOT / "datapackage.json", ROOT / "README.md"):
        out[str(p)] = p.stat().st_mtime_ns
    return out


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_the_readme_names_every_entry_point():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s for s in SCRIPTS if f"scripts/{s}" not in readme]
    assert not missing, f"entry points the README does not document: {missing}"


@pytest.mark.parametrize("script", SCRIPTS)
def test_help_prints_usage_and_writes_nothing(script):
    before = snapshot()
    got = run(f"scripts/{script}", "--help")
    assert got.returncode == 0, got.stderr
    assert got.stdout.startswith(f"usage: {script}")
    assert "Traceback" not in got.stderr
    assert snapshot() == before


@pytest.mark.parametrize("script", SCRIPTS)
def test_an_unknown_option_is_a_usage_error_not_a_traceback(script):
    before = snapshot()
    got = run(f"scripts/{script}", "--no-such-option")
    assert got.returncode == 2
    assert "Traceback" not in got.stderr
    assert "usage:" in got.stderr and "error:" in got.stderr
    assert snapshot() == before


def test_an_extractor_defect_is_one_line_naming_the_text_and_writes_nothing(tmp_path, monkeypatch, capsys):
    """A defect of the extractor on a new text (a KeyError reached users on an unseen passage) is one line on stderr
    naming the text and the error, exit code 1, and nothing written: the outputs stay whole."""
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import extract as extract_script
    from mld.extract import resolve

    def broken(src):
        raise KeyError("period_start")

    monkeypatch.setattr(resolve, "extract", broken)
    text = tmp_path / "article.txt"
    text.write_text("# language: en\n# published: 2026-10-01\n\n24 defenders were killed in Mexico in 2025.\n",
                    encoding="utf-8")
    out = tmp_path / "out"
    assert extract_script.main([str(text), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert str(text) in err and "KeyError" in err and "Traceback" not in err
    assert not out.exists()


def test_a_build_reports_an_extractor_defect_as_an_error_of_its_seed(tmp_path, monkeypatch):
    """`make data` (mld.build.stage) lists the failure among its errors, naming the seed, and reads the others."""
    from mld.build import stage
    from mld.extract import resolve

    def broken(src):
        raise KeyError("period_start")

    monkeypatch.setattr(resolve, "extract", broken)
    (tmp_path / "seeds").mkdir()
    for p in (ROOT / "seeds").iterdir():  # (the project's seed, with its metadata)
        (tmp_path / "seeds" / p.name).write_bytes(p.read_bytes())
    built = stage.build(tmp_path)
    assert any(".txt" in e and "KeyError" in e and "Traceback" not in e for e in built.errors), built.errors
