"""Het bereik van een team: hoeveel medewerkers de vaardigheidstraining (R7.4) hebben gehad.

Er staan geen namen in de database, dus telt `plan` aanwezigen: per vaardigheidstraining de
som van `aanwezig` over de gegeven sessies (iedereen volgt één sessie van een onderdeel). Heeft
een team er meer dan één, dan telt de grootste (dezelfde mensen, geen optelling). Welk onderdeel
meetelt, leest `plan.telt_voor_bereik` uit het onderdeel zelf.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.plan import Deel


def bereikt(
    onderdelen: Iterable[Deel],
    sessies: Mapping[str, list[Sessie]],
    tot: dt.date | None = None,
) -> dict[str, int]:
    """Team → aantal bereikte medewerkers (gegeven sessies tot en met `tot`); alleen teams met
    een vaardigheidstraining in het programma."""
    uit: dict[str, int] = {}
    for o in onderdelen:
        if o.team is None or not o.bereik:
            continue
        aanwezig = sum(
            s.aanwezig or 0
            for s in sessies.get(o.id, [])
            if s.status == "gegeven" and s.nummer <= o.sessies and (tot is None or s.datum <= tot)
        )
        uit[o.team] = max(uit.get(o.team, 0), aanwezig)
    return uit


def aandeel(aantal: int | None, medewerkers: int) -> float | None:
    """`aantal` gedeeld door het aantal medewerkers, hoogstens 1; None zonder training."""
    if aantal is None or medewerkers <= 0:
        return None
    return min(1.0, aantal / medewerkers)
