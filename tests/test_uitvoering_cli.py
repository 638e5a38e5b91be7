"""Issue 15, de opdrachten: record → status, koppel, incidenten en de meldingen, met een echt bestand.

Het programma is dat van examples/klein.yaml; vandaag is 15 juli 2027 (SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

from tests.test_uitvoering_hulp import KLEIN, plan, profiel
from trainingsplanner import opmaak
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.uitvoering import bron, schema

PROGRAMMA = bron.laad(KLEIN, laad_catalogus(None)).programma
VANDAAG = dt.date(2027, 7, 15)


def _voorgesteld(code: str, nummer: int = 1) -> dt.date:
    o = PROGRAMMA.onderdeel(code)
    assert o is not None
    return next(s.datum for s in o.sessiedata if s.nummer == nummer)


def _binnenkort(stap: int, vastgelegd: set[str]) -> int:
    """Sessies van een stap met een voorgestelde datum binnen 60 dagen na vandaag, niet vastgelegd."""
    grens = VANDAAG + dt.timedelta(days=60)
    return sum(
        1
        for o in PROGRAMMA.onderdelen
        if o.stap == stap and o.id not in vastgelegd
        for s in o.sessiedata
        if VANDAAG < s.datum <= grens
    )


VAARDIGHEDEN = "stap3-publiekszaken-vaardigheden"


def _status(gemeente: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    resultaat = plan("status", "--gemeente", gemeente, "--format", "json", *extra)
    return resultaat.exit_code, json.loads(resultaat.stdout)


def _onderdeel(stand: dict[str, Any], code: str) -> dict[str, Any]:
    return next(o for o in stand["onderdelen"] if o["id"] == code)


def test_15_record_status_rondgang(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    code, leeg = _status(gemeente)
    assert code == 1 and leeg["achterstallig"] and leeg["totaal"]["gegeven"] == 0
    assert not (tmp_path / "klein.uitvoering.sqlite").exists()  # status maakt niets aan

    uit = plan("record", "stap2-publiekszaken", "--datum", "12-04-2027", "--aanwezig", "15",
               "--evaluatie", "7,8", "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert uit.stdout == (
        "Vastgelegd: stap2-publiekszaken sessie 1 van 1: gegeven op 12 april 2027, "
        "15 aanwezig, evaluatie 7,8.\n"
    )
    # Zonder --sessie: de eerste sessie die nog niet gegeven is.
    for datum, aanwezig in (("2027-06-10", "9"), ("2027-07-01", "8")):
        uit = plan(
            "record", VAARDIGHEDEN, "--datum", datum, "--aanwezig", aanwezig, "--gemeente", gemeente
        )
        assert uit.exit_code == 0, uit.output
    assert "sessie 2 van 2" in uit.stdout
    plan("record", "stap2-klantcontactcentrum", "--sessie", "1", "--datum", "2027-06-20",
         "--status", "geannuleerd", "--gemeente", gemeente)  # fmt: skip
    plan("incidenten", "record", "--team", "publiekszaken", "--kwartaal", "2027-k2",
         "--aantal", "3", "--gemeente", gemeente)  # fmt: skip

    code, stand = _status(gemeente)
    assert code == 1
    assert stand["gemeente"] == "Gemeente Klein-Heuvelrug" and stand["datum"] == "2027-07-15"
    assert _onderdeel(stand, "stap2-publiekszaken")["stand"] == "klaar"
    assert _onderdeel(stand, VAARDIGHEDEN) | {"stand": "klaar", "gegeven": 2} == _onderdeel(
        stand, VAARDIGHEDEN
    )
    kcc = _onderdeel(stand, "stap2-klantcontactcentrum")  # juni: voorbij, en geannuleerd
    assert (kcc["stand"], kcc["geannuleerd"], kcc["achterstallig"]) == ("achterstallig", 1, 1)
    team = next(t for t in stand["teams"] if t["team"] == "Publiekszaken")
    assert (team["bereikt"], team["medewerkers"], team["bereik"]) == (17, 14, 1.0)  # hoogstens 100%
    assert team["incidenten"] == [{"kwartaal": "2027-K2", "aantal": 3}]
    # Per sessie op haar voorgestelde datum (niet op het einde van het onderdeel): binnenkort
    # is wat binnen 60 dagen na 15 juli een voorgestelde datum heeft.
    binnenkort = _binnenkort(2, {"stap2-publiekszaken", "stap2-klantcontactcentrum"})
    assert stand["stappen"][1] == {"stap": 2, "gepland": 10, "gegeven": 1, "geannuleerd": 1,
                                   "verplaatst": 0, "achterstallig": 5,
                                   "binnenkort": binnenkort}  # fmt: skip
    assert stand["totaal"]["gegeven"] == 3


def test_15_status_exit_0_als_niets_achterstallig(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    resultaat = plan(
        "status", "--gemeente", gemeente, vandaag=__import__("datetime").date(2027, 1, 15)
    )
    assert resultaat.exit_code == 0, resultaat.output
    assert resultaat.stdout.rstrip().endswith("Niets achterstallig.")


def test_15_status_tekst_en_markdown(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    plan("record", VAARDIGHEDEN, "--datum", "2027-06-10", "--aanwezig", "7", "--gemeente", gemeente)
    tekst = plan("status", "--gemeente", gemeente, "--team", "PUBLIEKSZAKEN").stdout
    assert tekst.startswith(
        "Uitvoering Gemeente Klein-Heuvelrug, team Publiekszaken: stand op 15 juli 2027\n"
    )
    assert "7 van 14 (50%)" in tekst
    voorstel = opmaak.datum(_voorgesteld("stap2-publiekszaken"))
    assert f"- stap2-publiekszaken: sessie 1 ({voorstel})" in tekst  # de voorgestelde datum
    assert "Toezicht" not in tekst
    md = plan("status", "--gemeente", gemeente, "--format", "md").stdout
    assert md.startswith("# Uitvoering Gemeente Klein-Heuvelrug: stand op 15 juli 2027")
    assert "## Per team" in md and "| Publiekszaken | 60 | 1 |" in md


def test_15_status_onbekend_team(tmp_path: Path) -> None:
    resultaat = plan("status", "--gemeente", profiel(tmp_path), "--team", "Publiekzaken")
    assert resultaat.exit_code == 2
    assert resultaat.stderr == (
        "--team: onbekend team 'Publiekzaken'. Bedoelde u 'Publiekszaken'?\n"
        "1 probleem gevonden in de invoer.\n"
    )


def test_15_record_onbekend_id_en_sessie(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    resultaat = plan(
        "record", "stap2-publiekzaken", "--datum", "2027-04-12", "--gemeente", gemeente
    )
    assert resultaat.exit_code == 2
    assert "ID: onbekend onderdeel 'stap2-publiekzaken'" in resultaat.stderr
    assert "Bedoelde u 'stap2-publiekszaken'?" in resultaat.stderr
    resultaat = plan("record", "stap2-buitendienst", "--sessie", "3", "--datum", "2027-13-01",
                     "--evaluatie", "11", "--gemeente", gemeente)  # fmt: skip
    assert resultaat.exit_code == 2
    assert resultaat.stderr.splitlines() == [
        "--datum: '2027-13-01' is geen datum; schrijf bijvoorbeeld 2027-05-12 of 12-05-2027",
        "--evaluatie: '11' is geen cijfer; vul een cijfer van 1 tot en met 10 in (7 of 7,5)",
        "--sessie: sessie '3' bestaat niet; dit onderdeel heeft 2 sessies (1 tot en met 2)",
        "3 problemen gevonden in de opdracht.",
    ]
    resultaat = plan(
        "record", "stap2-buitendienst", "--datum", "2027-08-01", "--gemeente", gemeente
    )
    assert resultaat.exit_code == 2 and "kan niet na vandaag (15 juli 2027)" in resultaat.stderr
    assert not (tmp_path / "klein.uitvoering.sqlite").exists()


def test_15_record_alle_sessies_al_gegeven(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    for _ in range(2):
        assert (
            plan("record", VAARDIGHEDEN, "--datum", "2027-06-10", "--gemeente", gemeente).exit_code
            == 0
        )
    resultaat = plan("record", VAARDIGHEDEN, "--datum", "2027-06-11", "--gemeente", gemeente)
    assert resultaat.exit_code == 2
    assert "alle 2 sessies van stap3-publiekszaken-vaardigheden zijn al gegeven" in resultaat.stderr
    opnieuw = plan(
        "record", VAARDIGHEDEN, "--sessie", "1", "--datum", "2027-06-10", "--gemeente", gemeente
    )
    assert opnieuw.stdout.startswith("Ongewijzigd: ")


def test_15_koppel_na_hernoemd_team(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    db = tmp_path / "eigen.sqlite"
    plan(
        "record",
        VAARDIGHEDEN,
        "--datum",
        "2027-06-10",
        "--aanwezig",
        "7",
        "--gemeente",
        gemeente,
        "--db",
        db,
    )
    gemeente.write_text(
        gemeente.read_text(encoding="utf-8").replace("Publiekszaken", "Burgerzaken"),
        encoding="utf-8",
    )
    _, stand = _status(gemeente, "--db", str(db))
    nieuw = "stap3-burgerzaken-vaardigheden"
    assert stand["zonder_onderdeel"] == [{"id": VAARDIGHEDEN, "sessies": [1], "suggestie": nieuw}]
    tekst = plan("status", "--gemeente", gemeente, "--db", db).stdout
    assert f"plan uitvoering koppel {VAARDIGHEDEN} NIEUW-ID. Bedoelde u '{nieuw}'?" in tekst

    fout = plan(
        "koppel", VAARDIGHEDEN, "stap3-burgerzaken-vaardighedn", "--gemeente", gemeente, "--db", db
    )
    assert fout.exit_code == 2 and f"Bedoelde u '{nieuw}'?" in fout.stderr
    fout = plan("koppel", "stap3-weg", nieuw, "--gemeente", gemeente, "--db", db)
    assert fout.exit_code == 2 and "geen registraties van 'stap3-weg'" in fout.stderr
    goed = plan("koppel", VAARDIGHEDEN, nieuw, "--gemeente", gemeente, "--db", db)
    assert goed.exit_code == 0 and goed.stdout.startswith(
        f"1 registratie van {VAARDIGHEDEN} staat nu bij {nieuw}"
    )
    _, stand = _status(gemeente, "--db", str(db))
    assert stand["zonder_onderdeel"] == []
    assert next(t for t in stand["teams"] if t["team"] == "Burgerzaken")["bereikt"] == 7


def test_15_koppel_met_dubbele_sessies_en_te_hoge_nummers(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    oud, nieuw = "stap2-buitendienst", "stap2-publiekszaken"
    plan("record", oud, "--sessie", "1", "--datum", "2027-05-01", "--gemeente", gemeente)
    plan("record", oud, "--sessie", "2", "--datum", "2027-05-02", "--gemeente", gemeente)
    plan("record", nieuw, "--datum", "2027-04-12", "--aanwezig", "9", "--gemeente", gemeente)
    fout = plan("koppel", oud, nieuw, "--gemeente", gemeente)
    assert fout.exit_code == 2
    assert fout.stderr.splitlines()[0] == (
        "NIEUW: sessie 1 staat onder beide ids; kies met --voorrang oud of --voorrang nieuw "
        "welke registratie blijft"
    )
    fout = plan("koppel", oud, nieuw, "--voorrang", "beide", "--gemeente", gemeente)
    assert (
        fout.exit_code == 2 and "--voorrang: 'beide' kan niet; kies uit oud of nieuw" in fout.stderr
    )
    goed = plan("koppel", oud, nieuw, "--voorrang", "nieuw", "--gemeente", gemeente)
    assert goed.exit_code == 0, goed.output
    assert goed.stdout.splitlines() == [
        f"1 registratie van {oud} staat nu bij {nieuw} (klein.uitvoering.sqlite).",
        f"Vervallen (--voorrang): {oud} sessie 1: gegeven op 1 mei 2027.",
        f"Let op: sessie 2 valt buiten de sessies van {nieuw}; plan uitvoering status meldt ze apart.",
    ]
    _, stand = _status(gemeente)
    assert stand["buiten_bereik"] == [{"id": nieuw, "sessie": 2}]
    assert _onderdeel(stand, nieuw)["gegeven"] == 1


def test_15_incidenten_record_en_import(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    uit = plan(
        "incidenten",
        "record",
        "--team",
        "Buitendienst",
        "--kwartaal",
        "2027K1",
        "--aantal",
        "4",
        "--gemeente",
        gemeente,
    )
    assert uit.stdout.splitlines()[0] == "Vastgelegd: Buitendienst, 2027-K1: 4 GIR-meldingen."
    csv = in_tmp / "gir.csv"
    csv.write_text(
        "Team;Kwartaal;Aantal;Toelichting\nbuitendienst;2027-K1;5;x\nSociaal team;2027-K2;1;\n",
        encoding="utf-8",
    )
    uit = plan("incidenten", "import", csv, "--gemeente", gemeente)
    assert uit.exit_code == 0, uit.output
    assert "Gewijzigd: Buitendienst, 2027-K1: 5 GIR-meldingen (was 4)." in uit.stdout
    assert "Samen: 1 nieuw, 1 gewijzigd, 0 ongewijzigd." in uit.stdout
    assert "kolom D (Toelichting)" in uit.stderr
    assert (
        "Samen: 0 nieuw, 0 gewijzigd, 2 ongewijzigd."
        in plan("incidenten", "import", csv, "--gemeente", gemeente).stdout
    )
    csv.write_text("team;kwartaal;aantal\nBuitendiens;2027-K5;-1\n", encoding="utf-8")
    fout = plan("incidenten", "import", csv, "--gemeente", gemeente)
    assert fout.exit_code == 2
    assert fout.stderr.splitlines()[:3] == [
        "gir.csv:2:1: rij 2, kolom A (team): onbekend team 'Buitendiens'. Bedoelde u 'Buitendienst'?",
        "gir.csv:2:2: rij 2, kolom B (kwartaal): '2027-K5' is geen kwartaal; schrijf bijvoorbeeld 2027-K2",
        "gir.csv:2:3: rij 2, kolom C (aantal): '-1' is geen aantal; vul een geheel getal van 0 tot en met 1000000 in",
    ]
    _, stand = _status(gemeente)
    sociaal = next(t for t in stand["teams"] if t["team"] == "Sociaal team")
    assert sociaal["incidenten"] == [{"kwartaal": "2027-K2", "aantal": 1}]


def test_15_kapotte_of_nieuwere_database_exit_2(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    db = in_tmp / "klein.uitvoering.sqlite"
    db.write_text("onderdeel;sessie\n", encoding="utf-8")
    for opdracht in (("status",), ("record", "stap2-publiekszaken", "--datum", "2027-04-12")):
        fout = plan(*opdracht, "--gemeente", gemeente)
        assert fout.exit_code == 2
        assert fout.stderr == (
            "klein.uitvoering.sqlite: dit is geen SQLite-bestand, dus geen uitvoeringsdatabase "
            "van plan; geef met --db de uitvoeringsdatabase van plan op, of een nieuwe "
            "bestandsnaam\n1 probleem gevonden in de invoer.\n"
        )
    db.unlink()
    plan("record", "stap2-publiekszaken", "--datum", "2027-04-12", "--gemeente", gemeente)
    with sqlite3.connect(db) as ruw:
        ruw.execute(f"PRAGMA user_version = {schema.SCHEMAVERSIE + 1}")
    fout = plan("status", "--gemeente", gemeente)
    assert fout.exit_code == 2
    assert (
        f"gemaakt door een nieuwere versie van plan (schemaversie {schema.SCHEMAVERSIE + 1}; deze versie kent tot en met {schema.SCHEMAVERSIE})"
        in fout.stderr
    )


def _sleutels(waarde: object) -> set[str]:
    if isinstance(waarde, dict):
        return set(waarde) | {k for v in waarde.values() for k in _sleutels(v)}
    if isinstance(waarde, list):
        return {k for v in waarde for k in _sleutels(v)}
    return set()


def test_15_status_json_volgt_de_documentatie(tmp_path: Path) -> None:
    """Elk veld van de JSON staat in docs/uitvoering-status-json.md, en elk beschreven veld bestaat."""
    import re

    gemeente = profiel(tmp_path)
    plan("record", VAARDIGHEDEN, "--datum", "2027-06-10", "--aanwezig", "7", "--gemeente", gemeente)
    plan("record", "stap4-werk-en-inkomen-hr-gesprek-j1", "--sessie", "12", "--datum", "2027-06-10",
         "--gemeente", gemeente)  # fmt: skip
    for team in ("Publiekszaken", "Werk en inkomen"):
        plan("incidenten", "record", "--team", team, "--kwartaal", "2027-K1", "--aantal", "1",
             "--gemeente", gemeente)  # fmt: skip
    tekst = gemeente.read_text(encoding="utf-8").replace("Publiekszaken", "Burgerzaken")
    gemeente.write_text(tekst.replace("medewerkers: 12", "medewerkers: 11"), encoding="utf-8")
    _, stand = _status(gemeente)
    assert stand["zonder_onderdeel"] and stand["buiten_bereik"] and stand["incidenten_zonder_team"]
    velden = _sleutels(stand)
    doc = (Path(__file__).resolve().parents[1] / "docs" / "uitvoering-status-json.md").read_text(
        encoding="utf-8"
    )
    genoemd = set(re.findall(r"`(\w+)`", doc))
    in_tabel = set(re.findall(r"^\| `(\w+)`", doc, re.M))
    assert velden - genoemd == set()
    assert in_tabel - velden == set()


def test_15_stuurtekens_uit_de_database_worden_zichtbaar(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    uit = plan("record", "stap2-publiekszaken", "--datum", "2027-04-12", "--opmerking",
               "\x1b[31mrood\x07", "--gemeente", gemeente)  # fmt: skip
    assert uit.exit_code == 0
    assert "\x1b" not in uit.stdout and "\x07" not in uit.stdout
    assert "opmerking: \\x1b[31mrood\\x07." in uit.stdout
