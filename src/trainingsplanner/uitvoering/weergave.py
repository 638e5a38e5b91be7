"""De stand als tekst, Markdown of JSON (`plan uitvoering status --format`).

De JSON is een contract voor andere programma's: zie docs/uitvoering-status-json.md.
Tekst uit de database (ids, teamnamen) wordt hier niet geschoond; dat doet de CLI bij het
printen (stuurtekens zichtbaar).
"""

from __future__ import annotations

import json
from typing import Any

from trainingsplanner.opmaak import aantal, datum
from trainingsplanner.uitvoering.status import BINNENKORT_DAGEN, Status, Teamstand, Tellingen

JSON_VERSIE = 1
KOLOMMEN = [
    "gepland",
    "gegeven",
    "geannuleerd",
    "verplaatst",
    "achterstallig",
    f"binnen {BINNENKORT_DAGEN} dagen",
]


def tekst(status: Status) -> str:
    return "\n".join(_regels(status, markdown=False)) + "\n"


def markdown(status: Status) -> str:
    return "\n".join(_regels(status, markdown=True)) + "\n"


def _regels(status: Status, *, markdown: bool) -> list[str]:
    kop = "## " if markdown else ""
    titel = f"Uitvoering {status.gemeente}" + (f", team {status.team}" if status.team else "")
    regels = [("# " if markdown else "") + f"{titel}: stand op {datum(status.datum)}", ""]
    regels += [f"{kop}Per stap", ""]
    rijen = [[f"stap {stap}", *_getallen(t)] for stap, t in status.stappen.items()]
    rijen.append(["totaal", *_getallen(status.totaal)])
    regels += [*_tabel(["", *KOLOMMEN], rijen, markdown), ""]
    if status.teams:
        regels += [f"{kop}Per team", ""]
        rijen = [
            [t.team, *_getallen(t.tellingen), _bereik(t), _incidenten(t)] for t in status.teams
        ]
        regels += [*_tabel(["team", *KOLOMMEN, "bereikt", "GIR-meldingen"], rijen, markdown), ""]
    regels += _lijsten(status, kop)
    return regels


def _lijsten(status: Status, kop: str) -> list[str]:
    regels: list[str] = []
    te_laat = [o for o in status.onderdelen if o.stand == "achterstallig"]
    if te_laat:
        regels += [f"{kop}Achterstallig: einddatum voorbij, niet elke sessie gegeven", ""]
        regels += [
            f"- {o.id}: {_open(o.tellingen)}, einddatum {datum(o.eind)}" for o in te_laat
        ] + [""]
    straks = [o for o in status.onderdelen if o.stand == "binnenkort"]
    if straks:
        regels += [f"{kop}Binnen {BINNENKORT_DAGEN} dagen af te ronden", ""]
        regels += [f"- {o.id}: {_open(o.tellingen)}, einddatum {datum(o.eind)}" for o in straks]
        regels += [""]
    if status.zonder_onderdeel or status.buiten_bereik or status.incidenten_zonder_team:
        regels += [f"{kop}Registraties die niet bij het programma passen", ""]
    for los in status.zonder_onderdeel:
        nummers = ", ".join(map(str, los.nummers))
        regels.append(
            f"- {los.onderdeel} (sessie {nummers}) staat niet in het programma; is het team of "
            f"onderdeel hernoemd, verhuis ze dan met: plan uitvoering koppel {los.onderdeel} NIEUW-ID."
            + (f" Bedoelde u '{los.suggestie}'?" if los.suggestie else "")
        )
    for sessie in status.buiten_bereik:
        regels.append(
            f"- {sessie.onderdeel} sessie {sessie.nummer}: het onderdeel heeft nu minder sessies; "
            "de registratie telt niet mee"
        )
    for melding in status.incidenten_zonder_team:
        regels.append(
            f"- GIR-meldingen van '{melding.team}' ({melding.kwartaal}: {melding.aantal}): geen team "
            "van het profiel"
        )
    if status.zonder_onderdeel or status.buiten_bereik or status.incidenten_zonder_team:
        regels.append("")
    if not te_laat:
        regels += ["Niets achterstallig."]
    return regels


def _open(t: Tellingen) -> str:
    return f"{t.gepland - t.gegeven} van {aantal(t.gepland, 'sessie', 'sessies')} open"


def _getallen(t: Tellingen) -> list[str]:
    return [str(g) for g in t.als_tuple()]


def _bereik(t: Teamstand) -> str:
    if t.bereikt is None or t.bereik is None:
        return "–"
    return f"{t.bereikt} van {t.medewerkers} ({round(t.bereik * 100)}%)"


def _incidenten(t: Teamstand) -> str:
    return ", ".join(f"{m.kwartaal}: {m.aantal}" for m in t.incidenten) or "–"


def _tabel(koppen: list[str], rijen: list[list[str]], markdown: bool) -> list[str]:
    if markdown:
        uit = ["| " + " | ".join(koppen) + " |", "|" + "|".join("---" for _ in koppen) + "|"]
        return uit + ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rijen]
    breedte = [max(len(r[i]) for r in [koppen, *rijen]) for i in range(len(koppen))]

    def regel(cellen: list[str]) -> str:
        delen = [
            c.ljust(breedte[i]) if i == 0 or not c.isdigit() else c.rjust(breedte[i])
            for i, c in enumerate(cellen)
        ]
        return "  ".join(delen).rstrip()

    return [regel(koppen), *(regel(r) for r in rijen)]


def als_json(status: Status) -> str:
    return json.dumps(als_dict(status), ensure_ascii=False, indent=2) + "\n"


def als_dict(status: Status) -> dict[str, Any]:
    return {
        "versie": JSON_VERSIE,
        "gemeente": status.gemeente,
        "datum": status.datum.isoformat(),
        "team": status.team,
        "binnenkort_dagen": BINNENKORT_DAGEN,
        "achterstallig": status.achterstallig,
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
    }


def _telling(t: Tellingen) -> dict[str, int]:
    return dict(
        zip(
            ["gepland", "gegeven", "geannuleerd", "verplaatst", "achterstallig", "binnenkort"],
            t.als_tuple(),
            strict=True,
        )
    )
