"""Wat een dag mag: werkdagen en feestdagen, de bezetting, en de grenzen per week en per team.

De regels (`Dagregels`) komen van het profiel en de catalogus; de `Bezetting` telt wat er al
staat. De grens per week is een grens, geen wens: een week over twee maanden deelt haar grens
naar verhouding van de werkdagen (`_weekdeel`), en `weekruimte` geeft de maandplanning hoeveel
sessieweken een maand zo heeft. Gebruikt door `dagen.py` (plannen) en `herplannen.py`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from trainingsplanner.catalogus.stappenplan import Meerdaags
from trainingsplanner.engine.kalender import maand_begin


@dataclass(frozen=True)
class Dagregels:
    """Wat de dagplanning van het profiel en de catalogus weet."""

    startdatum: dt.date
    dagen: frozenset[int]
    """De voorkeursdagen (0 = maandag)."""
    bevrijdingsdag: str
    """Bevrijdingsdag vrij: `jaarlijks` of `lustrum` (catalogus); de feestdagen per jaar."""
    halve_dag: tuple[str, str]
    hele_dag: tuple[str, str]
    meerdaags: Meerdaags = "opeenvolgend"
    sessies_per_week: int | None = None
    team_hoogstens: float = 0.5
    teamgrootte: dict[str, int] = field(default_factory=dict)

    def werkdag(self, dag: dt.date) -> bool:
        return dag.weekday() < 5 and dag not in _feestdagen_jaar(dag.year, self.bevrijdingsdag)

    def teamruimte(self, teamcode: str) -> int:
        ruimte = self._teamruimtes.get(teamcode)
        if ruimte is None:
            return _teamruimte(1, self.team_hoogstens)
        return ruimte

    @cached_property
    def _teamruimtes(self) -> dict[str, int]:
        """Hoeveel medewerkers van elk team op één dag mogen, één keer uitgerekend."""
        return {t: _teamruimte(n, self.team_hoogstens) for t, n in self.teamgrootte.items()}


@lru_cache(maxsize=1024)
def _teamruimte(medewerkers: int, hoogstens: float) -> int:
    return max(1, math.floor(medewerkers * hoogstens))


def feestdagen(eerste: int, laatste: int, bevrijdingsdag: str) -> frozenset[dt.date]:
    """De Nederlandse feestdagen van de jaren `eerste` … `laatste` (met Bevrijdingsdag
    jaarlijks of alleen in lustrumjaren, zoals het pakket `holidays` het geeft)."""
    return frozenset().union(
        *(_feestdagen_jaar(j, bevrijdingsdag) for j in range(eerste, laatste + 1))
    )


@lru_cache(maxsize=128)
def _feestdagen_jaar(jaar: int, bevrijdingsdag: str) -> frozenset[dt.date]:
    """De feestdagen van één jaar, één keer opgezocht (ook voor een jaar na de looptijd)."""
    dagen = set(wettelijke_feestdagen(jaar))
    if bevrijdingsdag == "jaarlijks":
        dagen.add(dt.date(jaar, 5, 5))
    return frozenset(dagen)


WETTELIJK: dict[int, frozenset[dt.date]] = {}
"""De Nederlandse feestdagen per jaar zoals het pakket `holidays` ze geeft, zodra opgezocht.
Buiten de engine mag iemand hem vooraf vullen met wat `holidays` eerder gaf (`genereren.py`
uit de gebruikerscache): `holidays` laden en het eerste jaar opzoeken kost ~140 ms per proces."""


def wettelijke_feestdagen(jaar: int) -> frozenset[dt.date]:
    """De feestdagen van `holidays` (NL) in dit jaar; het pakket pas hier geladen, alleen de
    dagplanning heeft het nodig."""
    if jaar not in WETTELIJK:
        import holidays

        WETTELIJK[jaar] = frozenset(holidays.country_holidays("NL", years=jaar))
    return WETTELIJK[jaar]


@dataclass
class Bezetting:
    per_dag: dict[dt.date, int] = field(default_factory=dict)
    per_maand: dict[tuple[int, int], int] = field(default_factory=dict)
    """Sessies per (jaar, maand) van hun eerste dag."""
    per_week: dict[tuple[int, int], int] = field(default_factory=dict)
    week_maand: dict[tuple[tuple[int, int], tuple[int, int]], int] = field(default_factory=dict)
    """Sessies per (week, maand van de sessie): een week over twee maanden deelt haar grens."""
    team_per_dag: dict[tuple[str, dt.date], int] = field(default_factory=dict)
    te_vol_week: int = 0
    te_vol_team: int = 0
    te_vol_maanden: set[int] = field(default_factory=set)
    """De maanden (0 = de maand van de startdatum) waar een sessie een grens brak."""
    weken: bool = True
    """Houd `per_week` en `week_maand` bij: alleen nodig met een grens per week (`week_past`)."""
    reeksen: dict[tuple[int, int, bool, str], Reeksen] = field(default_factory=dict)
    """De mogelijke reeksen dagen per (maand, aantal dagen, voorkeur, meerdaags): één keer
    uitgerekend."""

    def neem(
        self, dagen: Sequence[dt.date], deelnemers: int, teamcode: str | None, keer: int = 1
    ) -> None:
        """Tel een sessie op deze dagen mee (`keer=-1`: laat haar weer los)."""
        eerste = dagen[0]
        maand = (eerste.year, eerste.month)
        per_maand, per_dag, per_week = self.per_maand, self.per_dag, self.per_week
        per_maand[maand] = per_maand.get(maand, 0) + keer
        for dag in dagen:
            per_dag[dag] = per_dag.get(dag, 0) + keer
        if teamcode is not None:
            team = self.team_per_dag
            for dag in dagen:
                sleutel = (teamcode, dag)
                team[sleutel] = team.get(sleutel, 0) + keer * deelnemers
        if not self.weken:
            return
        for week in {isoweek(d) for d in dagen} if len(dagen) > 1 else (isoweek(eerste),):
            per_week[week] = per_week.get(week, 0) + keer
            sleutel_maand = (week, maand)
            self.week_maand[sleutel_maand] = self.week_maand.get(sleutel_maand, 0) + keer


NIET = 1 << 62
"""De score van een reeks die niet in aanmerking komt (`Reeksen.score`)."""
_WEEK = 1 << 32
"""Een week meer dan nodig weegt zwaarder dan elke bezetting van een dag."""
_NULLEN = itertools.repeat(0)


class Reeksen:
    """De mogelijke reeksen dagen in een maand voor één soort sessie, op datum (`dagen.py`),
    met per reeks het aantal weken dat ze meer raakt dan nodig (`extra`)."""

    __slots__ = ("_straf", "dagen", "eerste", "extra", "heeft_extra", "per_plek")

    def __init__(self, dagen: list[list[dt.date]], extra: list[int]) -> None:
        self.dagen = dagen
        self.eerste = [d[0] for d in dagen]
        self.per_plek = [list(plek) for plek in zip(*dagen, strict=True)]
        """De eerste dag van elke reeks, de tweede dag van elke reeks, …"""
        self.extra = extra
        self.heeft_extra = any(extra)
        self._straf: dict[bool, list[int]] = {}

    def score(self, per_dag: dict[dt.date, int], zuinig: bool, weken_tellen: bool) -> list[int]:
        """Per reeks de hoogste bezetting van haar dagen; met een grens per week (`weken_tellen`)
        eerst het aantal weken meer dan nodig, en met `zuinig` alleen reeksen zonder (de rest
        `NIET`). Lager is beter; in één keer voor alle reeksen van de maand."""
        druk = list(map(per_dag.get, self.per_plek[0], _NULLEN))
        for plek in self.per_plek[1:]:
            druk = list(map(max, druk, map(per_dag.get, plek, _NULLEN)))
        if weken_tellen and self.heeft_extra:
            druk = list(map(operator.add, druk, self.straf(zuinig)))
        return druk

    def straf(self, zuinig: bool) -> list[int]:
        if zuinig not in self._straf:
            self._straf[zuinig] = [(NIET if zuinig else e * _WEEK) if e else 0 for e in self.extra]
        return self._straf[zuinig]


@lru_cache(maxsize=8192)
def isoweek(dag: dt.date) -> tuple[int, int]:
    jaar, week, _ = dag.isocalendar()
    return jaar, week


class Sessie(NamedTuple):
    """Wat de dagplanning van één sessie weet."""

    deelnemers: int
    dagdelen: int
    teamcode: str | None
    anker: int | None = None
    """Waar in de maand de planner begint te zoeken (`_anker` van het onderdeel); None: vooraan."""
    meerdaags: Meerdaags | None = None
    """Opeenvolgende werkdagen of een week na elkaar (catalogus, per sessie); None: `Dagregels`."""

    @property
    def aantal_dagen(self) -> int:
        return (self.dagdelen + 1) // 2


def past_binnen_grenzen(
    sessie: Sessie, dagen: list[dt.date], regels: Dagregels, bezetting: Bezetting
) -> bool:
    """Past de sessie op deze dagen binnen de grens per week en per team?"""
    return week_past(dagen, regels, bezetting) and team_past(sessie, dagen, regels, bezetting)


def team_past(
    sessie: Sessie, dagen: list[dt.date], regels: Dagregels, bezetting: Bezetting
) -> bool:
    """Hoogstens een deel van het team op één dag; één sessie alleen op een dag mag altijd."""
    teamcode = sessie.teamcode
    if teamcode is None:
        return True
    ruimte = regels.teamruimte(teamcode)
    team_per_dag = bezetting.team_per_dag
    for dag in dagen:
        al = team_per_dag.get((teamcode, dag), 0)
        if al and al + sessie.deelnemers > ruimte:
            return False
    return True


def week_past(dagen: Sequence[dt.date], regels: Dagregels, bezetting: Bezetting) -> bool:
    """Ruimte in elke week van de sessie: onder de grens per week, en onder het deel van die
    grens dat bij de maand van de sessie hoort (`_weekdeel`)."""
    grens = regels.sessies_per_week
    if grens is None:
        return True
    maand = (dagen[0].year, dagen[0].month)
    for w in {isoweek(d) for d in dagen}:
        if bezetting.per_week.get(w, 0) >= grens:
            return False
        deel = _weekdeel(w, maand, grens, regels.bevrijdingsdag)
        if bezetting.week_maand.get((w, maand), 0) >= deel:
            return False
    return True


def weekruimte(regels: Dagregels, maand: int) -> int:
    """Hoeveel sessieweken de grens per week in maand `maand` toelaat: de som van het deel
    van elke week dat bij deze maand hoort. De maandplanning houdt zich eraan, zodat de
    dagplanning de grens per week kan houden (issue 14: een grens, geen waarschuwing)."""
    if regels.sessies_per_week is None:
        return 1 << 30
    begin = max(maand_begin(regels.startdatum, maand), regels.startdatum)
    return _weekruimte(
        (begin.year, begin.month), begin.day, regels.sessies_per_week, regels.bevrijdingsdag
    )


@lru_cache(maxsize=4096)
def _weekruimte(maand: tuple[int, int], vanaf_dag: int, grens: int, bevrijdingsdag: str) -> int:
    jaar, m = maand
    dag = dt.date(jaar, m, vanaf_dag)
    weken = set()
    while dag.month == m:
        if dag.weekday() < 5:
            weken.add(isoweek(dag))
        dag += dt.timedelta(days=1)
    return sum(_weekdeel(w, maand, grens, bevrijdingsdag) for w in weken)


@lru_cache(maxsize=8192)
def _weekdeel(
    week: tuple[int, int], maand: tuple[int, int], grens: int, bevrijdingsdag: str
) -> int:
    """Het deel van de grens van een week dat bij een maand hoort: naar verhouding van de
    werkdagen van die week in elke maand; de rest naar de maand met de meeste (bij gelijk:
    de eerste). Samen precies de grens; een maand zonder werkdagen in de week krijgt niets."""
    maandag = dt.date.fromisocalendar(week[0], week[1], 1)
    werk: dict[tuple[int, int], int] = {}
    for i in range(5):
        d = maandag + dt.timedelta(days=i)
        if d not in _feestdagen_jaar(d.year, bevrijdingsdag):
            werk[(d.year, d.month)] = werk.get((d.year, d.month), 0) + 1
    totaal = sum(werk.values())
    if maand not in werk:
        return 0
    delen = {m: grens * n // totaal for m, n in werk.items()}
    rest = grens - sum(delen.values())
    grootste = max(werk, key=lambda m: (werk[m], -m[0], -m[1]))
    return delen[maand] + (rest if maand == grootste else 0)
