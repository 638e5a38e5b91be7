"""Omvang en kosten: trainersdagen en euro's als bandbreedte (D6), vergeleken met het budget."""

from __future__ import annotations

from trainingsplanner.opmaak import euro as _euro
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import Bereik, KostenOverzicht, Onderdeel, Waarschuwing


def bereken(
    onderdelen: list[Onderdeel], profiel: Profiel
) -> tuple[KostenOverzicht, list[Waarschuwing]]:
    """Trainersdagen tellen alleen voor onderdelen met een externe trainer: sessies × duur."""
    per_onderdeel = [o.trainersdagen for o in onderdelen]
    laag = sum(d.min for d in per_onderdeel)
    hoog = sum(d.max for d in per_onderdeel)
    kosten = profiel.kosten
    tarief = kosten.dagtarief_trainer if kosten else None
    overzicht = KostenOverzicht(
        trainersdagen=Bereik(min=round(laag, 3), max=round(hoog, 3)),
        euro=(
            Bereik(min=round(laag * tarief, 2), max=round(hoog * tarief, 2))
            if tarief is not None
            else None
        ),
        dagtarief=tarief,
        budget=kosten.budget if kosten else None,
    )
    return overzicht, _budgetwaarschuwingen(overzicht)


def _budgetwaarschuwingen(k: KostenOverzicht) -> list[Waarschuwing]:
    """R7.10: boven het budget een waarschuwing, alleen de ondergrens gedekt een opmerking."""
    if k.euro is None or k.budget is None or k.oordeel == "binnen":
        return []
    if k.oordeel == "boven":
        return [
            Waarschuwing(
                code="budget-overschreden",
                ernst="waarschuwing",
                regel="R7.10",
                bericht=(
                    f"De geschatte kosten ({_euro(k.euro.min)} tot {_euro(k.euro.max)}) liggen boven "
                    f"het budget van {_euro(k.budget)}. Kies met de leerdoelen wat voorgaat, laat "
                    "delen door een interne trainer geven (R8.3) of vraag de aanbieder om een "
                    "scherpere prijs (R7.10)."
                ),
            )
        ]
    return [
        Waarschuwing(
            code="budget-krap",
            ernst="info",
            regel="R7.10",
            bericht=(
                f"Het budget van {_euro(k.budget)} dekt de ondergrens van de schatting, niet "
                f"de bovengrens ({_euro(k.euro.max)}). Maak de duur per onderdeel vast in de "
                "intake met de aanbieder (R7.10)."
            ),
        )
    ]
