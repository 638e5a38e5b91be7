"""Rollen die geen functiegroep zijn: leidinggevenden (R3.3), BOT (R6.2) en staf (R7.7)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from trainingsplanner.catalogus.behoeften import Doelgroepen, Sessies, Verwijzing
from trainingsplanner.catalogus.modellen import Sessie
from trainingsplanner.engine.context import Context
from trainingsplanner.engine.keuze import elementen_van
from trainingsplanner.engine.regels.generator import voor_organisatie
from trainingsplanner.engine.voorstel import Voorstel, code

_INTERN = "geschikt voor een interne trainer (train-de-trainer)"


def _per_doelgroep(
    ctx: Context,
    verwijzing: Verwijzing[Sessie],
    waarom: Callable[[int], list[str]],
    interne_trainer: str | None = None,
    toelichting: str | None = None,
) -> Iterator[Voorstel]:
    """Eén onderdeel per doelgroep van de sessie; `waarom` krijgt het aantal deelnemers."""
    sessie = verwijzing.uit(ctx.catalogus)
    for doelgroep, deelnemers in ctx.doelgroepen_van(sessie):
        yield Voorstel.uit_sessie(
            sessie,
            ctx,
            id=code(sessie, doelgroep),
            doelgroep=doelgroep,
            deelnemers=deelnemers,
            waarom=waarom(deelnemers),
            interne_trainer=interne_trainer,
            toelichting=toelichting or sessie.inhoud,
        )


@voor_organisatie(
    Sessies.LEIDINGGEVENDEN,
    regels=("R3.3", "R6.6", "R7.3", "R5.4", "R3.2"),
    ook=(Doelgroepen.MT, Doelgroepen.LEIDINGGEVENDEN),
)
def leidinggevenden(ctx: Context) -> Iterator[Voorstel]:
    """R3.3/R6.6/R7.3: een eigen training, vóór de vaardigheidstraining van elk team (R3.2)."""
    sessie = Sessies.LEIDINGGEVENDEN.uit(ctx.catalogus)
    mt = ctx.deelnemers(Doelgroepen.MT.id)
    overig = ctx.deelnemers(Doelgroepen.LEIDINGGEVENDEN.id)
    waarom = [
        "R3.3: leidinggevenden worden getraind voor hun eigen rol tijdens en na incidenten "
        f"({mt} MT-leden en {overig} leidinggevenden)",
        "R6.6: de elementen komen uit de lijst voor leidinggevenden",
        "R7.3: norm uitdragen, voorbeeldrol, coachen op veiligheid, nazorg, ordegesprekken",
        "R5.4: hoger management draagt de norm uit; direct leidinggevenden worden getraind",
        "R3.2: deze training gaat vóór de vaardigheidstraining van de medewerkers",
    ]
    yield from _per_doelgroep(
        ctx,
        Sessies.LEIDINGGEVENDEN,
        lambda _: list(waarom),
        toelichting=f"{sessie.doel}. {sessie.inhoud}.",
    )


@voor_organisatie(Sessies.BOT, regels=("R6.2", "R8.3"))
def bot(ctx: Context) -> Iterator[Voorstel]:
    """R6.2: afhandeling, schokverwerking en opvang en nazorg zijn voor leidinggevenden en BOT."""
    namen = ctx.elementnamen(elementen_van(ctx, Sessies.BOT.uit(ctx.catalogus)).elementen)
    yield from _per_doelgroep(
        ctx,
        Sessies.BOT,
        lambda n: [f"R6.2: {namen} zijn alleen voor leidinggevenden en BOT ({n} BOT-leden)"],
        _INTERN,
    )


@voor_organisatie(Sessies.STAF, regels=("R7.7", "R8.3"))
def staf(ctx: Context) -> Iterator[Voorstel]:
    """R7.7: stafmedewerkers krijgen preventie en begeleiding voor de eigen organisatie."""
    yield from _per_doelgroep(
        ctx,
        Sessies.STAF,
        lambda n: [
            f"R7.7: preventie en begeleiding afgestemd op de eigen organisatie ({n} stafmedewerkers)"
        ],
        _INTERN,
    )
