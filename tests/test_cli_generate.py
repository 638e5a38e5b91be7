"""`plan generate` en `plan explain` via de CLI: bestanden, exit codes, mappen, meldingen."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.cli.app import app

runner = CliRunner()
VOORBEELDEN = REPO / "examples"


@pytest.fixture
def profielmap(in_tmp: Path) -> Path:
    for naam in ("klein.yaml", "nog-niet-klaar.yaml"):
        shutil.copy(VOORBEELDEN / naam, in_tmp / naam)
    return in_tmp


def test_generate_schrijft_html_naast_het_profiel(profielmap: Path) -> None:
    """HTML is de standaard (issue 12, punt 10): dat openen coördinatoren en directeuren."""
    resultaat = runner.invoke(app, ["generate", "--gemeente", "klein.yaml"])
    assert resultaat.exit_code == 0, resultaat.output
    uit = profielmap / "klein.programma.html"
    assert uit.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "Geschreven: klein.programma.html" in resultaat.stderr
    assert "Gemeente Klein-Heuvelrug: 120 onderdelen" in resultaat.stderr


def test_generate_markdown_op_verzoek(profielmap: Path) -> None:
    resultaat = runner.invoke(app, ["generate", "klein.yaml", "--format", "MD"])
    assert resultaat.exit_code == 0, resultaat.output
    uit = profielmap / "klein.programma.md"
    assert uit.read_text(encoding="utf-8").startswith(
        "# Trainingsprogramma publieksagressie — Gemeente Klein-Heuvelrug"
    )
    assert "Geschreven: klein.programma.md" in resultaat.stderr
    assert "Gemeente Klein-Heuvelrug: 120 onderdelen" in resultaat.stderr


def test_generate_overschrijft_niet_zonder_force(profielmap: Path) -> None:
    """Een bestaand bestand is een fout in de opdracht, niet in de invoer (issue 12, punt 2)."""
    uit = profielmap / "klein.programma.html"
    uit.write_text("eigen aantekeningen", encoding="utf-8")
    resultaat = runner.invoke(app, ["generate", "--gemeente", "klein.yaml"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines()[-2:] == [
        "klein.programma.html: bestand bestaat al; gebruik --force om het te vervangen",
        "1 probleem gevonden in de opdracht.",
    ]
    assert uit.read_text(encoding="utf-8") == "eigen aantekeningen"
    resultaat = runner.invoke(app, ["generate", "--gemeente", "klein.yaml", "--force"])
    assert resultaat.exit_code == 0
    assert uit.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(profielmap.glob(".*.tmp"))


def test_generate_json_naar_stdout(profielmap: Path) -> None:
    resultaat = runner.invoke(
        app, ["generate", "--gemeente", "klein.yaml", "--format", "json", "--out", "-"]
    )
    assert resultaat.exit_code == 0
    data = json.loads(resultaat.stdout)
    assert data["versie"] == 1 and data["gemeente"] == "Gemeente Klein-Heuvelrug"
    assert data["onderdelen"][0]["id"] == "stap1-trainers-opleiden"  # R8.3: eerst meelopen
    assert not list(profielmap.glob("*.programma.*"))


def test_generate_blokkerend_geeft_exit_1_maar_wel_een_programma(profielmap: Path) -> None:
    resultaat = runner.invoke(app, ["generate", "nog-niet-klaar.yaml", "--format", "md"])
    assert resultaat.exit_code == 1
    tekst = (profielmap / "nog-niet-klaar.programma.md").read_text(encoding="utf-8")
    assert "Organisatienorm vaststellen in het MT" in tekst
    assert "[blokkerend] RV1" in resultaat.stderr


def test_generate_fout_profiel_exit_2_met_plek(profielmap: Path) -> None:
    (profielmap / "kapot.yaml").write_text("versie: 1\ngemeente: X\nteams: []\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["generate", "--gemeente", "kapot.yaml"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines() == [
        "kapot.yaml:1:1: startdatum: verplicht veld 'startdatum' ontbreekt; vul het in",
        "kapot.yaml:3:8: teams: is te kort of te leeg",
        "2 problemen gevonden in de invoer.",
    ]
    assert not list(profielmap.glob("kapot.programma.*"))


def test_generate_ontbrekend_profiel(in_tmp: Path) -> None:
    resultaat = runner.invoke(app, ["generate", "--gemeente", "bestaat-niet.yaml"])
    assert resultaat.exit_code == 2
    assert "bestaat-niet.yaml:1:1: bestand niet gevonden" in resultaat.stderr


def test_generate_map_gaat_door_na_een_fout_profiel(profielmap: Path) -> None:
    (profielmap / "kapot.yaml").write_text("versie: 1\n", encoding="utf-8")
    uit = profielmap / "uit"
    uit.mkdir()
    resultaat = runner.invoke(app, ["generate", "--gemeente", str(profielmap), "--out", str(uit)])
    assert resultaat.exit_code == 2
    assert sorted(p.name for p in uit.iterdir()) == [
        "klein.programma.html",
        "nog-niet-klaar.programma.html",
    ]
    assert "2 van 3 programma's geschreven." in resultaat.stderr
    assert (
        "kapot.yaml:1:1: gemeente: verplicht veld 'gemeente' ontbreekt; vul het in"
        in resultaat.stderr
    )


def test_generate_map_zonder_fouten_maar_met_blokkade_exit_1(profielmap: Path) -> None:
    resultaat = runner.invoke(app, ["generate", "--gemeente", ".", "--format", "json"])
    assert resultaat.exit_code == 1
    assert (profielmap / "klein.programma.json").exists()


def test_teamnaam_met_pijp_en_regeleinde_breekt_geen_tabel(in_tmp: Path) -> None:
    tekst = (VOORBEELDEN / "klein.yaml").read_text(encoding="utf-8")
    tekst = tekst.replace("- naam: Publiekszaken", '- naam: "A | B\\n# kop <b>*x*</b>"')
    (in_tmp / "raar.yaml").write_text(tekst, encoding="utf-8")
    resultaat = runner.invoke(
        app, ["generate", "--gemeente", "raar.yaml", "--format", "md", "--out", "-"]
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert any("A \\| B" in r for r in resultaat.stdout.splitlines() if r.startswith("|"))
    for tabel in _tabellen(resultaat.stdout):
        kolommen = {_pijpen(r) for r in tabel}
        assert len(kolommen) == 1, tabel
    assert "<b>" not in resultaat.stdout and "\\<b\\>" in resultaat.stdout
    assert "\n# kop" not in resultaat.stdout


def _pijpen(regel: str) -> int:
    return regel.count("|") - regel.count("\\|")


def _tabellen(tekst: str) -> list[list[str]]:
    tabellen: list[list[str]] = []
    huidig: list[str] = []
    for regel in tekst.splitlines():
        if regel.startswith("|"):
            huidig.append(regel)
        elif huidig:
            tabellen.append(huidig)
            huidig = []
    return tabellen + ([huidig] if huidig else [])


def test_explain_onderdeel(profielmap: Path) -> None:
    resultaat = runner.invoke(
        app, ["explain", "stap3-toezicht-en-handhaving-vaardigheden", "--gemeente", "klein.yaml"]
    )
    assert resultaat.exit_code == 0
    assert (
        "R6.5: gespreksvoering is onderdeel van de opleiding BOA van dit team" in resultaat.stdout
    )
    assert "Al afgedekt: Gespreksvoering" in resultaat.stdout


def test_explain_regel_r3_2(profielmap: Path) -> None:
    resultaat = runner.invoke(app, ["explain", "R3.2", "--gemeente", "klein.yaml"])
    assert resultaat.exit_code == 0
    assert resultaat.stdout.startswith("Regel R3.2\nLeidinggevenden en hoger management")
    assert "stap3-publiekszaken-vaardigheden" in resultaat.stdout
    assert "R3.2: begint pas na training hoger management en leidinggevenden" in resultaat.stdout


def test_explain_regel_zonder_effect(profielmap: Path) -> None:
    resultaat = runner.invoke(app, ["explain", "R3.6", "--gemeente", "klein.yaml"])
    assert resultaat.exit_code == 0
    assert "Deze regel heeft geen effect op dit profiel." in resultaat.stdout


def test_explain_onbekend_met_suggestie(profielmap: Path) -> None:
    resultaat = runner.invoke(app, ["explain", "stap3-bott", "--gemeente", "klein.yaml"])
    assert resultaat.exit_code == 2
    assert "Bedoelde u 'stap3-bot'?" in resultaat.stderr


@pytest.mark.parametrize("formaat", ["xlsx", "docx"])
def test_13_generate_excel_en_word_als_bestand_en_naar_stdout(
    profielmap: Path, formaat: str
) -> None:
    resultaat = runner.invoke(app, ["generate", "klein.yaml", "--format", formaat])
    assert resultaat.exit_code == 0, resultaat.output
    assert f"Geschreven: klein.programma.{formaat}" in resultaat.stderr
    bestand = (profielmap / f"klein.programma.{formaat}").read_bytes()
    assert bestand.startswith(b"PK")  # een zip: de Office-opmaak
    scherm = runner.invoke(app, ["generate", "klein.yaml", "--format", formaat, "--out", "-"])
    assert scherm.exit_code == 0, scherm.output
    assert scherm.stdout_bytes.startswith(b"PK")
