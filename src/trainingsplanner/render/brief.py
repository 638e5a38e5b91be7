"""De intakebrief voor een trainingsbureau (R7.10): één extern onderdeel, om te mailen.

"Een goede intake waarin hierbij wordt stilgestaan, is essentieel" (handreiking, l.849). De
brief zegt de aanbieder wat de gemeente wil bereiken, voor wie, met welke leerdoelen, wat de
opleiding van het team al dekt (R6.5), hoeveel sessies wanneer, wat een aanname is om in de
intake te bevestigen (D6) en hoe het onderdeel geëvalueerd wordt. Alleen opmaak: alles komt
uit het programma en de catalogus.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Onderdeel, Programma
from trainingsplanner.render import sessiedata
from trainingsplanner.render.weergave import AANNAME, Rij, maak

_AANNAMEREGEL = "D6: "


@dataclass
class Sessieregel:
    nummer: str
    """'1', of '1 en 2' voor twee groepen tegelijk."""
    dagen: str
    tijden: str
    deelnemers: str


@dataclass
class Intakebrief:
    id: str
    anker: str
    titel: str
    gemeente: str
    gegenereerd: str
    doel: str
    toelichting: str
    context: list[tuple[str, str]]
    intake: list[tuple[str, str]]
    """De antwoorden van de gemeente op de toetsvragen (R7.9)."""
    waarom: list[str]
    leerdoelen: list[str]
    afgedekt: list[str]
    omvang: list[tuple[str, str]]
    sessies: list[Sessieregel]
    aannames: list[str]
    evaluatie: list[str]
    eigenaar: str
    na: list[str]


def is_extern(o: Onderdeel) -> bool:
    """Een onderdeel met een extern trainingsbureau: daarvoor is een intakebrief."""
    return o.trainer == "extern"


def externe(programma: Programma) -> list[Onderdeel]:
    return [o for o in programma.onderdelen if is_extern(o)]


def maak_alle(
    programma: Programma, cat: Catalogus, rijen: dict[str, Rij], gegenereerd: str
) -> list[Intakebrief]:
    """Een brief per extern onderdeel (de bijlage van het programma). De antwoorden uit de
    intake staan in het programma één keer vóór de brieven, niet in elke brief."""
    vervolg = _vervolg(programma)
    return [_brief(programma, o, cat, rijen, [], gegenereerd, vervolg) for o in externe(programma)]


def maak_een(programma: Programma, cat: Catalogus, code: str, datum: dt.date) -> Intakebrief:
    """De brief van één extern onderdeel (de CLI heeft het id al gecontroleerd)."""
    w = maak(programma, cat, datum)
    o = programma.onderdeel(code)
    if o is None or not is_extern(o):
        raise ValueError(f"geen extern onderdeel: {code}")
    intake = _intake(programma)
    return _brief(programma, o, cat, w.rijen, intake, w.gegenereerd, _vervolg(programma))


def _vervolg(programma: Programma) -> dict[str, list[Onderdeel]]:
    """Per team de terugkerende activiteiten (stap 4), voor 'hoe het geëvalueerd wordt'."""
    uit: dict[str, list[Onderdeel]] = {}
    for o in programma.onderdelen:
        if o.team is not None and o.terugkerend:
            uit.setdefault(o.team, []).append(o)
    return uit


def _intake(programma: Programma) -> list[tuple[str, str]]:
    return [
        (b.betekenis, b.antwoord or "niet ingevuld")
        for b in programma.bevindingen
        if b.regel == "R7.9"
    ]


def _brief(
    programma: Programma,
    o: Onderdeel,
    cat: Catalogus,
    rijen: dict[str, Rij],
    intake: list[tuple[str, str]],
    gegenereerd: str,
    vervolg: dict[str, list[Onderdeel]],
) -> Intakebrief:
    r = rijen[o.id]
    stap = next((s for s in cat.stappenplan.stappen if s.nummer == o.stap), None)
    doel = (
        f"Stap {o.stap}: {stap.naam}. Doelen: {', '.join(stap.doelen)}."
        if stap
        else f"Stap {o.stap}"
    )
    return Intakebrief(
        id=o.id,
        anker=f"brief-{o.id}",
        titel=o.titel,
        gemeente=programma.gemeente,
        gegenereerd=gegenereerd,
        doel=doel,
        toelichting=r.toelichting,
        context=_context(o, r, cat),
        intake=intake,
        waarom=[voor_aanbieder(w) for w in r.waarom if not w.startswith(_AANNAMEREGEL)],
        leerdoelen=r.elementen,
        afgedekt=r.afgedekt,
        omvang=_omvang(o, r),
        sessies=[
            Sessieregel(
                nummer=sessiedata.nummers(g),
                dagen=sessiedata.dagen(g, sessie=False),
                tijden=f"{g[0].van}–{g[0].tot}",
                deelnemers=" + ".join(opmaak.geheel(s.deelnemers) for s in g),
            )
            for g in sessiedata.groepen(o.sessiedata)
        ],
        aannames=_aannames(programma, o, r),
        evaluatie=_evaluatie(programma, o, rijen, vervolg.get(o.team or "", [])),
        eigenaar=r.eigenaar or "de coördinator agressie en geweld",
        na=r.wacht_op,
    )


def _context(o: Onderdeel, r: Rij, cat: Catalogus) -> list[tuple[str, str]]:
    """Voor wie de training is: doelgroep, team, functiegroep en periode."""
    context = [("Doelgroep", r.doelgroep)]
    if o.team:
        context.append(("Team", o.team))
    if o.functiegroep in cat.functiegroepen:
        context.append(("Functiegroep", cat.functiegroepen[o.functiegroep].naam))
    context.append(("Periode", r.wanneer))
    return context


def _omvang(o: Onderdeel, r: Rij) -> list[tuple[str, str]]:
    groep = f"hoogstens {opmaak.geheel(o.groepsgrootte)}"
    return [
        ("Deelnemers", r.deelnemers),
        ("Groepsgrootte", groep + (f" ({AANNAME})" if r.groep_aanname else "")),
        ("Sessies", r.sessies),
        ("Duur per sessie", r.duur),
        ("Vorm", r.leervorm),
    ]


def _aannames(programma: Programma, o: Onderdeel, r: Rij) -> list[str]:
    """Wat de planner heeft aangenomen en de aanbieder in de intake bevestigt of bijstelt."""
    uit = [
        voor_aanbieder(w.removeprefix(_AANNAMEREGEL))
        for w in r.waarom
        if w.startswith(_AANNAMEREGEL)
    ]
    if r.groep_aanname:
        uit.append(
            f"Groepsgrootte hoogstens {opmaak.geheel(o.groepsgrootte)} en daarmee "
            f"{opmaak.aantal(o.sessies, 'sessie', 'sessies')}: stel bij naar de werkvorm."
        )
    if o.sessiedata:
        uit.append("De datums zijn een voorstel van de planner; spreek de definitieve datums af.")
    if programma.indicatief:
        uit.append("Zolang een randvoorwaarde blokkeert, zijn alle datums indicatief.")
    return uit or ["Geen: de handreiking geeft duur en vorm."]


def _evaluatie(
    programma: Programma, o: Onderdeel, rijen: dict[str, Rij], vervolg: list[Onderdeel]
) -> list[str]:
    """Hoe het onderdeel geëvalueerd wordt: na de sessie, en wat het team daarna doet."""
    uit = [
        "Na elke sessie evalueren de deelnemers de training; de coördinator houdt de uitkomst bij.",
    ]
    doel = next(
        (b.antwoord for b in programma.bevindingen if b.id == "toetspunt-doel" and b.antwoord),
        None,
    )
    if doel:
        uit.append(f"Getoetst aan het doel van de gemeente (R7.9): “{doel}”")
    gezien: dict[str, str] = {}
    for v in vervolg:
        if v.start > o.eind:
            soort = v.titel.split(" — ")[0]
            gezien.setdefault(soort, f"{soort}: {_vanaf(v)}")
    return uit + list(gezien.values())[:4]


def _vanaf(v: Onderdeel) -> str:
    """'vanaf maart 2028', of 'van februari 2028 tot januari 2029' voor een langere periode."""
    if (v.start.year, v.start.month) == (v.eind.year, v.eind.month):
        return f"vanaf {opmaak.maand(v.start)}"
    return f"van {opmaak.maand(v.start)} tot {opmaak.maand(v.eind)}"


_REGELNUMMER = r"l\.\d+(?:[-–]\d+)?"
_ALLEEN_REGELNUMMERS = re.compile(rf"\s*\(\s*{_REGELNUMMER}(?:\s*[,;]\s*{_REGELNUMMER})*\s*\)")
_LOS_REGELNUMMER = re.compile(rf"\s*[,;]?\s*{_REGELNUMMER}")
_CODE_VOORAAN = re.compile(r"^(R[\w.]+): (.*\(.*\b\1\b.*\))$")


@lru_cache(maxsize=4096)
def voor_aanbieder(reden: str) -> str:
    """Een reden zoals de aanbieder hem leest: zonder regelnummers van de handreiking
    ('l.979') en met de regelcode één keer ('R2.1: begint pas na … (R2.1, R6.7)' → 'Begint pas
    na … (R2.1, R6.7)'). Onthouden: bij 600 teams staan dezelfde redenen in duizenden brieven."""
    tekst = _LOS_REGELNUMMER.sub("", _ALLEEN_REGELNUMMERS.sub("", reden))
    tekst = re.sub(r"\(\s*[,;]\s*", "(", tekst).replace("()", "").replace(" )", ")")
    if m := _CODE_VOORAAN.match(tekst):
        tekst = m.group(2)[:1].upper() + m.group(2)[1:]
    return tekst.strip()
