"""Vensters en termijnen bij het herplannen (`herplannen.py`): waar een onderdeel op wacht, en
begin en eind na het herplannen. Een onderdeel zonder sessies met een datum (werkoverleg,
gesprekken, e-learning) heeft alleen een termijn; die schuift mee met wat het wacht, of, als
hij voorbij is terwijl niet alles gegeven is, naar de eerste open maand vanaf `vanaf`.
"""

from __future__ import annotations

import datetime as dt
from operator import is_
from typing import Protocol

from trainingsplanner.catalogus.stappenplan import Meerdaags
from trainingsplanner.engine.herplaatsen import Omgeving
from trainingsplanner.engine.kalender import maand_begin, maand_eind, maand_van
from trainingsplanner.opmaak import datum as nl_datum
from trainingsplanner.programma import Sessiedatum, Termijnverschuiving, zonder_validatie

_DAG = dt.timedelta(days=1)
Venster = tuple[dt.date, dt.date]


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
    @property
    def sessies(self) -> int: ...


def grens(v: Herplanbaar, vensters: dict[str, Venster]) -> tuple[dt.date | None, str | None]:
    """De dag na het einde van alles waar het onderdeel op wacht, met het onderdeel dat het
    laatst eindigt (bij gelijk einde het eerste); (None, None) als het nergens op wacht."""
    laatste: dt.date | None = None
    wacht = None
    for dep in v.na:
        eind = vensters[dep][1]  # de volgorde van `voorstellen`: eerst waarop gewacht wordt
        if laatste is None or eind > laatste:
            laatste, wacht = eind, dep
    return (None, None) if laatste is None else (laatste + _DAG, wacht)


def volgorderegel(v: Herplanbaar) -> str:
    """De regelcode van de volgorde-eis in `waarom` ('R3.2: begint pas na …'), anders R4.1."""
    for reden in v.waarom:
        code, _, rest = reden.partition(": ")
        if rest.startswith("begint pas na"):
            return code
    return "R4.1"


def termijn(
    v: Herplanbaar,
    oud: Venster,
    vanaf: dt.date,
    gegeven: int,
    omgeving: Omgeving,
    vensters: dict[str, Venster],
    termijnen: list[Termijnverschuiving],
) -> Venster:
    """De termijn van een onderdeel zonder sessies met een datum (werkoverleg, gesprekken,
    e-learning): schuift mee als het wacht op iets dat nu later eindigt; en is de termijn
    voorbij (vóór `vanaf`) terwijl niet alles gegeven is, dan een nieuwe termijn, even lang,
    vanaf de eerste open maand vanaf `vanaf` (nooit in het verleden). Is alles gegeven, dan
    blijft de termijn staan: wat gebeurd is, schuift niet (zoals een gegeven sessie). Wat
    verschoof, komt met de reden in `termijnen`; `vensters`: de nieuwe vensters van wat eerder
    kwam."""
    sessies = v.sessies
    if 0 < sessies <= gegeven:
        return oud
    na, wacht = grens(v, vensters)
    verlopen = oud[1] < vanaf and gegeven < sessies
    if not verlopen and (na is None or na <= oud[0]):
        return oud  # niets verschuift (zoals `venster` zegt); het gewone geval, duizenden keren
    regel, reden = ("R4.1", "") if wacht is None else (volgorderegel(v), f"wacht op {wacht}")
    if verlopen:
        # Een nieuwe termijn van minstens een hele maand: begint `vanaf` niet op de eerste,
        # dan in de maand erna (anders liep hij af op de laatste dag van deze maand).
        begin = vanaf if vanaf.day == 1 else _volgende_maand(vanaf)
        if na is None or na < begin:
            stand = "niets" if gegeven == 0 else f"{gegeven} van {sessies}"
            regel, reden = (
                "R4.1",
                f"termijn liep tot {nl_datum(oud[1])}, vóór {nl_datum(vanaf)}, met {stand} gegeven",
            )
        na = max(na or begin, begin)
    nieuw = venster(oud, [], [], na, omgeving)
    if nieuw != oud:
        termijn = {
            "onderdeel": v.id,
            "oud": oud[1],
            "nieuw": nieuw[1],
            "regel": regel,
            "reden": reden,
        }
        termijnen.append(zonder_validatie(Termijnverschuiving, termijn))
    return nieuw


