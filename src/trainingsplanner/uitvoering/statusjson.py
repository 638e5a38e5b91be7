"""De stand als JSON (`plan uitvoering status --format json`): een contract voor andere
programma's, beschreven in docs/uitvoering-status-json.md (een test houdt ze gelijk).

Nieuwe velden mogen erbij; een bestaand veld verandert niet van naam of betekenis.
"""

from __future__ import annotations

import json
from typing import Any

from trainingsplanner.uitvoering.plan import Bandbreedte
from trainingsplanner.uitvoering.ritme import Ritme
from trainingsplanner.uitvoering.status import (
    BINNENKORT_DAGEN,
    Opensessie,
    Status,
    Tellingen,
    herplanbegroting,
)

JSON_VERSIE = 1


def als_json(status: Status) -> str:
    """Eén veld per regel, en in een lijst één element per regel (compact).

    Zo blijft de uitvoer leesbaar en te vergelijken, en schrijft de C-encoder van `json` hem
    (met `indent` neemt Python de trage encoder in Python: bij 600 teams seconden).
    """
    regels = []
    for sleutel, waarde in als_dict(status).items():
        kop = f"  {json.dumps(sleutel)}: "
        if isinstance(waarde, list) and waarde:
            elementen = ",\n".join(f"    {_compact(e)}" for e in waarde)
            regels.append(f"{kop}[\n{elementen}\n  ]")
        else:
            regels.append(kop + _compact(waarde))
    return "{\n" + ",\n".join(regels) + "\n}\n"


def _compact(waarde: object) -> str:
    return json.dumps(waarde, ensure_ascii=False, separators=(", ", ": "))


def als_dict(status: Status) -> dict[str, Any]:
    return {
        "versie": JSON_VERSIE,
        "gemeente": status.gemeente,
        "datum": status.datum.isoformat(),
        "team": status.team,
        "binnenkort_dagen": BINNENKORT_DAGEN,
        "achterstallig": status.achterstallig,
        "nog_niets_vastgelegd": status.nog_niets_vastgelegd,
        "herplanning": None
        if status.herplanning is None
        else {
            "vanaf": status.herplanning.vanaf.isoformat(),
            "gemaakt": status.herplanning.gemaakt.isoformat(),
            "verschoven": len(status.herplanning.datums),
        },
        "totaal": _telling(status.totaal),
        "stappen": [{"stap": stap, **_telling(t)} for stap, t in status.stappen.items()],
        "teams": [
            {
                "team": t.team,
                "medewerkers": t.medewerkers,
                **_telling(t.tellingen),
                "bereikt": t.bereikt,
                "bereik": None if t.bereik is None else round(t.bereik, 4),
                "incidenten": [{"kwartaal": m.kwartaal, "aantal": m.aantal} for m in t.incidenten],
                "ritme": [_ritme(r) for r in t.ritme],
            }
            for t in status.teams
        ],
        "onderdelen": [
            {
                "id": o.id,
                "stap": o.stap,
                "team": o.team,
                "start": o.start.isoformat(),
                "eind": o.eind.isoformat(),
                "stand": o.stand,
                **_telling(o.tellingen),
                "sessies_achterstallig": _sessies(o.achterstallig),
                "sessies_binnenkort": _sessies(o.binnenkort),
            }
            for o in status.onderdelen
        ],
        "zonder_onderdeel": [
            {"id": los.onderdeel, "sessies": los.nummers, "suggestie": los.suggestie}
            for los in status.zonder_onderdeel
        ],
        "buiten_bereik": [{"id": s.onderdeel, "sessie": s.nummer} for s in status.buiten_bereik],
        "incidenten_zonder_team": [
            {"team": m.team, "kwartaal": m.kwartaal, "aantal": m.aantal}
            for m in status.incidenten_zonder_team
        ],
        "kosten": {
            "budget": status.budget,
            "begroot_herpland_vanaf": herplanbegroting(status.herplanning, status.team),
            "per_jaar": [
                {
                    "jaar": j.jaar,
                    "begroot": _bereik(j.begroot),
                    "gerealiseerd": _bereik(j.gerealiseerd),
                    "sessies_gegeven": j.sessies,
                }
                for j in status.kosten
            ],
        },
    }


def _sessies(lijst: list[Opensessie]) -> list[dict[str, Any]]:
    return [{"sessie": s.nummer, "datum": s.datum.isoformat()} for s in lijst]


def _ritme(r: Ritme) -> dict[str, Any]:
    return {
        "jaar": r.jaar,
        "van": r.van.isoformat(),
        "tot": r.tot.isoformat(),
        "werkoverleg": {"gepland": r.werkoverleg_gepland, "gehouden": r.werkoverleg_gehouden},
        "hr_gesprek": {"gepland": r.hr_gepland, "gehouden": r.hr_gehouden},
    }


def _bereik(b: Bandbreedte | None) -> dict[str, float] | None:
    return None if b is None else {"min": round(b.min, 2), "max": round(b.max, 2)}


def _telling(t: Tellingen) -> dict[str, int]:
    return dict(
        zip(
            ["gepland", "gegeven", "geannuleerd", "verplaatst", "achterstallig", "binnenkort"],
            t.als_tuple(),
            strict=True,
        )
    )
