"""Rekenregels van de uitvoering over het plan: wanneer een sessie af hoort te zijn, en wat
een sessie kost volgens de schatting van het programma.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.plan import Bandbreedte, Kosten


def afspraak(gepland: dt.date, sessie: Sessie | None, herpland: bool = False) -> dt.date:
    """Wanneer een sessie gegeven hoort te zijn: haar voorgestelde datum, of bij een verplaatste
    sessie de datum waarnaar ze verplaatst is (eerder of later). Heeft een herplanning haar
    daarna een datum gegeven (`herpland`: de afgesproken dag, of de eerste plek erna als die
    vol was), dan die."""
    if sessie is not None and sessie.status == "verplaatst" and not herpland:
        return sessie.datum
    return gepland


def sessiekosten(kosten: Kosten) -> dict[str, Bandbreedte]:
    """Wat één sessie van een onderdeel kost (euro, min–max), uit `kosten.per_jaar`.

    Alleen onderdelen waarvan de prijs bekend is; een onderdeel met sessies in twee jaren
    telt zijn bedragen en sessies van beide jaren samen.
    """
    som: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    onbekend: set[str] = set()
    for regel in kosten.regels:
        if regel.euro is None:
            onbekend.add(regel.id)
            continue
        totaal = som[regel.id]
        totaal[0] += regel.euro[0]
        totaal[1] += regel.euro[1]
        totaal[2] += regel.sessies
    return {
        code: Bandbreedte(min=laag / n, max=hoog / n)
        for code, (laag, hoog, n) in som.items()
        if n and code not in onbekend
    }


def begroot_per_jaar(kosten: Kosten, ids: Iterable[str] | None = None) -> dict[int, Bandbreedte]:
    """De geschatte kosten per kalenderjaar (alle soorten met een prijs), eventueel van `ids`."""
    gekozen = None if ids is None else set(ids)
    som: dict[int, list[float]] = {}
    for r in kosten.regels:
        if r.euro is None or (gekozen is not None and r.id not in gekozen):
            continue
        jaar = som.setdefault(r.jaar, [0.0, 0.0])
        jaar[0] += r.euro[0]
        jaar[1] += r.euro[1]
    return {jaar: Bandbreedte(min=laag, max=hoog) for jaar, (laag, hoog) in sorted(som.items())}
