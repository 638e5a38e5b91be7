"""Indicatoren (R4.1): per indicator uit de catalogus de metingen van dit programma.

Een indicator voor de organisatie krijgt één meetpunt met alle onderdelen van zijn soorten;
een indicator per team een meetpunt per team dat zulke onderdelen heeft (meldingen: elk team).
De streefwaarde komt uit de catalogus (aandeel, cijfer) of uit het programma zelf (aantal: de
geplande sessies). Het doel waartegen gemeten wordt, is het antwoord op het toetspunt dat de
catalogus noemt (R7.9).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from trainingsplanner.catalogus.indicatoren import Indicator as Catalogusindicator
from trainingsplanner.engine.context import Context
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.programma import Indicator, Indicatoren, Meetpunt, zonder_validatie

Groepen = dict[tuple[str, str | None], list[Voorstel]]
"""De voorstellen met sessies per (soort, teamcode); teamcode None voor de organisatie."""


def bepaal(voorstellen: Sequence[Voorstel], ctx: Context) -> Indicatoren:
    """De indicatoren van het programma met deze voorstellen (na de planning)."""
    bestand = ctx.catalogus.indicatorenbestand
    nodig = {code for ind in bestand.indicatoren for code in ind.onderdelen}
    groepen: Groepen = defaultdict(list)
    for v in voorstellen:
        if v.soort in nodig and v.sessies:  # zonder sessies valt er niets te meten
            groepen[(v.soort, v.teamcode)].append(v)
    for groep in groepen.values():
        if len(groep) > 1:
            groep.sort(key=lambda v: (v.start or dt.date.min, v.id))
    lijst = []
    for ind in bestand.indicatoren:
        meetpunten = _meetpunten(ind, groepen, ctx)
        if meetpunten:
            lijst.append(
                Indicator(
                    id=ind.id,
                    stap=ind.stap,
                    naam=ind.naam,
                    maat=ind.maat,
                    per=ind.per,
                    periode=ind.periode,
                    hoe=ind.hoe,
                    bron=list(ind.bron),
                    aanname=ind.aanname,
                    meetpunten=meetpunten,
                )
            )
    antwoord = getattr(ctx.profiel.toetspunten, bestand.doel_toetspunt, None)
    doel = antwoord.strip() if isinstance(antwoord, str) and antwoord.strip() else None
    return Indicatoren(doel=doel, toetspunt=bestand.doel_toetspunt, lijst=lijst)


def _meetpunten(ind: Catalogusindicator, groepen: Groepen, ctx: Context) -> list[Meetpunt]:
    if ind.per == "organisatie":
        alle = [v for (soort, _), vs in groepen.items() if soort in ind.onderdelen for v in vs]
        medewerkers = sum(p.team.medewerkers for p in ctx.teams())
        punt = _meetpunt(ind, None, alle, medewerkers)
        return [punt] if punt else []
    uit = []
    soorten = ind.onderdelen
    geen: list[Voorstel] = []
    for plek in ctx.teams():
        code = plek.code
        van_team = [v for soort in soorten for v in groepen.get((soort, code), geen)]
        punt = _meetpunt(ind, plek.team.naam, van_team, plek.team.medewerkers)
        if punt:
            uit.append(punt)
    return uit


def _meetpunt(
    ind: Catalogusindicator, team: str | None, voorstellen: list[Voorstel], medewerkers: int
) -> Meetpunt | None:
    """Het meetpunt, of None als er niets te meten valt (geen onderdelen met sessies). Zonder
    validatie (`zonder_validatie`): bij 600 teams zijn het er ruim 4.000."""
    basis: int | None = None
    if ind.maat == "meldingen":
        ids: list[str] = []
        basis, streef = medewerkers, None
    elif not voorstellen:
        return None
    else:
        ids = [v.id for v in voorstellen]
        streef = ind.streef
        if ind.maat == "aandeel":
            basis = sum(v.deelnemers for v in voorstellen)
        elif ind.maat == "aantal":
            streef = float(sum(v.sessies for v in voorstellen))
    velden = {"team": team, "onderdelen": ids, "basis": basis, "streef": streef}
    return zonder_validatie(Meetpunt, velden)
