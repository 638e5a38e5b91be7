"""Het programma zoals de uitvoering het nodig heeft: klein, snel te bewaren en te lezen.

`plan uitvoering status` en `report` lezen bij elke run het profiel en stellen het programma
samen; voor 600 teams kost dat de engine meer dan een seconde. Wat de uitvoering ervan
gebruikt, staat hier als kleine dataclasses (`Deel` per onderdeel, met de voorgestelde datum
van elke sessie al uitgerekend), die bron.py bewaart in de gebruikerscache, onder een sleutel
van het profiel, de catalogus en de code. Alles wordt afgeleid uit de velden van het
contract, nooit uit de tekst van een id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from trainingsplanner.programma import KostenOverzicht, Onderdeel, Programma
    from trainingsplanner.uitvoering.gegevens import Herplanning

Ritmesoort = Literal["werkoverleg", "hr-gesprek"]
BEREIK_REGEL = "R7.4"
"""De vaardigheidstraining per functiegroep (R7.4): wie die heeft gehad, is 'bereikt'."""
_VORMEN_MET_OEFENEN = frozenset({"training", "blended", "train-de-trainer"})
"""Leervormen waarin vaardigheden worden geoefend (R8.1: e-learning niet)."""


@dataclass(frozen=True)
class Bandbreedte:
    """Een bedrag als bandbreedte (D6): `min` en `max`, zoals `programma.Bereik`."""

    min: float
    max: float


@dataclass(frozen=True)
class Deel:
    """Eén onderdeel van het programma, met wat de uitvoering ervan gebruikt."""

    id: str
    stap: int
    titel: str
    doelgroep: str
    team: str | None
    sessies: int
    start: dt.date
    eind: dt.date
    jaar: int | None
    datums: tuple[dt.date, ...]
    """De voorgestelde datum van sessie 1 … `sessies` (zie `geplande_datums`)."""
    bereik: bool
    """Telt voor het bereik van het team (zie `telt_voor_bereik`)."""
    ritme: Ritmesoort | None


@dataclass(frozen=True)
class Prijsregel:
    """Eén onderdeel in één kalenderjaar uit `kosten.per_jaar`: sessies en euro (min, max)."""

    jaar: int
    id: str
    sessies: int
    euro: tuple[float, float] | None


@dataclass(frozen=True)
class Kosten:
    regels: tuple[Prijsregel, ...]
    budget: float | None


@dataclass(frozen=True)
class Meetregel:
    """Eén meetpunt van een indicator van het programma (R4.1, `Programma.indicatoren`)."""

    naam: str
    stap: int
    maat: str
    """aandeel, aantal, cijfer of meldingen (`typen.Maat`)."""
    team: str | None
    onderdelen: tuple[str, ...]
    basis: int | None
    streef: float | None


@dataclass(frozen=True)
class Plan:
    """Het plan; bewaard (pickle) als tuples: dat leest drie keer zo snel als 10.000 dataclasses."""

    gemeente: str
    start: dt.date
    eind: dt.date
    delen: tuple[Deel, ...]
    teams: Mapping[str, int]
    """Teamnaam → medewerkers, in de volgorde van het profiel."""
    kosten: Kosten
    indicatoren: tuple[Meetregel, ...] = ()
    """De meetpunten van de indicatoren, voor het jaarverslag; leeg zonder indicatoren."""

    def __reduce__(self) -> tuple[object, ...]:
        rijen = tuple(tuple(getattr(d, v) for v in _DEELVELDEN) for d in self.delen)
        regels = tuple((r.jaar, r.id, r.sessies, r.euro) for r in self.kosten.regels)
        rest = {v: getattr(self, v) for v in self.__dataclass_fields__ if v not in _ALS_TUPLES}
        return (_plan, (rijen, regels, self.kosten.budget, rest))


_DEELVELDEN = tuple(Deel.__dataclass_fields__)
_ALS_TUPLES = ("delen", "kosten")


def _plan(
    rijen: tuple[tuple[Any, ...], ...],
    regels: tuple[tuple[Any, ...], ...],
    budget: float | None,
    rest: dict[str, Any],
) -> Plan:
    """Het plan terug uit `Plan.__reduce__`; een nieuw veld van Plan gaat vanzelf mee in `rest`."""
    kosten = Kosten(tuple(Prijsregel(*r) for r in regels), budget)
    return Plan(**rest, delen=tuple(Deel(*r) for r in rijen), kosten=kosten)


def met_herplanning(plan: Plan, herplanning: Herplanning | None) -> Plan:
    """Het plan met de datums van de laatste herplanning (zie `herplande_delen`)."""
    if herplanning is None:
        return plan
    return replace(plan, delen=herplande_delen(plan.delen, herplanning))


def herplande_delen(delen: tuple[Deel, ...], herplanning: Herplanning) -> tuple[Deel, ...]:
    """De delen met de datums van de laatste herplanning (`plan generate --uitvoering`,
    `Opslagtransactie.herplanning`): een sessie die daarbij verschoof, telt op haar nieuwe
    datum, en een onderdeel zonder sessies met een eigen datum op zijn nieuwe einddatum, zodat
    wat herpland is niet achterstallig blijft. Wat het plan niet (meer) heeft, telt niet."""
    per_onderdeel: dict[str, dict[int, dt.date]] = {}
    for (onderdeel, nummer), datum in herplanning.datums.items():
        per_onderdeel.setdefault(onderdeel, {})[nummer] = datum
    termijnen = herplanning.termijnen
    uit = []
    for d in delen:
        nieuw = per_onderdeel.get(d.id)
        if nieuw is not None:
            d = replace(d, datums=tuple(nieuw.get(n, oud) for n, oud in enumerate(d.datums, 1)))
        eind = termijnen.get(d.id)
        if eind is not None and eind != d.eind and all(x == d.eind for x in d.datums):
            d = replace(d, eind=eind, datums=(eind,) * len(d.datums))
        uit.append(d)
    return tuple(uit)


def geplande_datums(o: Onderdeel) -> tuple[dt.date, ...]:
    """De voorgestelde datum van elke sessie (1 … `sessies`), zoals `sessiedata` hem geeft.

    Een sessie zonder voorgestelde datum (werkoverleg, HR-gesprek, e-learning: geen trainer)
    hoort af te zijn op de einddatum van het onderdeel.
    """
    voorgesteld = {s.nummer: s.datum for s in o.sessiedata}
    return tuple(voorgesteld.get(n, o.eind) for n in range(1, o.sessies + 1))


def telt_voor_bereik(o: Onderdeel) -> bool:
    """De vaardigheidstraining van een team (stap 3, R7.4): wie erbij was, is bereikt.

    Een onderdeel van stap 3 voor één team van een functiegroep, in een leervorm waarin wordt
    geoefend, dat de vaardighedenlijst van de functiegroep toepast (R7.4 in `waarom`). Niet de
    e-learning (kennis), niet de basiscompetenties (R5.3) en niet de teamtraining (R7.6).
    """
    return (
        o.stap == 3
        and o.team is not None
        and o.functiegroep is not None
        and o.leervorm in _VORMEN_MET_OEFENEN
        and any(w.startswith(f"{BEREIK_REGEL}:") for w in o.waarom)
    )


def ritmesoort(o: Onderdeel) -> Ritmesoort | None:
    """Werkoverleg (R2.3, twee keer per jaar) of HR-gesprek (R3.4, jaarlijks) van een team."""
    if o.stap != 4 or o.team is None:
        return None
    if o.leervorm == "werkoverleg":
        return "werkoverleg"
    if o.leervorm == "gesprek":
        return "hr-gesprek"
    return None


def deel(o: Onderdeel | Deel) -> Deel:
    if isinstance(o, Deel):
        return o
    return Deel(
        o.id, o.stap, o.titel, o.doelgroep, o.team, o.sessies, o.start, o.eind, o.jaar,
        geplande_datums(o), telt_voor_bereik(o), ritmesoort(o),
    )  # fmt: skip


def delen(onderdelen: Iterable[Onderdeel | Deel]) -> tuple[Deel, ...]:
    return tuple(deel(o) for o in onderdelen)


def kosten(k: KostenOverzicht | Kosten | None) -> Kosten | None:
    if k is None or isinstance(k, Kosten):
        return k
    regels = tuple(
        Prijsregel(j.jaar, r.id, r.sessies, None if r.euro is None else (r.euro.min, r.euro.max))
        for j in k.per_jaar
        for r in j.onderdelen
    )
    return Kosten(regels, k.budget)


def uit_programma(programma: Programma, teams: Mapping[str, int]) -> Plan:
    uit = kosten(programma.kosten)
    assert uit is not None
    return Plan(
        programma.gemeente,
        programma.periode.start,
        programma.periode.eind,
        delen(programma.onderdelen),
        dict(teams),
        uit,
        meetregels(programma),
    )


def meetregels(programma: Programma) -> tuple[Meetregel, ...]:
    ind = programma.indicatoren
    if ind is None:
        return ()
    return tuple(
        Meetregel(i.naam, i.stap, i.maat, m.team, tuple(m.onderdelen), m.basis, m.streef)
        for i in ind.lijst
        for m in i.meetpunten
    )
