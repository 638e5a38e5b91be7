"""Het programma als Excel-werkmap (`plan generate --format xlsx`), om bij te houden en te begroten.

- "Sessies": één rij per sessie, met lege kolommen die de coördinator invult (datum, gegeven,
  deelnemers aanwezig, evaluatie, opmerking); `plan uitvoering import` leest dit blad terug.
- "Begroting": per kalenderjaar en per soort kosten, als formules (SOMMEN.ALS over "Sessies"),
  zodat een aangepast bedrag in "Sessies" meteen doorrekent.
- "Teams": per team de maand van elk onderdeel.

Alle tekst staat in tekstcellen (`bestanden.cellen.tekstcel`): een team dat `=HYPERLINK(…)`
heet, blijft een naam. De bedragen per sessie komen uit `kosten.per_jaar` (de engine); hier
wordt alleen verdeeld en opgemaakt.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, get_args

from trainingsplanner.bestanden.cellen import tekstcel
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.opmaak import periode
from trainingsplanner.programma import (
    KOSTENSOORTWOORDEN,
    Kostenregel,
    Kostensoort,
    Onderdeel,
    Programma,
)
from trainingsplanner.render.weergave import eigenaar_naam

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

EURO = '"€" #,##0.00'
DAGEN = "0.0##"
DATUM = "dd-mm-yyyy"
TRAINER = {"extern": "extern", "intern": "intern", "geen": "geen"}

SESSIEKOLOMMEN: tuple[tuple[str, int], ...] = (
    ("Onderdeel", 34),
    ("Stap", 6),
    ("Team", 18),
    ("Doelgroep", 18),
    ("Titel", 48),
    ("Maand", 22),
    ("Sessie", 8),
    ("Deelnemers", 11),
    ("Trainer", 9),
    ("Kostensoort", 20),
    ("Dagen min", 10),
    ("Dagen max", 10),
    ("Euro min", 13),
    ("Euro max", 13),
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


@dataclass(frozen=True)
class Sessierij:
    o: Onderdeel
    nummer: int
    jaar: int
    deelnemers: int
    soort: Kostensoort | None
    euro_min: float | None
    euro_max: float | None


def render(programma: Programma, cat: Catalogus, datum: dt.date) -> bytes:
    from openpyxl import Workbook

    boek = Workbook()
    blad = boek.active
    assert blad is not None
    blad.title = "Sessies"
    rijen = sessierijen(programma)
    _sessies(blad, rijen, cat)
    _begroting(boek.create_sheet("Begroting"), programma, len(rijen))
    _teams(boek.create_sheet("Teams"), programma)
    boek.properties.title = f"Trainingsprogramma {programma.gemeente}"[:250]
    boek.properties.created = dt.datetime.combine(datum, dt.time())
    boek.properties.modified = boek.properties.created
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def sessierijen(programma: Programma) -> list[Sessierij]:
    """Elke sessie van elk onderdeel, in het jaar waarin de planning haar zet (`kosten.per_jaar`)."""
    regels: dict[str, list[tuple[int, Kostenregel | None]]] = {}
    for kostenjaar in programma.kosten.per_jaar:
        for r in kostenjaar.onderdelen:
            regels.setdefault(r.id, []).append((kostenjaar.jaar, r))
    rijen: list[Sessierij] = []
    for o in programma.onderdelen:
        nummer = 0
        for jaar, regel in regels.get(o.id) or [(o.start.year, None)]:
            aantal = regel.sessies if regel else o.sessies
            for _ in range(aantal):
                nummer += 1
                euro = regel.euro if regel else None
                rijen.append(
                    Sessierij(
                        o,
                        nummer,
                        jaar,
                        _deel(o.deelnemers, o.sessies, nummer),
                        regel.soort if regel else None,
                        euro.min / aantal if euro else None,
                        euro.max / aantal if euro else None,
                    )
                )
    return rijen


def _deel(deelnemers: int, sessies: int, nummer: int) -> int:
    """De deelnemers verdeeld over de sessies; de eerste sessies krijgen de rest."""
    basis, rest = divmod(deelnemers, max(sessies, 1))
    return basis + (1 if nummer <= rest else 0)


def _kop(blad: Worksheet, koppen: list[tuple[str, int]]) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    for i, (naam, breedte) in enumerate(koppen, start=1):
        cel = tekstcel(blad, 1, i, naam)
        cel.font = Font(bold=True)
        cel.fill = PatternFill("solid", fgColor="DDE4EE")
        blad.column_dimensions[get_column_letter(i)].width = breedte
    blad.freeze_panes = "B2"


def _sessies(blad: Worksheet, rijen: list[Sessierij], cat: Catalogus) -> None:
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    _kop(blad, list(SESSIEKOLOMMEN))
    for r, s in enumerate(rijen, start=2):
        o = s.o
        doelgroep = cat.doelgroepen[o.doelgroep].naam if o.doelgroep in cat.doelgroepen else ""
        tekst = {
            "Onderdeel": o.id,
            "Team": o.team or "",
            "Doelgroep": "team" if o.team else (doelgroep or o.doelgroep),
            "Titel": o.titel,
            "Maand": periode(o.start, o.eind),
            "Trainer": TRAINER[o.trainer],
            "Kostensoort": KOSTENSOORTWOORDEN[s.soort] if s.soort else "",
            "Eigenaar": eigenaar_naam(o, cat),
            "Regel": o.waarom[0].split(":", 1)[0],
        }
        for naam, waarde in tekst.items():
            if waarde:
                tekstcel(blad, r, KOLOM[naam], waarde)
        extern = o.trainer != "geen" and o.leervorm != "e-learning"
        getallen: dict[str, tuple[float | None, str]] = {
            "Stap": (o.stap, "0"),
            "Sessie": (s.nummer, "0"),
            "Deelnemers": (s.deelnemers, "0"),
            "Dagen min": (o.duur_dagen.min if extern else 0, DAGEN),
            "Dagen max": (o.duur_dagen.max if extern else 0, DAGEN),
            "Euro min": (s.euro_min, EURO),
            "Euro max": (s.euro_max, EURO),
            "Jaar": (s.jaar, "0"),
        }
        for naam, (getal, opmaak) in getallen.items():
            if getal is not None:
                cel = blad.cell(row=r, column=KOLOM[naam], value=getal)
                cel.number_format = opmaak
        blad.cell(row=r, column=KOLOM["Datum"]).number_format = DATUM
    laatste = len(rijen) + 1
    invul = PatternFill("solid", fgColor="FFF7D6")
    for naam in INVULLEN:
        for r in range(2, laatste + 1):
            blad.cell(row=r, column=KOLOM[naam]).fill = invul
    _invulcontrole(blad, laatste)
    blad.auto_filter.ref = f"A1:{get_column_letter(len(SESSIEKOLOMMEN))}{laatste}"


def _invulcontrole(blad: Worksheet, laatste: int) -> None:
    """Gegevensvalidatie op de kolommen die de coördinator invult, met een Nederlandse melding."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    def kolom(naam: str) -> str:
        letter = get_column_letter(KOLOM[naam])
        return f"{letter}2:{letter}{max(laatste, 2)}"

    regels = [
        (
            "Datum",
            DataValidation(type="date", operator="between", formula1="36526", formula2="73051"),
            "Een datum, bijvoorbeeld 12-05-2027.",
        ),
        (
            "Gegeven",
            DataValidation(type="list", formula1='"ja,nee,gegeven,geannuleerd,verplaatst"'),
            "Kies ja, nee, gegeven, geannuleerd of verplaatst.",
        ),
        (
            "Deelnemers aanwezig",
            DataValidation(type="whole", operator="between", formula1="0", formula2="100000"),
            "Een geheel getal: het aantal deelnemers dat er was.",
        ),
        (
            "Evaluatie",
            DataValidation(type="decimal", operator="between", formula1="1", formula2="10"),
            "Een cijfer van 1 tot en met 10 (7 of 7,5).",
        ),
        (
            "Opmerking",
            DataValidation(type="textLength", operator="lessThanOrEqual", formula1="500"),
            "Hoogstens 500 tekens.",
        ),
    ]
    for naam, controle, uitleg in regels:
        controle.allow_blank = True
        controle.error = uitleg
        controle.errorTitle = naam
        controle.prompt = uitleg
        controle.promptTitle = naam
        controle.showErrorMessage = True
        controle.showInputMessage = True
        controle.add(kolom(naam))
        blad.add_data_validation(controle)


