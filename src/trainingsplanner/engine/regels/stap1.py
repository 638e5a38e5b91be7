"""Stap 1: eerst wat blokkeert oplossen (RV1, RV2, RV5), dan normstelling per doelgroep (R1.3).

Grote doelgroepen worden gesplitst in sessies van hoogstens de catalogusgroep (25); de
kennisonderdelen gaan naar e-learning als het profiel dat toestaat en het element past (R8.1).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.voorstel import Voorstel


def herstel(ctx: Context) -> Iterator[Voorstel]:
    """Een blokkerende randvoorwaarde wordt het eerste onderdeel; stap 1 wacht erop."""
    status = {b.id: b for b in ctx.bevindingen}
    for rv in ctx.catalogus.stappenplan.randvoorwaarden:
        bevinding = status[rv.id]
        if rv.herstel is None or bevinding.ernst != "blokkerend":
            continue
        deelnemers = ctx.deelnemers(rv.herstel.doelgroep) or 1
        yield Voorstel(
            id=f"stap1-herstel-{rv.id.lower()}",
            soort="herstel",
            stap=1,
            titel=rv.herstel.titel,
            doelgroep=rv.herstel.doelgroep,
            elementen=["normstelling-organisatie"],
            leervorm="bijeenkomst",
            trainer="intern",
            deelnemers=deelnemers,
            groep=max(deelnemers, 1),
            duur=rv.herstel.duur_dagen,
            toelichting=rv.actie,
            waarom=[
                f"{rv.id}: {rv.naam.lower()} is {bevinding.status.replace('-', ' ')}; "
                "dit blokkeert het programma en komt daarom eerst",
                f"R1.1: stap 1 (normstelling) kan pas als dit geregeld is; {rv.betekenis}",
            ],
        )


def normstelling(ctx: Context) -> Iterator[Voorstel]:
    """R1.3/R7.1: per doelgroep een aparte sessie normstelling en bewustwording."""
    sessie = ctx.catalogus.sessies["normstelling"]
    e_learning = ctx.profiel.voorkeuren.e_learning
    kennis = ctx.catalogus.sessies["kennis-e-learning"]
    for doelgroep in sessie.doelgroepen:
        deelnemers = ctx.deelnemers_sessie(sessie, doelgroep)
        if deelnemers == 0:
            continue
        elementen = list(sessie.elementen)
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
        naar_e_learning: list[str] = []
        if e_learning and doelgroep in kennis.doelgroepen:
            naar_e_learning = [
                e
                for e in elementen
                if e in kennis.elementen and "e-learning" in ctx.catalogus.elementen[e].leervormen
            ]
            elementen = [e for e in elementen if e not in naar_e_learning]
            waarom.append(
                "R8.1: de kennisonderdelen ("
                + lijst([ctx.elementnaam(e) for e in naar_e_learning])
                + ") gaan naar e-learning; de bijeenkomst richt zich op de norm"
            )
        groep = sessie.max_groep
        if deelnemers > groep:
            waarom.append(
                f"R1.3: {deelnemers} deelnemers, verdeeld over sessies van hoogstens {groep}"
            )
        leervorm, trainer, extra = ctx.vorm(
            sessie,
            elementen,
            "normstelling en beleid kan een interne trainer geven (train-de-trainer)",
        )
        waarom.extend(extra)
        yield Voorstel(
            id=f"stap1-{doelgroep}",
            soort="normstelling",
            stap=1,
            titel=f"{sessie.titel} — {ctx.doelgroepnaam(doelgroep)}",
            doelgroep=doelgroep,
            elementen=elementen,
            leervorm=leervorm,
            trainer=trainer,
            deelnemers=deelnemers,
            groep=groep,
            duur=sessie.duur_dagen,
            toelichting=sessie.inhoud,
            waarom=waarom,
        )
        if naar_e_learning:
            yield Voorstel(
                id=f"stap1-{doelgroep}-e-learning",
                soort="kennis-e-learning",
                stap=1,
                titel=f"{kennis.titel} — {ctx.doelgroepnaam(doelgroep)}",
                doelgroep=doelgroep,
                elementen=list(kennis.elementen),
                leervorm="e-learning",
                trainer="geen",
                deelnemers=deelnemers,
                groep=kennis.max_groep,
                duur=kennis.duur_dagen,
                toelichting=kennis.inhoud,
                waarom=[
                    "R8.1: e-learning past bij theorie, beleid en protocol en bij toetsing",
                    "R1.2: iedereen leert het beleid en het agressieprotocol",
                ],
            )
