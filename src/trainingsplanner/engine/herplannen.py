"""Herplannen (issue 15, punt 3): het programma opnieuw, met wat de uitvoering vastlegde.

De cli leest de uitvoeringsdatabase en geeft de engine een `Uitvoering`: de vastgelegde
sessies (onderdeel-id, sessienummer, datum, status) en de datum vanaf wanneer opnieuw gepland
wordt. De engine kent de database niet.

Eerst plant de engine zoals altijd (maanden, dan dagen); daarna:

- een **gegeven** sessie staat vast op haar echte datum en telt mee in de bezetting van die
  dag, week en maand;
- een sessie die **geannuleerd** of **verplaatst** is, of die vóór `vanaf` gepland stond en
  niet gegeven is (**achterstallig**), krijgt een nieuwe datum vanaf `vanaf`;
- een sessie van een onderdeel dat wacht op een onderdeel dat verschoof, schuift mee tot na
  het einde daarvan (de volgorde-eisen van de catalogus; een onderdeel begint pas in de maand
  nadat alles waar het op wacht is afgelopen);
- al het andere houdt zijn datum zolang daar nog ruimte is: herplannen haalt niets naar
  voren. De onderdelen gaan in de volgorde van de planning (wat eerst gepland stond, eerst):
  wat opnieuw moet, komt in de eerste open maand vanaf `vanaf` met ruimte (maand- en
  weekcapaciteit, feestdagen, voorkeursdagen, hoogstens de helft van een team per dag),
  nooit in het verleden; wat daardoor op zijn oude datum geen ruimte meer heeft, schuift op.

Vastgelegde sessies van onderdelen die niet (meer) in het programma staan (een hernoemd
team), of met een nummer dat het onderdeel niet meer heeft, worden teruggegeven voor een
waarschuwing: nooit stil weggelaten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from trainingsplanner.catalogus.stappenplan import Meerdaags
from trainingsplanner.engine.dagen import zoek
from trainingsplanner.engine.dagregels import Bezetting, Dagregels, Sessie, past_binnen_grenzen
from trainingsplanner.engine.kalender import Kalender, maand_begin, maand_eind
from trainingsplanner.programma import Sessiedatum, Verschuiving
from trainingsplanner.suggestie import dichtstbij

Uitvoeringsstatus = Literal["gegeven", "geannuleerd", "verplaatst"]
ZOEK_MAANDEN = 600
_DAG = dt.timedelta(days=1)
"""Zo ver (in maanden) zoekt de planner een plaats voor een sessie die opnieuw moet."""


@dataclass(frozen=True)
class Vastgelegd:
    """Eén vastgelegde sessie: de laatste stand uit de uitvoering."""

    onderdeel: str
    nummer: int
    datum: dt.date
    status: Uitvoeringsstatus


@dataclass(frozen=True)
class Uitvoering:
    """Wat `stel_samen` van de uitvoering weet: wat er vastligt en vanaf wanneer te plannen."""

    vanaf: dt.date
    sessies: tuple[Vastgelegd, ...] = ()


class Herplanbaar(Protocol):
    """Wat het herplannen van een voorstel leest (engine/voorstel.py)."""

    @property
    def id(self) -> str: ...
    @property
    def na(self) -> list[str]: ...
    @property
    def waarom(self) -> list[str]: ...
    @property
    def teamcode(self) -> str | None: ...
    @property
    def meerdaags(self) -> Meerdaags: ...


Venster = tuple[dt.date, dt.date]


@dataclass
class Uitkomst:
    sessiedata: dict[str, list[Sessiedatum]]
    vensters: dict[str, Venster]
    """Begin en eind van elk onderdeel na het herplannen."""
    verschoven: list[Verschuiving] = field(default_factory=list)
    gegeven: int = 0
    onbekend: dict[str, list[int]] = field(default_factory=dict)
    """Onderdeel-id's die niet in het programma staan, met hun vastgelegde sessienummers."""
    lijkt_op: dict[str, str] = field(default_factory=dict)
    """Per onbekend id het id in het programma dat er het meest op lijkt (een hernoemd team)."""
    buiten: dict[str, list[int]] = field(default_factory=dict)
    """Onderdelen die wel bestaan, met sessienummers die ze niet (meer) hebben."""


@dataclass(frozen=True)
class Omgeving:
    """De regels en de kalender van de dagplanning, en de ruimte van een maand (0 = de
    maand van de startdatum)."""

    regels: Dagregels
    kalender: Kalender
    ruimte: Callable[[int], int]


