"""Gewoontes die moeten werken (issue 12, punten 2, 7, 8, 9 en 10).

- uitvoermappen worden gemaakt; een bestaand bestand is een fout in de opdracht (punt 2);
- het profiel als argument, keuzes zonder hoofdlettergevoel (punt 7);
- `plan onderdelen` en de ids in de documenten (punt 8);
- tabellen in een smalle terminal gestapeld (punt 9);
- HTML als standaard, Nederlandse meervouden, geen onnodige Markdown-escapes (punt 10).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.cli.app import app

runner = CliRunner()
VOORBEELDEN = REPO / "examples"


@pytest.fixture
def klein(in_tmp: Path) -> Path:
    shutil.copy(VOORBEELDEN / "klein.yaml", in_tmp / "klein.yaml")
    return in_tmp / "klein.yaml"


# Punt 2: uitvoermappen en bestaande bestanden


@pytest.mark.parametrize(
    ("out", "verwacht"),
    [
        ("nieuw/diep/programma.html", "nieuw/diep/programma.html"),
        ("uitvoer/", "uitvoer/klein.programma.html"),
    ],
)
def test_R12_2_generate_maakt_de_uitvoermap(klein: Path, out: str, verwacht: str) -> None:
    resultaat = runner.invoke(app, ["generate", "klein.yaml", "--out", out])
    assert resultaat.exit_code == 0, resultaat.output
    assert (klein.parent / verwacht).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert f"Geschreven: {verwacht}" in resultaat.stderr


def test_R12_2_een_bestaande_map_krijgt_de_standaardnaam(klein: Path) -> None:
    (klein.parent / "bestaat").mkdir()
    resultaat = runner.invoke(
        app, ["generate", "klein.yaml", "--out", "bestaat", "--format", "json"]
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert (klein.parent / "bestaat" / "klein.programma.json").is_file()


def test_R12_2_een_map_met_profielen_naar_een_nieuwe_map(in_tmp: Path) -> None:
    (in_tmp / "profielen").mkdir()
    for naam in ("klein.yaml", "nog-niet-klaar.yaml"):
        shutil.copy(VOORBEELDEN / naam, in_tmp / "profielen" / naam)
    resultaat = runner.invoke(app, ["generate", "--gemeente", "profielen", "--out", "uit/2027"])
    assert resultaat.exit_code == 1, resultaat.output  # nog-niet-klaar blokkeert
    assert sorted(p.name for p in (in_tmp / "uit" / "2027").iterdir()) == [
        "klein.programma.html",
        "nog-niet-klaar.programma.html",
    ]


def test_R12_2_leerdoelwijzer_create_maakt_de_map(klein: Path) -> None:
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", "lijsten/2027"]
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert list((klein.parent / "lijsten" / "2027").glob("leerdoelwijzer-*.html"))


def test_R12_2_een_uitvoermap_die_een_bestand_is(klein: Path) -> None:
    (klein.parent / "bezet").write_text("x", encoding="utf-8")
    resultaat = runner.invoke(app, ["generate", "klein.yaml", "--out", "bezet/programma.html"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines()[-2:] == [
        "bezet/programma.html: een deel van het pad is geen map",
        "1 probleem gevonden in de opdracht.",
    ]


def test_R12_2_bestaat_al_is_een_fout_in_de_opdracht_ook_bij_init(in_tmp: Path) -> None:
    assert runner.invoke(app, ["init", "p.yaml"]).exit_code == 0
    resultaat = runner.invoke(app, ["init", "p.yaml"])
    assert resultaat.exit_code == 2
    assert resultaat.stderr.endswith("1 probleem gevonden in de opdracht.\n")


# Punt 7: profiel als argument, hoofdletters


@pytest.mark.parametrize(
    "argumenten",
    [
        ["generate", "klein.yaml", "--out", "-", "--format", "JSON"],
        ["generate", "--gemeente", "klein.yaml", "--out", "-", "--format", "Json"],
    ],
)
def test_R12_7_profiel_als_argument_of_met_gemeente(klein: Path, argumenten: list[str]) -> None:
    resultaat = runner.invoke(app, argumenten)
    assert resultaat.exit_code == 0, resultaat.output
    assert json.loads(resultaat.stdout)["gemeente"] == "Gemeente Klein-Heuvelrug"


@pytest.mark.parametrize(
    "opdracht",
    [
        ["check-randvoorwaarden", "klein.yaml", "--format", "TEKST"],
        ["explain", "r3.2", "klein.yaml"],
        ["explain", "STAP1-College", "--gemeente", "klein.yaml"],
        ["onderdelen", "klein.yaml"],
        ["schema", "PROFIEL"],
        ["catalogus", "toon", "boa"],
        ["catalogus", "toon", "BOA"],
        ["catalogus", "toon", "r3.2"],
        ["catalogus", "elementen", "--functiegroep", "Buitendienst"],
    ],
    ids=" ".join,
)
def test_R12_7_hoofdletters_tellen_niet(klein: Path, opdracht: list[str]) -> None:
    resultaat = runner.invoke(app, opdracht)
    assert resultaat.exit_code == 0, resultaat.output


def test_R12_7_geen_profiel_of_twee_profielen(klein: Path) -> None:
    geen = runner.invoke(app, ["generate"])
    assert geen.exit_code == 2
    assert geen.stderr.startswith("PROFIEL: geef het gemeenteprofiel op")
    twee = runner.invoke(app, ["explain", "R3.2", "klein.yaml", "--gemeente", "ander.yaml"])
    assert twee.exit_code == 2
    assert "twee profielen opgegeven" in twee.stderr


def test_R12_7_de_hulp_belooft_alleen_een_map_waar_dat_kan() -> None:
    from trainingsplanner.cli.hulpdocs import hulptekst

    for opdracht in ("explain", "check-randvoorwaarden", "onderdelen", "leerdoelwijzer create"):
        tekst, _ = hulptekst([*opdracht.split(), "--help"], breedte=200)
        assert "map met profielen" not in tekst, opdracht
    tekst, _ = hulptekst(["generate", "--help"], breedte=200)
    assert "of een map met profielen" in tekst


# Punt 8: ids


def test_R12_8_onderdelen_toont_ids_titels_en_datums(klein: Path) -> None:
    resultaat = runner.invoke(app, ["onderdelen", "klein.yaml"])
    assert resultaat.exit_code == 0
    regels = resultaat.stdout.splitlines()
    assert regels[0] == "id\ttitel\tstap\tstart\teind"
    assert (
        "stap1-college\tNormstelling en bewustwording — College van B&W\t1\t2027-03-01\t2027-03-31"
        in regels
    )
    assert len(regels) == 1 + 120
    als_json = json.loads(
        runner.invoke(app, ["onderdelen", "klein.yaml", "--format", "json"]).stdout
    )
    assert als_json[0] == {
        "id": "stap1-trainers-opleiden",
        "titel": "Interne trainers voorbereiden: meelopen en intervisie",
        "stap": 1,
        "team": None,
        "start": "2027-02-01",
        "eind": "2027-02-28",
    }


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_R12_8_elk_onderdeel_in_het_document_noemt_zijn_id(klein: Path, formaat: str) -> None:
    """Elk id dat `plan explain` kent en een eigen blok heeft, staat in het document."""
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.profiel.model import laad_profiel

    cat = laad_catalogus()
    programma = stel_samen(laad_profiel(klein, cat), cat)
    tekst = runner.invoke(app, ["generate", "klein.yaml", "--format", formaat, "--out", "-"]).stdout
    patroon = (
        r"- Id: `([^`]+)`" if formaat == "md" else r'<p class="klein">id: <code>([^<]+)</code>'
    )
    getoond = set(re.findall(patroon, tekst))
    assert getoond, "geen ids in het document"
    assert getoond <= {o.id for o in programma.onderdelen}
    for code in sorted(getoond)[:3]:
        assert runner.invoke(app, ["explain", code, "klein.yaml"]).exit_code == 0
    assert {o.id for o in programma.onderdelen if o.stap in (2, 3) and o.team} <= getoond


# Punt 9: smalle terminal


@pytest.mark.parametrize(("breedte", "gestapeld"), [(80, True), (99, True), (140, False)])
def test_R12_9_elementen_in_een_smalle_terminal_gestapeld(
    breedte: int,
    gestapeld: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from trainingsplanner.catalogus import overzicht
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.cli import uitvoer

    monkeypatch.setattr(uitvoer, "is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", str(breedte))
    o = overzicht.elementen(laad_catalogus())
    uitvoer.print_tabel(o.titel, o.kolommen, o.rijen)
    uit = capsys.readouterr().out
    assert max(len(r) for r in uit.splitlines()) <= breedte
    naam = "Onderscheid persoonlijke norm en organisatienorm"
    if gestapeld:
        assert "persoonlijke-norm-en-organisatienorm\n  naam: " + naam in uit
    else:
        assert "┃" in uit


def test_R12_9_tekst_uit_de_catalogus_is_geen_opmaak(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainingsplanner.cli import uitvoer

    monkeypatch.setattr(uitvoer, "is_terminal", lambda: True)
    for breedte in ("80", "140"):
        monkeypatch.setenv("COLUMNS", breedte)
        uitvoer.print_tabel("T", ["id", "naam", "x"], [["a", "[bold]vet[/bold] \x1b[2J", "y"]])
        uit = capsys.readouterr().out
        assert "[bold]vet[/bold]" in uit and "\x1b[2J" not in uit


# Punt 10: HTML, meervouden, escapes


def test_R12_10_html_is_de_standaard(klein: Path) -> None:
    resultaat = runner.invoke(app, ["generate", "klein.yaml"])
    assert resultaat.exit_code == 0
    assert (klein.parent / "klein.programma.html").is_file()
    assert not list(klein.parent.glob("klein.programma.md"))


@pytest.mark.parametrize("formaat", ["md", "html"])
def test_R12_10_nederlandse_meervouden(klein: Path, formaat: str) -> None:
    tekst = runner.invoke(app, ["generate", "klein.yaml", "--format", formaat, "--out", "-"]).stdout
    assert not re.search(r"\w\((s|en)\)", tekst.replace("doelgroep(en)", "")), "meervoud met (s)"
    assert re.search(r"\b1 sessie van\b", tekst) and re.search(r"\b2 sessies van\b", tekst)
    assert not re.search(r"\b1 sessies\b|\b[02-9] sessie van\b", tekst)


def test_R12_10_meervouden_in_explain_en_gereedheid(klein: Path) -> None:
    uitleg = runner.invoke(app, ["explain", "stap1-college", "klein.yaml"]).stdout
    assert "4 deelnemers in 1 sessie;" in uitleg and "sessie(s)" not in uitleg
    gereed = runner.invoke(app, ["check-randvoorwaarden", "klein.yaml"]).stdout
    assert "punt(en)" not in gereed


def test_R12_10_geen_onnodige_markdown_escapes(klein: Path) -> None:
    tekst = runner.invoke(app, ["generate", "klein.yaml", "--format", "md", "--out", "-"]).stdout
    assert "College van B&W" in tekst and "B\\&W" not in tekst


def test_R12_10_een_entiteit_blijft_tekst() -> None:
    from trainingsplanner.render.markdown import ontsnap

    assert ontsnap("B&W") == "B&W"
    assert ontsnap("&amp; &#60;") == "\\&amp; &\\#60;"  # '&\\#60;' is geen entiteit meer
