"""De sectie 'Wat is verschoven' (issue 15, herplannen) als kant-en-klare waarden voor de
sjablonen `_verschoven.html.j2` en `_verschoven.md.j2`: de weergave geeft ze als
`w.verschoven` mee. Zonder herplanning `None` (de sectie blijft weg)."""

from __future__ import annotations

from typing import Any

from trainingsplanner import opmaak
from trainingsplanner.programma import Programma


def weergave(programma: Programma) -> dict[str, Any] | None:
    h = programma.herplanning
    if h is None:
        return None
    titels = {o.id: o.titel for o in programma.onderdelen}
    aantal = opmaak.aantal(len(h.verschoven), "sessie", "sessies")
    if h.termijnen:  # werkoverleg, gesprekken, e-learning: een nieuwe einddatum
        aantal += f" en {opmaak.aantal(len(h.termijnen), 'termijn', 'termijnen')}"
    termijnen = [
        {
            "titel": titels.get(t.onderdeel, t.onderdeel),
            "onderdeel": t.onderdeel,
            "nummer": "termijn",
            "oud": f"uiterlijk {opmaak.datum(t.oud)}",
            "nieuw": f"uiterlijk {opmaak.datum(t.nieuw)}",
            "reden": t.reden,
            "regel": t.regel,
        }
        for t in h.termijnen
    ]
    return {
        "vanaf": opmaak.datum(h.vanaf),
        "gegeven": opmaak.aantal(h.gegeven, "sessie", "sessies"),
        "aantal": aantal,
        "rijen": termijnen
        + [
            {
                "titel": titels.get(v.onderdeel, v.onderdeel),
                "onderdeel": v.onderdeel,
                "nummer": str(v.nummer),
                "oud": opmaak.datum(v.oud),
                "nieuw": opmaak.datum(v.nieuw),
                "reden": v.reden,
                "regel": v.regel,
            }
            for v in h.verschoven
        ],
    }
