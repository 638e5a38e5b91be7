"""De meldingen van het herplannen (R4.1): wat vaststaat en wat verschoof, en vastgelegde
sessies die niet (meer) bij het programma passen: die worden gemeld, nooit stil weggelaten."""

from __future__ import annotations

from trainingsplanner.engine.context import lijst
from trainingsplanner.engine.herplannen import Uitkomst
from trainingsplanner.opmaak import aantal, datum
from trainingsplanner.programma import Waarschuwing


def herplanmeldingen(herpland: Uitkomst) -> list[Waarschuwing]:
    """R4.1: wat het herplannen deed, en vastgelegde sessies die niet (meer) bij het programma
    passen (nooit stil weg)."""
    uit = [_herpland(herpland)]
    for code, nummers in herpland.onbekend.items():
        sessies = aantal(len(nummers), "vastgelegde sessie", "vastgelegde sessies")
        nieuw = herpland.lijkt_op.get(code)
        tip = f" (lijkt op {nieuw})" if nieuw else ""
        uit.append(
            Waarschuwing(
                code="uitvoering-onbekend",
                ernst="waarschuwing",
                regel="R4.1",
                bericht=(
                    f"{sessies} van '{code}' (nummer {_nummers(nummers)}) "
                    f"{'hoort' if len(nummers) == 1 else 'horen'} bij geen "
                    f"onderdeel van dit programma{tip}: een hernoemd team? Ze tellen niet mee "
                    "bij het herplannen. Verhuis ze met: plan uitvoering koppel "
                    f"{code} {nieuw or 'NIEUW'}."
                ),
            )
        )
    for code, nummers in herpland.buiten.items():
        uit.append(
            Waarschuwing(
                code="uitvoering-buiten-bereik",
                ernst="waarschuwing",
                regel="R4.1",
                bericht=(
                    f"{code} heeft vastgelegde sessies met nummer {_nummers(nummers)}, "
                    "maar het onderdeel heeft er nu minder; ze tellen niet mee bij het herplannen."
                ),
            )
        )
    return uit


def _herpland(herpland: Uitkomst) -> Waarschuwing:
    """Eén melding voor elke weergave: hoeveel staat vast, hoeveel verschoof (de eerste vijf)."""
    verschoven = herpland.verschoven
    voorbeelden = [
        f"{v.onderdeel} sessie {v.nummer} van {datum(v.oud)} naar {datum(v.nieuw)} "
        f"({v.reden}, {v.regel})"
        for v in verschoven[:5]
    ]
    if len(verschoven) > 5:
        voorbeelden.append(f"{len(verschoven) - 5} andere")
    bericht = (
        f"Herpland met de vastgelegde uitvoering: {aantal(herpland.gegeven, 'sessie', 'sessies')} "
        f"gegeven ({'die staat vast op haar' if herpland.gegeven == 1 else 'die staan vast op hun'} "
        "echte datum), "
        f"{aantal(len(verschoven), 'sessie', 'sessies')} met een nieuwe datum"
    )
    return Waarschuwing(
        code="herpland",
        ernst="info",
        regel="R4.1",
        bericht=bericht + (f": {lijst(voorbeelden)}." if voorbeelden else "."),
    )


def _nummers(nummers: list[int]) -> str:
    """'1, 2, 3' of bij veel: de eerste tien en hoeveel nog."""
    tekst = ", ".join(map(str, nummers[:10]))
    return tekst if len(nummers) <= 10 else f"{tekst} en {len(nummers) - 10} andere"
