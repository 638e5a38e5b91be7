"""Wat de uitvoering uit een onderdeel van het programma afleest: datums, bereik, ritme, kosten.

Alles komt uit de velden van het contract (stap, team, functiegroep, leervorm, `waarom`,
`sessiedata`, `kosten.per_jaar`), nooit uit de tekst van een id: een id mag veranderen
(een hernoemd team, een andere catalogus) zonder dat de stand iets anders gaat tellen.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Literal

from trainingsplanner.programma import Bereik, KostenOverzicht, Onderdeel
from trainingsplanner.uitvoering.gegevens import Sessie

Ritmesoort = Literal["werkoverleg", "hr-gesprek"]
BEREIK_REGEL = "R7.4"
"""De vaardigheidstraining per functiegroep (R7.4): wie die heeft gehad, is 'bereikt'."""
_VORMEN_MET_OEFENEN = frozenset({"training", "blended", "train-de-trainer"})
"""Leervormen waarin vaardigheden worden geoefend (R8.1: e-learning niet)."""


def geplande_datums(o: Onderdeel) -> list[dt.date]:
    """De voorgestelde datum van elke sessie (1 … `sessies`), zoals `sessiedata` hem geeft.

    Een sessie zonder voorgestelde datum (werkoverleg, HR-gesprek, e-learning: geen trainer)
    hoort af te zijn op de einddatum van het onderdeel.
    """
    voorgesteld = {s.nummer: s.datum for s in o.sessiedata}
    return [voorgesteld.get(n, o.eind) for n in range(1, o.sessies + 1)]


def afspraak(gepland: dt.date, sessie: Sessie | None) -> dt.date:
    """Wanneer een sessie gegeven hoort te zijn: haar voorgestelde datum, of bij een verplaatste
    sessie de vastgelegde nieuwe datum als die later is."""
    if sessie is not None and sessie.status == "verplaatst":
        return max(gepland, sessie.datum)
    return gepland


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


def sessiekosten(kosten: KostenOverzicht) -> dict[str, Bereik]:
    """Wat één sessie van een onderdeel kost (euro, min–max), uit `kosten.per_jaar`.

    Alleen onderdelen waarvan de prijs bekend is; een onderdeel met sessies in twee jaren
    telt zijn bedragen en sessies van beide jaren samen.
    """
    som: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    onbekend: set[str] = set()
    for jaar in kosten.per_jaar:
        for regel in jaar.onderdelen:
            if regel.euro is None:
                onbekend.add(regel.id)
                continue
            totaal = som[regel.id]
            totaal[0] += regel.euro.min
            totaal[1] += regel.euro.max
            totaal[2] += regel.sessies
    return {
        code: Bereik(min=laag / n, max=hoog / n)
        for code, (laag, hoog, n) in som.items()
        if n and code not in onbekend
    }


def begroot_per_jaar(
    kosten: KostenOverzicht, ids: Iterable[str] | None = None
) -> dict[int, Bereik]:
    """De geschatte kosten per kalenderjaar (alle soorten met een prijs), eventueel van `ids`."""
    gekozen = None if ids is None else set(ids)
    uit: dict[int, Bereik] = {}
    for jaar in kosten.per_jaar:
        regels = [
            r.euro
            for r in jaar.onderdelen
            if r.euro is not None and (gekozen is None or r.id in gekozen)
        ]
        if regels:
            uit[jaar.jaar] = Bereik(min=sum(b.min for b in regels), max=sum(b.max for b in regels))
    return uit
