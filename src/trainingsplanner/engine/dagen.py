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
Lukt dat niet in de maand, dan laat de planner eerst de voorkeursdagen los, dan de grens per
team en dan die per week, en telt hoe vaak (een waarschuwing). Een meerdaagse training krijgt
opeenvolgende werkdagen of dezelfde dag in opeenvolgende weken (`meerdaags`). Onder de
mogelijke dagen kiest de planner de minst bezette, en daaronder de eerste vanaf een vast punt
per onderdeel (`_anker`): deterministisch, en een team erbij schudt de andere dagen niet door
elkaar.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

import holidays

from trainingsplanner.catalogus.stappenplan import Meerdaags
from trainingsplanner.engine.planning import Gepland, maand_begin, maand_eind
from trainingsplanner.programma import Sessiedatum
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
        return _teamruimte(self.teamgrootte.get(teamcode, 1), self.team_hoogstens)


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
    dagen = set(holidays.country_holidays("NL", years=jaar))
    if bevrijdingsdag == "jaarlijks":
        dagen.add(dt.date(jaar, 5, 5))
    return frozenset(dagen)


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
    reeksen: dict[tuple[int, int, bool, str], list[tuple[list[dt.date], int]]] = field(
        default_factory=dict
    )
    """De mogelijke reeksen dagen per (maand, aantal dagen, voorkeur, meerdaags): één keer
    uitgerekend."""

    def neem(
        self, dagen: Sequence[dt.date], deelnemers: int, teamcode: str | None, keer: int = 1
    ) -> None:
        """Tel een sessie op deze dagen mee (`keer=-1`: laat haar weer los)."""
        maand = (dagen[0].year, dagen[0].month)
        self.per_maand[maand] = self.per_maand.get(maand, 0) + keer
        for dag in dagen:
            self.per_dag[dag] = self.per_dag.get(dag, 0) + keer
            if teamcode is not None:
                sleutel = (teamcode, dag)
                self.team_per_dag[sleutel] = self.team_per_dag.get(sleutel, 0) + keer * deelnemers
        for week in {_week(d) for d in dagen}:
            self.per_week[week] = self.per_week.get(week, 0) + keer
            self.week_maand[(week, maand)] = self.week_maand.get((week, maand), 0) + keer


@lru_cache(maxsize=8192)
def _week(dag: dt.date) -> tuple[int, int]:
    jaar, week, _ = dag.isocalendar()
    return jaar, week


@dataclass(frozen=True)
class Sessie:
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
        return math.ceil(self.dagdelen / 2)


