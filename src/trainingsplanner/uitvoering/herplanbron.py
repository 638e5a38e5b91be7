"""Wat `plan generate --uitvoering` uit de uitvoering leest: de vastgelegde sessies, als de
eenvoudige invoer die de engine kent (`engine.herplannen.Uitvoering`).

Alleen lezen, in één transactie die niets bewaart. De engine kent de database niet: de cli
leest hier en geeft het resultaat aan `stel_samen`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.engine.herplannen import Uitvoering, Vastgelegd
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.uitvoering import opslag


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
    return Uitvoering(vanaf=vanaf, sessies=tuple(map(Vastgelegd._make, standen)))
