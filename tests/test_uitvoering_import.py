"""Issue 15, de import: het ingevulde blad 'Sessies' (XLSX) of dezelfde kolommen als CSV.

Twee keer dezelfde import verandert de tweede keer niets; een fout noemt rij en kolom.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.test_uitvoering_hulp import plan, profiel

KOP: list[object] = [
    "Onderdeel",
    "Sessie",
    "Datum",
    "Gegeven",
    "Deelnemers aanwezig",
    "Evaluatie",
    "Opmerking",
]
RIJEN: list[list[object]] = [
    ["stap2-publiekszaken", 1, dt.date(2027, 4, 12), "ja", 15, 7.8, "zaal te klein"],
    ["stap2-buitendienst", 1, dt.date(2027, 5, 12), "ja", 18, 7.5, None],
    ["stap2-buitendienst", 2, dt.date(2027, 5, 20), "nee", None, None, "uitgevallen"],
    ["stap3-publiekszaken-vaardigheden", 1, dt.date(2027, 6, 10), "Gegeven", 7, 8, None],
    ["stap3-bot", None, dt.date(2027, 6, 1), None, None, None, None],  # nog niet bijgehouden
]


def _csv_tekst(rijen: list[list[object]]) -> str:
    def cel(waarde: object) -> str:
        if isinstance(waarde, dt.date):
            return waarde.strftime("%d-%m-%Y")
        if isinstance(waarde, float):
            return str(waarde).replace(".", ",")
        return "" if waarde is None else str(waarde)

    return "".join(";".join(cel(c) for c in rij) + "\r\n" for rij in rijen)


def _xlsx(pad: Path, rijen: list[list[object]], blad: str = "Sessies") -> Path:
    boek = Workbook()
    assert boek.active is not None
    boek.active.title = "Toelichting"
    boek.active["A1"] = "Vul het blad Sessies in."
    werkblad = boek.create_sheet(blad)
    for rij in rijen:
        werkblad.append(rij)
    boek.save(pad)
    return pad


def _json(gemeente: Path) -> dict[str, object]:
    return dict(json.loads(plan("status", "--gemeente", gemeente, "--format", "json").stdout))


@pytest.mark.parametrize("codering", ["utf-8", "utf-8-sig", "cp1252"])
def test_15_import_csv_is_idempotent(in_tmp: Path, codering: str) -> None:
    gemeente = profiel(in_tmp)
    bestand = in_tmp / "sessies.csv"
    rijen = [[*KOP, "Zaal"], *([*r, "B12"] for r in RIJEN)]
    rijen[3][6] = "café té klein"  # niet-ASCII in elke codering
    bestand.write_bytes(_csv_tekst(rijen).encode(codering))
    eerste = plan("import", bestand, "--gemeente", gemeente)
    assert eerste.exit_code == 0, eerste.output
    assert eerste.stdout.splitlines()[0] == "Import uit sessies.csv in klein.uitvoering.sqlite:"
    assert (
        "  nieuw      stap2-buitendienst sessie 2: geannuleerd ('nee': niet doorgegaan) op "
        "20 mei 2027, opmerking: café té klein" in eerste.stdout
    )
    assert "Genegeerd (geen kolom van het blad Sessies): kolom H (Zaal)." in eerste.stdout
    assert (
        "Samen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd; 1 rij zonder 'gegeven' (nog niet bijgehouden)."
        in eerste.stdout
    )
    voor = _json(gemeente)
    tweede = plan("import", bestand, "--gemeente", gemeente)
    assert "Geen wijzigingen: 4 ingevulde rijen staan al zo in de database." in tweede.stdout
    assert "Samen: 0 nieuw, 0 gewijzigd, 4 ongewijzigd" in tweede.stdout
    assert _json(gemeente) == voor
    opnieuw = plan("record", "stap2-buitendienst", "--sessie", "2", "--datum", "2027-05-20",
                   "--status", "geannuleerd", "--opmerking", "café té klein", "--gemeente", gemeente)  # fmt: skip
    assert opnieuw.stdout.startswith("Ongewijzigd: "), opnieuw.stdout


def test_15_import_xlsx_is_idempotent(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = _xlsx(in_tmp / "programma.xlsx", [KOP, *RIJEN])
    droog = plan("import", bestand, "--gemeente", gemeente, "--dry-run")
    assert droog.exit_code == 0, droog.output
    assert droog.stdout.rstrip().endswith("--dry-run: de database is niet aangepast.")
    assert not (in_tmp / "klein.uitvoering.sqlite").exists()
    eerste = plan("import", bestand, "--gemeente", gemeente)
    assert "Samen: 4 nieuw, 0 gewijzigd, 0 ongewijzigd" in eerste.stdout
    assert eerste.stdout.replace("--dry-run: de database is niet aangepast.\n", "") == eerste.stdout
    stand = _json(gemeente)
    assert plan("import", bestand, "--gemeente", gemeente).stdout.count("ongewijzigd") == 1
    assert _json(gemeente) == stand
    # Eén cel anders: één wijziging, met de oude stand erbij.
    nieuw = [list(r) for r in RIJEN]
    nieuw[2][3:5] = ["ja", 16]
    _xlsx(bestand, [KOP, *nieuw])
    derde = plan("import", bestand, "--gemeente", gemeente)
    assert (
        "  gewijzigd  stap2-buitendienst sessie 2: gegeven op 20 mei 2027, 16 aanwezig, "
        "opmerking: uitgevallen (was: geannuleerd op 20 mei 2027, opmerking: uitgevallen)"
    ) in derde.stdout
    assert "Samen: 0 nieuw, 1 gewijzigd, 3 ongewijzigd" in derde.stdout


def test_15_import_fouten_met_rij_en_kolom(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = in_tmp / "s.csv"
    bestand.write_text(
        "onderdeel;sessie;datum;gegeven;deelnemers_aanwezig;evaluatie\n"
        "stap2-budendienst;1;12-05-2027;ja;;\n"
        "stap2-buitendienst;3;12-05-2027;ja;;\n"
        "stap2-buitendienst;;12-05-2027;ja;;\n"
        "stap3-bot;1;2027-05-99;misschien;-3;0\n"
        "stap2-publiekszaken;1;12-04-2027;ja;;\n"
        "stap2-publiekszaken;1;13-04-2027;ja;;\n"
        "stap3-staf;;;;4;\n",
        encoding="utf-8",
    )
    fout = plan("import", bestand, "--gemeente", gemeente)
    assert fout.exit_code == 2
    assert fout.stderr.splitlines() == [
        "s.csv:2:1: rij 2, kolom A (onderdeel): onbekend onderdeel 'stap2-budendienst'; het staat niet in het "
        "programma van dit profiel. Bedoelde u 'stap2-buitendienst'?",
        "s.csv:3:2: rij 3, kolom B (sessie): sessie '3' bestaat niet; dit onderdeel heeft 2 sessies (1 tot en met 2)",
        "s.csv:4:2: rij 4, kolom B (sessie): vul het sessienummer in; dit onderdeel heeft 2 sessies (1 tot en met 2)",
        "s.csv:5:3: rij 5, kolom C (datum): '2027-05-99' is geen datum; schrijf bijvoorbeeld 2027-05-12 of 12-05-2027",
        "s.csv:5:4: rij 5, kolom D (gegeven): 'misschien' kan niet; kies uit ja (gegeven), nee (niet doorgegaan: "
        "geannuleerd), gegeven, geannuleerd of verplaatst; laat leeg zolang de sessie nog moet komen",
        "s.csv:5:5: rij 5, kolom E (deelnemers_aanwezig): '-3' is geen aantal; vul een geheel getal van 0 tot en met 100000 in",
        "s.csv:5:6: rij 5, kolom F (evaluatie): '0' is geen cijfer; vul een cijfer van 1 tot en met 10 in (7 of 7,5)",
        "s.csv:7:2: rij 7, kolom B (sessie): sessie 1 van dit onderdeel staat ook op rij 6",
        "s.csv:8:4: rij 8, kolom D (gegeven): vul 'gegeven' in (ja = gegeven, nee = niet doorgegaan, of verplaatst): "
        "deze rij heeft al aanwezigen of een cijfer",
        "9 problemen gevonden in de invoer.",
    ]
    assert not (in_tmp / "klein.uitvoering.sqlite").exists()  # alles of niets


def test_15_import_kolommen_ontbreken(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = in_tmp / "s.csv"
    bestand.write_text("Onderdeel,Datum,Datum\nstap3-bot,2027-06-01,\n", encoding="utf-8")
    fout = plan("import", bestand, "--gemeente", gemeente)
    assert fout.exit_code == 2
    assert fout.stderr.splitlines()[:2] == [
        "s.csv:1:1: kolom 'gegeven' ontbreekt; de kolommen van het blad Sessies zijn onderdeel, "
        "sessie, datum, gegeven, deelnemers_aanwezig, evaluatie, opmerking (kopregel, hoofdletters tellen niet)",
        "s.csv:1:3: rij 1, kolom C (Datum): kolom 'Datum' staat er twee keer (ook kolom B)",
    ]


def test_15_import_xlsx_zonder_blad_sessies(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp)
    bestand = _xlsx(in_tmp / "x.xlsx", [KOP], blad="Planning")
    fout = plan("import", bestand, "--gemeente", gemeente)
    assert fout.exit_code == 2
    assert (
        "x.xlsx:1:1: werkblad 'Sessies' ontbreekt (gevonden: 'Toelichting', 'Planning')"
        in fout.stderr
    )


def _bom(pad: Path, regels: int, cellen: int) -> Path:
    """Een XLSX waarvan het werkblad klein ingepakt maar groot uitgepakt is."""
    with zipfile.ZipFile(pad, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sessies" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        rij = "<row>" + '<c t="inlineStr"><is><t>x</t></is></c>' * cellen + "</row>"
        inhoud = io.StringIO()
        inhoud.write(
            '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:G2"/><sheetData>'
        )
        for _ in range(regels):
            inhoud.write(rij)
        inhoud.write("</sheetData></worksheet>")
        z.writestr("xl/worksheets/sheet1.xml", inhoud.getvalue())
    return pad


@pytest.mark.parametrize(
    ("regels", "cellen", "bericht"),
    [
        (60_000, 1, "werkblad 'Sessies' heeft meer dan 50001 rijen; splits het bestand"),
        (1, 5_000, "werkblad 'Sessies': rij 1 heeft meer dan 1000 cellen"),
        (600_000, 1, "Excel-bestand is uitgepakt te groot (een deel is meer dan 20 MB)"),
    ],
    ids=["rijen", "cellen", "uitgepakt"],
)
def test_15_import_xlsx_te_groot_wordt_geweigerd_voor_het_lezen(
    in_tmp: Path, regels: int, cellen: int, bericht: str
) -> None:
    """De maat van het werkblad wordt gecontroleerd voordat openpyxl cellen leest (ook als de
    opgegeven dimensie liegt)."""
    bestand = _bom(in_tmp / "bom.xlsx", regels, cellen)
    fout = plan("import", bestand, "--gemeente", profiel(in_tmp))
    assert fout.exit_code == 2
    assert fout.stderr == f"bom.xlsx:1:1: {bericht}\n1 probleem gevonden in de invoer.\n"


def test_15_import_xlsx_leest_een_klein_handgemaakt_blad(in_tmp: Path) -> None:
    bestand = _bom(in_tmp / "klein.xlsx", 2, 4)
    fout = plan("import", bestand, "--gemeente", profiel(in_tmp))
    assert fout.exit_code == 2 and "kolom 'onderdeel' ontbreekt" in fout.stderr
