"""Gereedheid: de randvoorwaarden (RV1–RV5), de toetspunten (R7.9) en de signalen per team.

Eén uitvoering voor twee gebruikers: de engine zet de bevindingen bovenaan elk programma en
laat ze het plan vormen, en `plan check-randvoorwaarden` toont ze. Welke status welke ernst
krijgt, staat in de catalogus (stappenplan.yaml), niet hier.
"""

from __future__ import annotations

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.modellen import Signaal
from trainingsplanner.engine.codes import slug
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import Bevinding, Waarschuwing
from trainingsplanner.programma import blokkeert as blokkeert
from trainingsplanner.typen import Antwoord, Status

_STATUS: dict[str, Status] = {
    "ja": "voldaan",
    "deels": "deels",
    "nee": "niet-voldaan",
    "onbekend": "onbekend",
}


def status_van(antwoord: Antwoord | None) -> Status:
    return _STATUS[antwoord] if antwoord is not None else "niet-ingevuld"


def beoordeel(profiel: Profiel, cat: Catalogus) -> list[Bevinding]:
    """Alle bevindingen voor dit profiel, in vaste volgorde: RV1–RV5, toetspunten, bestuur, teams."""
    bevindingen: list[Bevinding] = []
    for rv in cat.stappenplan.randvoorwaarden:
        status = status_van(getattr(profiel.randvoorwaarden, rv.veld, None))
        bevindingen.append(
            Bevinding(
                id=rv.id,
                regel=rv.id,
                naam=rv.naam,
                status=status,
                ernst=rv.ernst[status],
                betekenis=rv.betekenis,
                actie=None if status == "voldaan" else rv.actie,
                eigenaar=None if status == "voldaan" else rv.eigenaar,
            )
        )
    signalen = cat.stappenplan.signalen
    for punt in cat.stappenplan.toetspunten:
        antwoord = getattr(profiel.toetspunten, punt.id, None)
        status = "voldaan" if antwoord and antwoord.strip() else "niet-ingevuld"
        bevinding = _signaal(
            signalen["toetspunt"], f"toetspunt-{punt.id}", status, vraag=punt.vraag
        )
        bevindingen.append(
            bevinding.model_copy(update={"naam": f"Toetspunt {punt.id}", "betekenis": punt.vraag})
        )
    if profiel.bestuur.betrokken_bij_incident:
        bevindingen.append(
            _signaal(signalen["bestuursincident"], "bestuursincident", "niet-voldaan")
        )
    for team in profiel.teams:
        status = status_van(profiel.basiscompetenties_van(team))
        if status != "voldaan":
            bevindingen.append(
                _signaal(
                    signalen["basiscompetenties-team"],
                    "basiscompetenties",
                    status,
                    team=team.naam,
                )
            )
        if not team.teamnorm:
            bevindingen.append(
                _signaal(signalen["teamnorm"], "teamnorm", "niet-voldaan", team=team.naam)
            )
    return bevindingen


def _signaal(
    signaal: Signaal,
    code: str,
    status: Status,
    *,
    team: str | None = None,
    vraag: str | None = None,
) -> Bevinding:
    actie = signaal.actie.replace("{team}", team or "").replace("{vraag}", vraag or "")
    return Bevinding(
        id=code,
        regel=signaal.regel,
        naam=signaal.naam,
        status=status,
        ernst=signaal.ernst[status],
        betekenis=signaal.betekenis,
        actie=None if status == "voldaan" else actie,
        eigenaar=None if status == "voldaan" else signaal.eigenaar,
        team=team,
    )


def als_waarschuwingen(bevindingen: list[Bevinding]) -> list[Waarschuwing]:
    """De bevindingen die aandacht vragen, in de vorm van het programmacontract."""
    uit: list[Waarschuwing] = []
    for b in bevindingen:
        if b.status == "voldaan" or (b.ernst == "info" and b.team is not None):
            continue
        wie = f" ({b.team})" if b.team else ""
        actie = f" {b.actie}" if b.actie else ""
        if actie and actie[-1] not in ".?!":
            actie += "."
        uit.append(
            Waarschuwing(
                code=f"{b.id}-{b.status}" + (f"-{slug(b.team)}" if b.team else ""),
                ernst=b.ernst,
                regel=b.regel,
                bericht=f"{b.naam}{wie}: {b.statuswoorden.zin}.{actie}",
            )
        )
    return uit
