"""De engine: van gemeenteprofiel en catalogus naar een programma. Puur: geen I/O, geen opmaak.

De generatoren staan in één register (`engine/regels/`), één per sessie of activiteit van
de catalogus, elk met de regelcodes die hij toepast. Daarna koppelt `volgorde` de
voorstellen, geeft `planning` ze datums en rekent `kosten` de omvang uit.
"""

from __future__ import annotations

import datetime as dt

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.gereedheid import als_waarschuwingen, beoordeel
from trainingsplanner.engine.kosten import bereken
from trainingsplanner.engine.planning import (
    MAANDNAMEN,
    Gepland,
    Kalender,
    maand_begin,
    maand_eind,
    periode_eind,
    plan_met_jaarcycli,
)
from trainingsplanner.engine.regels import voorstellen
from trainingsplanner.engine.volgorde import koppel
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import (
    Periode,
    Planningskeuze,
    Programma,
    Waarschuwing,
    blokkeert,
)


def stel_samen(profiel: Profiel, catalogus: Catalogus) -> Programma:
    """Het hele programma voor dit profiel."""
    bevindingen = beoordeel(profiel, catalogus)
    ctx = Context(profiel, catalogus, bevindingen)
    alle = voorstellen(ctx)
    koppel(alle, catalogus)
    alle, planning, vervallen = plan_met_jaarcycli(
        alle, profiel.capaciteit.sessies_per_maand, ctx.kalender
    )
    start = profiel.startdatum
    onderdelen = [
        v.als_onderdeel(
            maand_begin(start, planning[v.id].eerste_maand),
            maand_eind(start, planning[v.id].laatste_maand),
        )
        for v in alle
    ]
    volgorde = {v.id: (v.voorrang, i) for i, v in enumerate(alle)}
    onderdelen.sort(key=lambda o: (o.start, o.stap, volgorde[o.id][0], o.eind, volgorde[o.id][1]))
    waarschuwingen = als_waarschuwingen(bevindingen)
    if vervallen:
        waarschuwingen.append(_cyclus_later(vervallen))
    eind = periode_eind(start, profiel.looptijd_jaren)
    laatste = max((o.eind for o in onderdelen), default=eind)
    if laatste > eind:
        waarschuwingen.append(_past_niet(profiel, laatste))
        eind = laatste
    kosten, kostenwaarschuwingen = bereken(
        onderdelen, profiel, catalogus, _sessies_per_jaar(planning, ctx.kalender)
    )
    return Programma(
        gemeente=profiel.gemeente,
        periode=Periode(start=start, eind=eind),
        onderdelen=onderdelen,
        waarschuwingen=[*waarschuwingen, *kostenwaarschuwingen],
        kosten=kosten,
        bevindingen=bevindingen,
        indicatief=blokkeert(bevindingen),
        planning=Planningskeuze(
            geen_sessies_in=[m for m in MAANDNAMEN if m in ctx.kalender.gesloten],
            aanname=ctx.kalender_is_aanname,
        ),
    )


def _sessies_per_jaar(
    planning: dict[str, Gepland], kalender: Kalender
) -> dict[str, dict[int, int]]:
    """Per onderdeel de sessies per kalenderjaar, uit de maanden van de planning."""
    uit: dict[str, dict[int, int]] = {}
    for code, gepland in planning.items():
        jaren: dict[int, int] = {}
        for maand, sessies in gepland.sessies_per_maand:
            jaar = kalender.kalenderjaar(maand)
            jaren[jaar] = jaren.get(jaar, 0) + sessies
        uit[code] = jaren
    return uit


def _cyclus_later(vervallen: list[Voorstel]) -> Waarschuwing:
    """R4.1: jaarcycli die niet in hun eigen jaar konden beginnen, en dus vervallen."""
    teams = sorted({v.team for v in vervallen if v.team})
    cycli = len({(v.teamcode, v.jaar) for v in vervallen})
    woorden = ("jaarcyclus", "kon") if cycli == 1 else ("jaarcycli", "konden")
    return Waarschuwing(
        code="jaarcyclus-later",
        ernst="info",
        regel="R4.1",
        bericht=(
            f"{cycli} {woorden[0]} (leerdoelwijzer opnieuw en opfrisser) {woorden[1]} niet in "
            "het eigen jaar van de looptijd beginnen, omdat de eerste training van het team laat "
            "valt of de capaciteit op is; de cyclus van een later jaar, of na de looptijd, neemt "
            f"het over. Het gaat om: {lijst(_eerste_tien(teams))}."
        ),
    )


def _eerste_tien(namen: list[str]) -> list[str]:
    """Een lange lijst namen kort: de eerste tien en 'N andere'."""
    return namen if len(namen) <= 10 else [*namen[:10], f"{len(namen) - 10} andere"]


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
