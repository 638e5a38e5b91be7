"""De XLSX-vragenlijst gelezen door een echte kantoorsuite (LibreOffice headless, issue 16 punt 1).

Een team dat `=1+1` heet, blijft in LibreOffice de tekst `=1+1` (een formule zou 2 tonen), en de
bladen Antwoorden, Uitleg en Keuzes zijn er, met de kolomcodes die de import terugleest.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from tests.kantoor import libreoffice_zet_om
from trainingsplanner.cli.app import app

pytestmark = pytest.mark.slow


def test_16_1_libreoffice_leest_de_vragenlijst_zonder_formules(tmp_path: Path) -> None:
    profiel = (REPO / "examples" / "klein.yaml").read_text(encoding="utf-8")
    assert "  - naam: Publiekszaken" in profiel
    (tmp_path / "p.yaml").write_text(
        profiel.replace("  - naam: Publiekszaken", "  - naam: '=1+1'"), encoding="utf-8"
    )
    resultaat = CliRunner().invoke(
        app,
        [
            "leerdoelwijzer",
            "create",
            "--gemeente",
            str(tmp_path / "p.yaml"),
            "--out",
            str(tmp_path / "vl"),
        ],
    )
    assert resultaat.exit_code == 0, resultaat.output
    (xlsx,) = [p for p in (tmp_path / "vl").glob("*.xlsx") if "1-1" in p.name]
    uit = tmp_path / "uit"
    filter_ = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"
    libreoffice_zet_om(xlsx, filter_, uit, tmp_path)
    bladen = {p.stem.rsplit("-", 1)[-1]: p for p in uit.glob("*.csv")}
    assert {"Antwoorden", "Uitleg", "Keuzes"} <= set(bladen)
    with bladen["Keuzes"].open(encoding="utf-8") as f:
        keuzes = list(csv.reader(f, delimiter=";"))
    assert keuzes[0][0] == "=1+1"  # tekst, geen formule met uitkomst 2
    with bladen["Antwoorden"].open(encoding="utf-8") as f:
        kop = next(csv.reader(f, delimiter=";"))
    assert kop[0] == "Team [team]"
    assert any(k.endswith("[leren:risicoanalyse]") for k in kop)
