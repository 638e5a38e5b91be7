"""Geld en getallen zoals mensen ze schrijven, via de opdrachtregel (issue 12, punt 3).

`1.500`, `90.000`, `€ 1.500` en `1.500,00` worden nooit stil als 1,5 gelezen: exit 2 met
bestand, regel, kolom, veld en de goede schrijfwijze, bij `generate` én bij
`check-randvoorwaarden`, en er wordt geen programma geschreven. Waarden die kunnen kloppen
maar waarschijnlijk niet (startdatum voorbij, dagtarief onder € 100 of boven € 5.000, budget
kleiner dan één trainersdag) geven een waarschuwing met plek; het programma komt er wel.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.cli.app import app

runner = CliRunner()
KLEIN = (REPO / "examples" / "klein.yaml").read_text(encoding="utf-8")
VANDAAG = "1795824000"  # 28 november 2026 (SOURCE_DATE_EPOCH)


def _profiel(map: Path, vervang: dict[str, str]) -> Path:
    tekst = KLEIN
    for oud, nieuw in vervang.items():
        assert re.search(oud, tekst, re.MULTILINE), oud
        tekst = re.sub(oud, nieuw, tekst, count=1, flags=re.MULTILINE)
    pad = map / "p.yaml"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def _regel(pad: Path, stuk: str) -> int:
    return next(
        i for i, r in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1) if stuk in r
    )


@pytest.mark.parametrize(
    ("veld", "waarde", "melding"),
    [
        (
            "dagtarief_trainer",
            "1.500",
            "1.500 leest als 1,5, niet als 1500; schrijf getallen zonder duizendtalpunt: 1500",
        ),
        (
            "budget",
            "90.000",
            "90.000 leest als 90, niet als 90000; schrijf getallen zonder duizendtalpunt: 90000",
        ),
        (
            "dagtarief_trainer",
            "'€ 1.500'",
            "'€ 1.500' is tekst; schrijf het bedrag als getal zonder € en zonder duizendtalpunt: 1500",
        ),
        (
            "budget",
            "1.500,00",
            "'1.500,00' is tekst; schrijf het bedrag als getal zonder € en zonder duizendtalpunt: 1500",
        ),
    ],
)
@pytest.mark.parametrize("opdracht", ["generate", "check-randvoorwaarden"])
def test_R12_3_bedrag_met_duizendtalpunt_geweigerd_met_plek(
    in_tmp: Path, veld: str, waarde: str, melding: str, opdracht: str
) -> None:
    pad = _profiel(in_tmp, {rf"^  {veld}: .*$": f"  {veld}: {waarde}"})
    regel = _regel(pad, f"{veld}: {waarde}")
    resultaat = runner.invoke(app, [opdracht, "p.yaml"])
    assert resultaat.exit_code == 2, resultaat.output
    kolom = len(f"  {veld}: ") + 1
    assert f"p.yaml:{regel}:{kolom}: kosten.{veld}: {melding}" in resultaat.stderr.splitlines()
    assert resultaat.stderr.endswith("1 probleem gevonden in de invoer.\n")
    assert not list(in_tmp.glob("p.programma.*"))


def test_R12_3_aantal_medewerkers_met_duizendtalpunt(in_tmp: Path) -> None:
    pad = _profiel(in_tmp, {r"^    medewerkers: 14$": "    medewerkers: 1.400"})
    resultaat = runner.invoke(app, ["generate", "p.yaml"])
    assert resultaat.exit_code == 2
    regel = _regel(pad, "medewerkers: 1.400")
    assert re.search(
        rf"^p\.yaml:{regel}:18: teams\[0\]\.medewerkers: .*1400", resultaat.stderr, re.MULTILINE
    ), resultaat.stderr


@pytest.mark.parametrize(
    ("vervang", "stuk", "melding"),
    [
        (
            {r"^startdatum: .*$": "startdatum: 2026-01-01"},
            "startdatum:",
            "startdatum: let op: 2026-01-01 ligt in het verleden",
        ),
        (
            {r"^  dagtarief_trainer: .*$": "  dagtarief_trainer: 90"},
            "dagtarief_trainer:",
            "kosten.dagtarief_trainer: let op: € 90 per dag is ongewoon",
        ),
        (
            {r"^  dagtarief_trainer: .*$": "  dagtarief_trainer: 15000"},
            "dagtarief_trainer:",
            "kosten.dagtarief_trainer: let op: € 15000 per dag is ongewoon",
        ),
        (
            {r"^  budget: .*$": "  budget: 900"},
            "budget:",
            "kosten.budget: let op: het budget (€ 900) is kleiner dan één trainersdag (€ 1350)",
        ),
    ],
    ids=["startdatum-voorbij", "dagtarief-laag", "dagtarief-hoog", "budget-klein"],
)
@pytest.mark.parametrize("opdracht", ["generate", "check-randvoorwaarden"])
def test_R12_3_waarschuwing_met_plek_en_toch_een_uitkomst(
    in_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    vervang: dict[str, str],
    stuk: str,
    melding: str,
    opdracht: str,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", VANDAAG)
    pad = _profiel(in_tmp, vervang)
    resultaat = runner.invoke(app, [opdracht, "p.yaml"])
    assert resultaat.exit_code == 0, resultaat.output
    regel = _regel(pad, stuk)
    assert any(
        r.startswith(f"p.yaml:{regel}:") and melding in r for r in resultaat.stderr.splitlines()
    ), resultaat.stderr
    if opdracht == "generate":
        assert (in_tmp / "p.programma.html").is_file()


def test_R12_3_gewone_getallen_geven_geen_waarschuwing(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", VANDAAG)
    _profiel(in_tmp, {})
    resultaat = runner.invoke(app, ["check-randvoorwaarden", "p.yaml"])
    assert "let op:" not in resultaat.stderr
