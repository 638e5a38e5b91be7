"""Datums: elk voorstel krijgt een begin- en eindmaand, met volgorde-eisen, maandcapaciteit en
de maanden zonder sessies.

Lijstplanning: een onderdeel is klaar om te plannen als alles waar het op wacht gepland is;
het vroegste klare onderdeel (dan stap, dan voorrang, dan volgorde van ontstaan) gaat eerst.
Trainingen en bijeenkomsten vullen de maanden tot `capaciteit.sessies_per_maand`; werkoverleg,
gesprekken en e-learning niet. Een onderdeel begint pas in de maand nadat alles waar het op
wacht is afgelopen. Deterministisch: dezelfde invoer geeft dezelfde planning.

Alle maandlogica staat hier, in `Kalender`: welke maanden open zijn (`planning.geen_sessies_in`
van het profiel, anders de aanname van de catalogus; een begonnen eerste maand met minder dan
twee werkweken telt niet), de dichtstbijzijnde open maand voor een
vast moment (werkoverleg, bestuursvergadering) en een doorlooptijd in open maanden.
"""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Protocol, TypeVar, get_args

from trainingsplanner.typen import Maand

MAANDNAMEN: tuple[Maand, ...] = get_args(Maand)


class Plannbaar(Protocol):
    """Wat de planning van een voorstel leest (engine/voorstel.py); zo hangt de planning van
    niets anders in de engine af en kan elke generator de `Kalender` gebruiken."""

    @property
    def id(self) -> str: ...
    @property
    def na(self) -> list[str]: ...
    @property
    def stap(self) -> int: ...
    @property
    def voorrang(self) -> int: ...
    @property
    def vroegst(self) -> int: ...
    @property
    def vaste_maanden(self) -> tuple[int, int] | None: ...
    @property
    def doorlooptijd(self) -> int: ...
    @property
    def sessies(self) -> int: ...
    @property
    def telt_capaciteit(self) -> bool: ...
    @property
    def jaar(self) -> int | None: ...
    @property
    def interval(self) -> int | None: ...
    @property
    def teamcode(self) -> str | None: ...
    @property
    def weken_per_sessie(self) -> int: ...


P = TypeVar("P", bound=Plannbaar)


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


@dataclass(frozen=True)
class Gepland:
    eerste_maand: int
    laatste_maand: int
    sessies_per_maand: tuple[tuple[int, int], ...] = field(default=())
    """(maand, sessies) voor elke maand waarin sessies van dit onderdeel vallen."""


class _VrijeMaanden:
    """Vindt snel de eerste open maand vanaf m met nog ruimte (unie-zoek met padverkorting).

    Twee grenzen per maand: sessies (`capaciteit.sessies_per_maand`) en sessieweken (de grens
    per week, opgeteld over de weken van de maand). Een maand is vol als een van beide op is.
    """

    def __init__(self, capaciteit: Capaciteit, kalender: Kalender) -> None:
        self.capaciteit = capaciteit
        self.kalender = kalender
        self.gebruik: dict[int, int] = {}
        self.weken: dict[int, int] = {}
        self.volgende: dict[int, int] = {}

    def vind(self, maand: int) -> int:
        while True:
            pad = []
            while maand in self.volgende:
                pad.append(maand)
                maand = self.volgende[maand]
            for m in pad:
                self.volgende[m] = maand
            if self.kalender.open(maand):
                return maand
            self.volgende[maand] = maand + 1

    def neem(self, maand: int, aantal: int, weken: int = 1) -> int:
        """Neem tot `aantal` sessies van `weken` sessieweken elk; geeft hoeveel het er werden."""
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


def plan(
    voorstellen: Sequence[Plannbaar], capaciteit: Capaciteit, kalender: Kalender
) -> dict[str, Gepland]:
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
    vrij = _VrijeMaanden(capaciteit, kalender)
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


def plan_met_jaarcycli(
    voorstellen: list[P], capaciteit: Capaciteit, kalender: Kalender
) -> tuple[list[P], dict[str, Gepland], list[P]]:
    """Plan, en laat een jaarcyclus vervallen die niet in zijn eigen jaar kan beginnen.

    Een jaarcyclus (onderdelen met een `interval`: de leerdoelwijzer opnieuw, de opfrisser)
    hoort bij een jaar van de looptijd. Valt hij later, omdat de eerste training van het team
    laat is of de capaciteit op is, dan neemt de cyclus van het jaar erna hem over: de
    onderdelen van dat team en jaar vervallen en de rest wordt opnieuw gepland. Geeft de
    overgebleven voorstellen, hun planning en de vervallen voorstellen.
    """
    vervallen: list[P] = []
    while True:
        planning = plan(voorstellen, capaciteit, kalender)
        weg = {
            (v.teamcode, v.jaar)
            for v in voorstellen
            if v.interval is not None
            and v.jaar is not None
            and not (v.jaar - 1) * 12 <= planning[v.id].eerste_maand < v.jaar * 12
        }
        if not weg:
            return voorstellen, planning, vervallen
        eruit = [v for v in voorstellen if v.interval is not None and (v.teamcode, v.jaar) in weg]
        vervallen += eruit
        codes = {v.id for v in eruit}
        voorstellen = [v for v in voorstellen if v.id not in codes]
        for v in voorstellen:
            v.na[:] = [n for n in v.na if n not in codes]


def _plaats(v: Plannbaar, start: int, vrij: _VrijeMaanden) -> Gepland:
    kalender = vrij.kalender
    if v.vaste_maanden is not None:
        return _vast(v, start, kalender)
    if not v.telt_capaciteit or v.sessies == 0:
        eerste = kalender.volgende_open(start)
        laatste = kalender.na_open_maanden(eerste, v.doorlooptijd)
        return Gepland(eerste, laatste, ((eerste, v.sessies),) if v.sessies else ())
    resterend = v.sessies
    maand = vrij.vind(start)
    eerste = maand
    laatste = maand
    verdeling: list[tuple[int, int]] = []
    while resterend > 0:
        maand = vrij.vind(maand)
        genomen = vrij.neem(maand, resterend, v.weken_per_sessie)
        if genomen:
            laatste = maand
            resterend -= genomen
            verdeling.append((maand, genomen))
        if resterend > 0 and maand not in vrij.volgende:
            maand += 1  # nog weekruimte, maar te weinig voor een sessie van zoveel weken
    laatste = max(laatste, kalender.na_open_maanden(eerste, v.doorlooptijd))
    return Gepland(eerste, laatste, tuple(verdeling))


def _vast(v: Plannbaar, start: int, kalender: Kalender) -> Gepland:
    """Een vast moment (één maand) of een venster (gesprekken in de loop van het jaar).

    Een vast moment dat door een volgorde-eis later moet, schuift op naar de eerstvolgende
    open maand; een venster begint dan later maar eindigt op dezelfde maand.
    """
    assert v.vaste_maanden is not None
    eerste, laatste = v.vaste_maanden
    if eerste == laatste:
        maand = kalender.volgende_open(max(eerste, start))
        return Gepland(maand, maand, ((maand, v.sessies),) if v.sessies else ())
    begin = max(eerste, start)
    eind = max(laatste, begin)
    return Gepland(begin, eind, ((begin, v.sessies),) if v.sessies else ())


@lru_cache(maxsize=4096)
def maand_begin(startdatum: dt.date, maand: int) -> dt.date:
    """De eerste dag van maand `maand` (0 = de startdatum zelf)."""
    if maand == 0:
        return startdatum
    jaar, m = divmod(startdatum.month - 1 + maand, 12)
    return dt.date(startdatum.year + jaar, m + 1, 1)


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
