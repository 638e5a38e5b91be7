"""Meet hoe snel en zuinig `plan` vijandige invoer weigert (issue 16): tijd en piekgeheugen.

Gebruik (vanuit de repository, na `make test` of `make demo`):
    .venv/bin/python bench/aanval.py [--uit bench/aanval.md]

Elke aanval is een nieuw proces; het piekgeheugen is de maxrss van dat kindproces (zoals
`/usr/bin/time -v` het noemt: "Maximum resident set size"). De grens uit het issue: elke lezer
weigert binnen 2 s en 300 MB. Dit is een meting, geen test: er wordt niets afgekeurd, maar
een overschrijding staat in de laatste kolom.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER))

from meet import een_run, toon  # noqa: E402

KLEIN = HIER.parent / "examples" / "klein.yaml"
GRENS_S = 2.0
GRENS_MB = 300.0


def _profiel(teams: int, medewerkers: int, groep: int, per_maand: int, start: str) -> str:
    regels = [
        "versie: 1",
        "gemeente: Aanval",
        f"startdatum: {start}",
        f"groepsgrootte: {groep}",
        f"capaciteit: {{sessies_per_maand: {per_maand}}}",
        "teams:",
        *(
            f"  - {{naam: T{i}, functiegroep: publieksdiensten, medewerkers: {medewerkers}}}"
            for i in range(teams)
        ),
    ]
    return "\n".join(regels) + "\n"


_KOP = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_STAART = "</sheetData></worksheet>"


def _xlsx(pad: Path, rijen: Callable[[zipfile.ZipFile], None]) -> None:
    """Een minimaal XLSX-bestand met één werkblad dat `rijen` schrijft (gestreamd, klein op schijf)."""
    with zipfile.ZipFile(pad, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "xl/workbook.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        rijen(z)


def _grote_cel(z: zipfile.ZipFile) -> None:
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write((_KOP + '<row r="1"><c r="A1" t="inlineStr"><is><t>').encode())
        blok = b"A" * (1 << 20)
        for _ in range(600):  # 600 MB in één cel
            f.write(blok)
        f.write(("</t></is></c></row>" + _STAART).encode())


def _veel_kolommen(z: zipfile.ZipFile) -> None:
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write((_KOP + '<row r="1">').encode())
        for _ in range(2_000):
            f.write(b'<c t="inlineStr"><is><t>x</t></is></c>' * 1_000)  # 2M kolommen
        f.write(("</row>" + _STAART).encode())


def _veel_rijen(z: zipfile.ZipFile) -> None:
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
        f.write(_KOP.encode())
        for _ in range(5_000):
            f.write(b'<row><c t="inlineStr"><is><t>Publiekszaken</t></is></c></row>' * 1_000)
        f.write(_STAART.encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--uit", type=Path)
    args = parser.parse_args()
    plan = str(Path(sys.executable).with_name("plan"))
    rijen: list[tuple[str, float, float, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        map = Path(tmp)
        profielen = {
            "startdatum 9997-06-01": _profiel(1, 10, 12, 8, "9997-06-01"),
            "1 team × 1.000.000, groep 1, 1 sessie/maand": _profiel(
                1, 1_000_000, 1, 1, "2027-02-01"
            ),
            "20 teams × 1.000.000, groep 1": _profiel(20, 1_000_000, 1, 8, "2027-02-01"),
            "5.000 teams × 1.000.000": _profiel(5_000, 1_000_000, 12, 8, "2027-02-01"),
        }
        for naam, tekst in profielen.items():
            pad = map / "aanval.yaml"
            pad.write_text(tekst, encoding="utf-8")
            for opdracht in (["generate", "--out", "-"], ["check-randvoorwaarden"]):
                rijen.append(
                    (f"{opdracht[0]}: {naam}", *een_run([plan, *opdracht, "--gemeente", str(pad)]))
                )
        bommen = {
            "XLSX: één cel van 600 MB": _grote_cel,
            "XLSX: 2 miljoen kolommen": _veel_kolommen,
            "XLSX: 5 miljoen rijen": _veel_rijen,
        }
        for naam, maker in bommen.items():
            pad = map / "bom.xlsx"
            _xlsx(pad, maker)
            grootte = pad.stat().st_size / (1 << 20)
            opdracht = [plan, "leerdoelwijzer", "import", str(pad), "--gemeente", str(KLEIN)]
            rijen.append(
                (f"{naam} ({grootte:.1f} MB op schijf)", *een_run([*opdracht, "--dry-run"]))
            )
    regels = [
        f"Machine: {platform.machine()}, {os.cpu_count()} kernen, Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}. Grens: {GRENS_S:g} s en "
        f"{GRENS_MB:g} MB per aanval.",
        "",
        "| aanval | wandklok (s) | piekgeheugen (MB) | exit | binnen de grens |",
        "|---|---:|---:|---:|---|",
        *(
            f"| {naam} | {tijd:.2f} | {mb:.0f} | {code} | "
            f"{'ja' if tijd <= GRENS_S and mb <= GRENS_MB and code == 2 else 'NEE'} |"
            for naam, tijd, mb, code in rijen
        ),
    ]
    toon("\n".join(regels) + "\n", args.uit)


if __name__ == "__main__":
    main()
