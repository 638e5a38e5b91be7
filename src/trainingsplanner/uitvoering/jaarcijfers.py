"""De cijfers van het jaarverslag (`plan uitvoering report --jaar J`): puur rekenwerk.

Een kalenderjaar, omdat de begroting van een gemeente per kalenderjaar gaat. Een sessie is
`gepland in J` als haar voorgestelde datum (of de einddatum van het onderdeel) in J valt;
`gegeven in J` als ze gegeven is met een datum in J. De peildatum is 31 december van J, of
vandaag als het jaar nog loopt: wat daarna ligt, is nog niet achterstallig. Een sessie die pas
na de peildatum gegeven of geannuleerd is (in januari ingehaald), telt voor J zoals ze er op de
peildatum voor stond: niet gegeven. Zo blijft het verslag van een afgesloten jaar hetzelfde als
er later wordt ingehaald; alleen een eerdere stand van die sessie (geannuleerd in J) kent de
database dan niet meer (hij bewaart per sessie de laatste stand).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from trainingsplanner.uitvoering import bereik as bereikmaat
from trainingsplanner.uitvoering.gegevens import Incidentaantal, Sessie
from trainingsplanner.uitvoering.plan import Deel, Plan
from trainingsplanner.uitvoering.soorten import afspraak

KWARTALEN = (1, 2, 3, 4)


@dataclass(frozen=True)
class Invoer:
    plan: Plan
    sessies: Mapping[str, list[Sessie]]
    """Per onderdeel van het programma de vastgelegde sessies (binnen zijn aantal)."""
    incidenten: list[Incidentaantal]
    jaar: int
    vandaag: dt.date
    volgend: Plan | None = None
    """Het plan voor 'Het volgende jaar': na een herplanning met de nieuwe datums (wat
    doorschoof, staat erbij); het jaar zelf telt tegen het plan zoals het gold."""
    begroting: Mapping[int, tuple[float, float]] | None = None
    """Na een herplanning de geschatte kosten per jaar van het herplande programma."""

    @property
    def peil(self) -> dt.date:
        return min(self.vandaag, dt.date(self.jaar, 12, 31))

    @property
    def teams(self) -> Mapping[str, int]:
        return self.plan.teams

    @property
    def delen(self) -> tuple[Deel, ...]:
        return self.plan.delen

    @cached_property
    def tellingen(self) -> dict[str, Jaartelling]:
        """Per onderdeel de telling van het jaar (één keer uitgerekend)."""
        return {
            o.id: telling(o, self.sessies.get(o.id, []), self.jaar, self.peil) for o in self.delen
        }

    @cached_property
    def evaluaties(self) -> dict[int | None, tuple[int, float]]:
        """Zie `evaluaties` (het verslag vraagt ze twee keer)."""
        return _evaluaties(self)

    @property
    def begonnen(self) -> bool:
        return self.vandaag >= dt.date(self.jaar, 1, 1)


def invoer(
    plan: Plan,
    sessies: Iterable[Sessie],
    incidenten: Iterable[Incidentaantal],
    jaar: int,
    vandaag: dt.date,
    volgend: Plan | None = None,
    begroting: Mapping[int, tuple[float, float]] | None = None,
) -> Invoer:
    """Alleen sessies van onderdelen in het programma, met een nummer dat bestaat."""
    aantal = {o.id: o.sessies for o in plan.delen}
    per: dict[str, list[Sessie]] = defaultdict(list)
    for s in sessies:
        if s.nummer <= aantal.get(s.onderdeel, 0):
            per[s.onderdeel].append(s)
    return Invoer(plan, dict(per), list(incidenten), jaar, vandaag, volgend, begroting)


@dataclass(frozen=True)
class Jaartelling:
    """Sessies met een voorgestelde datum in het jaar, en wat ervan terechtkwam."""

    gepland: int = 0
    gegeven: int = 0
    geannuleerd: int = 0
    verplaatst: int = 0
    achterstallig: int = 0
    """Niet gegeven en de datum (van een verplaatste sessie: de nieuwe) ligt voor de peildatum."""

    def __add__(self, ander: Jaartelling) -> Jaartelling:
        return _som([self, ander])

    def rij(self) -> tuple[int, int, int, int, int]:
        return (self.gepland, self.gegeven, self.geannuleerd, self.verplaatst, self.achterstallig)


def telling(o: Deel, sessies: list[Sessie], jaar: int, peil: dt.date) -> Jaartelling:
    vastgelegd = {s.nummer: s for s in sessies}
    gepland = gegeven = geannuleerd = verplaatst = achterstallig = 0
    for nummer, datum in enumerate(o.datums, start=1):
        if datum.year != jaar:
            continue
        gepland += 1
        sessie = vastgelegd.get(nummer)
        if sessie is not None and sessie.status != "verplaatst" and sessie.datum > peil:
            sessie = None  # pas na de peildatum gegeven of geannuleerd: toen nog niet
        status = None if sessie is None else sessie.status
        if status == "gegeven":
            gegeven += 1
            continue
        geannuleerd += status == "geannuleerd"
        verplaatst += status == "verplaatst"
        achterstallig += afspraak(datum, sessie) < peil
    return Jaartelling(gepland, gegeven, geannuleerd, verplaatst, achterstallig)


def _som(tellingen: Iterable[Jaartelling]) -> Jaartelling:
    rijen = [t.rij() for t in tellingen]
    return (
        Jaartelling(*(sum(kolom) for kolom in zip(*rijen, strict=True))) if rijen else Jaartelling()
    )


def per_stap(inv: Invoer) -> dict[int, Jaartelling]:
    groepen: dict[int, list[Jaartelling]] = defaultdict(list)
    for o in inv.delen:
        t = inv.tellingen[o.id]
        if t.gepland:
            groepen[o.stap].append(t)
    return {stap: _som(groepen[stap]) for stap in sorted(groepen)}


def per_team(inv: Invoer) -> dict[str, Jaartelling]:
    groepen: dict[str, list[Jaartelling]] = defaultdict(list)
    for o in inv.delen:
        if o.team is not None:
            groepen[o.team].append(inv.tellingen[o.id])
    return {team: _som(lijst) for team, lijst in groepen.items()}


def gegeven_in(inv: Invoer, jaar: int) -> list[tuple[Deel, Sessie]]:
    """Alle sessies die in `jaar` gegeven zijn, met hun onderdeel."""
    return [
        (o, s)
        for o in inv.delen
        for s in inv.sessies.get(o.id, [])
        if s.status == "gegeven" and s.datum.year == jaar
    ]


def elders_gepland(inv: Invoer) -> int:
    """Gegeven in het jaar, maar met een voorgestelde datum in een ander jaar (ingehaald of vroeg)."""
    uit = 0
    for o, s in gegeven_in(inv, inv.jaar):
        uit += o.datums[s.nummer - 1].year != inv.jaar
    return uit


def evaluaties(inv: Invoer) -> dict[int | None, tuple[int, float]]:
    return inv.evaluaties


def _evaluaties(inv: Invoer) -> dict[int | None, tuple[int, float]]:
    """Per stap, en onder `None` over alles: het aantal gegeven sessies met een cijfer en het
    gemiddelde, gewogen naar het aantal aanwezigen (1 als dat niet is vastgelegd)."""
    som: dict[int | None, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for o, s in gegeven_in(inv, inv.jaar):
        if s.evaluatie is None:
            continue
        gewicht = s.aanwezig if s.aanwezig else 1
        for sleutel in (o.stap, None):
            som[sleutel][0] += s.evaluatie * gewicht
            som[sleutel][1] += gewicht
            som[sleutel][2] += 1
    volgorde = sorted(som, key=lambda k: 9 if k is None else k)
    return {k: (int(som[k][2]), som[k][0] / som[k][1]) for k in volgorde}


def bereikt_op(inv: Invoer, datum: dt.date) -> dict[str, int]:
    return bereikmaat.bereikt(inv.delen, inv.sessies, datum)


def kwartaaleinde(jaar: int, kwartaal: int) -> dt.date:
    if kwartaal == 4:
        return dt.date(jaar, 12, 31)
    return dt.date(jaar, 3 * kwartaal + 1, 1) - dt.timedelta(days=1)


def meldingen(inv: Invoer) -> dict[str, dict[str, int]]:
    """Team → kwartaal ('2027-K2') → aantal GIR-meldingen."""
    uit: dict[str, dict[str, int]] = defaultdict(dict)
    for m in inv.incidenten:
        uit[m.team][m.kwartaal] = m.aantal
    return uit


def in_jaar(o: Deel, jaar: int) -> int:
    """Hoeveel sessies van `o` een voorgestelde datum in `jaar` hebben."""
    return sum(1 for d in o.datums if d.year == jaar)


def meldingen_in(inv: Invoer, jaar: int) -> int:
    """Alle GIR-meldingen van de teams van het profiel in `jaar`."""
    return sum(
        m.aantal
        for m in inv.incidenten
        if m.kwartaal.startswith(f"{jaar}-") and m.team in inv.teams
    )


def vorig_jaar(vorig: int | None, kwartalen: set[int], vorige: set[int], jaar: int) -> str:
    """'vorig jaar 16', of met welke kwartalen vorig jaar wel vastgelegd zijn als dat er
    minder zijn dan dit jaar (een totaal van twee kwartalen naast een heel jaar misleidt)."""
    if vorig is None or not vorige:
        return "vorig jaar niet vastgelegd"
    if vorige >= kwartalen:
        return f"vorig jaar {vorig}"
    welke = " en ".join(f"K{k}" for k in sorted(vorige))
    return f"vorig jaar {vorig}, maar van {jaar - 1} alleen {welke} vastgelegd"


def kwartalen_in(kwartalen: Iterable[str], jaar: int) -> set[int]:
    """De kwartalen (1–4) van `jaar` waarvoor iets is vastgelegd ('2027-K2' → 2)."""
    return {int(k[-1]) for k in kwartalen if k.startswith(f"{jaar}-K")}


def som_jaar(per_kwartaal: dict[str, int], jaar: int) -> int | None:
    """De meldingen van één team in `jaar`; None als er voor dat jaar niets is vastgelegd."""
    waarden = [a for k, a in per_kwartaal.items() if k.startswith(f"{jaar}-")]
    return sum(waarden) if waarden else None


def trend(per_kwartaal: dict[str, int], jaar: int) -> str:
    """Meer, minder of gelijk over de kwartalen die in beide jaren zijn vastgelegd."""
    samen = [
        k
        for k in KWARTALEN
        if f"{jaar}-K{k}" in per_kwartaal and f"{jaar - 1}-K{k}" in per_kwartaal
    ]
    if not samen:
        return "–"
    nu = sum(per_kwartaal[f"{jaar}-K{k}"] for k in samen)
    vorig = sum(per_kwartaal[f"{jaar - 1}-K{k}"] for k in samen)
    return "gelijk" if nu == vorig else ("meer" if nu > vorig else "minder")
