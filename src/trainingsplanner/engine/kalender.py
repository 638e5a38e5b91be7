"""De maanden van het programma (0 = de maand van de startdatum): welke open zijn (`Kalender`)
en hoeveel ruimte ze nog hebben (`VrijeMaanden`, naar de `Capaciteit`).

Welke maanden open zijn: `planning.geen_sessies_in` van het profiel, anders de aanname van de
catalogus; een begonnen eerste maand met minder dan twee werkweken telt niet. Verder de
dichtstbijzijnde open maand voor een vast moment (werkoverleg, bestuursvergadering) en een
doorlooptijd in open maanden. Gebruikt door `planning.py` en de generatoren.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import get_args

from trainingsplanner.typen import Maand

MAANDNAMEN: tuple[Maand, ...] = get_args(Maand)


@dataclass(frozen=True)
class Capaciteit:
    """Hoeveel sessies een maand (0 = de maand van de startdatum) hoogstens krijgt."""

    per_maand: int
    weekruimte: Callable[[int], int] | None = None
    """Hoeveel sessieweken de grens per week in de maand toelaat (`dagen.weekruimte`): een
    sessie telt in elke week waarin ze valt. None: geen grens per week."""
    korting: dict[int, int] = field(default_factory=dict)
    """Zoveel sessies (en sessieweken) minder in een maand: waar de dagplanning de sessies van
    de maand niet binnen de grenzen per week en per team kwijt kon (`engine.stel_samen`)."""


@dataclass(frozen=True)
class Kalender:
    """Maanden van het programma (0 = de maand van de startdatum) en welke open zijn."""

    startdatum: dt.date
    gesloten: frozenset[Maand] = frozenset()

    def naam(self, maand: int) -> Maand:
        return MAANDNAMEN[(self.startdatum.month - 1 + maand) % 12]

    def open(self, maand: int) -> bool:
        if maand == 0:
            return not self._begin_te_kort and self.naam(0) not in self.gesloten
        return self._open_per_maand[(self.startdatum.month - 1 + maand) % 12]

    @cached_property
    def _open_per_maand(self) -> tuple[bool, ...]:
        """Open of niet per kalendermaand (0 = januari): één keer uitgerekend."""
        return tuple(m not in self.gesloten for m in MAANDNAMEN)

    @cached_property
    def _begin_te_kort(self) -> bool:
        """Een begonnen maand met minder dan twee werkweken (10 werkdagen) na de startdatum
        telt niet als open maand: daarin past geen training van twee dagen met een week
        ertussen (engine/dagen.py)."""
        eind = maand_eind(self.startdatum, 0)
        dagen = (eind - self.startdatum).days + 1
        werkdagen = sum(
            (self.startdatum + dt.timedelta(days=i)).weekday() < 5 for i in range(dagen)
        )
        return werkdagen < 10

    def volgende_open(self, maand: int) -> int:
        """Deze maand als hij open is, anders de eerstvolgende open maand."""
        while not self.open(maand):
            maand += 1
        return maand

    def dichtstbij_open(self, maand: int, eerste: int, laatste: int) -> int:
        """De open maand binnen [eerste, laatste] die het dichtst bij `maand` ligt (bij gelijke
        afstand de latere); is er geen, dan de eerstvolgende open maand na `maand`."""
        kandidaten = [m for m in range(eerste, laatste + 1) if self.open(m)]
        if not kandidaten:
            return self.volgende_open(maand)
        return min(kandidaten, key=lambda m: (abs(m - maand), -m))

    def na_open_maanden(self, maand: int, aantal: int) -> int:
        """De laatste maand van een doorlooptijd van `aantal` open maanden vanaf `maand`."""
        maand = self.volgende_open(maand)
        for _ in range(aantal - 1):
            maand = self.volgende_open(maand + 1)
        return maand

    def kalenderjaar(self, maand: int) -> int:
        return self.startdatum.year + (self.startdatum.month - 1 + maand) // 12


class VrijeMaanden:
    """Vindt snel de eerste open maand vanaf m met nog ruimte (unie-zoek met padverkorting).

    Twee grenzen per maand: sessies (`capaciteit.sessies_per_maand`) en sessieweken (de grens
    per week, opgeteld over de weken van de maand). Een maand is vol als een van beide op is.
    `genomen` houdt elke `neem` bij, zodat een volgende ronde ze kan herhalen (`plan`).
    """

    def __init__(self, capaciteit: Capaciteit, kalender: Kalender) -> None:
        self.capaciteit = capaciteit
        self.kalender = kalender
        self.gebruik: dict[int, int] = {}
        self.weken: dict[int, int] = {}
        self.volgende: dict[int, int] = {}
        self.genomen: list[tuple[int, int, int]] = []

    def vind(self, maand: int) -> int:
        volgende = self.volgende
        while True:
            maand = sla_over(volgende, maand)
            if self.kalender.open(maand):
                return maand
            volgende[maand] = maand + 1

    def herhaal(self, genomen: list[tuple[int, int, int]]) -> None:
        """Neem wat een vorige ronde nam, in dezelfde volgorde: dezelfde stand."""
        for maand, aantal, weken in genomen:
            self.neem(maand, aantal, weken)

    def neem(self, maand: int, aantal: int, weken: int = 1) -> int:
        """Neem tot `aantal` sessies van `weken` sessieweken elk; geeft hoeveel het er werden."""
        self.genomen.append((maand, aantal, weken))
        minder = self.capaciteit.korting.get(maand, 0)
        grens = self.capaciteit.per_maand - minder
        vrij = grens - self.gebruik.get(maand, 0)
        weekruimte = self.capaciteit.weekruimte
        if weekruimte is not None:
            vrij = min(vrij, (weekruimte(maand) - minder - self.weken.get(maand, 0)) // weken)
        genomen = max(0, min(vrij, aantal))
        self.gebruik[maand] = self.gebruik.get(maand, 0) + genomen
        self.weken[maand] = self.weken.get(maand, 0) + genomen * weken
        if self.gebruik[maand] >= grens or (
            weekruimte is not None and self.weken[maand] >= weekruimte(maand) - minder
        ):
            self.volgende[maand] = maand + 1
        return genomen


@lru_cache(maxsize=4096)
def maand_begin(startdatum: dt.date, maand: int) -> dt.date:
    """De eerste dag van maand `maand` (0 = de startdatum zelf)."""
    if maand == 0:
        return startdatum
    jaar, m = divmod(startdatum.month - 1 + maand, 12)
    return dt.date(startdatum.year + jaar, m + 1, 1)


def maand_van(startdatum: dt.date, dag: dt.date) -> int:
    """De maand van `dag`, geteld vanaf de maand van de startdatum (0); het omgekeerde van
    `maand_begin`."""
    return (dag.year - startdatum.year) * 12 + dag.month - startdatum.month


@lru_cache(maxsize=4096)
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


def sla_over(volgende: dict[int, int], maand: int) -> int:
    """De eerste maand vanaf `maand` die niet als vol of gesloten is overgeslagen: `volgende`
    wijst van zo'n maand naar een latere (unie-zoek); het gevolgde pad wordt verkort, zodat
    een volgende zoektocht er in één stap overheen springt."""
    pad = []
    while maand in volgende:
        pad.append(maand)
        maand = volgende[maand]
    for m in pad:
        volgende[m] = maand
    return maand
