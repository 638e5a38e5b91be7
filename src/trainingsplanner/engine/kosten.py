"""Omvang en kosten: trainersdagen en euro's als bandbreedte (D6), vergeleken met het budget."""

from __future__ import annotations

from trainingsplanner.opmaak import euro as _euro
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import Bereik, KostenOverzicht, Onderdeel, Waarschuwing


def bereken(
    onderdelen: list[Onderdeel], profiel: Profiel
) -> tuple[KostenOverzicht, list[Waarschuwing]]:
    """Trainersdagen tellen alleen voor onderdelen met een externe trainer: sessies × duur."""
    laag = sum(o.sessies * o.duur_dagen.min for o in onderdelen if o.trainer == "extern")
    hoog = sum(o.sessies * o.duur_dagen.max for o in onderdelen if o.trainer == "extern")
    dagen = Bereik(min=round(laag, 3), max=round(hoog, 3))
    kosten = profiel.kosten
    tarief = kosten.dagtarief_trainer if kosten else None
    budget = kosten.budget if kosten else None
    euro = (
        Bereik(min=round(laag * tarief, 2), max=round(hoog * tarief, 2))
        if tarief is not None
        else None
    )
    waarschuwingen: list[Waarschuwing] = []
    if euro is not None and budget is not None:
        if euro.min > budget:
            waarschuwingen.append(
                Waarschuwing(
                    code="budget-overschreden",
                    ernst="waarschuwing",
                    regel="R7.10",
                    bericht=(
                        f"De geschatte kosten ({_euro(euro.min)} tot {_euro(euro.max)}) liggen boven "
                        f"het budget van {_euro(budget)}. Kies met de leerdoelen wat voorgaat, laat "
                        "delen door een interne trainer geven (R8.3) of vraag de aanbieder om een "
                        "scherpere prijs (R7.10)."
                    ),
                )
            )
        elif euro.max > budget:
            waarschuwingen.append(
                Waarschuwing(
                    code="budget-krap",
                    ernst="info",
                    regel="R7.10",
                    bericht=(
                        f"Het budget van {_euro(budget)} dekt de ondergrens van de schatting, niet "
                        f"de bovengrens ({_euro(euro.max)}). Maak de duur per onderdeel vast in de "
                        "intake met de aanbieder (R7.10)."
                    ),
                )
            )
    return KostenOverzicht(
        trainersdagen=dagen, euro=euro, dagtarief=tarief, budget=budget
    ), waarschuwingen
