"""Datums: elk voorstel krijgt een begin- en eindmaand, met volgorde-eisen en maandcapaciteit.

Lijstplanning: een onderdeel is klaar om te plannen als alles waar het op wacht gepland is;
het vroegste klare onderdeel (dan stap, dan voorrang, dan volgorde van ontstaan) gaat eerst. Trainingen en
bijeenkomsten vullen de maanden tot `capaciteit.sessies_per_maand`; werkoverleg, gesprekken
en e-learning niet. Een onderdeel begint pas in de maand nadat alles waar het op wacht is
afgelopen. Deterministisch: dezelfde invoer geeft dezelfde planning.
"""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
from dataclasses import dataclass

from trainingsplanner.engine.voorstel import Voorstel


@dataclass(frozen=True)
class Gepland:
    eerste_maand: int
    laatste_maand: int


class _VrijeMaanden:
    """Vindt snel de eerste maand vanaf m met nog ruimte (unie-zoek met padverkorting)."""

    def __init__(self, capaciteit: int) -> None:
        self.capaciteit = capaciteit
        self.gebruik: dict[int, int] = {}
        self.volgende: dict[int, int] = {}

    def vind(self, maand: int) -> int:
        pad = []
        while maand in self.volgende:
            pad.append(maand)
            maand = self.volgende[maand]
        for m in pad:
            self.volgende[m] = maand
        return maand

    def neem(self, maand: int, aantal: int) -> int:
        vrij = self.capaciteit - self.gebruik.get(maand, 0)
        genomen = min(vrij, aantal)
        self.gebruik[maand] = self.gebruik.get(maand, 0) + genomen
        if self.gebruik[maand] >= self.capaciteit:
            self.volgende[maand] = maand + 1
        return genomen


def plan(voorstellen: list[Voorstel], sessies_per_maand: int) -> dict[str, Gepland]:
    """Geef elk voorstel een eerste en laatste maand (0 = de maand van de startdatum)."""
    index = {v.id: i for i, v in enumerate(voorstellen)}
    wacht_op = [0] * len(voorstellen)
    volgers: list[list[int]] = [[] for _ in voorstellen]
    for i, v in enumerate(voorstellen):
        for dep in v.na:
            if dep in index:
                wacht_op[i] += 1
                volgers[index[dep]].append(i)
    vroegst = [v.vroegst for v in voorstellen]
    klaar: list[tuple[int, int, int, int]] = [
        (vroegst[i], voorstellen[i].stap, voorstellen[i].voorrang, i)
        for i in range(len(voorstellen))
        if wacht_op[i] == 0
    ]
    heapq.heapify(klaar)
    vrij = _VrijeMaanden(sessies_per_maand)
    uit: dict[str, Gepland] = {}
    while klaar:
        start, _, _, i = heapq.heappop(klaar)
        v = voorstellen[i]
        gepland = _plaats(v, start, vrij)
        uit[v.id] = gepland
        for j in volgers[i]:
            vroegst[j] = max(vroegst[j], gepland.laatste_maand + 1)
            wacht_op[j] -= 1
            if wacht_op[j] == 0:
                heapq.heappush(klaar, (vroegst[j], voorstellen[j].stap, voorstellen[j].voorrang, j))
    if len(uit) != len(voorstellen):  # pragma: no cover - catalogus: volgorde-zonder-kring
        raise RuntimeError("de volgorde-eisen vormen een kring")
    return uit


def _plaats(v: Voorstel, start: int, vrij: _VrijeMaanden) -> Gepland:
    if v.vaste_maanden is not None:
        eerste, laatste = v.vaste_maanden
        verschuiving = max(0, start - eerste)
        return Gepland(eerste + verschuiving, laatste + verschuiving)
    if not v.telt_capaciteit or v.sessies == 0:
        return Gepland(start, start)
    resterend = v.sessies
    maand = vrij.vind(start)
    eerste = maand
    laatste = maand
    while resterend > 0:
        maand = vrij.vind(maand)
        genomen = vrij.neem(maand, resterend)
        if genomen:
            laatste = maand
            resterend -= genomen
    return Gepland(eerste, laatste)


def maand_begin(startdatum: dt.date, maand: int) -> dt.date:
    """De eerste dag van maand `maand` (0 = de startdatum zelf)."""
    if maand == 0:
        return startdatum
    jaar, m = divmod(startdatum.month - 1 + maand, 12)
    return dt.date(startdatum.year + jaar, m + 1, 1)


def maand_eind(startdatum: dt.date, maand: int) -> dt.date:
    jaar, m = divmod(startdatum.month - 1 + maand, 12)
    j = startdatum.year + jaar
    return dt.date(j, m + 1, calendar.monthrange(j, m + 1)[1])


def periode_eind(startdatum: dt.date, jaren: int) -> dt.date:
    """De laatste dag van de looptijd: de dag vóór dezelfde datum `jaren` jaar later."""
    try:
        later = startdatum.replace(year=startdatum.year + jaren)
    except ValueError:  # 29 februari
        later = dt.date(startdatum.year + jaren, 3, 1)
    return later - dt.timedelta(days=1)
