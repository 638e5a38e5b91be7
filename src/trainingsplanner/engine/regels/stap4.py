"""Stap 4, borgen en evalueren (D5, R4.1): per jaar van de cyclus de terugkerende activiteiten.

Werkoverleg minstens tweemaal per jaar per team (R2.3), het jaarlijkse HR-gesprek (R3.4),
incidentevaluatie door bestuur en MT een- of tweemaal per jaar (R3.5, R3.6), de introductie
van nieuwe medewerkers in hun eerste maand (R7.8), en per team de leerdoelwijzer opnieuw met
een incidentbespreking, gevolgd door een opfrisser op de nieuwe leerdoelen (R4.1, R2.2): geen
routinematige herhaling. Hoe vaak, staat in de catalogus (`terugkerend`); vaste momenten
vallen in een open maand (`Kalender`, planning.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus.behoeften import Activiteiten, Doelgroepen, Elementen
from trainingsplanner.catalogus.modellen import Terugkerend
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.regels.generator import per_jaar
from trainingsplanner.engine.voorstel import Voorstel, code
from trainingsplanner.opmaak import maal


def _maanden(ctx: Context, jaar: int, keer: int) -> list[int]:
    """De maanden (vanaf 0) waarin een activiteit die `keer` per jaar plaatsvindt valt: gelijk
    verdeeld over het jaar, elk in de dichtstbijzijnde open maand van dat jaar."""
    eerste, laatste = jaar * 12, jaar * 12 + 11
    return [
        ctx.kalender.dichtstbij_open(eerste + (12 * (k + 1)) // keer - 1, eerste, laatste)
        for k in range(keer)
    ]


def _in_cyclus(t: Terugkerend, jaar: int) -> bool:
    """Een activiteit met een interval: vanaf het tweede jaar, om de `interval_jaren` jaar."""
    return t.interval_jaren is not None and jaar > 0 and jaar % t.interval_jaren == 0


@per_jaar(Activiteiten.WERKOVERLEG, regels=("R2.3", "R4.1", "D6"))
def werkoverleg(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    t = Activiteiten.WERKOVERLEG.uit(ctx.catalogus)
    keer = t.per_jaar or 1
    # Voor elk team dezelfde maanden en teksten: één keer (bij 600 teams 3.600 onderdelen).
    momenten = [
        (
            k,
            (maand, maand),
            f"R2.3: het thema staat minimaal {keer} keer per jaar op de agenda van het "
            f"werkoverleg (jaar {jaar + 1}, keer {k})",
        )
        for k, maand in enumerate(_maanden(ctx, jaar, keer), start=1)
    ]
    j = f"j{jaar + 1}"
    for plek in ctx.teams():
        for k, maanden, agenda in momenten:
            yield Voorstel.uit_sessie(
                t,
                ctx,
                id=code(t, plek.code, t.id, j, k),
                plek=plek,
                deelnemers=plek.team.medewerkers + plek.team.leidinggevenden,
                jaar=jaar + 1,
                vaste_maanden=maanden,
                waarom=[
                    agenda,
                    "R4.1: het werkoverleg houdt het thema levend in de meerjarige cyclus",
                ],
            )


@per_jaar(Activiteiten.HR_GESPREK, regels=("R3.4", "R4.1", "D6"))
def hr_gesprek(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    t = Activiteiten.HR_GESPREK.uit(ctx.catalogus)
    j, heel_jaar = f"j{jaar + 1}", (jaar * 12, jaar * 12 + 11)
    cyclus = (
        f"R3.4: agressie en geweld komt jaarlijks terug in de HR-gesprekscyclus (jaar {jaar + 1})"
    )
    for plek in ctx.teams():
        yield Voorstel.uit_sessie(
            t,
            ctx,
            id=code(t, plek.code, t.id, j),
            plek=plek,
            deelnemers=plek.team.medewerkers,
            jaar=jaar + 1,
            vaste_maanden=heel_jaar,
            waarom=[cyclus, "R4.1: het jaarlijkse gesprek houdt het thema levend"],
        )


@per_jaar(
    Activiteiten.INCIDENTEVALUATIE,
    regels=("R3.5", "R3.6", "R4.1", "D6"),
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
    for k, maand in enumerate(_maanden(ctx, jaar, keer), start=1):
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


@per_jaar(Activiteiten.INTRODUCTIE, regels=("R7.8", "R4.1", "D6"))
def introductie(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    """R7.8: een vaste procedure: elke nieuwe medewerker in de eerste maand na indiensttreding."""
    aantal = ctx.profiel.organisatie.nieuwe_medewerkers_per_jaar
    if aantal == 0:
        return
    t = Activiteiten.INTRODUCTIE.uit(ctx.catalogus)
    risicovol = [team.naam for team in ctx.profiel.teams if team.risico == "hoog"]
    waarom = [
        "R7.8: elke nieuwe medewerker hoort in de eerste maand na indiensttreding de risico's van "
        "de functie, de afspraken rond veilig werken, de werkinstructies en de "
        f"voorzorgsmaatregelen: een vaste procedure, geen jaarlijkse bijeenkomst ({aantal} "
        f"nieuwe medewerkers verwacht in jaar {jaar + 1})",
    ]
    if risicovol:
        waarom.append(
            "R7.8: in teams met hoog risico draagt ook de mentor de ins en outs van veilig "
            "werken over: " + lijst(risicovol)
        )
    waarom.append("R4.1: de introductie loopt het hele jaar door, elk jaar van de cyclus")
    yield Voorstel.uit_sessie(
        t,
        ctx,
        id=code(t, t.id, f"j{jaar + 1}"),
        deelnemers=aantal,
        jaar=jaar + 1,
        vaste_maanden=(jaar * 12, jaar * 12 + 11),
        waarom=waarom,
    )


@per_jaar(Activiteiten.LEERDOELEN_HERZIEN, regels=("R4.1", "R2.2", "R3.5", "D6"))
def leerdoelen_herzien(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    """R4.1, R2.2, R3.5: elk volgend jaar eerst de leerdoelen opnieuw en de incidenten erbij."""
    t = Activiteiten.LEERDOELEN_HERZIEN.uit(ctx.catalogus)
    if not _in_cyclus(t, jaar):
        return
    j, titel = f"j{jaar + 1}", f"{t.titel} (jaar {jaar + 1})"
    opnieuw = (
        "R4.1: geen routinematige herhaling van de training: het team kijkt eerst "
        f"opnieuw naar wat het moet leren (l.33-36, jaar {jaar + 1})"
    )
    for plek in ctx.teams():
        deelnemers = plek.team.medewerkers + plek.team.leidinggevenden
        yield Voorstel.uit_sessie(
            t,
            ctx,
            id=code(t, plek.code, t.id, j),
            plek=plek,
            titel=f"{titel} — {plek.team.naam}",
            deelnemers=deelnemers,
            groepsgrootte=max(deelnemers, 1),
            jaar=jaar + 1,
            vroegst=jaar * 12,
            waarom=[
                opnieuw,
                "R2.2: de leerdoelwijzer opnieuw, getoetst aan de teamdoelen",
                "R3.5: de incidenten van het afgelopen jaar bespreken: wat leren we ervan?",
            ],
        )


@per_jaar(Activiteiten.OPFRISSER, regels=("R4.1", "R2.2", "D6"))
def opfrisser(ctx: Context, jaar: int) -> Iterator[Voorstel]:
    """R4.1: een opfrisser op de nieuwe leerdoelen van dit jaar, na de leerdoelwijzer."""
    t = Activiteiten.OPFRISSER.uit(ctx.catalogus)
    if not _in_cyclus(t, jaar):
        return
    j, titel = f"j{jaar + 1}", f"{t.titel} (jaar {jaar + 1})"
    nieuw = (
        "R4.1: de opfrisser oefent de nieuwe leerdoelen van dit jaar, geen vaste "
        f"herhaling van de eerste training (l.33-36, jaar {jaar + 1})"
    )
    for plek in ctx.teams():
        yield Voorstel.uit_sessie(
            t,
            ctx,
            id=code(t, plek.code, t.id, j),
            plek=plek,
            titel=f"{titel} — {plek.team.naam}",
            deelnemers=plek.team.medewerkers,
            jaar=jaar + 1,
            vroegst=jaar * 12,
            waarom=[
                nieuw,
                "R2.2: welke elementen het worden, volgt uit de leerdoelwijzer van dit jaar",
            ],
        )
