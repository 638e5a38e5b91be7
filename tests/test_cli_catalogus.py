"""`plan validate` en `plan catalogus` via de CLI: exit codes, exacte meldingen, JSON-contract."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import DATA
from trainingsplanner.cli.app import app

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures" / "catalogus"

VERWACHT = {
    "dubbele-sleutel": [
        "functiegroepen.yaml:64:5: functiegroepen[2].naam: sleutel 'naam' staat er twee keer "
        "(regel 63 en regel 64); verwijder of hernoem er één",
    ],
    "onbekende-functiegroep": [
        "trainingselementen.yaml:192:24: elementen[16].doelgroep.functiegroepen[0]: onbekende "
        "functiegroep 'toezicht-handhaving'. Bedoelde u 'toezicht-en-handhaving'?",
    ],
    "los-element": [
        "trainingselementen.yaml:455:17: opleidingen[1].elementen[0]: onbekend element "
        "'gespreksvoring'. Bedoelde u 'gespreksvoering'?",
    ],
    "naam-ontbreekt": [
        "functiegroepen.yaml:7:5: functiegroepen[0].naam: verplicht veld 'naam' ontbreekt; vul het in",
    ],
    "verkeerd-type": [
        "stappenplan.yaml:66:16: sessies[0].max_groep: 'veel' moet een geheel getal zijn "
        "(zonder punt of komma)",
    ],
    "onbekend-veld": [
        "trainingselementen.yaml:89:5: elementen[6].inbegrepen_in_opleding: onbekend veld "
        "'inbegrepen_in_opleding'. Bedoelde u 'inbegrepen_in_opleiding'?",
    ],
    "alias-bom": [
        "regels.yaml:2:6: anker &a is niet toegestaan; schrijf elke waarde voluit",
    ],
    "binair": [
        "functiegroepen.yaml:3:1: dit is geen tekstbestand (binaire inhoud); kies een YAML-bestand",
    ],
    "leeg": ["stappenplan.yaml:1:1: het bestand is leeg"],
    "meerdere-fouten": [
        "functiegroepen.yaml:7:5: functiegroepen[0].naam: verplicht veld 'naam' ontbreekt; vul het in",
        "stappenplan.yaml:66:16: sessies[0].max_groep: 0 mag niet; moet minstens 1 zijn",
    ],
}


def _bouw(geval: str, doel: Path) -> Path:
    map = doel / "catalogus"
    shutil.copytree(DATA, map)
    bron = FIXTURES / geval
    beschrijving = yaml.safe_load((bron / "geval.yaml").read_text(encoding="utf-8"))
    for wijziging in beschrijving["vervang"]:
        pad = map / wijziging["bestand"]
        tekst = pad.read_text(encoding="utf-8")
        assert wijziging["oud"] in tekst, f"{geval}: te vervangen tekst niet gevonden"
        pad.write_text(tekst.replace(wijziging["oud"], wijziging["nieuw"], 1), encoding="utf-8")
    for bestand in bron.iterdir():
        if bestand.name != "geval.yaml":
            shutil.copyfile(bestand, map / bestand.name)
    return map


def test_fixtures_en_verwachtingen_horen_bij_elkaar() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(VERWACHT)


@pytest.mark.parametrize("geval", sorted(VERWACHT))
def test_kapotte_catalogus_geeft_exit_2_en_exacte_melding(geval: str, in_tmp: Path) -> None:
    map = _bouw(geval, in_tmp)
    resultaat = runner.invoke(app, ["validate", "--catalogus", str(map)])
    assert resultaat.exit_code == 2, resultaat.output
    regels = resultaat.stderr.strip().splitlines()
    gevonden = [r.removeprefix("catalogus/") for r in regels[:-1]]
    assert gevonden == VERWACHT[geval]
    assert regels[-1].endswith("gevonden in de catalogus.")


def test_validate_json_bij_fouten(in_tmp: Path) -> None:
    map = _bouw("meerdere-fouten", in_tmp)
    resultaat = runner.invoke(app, ["validate", "--catalogus", str(map), "--format", "json"])
    assert resultaat.exit_code == 2
    data = json.loads(resultaat.stdout)
    assert data["geldig"] is False
    assert [p["regel"] for p in data["problemen"]] == [7, 66]


def test_validate_meegeleverde_catalogus_vanuit_elke_map(in_tmp: Path) -> None:
    resultaat = runner.invoke(app, ["validate"])
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout.startswith("Catalogus in orde: 5 functiegroepen")


def test_catalogusmap_bestaat_niet(in_tmp: Path) -> None:
    resultaat = runner.invoke(app, ["validate", "--catalogus", "nergens"])
    assert resultaat.exit_code == 2
    assert "nergens:1:1: catalogusmap niet gevonden" in resultaat.stderr


def test_regel_zonder_verwijzing_wordt_gemeld(in_tmp: Path) -> None:
    map = in_tmp / "catalogus"
    shutil.copytree(DATA, map)
    for naam in ("stappenplan.yaml", "functiegroepen.yaml"):
        pad = map / naam
        pad.write_text(pad.read_text(encoding="utf-8").replace("R7.7", "R7.6"), encoding="utf-8")
    resultaat = runner.invoke(app, ["validate", "--catalogus", str(map)])
    assert resultaat.exit_code == 2
    assert (
        "regel R7.7 (engine) wordt door geen enkele catalogusvermelding genoemd" in resultaat.stderr
    )


def test_catalogus_json_exporteert_alles_met_id_en_naam() -> None:
    resultaat = runner.invoke(app, ["catalogus", "--format", "json"])
    assert resultaat.exit_code == 0
    data = json.loads(resultaat.stdout)
    assert set(data) == {
        "functiegroepen",
        "doelgroepen",
        "elementen",
        "opleidingen",
        "sessies",
        "randvoorwaarden",
        "toetspunten",
        "indicatoren",
        "regels",
    }
    for deel, items in data.items():
        assert items, deel
        for item in items:
            assert item["id"] and item["naam"], (deel, item)
    assert len(data["functiegroepen"]) == 5
    assert len(data["elementen"]) == 38


def test_elementen_per_functiegroep_laat_beperkte_weg() -> None:
    resultaat = runner.invoke(
        app, ["catalogus", "elementen", "--functiegroep", "buitendienst", "--format", "json"]
    )
    assert resultaat.exit_code == 0
    codes = {e["id"] for e in json.loads(resultaat.stdout)}
    assert "fysieke-weerbaarheid" in codes  # nadruk sluit niet uit (D3)
    assert not {"afhandeling", "schokverwerking", "opvang-en-nazorg", "pre-mediation"} & codes
    lijst = {e["id"] for e in json.loads(resultaat.stdout) if e["in_voorbeeldprogramma"]}
    assert lijst == {
        "contact-met-risicos",
        "risicoanalyse",
        "spanningssignalen-klant",
        "omgaan-met-eigen-emoties",
        "emoties-van-de-klant",
        "kennis-van-protocol",
        "grenzen-stellen-en-houden",
    }


def test_elementen_per_cluster_als_platte_tekst() -> None:
    resultaat = runner.invoke(app, ["catalogus", "elementen", "--cluster", "opvang-en-nazorg"])
    assert resultaat.exit_code == 0
    regels = resultaat.stdout.splitlines()
    assert regels[0] == "id\tnaam\tbron\tsoort\tdoelgroep"
    assert regels[1].startswith(
        "opvang-en-nazorg\tVerlenen van opvang en nazorg voor slachtoffers\t"
    )
    assert len(regels) == 2


def test_onbekende_functiegroep_in_optie_met_suggestie() -> None:
    resultaat = runner.invoke(app, ["catalogus", "elementen", "--functiegroep", "toezicht"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines()[0] == (
        "--functiegroep: onbekende functiegroep 'toezicht'. Bedoelde u 'toezicht-en-handhaving'?"
    )


@pytest.mark.parametrize(
    ("code", "titel", "bron"),
    [
        ("boa", "BOA", "R6.5: Wat de opleiding"),
        ("toezicht-en-handhaving", "Toezicht en handhaving", "R5.1: Elke functiegroep"),
        ("R3.2", "Regel R3.2", None),
        ("leidinggevenden", "Leidinggevenden", "R3.3: Leidinggevenden"),
        ("RV1", "Organisatienorm", "RV1: Organisatienorm"),
    ],
)
def test_toon_een_vermelding_met_bronregels(code: str, titel: str, bron: str | None) -> None:
    resultaat = runner.invoke(app, ["catalogus", "toon", code])
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout.splitlines()[0] == titel
    if bron:
        assert bron in resultaat.stdout


def test_toon_onbekend_met_suggestie() -> None:
    resultaat = runner.invoke(app, ["catalogus", "toon", "gespreksvoring"])
    assert resultaat.exit_code == 2
    assert "Bedoelde u 'gespreksvoering'?" in resultaat.stderr


@pytest.mark.parametrize("onderdeel", ["functiegroepen", "opleidingen", "regels"])
def test_overzichten_json_hebben_id_en_naam(onderdeel: str) -> None:
    resultaat = runner.invoke(app, ["catalogus", onderdeel, "--format", "json"])
    assert resultaat.exit_code == 0
    items = json.loads(resultaat.stdout)
    assert items and all(i["id"] and i["naam"] for i in items)


def test_versie_en_hulp_in_het_nederlands() -> None:
    assert runner.invoke(app, ["--version"]).stdout.startswith("plan (trainingsplanner) ")
    hulp = runner.invoke(app, ["--help"]).stdout
    assert "Stel een meerjarig trainingsprogramma" in hulp


def test_onbekende_eigenaar_wordt_gemeld_met_suggestie(in_tmp: Path) -> None:
    map = in_tmp / "catalogus"
    shutil.copytree(DATA, map)
    pad = map / "stappenplan.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst.replace("eigenaar: coordinator", "eigenaar: coordinatr", 1), "utf-8")
    resultaat = runner.invoke(app, ["validate", "--catalogus", str(map)])
    assert resultaat.exit_code == 2
    assert "sessies[0].eigenaar: onbekende eigenaar 'coordinatr'" in resultaat.stderr
    assert "Bedoelde u 'coordinator'?" in resultaat.stderr


def test_R4_1_catalogus_indicatoren_uit_de_catalogus() -> None:
    """`plan catalogus indicatoren`: elke indicator uit data/indicatoren.yaml, met de streef in
    gewone woorden (een aandeel als procent) en de aanname van de planner erbij."""
    bestand = yaml.safe_load((DATA / "indicatoren.yaml").read_text(encoding="utf-8"))
    resultaat = runner.invoke(app, ["catalogus", "indicatoren", "--format", "json"])
    assert resultaat.exit_code == 0, resultaat.output
    assert [i["id"] for i in json.loads(resultaat.stdout)] == [
        i["id"] for i in bestand["indicatoren"]
    ]
    tekst = runner.invoke(app, ["catalogus", "indicatoren"]).stdout
    for i in bestand["indicatoren"]:
        assert i["id"] in tekst
    aandeel = next(i for i in bestand["indicatoren"] if i["maat"] == "aandeel")
    regel = next(r for r in tekst.splitlines() if aandeel["id"] in r)
    assert f"{round(100 * aandeel['streef'])}%" in regel
    assert "aanname planner" in tekst
