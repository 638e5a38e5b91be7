"""Wat de bladen van de Excel-werkmap delen: getalnotaties, de kolommen van "Sessies" en de kop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainingsplanner.bestanden.cellen import tekstcel

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EURO = '"€" #,##0.00'
DAGEN = "0.0##"
DATUM = "dd-mm-yyyy"
VOORSTEL = "[$-413]ddd dd-mm-yyyy"
"""Een datum met de Nederlandse weekdag: 'di 09-03-2027'."""
UREN = "#,##0.0"

SESSIEKOLOMMEN: tuple[tuple[str, int], ...] = (
    ("Onderdeel", 34),
    ("Stap", 6),
    ("Team", 18),
    ("Doelgroep", 18),
    ("Titel", 48),
    ("Maand", 22),
    ("Voorgestelde datum", 15),
    ("Stand", 10),
    ("Sessie", 8),
    ("Deelnemers", 11),
    ("Trainer", 9),
    ("Kostensoort", 20),
    ("Dagen min", 10),
    ("Dagen max", 10),
    ("Euro min", 13),
    ("Euro max", 13),
    ("Uren medewerkers min", 12),
    ("Uren medewerkers max", 12),
    ("Jaar", 7),
    ("Eigenaar", 28),
    ("Regel", 8),
    ("Datum", 12),
    ("Gegeven", 12),
    ("Deelnemers aanwezig", 12),
    ("Evaluatie", 10),
    ("Opmerking", 40),
)
"""Kop en breedte; de laatste vijf vult de coördinator in (`plan uitvoering import`)."""
KOLOM = {naam: i for i, (naam, _) in enumerate(SESSIEKOLOMMEN, start=1)}
INVULLEN = ("Datum", "Gegeven", "Deelnemers aanwezig", "Evaluatie", "Opmerking")


def kop(blad: Worksheet, koppen: list[tuple[str, int]]) -> None:
    """Een vette kopregel met breedtes; de kop blijft staan bij scrollen."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    for i, (naam, breedte) in enumerate(koppen, start=1):
        cel = tekstcel(blad, 1, i, naam)
        cel.font = Font(bold=True)
        cel.fill = PatternFill("solid", fgColor="DDE4EE")
        blad.column_dimensions[get_column_letter(i)].width = breedte
    blad.freeze_panes = "B2"
