"""Datums: elk voorstel krijgt een begin- en eindmaand, met volgorde-eisen, maandcapaciteit en
de maanden zonder sessies.

Lijstplanning: een onderdeel is klaar om te plannen als alles waar het op wacht gepland is;
het vroegste klare onderdeel (dan stap, dan voorrang, dan volgorde van ontstaan) gaat eerst.
Trainingen en bijeenkomsten vullen de maanden tot `capaciteit.sessies_per_maand`; werkoverleg,
gesprekken en e-learning niet. Een onderdeel begint pas in de maand nadat alles waar het op
wacht is afgelopen. Deterministisch: dezelfde invoer geeft dezelfde planning.

De maanden zelf (welke open zijn, hoeveel ruimte ze nog hebben) staan in `kalender.py`;
de namen ervan zijn ook hier te importeren.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, TypeVar

from trainingsplanner.engine.kalender import MAANDNAMEN as MAANDNAMEN
from trainingsplanner.engine.kalender import Capaciteit as Capaciteit
from trainingsplanner.engine.kalender import Kalender as Kalender
from trainingsplanner.engine.kalender import VrijeMaanden
from trainingsplanner.engine.kalender import maand_begin as maand_begin
from trainingsplanner.engine.kalender import maand_eind as maand_eind
from trainingsplanner.engine.kalender import periode_eind as periode_eind


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


class Gepland(NamedTuple):
    eerste_maand: int
    laatste_maand: int
    sessies_per_maand: tuple[tuple[int, int], ...] = ()
    """(maand, sessies) voor elke maand waarin sessies van dit onderdeel vallen."""


class _Eigen(NamedTuple):
    """Wat de planning van één voorstel leest, één keer gelezen: de eigenschappen van een
    voorstel (`sessies`, `telt_capaciteit`, …) rekenen bij elke aanroep."""

    stap: int
    voorrang: int
    vast: tuple[int, int] | None
    sessies: int
    capaciteit: bool
    """Vraagt ruimte in de maand: telt voor de capaciteit en heeft sessies."""
    doorlooptijd: int
    weken: int


def _eigen(v: Plannbaar) -> _Eigen:
    sessies = v.sessies
    capaciteit = v.vaste_maanden is None and sessies > 0 and v.telt_capaciteit
    return _Eigen(
        v.stap,
        v.voorrang,
        v.vaste_maanden,
        sessies,
        capaciteit,
        v.doorlooptijd,
        v.weken_per_sessie if capaciteit else 1,
    )


_Vaste = dict[tuple[tuple[int, int], int, int], Gepland]
"""De planning van een vast moment per (venster, sessies, start): hangt van niets anders af."""


@dataclass
class Ronde:
    """Een planning en hoe ze tot stand kwam (`plan`): de voorstellen in de volgorde waarin ze
    geplaatst werden, met hun vroegste maand en hoeveel `neem`-aanroepen er toen gedaan waren."""

    planning: dict[str, Gepland]
    geplaatst: list[Plannbaar] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    genomen_tot: list[int] = field(default_factory=list)
    genomen: list[tuple[int, int, int]] = field(default_factory=list)


def plan(
    voorstellen: Sequence[Plannbaar],
    capaciteit: Capaciteit,
    kalender: Kalender,
    vorige: Ronde | None = None,
    eigen: dict[str, _Eigen] | None = None,
) -> Ronde:
    """Geef elk voorstel een eerste en laatste maand (0 = de maand van de startdatum).

    Met `vorige` (een ronde met dezelfde capaciteit en kalender en een deel van dezelfde
    voorstellen, `plan_met_jaarcycli`): zolang deze ronde dezelfde voorstellen in dezelfde
    volgorde met dezelfde vroegste maand plaatst, is de stand van de maanden gelijk en dus ook
    de uitkomst; die wordt overgenomen in plaats van opnieuw uitgerekend. Bij het eerste
    verschil neemt de ronde de ruimte die de vorige tot dan nam (dezelfde `neem`-aanroepen) en
    rekent ze de rest zelf.
    """
    eigen = eigen if eigen is not None else {v.id: _eigen(v) for v in voorstellen}
    per_index = [eigen[v.id] for v in voorstellen]
    vroegst = [v.vroegst for v in voorstellen]
    wacht_op, volgers = _wachten(voorstellen)
    rang, breedte = _rangen(per_index)
    n = len(voorstellen)
    klaar = [vroegst[i] * breedte + rang[i] for i in range(n) if not wacht_op[i]]
    heapq.heapify(klaar)
    vrij = VrijeMaanden(capaciteit, kalender)
    vaste: _Vaste = {}
    uit = Ronde({}, genomen=vrij.genomen)
    oud = vorige if vorige is not None else Ronde({})
    gelijk = len(oud.geplaatst)
    geplaatst, starts, planning = uit.geplaatst, uit.starts, uit.planning
    pop, push = heapq.heappop, heapq.heappush
    while klaar:
        sleutel = pop(klaar)
        start, i = sleutel // breedte, sleutel % n
        v = voorstellen[i]
        k = len(geplaatst)
        if k < gelijk and oud.geplaatst[k] is v and oud.starts[k] == start:
            gepland = oud.planning[v.id]
            uit.genomen_tot.append(oud.genomen_tot[k])
        else:
            if gelijk:  # het eerste verschil: eerst de ruimte die de vorige ronde tot hier nam
                vrij.herhaal(oud.genomen[: oud.genomen_tot[k - 1] if k else 0])
                gelijk = 0
            gepland = _plaats(per_index[i], start, vrij, vaste)
            uit.genomen_tot.append(len(vrij.genomen))
        planning[v.id] = gepland
        geplaatst.append(v)
        starts.append(start)
        for j in volgers[i]:
            if vroegst[j] <= gepland.laatste_maand:
                vroegst[j] = gepland.laatste_maand + 1
            wacht_op[j] -= 1
            if not wacht_op[j]:
                push(klaar, vroegst[j] * breedte + rang[j])
    if len(planning) != n:  # pragma: no cover - catalogus: volgorde-zonder-kring
        raise RuntimeError("de volgorde-eisen vormen een kring")
    if gelijk and n:  # alles als de vorige ronde: ook de ruimte die ze nam
        vrij.herhaal(oud.genomen[: oud.genomen_tot[n - 1]])
    return uit


def _wachten(voorstellen: Sequence[Plannbaar]) -> tuple[list[int], list[list[int]]]:
    """Op hoeveel voorstellen elk voorstel wacht, en welke voorstellen op elk wachten."""
    index = {v.id: i for i, v in enumerate(voorstellen)}
    wacht_op = [0] * len(voorstellen)
    volgers: list[list[int]] = [[] for _ in voorstellen]
    for i, v in enumerate(voorstellen):
        for dep in v.na:
            j = index.get(dep)
            if j is not None:
                wacht_op[i] += 1
                volgers[j].append(i)
    return wacht_op, volgers


def _rangen(eigen: list[_Eigen]) -> tuple[list[int], int]:
    """Wie bij gelijke vroegste maand eerst gaat (stap, dan voorrang, dan volgorde van
    ontstaan) als één getal per voorstel, en hoeveel rangen er zijn: de wachtrij ordent op
    `vroegst * breedte + rang`, een getal in plaats van een tupel."""
    n = len(eigen)
    soorten = sorted({(e.stap, e.voorrang) for e in eigen})
    plek = {soort: k for k, soort in enumerate(soorten)}
    rang = [plek[e.stap, e.voorrang] * n + i for i, e in enumerate(eigen)]
    return rang, max(1, len(soorten) * n)


def plan_met_jaarcycli(
    voorstellen: list[P], capaciteit: Capaciteit, kalender: Kalender
) -> tuple[list[P], dict[str, Gepland], list[P]]:
    """Plan, en laat een jaarcyclus vervallen die niet in zijn eigen jaar kan beginnen.

    Een jaarcyclus (onderdelen met een `interval`: de leerdoelwijzer opnieuw, de opfrisser)
    hoort bij een jaar van de looptijd. Valt hij later, omdat de eerste training van het team
    laat is of de capaciteit op is, dan neemt de cyclus van het jaar erna hem over: de
    onderdelen van dat team en jaar vervallen en de rest wordt opnieuw gepland (wat vóór het
    eerste verschil ligt, neemt de nieuwe ronde over: `plan`). Geeft de overgebleven
    voorstellen, hun planning en de vervallen voorstellen.
    """
    vervallen: list[P] = []
    eigen = {v.id: _eigen(v) for v in voorstellen}
    cycli = [v for v in voorstellen if v.interval is not None and v.jaar is not None]
    ronde: Ronde | None = None
    while True:
        ronde = plan(voorstellen, capaciteit, kalender, ronde, eigen)
        planning = ronde.planning
        weg = {
            (v.teamcode, v.jaar)
            for v in cycli
            if v.jaar is not None
            and not (v.jaar - 1) * 12 <= planning[v.id].eerste_maand < v.jaar * 12
        }
        if not weg:
            return voorstellen, planning, vervallen
        eruit = [v for v in cycli if (v.teamcode, v.jaar) in weg]
        vervallen += eruit
        codes = {v.id for v in eruit}
        cycli = [v for v in cycli if v.id not in codes]
        voorstellen = [v for v in voorstellen if v.id not in codes]
        for v in voorstellen:
            if v.na and not codes.isdisjoint(v.na):
                v.na[:] = [n for n in v.na if n not in codes]


def _plaats(e: _Eigen, start: int, vrij: VrijeMaanden, vaste: _Vaste) -> Gepland:
    kalender = vrij.kalender
    if e.vast is not None:  # hangt alleen af van venster, sessies en start: één keer per soort
        sleutel = (e.vast, e.sessies, start)
        gepland = vaste.get(sleutel)
        if gepland is None:
            gepland = vaste[sleutel] = _vast(e, start, kalender)
        return gepland
    if not e.capaciteit:
        eerste = kalender.volgende_open(start)
        laatste = kalender.na_open_maanden(eerste, e.doorlooptijd)
        return Gepland(eerste, laatste, ((eerste, e.sessies),) if e.sessies else ())
    resterend = e.sessies
    maand = vrij.vind(start)
    eerste = maand
    laatste = maand
    verdeling: list[tuple[int, int]] = []
    while resterend > 0:
        maand = vrij.vind(maand)
        genomen = vrij.neem(maand, resterend, e.weken)
        if genomen:
            laatste = maand
            resterend -= genomen
            verdeling.append((maand, genomen))
        if resterend > 0 and maand not in vrij.volgende:
            maand += 1  # nog weekruimte, maar te weinig voor een sessie van zoveel weken
    laatste = max(laatste, kalender.na_open_maanden(eerste, e.doorlooptijd))
    return Gepland(eerste, laatste, tuple(verdeling))


def _vast(e: _Eigen, start: int, kalender: Kalender) -> Gepland:
    """Een vast moment (één maand) of een venster (gesprekken in de loop van het jaar).

    Een vast moment dat door een volgorde-eis later moet, schuift op naar de eerstvolgende
    open maand; een venster begint dan later maar eindigt op dezelfde maand.
    """
    assert e.vast is not None
    eerste, laatste = e.vast
    if eerste == laatste:
        maand = kalender.volgende_open(max(eerste, start))
        return Gepland(maand, maand, ((maand, e.sessies),) if e.sessies else ())
    begin = max(eerste, start)
    eind = max(laatste, begin)
    return Gepland(begin, eind, ((begin, e.sessies),) if e.sessies else ())