def _begroting(blad: Worksheet, programma: Programma, sessies: int) -> None:
    """Per jaar de trainersdagen en de euro's per soort, als formules over "Sessies"."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    soorten = [s for s in get_args(Kostensoort) if s in programma.kosten.per_soort]
    koppen: list[tuple[str, int]] = [("Jaar", 8), ("Externe trainersdagen min", 14)]
    koppen.append(("Externe trainersdagen max", 14))
    for soort in soorten:
        woord = KOSTENSOORTWOORDEN[soort]
        koppen += [(f"{woord.capitalize()} min", 16), (f"{woord.capitalize()} max", 16)]
    if soorten:
        koppen += [("Totaal min", 16), ("Totaal max", 16)]
    _kop(blad, koppen)
    laatste = sessies + 1

    def bereik(naam: str) -> str:
        letter = get_column_letter(KOLOM[naam])
        return f"Sessies!${letter}$2:${letter}${max(laatste, 2)}"

    jaren = sorted({j.jaar for j in programma.kosten.per_jaar})
    for r, jaar in enumerate(jaren, start=2):
        blad.cell(row=r, column=1, value=jaar).number_format = "0"
        kolommen: list[tuple[str, str, str]] = [
            ("Dagen min", KOSTENSOORTWOORDEN["externe-trainers"], DAGEN),
            ("Dagen max", KOSTENSOORTWOORDEN["externe-trainers"], DAGEN),
        ]
        for soort in soorten:
            kolommen += [
                ("Euro min", KOSTENSOORTWOORDEN[soort], EURO),
                ("Euro max", KOSTENSOORTWOORDEN[soort], EURO),
            ]
        for k, (waarde, soort_woord, opmaak) in enumerate(kolommen, start=2):
            formule = (
                f"=SUMIFS({bereik(waarde)},{bereik('Jaar')},$A{r},"
                f'{bereik("Kostensoort")},"{soort_woord}")'
            )
            blad.cell(row=r, column=k, value=formule).number_format = opmaak
        if soorten:
            for k, begin in ((len(kolommen) + 2, 4), (len(kolommen) + 3, 5)):
                delen = ",".join(
                    f"{get_column_letter(c)}{r}" for c in range(begin, len(kolommen) + 2, 2)
                )
                blad.cell(row=r, column=k, value=f"=SUM({delen})").number_format = EURO
    totaal = len(jaren) + 2
    tekstcel(blad, totaal, 1, "Totaal").font = Font(bold=True)
    for k in range(2, len(koppen) + 1):
        letter = get_column_letter(k)
        cel = blad.cell(row=totaal, column=k, value=f"=SUM({letter}2:{letter}{totaal - 1})")
        cel.number_format = DAGEN if k <= 3 else EURO
        cel.font = Font(bold=True)


def _teams(blad: Worksheet, programma: Programma) -> None:
    """Per team (rij) de maand van elk soort onderdeel (kolom); terugkerende onderdelen samen."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    soorten: list[str] = []
    cellen: dict[str, dict[str, list[str]]] = {}
    for o in programma.onderdelen:
        if o.team is None:
            continue
        soort = o.titel.removesuffix(f" — {o.team}")
        if soort not in soorten:
            soorten.append(soort)
        cellen.setdefault(o.team, {}).setdefault(soort, []).append(periode(o.start, o.eind))
    _kop(blad, [("Team", 24), *((s, 22) for s in soorten)])
    for r, (team, rij) in enumerate(cellen.items(), start=2):
        tekstcel(blad, r, 1, team)
        for k, soort in enumerate(soorten, start=2):
            if soort in rij:
                cel = tekstcel(blad, r, k, "; ".join(rij[soort]))
                cel.alignment = Alignment(wrap_text=True, vertical="top")
    for k in range(2, len(soorten) + 2):
        kop = blad.cell(row=1, column=k)
        kop.alignment = Alignment(wrap_text=True, vertical="top")
    blad.auto_filter.ref = f"A1:{get_column_letter(len(soorten) + 1)}{len(cellen) + 1}"
