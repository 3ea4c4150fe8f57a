"""Charts: committed baselines reproduced, numbers read from the package, nothing drawn from
invalid data."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.testing.compare import compare_images

import charts
import vocab
from conftest import ROOT, build, read, write

FILES = sorted(p.relative_to(ROOT / "figures").as_posix() for p in (ROOT / "figures").glob("*/*.*"))


@pytest.fixture(scope="module")
def drawn(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("figures")
    assert charts.main([str(ROOT / "datapackage.json"), "--out", str(out)]) == 0
    return out


def test_every_chart_in_both_languages_and_formats():
    expected = {f"{lang}/{name}.{ext}" for lang in vocab.LANGUAGES for name in charts.CHARTS for ext in ("png", "svg")}
    assert set(FILES) == expected


@pytest.mark.parametrize("name", [f for f in FILES if f.endswith(".png")])
def test_png_matches_baseline(drawn, name):
    assert compare_images(str(ROOT / "figures" / name), str(drawn / name), tol=0) is None


@pytest.mark.parametrize("name", FILES)
def test_files_are_byte_identical_to_committed(drawn, name):
    assert (drawn / name).read_bytes() == (ROOT / "figures" / name).read_bytes()


def test_figures_readme_is_current_and_lists_every_file(drawn):
    text = (ROOT / "figures" / "README.md").read_text(encoding="utf-8")
    assert (drawn / "README.md").read_text(encoding="utf-8") == text
    for name in FILES:
        assert f"`{name}`" in text
    assert text.count("Alt text (en)") == text.count("Alt text (es)") == len(charts.CHARTS)


def test_titles_say_documented_minimum(drawn):
    for lang in vocab.LANGUAGES:
        for name in charts.CHARTS:
            svg = (drawn / lang / f"{name}.svg").read_text(encoding="utf-8")
            assert "<title>" in svg and "<dc:description>" in svg
    alts = (drawn / "README.md").read_text(encoding="utf-8")
    assert "At least" in alts and "Al menos" in alts


def test_no_timestamps_in_svg(drawn):
    for f in drawn.glob("*/*.svg"):
        assert "<dc:date>" not in f.read_text(encoding="utf-8")


def test_numbers_come_from_the_package(tmp_path):
    """Another article, other numbers: the charts follow the data, not literals."""
    pkg = build(tmp_path, (
        "Global Witness documented 7 killings and 2 disappearances of defenders in Guatemala in 2023.\n"
        "The database shows that between 2012 and 2023 at least:\n"
        "- 95 defenders were killed or disappeared in Guatemala\n"
        "- 40 of the 95 defenders were Indigenous (in a country where 44% of the population is Indigenous)\n"
        "- 6 of the 40 Indigenous defenders were killed by the police or private military actors\n"
        "- 9 of the 95 defenders were killed by the police or private military actors\n"))
    out = tmp_path / "figs"
    assert charts.main([str(pkg / "datapackage.json"), "--out", str(out)]) == 0
    alts = (out / "README.md").read_text(encoding="utf-8")
    assert "At least 95" in alts and "Guatemala" in alts and "42.1%" in alts and "44%" in alts
    assert "55" in alts  # derived not-Indigenous = 95 - 40
    assert "222" not in alts


def test_invalid_data_draws_nothing_and_keeps_old_charts(pkg, tmp_path, capsys):
    out = tmp_path / "old"
    (out / "en").mkdir(parents=True)
    (out / "en" / "units.png").write_bytes(b"old chart")
    df = read(pkg, "counts")
    df.loc[df["id"] == "pbi-canada-2025-09-19-c05", "value"] = "120"
    write(pkg, "counts", df)
    assert charts.main([str(pkg / "datapackage.json"), "--out", str(out)]) == 1
    assert [p.name for p in out.rglob("*") if p.is_file()] == ["units.png"]
    assert (out / "en" / "units.png").read_bytes() == b"old chart"
    assert "nothing drawn" in capsys.readouterr().err


def test_failure_while_drawing_leaves_old_charts(tmp_path, monkeypatch):
    out = tmp_path / "old"
    (out / "en").mkdir(parents=True)
    (out / "en" / "composition.png").write_bytes(b"old chart")

    def broken(p, lang):
        raise RuntimeError("injected failure")
    monkeypatch.setitem(charts.CHARTS, "units", broken)
    with pytest.raises(RuntimeError, match="injected"):
        charts.draw(ROOT / "datapackage.json", out)
    assert (out / "en" / "composition.png").read_bytes() == b"old chart"
    assert not list(tmp_path.glob(".figures.*"))
