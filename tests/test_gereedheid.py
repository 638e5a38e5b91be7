"""`plan check-randvoorwaarden`: elke status van RV1–RV5 en de toetspunten, exit codes, acties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from tests.maak import profiel, profieldata
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.engine.gereedheid import beoordeel, blokkeert

runner = CliRunner()

# (veld, regel, antwoord) → (status, ernst): de tabel uit data/stappenplan.yaml, los opgeschreven.
VERWACHT = {
    ("organisatienorm", "RV1"): {
        "ja": ("voldaan", "info"),
        "deels": ("deels", "blokkerend"),
        "nee": ("niet-voldaan", "blokkerend"),
        "onbekend": ("onbekend", "waarschuwing"),
        None: ("niet-ingevuld", "waarschuwing"),
    },
    ("bestuurlijke_betrokkenheid", "RV2"): {
        "ja": ("voldaan", "info"),
        "deels": ("deels", "waarschuwing"),
        "nee": ("niet-voldaan", "blokkerend"),
        "onbekend": ("onbekend", "waarschuwing"),
        None: ("niet-ingevuld", "waarschuwing"),
    },
    ("dienstverlening_en_handhaving", "RV3"): {
        "ja": ("voldaan", "info"),
        "deels": ("deels", "waarschuwing"),
        "nee": ("niet-voldaan", "waarschuwing"),
        "onbekend": ("onbekend", "waarschuwing"),
        None: ("niet-ingevuld", "waarschuwing"),
    },
    ("basiscompetenties", "RV4"): {
        "ja": ("voldaan", "info"),
        "deels": ("deels", "waarschuwing"),
        "nee": ("niet-voldaan", "waarschuwing"),
        "onbekend": ("onbekend", "waarschuwing"),
        None: ("niet-ingevuld", "waarschuwing"),
    },
    ("agressieprotocol", "RV5"): {
        "ja": ("voldaan", "info"),
        "deels": ("deels", "blokkerend"),
        "nee": ("niet-voldaan", "blokkerend"),
        "onbekend": ("onbekend", "waarschuwing"),
        None: ("niet-ingevuld", "waarschuwing"),
    },
}
EIGENAAR = {
    "RV1": "MT en hoger management",
    "RV2": "College van B&W",
    "RV3": "MT en hoger management",
    "RV4": "Leidinggevenden",
    "RV5": "MT en hoger management",
}


@pytest.mark.parametrize("antwoord", ["ja", "deels", "nee", "onbekend", None])
@pytest.mark.parametrize(("veld", "regel"), sorted(VERWACHT))
def test_rv_status_en_ernst(
    veld: str, regel: str, antwoord: str | None, catalogus: Catalogus
) -> None:
    data = profieldata()
    if antwoord is None:
        del data["randvoorwaarden"][veld]
    else:
        data["randvoorwaarden"][veld] = antwoord
    bevinding = next(b for b in beoordeel(profiel(catalogus, data), catalogus) if b.id == regel)
    assert (bevinding.status, bevinding.ernst) == VERWACHT[(veld, regel)][antwoord]
    if antwoord == "ja":
        assert bevinding.actie is None
    else:
        assert bevinding.actie and bevinding.eigenaar


@pytest.mark.parametrize("regel", sorted(EIGENAAR))
def test_rv_volgende_stap_noemt_regel_en_eigenaar(regel: str, in_tmp: Path) -> None:
    data = profieldata()
    data["randvoorwaarden"] = {}
    (in_tmp / "p.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    uit = runner.invoke(app, ["check-randvoorwaarden", "--gemeente", "p.yaml"]).stdout
    blok = uit.split(f"] {regel} ", 1)[1].split("\n[", 1)[0]
    assert f"Volgende stap ({EIGENAAR[regel]}):" in blok
    actie = blok.split("Volgende stap", 1)[1]
    assert any(code in actie for code in (regel, "R1.1", "R3.2", "R5.3")), actie


def test_rv1_deels_actie_zoals_de_handreiking_vraagt(in_tmp: Path) -> None:
    data = profieldata()
    data["randvoorwaarden"]["organisatienorm"] = "deels"
    (in_tmp / "p.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    resultaat = runner.invoke(app, ["check-randvoorwaarden", "--gemeente", "p.yaml"])
    assert resultaat.exit_code == 1
    assert (
        "[BLOKKEERT] RV1 Organisatienorm: deels\n"
        "    Waarom: Zonder een heldere organisatienorm heeft training geen maat: medewerkers vallen terug op hun persoonlijke norm.\n"
        "    Volgende stap (MT en hoger management): Stel de organisatienorm vast in het MT, neem hem op in het "
        "agressieprotocol, vraag de instemming van de ondernemingsraad en laat het college hem "
        "vaststellen (stap 1, R1.1)\n"
    ) in resultaat.stdout


@pytest.mark.parametrize("punt", ["spelregels", "kennis", "naleving", "doel", "doelgroepen"])
def test_R7_9_toetspunt_beantwoord_of_niet_ingevuld_nooit_voldaan(
    punt: str, catalogus: Catalogus
) -> None:
    data = profieldata()
    volledig = {b.id: b for b in beoordeel(profiel(catalogus, data), catalogus)}
    beantwoord = volledig[f"toetspunt-{punt}"]
    assert beantwoord.status == "beantwoord" and beantwoord.statuswoorden.kort == "beantwoord"
    assert beantwoord.antwoord == data["toetspunten"][punt]
    assert beantwoord.actie is None
    data["toetspunten"][punt] = "   "
    leeg = {b.id: b for b in beoordeel(profiel(catalogus, data), catalogus)}
    bevinding = leeg[f"toetspunt-{punt}"]
    assert (bevinding.status, bevinding.ernst, bevinding.regel) == (
        "niet-ingevuld",
        "waarschuwing",
        "R7.9",
    )
    assert bevinding.actie and bevinding.actie.startswith("Beantwoord in de intake")
    assert bevinding.eigenaar == "staf"


def test_r5_3_per_team_en_geen_regel_die_herhaalt_wat_het_programma_al_plant(
    catalogus: Catalogus,
) -> None:
    """Basiscompetenties per team; geen teamnorm-regel 'laat het team werkafspraken maken':
    die werkafspraken staan al in stap 2 van het programma (R7.5, R2.1)."""
    data = profieldata()
    data["teams"][0]["basiscompetenties"] = "nee"
    data["teams"][1]["teamnorm"] = True
    bevindingen = beoordeel(profiel(catalogus, data), catalogus)
    basis = [b for b in bevindingen if b.regel == "R5.3"]
    assert [(b.team, b.status, b.ernst) for b in basis] == [
        ("Balie", "niet-voldaan", "waarschuwing")
    ]
    assert basis[0].actie is not None and "Balie" in basis[0].actie and "R5.3" in basis[0].actie
    assert not [b for b in bevindingen if b.regel == "R7.5"]


def test_R3_6_bestuursincident_is_een_feit_ja_of_nee(catalogus: Catalogus) -> None:
    data = profieldata(bestuur={"college": 5, "raadsleden": 25, "betrokken_bij_incident": True})
    b = next(b for b in beoordeel(profiel(catalogus, data), catalogus) if b.regel == "R3.6")
    assert (b.status, b.statuswoorden.kort) == ("ja", "ja")
    assert b.ernst == "waarschuwing" and b.eigenaar == "college" and b.actie and "R3.6" in b.actie
    assert "griffier" in b.actie
    nee = next(b for b in beoordeel(profiel(catalogus), catalogus) if b.regel == "R3.6")
    assert (nee.status, nee.ernst, nee.actie) == ("nee", "info", None)


def test_R6_2_zonder_bot_zegt_een_waarschuwing_wie_opvang_en_nazorg_doet(
    catalogus: Catalogus,
) -> None:
    data = profieldata(organisatie={"mt": 6, "bot": 0, "staf": 3, "nieuwe_medewerkers_per_jaar": 5})
    b = next(b for b in beoordeel(profiel(catalogus, data), catalogus) if b.id == "bot")
    assert (b.status, b.ernst, b.regel) == ("nee", "waarschuwing", "R6.2")
    assert b.actie is not None and "leidinggevenden" in b.actie
    assert not any(b.id == "bot" for b in beoordeel(profiel(catalogus), catalogus))


@pytest.mark.parametrize(
    ("antwoord", "begin"),
    [("onbekend", "Stel vast of"), ("nee", "Breng dienstverlening"), (None, "Stel vast of")],
)
def test_R7_9_RV3_volgende_stap_verschilt_per_status(
    antwoord: str | None, begin: str, catalogus: Catalogus
) -> None:
    data = profieldata()
    if antwoord is None:
        del data["randvoorwaarden"]["dienstverlening_en_handhaving"]
    else:
        data["randvoorwaarden"]["dienstverlening_en_handhaving"] = antwoord
    b = next(b for b in beoordeel(profiel(catalogus, data), catalogus) if b.id == "RV3")
    assert b.actie is not None and b.actie.startswith(begin)


def test_exit_0_als_niets_blokkeert(in_tmp: Path) -> None:
    (in_tmp / "p.yaml").write_text(
        yaml.safe_dump(profieldata(), allow_unicode=True), encoding="utf-8"
    )
    resultaat = runner.invoke(app, ["check-randvoorwaarden", "--gemeente", "p.yaml"])
    assert resultaat.exit_code == 0
    assert resultaat.stdout.rstrip().endswith("Conclusie: alle randvoorwaarden zijn voldaan.")


def test_exit_2_bij_kapotte_invoer(in_tmp: Path) -> None:
    (in_tmp / "p.yaml").write_text("versie: 2\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["check-randvoorwaarden", "--gemeente", "p.yaml"])
    assert resultaat.exit_code == 2
    assert "p.yaml:1:9: versie: 2 is niet toegestaan; kies uit: 1" in resultaat.stderr


@pytest.mark.parametrize("formaat", ["json", "md", "text", "tekst"])
def test_formaten(formaat: str, in_tmp: Path) -> None:
    data = profieldata()
    data["randvoorwaarden"]["agressieprotocol"] = "nee"
    (in_tmp / "p.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    resultaat = runner.invoke(
        app, ["check-randvoorwaarden", "--gemeente", "p.yaml", "--format", formaat]
    )
    assert resultaat.exit_code == 1
    if formaat == "json":
        uit = json.loads(resultaat.stdout)
        assert uit["blokkeert"] is True
        rv5 = next(b for b in uit["bevindingen"] if b["id"] == "RV5")
        assert rv5["eigenaar_naam"] == "MT en hoger management"
    elif formaat == "md":
        assert "| RV5 Agressieprotocol |  | niet voldaan | blokkerend |" in resultaat.stdout
    else:
        assert "[BLOKKEERT] RV5 Agressieprotocol: niet voldaan" in resultaat.stdout


def test_blokkeren_is_gegevens_niet_code(catalogus: Catalogus) -> None:
    rv3 = next(r for r in catalogus.stappenplan.randvoorwaarden if r.id == "RV3")
    aangepast = rv3.model_copy(update={"ernst": {**rv3.ernst, "niet-voldaan": "blokkerend"}})
    stappenplan = catalogus.stappenplan.model_copy(
        update={
            "randvoorwaarden": [
                aangepast if r.id == "RV3" else r for r in catalogus.stappenplan.randvoorwaarden
            ]
        }
    )
    from dataclasses import replace

    anders = replace(catalogus, stappenplan=stappenplan)
    data = profieldata()
    data["randvoorwaarden"]["dienstverlening_en_handhaving"] = "nee"
    assert not blokkeert(beoordeel(profiel(catalogus, data), catalogus))
    assert blokkeert(beoordeel(profiel(anders, data), anders))


def test_programma_toont_dezelfde_bevindingen(catalogus: Catalogus) -> None:
    from tests.maak import programma

    data = profieldata()
    data["randvoorwaarden"]["organisatienorm"] = "nee"
    assert programma(catalogus, data).bevindingen == beoordeel(profiel(catalogus, data), catalogus)
