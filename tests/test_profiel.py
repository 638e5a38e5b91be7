"""Het gemeenteprofiel laden: standaardwaarden, en alle fouten samen met plek en suggestie."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.maak import profiel
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import InvoerFout
from trainingsplanner.profiel.model import laad_profiel

MINIMAAL = """\
versie: 1
gemeente: Minidorp
startdatum: 2027-02-01
teams:
  - naam: Balie
    functiegroep: publieksdiensten
    medewerkers: 5
"""


def _fouten(tekst: str, cat: Catalogus, tmp_path: Path) -> list[str]:
    pad = tmp_path / "p.yaml"
    pad.write_text(tekst, encoding="utf-8")
    with pytest.raises(InvoerFout) as fout:
        laad_profiel(pad, cat)
    return [p.tekst().removeprefix(str(pad)).removeprefix(":") for p in fout.value.problemen]


def test_standaardwaarden_uit_het_contract(catalogus: Catalogus, tmp_path: Path) -> None:
    pad = tmp_path / "p.yaml"
    pad.write_text(MINIMAAL, encoding="utf-8")
    p = laad_profiel(pad, catalogus)
    assert p.startdatum == dt.date(2027, 2, 1)
    assert (p.looptijd_jaren, p.groepsgrootte, p.capaciteit.sessies_per_maand) == (3, 12, 8)
    assert p.voorkeuren.e_learning is True and p.voorkeuren.train_de_trainer is False
    assert p.teams[0].risico == "midden" and p.teams[0].leidinggevenden == 1
    assert p.kosten is None and p.randvoorwaarden.organisatienorm is None


def test_alle_fouten_samen_vorm_en_codes_met_plek_en_suggestie(
    catalogus: Catalogus, tmp_path: Path
) -> None:
    tekst = """\
versie: 1
gemeente: Foutstad
startdatum: 2027-13-01
looptijd_jaren: 9
teams:
  - naam: Balie
    functiegroep: publieksdienst
    medewerkers: 0
    opleidingen: [bao]
    leerdoelen: [gespreksvoring]
    risicoo: hoog
  - naam: balie
    functiegroep: buitendienst
    medewerkers: 4
"""
    assert _fouten(tekst, catalogus, tmp_path) == [
        "3:13: startdatum: '2027-13-01' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
        "4:17: looptijd_jaren: 9 mag niet; moet hoogstens 5 zijn",
        "7:19: teams[0].functiegroep: onbekende functiegroep 'publieksdienst'. Bedoelde u 'publieksdiensten'?",
        "8:18: teams[0].medewerkers: 0 mag niet; moet minstens 1 zijn",
        "9:19: teams[0].opleidingen[0]: onbekende opleiding 'bao'. Bedoelde u 'boa'?",
        "10:18: teams[0].leerdoelen[0]: onbekend element 'gespreksvoring'. Bedoelde u 'gespreksvoering'? "
        "Alle elementen: plan catalogus elementen",
        "11:5: teams[0].risicoo: onbekend veld 'risicoo'. Bedoelde u 'risico'?",
        "12:11: teams[1].naam: teamnaam 'balie' komt twee keer voor (ook team 1); geef elk team een eigen naam",
    ]


def test_kruiscontroles_na_de_vorm(catalogus: Catalogus, tmp_path: Path) -> None:
    tekst = """\
versie: 1
gemeente: Foutstad
startdatum: 2027-02-01
teams:
  - naam: Balie
    functiegroep: publieksdienst
    medewerkers: 3
    opleidingen: [bao]
    leerdoelen: [gespreksvoring]
  - naam: "balie "
    functiegroep: fietsenstalling
    medewerkers: 4
"""
    assert _fouten(tekst, catalogus, tmp_path) == [
        "6:19: teams[0].functiegroep: onbekende functiegroep 'publieksdienst'. Bedoelde u 'publieksdiensten'?",
        "8:19: teams[0].opleidingen[0]: onbekende opleiding 'bao'. Bedoelde u 'boa'?",
        "9:18: teams[0].leerdoelen[0]: onbekend element 'gespreksvoring'. Bedoelde u 'gespreksvoering'? "
        "Alle elementen: plan catalogus elementen",
        "10:11: teams[1].naam: teamnaam 'balie ' komt twee keer voor (ook team 1); geef elk team een eigen naam",
        "11:19: teams[1].functiegroep: onbekende functiegroep 'fietsenstalling'. Kies uit: werkplein, "
        "sociaal-domein, buitendienst, publieksdiensten, toezicht-en-handhaving",
    ]


@pytest.mark.parametrize(
    ("weglaten", "melding"),
    [
        (
            "startdatum: 2027-02-01\n",
            "1:1: startdatum: verplicht veld 'startdatum' ontbreekt; vul het in",
        ),
        ("gemeente: Minidorp\n", "1:1: gemeente: verplicht veld 'gemeente' ontbreekt; vul het in"),
    ],
)
def test_verplichte_velden(
    weglaten: str, melding: str, catalogus: Catalogus, tmp_path: Path
) -> None:
    assert _fouten(MINIMAAL.replace(weglaten, ""), catalogus, tmp_path) == [melding]


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        (
            "12:30",
            "3:13: startdatum: '12:30' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
        ),
        (
            "20270201",
            "3:13: startdatum: is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
        ),
        (
            "1-2-2027",
            "3:13: startdatum: '1-2-2027' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
        ),
    ],
)
def test_datum_zoals_mensen_hem_typen(
    waarde: str, melding: str, catalogus: Catalogus, tmp_path: Path
) -> None:
    assert _fouten(MINIMAAL.replace("2027-02-01", waarde), catalogus, tmp_path) == [melding]


def test_geen_teams(catalogus: Catalogus, tmp_path: Path) -> None:
    tekst = MINIMAAL.split("teams:")[0] + "teams: []\n"
    assert _fouten(tekst, catalogus, tmp_path) == ["4:8: teams: is te kort of te leeg"]


def test_ja_nee_als_tekst(catalogus: Catalogus) -> None:
    from tests.maak import profieldata

    data = profieldata()
    data["randvoorwaarden"]["organisatienorm"] = "deels"
    assert profiel(catalogus, data).randvoorwaarden.organisatienorm == "deels"
