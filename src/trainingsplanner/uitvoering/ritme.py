"""Het ritme van stap 4 per team: werkoverleg (R2.3, minstens twee keer per jaar) en het
HR-gesprek (R3.4, jaarlijks met elke medewerker), gehouden tegen gepland per jaar van de cyclus.

Een jaar is een jaar van het programma (`Deel.jaar`: jaar 1 begint op de startdatum),
want daarin plant de engine het ritme; `van` en `tot` noemen de maanden.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.plan import Deel


@dataclass(frozen=True)
class Ritme:
    """Eén team in één jaar van de cyclus: sessies gepland en gehouden (gegeven)."""

    team: str
    jaar: int
    van: dt.date
    tot: dt.date
    werkoverleg_gepland: int = 0
    werkoverleg_gehouden: int = 0
    hr_gepland: int = 0
    hr_gehouden: int = 0
    """Een HR-gesprek is een sessie per medewerker."""


def per_team(
    onderdelen: Iterable[Deel], sessies: Mapping[str, list[Sessie]]
) -> dict[str, list[Ritme]]:
    """Team → het ritme per jaar van de cyclus, oplopend; alleen teams met werkoverleg of HR-gesprek."""
    # (team, jaar) → [van, tot, werkoverleg gepland, gehouden, hr gepland, gehouden]
    stand: dict[tuple[str, int], list[Any]] = {}
    for o in onderdelen:
        if o.ritme is None or o.team is None:
            continue
        gehouden = sum(
            1 for s in sessies.get(o.id, ()) if s.status == "gegeven" and s.nummer <= o.sessies
        )
        rij = stand.setdefault((o.team, o.jaar or 1), [o.start, o.eind, 0, 0, 0, 0])
        rij[0], rij[1] = min(rij[0], o.start), max(rij[1], o.eind)
        plek = 2 if o.ritme == "werkoverleg" else 4
        rij[plek] += o.sessies
        rij[plek + 1] += gehouden
    uit: dict[str, list[Ritme]] = {}
    for (team, jaar), rij in sorted(stand.items(), key=lambda r: r[0]):
        uit.setdefault(team, []).append(Ritme(team, jaar, *rij))
    return uit


def huidig(ritmes: list[Ritme], op: dt.date) -> Ritme | None:
    """Het jaar van de cyclus waarin `op` valt; anders het laatste dat al begon, of het eerste."""
    if not ritmes:
        return None
    binnen = [r for r in ritmes if r.van <= op <= r.tot]
    if binnen:
        return binnen[0]
    begonnen = [r for r in ritmes if r.van <= op]
    return begonnen[-1] if begonnen else ritmes[0]
