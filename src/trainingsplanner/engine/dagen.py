"""Dagen: elke sessie met een trainer krijgt een voorgestelde datum binnen haar maand.

Na de maandplanning (`planning.py`): de maanden van een onderdeel liggen vast, met het aantal
sessies per maand. Hier krijgt elke sessie een of meer dagen in die maand, zodat de volgorde
van de maandplanning (een onderdeel begint pas in de maand nadat alles waar het op wacht is
afgelopen) ook op dagniveau geldt.

Een sessie valt op een werkdag (maandag tot en met vrijdag), nooit op een feestdag (de
wettelijk erkende: Nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren, Kerst;
Bevrijdingsdag jaarlijks of in lustrumjaren, een instelling van de catalogus), bij voorkeur op
de gekozen werkdagen (`planning.dagen`), hoogstens `capaciteit.sessies_per_week` sessies per
week, en met hoogstens een deel van een team op één dag (`team_hoogstens`, aanname planner).
Lukt dat niet in de maand, dan laat de planner eerst de voorkeursdagen los en dan de grens per
team. De grens per week is een grens: de maandplanning geeft een maand niet meer sessies dan
haar weken toelaten (`dagregels.weekruimte`); alleen als een maand toch geen plaats heeft,
gaat een sessie eroverheen, met een waarschuwing. Een meerdaagse training krijgt opeenvolgende
werkdagen of dezelfde dag in opeenvolgende weken (`meerdaags`, per sessie in de catalogus). Onder de
mogelijke dagen kiest de planner de minst bezette, en daaronder de eerste vanaf een vast punt
per onderdeel (`_anker`): deterministisch, en een team erbij schudt de andere dagen niet door
elkaar.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import zlib
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Protocol

from trainingsplanner.catalogus.stappenplan import Meerdaags
from trainingsplanner.engine.dagregels import (
    NIET,
    Bezetting,
    Dagregels,
    Reeksen,
    Sessie,
    isoweek,
    team_past,
    week_past,
)
from trainingsplanner.engine.kalender import maand_begin, maand_eind
from trainingsplanner.engine.planning import Gepland
from trainingsplanner.programma import Sessiedatum, zonder_validatie
from trainingsplanner.typen import Duur, Weekdag

WEEKDAGEN: tuple[Weekdag, ...] = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")


class Dagbaar(Protocol):
    """Wat de dagplanning van een voorstel leest (engine/voorstel.py)."""

    @property
    def id(self) -> str: ...
    @property
    def stap(self) -> int: ...
    @property
    def voorrang(self) -> int: ...
    @property
    def deelnemers(self) -> int: ...
    @property
    def sessies(self) -> int: ...
    @property
    def duur_dagen(self) -> Duur: ...
    @property
    def telt_capaciteit(self) -> bool: ...
    @property
    def teamcode(self) -> str | None: ...
    @property
    def meerdaags(self) -> Meerdaags: ...


def plan_dagen(
    voorstellen: Sequence[Dagbaar], planning: dict[str, Gepland], regels: Dagregels
) -> tuple[dict[str, list[Sessiedatum]], Bezetting]:
    """Geef elke sessie met een trainer een voorgestelde datum binnen haar maand; de
    onderdelen op eerste maand, stap en voorrang, en daarbinnen in hun volgorde (stabiel)."""
    volgorde = sorted(
        (v for v in voorstellen if v.telt_capaciteit and v.sessies),
        key=lambda v: (planning[v.id].eerste_maand, v.stap, v.voorrang),
    )
    bezetting = Bezetting(weken=regels.sessies_per_week is not None)
    uit: dict[str, list[Sessiedatum]] = {}
    for v in volgorde:
        uit[v.id] = _onderdeel(v, planning[v.id], regels, bezetting)
    return uit, bezetting


def _onderdeel(
    v: Dagbaar, gepland: Gepland, regels: Dagregels, bezetting: Bezetting
) -> list[Sessiedatum]:
    dagdelen = max(1, math.ceil(v.duur_dagen.max * 2))
    van, tot = regels.halve_dag if dagdelen == 1 else regels.hele_dag
    grootte = _verdeel(v.deelnemers, v.sessies)
    anker = _anker(v.id)
    teamcode, meerdaags = v.teamcode, v.meerdaags
    gekozen: list[tuple[list[dt.date], int]] = []
    for maand, aantal in gepland.sessies_per_maand:
        for _ in range(aantal):
            deelnemers = grootte[len(gekozen)]
            dagen = _kies(
                Sessie(deelnemers, dagdelen, teamcode, anker, meerdaags), maand, regels, bezetting
            )
            bezetting.neem(dagen, deelnemers, teamcode)
            gekozen.append((dagen, deelnemers))
    gekozen.sort(key=itemgetter(0))  # de nummers in de volgorde van de datums
    return [
        zonder_validatie(
            Sessiedatum,
            {
                "nummer": i,
                "datum": dagen[0],
                "dagen": dagen,
                "deelnemers": deelnemers,
                "dagdelen": dagdelen,
                "van": van,
                "tot": tot,
                "status": "voorstel",
            },
        )
        for i, (dagen, deelnemers) in enumerate(gekozen, 1)
    ]


def _anker(code: str) -> int:
    """Een vast getal per onderdeel (crc32 van het id, niet `hash`: die verschilt per proces).

    De planner zoekt in de maand vanaf dit punt (en dan rond), niet steeds vanaf het begin:
    zo hangt de dag van een sessie af van haar eigen onderdeel en van wie op die dagen al
    staat, niet van hoeveel sessies er in de maand vóór haar kwamen. Een team erbij schuift
    daardoor alleen de sessies die precies op een dag van het nieuwe team vielen (issue 14).
    """
    return zlib.crc32(code.encode("utf-8"))


def _verdeel(deelnemers: int, sessies: int) -> list[int]:
    """Deelnemers zo gelijk mogelijk over de sessies; de eerste krijgen er een meer."""
    basis, rest = divmod(deelnemers, sessies)
    return [basis + (1 if i < rest else 0) for i in range(sessies)]


def _kies(sessie: Sessie, maand: int, regels: Dagregels, bezetting: Bezetting) -> list[dt.date]:
    """De dagen van één sessie in haar maand (`zoek`); past ze nergens binnen de grens per
    week, dan zonder die grens (geteld voor de waarschuwing), dan losse werkdagen."""
    gevonden = zoek(sessie, maand, regels, bezetting)
    if gevonden is not None:
        return gevonden
    beste = _beste(sessie, maand, None, regels, bezetting, (False, False, False, False))
    bezetting.te_vol_maanden.add(maand)
    if beste is not None:
        bezetting.te_vol_team += sessie.teamcode is not None
        bezetting.te_vol_week += regels.sessies_per_week is not None
        return beste
    eerste = max(maand_begin(regels.startdatum, maand), regels.startdatum)
    return _noodgeval(sessie, eerste, regels)


def zoek(
    sessie: Sessie,
    maand: int,
    regels: Dagregels,
    bezetting: Bezetting,
    vanaf: dt.date | None = None,
    team_los: bool = True,
) -> list[dt.date] | None:
    """De dagen van één sessie in maand `maand` (niet vóór `vanaf`): de minst bezette mogelijke
    dagen, dan de eerste vanaf het anker van de sessie (zonder anker: de vroegste); None als er binnen de grens per week geen plaats is.

    Eerst met alle eisen; lukt het niet, dan zonder voorkeursdagen, dan met een week meer dan
    nodig (vrijdag en maandag), en (met `team_los`) dan zonder de grens per team. De grens per
    week laat de planner hier nooit los.
    """
    for eisen in _VERSOEPELING if team_los else _MET_TEAM:
        beste = _beste(sessie, maand, vanaf, regels, bezetting, eisen)
        if beste is not None:
            if not eisen[1] and sessie.teamcode is not None:
                bezetting.te_vol_team += 1
                bezetting.te_vol_maanden.add(maand)
            return beste
    return None


def zoek_vrij(
    sessie: Sessie, maand: int, regels: Dagregels, bezetting: Bezetting, vanaf: dt.date
) -> list[dt.date] | None:
    """Zoals `zoek` met alle eisen, maar alleen op voorkeursdagen waar nog niets staat: voor
    het restje van een maand vanaf een grens midden in de maand (herplannen). Daar zijn weinig
    dagen over; zonder deze eis kwamen sessies op elkaar op de laatste vrijdag."""
    dagen = _beste(sessie, maand, vanaf, regels, bezetting, _VERSOEPELING[0])
    if dagen is None or any(bezetting.per_dag.get(d, 0) for d in dagen):
        return None
    return dagen


def _beste(
    sessie: Sessie,
    maand: int,
    vanaf: dt.date | None,
    regels: Dagregels,
    bezetting: Bezetting,
    eisen: tuple[bool, bool, bool, bool],
) -> list[dt.date] | None:
    """De beste mogelijke reeks: met een grens per week eerst geen week meer dan nodig
    (vrijdag-maandag telt in twee weken), dan de minst bezette dag; bij gelijke score de eerste
    vanaf het anker van de sessie (dan rond). Alleen wat de laagste score heeft, gaat langs de
    grenzen per team en per week; past daar niets, dan de volgende score."""
    voorkeur, team, week, zuinig = eisen
    reeksen = _mogelijk(sessie, maand, regels, bezetting, voorkeur)
    if not reeksen.dagen:
        return None
    weken_tellen = regels.sessies_per_week is not None
    score = reeksen.score(bezetting.per_dag, zuinig, weken_tellen)
    if vanaf is not None and vanaf > reeksen.eerste[0]:  # niet vóór `vanaf`; ze staan op datum
        tot = bisect.bisect_left(reeksen.eerste, vanaf)
        score[:tot] = [NIET] * tot
    midden = 0 if sessie.anker is None else sessie.anker % len(score)
    if midden:  # vanaf het anker, dan rond: de eerste met de laagste score wint
        score = score[midden:] + score[:midden]
    team_eis = team and sessie.teamcode is not None
    week_eis = week and weken_tellen
    while (laagste := min(score)) < NIET:
        k = score.index(laagste)
        dagen = reeksen.dagen[(k + midden) % len(score)]
        if (team_eis and not team_past(sessie, dagen, regels, bezetting)) or (
            week_eis and not week_past(dagen, regels, bezetting)
        ):
            score[k] = NIET  # past niet: de volgende met deze score, of de score erna
            continue
        return dagen
    return None


_VERSOEPELING = (
    (True, True, True, True),
    (False, True, True, True),
    (True, True, True, False),
    (False, True, True, False),
    (False, False, True, False),
)
"""Welke eisen gelden per poging: voorkeursdagen, grens per team, grens per week, en geen week
meer dan nodig. Met een grens per week wint een reeks binnen één week het van de voorkeursdagen:
een training van twee dagen op vrijdag en maandag neemt de ruimte van twee weken, en die heeft
de maandplanning niet gerekend (`weekruimte`)."""
_MET_TEAM = tuple(e for e in _VERSOEPELING if e[1])


def _mogelijk(
    sessie: Sessie, maand: int, regels: Dagregels, bezetting: Bezetting, voorkeur: bool
) -> Reeksen:
    """De mogelijke reeksen dagen in de maand, elk met het aantal weken dat ze meer raakt dan
    nodig (een training van twee dagen op vrijdag en maandag: één); één keer per soort."""
    soort = sessie.meerdaags or regels.meerdaags
    sleutel = (maand, sessie.aantal_dagen, voorkeur, soort)
    reeksen = bezetting.reeksen.get(sleutel)
    if reeksen is None:
        nodig = sessie.aantal_dagen if soort == "wekelijks" else 1
        begin = max(maand_begin(regels.startdatum, maand), regels.startdatum)
        laatste = maand_eind(regels.startdatum, maand)
        alle = list(_reeksen(sessie, begin, laatste, regels, voorkeur))
        extra = [len({isoweek(d) for d in dagen}) - nodig for dagen in alle]
        reeksen = bezetting.reeksen[sleutel] = Reeksen(alle, extra)
    return reeksen


def _reeksen(
    sessie: Sessie, eerste: dt.date, laatste: dt.date, regels: Dagregels, voorkeur: bool
) -> Iterator[list[dt.date]]:
    """Elke reeks dagen in [eerste, laatste] voor deze sessie: werkdagen, de eerste een
    voorkeursdag (met `voorkeur`), de volgende de eerstvolgende werkdag of een week later."""
    wekelijks = (sessie.meerdaags or regels.meerdaags) == "wekelijks"
    stap = dt.timedelta(days=7 if wekelijks else 1)
    dag = eerste
    while dag <= laatste:
        if _mag(dag, regels, voorkeur):
            dagen = [dag]
            volgende = dag
            while len(dagen) < sessie.aantal_dagen:
                volgende += stap
                while stap.days == 1 and volgende.weekday() >= 5:
                    volgende += stap
                if volgende > laatste or not _mag(volgende, regels, voorkeur):
                    break
                dagen.append(volgende)
            if len(dagen) == sessie.aantal_dagen:
                yield dagen
        dag += dt.timedelta(days=1)


def _mag(dag: dt.date, regels: Dagregels, voorkeur: bool) -> bool:
    return regels.werkdag(dag) and (not voorkeur or dag.weekday() in regels.dagen)


def _noodgeval(sessie: Sessie, eerste: dt.date, regels: Dagregels) -> list[dt.date]:
    """Geen reeks in de maand (feestdagen op de enige mogelijke dagen): losse werkdagen vanaf
    de eerste dag; de maandplanning laat genoeg werkdagen over (`Kalender`)."""
    dagen: list[dt.date] = []
    dag = eerste
    while len(dagen) < sessie.aantal_dagen:
        if regels.werkdag(dag):
            dagen.append(dag)
        dag += dt.timedelta(days=1)
    return dagen