def herplan(
    voorstellen: Sequence[Herplanbaar],
    vensters: dict[str, Venster],
    sessiedata: dict[str, list[Sessiedatum]],
    omgeving: Omgeving,
    uitvoering: Uitvoering,
) -> Uitkomst:
    """Het programma opnieuw gepland met de uitvoering; `voorstellen` in de volgorde van de
    planning (wat wacht, komt na waarop het wacht), `vensters` en `sessiedata` zonder uitvoering."""
    vastgelegd = {(r.onderdeel, r.nummer): r for r in uitvoering.sessies}
    vanaf = max(uitvoering.vanaf, omgeving.regels.startdatum)
    uit = Uitkomst({}, {})
    _los(vastgelegd, voorstellen, sessiedata, uit)
    bezetting = Bezetting(weken=omgeving.regels.sessies_per_week is not None)
    gegeven: dict[tuple[str, int], list[dt.date]] = {}
    for v in voorstellen:  # wat gegeven is, ligt vast: het telt eerst mee
        for s in sessiedata.get(v.id, ()):
            r = vastgelegd.get((v.id, s.nummer))
            if r is not None and r.status == "gegeven":
                dagen = gegeven[(v.id, s.nummer)] = _echte_dagen(s, r.datum, omgeving.regels)
                bezetting.neem(dagen, s.deelnemers, v.teamcode)
    plaatser = _Plaatser(omgeving, bezetting)
    for v in voorstellen:
        oud = sessiedata.get(v.id, [])
        if not oud and not v.na:  # geen sessies en nergens op wachten: niets te herplannen
            uit.sessiedata[v.id] = []
            uit.vensters[v.id] = vensters[v.id]
            continue
        na, wacht = _grens(v, uit.vensters)
        grenzen = (vanaf, vanaf if na is None else max(vanaf, na), wacht)
        nieuw = [
            _sessie(v, s, vastgelegd.get((v.id, s.nummer)), grenzen, gegeven, plaatser, uit)
            for s in oud
        ]
        uit.sessiedata[v.id] = nieuw
        uit.vensters[v.id] = _venster(vensters[v.id], oud, nieuw, na, omgeving)
    return uit


def _los(
    vastgelegd: dict[tuple[str, int], Vastgelegd],
    voorstellen: Sequence[Herplanbaar],
    sessiedata: dict[str, list[Sessiedatum]],
    uit: Uitkomst,
) -> None:
    """Vastgelegde sessies die niet bij het programma passen: terug voor een waarschuwing."""
    bekend = {v.id for v in voorstellen}
    los = [
        (code, nummer)
        for code, nummer in vastgelegd
        if code not in bekend or (sessiedata.get(code) and nummer > len(sessiedata[code]))
    ]
    for code, nummer in sorted(los):  # alleen wat niet past, op volgorde
        if code not in bekend:
            uit.onbekend.setdefault(code, []).append(nummer)
        elif sessiedata.get(code) and nummer > len(sessiedata[code]):
            uit.buiten.setdefault(code, []).append(nummer)
    for code in uit.onbekend:
        if (gelijkend := dichtstbij(code, bekend)) is not None:
            uit.lijkt_op[code] = gelijkend


def _grens(v: Herplanbaar, vensters: dict[str, Venster]) -> tuple[dt.date | None, str | None]:
    """De dag na het einde van alles waar het onderdeel op wacht, met het onderdeel dat het
    laatst eindigt (bij gelijk einde het eerste); (None, None) als het nergens op wacht."""
    laatste: dt.date | None = None
    wacht = None
    for dep in v.na:
        eind = vensters[dep][1]  # de volgorde van `voorstellen`: eerst waarop gewacht wordt
        if laatste is None or eind > laatste:
            laatste, wacht = eind, dep
    return (None, None) if laatste is None else (laatste + _DAG, wacht)


def _sessie(
    v: Herplanbaar,
    s: Sessiedatum,
    r: Vastgelegd | None,
    grenzen: tuple[dt.date, dt.date, str | None],
    gegeven: dict[tuple[str, int], list[dt.date]],
    plaatser: _Plaatser,
    uit: Uitkomst,
) -> Sessiedatum:
    """Eén sessie: gegeven (vast, op haar echte dagen in `gegeven`), blijft, of krijgt een
    nieuwe datum met de reden."""
    vanaf, grens, wacht = grenzen
    if r is not None and r.status == "gegeven":
        uit.gegeven += 1
        dagen = gegeven[(v.id, s.nummer)]
        return s.model_copy(update={"datum": dagen[0], "dagen": dagen, "status": "gegeven"})
    sessie = Sessie(s.deelnemers, s.dagdelen, v.teamcode, meerdaags=v.meerdaags)
    if r is not None:
        regel, reden = "R4.1", f"{r.status} op {r.datum.isoformat()}"
    elif s.datum < vanaf:
        regel, reden = "R4.1", f"niet gegeven vóór {vanaf.isoformat()}"
    elif s.datum < grens and wacht is not None:
        regel, reden = _volgorderegel(v), f"wacht op {wacht}"
    elif plaatser.past(sessie, s.dagen):
        plaatser.bezetting.neem(s.dagen, sessie.deelnemers, sessie.teamcode)
        return s
    else:
        regel, reden = "R4.1", "de oude datum is vol door wat eerder opnieuw gepland is"
    dagen = plaatser.plaats(sessie, grens)
    plaatser.bezetting.neem(dagen, sessie.deelnemers, sessie.teamcode)
    uit.verschoven.append(
        Verschuiving(
            onderdeel=v.id, nummer=s.nummer, oud=s.datum, nieuw=dagen[0], regel=regel, reden=reden
        )
    )
    return s.model_copy(update={"datum": dagen[0], "dagen": dagen})


