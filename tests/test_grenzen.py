"""Absurde invoer wordt snel en met een duidelijke melding geweigerd, in begrensd geheugen.

Markering `slow`: grote invoer maken en lezen (alleen `make test`).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tests.maak import BASIS
from trainingsplanner.cli.app import app

runner = CliRunner()
pytestmark = pytest.mark.slow


def _check(tmp_path: Path, data: object) -> str:
    pad = tmp_path / "p.yaml"
    pad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    resultaat = runner.invoke(app, ["check-randvoorwaarden", "--gemeente", str(pad)])
    assert resultaat.exit_code == 2, resultaat.output
    return resultaat.stderr


def test_miljard_medewerkers(tmp_path: Path) -> None:
    data = copy.deepcopy(BASIS)
    data["teams"][0]["medewerkers"] = 10**9
    assert "teams[0].medewerkers: 1000000000 mag niet; moet hoogstens 1000000 zijn" in _check(
        tmp_path, data
    )


def test_honderd_jaar(tmp_path: Path) -> None:
    data = copy.deepcopy(BASIS)
    data["looptijd_jaren"] = 100
    assert "looptijd_jaren: 100 mag niet; moet hoogstens 5 zijn" in _check(tmp_path, data)


def test_te_veel_teams(tmp_path: Path) -> None:
    data = copy.deepcopy(BASIS)
    data["teams"] = [
        {"naam": f"T{i}", "functiegroep": "buitendienst", "medewerkers": 1} for i in range(5001)
    ]
    assert "teams: is te lang (hoogstens 5000)" in _check(tmp_path, data)


def test_miljoen_teams_is_te_groot_bestand(tmp_path: Path) -> None:
    pad = tmp_path / "p.yaml"
    regel = "  - {naam: T, functiegroep: buitendienst, medewerkers: 1}\n"
    with pad.open("w", encoding="utf-8") as bestand:
        bestand.write("versie: 1\nteams:\n")
        for _ in range(100_000):
            bestand.write(regel)
    resultaat = runner.invoke(app, ["generate", "--gemeente", str(pad), "--out", "-"])
    assert resultaat.exit_code == 2
    assert "bestand is groter dan 4 MB" in resultaat.stderr
