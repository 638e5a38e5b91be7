"""Koppelt voorstellen aan elkaar volgens de volgorde-eisen van de catalogus (R1.1, R2.1, R3.2,
R3.6, R4.1, R6.7, R8.3).

Een eis zegt: onderdelen van soort `na` beginnen pas als alle onderdelen van soort `voor`
klaar zijn, in de hele organisatie, binnen hetzelfde team, of binnen hetzelfde team en jaar.
Doelgroepen en leervorm beperken welke onderdelen meetellen (college en leidinggevenden vóór
de hele organisatie, R3.2; de interne trainer vóór elk onderdeel dat hij geeft, R8.3). Elke
toegepaste eis komt met zijn regelcode in de `waarom` van het wachtende onderdeel.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from operator import attrgetter

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import ELK_ONDERDEEL, HERSTEL
from trainingsplanner.catalogus.modellen import Volgorde
from trainingsplanner.engine.context import lijst
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.opmaak import in_zin

Sleutel = Callable[[Voorstel], Hashable]
"""Waarbinnen een eis kijkt: de hele organisatie, het team, of het team en jaar (`bereik`)."""

_BINNEN: dict[str, Sleutel] = {
    "organisatie": lambda _: None,
    "team": attrgetter("teamcode"),
    "team-jaar": attrgetter("teamcode", "jaar"),
}


def koppel(voorstellen: list[Voorstel], cat: Catalogus) -> None:
    """Past elke eis toe: wie wacht, krijgt de id's van wat eerder moet in `na` en de eis met
    zijn regelcode in `waarom` (eenmaal per eis omschreven)."""
    per_soort: dict[str, list[Voorstel]] = defaultdict(list)
    for v in voorstellen:
        per_soort[v.soort].append(v)
    titels = _titels(cat)
    for eis in cat.stappenplan.volgorde:
        binnen = _BINNEN[eis.bereik]
        eerder = _eerder(eis, per_soort.get(eis.voor, []), binnen)
        if not eerder:
            continue  # niets om op te wachten (geen trainers op te leiden, geen incident, …)
        reden = f"{eis.bron[0]}: begint pas na {_omschrijving(eis, cat, titels)}" + (
            f" ({', '.join(eis.bron)})" if len(eis.bron) > 1 else ""
        )
        for wachtend in _wachtenden(eis, voorstellen, per_soort):
            kandidaten = eerder.get(binnen(wachtend))
            if kandidaten is None:
                continue
            al, zelf = wachtend.na, wachtend.id
            nieuw = [i for i in kandidaten if i not in al and i != zelf]
            if nieuw:
                al.extend(nieuw)
                wachtend.waarom.append(reden)


def _eerder(eis: Volgorde, voor: list[Voorstel], binnen: Sleutel) -> dict[Hashable, list[str]]:
    """De id's van de onderdelen die eerder moeten, per team (en jaar) naar het bereik van de
    eis (`binnen`). Alleen de doelgroepen die meetellen."""
    per_sleutel: dict[Hashable, list[str]] = defaultdict(list)
    doelgroepen = eis.voor_doelgroepen
    for v in voor:
        if not doelgroepen or v.doelgroep in doelgroepen:
            per_sleutel[binnen(v)].append(v.id)
    return per_sleutel


def _wachtenden(
    eis: Volgorde, voorstellen: list[Voorstel], per_soort: dict[str, list[Voorstel]]
) -> Iterable[Voorstel]:
    kandidaten = (
        [v for v in voorstellen if v.soort != eis.voor]
        if eis.na == ELK_ONDERDEEL
        else per_soort.get(eis.na, [])
    )
    if not eis.na_doelgroepen and eis.na_leervorm is None:
        return kandidaten
    return [
        v
        for v in kandidaten
        if (not eis.na_doelgroepen or v.doelgroep in eis.na_doelgroepen)
        and (eis.na_leervorm is None or v.leervorm == eis.na_leervorm)
    ]


def _titels(cat: Catalogus) -> dict[str, str]:
    """De titel van elke sessie en activiteit, en van de herstelketen."""
    titels = {s.id: s.titel for s in cat.stappenplan.sessies}
    titels.update({t.id: t.titel for t in cat.stappenplan.terugkerend})
    titels[HERSTEL] = "de herstelketen van de randvoorwaarden"
    return titels


def _omschrijving(eis: Volgorde, cat: Catalogus, titels: dict[str, str]) -> str:
    """'normstelling en bewustwording voor college van B&W en leidinggevenden'."""
    tekst = titels.get(eis.voor, eis.voor).lower()
    if eis.voor_doelgroepen:
        namen = [
            cat.doelgroepen[d].naam if d in cat.doelgroepen else d for d in eis.voor_doelgroepen
        ]
        tekst += " voor " + lijst([in_zin(n) for n in namen])
    return tekst
