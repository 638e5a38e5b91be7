"""Issue 15: GIR-meldingen van een hernoemd team verhuizen (`plan uitvoering incidenten koppel`).

De meldingen staan per teamnaam. Heet een team in het profiel anders, dan noemt `status` ze
"geen team van het profiel" met de opdracht om ze te verhuizen; `koppel` zet ze in één
transactie bij de nieuwe naam. Nooit stil: een kwartaal onder beide namen vraagt een keuze.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.test_uitvoering_hulp import plan, profiel
from trainingsplanner.uitvoering import opslag


def _meldingen(gemeente: Path) -> list[tuple[str, str, int]]:
    with opslag.transactie(opslag.database(gemeente, None), bewaren=False) as t:
        return [(a.team, a.kwartaal, a.aantal) for a in t.incidenten()]


def _hernoem(gemeente: Path, oud: str, nieuw: str) -> None:
    tekst = gemeente.read_text(encoding="utf-8")
    assert f"naam: {oud}" in tekst
    gemeente.write_text(tekst.replace(f"naam: {oud}", f"naam: {nieuw}"), encoding="utf-8")


def _stand(gemeente: Path) -> dict[str, Any]:
    uit = plan("status", "--gemeente", gemeente, "--format", "json")
    stand: dict[str, Any] = json.loads(uit.stdout)
    return stand


def _record(gemeente: Path, team: str, kwartaal: str, aantal: int) -> None:
    uit = plan("incidenten", "record", "--team", team, "--kwartaal", kwartaal,
               "--aantal", str(aantal), "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0, uit.output


def test_15_gir_meldingen_van_een_hernoemd_team_verhuizen(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    _record(gemeente, "Publiekszaken", "2027-K1", 3)
    _record(gemeente, "Publiekszaken", "2027-K2", 5)
    _hernoem(gemeente, "Publiekszaken", "Dienstverlening")
    stand = _stand(gemeente)
    assert [m["team"] for m in stand["incidenten_zonder_team"]] == ["Publiekszaken"] * 2
    tekst = plan("status", "--gemeente", gemeente).stdout
    assert "plan uitvoering incidenten koppel 'Publiekszaken' NIEUWE-NAAM" in tekst

    uit = plan("incidenten", "koppel", "Publiekszaken", "dienstverlening", "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert (
        "De GIR-meldingen van team 'Publiekszaken' (2 kwartalen) staan nu bij team " in uit.stdout
    )
    assert "'Dienstverlening'" in uit.stdout  # de naam zoals in het profiel
    assert _meldingen(gemeente) == [
        ("Dienstverlening", "2027-K1", 3),
        ("Dienstverlening", "2027-K2", 5),
    ]
    stand = _stand(gemeente)
    assert stand["incidenten_zonder_team"] == []
    team = next(t for t in stand["teams"] if t["team"] == "Dienstverlening")
    assert team["incidenten"] == [
        {"kwartaal": "2027-K1", "aantal": 3},
        {"kwartaal": "2027-K2", "aantal": 5},
    ]
    # een tweede keer: er staat niets meer onder de oude naam
    uit = plan("incidenten", "koppel", "Publiekszaken", "Dienstverlening", "--gemeente", gemeente)
    assert uit.exit_code == 2 and "geen GIR-meldingen van team 'Publiekszaken'" in uit.output


def test_15_incidenten_koppel_met_een_kwartaal_onder_beide_namen(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    _record(gemeente, "Publiekszaken", "2027-K1", 3)
    _record(gemeente, "Publiekszaken", "2027-K2", 5)
    _hernoem(gemeente, "Publiekszaken", "Dienstverlening")
    _record(gemeente, "Dienstverlening", "2027-K2", 7)
    voor = _meldingen(gemeente)
    uit = plan("incidenten", "koppel", "Publiekszaken", "Dienstverlening", "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert "2027-K2 staat onder beide teams; kies met --voorrang oud" in uit.output
    assert _meldingen(gemeente) == voor  # niets veranderd
    uit = plan("incidenten", "koppel", "Publiekszaken", "Dienstverlening", "--voorrang", "nieuw",
               "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert "Vervallen (--voorrang): team 'Publiekszaken' 2027-K2: 5." in uit.stdout
    assert _meldingen(gemeente) == [
        ("Dienstverlening", "2027-K1", 3),
        ("Dienstverlening", "2027-K2", 7),
    ]


def test_15_incidenten_koppel_voorrang_oud(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    _record(gemeente, "Publiekszaken", "2027-K2", 5)
    _hernoem(gemeente, "Publiekszaken", "Dienstverlening")
    _record(gemeente, "Dienstverlening", "2027-K2", 7)
    uit = plan("incidenten", "koppel", "Publiekszaken", "Dienstverlening", "--voorrang", "oud",
               "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert "Vervallen (--voorrang): team 'Dienstverlening' 2027-K2: 7." in uit.stdout
    assert _meldingen(gemeente) == [("Dienstverlening", "2027-K2", 5)]


def test_15_incidenten_koppel_weigert_met_plek_en_suggestie(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    _record(gemeente, "Publiekszaken", "2027-K2", 5)
    _hernoem(gemeente, "Publiekszaken", "Dienstverlening")
    voor = _meldingen(gemeente)
    gevallen = {
        ("Publiekzaken", "Dienstverlening"): "Bedoelde u 'Publiekszaken'?",
        ("Publiekszaken", "Dienstverleningen"): "onbekend team 'Dienstverleningen'",
        ("Publiekszaken", "Publiekszaken"): "onbekend team 'Publiekszaken'",
        ("  ", "Dienstverlening"): "het oude team is leeg",
    }
    for (oud, nieuw), verwacht in gevallen.items():
        uit = plan("incidenten", "koppel", oud, nieuw, "--gemeente", gemeente)
        assert uit.exit_code == 2, uit.output
        assert verwacht in uit.output, uit.output
    uit = plan("incidenten", "koppel", "Publiekszaken", "Dienstverlening", "--voorrang", "beide",
               "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 2 and "'beide' kan niet; kies uit oud of nieuw" in uit.output
    assert _meldingen(gemeente) == voor


def test_15_incidenten_koppel_met_twee_schrijfwijzen_van_de_oude_naam(tmp_path: Path) -> None:
    """Staan meldingen onder 'Balie' en 'balie' (een oude import), dan past 'BALIE' op allebei:
    nooit stil één aantal per kwartaal kiezen, maar vragen om de precieze naam."""
    from trainingsplanner.uitvoering.gegevens import Incidentaantal

    gemeente = profiel(tmp_path)
    with opslag.transactie(opslag.database(gemeente, None)) as t:
        t.zet_incidenten([Incidentaantal("Balie", "2027-K1", 3),
                          Incidentaantal("balie", "2027-K1", 4),
                          Incidentaantal("balie", "2027-K2", 1)])  # fmt: skip
    voor = _meldingen(gemeente)
    uit = plan("incidenten", "koppel", "BALIE", "Publiekszaken", "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert "'BALIE' past op meer teams in de database ('Balie' en 'balie')" in uit.output
    assert _meldingen(gemeente) == voor
    # met de precieze naam: alleen die schrijfwijze verhuist
    uit = plan("incidenten", "koppel", "balie", "Publiekszaken", "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert sorted(_meldingen(gemeente)) == [
        ("Balie", "2027-K1", 3),
        ("Publiekszaken", "2027-K1", 4),
        ("Publiekszaken", "2027-K2", 1),
    ]
