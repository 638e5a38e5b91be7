"""Gereedheid: de randvoorwaarden (RV1–RV5), de toetspunten (R7.9), de feiten over bestuur en
bedrijfsopvangteam (R3.6, R6.2) en de basiscompetenties per team (R5.3).

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
    """Alle bevindingen voor dit profiel, in vaste volgorde: RV1–RV5, toetspunten, bestuur,
    bedrijfsopvangteam, teams. Een team zonder eigen antwoord over zijn basiscompetenties,
    terwijl de organisatie het niet weet, staat er niet apart in: RV4 zegt het al."""
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
                actie=None if status == "voldaan" else rv.actie_voor(status),
                eigenaar=None if status == "voldaan" else rv.eigenaar,
            )
        )
    bevindingen += _toetspunten(profiel, cat)
    signalen = cat.stappenplan.signalen
    incident: Status = "ja" if profiel.bestuur.betrokken_bij_incident else "nee"
    bevindingen.append(_signaal(signalen["bestuursincident"], "bestuursincident", incident))
    if profiel.organisatie.bot == 0:
        bevindingen.append(_signaal(signalen["bot"], "bot", "nee"))
    for team in profiel.teams:
        status = status_van(profiel.basiscompetenties_van(team))
        geerfd = team.basiscompetenties is None and status in ("onbekend", "niet-ingevuld")
        if status != "voldaan" and not geerfd:
            bevindingen.append(
                _signaal(
                    signalen["basiscompetenties-team"],
                    "basiscompetenties",
                    status,
                    team=team.naam,
                )
            )
    return bevindingen


def _toetspunten(profiel: Profiel, cat: Catalogus) -> list[Bevinding]:
    """R7.9: een toetspunt is beantwoord (met het antwoord erbij) of niet ingevuld."""
    uit = []
    for punt in cat.stappenplan.toetspunten:
        antwoord = getattr(profiel.toetspunten, punt.id, None)
        antwoord = antwoord.strip() if antwoord else None
        status: Status = "beantwoord" if antwoord else "niet-ingevuld"
        bevinding = _signaal(
            cat.stappenplan.signalen["toetspunt"], f"toetspunt-{punt.id}", status, vraag=punt.vraag
        )
        uit.append(
            bevinding.model_copy(
                update={
                    "naam": f"Toetspunt {punt.id}",
                    "betekenis": punt.vraag,
                    "antwoord": antwoord,
                }
            )
        )
    return uit


_ZONDER_ACTIE: tuple[Status, ...] = ("voldaan", "beantwoord")


def _signaal(
    signaal: Signaal,
    code: str,
    status: Status,
    *,
    team: str | None = None,
    vraag: str | None = None,
) -> Bevinding:
    ernst = signaal.ernst[status]
    geen_actie = status in _ZONDER_ACTIE or ernst == "info"
    actie = signaal.actie_voor(status).replace("{team}", team or "").replace("{vraag}", vraag or "")
    return Bevinding(
        id=code,
        regel=signaal.regel,
        naam=signaal.naam,
        status=status,
        ernst=ernst,
        betekenis=signaal.betekenis,
        actie=None if geen_actie else actie,
        eigenaar=None if geen_actie else signaal.eigenaar,
        team=team,
    )


def als_waarschuwingen(bevindingen: list[Bevinding]) -> list[Waarschuwing]:
    """De bevindingen die aandacht vragen, in de vorm van het programmacontract.

    Een bevinding met ernst info vraagt niets: zij staat in de gereedheid, niet hier.
    """
    uit: list[Waarschuwing] = []
    for b in bevindingen:
        if b.ernst == "info" or b.status in _ZONDER_ACTIE:
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