def jaren_in_termijn(
    sessies: int,
    gegeven: dict[int, int],
    termijn: Venster,
    omgeving: Omgeving,
    geheugen: dict[Venster, dict[int, int]] | None = None,
) -> dict[int, int]:
    """De sessies per kalenderjaar van een onderdeel zonder sessies met een eigen datum waarvan
    de termijn verschoof: wat gegeven is in het jaar van zijn datum (nooit meer dan `sessies`),
    de rest over de open maanden van de nieuwe termijn, naar verhouding per jaar (de grootste
    resten eerst, bij gelijk het vroegste jaar). Zo tellen de kosten in het jaar waarin het
    onderdeel nu valt, niet meer in dat van de oude termijn. `geheugen`: de open maanden per
    jaar van eerder gevraagde termijnen (bij 600 teams ~1.500 onderdelen, een handvol
    termijnen)."""
    jaren = gegeven_per_jaar(sessies, gegeven)
    over = sessies - sum(jaren.values())
    if over <= 0:
        return jaren
    maanden = None if geheugen is None else geheugen.get(termijn)
    if maanden is None:
        maanden = _open_maanden_per_jaar(termijn, omgeving)
        if geheugen is not None:
            geheugen[termijn] = maanden
    totaal = sum(maanden.values())
    delen = {jaar: over * n // totaal for jaar, n in maanden.items()}
    rest = over - sum(delen.values())
    for jaar in sorted(maanden, key=lambda j: (-(over * maanden[j] % totaal), j))[:rest]:
        delen[jaar] += 1
    for jaar, deel in delen.items():
        if deel:
            jaren[jaar] = jaren.get(jaar, 0) + deel
    return dict(sorted(jaren.items()))


def gegeven_per_jaar(sessies: int, gegeven: dict[int, int]) -> dict[int, int]:
    """Wat gegeven is per jaar van de datum, op volgorde van jaar en samen nooit meer dan
    `sessies` (meer vastgelegd dan het onderdeel heeft, telt niet dubbel)."""
    jaren: dict[int, int] = {}
    over = sessies
    for jaar in sorted(gegeven):
        deel = min(gegeven[jaar], over)
        if deel:
            jaren[jaar] = deel
            over -= deel
    return jaren


def _open_maanden_per_jaar(termijn: Venster, omgeving: Omgeving) -> dict[int, int]:
    """Per kalenderjaar het aantal open maanden van de termijn; zonder open maand één in het
    jaar waarin hij begint."""
    start = omgeving.regels.startdatum
    maanden: dict[int, int] = {}
    for maand in range(maand_van(start, termijn[0]), maand_van(start, termijn[1]) + 1):
        if omgeving.kalender.open(maand):
            jaar = omgeving.kalender.kalenderjaar(maand)
            maanden[jaar] = maanden.get(jaar, 0) + 1
    return maanden or {termijn[0].year: 1}


def venster(
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
        if all(map(is_, sessies, nieuw)) or all(
            a is b or a.dagen == b.dagen for a, b in zip(sessies, nieuw, strict=True)
        ):
            return oud
        eerste = min(s.datum for s in nieuw)
        laatste = max(d for s in nieuw for d in s.dagen)
        begin = max(dt.date(eerste.year, eerste.month, 1), start)
        return begin, max(oud[1], _maandeind(laatste))
    if na is None or na <= oud[0]:
        return oud
    lengte = maand_van(start, oud[1]) - maand_van(start, oud[0])
    naar = omgeving.kalender.volgende_open(maand_van(start, na))
    return maand_begin(start, naar), maand_eind(start, naar + lengte)


def _maandeind(dag: dt.date) -> dt.date:
    return _volgende_maand(dag) - _DAG


def _volgende_maand(dag: dt.date) -> dt.date:
    """De eerste dag van de maand na die van `dag`."""
    return dt.date(dag.year + dag.month // 12, dag.month % 12 + 1, 1)
