"""Wat `plan generate --uitvoering` uit de uitvoering leest en erin terugzet.

- `lees`: de vastgelegde sessies, als de eenvoudige invoer die de engine kent
  (`engine.herplannen.Uitvoering`); alleen lezen, in één transactie die niets bewaart.
- `herplanning`: wat de uitvoering van het herplande programma bewaart (`gegevens.Herplanning`),
  zodat `status` en `report` met de nieuwe datums tellen.

De engine kent de database niet: de cli leest hier, geeft het resultaat aan `stel_samen` en
legt de herplanning vast.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.engine.herplannen import Uitvoering, Vastgelegd
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.uitvoering import opslag
from trainingsplanner.uitvoering import plan as planmaat
from trainingsplanner.uitvoering.gegevens import Herplanning
from trainingsplanner.uitvoering.soorten import begroot_per_jaar

if TYPE_CHECKING:
    from trainingsplanner.programma import Programma


def lees(db: Path, vanaf: dt.date) -> Uitvoering:
    """De vastgelegde sessies in `db` en de datum vanaf wanneer opnieuw gepland wordt.

    Een ontbrekende database is een fout (exit 2): herplannen zonder vastgelegde uitvoering
    is gewoon `plan generate`.
    """
    if not db.exists():
        bericht = (
            "bestaat niet; leg eerst sessies vast (plan uitvoering record of import) of kies "
            "de database met --db"
        )
        raise InvoerFout([Probleem(toon_pad(db), 0, 0, "", bericht)], onderwerp="de opdracht")
    with opslag.transactie(db, bewaren=False) as t:
        standen = t.standen()
    # `tuple.__new__` zoals `Vastgelegd._make`, zonder diens controle van de lengte (een
    # stand heeft altijd vier velden): ~2 ms minder bij 26.000 sessies.
    return Uitvoering(vanaf=vanaf, sessies=tuple(map(partial(tuple.__new__, Vastgelegd), standen)))


def herplanning(programma: Programma, gemaakt: dt.date) -> Herplanning | None:
    """Wat de uitvoering van een herpland programma bewaart: de nieuwe datum van elke sessie
    die verschoof, de nieuwe termijnen, en de geschatte kosten per jaar; None zonder
    herplanning."""
    h = programma.herplanning
    if h is None:
        return None
    prijzen = planmaat.kosten(programma.kosten)
    begroot = {} if prijzen is None else begroot_per_jaar(prijzen)
    return Herplanning(
        h.vanaf,
        gemaakt,
        {(v.onderdeel, v.nummer): v.nieuw for v in h.verschoven},
        {t.onderdeel: t.nieuw for t in h.termijnen},
        {jaar: (b.min, b.max) for jaar, b in begroot.items()},
    )
