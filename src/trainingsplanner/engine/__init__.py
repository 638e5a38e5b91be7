"""De engine: van gemeenteprofiel en catalogus naar een programma. Puur: geen I/O, geen opmaak.

De generatoren staan in één register (`engine/regels/`), één per sessie of activiteit van
de catalogus, elk met de regelcodes die hij toepast. Daarna koppelt `volgorde` de
voorstellen, geeft `planning` ze datums en rekent `kosten` de omvang uit.
"""

from __future__ import annotations

import datetime as dt

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.context import Context
from trainingsplanner.engine.gereedheid import als_waarschuwingen, beoordeel
from trainingsplanner.engine.kosten import bereken
from trainingsplanner.engine.planning import maand_begin, maand_eind, periode_eind, plan
from trainingsplanner.engine.regels import voorstellen
from trainingsplanner.engine.volgorde import koppel
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import Periode, Programma, Waarschuwing


def stel_samen(profiel: Profiel, catalogus: Catalogus) -> Programma:
    """Het hele programma voor dit profiel."""
    bevindingen = beoordeel(profiel, catalogus)
    ctx = Context(profiel, catalogus, bevindingen)
    alle = voorstellen(ctx)
    koppel(alle, catalogus)
    planning = plan(alle, profiel.capaciteit.sessies_per_maand)
    start = profiel.startdatum
    onderdelen = [
        v.als_onderdeel(
            maand_begin(start, planning[v.id].eerste_maand),
            maand_eind(start, planning[v.id].laatste_maand),
        )
        for v in alle
    ]
    volgnummer = {v.id: i for i, v in enumerate(alle)}
    onderdelen.sort(key=lambda o: (o.start, o.stap, o.eind, volgnummer[o.id]))
    waarschuwingen = als_waarschuwingen(bevindingen)
    eind = periode_eind(start, profiel.looptijd_jaren)
    laatste = max((o.eind for o in onderdelen), default=eind)
    if laatste > eind:
        waarschuwingen.append(_past_niet(profiel, laatste))
        eind = laatste
    kosten, kostenwaarschuwingen = bereken(onderdelen, profiel)
    return Programma(
        gemeente=profiel.gemeente,
        periode=Periode(start=start, eind=eind),
        onderdelen=onderdelen,
        waarschuwingen=[*waarschuwingen, *kostenwaarschuwingen],
        kosten=kosten,
        bevindingen=bevindingen,
    )


def _past_niet(profiel: Profiel, laatste: dt.date) -> Waarschuwing:
    """R4.1: het programma loopt langer dan de looptijd bij deze capaciteit."""
    return Waarschuwing(
        code="capaciteit-onvoldoende",
        ernst="waarschuwing",
        regel="R4.1",
        bericht=(
            f"Met {profiel.capaciteit.sessies_per_maand} sessies per maand past het programma "
            f"niet in {profiel.looptijd_jaren} jaar: het loopt door tot {laatste.isoformat()}. "
            "Verhoog capaciteit.sessies_per_maand, verleng looptijd_jaren of kies met de "
            "leerdoelen wat voorgaat."
        ),
    )
