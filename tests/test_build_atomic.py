"""`make data` is all or nothing across files: an interruption at any moment leaves the old package
or the new one, never a mix.

Two ways of interrupting: a fault injected at every filesystem step of the swap (deterministic), and
the build process killed (SIGKILL) at many moments of a real run."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from mld import atomic
from mld.build import publish


def digest(data: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data.glob("*.csv"))}


@pytest.fixture
def old_and_new(tmp_path: Path) -> tuple[Path, dict, dict]:
    """A package whose data/ is the committed one, and a seed edit that gives different data/."""
    root = tmp_path / "pkg"
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "data", root / "data")
    shutil.copy2(ROOT / "datapackage.json", root / "datapackage.json")
    old = digest(root / "data")
    seed = root / "seeds" / "000_a283e6b55accc347.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Stay tuned for more updates.",
                    "Global Witness documented 31 killings of defenders in Mexico in 2022."), encoding="utf-8")
    staging = tmp_path / "expected"
    assert publish.run(root, staging, accept=True, check=False) == 0
    new = digest(root / "data")
    assert new != old
    shutil.rmtree(root / "data")
    shutil.copytree(ROOT / "data", root / "data")  # back to the old data/, the seed stays new
    return root, old, new


STEPS = ["os.replace", "exchange", "rmtree", "write_text"]


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("nth", [1, 2, 3])
def test_a_fault_at_any_step_leaves_old_or_new(old_and_new, monkeypatch, step, nth):
    root, old, new = old_and_new
    calls = {"n": 0}

    def failing(real):
        def wrapper(*a, **k):
            calls["n"] += 1
            if calls["n"] == nth:
                raise KeyboardInterrupt("interrupted")
            return real(*a, **k)
        return wrapper
    if step == "os.replace":
        monkeypatch.setattr(atomic.os, "replace", failing(os.replace))
    elif step == "exchange":
        monkeypatch.setattr(atomic, "exchange", failing(atomic.exchange))
    elif step == "rmtree":
        monkeypatch.setattr(publish.shutil, "rmtree", failing(shutil.rmtree))
    else:
        monkeypatch.setattr(atomic, "write_text", failing(atomic.write_text))
    staging = root / ".build" / "next"
    try:
        publish.run(root, staging, accept=True, check=False)
    except KeyboardInterrupt:
        pass
    assert digest(root / "data") in (old, new)


@pytest.mark.slow
def test_killed_at_many_moments_leaves_old_or_new(old_and_new):
    root, old, new = old_and_new
    cmd = [sys.executable, str(ROOT / "scripts" / "build_data.py"), "--root", str(root), "--accept"]
    start = time.monotonic()
    subprocess.run(cmd, capture_output=True, check=True)
    duration = time.monotonic() - start
    shutil.rmtree(root / "data")
    shutil.copytree(ROOT / "data", root / "data")
    seen = set()
    for k in range(12):
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * (0.45 + 0.05 * k))
        p.send_signal(signal.SIGKILL)
        p.wait()
        state = digest(root / "data")
        assert state in (old, new), f"a mix after a kill at {0.45 + 0.05 * k:.2f} of the run"
        seen.add("new" if state == new else "old")
        if state == new:
            shutil.rmtree(root / "data")
            shutil.copytree(ROOT / "data", root / "data")
    # the next build after any kill finishes the job
    subprocess.run(cmd, capture_output=True, check=True)
    assert digest(root / "data") == new
