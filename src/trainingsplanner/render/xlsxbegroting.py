"""Het blad "Begroting": per kalenderjaar de trainersdagen en de euro's per soort, als formules
(SOMMEN.ALS over "Sessies"), zodat een aangepast bedrag in "Sessies" meteen doorrekent.

Rechts daarvan, apart van het totaal: de uren van medewerkers (SOMMEN.ALS over de kolommen
"Uren medewerkers" van "Sessies") en, met een uurtarief in het profiel, die uren in euro met
het tarief in een eigen cel onder de tabel (aan te passen). Die tellen niet mee in het totaal
en niet in het budget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from trainingsplanner.bestanden.cellen import tekstcel
from trainingsplanner.programma import KOSTENSOORTWOORDEN, Kostensoort, Programma
from trainingsplanner.render.xlsxopmaak import DAGEN, EURO, KOLOM, UREN, kop

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

MEDEWERKERS = "Uren medewerkers"
TARIEF = "Uurtarief medewerker"
APART = (
    "Uren van medewerkers (deelnames × duur × uren van een hele dag) staan apart: ze tellen "
    "niet mee in het totaal en niet in het budget."
)


def begroting(blad: Worksheet, programma: Programma, sessies: int) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    k = programma.kosten
    soorten = [s for s in get_args(Kostensoort) if s in k.per_soort]
    koppen: list[tuple[str, int]] = [("Jaar", 8), ("Externe trainersdagen min", 14)]
    koppen.append(("Externe trainersdagen max", 14))
    for soort in soorten:
        woord = KOSTENSOORTWOORDEN[soort].capitalize()
        koppen += [(f"{woord} min", 16), (f"{woord} max", 16)]
    if soorten:
        koppen += [("Totaal min", 16), ("Totaal max", 16)]
    uren_kolom = len(koppen) + 1
    if k.uren_medewerkers is not None:
        koppen += [(f"{MEDEWERKERS} min", 14), (f"{MEDEWERKERS} max", 14)]
    loon = k.uurtarief_medewerker is not None and k.uren_medewerkers is not None
    if loon:
        koppen += [(f"{MEDEWERKERS} € min", 16), (f"{MEDEWERKERS} € max", 16)]
    kop(blad, koppen)
    jaren = [j.jaar for j in k.per_jaar]
    totaal = len(jaren) + 2
    tariefrij = totaal + 2
    for r, jaar in enumerate(jaren, start=2):
        blad.cell(row=r, column=1, value=jaar).number_format = "0"
        _jaarrij(blad, r, soorten, sessies)
        if k.uren_medewerkers is not None:
            for c, naam in ((uren_kolom, "min"), (uren_kolom + 1, "max")):
                formule = (
                    f"=SUMIFS({_bereik(f'{MEDEWERKERS} {naam}', sessies)},{_jaar(sessies, r)})"
                )
                blad.cell(row=r, column=c, value=formule).number_format = UREN
        if loon:
            for c in (uren_kolom, uren_kolom + 1):
                formule = f"={get_column_letter(c)}{r}*$B${tariefrij}"
                blad.cell(row=r, column=c + 2, value=formule).number_format = EURO
    tekstcel(blad, totaal, 1, "Totaal").font = Font(bold=True)
    for c in range(2, len(koppen) + 1):
        letter = get_column_letter(c)
        cel = blad.cell(row=totaal, column=c, value=f"=SUM({letter}2:{letter}{totaal - 1})")
        cel.number_format = (
            DAGEN if c <= 3 else (UREN if c in (uren_kolom, uren_kolom + 1) else EURO)
        )
        cel.font = Font(bold=True)
    if loon:
        tekstcel(blad, tariefrij, 1, TARIEF)
        blad.cell(row=tariefrij, column=2, value=k.uurtarief_medewerker).number_format = EURO
    if k.uren_medewerkers is not None:
        tekstcel(blad, tariefrij + 1, 1, APART)


def _bereik(naam: str, sessies: int) -> str:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(KOLOM[naam])
    return f"Sessies!${letter}$2:${letter}${max(sessies + 1, 2)}"


def _jaar(sessies: int, r: int) -> str:
    return f"{_bereik('Jaar', sessies)},$A{r}"


def _jaarrij(blad: Worksheet, r: int, soorten: list[Kostensoort], sessies: int) -> None:
    """Eén jaar: externe trainersdagen, euro per soort (SOMMEN.ALS) en het totaal (SOM)."""
    from openpyxl.utils import get_column_letter

    kolommen: list[tuple[str, str, str]] = [
        ("Dagen min", KOSTENSOORTWOORDEN["externe-trainers"], DAGEN),
        ("Dagen max", KOSTENSOORTWOORDEN["externe-trainers"], DAGEN),
    ]
    for soort in soorten:
        kolommen += [
            ("Euro min", KOSTENSOORTWOORDEN[soort], EURO),
            ("Euro max", KOSTENSOORTWOORDEN[soort], EURO),
        ]
    for c, (waarde, soort_woord, opmaak) in enumerate(kolommen, start=2):
        formule = (
            f"=SUMIFS({_bereik(waarde, sessies)},{_jaar(sessies, r)},"
            f'{_bereik("Kostensoort", sessies)},"{soort_woord}")'
        )
        blad.cell(row=r, column=c, value=formule).number_format = opmaak
    if soorten:
        for c, begin in ((len(kolommen) + 2, 4), (len(kolommen) + 3, 5)):
            delen = ",".join(
                f"{get_column_letter(k)}{r}" for k in range(begin, len(kolommen) + 2, 2)
            )
            blad.cell(row=r, column=c, value=f"=SUM({delen})").number_format = EURO
