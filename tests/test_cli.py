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
