"""Stap 4, borgen en evalueren (D5, R4.1): per jaar van de cyclus de terugkerende activiteiten.

Werkoverleg minstens tweemaal per jaar per team (R2.3), het jaarlijkse HR-gesprek (R3.4),
incidentevaluatie door bestuur en MT een- of tweemaal per jaar (R3.5, R3.6), de introductie
voor nieuwe medewerkers (R7.8) en opfrissers in de latere jaren naar risico (R4.1, R6.5).
Hoe vaak, staat in de catalogus (`terugkerend`).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus.modellen import Terugkerend
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.regels.teams import kies_elementen
from trainingsplanner.engine.voorstel import Voorstel, teamvelden


def _maanden(jaar: int, keer: int) -> list[int]:
    """De maanden (vanaf 0) waarin een activiteit die `keer` per jaar plaatsvindt valt."""
    return [jaar * 12 + (12 * (k + 1)) // keer - 1 for k in range(keer)]


def terugkerend(ctx: Context) -> Iterator[Voorstel]:
    activiteiten = {t.id: t for t in ctx.catalogus.stappenplan.terugkerend}
    for jaar in range(ctx.profiel.looptijd_jaren):
        yield from _werkoverleg(ctx, activiteiten["werkoverleg"], jaar)
        yield from _hr_gesprek(ctx, activiteiten["hr-gesprek"], jaar)
        yield from _incidentevaluatie(ctx, activiteiten["incidentevaluatie"], jaar)
        yield from _introductie(ctx, activiteiten["introductie"], jaar)
        yield from _opfrisser(ctx, activiteiten["opfrisser"], jaar)


def _werkoverleg(ctx: Context, t: Terugkerend, jaar: int) -> Iterator[Voorstel]:
    keer = t.per_jaar or 2
    for team, code in ctx.teams():
        for k, maand in enumerate(_maanden(jaar, keer), start=1):
            yield Voorstel(
                id=f"stap4-{code}-werkoverleg-j{jaar + 1}-{k}",
                soort=t.id,
                stap=4,
                titel=f"{t.titel} — {team.naam}",
                **teamvelden(team, code),
                elementen=list(t.elementen),
                leervorm=t.leervorm,
                trainer=t.trainer,
                deelnemers=team.medewerkers + team.leidinggevenden,
                groep=t.max_groep,
                duur=t.duur_dagen,
                toelichting=t.inhoud,
                jaar=jaar + 1,
                vaste_maanden=(maand, maand),
                waarom=[
                    f"R2.3: het thema staat minimaal {keer} keer per jaar op de agenda van het "
                    f"werkoverleg (jaar {jaar + 1}, keer {k})",
                    "R4.1: het werkoverleg houdt het thema levend in de meerjarige cyclus",
                ],
            )


def _hr_gesprek(ctx: Context, t: Terugkerend, jaar: int) -> Iterator[Voorstel]:
    for team, code in ctx.teams():
        yield Voorstel(
            id=f"stap4-{code}-hr-gesprek-j{jaar + 1}",
            soort=t.id,
            stap=4,
            titel=f"{t.titel} — {team.naam}",
            **teamvelden(team, code),
            elementen=list(t.elementen),
            leervorm=t.leervorm,
            trainer=t.trainer,
            deelnemers=team.medewerkers,
            groep=t.max_groep,
            duur=t.duur_dagen,
            toelichting=t.inhoud,
            jaar=jaar + 1,
            vaste_maanden=(jaar * 12, jaar * 12 + 11),
            waarom=[
                f"R3.4: agressie en geweld komt jaarlijks terug in de HR-gesprekscyclus (jaar {jaar + 1})",
                "R4.1: het jaarlijkse gesprek houdt het thema levend",
            ],
        )


def _incidentevaluatie(ctx: Context, t: Terugkerend, jaar: int) -> Iterator[Voorstel]:
    bestuur = ctx.profiel.bestuur
    deelnemers = bestuur.college + ctx.profiel.organisatie.mt
    if deelnemers == 0:
        return
    incident = bestuur.betrokken_bij_incident and t.per_jaar_bij_bestuursincident
    keer = (t.per_jaar_bij_bestuursincident if incident else t.per_jaar) or 1
    waarom = [
        "R3.5: bestuur en hoger management bespreken en evalueren een- tot tweemaal per jaar "
        "de incidenten en scherpen zo nodig afspraken aan",
    ]
    if incident:
        waarom.append(
            f"R3.6: het bestuur was betrokken bij een incident; daarom {keer} keer per jaar, "
            "met evaluatie van het handelen van alle betrokkenen vanuit de gezamenlijke norm"
        )
    for k, maand in enumerate(_maanden(jaar, keer), start=1):
        yield Voorstel(
            id=f"stap4-incidentevaluatie-j{jaar + 1}-{k}",
            soort=t.id,
            stap=4,
            titel=t.titel,
            doelgroep=t.doelgroep,
            elementen=["incidenten-bespreken-en-leren"],
            leervorm=t.leervorm,
            trainer=t.trainer,
            deelnemers=deelnemers,
            groep=max(deelnemers, 1),
            duur=t.duur_dagen,
            toelichting=t.inhoud,
            jaar=jaar + 1,
            vaste_maanden=(maand, maand),
            waarom=[*waarom, f"R4.1: monitoring in de meerjarige cyclus (jaar {jaar + 1})"],
        )


def _introductie(ctx: Context, t: Terugkerend, jaar: int) -> Iterator[Voorstel]:
    aantal = ctx.profiel.organisatie.nieuwe_medewerkers_per_jaar
    if aantal == 0:
        return
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
    yield Voorstel(
        id=f"stap4-introductie-j{jaar + 1}",
        soort=t.id,
        stap=4,
        titel=t.titel,
        doelgroep=t.doelgroep,
        elementen=list(t.elementen),
        leervorm=t.leervorm,
        trainer=t.trainer,
        deelnemers=aantal,
        groep=t.max_groep,
        duur=t.duur_dagen,
        toelichting=t.inhoud,
        jaar=jaar + 1,
        vroegst=jaar * 12,
        waarom=waarom,
    )


def _opfrisser(ctx: Context, t: Terugkerend, jaar: int) -> Iterator[Voorstel]:
    if jaar == 0 or t.interval_jaren is None:
        return
    for team, code in ctx.teams():
        interval = t.interval_jaren.get(team.risico)
        if interval is None or jaar % interval:
            continue
        keuze = kies_elementen(ctx, team)
        elementen = [*keuze.elementen, *(a.element for a in keuze.afgedekt)]
        ritme = "elk jaar" if interval == 1 else f"om de {interval} jaar"
        waarom = [f"R4.1: opfrisser in jaar {jaar + 1}; bij risico {team.risico} {ritme}"]
        if keuze.afgedekt:
            waarom.append(
                "R6.5: ook wat de opleiding al bood wordt hier opgefrist: "
                + lijst([ctx.elementnaam(a.element).lower() for a in keuze.afgedekt])
            )
        yield Voorstel(
            id=f"stap4-{code}-opfrisser-j{jaar + 1}",
            soort=t.id,
            stap=4,
            titel=f"{t.titel} — {team.naam}",
            **teamvelden(team, code),
            elementen=elementen,
            leervorm=t.leervorm,
            trainer=t.trainer,
            deelnemers=team.medewerkers,
            groep=ctx.groep(t.leervorm, t.max_groep),
            duur=t.duur_dagen,
            toelichting=t.inhoud,
            jaar=jaar + 1,
            vroegst=jaar * 12,
            waarom=waarom,
        )
