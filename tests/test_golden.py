"""Golden files: het kleine voorbeeld (`klein`) als Markdown, JSON en HTML in tests/golden/, en
de schema's in schemas/.

Alleen `klein` heeft golden files; de grotere voorbeelden hebben gerichte controles in
tests/test_voorbeelden.py. Opnieuw schrijven na een bedoelde wijziging: `make golden`
(pytest --update-golden). Uitvoer in examples/ is niet van de tests (zie .gitignore).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import GOLDEN, REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import Formaat, genereer
from trainingsplanner.schemas import als_tekst, profiel_schema, programma_schema

VOORBEELDEN = sorted((REPO / "examples").glob("*.yaml"))
KLEIN = REPO / "examples" / "klein.yaml"
FORMATEN = ("md", "json", "html")
DATUM = dt.date(2026, 11, 28)
SCHEMA = REPO / "schemas" / "programma-v1.schema.json"
PROFIELSCHEMA = REPO / "schemas" / "profiel-v1.schema.json"


def _vergelijk(pad: Path, tekst: str, update: bool) -> None:
    if update:
        pad.write_text(tekst, encoding="utf-8")
        return
    assert pad.exists(), f"{pad.name} ontbreekt; maak hem met: make golden"
    assert pad.read_text(encoding="utf-8") == tekst, (
        f"{pad.name} is verouderd; controleer en draai: make golden"
    )


def test_er_zijn_minstens_drie_voorbeelden() -> None:
    assert {p.stem for p in VOORBEELDEN} >= {"klein", "middenstad", "nog-niet-klaar"}


@pytest.mark.parametrize("formaat", FORMATEN)
def test_klein_golden(formaat: Formaat, catalogus: Catalogus, update_golden: bool) -> None:
    resultaat = genereer(KLEIN, catalogus, formaat, DATUM)
    _vergelijk(GOLDEN / f"klein.programma.{formaat}", resultaat.als_tekst, update_golden)


def test_golden_alleen_voor_klein() -> None:
    """Een golden file zonder test veroudert ongemerkt; grote voorbeelden horen hier niet."""
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(
        f"klein.programma.{f}" for f in FORMATEN
    )


def test_schema_gelijk_aan_het_model(update_golden: bool) -> None:
    _vergelijk(SCHEMA, als_tekst(programma_schema()), update_golden)


def test_profielschema_gelijk_aan_het_model(catalogus: Catalogus, update_golden: bool) -> None:
    _vergelijk(PROFIELSCHEMA, als_tekst(profiel_schema(catalogus)), update_golden)


@pytest.mark.parametrize("profiel", VOORBEELDEN, ids=lambda p: p.stem)
def test_voorbeeldprofielen_voldoen_aan_het_profielschema(profiel: Path) -> None:
    import yaml

    schema = json.loads(PROFIELSCHEMA.read_text(encoding="utf-8"))
    data = yaml.load(profiel.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    jsonschema.validate(_getypt(data), schema, format_checker=jsonschema.FormatChecker())


def _getypt(waarde: object) -> object:
    """BaseLoader geeft alles als tekst; zet getallen en true/false om zoals onze lezer doet."""
    if isinstance(waarde, dict):
        return {k: _getypt(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_getypt(v) for v in waarde]
    if isinstance(waarde, str):
        if waarde in ("true", "false"):
            return waarde == "true"
        if waarde.lstrip("-").isdigit():
            return int(waarde)
    return waarde


@pytest.mark.parametrize("profiel", VOORBEELDEN, ids=lambda p: p.stem)
def test_programma_json_voldoet_aan_het_schema(profiel: Path, catalogus: Catalogus) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = json.loads(genereer(profiel, catalogus, "json", DATUM).tekst)
    jsonschema.validate(data, schema)
    kapot = {**data, "onderdelen": [{**data["onderdelen"][0], "waarom": []}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(kapot, schema)
    kapot = {**data, "onderdelen": [{**data["onderdelen"][0], "waarom": ["zonder regelcode"]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(kapot, schema)


def test_middenstad_heeft_wat_het_contract_vraagt(catalogus: Catalogus) -> None:
    data = json.loads(
        genereer(REPO / "examples" / "middenstad.yaml", catalogus, "json", DATUM).tekst
    )
    teams = {o["team"] for o in data["onderdelen"] if o["team"]}
    groepen = {o["functiegroep"] for o in data["onderdelen"] if o["functiegroep"]}
    assert len(teams) == 25 and len(groepen) == 5
    assert any(a["opleiding"] == "boa" for o in data["onderdelen"] for a in o["afgedekt"])
    # R6.5: de basisopleiding burgerzaken dekt gespreksvoering maar deels: het blijft erin
    assert not any(
        a["opleiding"] == "basisopleiding-burgerzaken"
        for o in data["onderdelen"]
        for a in o["afgedekt"]
    )
    assert all("aanname" in o for o in data["onderdelen"])
    # 2030: alleen werkoverleg, dus alleen uren van medewerkers (geen kasuitgave)
    jaren = {j["jaar"]: j for j in data["kosten"]["per_jaar"]}
    assert set(jaren) == {2027, 2028, 2029, 2030}
    assert jaren[2030]["onderdelen"] == [] and jaren[2030]["uren_medewerkers"]["min"] > 0


@pytest.mark.parametrize(
    "tekst",
    [
        "## Bijlage A. Een trainingsbureau kiezen (R7.10)",
        "Is de prijs concurrerend?",
        "## Bijlage B. E-learning inkopen (R8.2)",
        "Gebruiksvriendelijkheid.",
        "Agressie is een probleem van de organisatie, niet van de individuele\nmedewerker (R1.4)",
        "R1.2: kennisdeling bereikt alle medewerkers",
        "## Gereedheid: randvoorwaarden en toetspunten",
        "## Per team",
        "## Terugkerende activiteiten (stap 4: borgen en evalueren)",
        "## Kosten",
        "## Bijlage D. Bronnen",
    ],
)
def test_content_regels_staan_in_het_document(tekst: str, catalogus: Catalogus) -> None:
    md = genereer(REPO / "examples" / "middenstad.yaml", catalogus, "md", DATUM).tekst
    assert tekst in md
