"""`plan init`: het startprofiel laadt, past in het schema, en overschrijft nooit; ook interactief."""

from __future__ import annotations

import json
import typing
from pathlib import Path

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.profiel.model import laad_profiel

runner = CliRunner()
SCHEMA = json.loads((REPO / "schemas" / "profiel-v1.schema.json").read_text(encoding="utf-8"))

ANTWOORDEN = """\
Gemeente Testdorp
2027-04-01
2
10
6
1200
80000
j
n
ja
deels
ja
ja
nee
Huisregels bekend
Matig
Wisselend
Minder incidenten
Balie en wijkteam
5
21
n
4
6
2
15
Balie
publieksdiensten
18
1
hoog
basisopleiding-burgerzaken
n
n
Wijkteam
sociaal-domein
12
1
midden

j
j

"""


def _schema_geldig(pad: Path) -> None:
    from tests.test_golden import _getypt

    data = yaml.load(pad.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    jsonschema.validate(
        _zonder_leeg(_getypt(data)), SCHEMA, format_checker=jsonschema.FormatChecker()
    )


def _zonder_leeg(waarde: object) -> object:
    """Een lege YAML-waarde is null; BaseLoader geeft ''."""
    if isinstance(waarde, dict):
        return {
            k: (
                None
                if v == "" and k not in ("spelregels", "kennis", "naleving", "doel", "doelgroepen")
                else _zonder_leeg(v)
            )
            for k, v in waarde.items()
        }
    if isinstance(waarde, list):
        return [_zonder_leeg(v) for v in waarde]
    return waarde


def test_init_schrijft_een_profiel_dat_laadt_en_in_het_schema_past(
    in_tmp: Path, catalogus: Catalogus
) -> None:
    resultaat = runner.invoke(app, ["init"])
    assert resultaat.exit_code == 0, resultaat.output
    pad = in_tmp / "gemeente.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert tekst.startswith("# yaml-language-server: $schema=profiel.schema.json\n")
    assert "file:" not in tekst and str(REPO) not in tekst
    schema = json.loads((in_tmp / "profiel.schema.json").read_text(encoding="utf-8"))
    assert schema["$id"] == SCHEMA["$id"]
    assert "# RV1. Is de organisatie helder en eenduidig" in tekst
    assert "# Waarom: Zonder een heldere organisatienorm" in tekst
    assert "# Wat willen we bereiken met het trainingsprogramma?" in tekst
    profiel = laad_profiel(pad, catalogus)
    assert profiel.gemeente == "Mijn gemeente" and len(profiel.teams) == 2
    _schema_geldig(pad)
    assert runner.invoke(app, ["generate", "--gemeente", "gemeente.yaml"]).exit_code == 0


def test_init_overschrijft_nooit(in_tmp: Path) -> None:
    (in_tmp / "mijn.yaml").write_text("eigen werk\n", encoding="utf-8")
    resultaat = runner.invoke(app, ["init", "mijn.yaml"])
    assert resultaat.exit_code == 2
    assert (
        "mijn.yaml: bestaat al; kies een andere naam (init overschrijft nooit)" in resultaat.stderr
    )
    assert (in_tmp / "mijn.yaml").read_text(encoding="utf-8") == "eigen werk\n"


def test_init_interactief_en_dan_generate(in_tmp: Path, catalogus: Catalogus) -> None:
    resultaat = runner.invoke(app, ["init", "testdorp.yaml", "--interactive"], input=ANTWOORDEN)
    assert resultaat.exit_code == 0, resultaat.output
    pad = in_tmp / "testdorp.yaml"
    profiel = laad_profiel(pad, catalogus)
    assert profiel.gemeente == "Gemeente Testdorp"
    assert profiel.looptijd_jaren == 2 and profiel.capaciteit.sessies_per_maand == 6
    assert profiel.kosten is not None and profiel.kosten.budget == 80000
    assert profiel.randvoorwaarden.bestuurlijke_betrokkenheid == "deels"
    assert profiel.randvoorwaarden.agressieprotocol == "nee"
    assert [t.naam for t in profiel.teams] == ["Balie", "Wijkteam"]
    assert profiel.teams[0].opleidingen == ["basisopleiding-burgerzaken"]
    assert profiel.teams[1].teamnorm and profiel.teams[1].huisbezoeken
    _schema_geldig(pad)
    gegenereerd = runner.invoke(app, ["generate", "--gemeente", "testdorp.yaml", "--out", "-"])
    assert gegenereerd.exit_code == 1  # RV5 'nee' blokkeert
    assert "Agressieprotocol opstellen met de organisatienorm" in gegenereerd.stdout


def test_init_interactief_afgebroken_laat_niets_achter(in_tmp: Path) -> None:
    resultaat = runner.invoke(
        app, ["init", "half.yaml", "--interactive"], input="Gemeente Half\n2027-01-01\n"
    )
    assert resultaat.exit_code == 130
    assert "Afgebroken; er is niets geschreven." in resultaat.stderr
    assert list(in_tmp.iterdir()) == []


def test_init_interactief_vraagt_opnieuw_bij_foute_datum(in_tmp: Path) -> None:
    invoer = ANTWOORDEN.replace("2027-04-01\n", "1 april\n2027-04-01\n", 1)
    resultaat = runner.invoke(app, ["init", "t.yaml", "--interactive"], input=invoer)
    assert resultaat.exit_code == 0
    assert "Dat is geen datum" in resultaat.stdout


STARTPROFIEL = REPO / "tests" / "fixtures" / "startprofiel.yaml"
SJABLOON = REPO / "templates" / "profiel.yaml.j2"


def test_startprofiel_blijft_gelijk(catalogus: Catalogus, update_golden: bool) -> None:
    """De tekst van `plan init` (vaste datum); bijwerken: make golden."""
    import datetime as dt

    from trainingsplanner.profiel.startprofiel import Antwoorden, maak_profieltekst

    tekst = maak_profieltekst(Antwoorden(startdatum=dt.date(2027, 2, 1)), catalogus, "x.yaml")
    if update_golden:
        STARTPROFIEL.write_text(tekst, encoding="utf-8")
    assert tekst == STARTPROFIEL.read_text(encoding="utf-8")


def test_sjabloon_noemt_zelf_geen_grenzen_of_keuzes() -> None:
    """Grenzen, keuzes en uitleg komen uit het model; het sjabloon zegt alleen waar ze komen."""
    from trainingsplanner.profiel.model import of_lijst
    from trainingsplanner.typen import Antwoord, Risico

    sjabloon = SJABLOON.read_text(encoding="utf-8")
    for keuzes in (Risico, Antwoord):
        assert of_lijst(typing.get_args(keuzes)) not in sjabloon
    assert "werkplein" not in sjabloon and "1 tot 5" not in sjabloon
    commentaar = [r for r in sjabloon.splitlines() if "# " in r and "{{" not in r]
    assert all(r.startswith(("#", "{#")) or "  " in r for r in commentaar)


@pytest.mark.parametrize(
    "pad", ["looptijd_jaren", "teams.risico", "randvoorwaarden", "voorkeuren.train_de_trainer"]
)
def test_commentaar_in_het_startprofiel_komt_uit_het_model(pad: str, in_tmp: Path) -> None:
    from trainingsplanner.profiel.velden import veld

    assert runner.invoke(app, ["init"]).exit_code == 0
    tekst = (in_tmp / "gemeente.yaml").read_text(encoding="utf-8")
    for regel in veld(pad).opmerking().splitlines():
        assert regel in tekst


def test_vragen_volgen_de_grenzen_van_het_model(in_tmp: Path) -> None:
    """Groepsgrootte 101 mag niet (le=100); een college van 200 wel (een Aantal)."""
    from trainingsplanner.profiel.velden import veld

    invoer = ANTWOORDEN.replace("2\n10\n6\n", "2\n101\n10\n6\n", 1).replace(
        "wijkteam\n5\n21\n", "wijkteam\n200\n21\n", 1
    )
    resultaat = runner.invoke(app, ["init", "t.yaml", "--interactive"], input=invoer)
    assert resultaat.exit_code == 0, resultaat.output
    groep = veld("groepsgrootte")
    assert f"Kies een getal van {groep.minimum} tot en met {groep.maximum}." in resultaat.stdout
    assert "Looptijd in jaren [1/2/3/4/5] (3)" in resultaat.stdout
    assert "Risico [hoog/midden/laag] (midden)" in resultaat.stdout
    tekst = (in_tmp / "t.yaml").read_text(encoding="utf-8")
    assert "  groepsgrootte: 10" not in tekst and "groepsgrootte: 10\n" in tekst
    assert "college: 200 " in tekst
