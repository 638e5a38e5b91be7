"""Het blad "Indicatoren" (R4.1): één rij per meting, voor de organisatie of per team, met de
streefwaarde en lege kolommen die de coördinator invult (gemeten, peildatum, opmerking).

Alle tekst staat in tekstcellen (`bestanden.cellen.tekstcel`), ook de teamnaam.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainingsplanner.bestanden.cellen import tekstcel
from trainingsplanner.programma import Programma
from trainingsplanner.render.indicatorweergave import MAAT, PERIODE
from trainingsplanner.render.xlsxopmaak import DATUM, kop
from trainingsplanner.typen import Maat

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

KOLOMMEN: tuple[tuple[str, int], ...] = (
    ("Stap", 6),
    ("Indicator", 26),
    ("Naam", 44),
    ("Voor", 24),
    ("Maat", 30),
    ("Meten", 14),
    ("Streefwaarde", 13),
    ("Basis", 9),
    ("Hoe", 70),
    ("Regel", 16),
    ("Onderdelen", 60),
    ("Gemeten", 11),
    ("Peildatum", 12),
    ("Opmerking", 40),
)
"""Kop en breedte; de laatste drie vult de coördinator in."""
KOLOM = {naam: i for i, (naam, _) in enumerate(KOLOMMEN, start=1)}
STREEF: dict[Maat, str] = {"aandeel": "0%", "aantal": "0", "cijfer": "0.0", "meldingen": "0"}


def indicatoren(blad: Worksheet, programma: Programma) -> None:
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    kop(blad, list(KOLOMMEN))
    r = 1
    lijst = programma.indicatoren.lijst if programma.indicatoren else []
    for i in lijst:
        for m in i.meetpunten:
            r += 1
            blad.cell(row=r, column=KOLOM["Stap"], value=i.stap)
            tekst = {
                "Indicator": i.id,
                "Naam": i.naam,
                "Voor": m.team or "organisatie",
                "Maat": MAAT[i.maat],
                "Meten": PERIODE[i.periode],
                "Hoe": i.hoe,
                "Regel": ", ".join(i.bron),
                "Onderdelen": ", ".join(m.onderdelen),
            }
            for naam, waarde in tekst.items():
                if waarde:
                    tekstcel(blad, r, KOLOM[naam], waarde)
            blad.cell(row=r, column=KOLOM["Hoe"]).alignment = Alignment(wrap_text=True)
            if m.streef is not None:
                cel = blad.cell(row=r, column=KOLOM["Streefwaarde"], value=m.streef)
                cel.number_format = STREEF[i.maat]
            if m.basis is not None:
                blad.cell(row=r, column=KOLOM["Basis"], value=m.basis).number_format = "0"
            blad.cell(row=r, column=KOLOM["Gemeten"]).number_format = STREEF[i.maat]
            blad.cell(row=r, column=KOLOM["Peildatum"]).number_format = DATUM
    invul = PatternFill("solid", fgColor="FFF7D6")
    for naam in ("Gemeten", "Peildatum", "Opmerking"):
        for rij in range(2, r + 1):
            blad.cell(row=rij, column=KOLOM[naam]).fill = invul
    blad.auto_filter.ref = f"A1:{get_column_letter(len(KOLOMMEN))}{max(r, 1)}"
