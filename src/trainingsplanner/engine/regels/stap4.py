"""Stap 4, borgen en evalueren (D5, R4.1): per jaar van de cyclus de terugkerende activiteiten.

Werkoverleg minstens tweemaal per jaar per team (R2.3), het jaarlijkse HR-gesprek (R3.4),
incidentevaluatie door bestuur en MT een- of tweemaal per jaar (R3.5, R3.6), de introductie
voor nieuwe medewerkers (R7.8) en opfrissers in de latere jaren naar risico (R4.1, R6.5).
Hoe vaak, staat in de catalogus (`terugkerend`).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus.behoeften import Activiteiten, Doelgroepen, Elementen
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.keuze import kies_elementen
from trainingsplanner.engine.regels.generator import per_jaar
from trainingsplanner.engine.voorstel import Voorstel, code
from trainingsplanner.opmaak import maal


def _maanden(jaar: int, keer: int) -> list[int]:
    """De maanden (vanaf 0) waarin een activiteit die `keer` per jaar plaatsvindt valt."""
    return [jaar * 12 + (12 * (k + 1)) // keer - 1 for k in range(keer)]


@per_jaar(Activiteiten.WERKOVERLEG, regels=("R2.3", "R4.1"))
def werkoverleg(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    t = Activiteiten.WERKOVERLEG.uit(ctx.catalogus)
    keer = t.per_jaar or 1
    for plek in ctx.teams():
        for k, maand in enumerate(_maanden(jaar, keer), start=1):
            yield Voorstel.uit_sessie(
                t,
                ctx,
                id=code(t, plek.code, t.id, f"j{jaar + 1}", k),
                plek=plek,
                deelnemers=plek.team.medewerkers + plek.team.leidinggevenden,
                jaar=jaar + 1,
                vaste_maanden=(maand, maand),
                waarom=[
                    f"R2.3: het thema staat minimaal {keer} keer per jaar op de agenda van het "
                    f"werkoverleg (jaar {jaar + 1}, keer {k})",
                    "R4.1: het werkoverleg houdt het thema levend in de meerjarige cyclus",
                ],
            )


@per_jaar(Activiteiten.HR_GESPREK, regels=("R3.4", "R4.1"))
def hr_gesprek(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    t = Activiteiten.HR_GESPREK.uit(ctx.catalogus)
    for plek in ctx.teams():
        yield Voorstel.uit_sessie(
            t,
            ctx,
            id=code(t, plek.code, t.id, f"j{jaar + 1}"),
            plek=plek,
            deelnemers=plek.team.medewerkers,
            jaar=jaar + 1,
            vaste_maanden=(jaar * 12, jaar * 12 + 11),
            waarom=[
                f"R3.4: agressie en geweld komt jaarlijks terug in de HR-gesprekscyclus (jaar {jaar + 1})",
                "R4.1: het jaarlijkse gesprek houdt het thema levend",
            ],
        )


@per_jaar(
    Activiteiten.INCIDENTEVALUATIE,
    regels=("R3.5", "R3.6", "R4.1"),
    ook=(
        Elementen.INCIDENTEN_BESPREKEN,
        Doelgroepen.COLLEGE,
        Doelgroepen.MT,
    ),
)
def incidentevaluatie(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    t = Activiteiten.INCIDENTEVALUATIE.uit(ctx.catalogus)
    deelnemers = ctx.deelnemers(Doelgroepen.COLLEGE.id) + ctx.deelnemers(Doelgroepen.MT.id)
    if deelnemers == 0:
        return
    gewoon = t.per_jaar or 1
    bij_incident = t.per_jaar_bij_bestuursincident or gewoon
    incident = ctx.profiel.bestuur.betrokken_bij_incident and t.per_jaar_bij_bestuursincident
    keer = bij_incident if incident else gewoon
    waarom = [
        f"R3.5: bestuur en hoger management bespreken en evalueren {maal(gewoon, bij_incident)} "
        "per jaar de incidenten en scherpen zo nodig afspraken aan",
    ]
    if incident:
        waarom.append(
            f"R3.6: het bestuur was betrokken bij een incident; daarom {keer} keer per jaar, "
            "met evaluatie van het handelen van alle betrokkenen vanuit de gezamenlijke norm"
        )
    for k, maand in enumerate(_maanden(jaar, keer), start=1):
        yield Voorstel.uit_sessie(
            t,
            ctx,
            id=code(t, t.id, f"j{jaar + 1}", k),
            elementen=[Elementen.INCIDENTEN_BESPREKEN.id],
            deelnemers=deelnemers,
            groepsgrootte=max(deelnemers, 1),
            jaar=jaar + 1,
            vaste_maanden=(maand, maand),
            waarom=[*waarom, f"R4.1: monitoring in de meerjarige cyclus (jaar {jaar + 1})"],
        )


@per_jaar(Activiteiten.INTRODUCTIE, regels=("R7.8", "R4.1"))
def introductie(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    aantal = ctx.profiel.organisatie.nieuwe_medewerkers_per_jaar
    if aantal == 0:
        return
    t = Activiteiten.INTRODUCTIE.uit(ctx.catalogus)
    risicovol = [team.naam for team in ctx.profiel.teams if team.risico == "hoog"]
    waarom = [
        f"R7.8: nieuwe medewerkers ({aantal} per jaar) leren de risico's, de afspraken rond "
        "veilig werken, de werkinstructies en de voorzorgsmaatregelen",
    ]
    if risicovol:
        waarom.append(
            "R7.8: wijs bij risicovolle functies een mentor toe die de ins en outs van veilig "
            "werken overdraagt: " + lijst(risicovol)
        )
    waarom.append("R4.1: jaarlijks terugkerend, zodat ook nieuwe collega's meedoen")
    yield Voorstel.uit_sessie(
        t,
        ctx,
        id=code(t, t.id, f"j{jaar + 1}"),
        deelnemers=aantal,
        jaar=jaar + 1,
        vroegst=jaar * 12,
        waarom=waarom,
    )


@per_jaar(Activiteiten.OPFRISSER, regels=("R4.1", "R6.5"))
def opfrisser(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    t = Activiteiten.OPFRISSER.uit(ctx.catalogus)
    if jaar == 0 or t.interval_jaren is None:
        return
    for plek in ctx.teams():
        interval = t.interval_jaren.get(plek.team.risico)
        if interval is None or jaar % interval:
            continue
        keuze = kies_elementen(ctx, plek.team)
        ritme = "elk jaar" if interval == 1 else f"om de {interval} jaar"
        waarom = [f"R4.1: opfrisser in jaar {jaar + 1}; bij risico {plek.team.risico} {ritme}"]
        if keuze.afgedekt:
            waarom.append(
                "R6.5: ook wat de opleiding al bood wordt hier opgefrist: "
                + lijst([ctx.elementnaam(a.element).lower() for a in keuze.afgedekt])
            )
        yield Voorstel.uit_sessie(
            t,
            ctx,
            id=code(t, plek.code, t.id, f"j{jaar + 1}"),
            plek=plek,
            elementen=[*keuze.elementen, *(a.element for a in keuze.afgedekt)],
            deelnemers=plek.team.medewerkers,
            jaar=jaar + 1,
            vroegst=jaar * 12,
            waarom=waarom,
        )
