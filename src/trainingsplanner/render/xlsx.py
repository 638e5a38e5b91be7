"""Het programma als Excel-werkmap (`plan generate --format xlsx`), om bij te houden en te begroten.

- "Sessies": één rij per sessie, met de voorgestelde datum (een voorstel; jaar en maand volgen
  eruit; na herplannen bij een gegeven sessie haar echte datum, en "gegeven" in de kolom
  Stand) en lege kolommen die de coördinator invult (datum, gegeven, deelnemers aanwezig,
  evaluatie, opmerking); `plan uitvoering import` leest dit blad terug.
- "Begroting": per kalenderjaar en per soort kosten, als formules (SOMMEN.ALS over "Sessies"),
  zodat een aangepast bedrag in "Sessies" meteen doorrekent; apart daarvan de uren van
  medewerkers (niet in het totaal).
- "Teams": per team de maand van elk onderdeel.
- "Indicatoren": per meting wat er gemeten wordt en de streefwaarde (`xlsx_indicatoren.py`).

Alle tekst staat in tekstcellen (`bestanden.cellen.tekstcel`): een team dat `=HYPERLINK(…)`
heet, blijft een naam. De bedragen per sessie komen uit `kosten.per_jaar` (de engine); hier
wordt alleen verdeeld en opgemaakt.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainingsplanner.bestanden.cellen import tekstcel
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.opmaak import MAANDEN, periode
from trainingsplanner.programma import (
    KOSTENSOORTWOORDEN,
    Kostenregel,
    Kostensoort,
    Onderdeel,
    Programma,
)
from trainingsplanner.render.weergave import eigenaar_naam
from trainingsplanner.render.xlsxbegroting import begroting
from trainingsplanner.render.xlsxindicatoren import indicatoren
from trainingsplanner.render.xlsxopmaak import (
    DAGEN,
    DATUM,
    EURO,
    INVULLEN,
    KOLOM,
    SESSIEKOLOMMEN,
    UREN,
    VOORSTEL,
    kop,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

TRAINER = {"extern": "extern", "intern": "intern", "geen": "geen"}


@dataclass(frozen=True)
class Sessierij:
    o: Onderdeel
    nummer: int
    jaar: int
    deelnemers: int
    soort: Kostensoort | None
    euro_min: float | None
    euro_max: float | None
    datum: dt.date | None = None
    """De voorgestelde datum (`Onderdeel.sessiedata`), of None zonder datum."""
    uren_min: float | None = None
    uren_max: float | None = None
    gegeven: bool = False
    """Na herplannen: de sessie is gegeven (`datum` is dan haar echte datum)."""


def render(programma: Programma, cat: Catalogus, datum: dt.date) -> bytes:
    from openpyxl import Workbook

    boek = Workbook()
    blad = boek.active
    assert blad is not None
    blad.title = "Sessies"
    rijen = sessierijen(programma)
    _sessies(blad, rijen, cat)
    begroting(boek.create_sheet("Begroting"), programma, len(rijen))
    _teams(boek.create_sheet("Teams"), programma)
    indicatoren(boek.create_sheet("Indicatoren"), programma)
    boek.properties.title = f"Trainingsprogramma {programma.gemeente}"[:250]
    boek.properties.created = dt.datetime.combine(datum, dt.time())
    boek.properties.modified = boek.properties.created
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def sessierijen(programma: Programma) -> list[Sessierij]:
    """Elke sessie van elk onderdeel. Met een datum (`Onderdeel.sessiedata`) in het jaar van die
    datum, zoals de kosten haar tellen, en met de deelnemers van die sessie: na herplannen ook
    als een sessie voorbij een latere schoof (sessie 6 in januari, sessie 7 nog in december).
    Zonder datum in de jaren van `kosten.sessies_per_jaar`, op volgorde van nummer, met de
    deelnemers gelijk verdeeld."""
    regels: dict[tuple[str, int], Kostenregel] = {
        (r.id, j.jaar): r for j in programma.kosten.per_jaar for r in j.onderdelen
    }
    rijen: list[Sessierij] = []
    for o in programma.onderdelen:
        uren = _uren(o, programma.kosten.uren_per_dag)
        sessies: list[tuple[int, int, dt.date | None, int, bool]]
        if o.sessiedata:  # de deelnemers zoals de planner ze verdeelde (ook in de agenda)
            sessies = [
                (s.nummer, s.datum.year, s.datum, s.deelnemers, s.status == "gegeven")
                for s in o.sessiedata
            ]
        else:
            verdeling = o.kosten.sessies_per_jaar if o.kosten else {o.start.year: o.sessies}
            jaren = [jaar for jaar, aantal in sorted(verdeling.items()) for _ in range(aantal)]
            sessies = [
                (nummer, jaar, None, _deel(o.deelnemers, o.sessies, nummer), False)
                for nummer, jaar in enumerate(jaren, start=1)
            ]
        for nummer, jaar, datum, deelnemers, gegeven in sorted(sessies, key=lambda rij: rij[0]):
            regel = regels.get((o.id, jaar))
            euro = regel.euro if regel else None
            rijen.append(
                Sessierij(
                    o,
                    nummer,
                    jaar,
                    deelnemers,
                    regel.soort if regel else None,
                    euro.min / regel.sessies if euro and regel else None,
                    euro.max / regel.sessies if euro and regel else None,
                    datum,
                    uren[0] if uren else None,
                    uren[1] if uren else None,
                    gegeven,
                )
            )
    return rijen


def _uren(o: Onderdeel, per_dag: float | None) -> tuple[float, float] | None:
    """De uren van medewerkers per sessie, zoals de engine ze telt: deelnemers × duur × de uren
    van een hele dag (`kosten.uren_per_dag`), gelijk verdeeld over de sessies. Zo is de som per
    jaar in "Begroting" gelijk aan die van het programma (de engine verdeelt de uren van een
    onderdeel over de jaren naar het aantal sessies), ook als de deelnemers van de sessies
    iets verschillen."""
    if not o.sessies or per_dag is None:
        return None
    deel = o.deelnemers * per_dag / o.sessies
    return deel * o.duur_dagen.min, deel * o.duur_dagen.max


def _deel(deelnemers: int, sessies: int, nummer: int) -> int:
    """De deelnemers verdeeld over de sessies; de eerste sessies krijgen de rest."""
    basis, rest = divmod(deelnemers, max(sessies, 1))
    return basis + (1 if nummer <= rest else 0)


def _sessies(blad: Worksheet, rijen: list[Sessierij], cat: Catalogus) -> None:
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    kop(blad, list(SESSIEKOLOMMEN))
    for r, s in enumerate(rijen, start=2):
        o = s.o
        doelgroep = cat.doelgroepen[o.doelgroep].naam if o.doelgroep in cat.doelgroepen else ""
        tekst = {
            "Onderdeel": o.id,
            "Team": o.team or "",
            "Doelgroep": "team" if o.team else (doelgroep or o.doelgroep),
            "Titel": o.titel,
            "Maand": _maand(s.datum) if s.datum else periode(o.start, o.eind),
            "Trainer": TRAINER[o.trainer],
            "Kostensoort": KOSTENSOORTWOORDEN[s.soort] if s.soort else "",
            "Eigenaar": eigenaar_naam(o, cat),
            "Regel": o.waarom[0].split(":", 1)[0],
            "Stand": "gegeven" if s.gegeven else "",
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
            "Uren medewerkers min": (s.uren_min, UREN),
            "Uren medewerkers max": (s.uren_max, UREN),
            "Jaar": (s.datum.year if s.datum else s.jaar, "0"),
        }
        for naam, (getal, opmaak) in getallen.items():
            if getal is not None:
                cel = blad.cell(row=r, column=KOLOM[naam], value=getal)
                cel.number_format = opmaak
        if s.datum is not None:
            blad.cell(
                row=r, column=KOLOM["Voorgestelde datum"], value=s.datum
            ).number_format = VOORSTEL
        blad.cell(row=r, column=KOLOM["Datum"]).number_format = DATUM
    laatste = len(rijen) + 1
    invul = PatternFill("solid", fgColor="FFF7D6")
    for naam in INVULLEN:
        for r in range(2, laatste + 1):
            blad.cell(row=r, column=KOLOM[naam]).fill = invul
    _invulcontrole(blad, laatste)
    blad.auto_filter.ref = f"A1:{get_column_letter(len(SESSIEKOLOMMEN))}{laatste}"


def _maand(datum: dt.date) -> str:
    """'maart 2027': de maand van de voorgestelde datum."""
    return f"{MAANDEN[datum.month - 1]} {datum.year}"


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
            "ja = gegeven; nee = niet doorgegaan (geannuleerd); verplaatst = naar de datum in "
            "kolom Datum. Laat leeg zolang de sessie nog moet komen.",
        ),
        (
            "Deelnemers aanwezig",
            DataValidation(type="whole", operator="between", formula1="0", formula2="100000"),
            "Een geheel getal: het aantal deelnemers dat er was.",
        ),
        (
            "Evaluatie",
            DataValidation(type="decimal", operator="between", formula1="1", formula2="10"),
            "Een cijfer van 1 tot en met 10, hoogstens één decimaal (7 of 7,5).",
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
    kop(blad, [("Team", 24), *((s, 22) for s in soorten)])
    for r, (team, rij) in enumerate(cellen.items(), start=2):
        tekstcel(blad, r, 1, team)
        for k, soort in enumerate(soorten, start=2):
            if soort in rij:
                cel = tekstcel(blad, r, k, "; ".join(rij[soort]))
                cel.alignment = Alignment(wrap_text=True, vertical="top")
    for k in range(2, len(soorten) + 2):
        blad.cell(row=1, column=k).alignment = Alignment(wrap_text=True, vertical="top")
    blad.auto_filter.ref = f"A1:{get_column_letter(len(soorten) + 1)}{len(cellen) + 1}"
