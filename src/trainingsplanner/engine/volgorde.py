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
from collections.abc import Iterable

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import ELK_ONDERDEEL, HERSTEL
from trainingsplanner.catalogus.modellen import Volgorde
from trainingsplanner.engine.context import lijst
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.opmaak import in_zin

Sleutel = tuple[str | None, int | None, str]
"""(team, jaar, soort): waarbinnen een eis met bereik team of team-jaar kijkt."""


def koppel(voorstellen: list[Voorstel], cat: Catalogus) -> None:
    per_soort: dict[str, list[Voorstel]] = defaultdict(list)
    per_team: dict[Sleutel, list[Voorstel]] = defaultdict(list)
    per_team_jaar: dict[Sleutel, list[Voorstel]] = defaultdict(list)
    for v in voorstellen:
        per_soort[v.soort].append(v)
        per_team[(v.teamcode, None, v.soort)].append(v)
        per_team_jaar[(v.teamcode, v.jaar, v.soort)].append(v)
    for eis in cat.stappenplan.volgorde:
        omschrijving = _omschrijving(eis, cat)
        for wachtend in _wachtenden(eis, voorstellen, per_soort):
            if eis.bereik == "team":
                eerder = per_team.get((wachtend.teamcode, None, eis.voor), [])
            elif eis.bereik == "team-jaar":
                eerder = per_team_jaar.get((wachtend.teamcode, wachtend.jaar, eis.voor), [])
            else:
                eerder = per_soort.get(eis.voor, [])
            nieuw = [
                v.id
                for v in eerder
                if v.id not in wachtend.na
                and v.id != wachtend.id
                and (not eis.voor_doelgroepen or v.doelgroep in eis.voor_doelgroepen)
            ]
            if not nieuw:
                continue
            wachtend.na.extend(nieuw)
            wachtend.waarom.append(
                f"{eis.bron[0]}: begint pas na {omschrijving}"
                + (f" ({', '.join(eis.bron)})" if len(eis.bron) > 1 else "")
            )


def _wachtenden(
    eis: Volgorde, voorstellen: list[Voorstel], per_soort: dict[str, list[Voorstel]]
) -> Iterable[Voorstel]:
    kandidaten = (
        [v for v in voorstellen if v.soort != eis.voor]
        if eis.na == ELK_ONDERDEEL
        else per_soort.get(eis.na, [])
    )
    return [
        v
        for v in kandidaten
        if (not eis.na_doelgroepen or v.doelgroep in eis.na_doelgroepen)
        and (eis.na_leervorm is None or v.leervorm == eis.na_leervorm)
    ]


def _omschrijving(eis: Volgorde, cat: Catalogus) -> str:
    """'normstelling en bewustwording voor college van B&W en leidinggevenden'."""
    titels = {s.id: s.titel for s in cat.stappenplan.sessies}
    titels.update({t.id: t.titel for t in cat.stappenplan.terugkerend})
    titels[HERSTEL] = "de herstelketen van de randvoorwaarden"
    tekst = titels.get(eis.voor, eis.voor).lower()
    if eis.voor_doelgroepen:
        namen = [
            cat.doelgroepen[d].naam if d in cat.doelgroepen else d for d in eis.voor_doelgroepen
        ]
        tekst += " voor " + lijst([in_zin(n) for n in namen])
    return tekst
