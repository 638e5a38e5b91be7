"""Rollen die geen functiegroep zijn: leidinggevenden (R3.3), BOT (R6.2) en staf (R7.7)."""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.voorstel import Voorstel


def leidinggevenden(ctx: Context) -> Iterator[Voorstel]:
    """R3.3/R6.6/R7.3: een eigen training, vóór de vaardigheidstraining van elk team (R3.2)."""
    sessie = ctx.catalogus.sessies["leidinggevenden"]
    for doelgroep in sessie.doelgroepen:
        deelnemers = ctx.deelnemers_sessie(sessie, doelgroep)
        if deelnemers == 0:
            continue
        elementen = ctx.catalogus.leidinggevenden_elementen()
        yield Voorstel(
            id=f"stap3-{doelgroep}",
            soort="leidinggevenden",
            stap=3,
            titel=sessie.titel,
            doelgroep=doelgroep,
            elementen=elementen,
            leervorm=sessie.leervorm,
            trainer=sessie.trainer,
            deelnemers=deelnemers,
            groep=ctx.groep(sessie.leervorm, sessie.max_groep),
            duur=sessie.duur_dagen,
            toelichting=f"{sessie.doel}. {sessie.inhoud}.",
            waarom=[
                f"R3.3: leidinggevenden worden getraind voor hun eigen rol tijdens en na incidenten "
                f"({ctx.deelnemers('mt')} MT-leden en {ctx.deelnemers('leidinggevenden')} leidinggevenden)",
                "R6.6: de elementen komen uit de lijst voor leidinggevenden",
                "R7.3: norm uitdragen, voorbeeldrol, coachen op veiligheid, nazorg, ordegesprekken",
                "R5.4: hoger management draagt de norm uit; direct leidinggevenden worden getraind",
                "R3.2: deze training gaat vóór de vaardigheidstraining van de medewerkers",
            ],
        )


def _rol(ctx: Context, code: str, waarom: list[str]) -> Iterator[Voorstel]:
    sessie = ctx.catalogus.sessies[code]
    for doelgroep in sessie.doelgroepen:
        deelnemers = ctx.deelnemers(doelgroep)
        if deelnemers == 0:
            continue
        elementen = list(sessie.elementen)
        leervorm, trainer, extra = ctx.vorm(
            sessie, elementen, "geschikt voor een interne trainer (train-de-trainer)"
        )
        yield Voorstel(
            id=f"stap3-{doelgroep}",
            soort=code,
            stap=sessie.stap,
            titel=sessie.titel,
            doelgroep=doelgroep,
            elementen=elementen,
            leervorm=leervorm,
            trainer=trainer,
            deelnemers=deelnemers,
            groep=ctx.groep(sessie.leervorm, sessie.max_groep),
            duur=sessie.duur_dagen,
            toelichting=sessie.inhoud,
            waarom=[w.format(n=deelnemers) for w in waarom] + extra,
        )


def bot(ctx: Context) -> Iterator[Voorstel]:
    """R6.2: afhandeling, schokverwerking en opvang en nazorg zijn voor leidinggevenden en BOT."""
    namen = lijst([ctx.elementnaam(e) for e in ctx.catalogus.sessies["bot"].elementen])
    yield from _rol(
        ctx,
        "bot",
        [
            f"R6.2: {namen} zijn alleen voor leidinggevenden en BOT ({{n}} BOT-leden)",
        ],
    )


def staf(ctx: Context) -> Iterator[Voorstel]:
    """R7.7: stafmedewerkers krijgen preventie en begeleiding voor de eigen organisatie, 1–2 dagen."""
    yield from _rol(
        ctx,
        "staf",
        ["R7.7: preventie en begeleiding afgestemd op de eigen organisatie ({n} stafmedewerkers)"],
    )