def plan_dagen(
    voorstellen: Sequence[Dagbaar], planning: dict[str, Gepland], regels: Dagregels
) -> tuple[dict[str, list[Sessiedatum]], Bezetting]:
    """Geef elke sessie met een trainer een voorgestelde datum binnen haar maand."""
    index = {v.id: i for i, v in enumerate(voorstellen)}
    volgorde = sorted(
        (v for v in voorstellen if v.telt_capaciteit and v.sessies),
        key=lambda v: (planning[v.id].eerste_maand, v.stap, v.voorrang, index[v.id]),
    )
    bezetting = Bezetting()
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
    gekozen: list[tuple[list[dt.date], int]] = []
    for maand, aantal in gepland.sessies_per_maand:
        for _ in range(aantal):
            sessie = Sessie(grootte[len(gekozen)], dagdelen, v.teamcode, anker, v.meerdaags)
            dagen = _kies(sessie, maand, regels, bezetting)
            bezetting.neem(dagen, sessie.deelnemers, sessie.teamcode)
            gekozen.append((dagen, sessie.deelnemers))
    gekozen.sort(key=lambda g: g[0])  # de nummers in de volgorde van de datums
    return [
        Sessiedatum(
            nummer=i,
            datum=dagen[0],
            dagen=dagen,
            deelnemers=deelnemers,
            dagdelen=dagdelen,
            van=van,
            tot=tot,
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
    eerste = max(maand_begin(regels.startdatum, maand), regels.startdatum)
    gevonden = zoek(sessie, maand, regels, bezetting)
    if gevonden is not None:
        return gevonden
    beste = _beste(sessie, maand, eerste, regels, bezetting, (False, False, False))
    if beste is not None:
        bezetting.te_vol_team += sessie.teamcode is not None
        bezetting.te_vol_week += regels.sessies_per_week is not None
        return beste
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

    Eerst met alle eisen; lukt het niet, dan zonder voorkeursdagen en (met `team_los`) dan
    zonder de grens per team. De grens per week laat de planner hier nooit los.
    """
    eerste = max(
        maand_begin(regels.startdatum, maand), regels.startdatum, vanaf or regels.startdatum
    )
    for eisen in _VERSOEPELING if team_los else _VERSOEPELING[:2]:
        beste = _beste(sessie, maand, eerste, regels, bezetting, eisen)
        if beste is not None:
            bezetting.te_vol_team += not eisen[1] and sessie.teamcode is not None
            return beste
    return None


def _beste(
    sessie: Sessie,
    maand: int,
    eerste: dt.date,
    regels: Dagregels,
    bezetting: Bezetting,
    eisen: tuple[bool, bool, bool],
) -> list[dt.date] | None:
    voorkeur, team, week = eisen
    laatste = maand_eind(regels.startdatum, maand)
    begin = max(maand_begin(regels.startdatum, maand), regels.startdatum)
    beste: list[dt.date] | None = None
    laagste = (0, 0)
    reeksen = _mogelijk(sessie, maand, (begin, laatste), regels, bezetting, voorkeur)
    if sessie.anker is not None and reeksen:
        midden = sessie.anker % len(reeksen)
        reeksen = reeksen[midden:] + reeksen[:midden]
    weken_tellen = regels.sessies_per_week is not None
    per_dag = bezetting.per_dag
    team_eis = team and sessie.teamcode is not None
    for dagen, extra in reeksen:
        if dagen[0] < eerste:
            continue
        # Met een grens per week eerst geen week meer dan nodig (vrijdag-maandag telt in twee
        # weken), dan de minst bezette dag. Eerst de score (goedkoop): wat niet beter is dan
        # de beste tot nu toe, hoeft niet langs de grenzen.
        last = (
            per_dag.get(dagen[0], 0) if len(dagen) == 1 else max(per_dag.get(d, 0) for d in dagen)
        )
        score = (extra if weken_tellen else 0, last)
        if beste is not None and score >= laagste:
            continue
        if (team_eis and not _team_past(sessie, dagen, regels, bezetting)) or (
            week and weken_tellen and not _week_past(dagen, regels, bezetting)
        ):
            continue
        beste, laagste = dagen, score
        if score == (0, 0):
            break  # een lege dag zonder extra week: beter kan niet
    return beste


_VERSOEPELING = (
    (True, True, True),
    (False, True, True),
    (False, False, True),
)
"""Welke eisen gelden per poging: voorkeursdagen, grens per team, grens per week."""


def _mogelijk(
    sessie: Sessie,
    maand: int,
    grenzen: tuple[dt.date, dt.date],
    regels: Dagregels,
    bezetting: Bezetting,
    voorkeur: bool,
) -> list[tuple[list[dt.date], int]]:
    """De mogelijke reeksen dagen in de maand, elk met het aantal weken dat ze meer raakt dan
    nodig (een training van twee dagen op vrijdag en maandag: één)."""
    soort = sessie.meerdaags or regels.meerdaags
    sleutel = (maand, sessie.aantal_dagen, voorkeur, soort)
    if sleutel not in bezetting.reeksen:
        nodig = sessie.aantal_dagen if soort == "wekelijks" else 1
        bezetting.reeksen[sleutel] = [
            (dagen, len({_week(d) for d in dagen}) - nodig)
            for dagen in _reeksen(sessie, *grenzen, regels, voorkeur)
        ]
    return bezetting.reeksen[sleutel]


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


def past_binnen_grenzen(
    sessie: Sessie, dagen: list[dt.date], regels: Dagregels, bezetting: Bezetting
) -> bool:
    """Past de sessie op deze dagen binnen de grens per week en per team?"""
    return _week_past(dagen, regels, bezetting) and _team_past(sessie, dagen, regels, bezetting)


def _team_past(
    sessie: Sessie, dagen: list[dt.date], regels: Dagregels, bezetting: Bezetting
) -> bool:
    """Hoogstens een deel van het team op één dag; één sessie alleen op een dag mag altijd."""
    if sessie.teamcode is None:
        return True
    ruimte = regels.teamruimte(sessie.teamcode)
    for dag in dagen:
        al = bezetting.team_per_dag.get((sessie.teamcode, dag), 0)
        if al and al + sessie.deelnemers > ruimte:
            return False
    return True


def _week_past(dagen: Sequence[dt.date], regels: Dagregels, bezetting: Bezetting) -> bool:
    """Ruimte in elke week van de sessie: onder de grens per week, en onder het deel van die
    grens dat bij de maand van de sessie hoort (`_weekdeel`)."""
    grens = regels.sessies_per_week
    if grens is None:
        return True
    maand = (dagen[0].year, dagen[0].month)
    for w in {_week(d) for d in dagen}:
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
            weken.add(_week(dag))
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
