"""De leerdoelwijzer: vragenlijst maken, antwoorden importeren, teamleerdoelen in het profiel (R2.2)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.leerdoelwijzer.vragenlijst import vragenlijst
from trainingsplanner.profiel.model import laad_profiel

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"
ANTWOORDEN = REPO / "examples" / "klein.leerdoelwijzer-antwoorden.csv"


@pytest.fixture
def profiel(in_tmp: Path) -> Path:
    shutil.copy(KLEIN, in_tmp / "klein.yaml")
    return in_tmp / "klein.yaml"


def _antwoorden(
    catalogus: Catalogus,
    per_team: dict[str, list[dict[str, str]]],
    extra: dict[str, str] | None = None,
) -> str:
    """Een antwoordbestand zoals Excel NL het schrijft, met per respondent {element: behoefte}."""
    p = laad_profiel(KLEIN, catalogus)
    lijsten = {t.naam: vragenlijst(t, catalogus) for t in p.teams}
    kolommen = [*(extra or {}), "Team [team]"]
    for team in per_team:
        for kolom in lijsten[team].kolommen()[1:]:
            if kolom not in kolommen:
                kolommen.append(kolom)
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(kolommen)
    for team, mensen in per_team.items():
        for mens in mensen:
            rij = {**(extra or {}), "Team [team]": team}
            for kolom in kolommen:
                for code, antwoord in mens.items():
                    if kolom.endswith(f"[leren:{code}]"):
                        rij[kolom] = antwoord
            schrijver.writerow([rij.get(k, "") for k in kolommen])
    return uit.getvalue()


def test_create_maakt_per_team_html_csv_en_xlsx(profiel: Path, catalogus: Catalogus) -> None:
    uit = profiel.parent / "lijsten"
    uit.mkdir()
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "create", "--gemeente", "klein.yaml", "--out", "lijsten"]
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert (
        len(list(uit.glob("*.html")))
        == len(list(uit.glob("*.csv")))
        == len(list(uit.glob("*.xlsx")))
        == 6
    )
    kop = (
        (uit / "leerdoelwijzer-buitendienst.csv")
        .read_text(encoding="utf-8-sig")
        .splitlines()[0]
        .split(";")
    )
    assert kop[0] == "Team [team]"
    assert any(  # issue 12 punt 4: situaties, elk met beide schalen
        k.endswith(
            ". Wilt u hier meer over leren? (Stellen en houden van grenzen) [leren:grenzen-stellen-en-houden]"
        )
        for k in kop
    )
    assert not any("fysieke-weerbaarheid" in k for k in kop[:1])
    assert not any("opvang-en-nazorg" in k or "afhandeling" in k for k in kop)  # R6.2
    html = (uit / "leerdoelwijzer-buitendienst.html").read_text(encoding="utf-8")
    assert '<html lang="nl">' in html and "heel graag" in html and "Vul hem anoniem in" in html


def test_create_voor_een_team_en_onbekend_team(profiel: Path) -> None:
    (profiel.parent / "uit").mkdir()
    resultaat = runner.invoke(
        app,
        [
            "leerdoelwijzer",
            "create",
            "--gemeente",
            "klein.yaml",
            "--out",
            "uit",
            "--team",
            "buitendienst",
        ],
    )
    assert resultaat.exit_code == 0
    assert sorted(p.suffix for p in (profiel.parent / "uit").iterdir()) == [
        ".csv",
        ".html",
        ".xlsx",
    ]
    resultaat = runner.invoke(
        app,
        [
            "leerdoelwijzer",
            "create",
            "--gemeente",
            "klein.yaml",
            "--out",
            "uit",
            "--team",
            "Buitedienst",
        ],
    )
    assert resultaat.exit_code == 2
    assert "--team: onbekend team 'Buitedienst'. Bedoelde u 'Buitendienst'?" in resultaat.stderr


def test_r2_2_rondgang_create_invullen_import_generate(profiel: Path, catalogus: Catalogus) -> None:
    mensen = [{"fysieke-weerbaarheid": "heel graag", "emotionele-veerkracht": "graag"}] * 4 + [
        {"fysieke-weerbaarheid": "graag"}
    ] * 2
    (profiel.parent / "a.csv").write_text(
        "\ufeff" + _antwoorden(catalogus, {"Buitendienst": mensen}), encoding="utf-8"
    )
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "import", "a.csv", "--gemeente", "klein.yaml"]
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert "+    leerdoelen: [fysieke-weerbaarheid, emotionele-veerkracht]" in resultaat.stdout
    nieuw = laad_profiel(profiel, catalogus)
    team = next(t for t in nieuw.teams if t.naam == "Buitendienst")
    assert team.leerdoelen == ["fysieke-weerbaarheid", "emotionele-veerkracht"]
    assert team.leerdoelwijzer is not None and team.leerdoelwijzer.respondenten == 6
    uitleg = runner.invoke(
        app, ["explain", "stap3-buitendienst-vaardigheden", "--gemeente", "klein.yaml"]
    )
    assert "R2.2: leerdoelen uit de leerdoelwijzer (6 ingevulde vragenlijsten" in uitleg.stdout
    assert "fysieke weerbaarheid" in uitleg.stdout.lower()


def test_drempel(profiel: Path, catalogus: Catalogus) -> None:
    # issue 12 punt 4: een rij zonder schaalantwoord telt niet mee, dus "niet nodig" in plaats van {}
    mensen = [{"emotionele-veerkracht": "graag"}] * 2 + [
        {"emotionele-veerkracht": "niet nodig"}
    ] * 8
    (profiel.parent / "a.csv").write_text(
        _antwoorden(catalogus, {"Buitendienst": mensen}), encoding="utf-8"
    )
    onder = runner.invoke(
        app, ["leerdoelwijzer", "import", "a.csv", "--gemeente", "klein.yaml", "--dry-run"]
    )
    assert "leerdoelen: [emotionele-veerkracht]" not in onder.stdout
    assert "emotionele veerkracht (2)" in onder.stdout  # individueel, voor het HR-gesprek (R3.4)
    boven = runner.invoke(
        app,
        [
            "leerdoelwijzer",
            "import",
            "a.csv",
            "--gemeente",
            "klein.yaml",
            "--dry-run",
            "--drempel",
            "0.2",
        ],
    )
    assert "+    leerdoelen: [emotionele-veerkracht]" in boven.stdout
    assert "--dry-run: het profiel is niet aangepast." in boven.stdout
    assert profiel.read_text(encoding="utf-8") == KLEIN.read_text(encoding="utf-8")


def test_minimum_groep_geen_cijfers(profiel: Path, catalogus: Catalogus) -> None:
    mensen = [{"emotionele-veerkracht": "heel graag"}] * 4
    (profiel.parent / "a.csv").write_text(
        _antwoorden(catalogus, {"Klantcontactcentrum": mensen}), encoding="utf-8"
    )
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "import", "a.csv", "--gemeente", "klein.yaml"]
    )
    assert resultaat.exit_code == 0
    assert (
        "Klantcontactcentrum: respons 4 van 10 medewerkers; minder dan 5 ingevulde vragenlijsten. Uit privacyoverwegingen geen cijfers"
        in resultaat.stdout
    )
    assert "%" not in resultaat.stdout
    assert "Het profiel verandert niet." in resultaat.stdout


def test_commentaar_en_opmaak_blijven(profiel: Path, catalogus: Catalogus) -> None:
    mensen = [{"emotionele-veerkracht": "graag"}] * 6
    (profiel.parent / "a.csv").write_text(
        _antwoorden(catalogus, {"Buitendienst": mensen}), encoding="utf-8"
    )
    oud = profiel.read_text(encoding="utf-8")
    assert (
        runner.invoke(
            app, ["leerdoelwijzer", "import", "a.csv", "--gemeente", "klein.yaml"]
        ).exit_code
        == 0
    )
    nieuw = profiel.read_text(encoding="utf-8")
    weg = [r for r in oud.splitlines() if r not in nieuw.splitlines()]
    assert weg == []  # alleen toegevoegd: elk oud regel (met commentaar) staat er nog
    assert "# Een kleine gemeente: ongeveer 150 medewerkers in 6 teams." in nieuw
    assert (profiel.parent / "klein.yaml.bak").read_text(encoding="utf-8") == oud
    meer = [{"emotionele-veerkracht": "graag", "gespreksvoering": "heel graag"}] * 6
    (profiel.parent / "b.csv").write_text(
        _antwoorden(catalogus, {"Buitendienst": meer}), encoding="utf-8"
    )
    assert (
        runner.invoke(
            app, ["leerdoelwijzer", "import", "b.csv", "--gemeente", "klein.yaml"]
        ).exit_code
        == 0
    )
    assert (profiel.parent / "klein.yaml.bak2").read_text(encoding="utf-8") == nieuw


@pytest.mark.parametrize(
    "dialect", ["utf8-bom-puntkomma", "cp1252-puntkomma", "utf8-komma", "xlsx"]
)
def test_excel_dialecten(dialect: str, profiel: Path, catalogus: Catalogus) -> None:
    mensen = [{"emotionele-veerkracht": "graag"}] * 6
    tekst = _antwoorden(catalogus, {"Buitendienst": mensen}, extra={"Opmerking (é)": "café"})
    pad = profiel.parent / "a.csv"
    if dialect == "utf8-bom-puntkomma":
        pad.write_bytes("\ufeff".encode() + tekst.encode("utf-8"))
    elif dialect == "cp1252-puntkomma":
        pad.write_bytes(tekst.encode("cp1252"))
    elif dialect == "utf8-komma":
        rijen = list(csv.reader(io.StringIO(tekst), delimiter=";"))
        uit = io.StringIO()
        csv.writer(uit).writerows(rijen)
        pad.write_text(uit.getvalue(), encoding="utf-8")
    else:
        from openpyxl import Workbook

        boek = Workbook()
        blad = boek.active
        assert blad is not None
        for rij in csv.reader(io.StringIO(tekst), delimiter=";"):
            blad.append(rij)
        pad = profiel.parent / "a.xlsx"
        boek.save(pad)
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "import", str(pad.name), "--gemeente", "klein.yaml", "--dry-run"]
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert "+    leerdoelen: [emotionele-veerkracht]" in resultaat.stdout
    assert (
        "kolom A (Opmerking (é)): geen vraag van de leerdoelwijzer, genegeerd" in resultaat.stdout
    )


def test_geen_persoonsgegevens_in_enige_uitvoer(profiel: Path) -> None:
    shutil.copy(ANTWOORDEN, profiel.parent / "antwoorden.csv")
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "import", "antwoorden.csv", "--gemeente", "klein.yaml"]
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert "kolom C (Naam): persoonsgegevens, genegeerd" in resultaat.stdout
    assert "kolom D (E-mail): persoonsgegevens, genegeerd" in resultaat.stdout
    uitvoer = resultaat.stdout + resultaat.stderr + profiel.read_text(encoding="utf-8")
    for generate in ("md", "json", "html"):
        uitvoer += runner.invoke(
            app, ["generate", "--gemeente", "klein.yaml", "--format", generate, "--out", "-"]
        ).stdout
    for verboden in (
        "Voorbeeld Medewerker",
        "@voorbeeld.invalid",
        "12-3-2027",
        "ik wist niet wie ik moest bellen",
    ):
        assert verboden not in uitvoer


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (
            "Team [team];Hoeveel wilt u leren over: X? [leren:gespreksvoering]\r\nBuitedienst;graag\r\n",
            "a.csv:2:1: Team [team]: onbekend team 'Buitedienst'. Bedoelde u 'Buitendienst'?",
        ),
        (
            "Team [team];Hoeveel wilt u leren over: X? [leren:gespreksvoering]\r\nBuitendienst;misschien\r\n",
            # issue 16 punt 11: rij en kolom, nooit wat iemand invulde
            "a.csv:2:2: kolom B: geen antwoord op deze schaal; kies uit: niet nodig, een beetje, graag, heel graag",
        ),
        (
            "Naam;Hoeveel [leren:gespreksvoering]\r\nPiet;graag\r\n",
            "a.csv:1:1: kolom 'Team [team]' ontbreekt; gebruik het sjabloon van plan leerdoelwijzer create",
        ),
        (
            "Team [team];Iets anders\r\nBuitendienst;x\r\n",
            "a.csv:1:1: geen antwoordkolommen gevonden (koppen eindigen op [leren:…]); gebruik het sjabloon",
        ),
        ("", "a.csv:1:1: het bestand is leeg"),
        (
            "Team [team];Hoeveel [leren:gespreksvoring]\r\n",
            "a.csv:1:2: Hoeveel [leren:gespreksvoring]: onbekend element 'gespreksvoring'. Bedoelde u 'gespreksvoering'?",
        ),
    ],
)
def test_slechte_invoer_exit_2_profiel_onaangeroerd(
    inhoud: str, melding: str, profiel: Path
) -> None:
    (profiel.parent / "a.csv").write_text(inhoud, encoding="utf-8")
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "import", "a.csv", "--gemeente", "klein.yaml"]
    )
    assert resultaat.exit_code == 2
    assert melding in resultaat.stderr.splitlines()
    assert profiel.read_text(encoding="utf-8") == KLEIN.read_text(encoding="utf-8")
    assert not (profiel.parent / "klein.yaml.bak").exists()


def test_gemengde_codering(profiel: Path) -> None:
    (profiel.parent / "a.csv").write_bytes(
        "\ufeffTeam [team];x\r\nCaf".encode() + b"\xe9;graag\r\n"
    )
    resultaat = runner.invoke(
        app, ["leerdoelwijzer", "import", "a.csv", "--gemeente", "klein.yaml"]
    )
    assert resultaat.exit_code == 2
    assert "a.csv:2:1: gemengde codering" in resultaat.stderr


@pytest.mark.slow
@given(ruw=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_fuzz_import_crasht_nooit(ruw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    map = tmp_path_factory.mktemp("f")
    shutil.copy(KLEIN, map / "klein.yaml")
    (map / "a.csv").write_bytes(ruw)
    resultaat = runner.invoke(
        app,
        [
            "leerdoelwijzer",
            "import",
            str(map / "a.csv"),
            "--gemeente",
            str(map / "klein.yaml"),
            "--dry-run",
        ],
    )
    assert resultaat.exception is None or isinstance(resultaat.exception, SystemExit), repr(
        resultaat.exception
    )
    assert resultaat.exit_code in (0, 2)
