"""Issue 15, bevindingen van de tester bij de invoer: een ontbrekende database, 'nee', een
ontbrekende kolom, onwaarschijnlijke waarden, afronden en de teksten van de meldingen.

Het programma is dat van examples/klein.yaml (start 1 februari 2027); vandaag is 15 juli 2027.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.test_uitvoering_hulp import plan, profiel

ONTBREEKT = (
    "typo.sqlite: bestaat niet; controleer de naam achter --db, of leg eerst sessies vast "
    "(plan uitvoering record of import; die maken de database)"
)
NIETS = (
    "Nog niets vastgelegd: klein.uitvoering.sqlite bestaat nog niet; plan uitvoering record "
    "of import maakt hem."
)


@pytest.mark.parametrize(
    "opdracht",
    [
        ["status"],
        ["status", "--format", "json"],
        ["report", "--jaar", "2027", "--out", "-"],
        ["koppel", "stap2-publiekszaken", "stap2-buitendienst"],
    ],
)
def test_15_een_ontbrekende_db_na_db_is_een_fout(in_tmp: Path, opdracht: list[str]) -> None:
    gemeente = profiel(in_tmp)
    uit = plan(*opdracht, "--gemeente", gemeente, "--db", "typo.sqlite")
    assert uit.exit_code == 2, uit.output
    assert uit.stderr.splitlines()[0] == ONTBREEKT
    assert uit.stdout == ""
    assert not (in_tmp / "typo.sqlite").exists()


@pytest.mark.parametrize("formaat", ["tekst", "md", "html", "json"])
def test_15_status_zonder_database_zegt_dat_er_niets_is_vastgelegd(
    in_tmp: Path, formaat: str
) -> None:
    gemeente = profiel(in_tmp)
    uit = plan("status", "--gemeente", gemeente, "--format", formaat)
    assert uit.exit_code == 1, uit.output
    if formaat == "json":
        assert json.loads(uit.stdout)["nog_niets_vastgelegd"] == NIETS
    elif formaat == "html":
        assert f'<p class="onder">{NIETS}</p>' in uit.stdout.split("</header>")[0]
    else:
        assert NIETS in "".join(uit.stdout.split("\n", 5)[1:3])  # bovenaan, onder de titel
    assert not (in_tmp / "klein.uitvoering.sqlite").exists()
    # Met een database: geen melding.
    plan("record", "stap2-publiekszaken", "--datum", "12-04-2027", "--gemeente", gemeente)
    assert (
        "Nog niets vastgelegd"
        not in plan("status", "--gemeente", gemeente, "--format", formaat).stdout
    )


def test_15_report_zonder_database_weigert(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    uit = plan("report", "--jaar", "2027", "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert uit.stderr.splitlines()[0] == (
        "klein.uitvoering.sqlite: bestaat nog niet; er is nog niets vastgelegd, dus een verslag "
        "zou alleen nullen tonen. Leg eerst sessies vast (plan uitvoering record of import) of "
        "kies de database met --db"
    )
    assert not list(in_tmp.glob("klein.verslag-*"))


KOP = ["onderdeel", "sessie", "datum", "gegeven", "deelnemers_aanwezig", "evaluatie", "opmerking"]


def _csv(pad: Path, *rijen: str) -> Path:
    pad.write_text(";".join(KOP) + "\n" + "".join(r + "\n" for r in rijen), encoding="utf-8")
    return pad


def _xlsx(pad: Path, rijen: list[list[object]], kop: list[str] = KOP) -> Path:
    boek = Workbook()
    blad = boek.active
    assert blad is not None
    blad.title = "Sessies"
    alle: list[list[object]] = [list(kop), *rijen]
    for rij in alle:
        blad.append(rij)
    boek.save(pad)
    return pad


def test_15_nee_is_zichtbaar_geannuleerd(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = _csv(in_tmp / "s.csv", "stap3-leidinggevenden;1;26-05-2027;nee;;;")
    uit = plan("import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert (
        "  nieuw      stap3-leidinggevenden sessie 1: geannuleerd ('nee': niet doorgegaan) "
        "op 26 mei 2027"
    ) in uit.stdout
    assert (
        "Let op: 'nee' betekent niet doorgegaan; 1 sessie is als geannuleerd vastgelegd. "
        "Moet een sessie nog komen, laat 'gegeven' dan leeg."
    ) in uit.stdout


def test_15_onwaar_in_excel_is_zichtbaar_geannuleerd(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    rijen: list[list[object]] = [
        ["stap3-leidinggevenden", 1, dt.date(2027, 5, 26), False, None, None, None],
        ["stap3-bot", 1, dt.date(2027, 5, 27), True, 3, None, None],
    ]
    uit = plan("import", _xlsx(in_tmp / "s.xlsx", rijen), "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert "sessie 1: geannuleerd ('ONWAAR': niet doorgegaan) op 26 mei 2027" in uit.stdout
    assert "stap3-bot sessie 1: gegeven op 27 mei 2027, 3 aanwezig" in uit.stdout
    assert "2 sessies" not in uit.stdout and "1 sessie is als geannuleerd" in uit.stdout


def test_15_lege_gegeven_met_datum_of_opmerking_wordt_gemeld(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = _csv(
        in_tmp / "s.csv",
        "stap3-leidinggevenden;1;26-05-2027;;;;",
        "stap3-bot;1;;;;;zaal geboekt",
        "stap3-staf;1;;;;;",
    )
    uit = plan("import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert (
        "Niet vastgelegd: rij 2 en 3 hebben een datum of opmerking maar 'gegeven' is leeg. "
        "Een sessie die nog moet komen blijft zo; is ze gegeven of niet doorgegaan, vul dan "
        "ja of nee in."
    ) in uit.stdout
    assert "3 rijen zonder 'gegeven' (nog niet bijgehouden)" in uit.stdout


def test_15_het_blad_legt_uit_wat_nee_betekent(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.render import xlsx
    from trainingsplanner.uitvoering import bron

    programma = bron.laad(gemeente, laad_catalogus(None)).programma
    pad = in_tmp / "p.xlsx"
    pad.write_bytes(xlsx.render(programma, laad_catalogus(None), dt.date(2027, 1, 1)))
    blad = load_workbook(pad)["Sessies"]
    uitleg = {c.promptTitle: c.prompt for c in blad.data_validations.dataValidation}
    assert uitleg["Gegeven"] == (
        "ja = gegeven; nee = niet doorgegaan (geannuleerd); verplaatst = naar de datum in "
        "kolom Datum. Laat leeg zolang de sessie nog moet komen."
    )


def test_15_een_ontbrekende_kolom_laat_de_opgeslagen_waarde_staan(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    rijen: list[list[object]] = [
        ["stap3-bot", 1, dt.date(2027, 5, 11), "ja", 2, 8, "goed"],
        ["stap3-staf", 1, dt.date(2027, 5, 18), "ja", 3, None, None],
    ]
    eerste = plan("import", _xlsx(in_tmp / "s.xlsx", rijen), "--gemeente", gemeente)
    assert eerste.exit_code == 0, eerste.output
    zonder = [r[:4] + r[5:] for r in rijen]
    kop = KOP[:4] + KOP[5:]
    uit = plan("import", _xlsx(in_tmp / "s.xlsx", zonder, kop), "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert "Samen: 0 nieuw, 0 gewijzigd, 2 ongewijzigd." in uit.stdout
    assert (
        "Let op: kolom deelnemers_aanwezig ontbreekt; wat daarvan al vastgelegd is, blijft "
        "staan. De kolommen van het blad Sessies zijn onderdeel, sessie, datum, gegeven, "
        "deelnemers_aanwezig, evaluatie en opmerking."
    ) in uit.stdout
    # Hernoemd: genegeerd, en ook dan blijft de opgeslagen waarde staan.
    hernoemd = _xlsx(
        in_tmp / "s.xlsx", [[*r[:4], 5, *r[5:]] for r in rijen], [*kop[:4], "Aanwezig", *kop[4:]]
    )
    uit = plan("import", hernoemd, "--gemeente", gemeente)
    assert "Genegeerd (geen kolom van het blad Sessies): kolom E (Aanwezig)." in uit.stdout
    assert "kolom deelnemers_aanwezig ontbreekt" in uit.stdout
    assert "2 ongewijzigd" in uit.stdout
    # Een lege cel in een kolom die er wel is, wist (zoals altijd): de rij zegt het.
    rijen[0][4] = None
    uit = plan("import", _xlsx(in_tmp / "s.xlsx", rijen), "--gemeente", gemeente)
    assert (
        "gewijzigd  stap3-bot sessie 1: gegeven op 11 mei 2027, evaluatie 8, opmerking: goed (was: gegeven op 11 mei 2027, 2 aanwezig"
        in uit.stdout
    )
    assert "ontbreekt" not in uit.stdout


def test_15_ontbrekende_kolom_bij_een_andere_status(in_tmp: Path) -> None:
    """Wordt een gegeven sessie geannuleerd, dan vervallen aanwezigen en cijfer (horen er niet bij)."""
    gemeente = profiel(in_tmp)
    plan("record", "stap3-bot", "--datum", "2027-05-11", "--aanwezig", "2", "--evaluatie", "8",
         "--opmerking", "eerst", "--gemeente", gemeente)  # fmt: skip
    bestand = in_tmp / "s.csv"
    bestand.write_text(
        "onderdeel;datum;gegeven\nstap3-bot;2027-05-11;geannuleerd\n", encoding="utf-8"
    )
    uit = plan("import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert (
        "gewijzigd  stap3-bot sessie 1: geannuleerd op 11 mei 2027, opmerking: eerst (was: "
        "gegeven op 11 mei 2027, 2 aanwezig, evaluatie 8, opmerking: eerst)"
    ) in uit.stdout
    assert "kolom deelnemers_aanwezig, evaluatie en opmerking ontbreken" in uit.stdout


def test_15_record_weigert_een_datum_voor_het_programma(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    uit = plan("record", "stap3-bot", "--datum", "05-10-2017", "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert uit.stderr.splitlines()[0] == (
        "--datum: 5 oktober 2017 ligt vóór het begin van het programma (1 februari 2027); "
        "kies een datum vanaf 1 februari 2027 (een tikfout in het jaar?)"
    )
    toekomst = plan("record", "stap3-bot", "--datum", "2027-08-01", "--gemeente", gemeente)
    assert toekomst.exit_code == 2
    assert toekomst.stderr.splitlines()[0] == (
        "--datum: een gegeven sessie kan niet na vandaag (15 juli 2027) zijn; is de sessie "
        "verschoven, leg dan 'verplaatst' vast"
    )


def test_15_import_weigert_een_datum_voor_het_programma(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = _csv(in_tmp / "s.csv", "stap3-bot;1;05-10-2017;ja;3;;", "stap3-staf;1;;ja;;;")
    uit = plan("import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 2
    regels = uit.stderr.splitlines()
    assert regels[0].startswith(
        "s.csv:2:3: rij 2, kolom C (datum): 5 oktober 2017 ligt vóór het begin"
    )
    assert regels[1].startswith("s.csv:3:3: rij 3, kolom C (datum): de datum ontbreekt;")


def test_15_vreemde_maar_mogelijke_waarden_geven_een_waarschuwing(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    uit = plan("record", "stap3-staf", "--datum", "2027-05-18", "--aanwezig", "300",
               "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert uit.stdout.splitlines()[1].startswith(
        "Let op: --aanwezig: 300 aanwezig bij een sessie voor "
    )
    uit = plan("record", "stap3-bot", "--datum", "2027-05-11", "--aanwezig", "0",
               "--evaluatie", "6", "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert uit.stdout.splitlines()[1] == (
        "Let op: --evaluatie: een evaluatiecijfer bij 0 aanwezigen; klopt het aantal aanwezigen?"
    )
    bestand = _csv(
        in_tmp / "s.csv", "stap3-bot;1;11-05-2027;ja;0;6;", "stap3-staf;1;18-05-2027;ja;300;;"
    )
    uit = plan("import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert (
        "Let op: s.csv:2:6: rij 2, kolom F (evaluatie): een evaluatiecijfer bij 0 aanwezigen"
        in uit.stdout
    )
    assert (
        "Let op: s.csv:3:5: rij 3, kolom E (deelnemers_aanwezig): 300 aanwezig bij een sessie voor "
        in uit.stdout
    )


def test_15_gir_meldingen_voor_een_kwartaal_dat_nog_niet_begonnen_is(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    uit = plan("incidenten", "record", "--team", "Publiekszaken", "--kwartaal", "2027-K4",
               "--aantal", "2", "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 2
    assert uit.stderr.splitlines()[0] == (
        "--kwartaal: 2027-K4 is nog niet begonnen (begint op 1 oktober 2027); leg de meldingen "
        "vast als het kwartaal begonnen is"
    )
    nu = plan("incidenten", "record", "--team", "Publiekszaken", "--kwartaal", "2027-K3",
              "--aantal", "2", "--gemeente", gemeente)  # fmt: skip
    assert nu.exit_code == 0, nu.output
    bestand = in_tmp / "g.csv"
    bestand.write_text("team;kwartaal;aantal\nPubliekszaken;2028-K1;1\n", encoding="utf-8")
    uit = plan("incidenten", "import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert uit.stderr.startswith(
        "g.csv:2:2: rij 2, kolom B (kwartaal): 2028-K1 is nog niet begonnen"
    )


@pytest.mark.parametrize(
    ("tekst", "uitkomst"),
    [("7", 7.0), ("7,5", 7.5), ("7.5", 7.5), ("7,50", 7.5), ("8,0", 8.0), ("10", 10.0)],
)
def test_15_cijfer_met_hoogstens_een_decimaal(tekst: str, uitkomst: float) -> None:
    from trainingsplanner.uitvoering import waarden

    assert waarden.cijfer(tekst) == uitkomst


@pytest.mark.parametrize(
    ("tekst", "bericht"),
    [
        ("8,25", "'8,25' heeft meer dan één decimaal; rond af op één decimaal (half naar boven: 8,3)"),
        ("7,35", "'7,35' heeft meer dan één decimaal; rond af op één decimaal (half naar boven: 7,4)"),
        ("7,45", "'7,45' heeft meer dan één decimaal; rond af op één decimaal (half naar boven: 7,5)"),
        ("7.833333333333333", "(half naar boven: 7,8)"),
        ("1.000", "'1.000' kan niet: een cijfer heeft hoogstens één decimaal, en een punt of komma "
                  "voor duizendtallen hoort hier niet; schrijf bijvoorbeeld 7 of 7,5"),
    ],
)  # fmt: skip
def test_15_cijfer_wordt_niet_stil_afgerond(tekst: str, bericht: str) -> None:
    from trainingsplanner.uitvoering import waarden

    with pytest.raises(ValueError) as fout:
        waarden.cijfer(tekst)
    assert bericht in str(fout.value)


def test_15_import_weigert_twee_decimalen_met_rij_en_kolom(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = _csv(in_tmp / "s.csv", "stap3-bot;1;11-05-2027;ja;3;8,25;")
    uit = plan("import", bestand, "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert uit.stderr.splitlines()[0] == (
        "s.csv:2:6: rij 2, kolom F (evaluatie): '8,25' heeft meer dan één decimaal; rond af op één decimaal "
        "(half naar boven: 8,3)"
    )


def test_15_incidenten_import_droog_zegt_zou(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    plan("incidenten", "record", "--team", "Publiekszaken", "--kwartaal", "2027-K1",
         "--aantal", "2", "--gemeente", gemeente)  # fmt: skip
    bestand = in_tmp / "g.csv"
    bestand.write_text(
        "team;kwartaal;aantal\nPubliekszaken;2027-K1;3\nPubliekszaken;2027-K2;1\n",
        encoding="utf-8",
    )
    uit = plan("incidenten", "import", bestand, "--gemeente", gemeente, "--dry-run")
    assert uit.exit_code == 0, uit.output
    assert uit.stdout.splitlines() == [
        "Zou wijzigen: Publiekszaken, 2027-K1: 3 GIR-meldingen (was 2).",
        "Zou vastleggen: Publiekszaken, 2027-K2: 1 GIR-melding.",
        "Samen: 1 nieuw, 1 gewijzigd, 0 ongewijzigd.",
        "Database: klein.uitvoering.sqlite (--dry-run: niet aangepast)",
    ]


def test_15_excel_datum_met_tijd_telt_als_de_dag(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    rijen: list[list[object]] = [
        ["stap3-bot", 1, dt.datetime(2027, 3, 11, 14, 30), "ja", 3, None, None],
        ["stap3-staf", 1, "11-3-2027 9:15", "ja", 2, None, None],
        [
            "stap3-leidinggevenden",
            1,
            dt.datetime(2027, 3, 12, 8, 0),
            "ja",
            dt.datetime(2027, 1, 1, 10, 0),
            None,
            None,
        ],
    ]
    uit = plan("import", _xlsx(in_tmp / "s.xlsx", rijen), "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert uit.stderr.splitlines() == [
        "s.xlsx:4:5: rij 4, kolom E (deelnemers_aanwezig): '1 januari 2027 10:00' is geen "
        "aantal; vul een geheel getal van 0 tot en met 100000 in",
        "1 probleem gevonden in de invoer.",
    ]
    uit = plan("import", _xlsx(in_tmp / "s.xlsx", rijen[:2]), "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert "stap3-bot sessie 1: gegeven op 11 maart 2027, 3 aanwezig" in uit.stdout
    assert "stap3-staf sessie 1: gegeven op 11 maart 2027, 2 aanwezig" in uit.stdout


def test_15_record_met_een_nieuwe_db_zegt_het(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    uit = plan(
        "record",
        "stap3-bot",
        "--datum",
        "2027-05-11",
        "--gemeente",
        gemeente,
        "--db",
        "typo.sqlite",
    )
    assert uit.exit_code == 0, uit.output
    assert uit.stdout.splitlines()[-1] == (
        "Nieuwe database: typo.sqlite bestond nog niet (klopt de naam achter --db?)."
    )
    opnieuw = plan(
        "record",
        "stap3-staf",
        "--datum",
        "2027-05-11",
        "--gemeente",
        gemeente,
        "--db",
        "typo.sqlite",
    )
    assert "Nieuwe database" not in opnieuw.stdout
    zonder = plan("record", "stap3-staf", "--datum", "2027-05-11", "--gemeente", gemeente)
    assert "Nieuwe database" not in zonder.stdout  # de standaarddatabase naast het profiel


def test_15_excel_melding_noemt_kop_en_getal_zoals_in_excel(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    kop = ["Onderdeel", "Sessie", "Datum", "Gegeven", "Deelnemers aanwezig", "Evaluatie"]
    rijen: list[list[object]] = [["stap3-bot", 1, dt.date(2027, 5, 11), "ja", 3, 8.25]]
    uit = plan("import", _xlsx(in_tmp / "bad1.xlsx", rijen, kop), "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert uit.stderr.splitlines()[0] == (
        "bad1.xlsx:2:6: rij 2, kolom F (Evaluatie): '8,25' heeft meer dan één decimaal; rond af "
        "op één decimaal (half naar boven: 8,3)"
    )


def test_15_record_status_nee_zegt_wat_het_betekent(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    uit = plan(
        "record", "stap3-bot", "--datum", "2027-05-11", "--status", "nee", "--gemeente", gemeente
    )
    assert uit.exit_code == 0, uit.output
    assert uit.stdout == (
        "Vastgelegd: stap3-bot sessie 1 van 1: geannuleerd ('nee': niet doorgegaan) op 11 mei 2027.\n"
    )


def test_15_veel_aanwezigen_zonder_sessienummer_noemt_de_grootste_sessie(in_tmp: Path) -> None:
    """Gevonden in een proefrun: zonder --sessie (het wordt de eerste die nog niet gegeven is)
    noemde de waarschuwing de groepsgrootte van het profiel (12), niet wat de sessies van het
    onderdeel hebben (10)."""
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.uitvoering import bron

    gemeente = profiel(in_tmp)
    programma = bron.laad(gemeente, laad_catalogus(None)).programma
    o = next(o for o in programma.onderdelen if len(o.sessiedata) >= 2)
    grootste = max(s.deelnemers for s in o.sessiedata)
    uit = plan("record", o.id, "--datum", o.sessiedata[0].datum.isoformat(), "--aanwezig",
               "300", "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert f"300 aanwezig bij een sessie voor hoogstens {grootste} deelnemers" in uit.stdout
