"""Herplannen (issue 15, punt 3): het programma opnieuw, met wat de uitvoering vastlegde.

De cli leest de uitvoeringsdatabase en geeft de engine een `Uitvoering`: de vastgelegde
sessies (onderdeel-id, sessienummer, datum, status) en de datum vanaf wanneer opnieuw gepland
wordt. De engine kent de database niet.

Eerst plant de engine zoals altijd (maanden, dan dagen); daarna:

- een **gegeven** sessie staat vast op haar echte datum en telt mee in de bezetting van die
  dag, week en maand; werkoverleg, gesprekken en e-learning waarvan alles gegeven is, houden
  hun termijn;
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

Een termijn die verschoof, neemt zijn kosten mee: de sessies per kalenderjaar
(`Uitkomst.jaren`) tellen het gegeven deel in het jaar van zijn datum en de rest in de nieuwe
termijn.

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
from operator import itemgetter
from typing import Literal, NamedTuple

from trainingsplanner.engine.dagregels import Bezetting, Sessie
from trainingsplanner.engine.herplaatsen import Omgeving as Omgeving
from trainingsplanner.engine.herplaatsen import Plaatser, echte_dagen
from trainingsplanner.engine.herplanvensters import Herplanbaar as Herplanbaar
from trainingsplanner.engine.herplanvensters import Venster as Venster
from trainingsplanner.engine.herplanvensters import (
    gegeven_per_jaar,
    grens,
    jaren_in_termijn,
    termijn,
    venster,
    volgorderegel,
)
from trainingsplanner.opmaak import datum as nl_datum
from trainingsplanner.programma import (
    Sessiedatum,
    Termijnverschuiving,
    Verschuiving,
    zonder_validatie,
)
from trainingsplanner.suggestie import hernoemde

Uitvoeringsstatus = Literal["gegeven", "geannuleerd", "verplaatst"]


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


@dataclass
class Uitkomst:
    sessiedata: dict[str, list[Sessiedatum]]
    vensters: dict[str, Venster]
    """Begin en eind van elk onderdeel na het herplannen."""
    verschoven: list[Verschuiving] = field(default_factory=list)
    termijnen: list[Termijnverschuiving] = field(default_factory=list)
    """Onderdelen zonder sessies met een eigen datum waarvan de termijn verschoof."""
    jaren: dict[str, dict[int, int]] = field(default_factory=dict)
    """Per onderdeel zonder sessies met een eigen datum waarvan de termijn verschoof: de
    sessies per kalenderjaar (het gegeven deel in het jaar van zijn datum, de rest in de nieuwe
    termijn), waarmee de kosten per jaar tellen."""
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
    gepland: dict[str, dict[int, int]] | None = None,
) -> Uitkomst:
    """Het programma opnieuw gepland met de uitvoering; `voorstellen` in de volgorde van de
    planning (wat wacht, komt na waarop het wacht), `vensters` en `sessiedata` zonder uitvoering;
    `gepland`: de sessies per kalenderjaar van de planning (voor onderdelen zonder sessies met
    een datum: wat in een ander jaar gegeven is dan gepland, telt in het jaar van zijn datum)."""
    gepland = gepland or {}
    vastgelegd = dict(zip(map(_sleutel, uitvoering.sessies), uitvoering.sessies, strict=True))
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
    maanden: dict[Venster, dict[int, int]] = {}  # open maanden per jaar, per termijn
    for v in voorstellen:
        oud = sessiedata.get(v.id, [])
        if not oud:  # werkoverleg, gesprekken, e-learning: alleen een termijn
            per_jaar = zonder_datum.get(v.id, {})
            _alleen_termijn(
                v, vensters[v.id], vanaf, (per_jaar, gepland.get(v.id)), omgeving, uit, maanden
            )
            continue
        na, wacht = grens(v, uit.vensters)
        grenzen = (vanaf, vanaf if na is None else max(vanaf, na), wacht)
        nieuw = [
            _sessie(
                v, s, vastgelegd.get((v.id, s.nummer)), grenzen, (gegeven, afspraken), plaatser, uit
            )
            for s in oud
        ]
        uit.sessiedata[v.id] = nieuw
        uit.vensters[v.id] = venster(vensters[v.id], oud, nieuw, na, omgeving)
    return uit


def _alleen_termijn(
    v: Herplanbaar,
    oud: Venster,
    vanaf: dt.date,
    jaren: tuple[dict[int, int], dict[int, int] | None],
    omgeving: Omgeving,
    uit: Uitkomst,
    termijnmaanden: dict[Venster, dict[int, int]],
) -> None:
    """Een onderdeel zonder sessies met een datum: zijn termijn (`termijn`) en, als die
    verschoof of als er in een ander jaar gegeven is dan gepland, zijn sessies per jaar.
    `jaren`: de gegeven sessies per jaar van hun datum, en de sessies per jaar van de planning."""
    per_jaar, gepland = jaren
    gegeven_hier = sum(per_jaar.values())
    uit.gegeven += gegeven_hier
    uit.sessiedata[v.id] = []
    nieuw = termijn(v, oud, vanaf, gegeven_hier, omgeving, uit.vensters, uit.termijnen)
    uit.vensters[v.id] = nieuw
    if nieuw != oud:
        uit.jaren[v.id] = jaren_in_termijn(v.sessies, per_jaar, nieuw, omgeving, termijnmaanden)
    elif per_jaar and not _gegeven_zoals_gepland(per_jaar, v.sessies, gepland):
        # gegeven in een ander jaar dan gepland (te laat): die sessies tellen in het jaar van
        # hun datum, de rest vanaf `vanaf` in de termijn
        nog = (max(vanaf, nieuw[0]), nieuw[1])
        uit.jaren[v.id] = jaren_in_termijn(v.sessies, per_jaar, nog, omgeving, termijnmaanden)


def _gegeven_zoals_gepland(
    gegeven: dict[int, int], sessies: int, gepland: dict[int, int] | None
) -> bool:
    """Past wat gegeven is (per jaar van de datum, samen nooit meer dan `sessies`) in de jaren
    van de planning? Dan blijven de jaren van de planning staan."""
    if gepland is None:
        return True  # geen planning per jaar bekend: niets om tegen te houden
    return all(n <= gepland.get(j, 0) for j, n in gegeven_per_jaar(sessies, gegeven).items())


_sleutel = itemgetter(0, 1)
"""(onderdeel, nummer) van een vastgelegde sessie."""


def _gegeven_per_onderdeel(sessies: Sequence[Vastgelegd]) -> dict[str, dict[int, int]]:
    """Per onderdeel het aantal gegeven sessies per kalenderjaar van hun datum."""
    gegeven: dict[str, dict[int, int]] = {}
    for onderdeel, _, datum, status in sessies:
        if status == "gegeven":
            jaren = gegeven.setdefault(onderdeel, {})
            jaren[datum.year] = jaren.get(datum.year, 0) + 1
    return gegeven


def _los(
    vastgelegd: dict[tuple[str, int], Vastgelegd],
    voorstellen: Sequence[Herplanbaar],
    sessiedata: dict[str, list[Sessiedatum]],
    uit: Uitkomst,
) -> None:
    """Vastgelegde sessies die niet bij het programma passen: terug voor een waarschuwing."""
    bekend = {v.id for v in voorstellen}
    aantal = {code: len(sessies) for code, sessies in sessiedata.items() if sessies}
    los = [
        (code, nummer)
        for code, nummer in vastgelegd
        if code not in bekend or nummer > aantal.get(code, nummer)
    ]
    for code, nummer in sorted(los):  # alleen wat niet past, op volgorde
        if code not in bekend:
            uit.onbekend.setdefault(code, []).append(nummer)
        else:  # een nummer dat het onderdeel niet (meer) heeft
            uit.buiten.setdefault(code, []).append(nummer)
    programma = {v.id: (v.teamcode, v.sessies) for v in voorstellen}
    hoogste = {code: max(nummers) for code, nummers in uit.onbekend.items()}
    uit.lijkt_op = hernoemde(hoogste, programma, {code for code, _ in vastgelegd})


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
            regel, reden = volgorderegel(v), f"wacht op {wacht}"
        elif plaatser.past(sessie, s.dagen):
            plaatser.bezetting.neem(s.dagen, sessie.deelnemers, sessie.teamcode)
            return s
        else:  # vanaf de oude datum: herplannen haalt niets naar voren
            regel, reden = "R4.1", "de oude datum is vol door wat eerder opnieuw gepland is"
            grens = max(grens, s.datum)
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
        na, _ = grens(v, vensters)
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
