"""Koppelt voorstellen aan elkaar volgens de volgorde-eisen van de catalogus (R1.1, R2.1, R3.2, R6.7).

Een eis zegt: onderdelen van soort `na` beginnen pas als alle onderdelen van soort `voor`
klaar zijn, in de hele organisatie of binnen hetzelfde team. Elke toegepaste eis komt met
zijn regelcode in de `waarom` van het wachtende onderdeel.
"""

from __future__ import annotations

from collections import defaultdict

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.voorstel import Voorstel


def koppel(voorstellen: list[Voorstel], cat: Catalogus) -> None:
    per_soort: dict[str, list[Voorstel]] = defaultdict(list)
    per_team_soort: dict[tuple[str | None, str], list[Voorstel]] = defaultdict(list)
    for v in voorstellen:
        per_soort[v.soort].append(v)
        per_team_soort[(v.teamcode, v.soort)].append(v)
    titels = {s.id: s.titel for s in cat.stappenplan.sessies}
    titels.update({t.id: t.titel for t in cat.stappenplan.terugkerend})
    titels["herstel"] = "het oplossen van de blokkerende randvoorwaarden"
    for eis in cat.stappenplan.volgorde:
        for wachtend in per_soort.get(eis.na, []):
            if eis.bereik == "team":
                eerder = per_team_soort.get((wachtend.teamcode, eis.voor), [])
            else:
                eerder = per_soort.get(eis.voor, [])
            nieuw = [v.id for v in eerder if v.id not in wachtend.na and v.id != wachtend.id]
            if not nieuw:
                continue
            wachtend.na.extend(nieuw)
            wachtend.waarom.append(
                f"{eis.bron[0]}: begint pas na {titels.get(eis.voor, eis.voor).lower()}"
                + (f" ({', '.join(eis.bron)})" if len(eis.bron) > 1 else "")
            )
