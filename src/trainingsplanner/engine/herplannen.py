"""Herplannen (issue 15, punt 3): het programma opnieuw, met wat de uitvoering vastlegde.

De cli leest de uitvoeringsdatabase en geeft de engine een `Uitvoering`: de vastgelegde
sessies (onderdeel-id, sessienummer, datum, status) en de datum vanaf wanneer opnieuw gepland
wordt. De engine kent de database niet.

Eerst plant de engine zoals altijd (maanden, dan dagen); daarna:

- een **gegeven** sessie staat vast op haar echte datum en telt mee in de bezetting van die
  dag, week en maand;
- een **verplaatste** sessie gaat naar de afgesproken datum die de coördinator vastlegde (bij
  meer dagen de werkdagen erna, als bij een gegeven sessie) als dat kan: niet vóór `vanaf` of
  de grens van de volgorde, een werkdag in een open maand, binnen de grenzen per maand, week
  en team. De keuze: die grenzen gelden ook voor een afspraak (de gemeente legt ze zelf vast;
  test_herplannen_eigenschappen eist ze van elke sessie die niet gegeven is), maar een
  afspraak gaat vóór een voorstel: ze neemt haar ruimte vóór er opnieuw gepland wordt. Anders
  de eerste plek vanaf die dag en de grens, of vanaf `vanaf` als de dag voorbij is; de reden
  zegt welk geval (`Plaatser.naar_afspraak`);
- een sessie die **geannuleerd** is, of die vóór `vanaf` gepland stond en niet gegeven is
  (**achterstallig**), krijgt een nieuwe datum vanaf `vanaf`;
- een sessie van een onderdeel dat wacht op een onderdeel dat verschoof, schuift mee tot na
  het einde daarvan (de volgorde-eisen van de catalogus; een onderdeel begint pas in de maand
  nadat alles waar het op wacht is afgelopen);
- al het andere houdt zijn datum zolang daar nog ruimte is: herplannen haalt niets naar
  voren. De onderdelen gaan in de volgorde van de planning (wat eerst gepland stond, eerst):
  wat opnieuw moet, komt in de eerste open maand vanaf `vanaf` met ruimte (maand- en
  weekcapaciteit, feestdagen, voorkeursdagen, hoogstens de helft van een team per dag),
  nooit in het verleden; wat daardoor op zijn oude datum geen ruimte meer heeft, schuift op.

Een vastgelegde sessie die niet gegeven is, staat altijd in `verschoven` (R4.1), ook als ze
precies op haar afgesproken dag komt. De redenen zijn zinnen met Nederlandse datums:
"verplaatst naar 15 februari 2028, zoals afgesproken", "verplaatst naar 19 februari 2028; dat
is een zaterdag, eerste plek daarna", "geannuleerd op 19 oktober 2027".

Vastgelegde sessies van onderdelen die niet (meer) in het programma staan (een hernoemd
team), of met een nummer dat het onderdeel niet meer heeft, worden teruggegeven voor een
waarschuwing: nooit stil weggelaten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, Protocol

from trainingsplanner.catalogus.stappenplan import Meerdaags
from trainingsplanner.engine.dagregels import Bezetting, Sessie
from trainingsplanner.engine.herplaatsen import Omgeving as Omgeving
from trainingsplanner.engine.herplaatsen import Plaatser, echte_dagen
from trainingsplanner.engine.kalender import maand_begin, maand_eind
from trainingsplanner.opmaak import datum as nl_datum
from trainingsplanner.programma import (
    Sessiedatum,
    Termijnverschuiving,
    Verschuiving,
    zonder_validatie,
)
from trainingsplanner.suggestie import dichtstbij

Uitvoeringsstatus = Literal["gegeven", "geannuleerd", "verplaatst"]
_DAG = dt.timedelta(days=1)


class Vastgelegd(NamedTuple):
    """Eén vastgelegde sessie: de laatste stand uit de uitvoering (een tuple: bij 600 teams
    leest herplannen er zo'n 26.000 per jaar)."""

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
    @property
    def sessies(self) -> int: ...


Venster = tuple[dt.date, dt.date]


@dataclass
class Uitkomst:
    sessiedata: dict[str, list[Sessiedatum]]
    vensters: dict[str, Venster]
    """Begin en eind van elk onderdeel na het herplannen."""
    verschoven: list[Verschuiving] = field(default_factory=list)
    termijnen: list[Termijnverschuiving] = field(default_factory=list)
    """Onderdelen zonder sessies met een eigen datum waarvan de termijn verschoof."""
    gegeven: int = 0
    onbekend: dict[str, list[int]] = field(default_factory=dict)
    """Onderdeel-id's die niet in het programma staan, met hun vastgelegde sessienummers."""
    lijkt_op: dict[str, str] = field(default_factory=dict)
    """Per onbekend id het id in het programma dat er het meest op lijkt (een hernoemd team)."""
    buiten: dict[str, list[int]] = field(default_factory=dict)
    """Onderdelen die wel bestaan, met sessienummers die ze niet (meer) hebben."""


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
    verplaatst: list[tuple[Herplanbaar, Sessiedatum, dt.date]] = []
    for v in voorstellen:  # wat gegeven is, ligt vast: het telt eerst mee
        for s in sessiedata.get(v.id, ()):
            r = vastgelegd.get((v.id, s.nummer))
            if r is None:
                continue
            if r.status == "gegeven":
                dagen = gegeven[(v.id, s.nummer)] = echte_dagen(
                    len(s.dagen), r.datum, omgeving.regels
                )
                bezetting.neem(dagen, s.deelnemers, v.teamcode)
            elif r.status == "verplaatst" and r.datum >= vanaf:
                verplaatst.append((v, s, r.datum))
    plaatser = Plaatser(omgeving, bezetting)
    zonder_datum = _gegeven_per_onderdeel(uitvoering.sessies)
    afspraken = _afspraken(verplaatst, vensters, plaatser)
    for v in voorstellen:
        oud = sessiedata.get(v.id, [])
        if not oud:  # werkoverleg, gesprekken, e-learning: alleen een termijn
            gegeven_hier = zonder_datum.get(v.id, 0)
            uit.gegeven += gegeven_hier
            uit.sessiedata[v.id] = []
            uit.vensters[v.id] = _termijn(v, vensters[v.id], vanaf, gegeven_hier, omgeving, uit)
            continue
        na, wacht = _grens(v, uit.vensters)
        grenzen = (vanaf, vanaf if na is None else max(vanaf, na), wacht)
        nieuw = [
            _sessie(
                v, s, vastgelegd.get((v.id, s.nummer)), grenzen, (gegeven, afspraken), plaatser, uit
            )
            for s in oud
        ]
        uit.sessiedata[v.id] = nieuw
        uit.vensters[v.id] = _venster(vensters[v.id], oud, nieuw, na, omgeving)
    return uit


def _gegeven_per_onderdeel(sessies: Sequence[Vastgelegd]) -> dict[str, int]:
    gegeven: dict[str, int] = {}
    for r in sessies:
        if r.status == "gegeven":
            gegeven[r.onderdeel] = gegeven.get(r.onderdeel, 0) + 1
    return gegeven


def _termijn(
    v: Herplanbaar,
    oud: Venster,
    vanaf: dt.date,
    gegeven: int,
    omgeving: Omgeving,
    uit: Uitkomst,
) -> Venster:
    """De termijn van een onderdeel zonder sessies met een datum (werkoverleg, gesprekken,
    e-learning): schuift mee als het wacht op iets dat nu later eindigt; en is de termijn
    voorbij (vóór `vanaf`) terwijl niet alles gegeven is, dan een nieuwe termijn, even lang,
    vanaf de eerste open maand vanaf `vanaf` (nooit in het verleden). Wat verschoof, komt
    met de reden in `uit.termijnen`."""
    na, wacht = _grens(v, uit.vensters)
    regel, reden = ("R4.1", "") if wacht is None else (_volgorderegel(v), f"wacht op {wacht}")
    if oud[1] < vanaf and gegeven < v.sessies:
        if na is None or na < vanaf:
            stand = "niets" if gegeven == 0 else f"{gegeven} van {v.sessies}"
            regel, reden = "R4.1", f"termijn voorbij op {nl_datum(oud[1])} met {stand} gegeven"
        na = max(na or vanaf, vanaf)
    nieuw = _venster(oud, [], [], na, omgeving)
    if nieuw != oud:
        termijn = {
            "onderdeel": v.id,
            "oud": oud[1],
            "nieuw": nieuw[1],
            "regel": regel,
            "reden": reden,
        }
        uit.termijnen.append(zonder_validatie(Termijnverschuiving, termijn))
    return nieuw


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


Vast = tuple[dict[tuple[str, int], list[dt.date]], dict[tuple[str, int], list[dt.date]]]
"""De dagen die vastliggen vóór er opnieuw gepland wordt: van de gegeven sessies, en van de
verplaatste sessies waarvan de afgesproken dag kan (`_afspraken`)."""


def _sessie(
    v: Herplanbaar,
    s: Sessiedatum,
    r: Vastgelegd | None,
    grenzen: tuple[dt.date, dt.date, str | None],
    vast: Vast,
    plaatser: Plaatser,
    uit: Uitkomst,
) -> Sessiedatum:
    """Eén sessie: gegeven (vast, op haar echte dagen in `vast`), blijft, of krijgt een
    nieuwe datum met de reden."""
    vanaf, grens, wacht = grenzen
    if r is not None and r.status == "gegeven":
        uit.gegeven += 1
        dagen = vast[0][(v.id, s.nummer)]
        return _anders(s, datum=dagen[0], dagen=dagen, status="gegeven")
    sessie = Sessie(s.deelnemers, s.dagdelen, v.teamcode, meerdaags=v.meerdaags)
    if r is not None and r.status == "verplaatst":
        regel = "R4.1"
        afspraak = vast[1].get((v.id, s.nummer))
        dagen, reden = plaatser.naar_afspraak(sessie, len(s.dagen), r.datum, grenzen, afspraak)
    else:
        if r is not None:
            regel, reden = "R4.1", f"{r.status} op {nl_datum(r.datum)}"
        elif s.datum < vanaf:
            regel, reden = "R4.1", f"niet gegeven vóór {nl_datum(vanaf)}"
        elif s.datum < grens and wacht is not None:
            regel, reden = _volgorderegel(v), f"wacht op {wacht}"
        elif plaatser.past(sessie, s.dagen):
            plaatser.bezetting.neem(s.dagen, sessie.deelnemers, sessie.teamcode)
            return s
        else:
            regel, reden = "R4.1", "de oude datum is vol door wat eerder opnieuw gepland is"
        dagen = plaatser.plaats(sessie, grens)
        plaatser.bezetting.neem(dagen, sessie.deelnemers, sessie.teamcode)
    verschuiving = {
        "onderdeel": v.id,
        "nummer": s.nummer,
        "oud": s.datum,
        "nieuw": dagen[0],
        "regel": regel,
        "reden": reden,
    }
    uit.verschoven.append(zonder_validatie(Verschuiving, verschuiving))
    return _anders(s, datum=dagen[0], dagen=dagen)


def _afspraken(
    verplaatst: list[tuple[Herplanbaar, Sessiedatum, dt.date]],
    vensters: dict[str, Venster],
    plaatser: Plaatser,
) -> dict[tuple[str, int], list[dt.date]]:
    """De verplaatste sessies (met hun afgesproken dag, niet vóór `vanaf`, in de volgorde van
    de planning) die op die dag kunnen, met hun dagen, al geteld in de bezetting: een afspraak
    gaat vóór een voorstel. Wat vóór het oude einde ligt van waar het onderdeel op wacht, kan
    niet (herplannen haalt niets naar voren); of het na het nieuwe einde ligt, toetst
    `Plaatser.naar_afspraak`."""
    afspraken = {}
    for v, s, afgesproken in verplaatst:
        na, _ = _grens(v, vensters)
        if na is not None and afgesproken < na:
            continue
        sessie = Sessie(s.deelnemers, s.dagdelen, v.teamcode, meerdaags=v.meerdaags)
        dagen = echte_dagen(len(s.dagen), afgesproken, plaatser.omgeving.regels)
        if plaatser.bezwaar(sessie, dagen) is None:
            plaatser.bezetting.neem(dagen, sessie.deelnemers, sessie.teamcode)
            afspraken[(v.id, s.nummer)] = dagen
    return afspraken


def _anders(s: Sessiedatum, **anders: object) -> Sessiedatum:
    """De sessie met andere dagen of status: `model_copy` zonder diens kopieerwerk (duizenden
    sessies bij het herplannen van 600 teams); de velden blijven in hun volgorde."""
    return zonder_validatie(Sessiedatum, {**s.__dict__, **anders})


def _volgorderegel(v: Herplanbaar) -> str:
    """De regelcode van de volgorde-eis in `waarom` ('R3.2: begint pas na …'), anders R4.1."""
    for reden in v.waarom:
        code, _, rest = reden.partition(": ")
        if rest.startswith("begint pas na"):
            return code
    return "R4.1"


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