class _Plaatser:
    """Waar een sessie past: op haar oude dagen, of in de eerste open maand vanaf een grens
    met ruimte. Een maand die vol is (sessies per maand) blijft vol: herplannen neemt alleen
    ruimte; `_vol` slaat volle en gesloten maanden over (unie-zoek, als `VrijeMaanden`)."""

    def __init__(self, omgeving: Omgeving, bezetting: Bezetting) -> None:
        self.omgeving = omgeving
        self.bezetting = bezetting
        self._vol: dict[int, int] = {}

    def _maand(self, dag: dt.date) -> int:
        start = self.omgeving.regels.startdatum
        return (dag.year - start.year) * 12 + dag.month - start.month

    def _te_vol(self, maand: int) -> bool:
        begin = maand_begin(self.omgeving.regels.startdatum, maand)
        gebruikt = self.bezetting.per_maand.get((begin.year, begin.month), 0)
        return gebruikt >= self.omgeving.ruimte(maand)

    def past(self, sessie: Sessie, dagen: list[dt.date]) -> bool:
        """Past de sessie nog op haar oude dagen: ruimte in maand en week, de helft van het
        team?"""
        if self._te_vol(self._maand(dagen[0])):
            return False
        return past_binnen_grenzen(sessie, dagen, self.omgeving.regels, self.bezetting)

    def plaats(self, sessie: Sessie, grens: dt.date) -> list[dt.date]:
        """De eerste open maand vanaf `grens` met ruimte, en daarin de dagen (`dagen.zoek`)."""
        regels, kalender = self.omgeving.regels, self.omgeving.kalender
        eerste = self._maand(grens)
        maand = self._volgende(eerste)
        while maand < eerste + ZOEK_MAANDEN:
            if not kalender.open(maand) or self._te_vol(maand):
                self._vol[maand] = maand + 1
            else:
                dagen = zoek(sessie, maand, regels, self.bezetting, vanaf=grens, team_los=False)
                if dagen is not None:
                    return dagen
            maand = self._volgende(maand + 1)
        raise RuntimeError("geen plaats voor een sessie in 50 jaar")  # pragma: no cover

    def _volgende(self, maand: int) -> int:
        """De eerste maand vanaf `maand` die niet al vol of gesloten bleek."""
        vol = self._vol
        pad = []
        while maand in vol:
            pad.append(maand)
            maand = vol[maand]
        for m in pad:
            vol[m] = maand
        return maand


def _volgorderegel(v: Herplanbaar) -> str:
    """De regelcode van de volgorde-eis in `waarom` ('R3.2: begint pas na …'), anders R4.1."""
    for reden in v.waarom:
        code, _, rest = reden.partition(": ")
        if rest.startswith("begint pas na"):
            return code
    return "R4.1"


def _echte_dagen(s: Sessiedatum, datum: dt.date, regels: Dagregels) -> list[dt.date]:
    """De dagen van een gegeven sessie: haar echte datum, en bij een training van meer dagen
    de werkdagen erna (de uitvoering legt alleen de eerste dag vast)."""
    dagen = [datum]
    dag = datum
    while len(dagen) < len(s.dagen):
        dag += dt.timedelta(days=1)
        if regels.werkdag(dag):
            dagen.append(dag)
    return dagen


def _venster(
    oud: Venster,
    sessies: list[Sessiedatum],
    nieuw: list[Sessiedatum],
    na: dt.date | None,
    omgeving: Omgeving,
) -> Venster:
    """Begin en eind van het onderdeel: ongewijzigd als niets verschoof; anders de maanden
    van zijn sessies (nooit eerder klaar dan gepland). Zonder sessies met een datum
    (werkoverleg, gesprekken) schuift het hele venster alleen als het wacht op iets dat nu
    later eindigt (`na`): naar de eerste open maand daarna."""
    start = omgeving.regels.startdatum
    if sessies:
        if all(a is b or a.dagen == b.dagen for a, b in zip(sessies, nieuw, strict=True)):
            return oud
        eerste = min(s.datum for s in nieuw)
        laatste = max(d for s in nieuw for d in s.dagen)
        begin = max(dt.date(eerste.year, eerste.month, 1), start)
        return begin, max(oud[1], _maandeind(laatste))
    if na is None or na <= oud[0]:
        return oud
    van = (oud[0].year - start.year) * 12 + oud[0].month - start.month
    tot = (oud[1].year - start.year) * 12 + oud[1].month - start.month
    naar = omgeving.kalender.volgende_open((na.year - start.year) * 12 + na.month - start.month)
    return maand_begin(start, naar), maand_eind(start, naar + tot - van)


def _maandeind(dag: dt.date) -> dt.date:
    volgende = dt.date(dag.year + dag.month // 12, dag.month % 12 + 1, 1)
    return volgende - dt.timedelta(days=1)
