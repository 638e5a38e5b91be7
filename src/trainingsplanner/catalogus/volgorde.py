"""De volgorde-eisen vormen geen kring (controle `volgorde-zonder-kring` in controles.py).

Een eis verbindt onderdelen van soort `voor` met onderdelen van soort `na`, eventueel alleen
voor sommige doelgroepen (`voor_doelgroepen`, `na_doelgroepen`). Daarom is een knoop hier een
soort met een doelgroep: "normstelling voor college en leidinggevenden vóór normstelling voor
de hele organisatie" is geen kring, "staf vóór staf" wel.
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import ELK_ONDERDEEL, HERSTEL
from trainingsplanner.catalogus.modellen import Volgorde
from trainingsplanner.fouten import Probleem

Knoop = tuple[str, str]
"""(soort, doelgroep)."""


def _doelgroepen(cat: Catalogus) -> dict[str, list[str]]:
    """Per soort de doelgroepen waarvoor onderdelen van die soort kunnen bestaan."""
    uit = {s.id: list(s.doelgroepen) for s in cat.stappenplan.sessies}
    uit.update({t.id: [t.doelgroep] for t in cat.stappenplan.terugkerend})
    uit[HERSTEL] = sorted({h.doelgroep for h in cat.stappenplan.herstelketen}) or [HERSTEL]
    return uit


def _knopen(soort: str, filter: list[str], groepen: dict[str, list[str]]) -> list[Knoop]:
    return [(soort, d) for d in groepen.get(soort, [soort]) if not filter or d in filter]


def _kanten(eis: Volgorde, groepen: dict[str, list[str]]) -> list[tuple[Knoop, Knoop]]:
    voor = _knopen(eis.voor, eis.voor_doelgroepen, groepen)
    soorten = [s for s in groepen if s != eis.voor] if eis.na == ELK_ONDERDEEL else [eis.na]
    na = [k for s in soorten for k in _knopen(s, eis.na_doelgroepen, groepen)]
    return [(a, b) for a in voor for b in na]


def volgorde_zonder_kring(cat: Catalogus) -> Iterator[Probleem]:
    """De volgorde-eisen vormen geen kring: anders kan geen enkel onderdeel ervan beginnen.

    Eén melding per kring, bij de laatste eis in het bestand die hem sluit (vaak de nieuwste).
    """
    eisen = cat.stappenplan.volgorde
    groepen = _doelgroepen(cat)
    kanten = [_kanten(eis, groepen) for eis in eisen]
    na: dict[Knoop, list[Knoop]] = {}
    for lijst in kanten:
        for a, b in lijst:
            na.setdefault(a, []).append(b)
    gemeld: set[str] = set()
    for i in reversed(range(len(eisen))):
        for a, b in kanten[i]:
            terug = _pad(na, b, a)
            if terug is None:
                continue
            soorten = [a[0], *(k[0] for k in terug)]
            if gemeld & set(soorten):
                break
            gemeld.update(soorten)
            yield cat.documenten["stappenplan"].probleem(
                ("volgorde", i), "de volgorde-eisen vormen een kring: " + " → ".join(soorten)
            )
            break


def _pad(na: dict[Knoop, list[Knoop]], van: Knoop, naar: Knoop) -> list[Knoop] | None:
    """Een pad van `van` naar `naar` langs de volgorde-eisen (breedte eerst), of None."""
    vorige: dict[Knoop, Knoop | None] = {van: None}
    rij = [van]
    for knoop in rij:
        if knoop == naar:
            pad = [knoop]
            while (stap := vorige[pad[-1]]) is not None:
                pad.append(stap)
            return pad[::-1]
        for volgende in na.get(knoop, []):
            if volgende not in vorige:
                vorige[volgende] = knoop
                rij.append(volgende)
    return None
