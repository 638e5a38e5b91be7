"""Stap 1: eerst wat blokkeert oplossen (RV1, RV2, RV5), dan normstelling per doelgroep (R1.3).

Grote doelgroepen worden gesplitst in sessies van hoogstens `max_groep` van de catalogus; de
kennisonderdelen gaan naar e-learning als het profiel dat toestaat en het element past (R8.1).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus.behoeften import HERSTEL, Elementen, Sessies
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.keuze import elementen_van
from trainingsplanner.engine.regels.generator import voor_organisatie
from trainingsplanner.engine.voorstel import Voorstel, code


@voor_organisatie(
    None,
    regels=("RV1", "RV2", "RV5", "R1.1"),
    ook=(Sessies.NORMSTELLING, Elementen.NORMSTELLING_ORGANISATIE),
)
def herstel(ctx: Context) -> Iterator[Voorstel]:
    """Een blokkerende randvoorwaarde wordt het eerste onderdeel; de normstelling wacht erop."""
    status = {b.id: b for b in ctx.bevindingen}
    stap = Sessies.NORMSTELLING.uit(ctx.catalogus).stap
    for rv in ctx.catalogus.stappenplan.randvoorwaarden:
        bevinding = status[rv.id]
        if rv.herstel is None or not bevinding.blokkeert:
            continue
        deelnemers = ctx.deelnemers(rv.herstel.doelgroep) or 1
        yield Voorstel(
            id=f"stap{stap}-{HERSTEL}-{rv.id.lower()}",
            soort=HERSTEL,
            stap=stap,
            titel=rv.herstel.titel,
            doelgroep=rv.herstel.doelgroep,
            elementen=[Elementen.NORMSTELLING_ORGANISATIE.id],
            leervorm="bijeenkomst",
            trainer="intern",
            deelnemers=deelnemers,
            groepsgrootte=max(deelnemers, 1),
            duur_dagen=rv.herstel.duur_dagen,
            toelichting=rv.actie,
            waarom=[
                f"{rv.id}: {rv.naam.lower()} is {bevinding.status.replace('-', ' ')}; "
                "dit blokkeert het programma en komt daarom eerst",
                f"R1.1: stap {stap} (normstelling) kan pas als dit geregeld is; {rv.betekenis}",
            ],
        )


def _naar_e_learning(ctx: Context, doelgroep: str) -> list[str] | None:
    """R8.1: de kennisonderdelen van de normstelling die voor deze doelgroep naar e-learning
    gaan; None als de e-learning niet voor deze doelgroep is of het profiel haar niet wil."""
    kennis = Sessies.KENNIS_E_LEARNING.uit(ctx.catalogus)
    if not ctx.profiel.voorkeuren.e_learning or doelgroep not in kennis.doelgroepen:
        return None
    normstelling = Sessies.NORMSTELLING.uit(ctx.catalogus)
    return [
        e
        for e in elementen_van(ctx, normstelling).elementen
        if e in kennis.elementen and "e-learning" in ctx.catalogus.elementen[e].leervormen
    ]


@voor_organisatie(
    Sessies.NORMSTELLING,
    regels=("R1.3", "R7.1", "R1.2", "R8.1", "R8.3"),
    ook=(Sessies.KENNIS_E_LEARNING,),
)
def normstelling(ctx: Context) -> Iterator[Voorstel]:
    """R1.3/R7.1: per doelgroep een aparte sessie normstelling en bewustwording."""
    sessie = Sessies.NORMSTELLING.uit(ctx.catalogus)
    for doelgroep, deelnemers in ctx.doelgroepen_van(sessie):
        waarom = [
            f"R1.3: sessies normstelling per doelgroep, apart gehouden ({ctx.doelgroepnaam(doelgroep)}, "
            f"{deelnemers} deelnemers)",
            "R1.2: kennisdeling bereikt alle medewerkers, leidinggevenden en het bestuur",
        ]
        leden = sessie.samenvoegen.get(doelgroep)
        if leden and len(leden) > 1:
            namen = [ctx.doelgroepnaam(lid) for lid in leden]
            waarom.append(
                f"R1.3: {lijst(namen)} samen in één sessie, zoals de handreiking ze noemt"
            )
        elementen = elementen_van(ctx, sessie).elementen
        online = _naar_e_learning(ctx, doelgroep)
        if online is not None:
            elementen = [e for e in elementen if e not in online]
            waarom.append(
                f"R8.1: de kennisonderdelen ({ctx.elementnamen(online)}) gaan naar "
                "e-learning; de bijeenkomst richt zich op de norm"
            )
        if deelnemers > sessie.max_groep:
            waarom.append(
                f"R1.3: {deelnemers} deelnemers, verdeeld over sessies van hoogstens "
                f"{sessie.max_groep}"
            )
        yield Voorstel.uit_sessie(
            sessie,
            ctx,
            id=code(sessie, doelgroep),
            titel=f"{sessie.titel} — {ctx.doelgroepnaam(doelgroep)}",
            doelgroep=doelgroep,
            elementen=elementen,
            deelnemers=deelnemers,
            groepsgrootte=sessie.max_groep,
            waarom=waarom,
            interne_trainer="normstelling en beleid kan een interne trainer geven (train-de-trainer)",
        )


@voor_organisatie(
    Sessies.KENNIS_E_LEARNING,
    regels=("R8.1", "R1.2"),
    ook=(Sessies.NORMSTELLING,),
)
def kennis_e_learning(ctx: Context) -> Iterator[Voorstel]:
    """R8.1: de kennisonderdelen die de normstelling afstaat, als e-learning met toets."""
    kennis = Sessies.KENNIS_E_LEARNING.uit(ctx.catalogus)
    normstelling = Sessies.NORMSTELLING.uit(ctx.catalogus)
    for doelgroep, deelnemers in ctx.doelgroepen_van(normstelling):
        if not _naar_e_learning(ctx, doelgroep):
            continue
        yield Voorstel.uit_sessie(
            kennis,
            ctx,
            id=code(kennis, doelgroep, "e-learning"),
            titel=f"{kennis.titel} — {ctx.doelgroepnaam(doelgroep)}",
            doelgroep=doelgroep,
            deelnemers=deelnemers,
            waarom=[
                "R8.1: e-learning past bij theorie, beleid en protocol en bij toetsing",
                "R1.2: iedereen leert het beleid en het agressieprotocol",
            ],
        )
