"""Issue 12 punt 4: de leerdoelwijzer telt mensen, geen rijen; sjablonen met situaties (R2.2).

Een rij telt alleen met minstens één antwoord op een schaalvraag; het verslag noemt per team
"respons x van n medewerkers", teams zonder antwoorden, en weigert een aantal dat niet kan
kloppen (meer ingevulde vragenlijsten dan medewerkers).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner, Result

from tests.conftest import DATA, REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.leerdoelwijzer.vragenlijst import elementen_voor, vragenlijst
from trainingsplanner.profiel.model import Team, laad_profiel

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"
KOP = [
    "Team [team]",
    "1a. Hoe vaak? [freq:emotionele-veerkracht]",
    "1b. [leren:emotionele-veerkracht]",
]
KOP += ["Open [open:wens]"]


@pytest.fixture
def profiel(in_tmp: Path) -> Path:
    shutil.copy(KLEIN, in_tmp / "klein.yaml")
    return in_tmp / "klein.yaml"


def _importeer(bestand: str, *extra: str) -> Result:
    return runner.invoke(
        app, ["leerdoelwijzer", "import", bestand, "--gemeente", "klein.yaml", *extra]
    )


def _csv(pad: Path, rijen: list[list[str]]) -> None:
    uit = io.StringIO()
    csv.writer(uit, delimiter=";", lineterminator="\r\n").writerows(rijen)
    pad.write_text("\ufeff" + uit.getvalue(), encoding="utf-8")


def _maak(profiel: Path, *extra: str) -> Path:
    uit = profiel.parent / "uit"
    uit.mkdir(exist_ok=True)
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", "uit", *extra]
    )
    assert resultaat.exit_code == 0, resultaat.output
    return uit


def test_12_4_onaangeroerd_oud_sjabloon_met_200_teamrijen_telt_niet(profiel: Path) -> None:
    boek = Workbook()
    blad = boek.active
    assert blad is not None
    blad.append(KOP)
    for rij in range(2, 202):  # zoals het oude sjabloon: 200 rijen met alleen de teamnaam
        blad.cell(row=rij, column=1, value="Buitendienst")
    boek.save(profiel.parent / "a.xlsx")
    resultaat = _importeer("a.xlsx")
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines()[0] == (
        "a.xlsx:2:1: geen ingevulde vragenlijsten: geen enkele rij heeft een antwoord op een "
        "schaalvraag (200 rijen met alleen een team of een open antwoord)"
    )
    assert profiel.read_bytes() == KLEIN.read_bytes()


def test_12_4_onaangeroerd_nieuw_sjabloon_telt_niet(profiel: Path) -> None:
    uit = _maak(profiel, "--team", "Buitendienst")
    for bestand in ("leerdoelwijzer-buitendienst.xlsx", "leerdoelwijzer-buitendienst.csv"):
        resultaat = _importeer(f"uit/{bestand}")
        assert resultaat.exit_code == 2
        assert f"uit/{bestand}:2:1: er staan geen antwoorden in het bestand" in resultaat.stderr
    assert (uit / "leerdoelwijzer-buitendienst.xlsx").exists()


def test_12_4_alleen_rijen_met_een_schaalantwoord_tellen(profiel: Path) -> None:
    ingevuld = [["Buitendienst", "vaak", "graag", ""]] * 4 + [["Buitendienst", "soms", "", ""]] * 2
    leeg = [["Buitendienst", "", "", ""]] * 3 + [["Buitendienst", "", "", "alleen open tekst"]]
    _csv(profiel.parent / "a.csv", [KOP, *ingevuld, *leeg])
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 0, resultaat.output
    regels = resultaat.stdout.splitlines()
    assert regels[0] == "Leerdoelwijzer: 6 ingevulde vragenlijsten uit 1 team (R2.2)."
    assert "  4 rijen zonder antwoord op een schaalvraag: niet meegeteld." in regels
    assert "Buitendienst: respons 6 van 35 medewerkers (17%); teamleerdoel vanaf 30%." in regels
    team = next(t for t in laad_profiel(profiel, _cat()).teams if t.naam == "Buitendienst")
    assert team.leerdoelwijzer is not None and team.leerdoelwijzer.respondenten == 6


def test_12_4_teams_zonder_antwoorden_worden_genoemd(profiel: Path) -> None:
    _csv(profiel.parent / "a.csv", [KOP] + [["Sociaal team", "", "graag", ""]] * 5)
    resultaat = _importeer("a.csv", "--dry-run")
    assert resultaat.exit_code == 0, resultaat.output
    assert (
        "  Geen antwoorden van: Publiekszaken, Toezicht en handhaving, Werk en inkomen, "
        "Buitendienst, Klantcontactcentrum."
    ) in resultaat.stdout.splitlines()


def test_12_4_meer_ingevuld_dan_medewerkers_wordt_niet_geschreven(profiel: Path) -> None:
    rijen = [["Toezicht en handhaving", "", "graag", ""]] * 9  # 8 medewerkers
    rijen += [["Buitendienst", "", "graag", ""]] * 6
    _csv(profiel.parent / "a.csv", [KOP, *rijen])
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 1, resultaat.output
    assert (
        "Toezicht en handhaving: respons 9 van 8 medewerkers: meer ingevulde vragenlijsten dan "
        "medewerkers in het profiel."
    ) in resultaat.stdout
    assert resultaat.stderr == (
        "Niet bijgewerkt, meer ingevulde vragenlijsten dan medewerkers: Toezicht en handhaving.\n"
    )
    teams = {t.naam: t for t in laad_profiel(profiel, _cat()).teams}
    assert teams["Toezicht en handhaving"].leerdoelwijzer is None  # nooit een onwaar aantal
    assert teams["Buitendienst"].leerdoelwijzer is not None


def _cat() -> Catalogus:
    from trainingsplanner.catalogus.laden import laad_catalogus

    return laad_catalogus(DATA)


# ------------------------------------------------------------------ sjablonen


def test_12_4_xlsx_sjabloon_vorm(profiel: Path) -> None:
    uit = _maak(profiel, "--team", "Publiekszaken")
    boek = load_workbook(uit / "leerdoelwijzer-publiekszaken.xlsx")
    assert boek.sheetnames == ["Antwoorden", "Uitleg", "Keuzes"]
    assert boek["Keuzes"].sheet_state == "hidden"
    blad = boek["Antwoorden"]
    assert blad.max_row == 1  # geen vooraf ingevulde rijen
    assert blad.freeze_panes == "B2"
    assert all(c.alignment.wrap_text for c in blad[1])
    assert blad.column_dimensions["A"].width == 24
    assert blad.column_dimensions["B"].width == 26
    keuzes = {str(k.sqref): k.formula1 for k in blad.data_validations.dataValidation}
    assert keuzes["A2:A1048576"] == "=Keuzes!$A$1:$A$1"
    assert keuzes["B2:B1048576"] == "=Keuzes!$B$1:$B$4"
    assert keuzes["C2:C1048576"] == "=Keuzes!$C$1:$C$4"
    assert boek["Keuzes"]["A1"].value == "Publiekszaken"
    uitleg = [c.value for c in boek["Uitleg"]["A"]]
    assert uitleg[0] == "Leerdoelwijzer — team Publiekszaken"
    assert any("één rij per medewerker" in str(r) for r in uitleg)
    assert any(str(r).startswith("1. Hoe vaak maakt u mee dat ") for r in uitleg)


def test_12_4_vragen_zijn_situaties_met_beide_schalen(profiel: Path, catalogus: Catalogus) -> None:
    for team in laad_profiel(profiel, catalogus).teams:
        lijst = vragenlijst(team, catalogus)
        assert len(lijst.situaties) == len(lijst.elementen)
        for s in lijst.situaties:
            assert s.frequentie.kolom.startswith(f"{s.nummer}a. Hoe vaak maakt u mee dat ")
            assert s.frequentie.kolom.endswith(f"? [freq:{s.code}]")
            assert s.behoefte.kolom == (
                f"{s.nummer}b. Wilt u hier meer over leren? ({s.naam}) [leren:{s.code}]"
            )
            assert "Hoe vaak krijgt u" not in s.frequentie.tekst


def test_12_4_elk_element_van_een_vragenlijst_heeft_een_situatie(catalogus: Catalogus) -> None:
    situaties = yaml.safe_load((DATA / "leerdoelwijzer.yaml").read_text("utf-8"))["situaties"]
    assert set(situaties) <= set(catalogus.elementen)
    nodig: set[str] = set()
    for groep in catalogus.functiegroepen:
        for huisbezoeken in (False, True):
            team = Team(naam="x", functiegroep=groep, medewerkers=3, huisbezoeken=huisbezoeken)
            nodig |= {e.id for e in elementen_voor(team, catalogus)}
    assert nodig <= set(situaties), nodig - set(situaties)
    assert all(not s.endswith((".", "?")) and s[0].islower() for s in situaties.values())


def test_12_4_html_een_rij_per_situatie_met_beide_schalen(profiel: Path) -> None:
    uit = _maak(profiel, "--team", "Sociaal team")
    html = (uit / "leerdoelwijzer-sociaal-team.html").read_text("utf-8")
    rijen = re.findall(r"<tr><th scope=\"row\">(\d+)</th>(.*?)</tr>", html, re.S)
    assert [int(n) for n, _ in rijen] == list(range(1, len(rijen) + 1))
    assert all(inhoud.count('class="vak"') == 8 for _, inhoud in rijen)
    assert "Hoe vaak maakt u dit mee?" in html and "Wilt u hier meer over leren?" in html
    assert "Hoe vaak maakt u mee dat u bij iemand thuis komt" in html


def test_12_4_ingevuld_xlsx_sjabloon_terug(profiel: Path) -> None:
    uit = _maak(profiel, "--team", "Buitendienst")
    pad = uit / "leerdoelwijzer-buitendienst.xlsx"
    boek = load_workbook(pad)
    blad = boek["Antwoorden"]
    koppen = [c.value for c in blad[1]]
    kolom = next(i for i, k in enumerate(koppen, 1) if str(k).endswith("[leren:gespreksvoering]"))
    for rij in range(2, 8):
        blad.cell(rij, 1, "Buitendienst")
        blad.cell(rij, kolom, "heel graag")
    boek.save(pad)
    resultaat = _importeer("uit/leerdoelwijzer-buitendienst.xlsx", "--dry-run")
    assert resultaat.exit_code == 0, resultaat.output
    assert "Buitendienst: respons 6 van 35 medewerkers (17%)" in resultaat.stdout
    assert "+    leerdoelen: [gespreksvoering]" in resultaat.stdout


def test_12_4_oude_export_met_oude_vraagteksten_blijft_leesbaar(profiel: Path) -> None:
    kop = ["Team [team]", "Hoeveel wilt u leren over: Gespreksvoering? [leren:gespreksvoering]"]
    _csv(profiel.parent / "a.csv", [kop] + [["Buitendienst", "graag"]] * 5)
    resultaat = _importeer("a.csv", "--dry-run")
    assert resultaat.exit_code == 0, resultaat.output
    assert "+    leerdoelen: [gespreksvoering]" in resultaat.stdout


def test_12_4_enkelvoud_en_meervoud(profiel: Path) -> None:
    rijen = [["Buitendienst", "", "graag", "x"]] + [["Buitendienst", "", "graag", ""]] * 4
    _csv(profiel.parent / "a.csv", [KOP, *rijen])
    resultaat = _importeer("a.csv", "--dry-run")
    assert "  1 antwoord op open vragen: lees ze in het antwoordbestand zelf." in resultaat.stdout
    assert "(en)" not in resultaat.stdout and "(s)" not in resultaat.stdout


def test_excel_unicode_tekst_utf16_met_tabs(profiel: Path) -> None:
    rijen = ["\t".join(KOP)] + ["Buitendienst\tvaak\tgraag\t"] * 5
    (profiel.parent / "a.txt").write_bytes("\r\n".join(rijen).encode("utf-16"))
    resultaat = _importeer("a.txt", "--dry-run")
    assert resultaat.exit_code == 0, resultaat.output
    assert "Buitendienst: respons 5 van 35 medewerkers (14%)" in resultaat.stdout
