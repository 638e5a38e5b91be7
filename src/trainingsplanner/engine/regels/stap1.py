"""Stap 1: eerst wat blokkeert oplossen (RV1, RV2, RV5), dan normstelling per doelgroep (R1.3).

Grote doelgroepen worden gesplitst in sessies van hoogstens `max_groep` van de catalogus; de
kennisonderdelen gaan naar e-learning als het profiel dat toestaat en het element past (R8.1).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus.behoeften import HERSTEL, Sessies
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.keuze import elementen_van
from trainingsplanner.engine.regels.generator import voor_organisatie
from trainingsplanner.engine.voorstel import Voorstel, code
from trainingsplanner.opmaak import in_zin
from trainingsplanner.programma import Bevinding


@voor_organisatie(None, regels=("RV1", "RV2", "RV5", "R1.1", "D6"), ook=(Sessies.NORMSTELLING,))
def herstel(ctx: Context) -> Iterator[Voorstel]:
    """RV1, RV2, RV5: de herstelketen uit de catalogus, schakel na schakel; de normstelling
    wacht op de hele keten (volgorde-eis `herstel`)."""
    status = {b.id: b for b in ctx.bevindingen}
    stap = Sessies.NORMSTELLING.uit(ctx.catalogus).stap
    keten = [
        (schakel, [status[rv] for rv in schakel.lost_op if status[rv].status in schakel.bij_status])
        for schakel in ctx.catalogus.stappenplan.herstelketen
    ]
    keten = [(schakel, oorzaken) for schakel, oorzaken in keten if oorzaken]
    vorige: Voorstel | None = None
    for nummer, (schakel, oorzaken) in enumerate(keten, start=1):
        deelnemers = ctx.deelnemers(schakel.doelgroep)
        voorstel = Voorstel(
            id=f"stap{stap}-{HERSTEL}-{schakel.id}",
            soort=HERSTEL,
            stap=stap,
            titel=schakel.titel,
            doelgroep=schakel.doelgroep,
            elementen=list(schakel.elementen),
            leervorm=schakel.leervorm,
            trainer="geen",
            deelnemers=deelnemers,
            groepsgrootte=max(deelnemers, 1),
            duur_dagen=schakel.duur_dagen,
            toelichting=schakel.inhoud,
            eigenaar=schakel.eigenaar,
            doorlooptijd=schakel.doorlooptijd_maanden,
            aannames=list(schakel.aanname),
            waarom=[*map(_oorzaak, oorzaken)],
        )
        eerste = oorzaken[0].regel
        plek = f"{eerste}: schakel {nummer} van {len(keten)} in de herstelketen"
        if vorige is not None:
            voorstel.na.append(vorige.id)
            plek += f", na: {vorige.titel.lower()}"
        voorstel.waarom.append(plek)
        if any(b.blokkeert for b in oorzaken):
            voorstel.waarom.append(
                f"R1.1: stap {stap} (normstelling) begint pas als de keten rond is; de datums "
                "van het programma zijn tot dan indicatief"
            )
        voorstel.markeer_aannames()
        vorige = voorstel
        yield voorstel


def _oorzaak(b: Bevinding) -> str:
    """Waarom deze schakel er is: de randvoorwaarde, haar status en wat dat betekent."""
    gevolg = (
        "dit blokkeert het programma tot het is opgelost"
        if b.blokkeert
        else "de aanpak moet met de top zijn vastgesteld (l.489-491)"
    )
    return f"{b.regel}: {b.naam.lower()} is {b.statuswoorden.zin}; {gevolg}"


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
    regels=("R1.3", "R7.1", "R1.2", "R8.1", "R8.3", "D6"),
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
    regels=("R8.1", "R1.2", "D6"),
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


@voor_organisatie(Sessies.BESTUURSINCIDENT, regels=("R3.6", "R3.5", "D6"))
def bestuursincident(ctx: Context) -> Iterator[Voorstel]:
    """R3.6: was het bestuur betrokken bij een incident, dan eerst dat incident evalueren."""
    if not ctx.profiel.bestuur.betrokken_bij_incident:
        return
    sessie = Sessies.BESTUURSINCIDENT.uit(ctx.catalogus)
    for doelgroep, deelnemers in ctx.doelgroepen_van(sessie):
        leden = [
            in_zin(ctx.doelgroepnaam(lid)) for lid in sessie.samenvoegen.get(doelgroep, [doelgroep])
        ]
        yield Voorstel.uit_sessie(
            sessie,
            ctx,
            id=code(sessie, sessie.id),
            doelgroep=doelgroep,
            deelnemers=deelnemers,
            groepsgrootte=max(deelnemers, 1),
            waarom=[
                "R3.6: het bestuur was betrokken bij een incident: eerst het handelen van alle "
                f"betrokkenen evalueren vanuit de gezamenlijke norm, met {lijst(leden)} en met "
                "de raad via de griffier (l.146-149)",
                "R3.6: in de interne keten sluitende afspraken maken over het reageren op "
                "agressie en geweld, vóór de vaardigheidstrainingen van de medewerkers",
                "R3.5: daarna evalueren bestuur en hoger management de incidenten elk jaar",
            ],
        )
