"""Per team: de werkafspraken van stap 2 (R2.1) of de toets van een bestaande teamnorm (R7.5),
de mentor bij hoog risico (R7.8), basiscompetenties (R5.3) en de teamtraining (R7.6); de
vaardigheidstraining en de kennis vooraf staan in `vaardigheden.py`.

Teams met een hoog risico krijgen voorrang in de planning (R3.1, `voorrang`).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus.behoeften import Sessies, Verwijzing
from trainingsplanner.catalogus.modellen import Sessie
from trainingsplanner.engine.context import Context, Teamplek
from trainingsplanner.engine.regels.generator import per_team
from trainingsplanner.engine.voorstel import Voorstel, code
from trainingsplanner.opmaak import bereik_dagen

VOORRANG = {"hoog": 0, "midden": 1, "laag": 2}


def voorrang(ctx: Context, plek: Teamplek, voorstellen: list[Voorstel]) -> None:
    """R3.1: een team met een hoog risico gaat voor; de reden staat bij zijn trainingen, de
    onderdelen van de stap die R3.1 noemt in stappenplan.yaml."""
    risico = plek.team.risico
    for voorstel in voorstellen:
        voorstel.voorrang = VOORRANG[risico]
    if risico != "hoog":
        return
    stap = ctx.catalogus.stap_met_regel("R3.1")
    for voorstel in voorstellen:
        if voorstel.stap == stap:
            voorstel.waarom.append(
                "R3.1: hoog risico in de functie: dit team krijgt voorrang in de planning"
            )


def _met_het_hele_team(
    ctx: Context,
    plek: Teamplek,
    verwijzing: Verwijzing[Sessie],
    *,
    achtervoegsel: list[str],
    interne_trainer: str,
    waarom: list[str],
) -> Voorstel:
    """Een sessie voor het hele team met de leidinggevende erbij, in één groep (R2.1, R7.6)."""
    sessie = verwijzing.uit(ctx.catalogus)
    return Voorstel.uit_sessie(
        sessie,
        ctx,
        id=code(sessie, plek.code, *achtervoegsel),
        plek=plek,
        deelnemers=plek.team.medewerkers + plek.team.leidinggevenden,
        groepsgrootte=sessie.max_groep,
        waarom=waarom,
        interne_trainer=interne_trainer,
    )


@per_team(Sessies.TEAMSESSIE, regels=("R2.1", "R7.2", "R2.2", "R8.3", "R7.5", "D6"))
def teamsessie(ctx: Context, plek: Teamplek) -> Iterator[Voorstel]:
    """R2.1: elk team vertaalt norm en protocol naar werkafspraken, in de duur van R7.2; een
    team met een teamnorm toetst die kort in het werkoverleg (R7.5)."""
    sessie = Sessies.TEAMSESSIE.uit(ctx.catalogus)
    variant = sessie.bij_teamnorm
    if plek.team.teamnorm and variant is not None:
        yield Voorstel.uit_sessie(
            sessie,
            ctx,
            id=code(sessie, plek.code),
            plek=plek,
            titel=f"{variant.titel} — {plek.team.naam}",
            deelnemers=plek.team.medewerkers + plek.team.leidinggevenden,
            groepsgrootte=max(plek.team.medewerkers + plek.team.leidinggevenden, 1),
            leervorm=variant.leervorm,
            trainer=variant.trainer,
            duur_dagen=variant.duur_dagen,
            toelichting=variant.inhoud,
            aannames=list(variant.aanname),
            waarom=[
                f"R7.5: team {plek.team.naam} heeft al een teamnorm: geen eerste aanzet van een "
                "halve dag, maar een korte toets van die norm in het werkoverleg; de tijd die "
                "dat scheelt gaat naar de vaardigheden (l.979-984)",
                "R2.1: de leidinggevende heeft de hoofdrol; norm en protocol blijven verbonden "
                "met de eigen praktijk",
                "R2.2: de leerdoelen worden geïnventariseerd (leerdoelwijzer) en getoetst aan de "
                "teamdoelen",
            ],
        )
        return
    duur = bereik_dagen(sessie.duur_dagen.min, sessie.duur_dagen.max)
    yield _met_het_hele_team(
        ctx,
        plek,
        Sessies.TEAMSESSIE,
        achtervoegsel=[],
        interne_trainer="protocol vertalen naar het team kan een interne trainer begeleiden",
        waarom=[
            f"R2.1: team {plek.team.naam} maakt werkafspraken die norm en protocol verbinden met "
            "de eigen praktijk, met de leidinggevende in de hoofdrol",
            f"R7.2: circa {duur} per team",
            "R2.2: in deze sessie worden de leerdoelen geïnventariseerd (leerdoelwijzer) en "
            "getoetst aan de teamdoelen",
        ],
    )


@per_team(Sessies.MENTOR, regels=("R7.8", "D6"))
def mentor(ctx: Context, plek: Teamplek) -> Iterator[Voorstel]:
    """R7.8 (l.1017-1019): bij een risicovolle functie wijst de leidinggevende een mentor aan."""
    sessie = Sessies.MENTOR.uit(ctx.catalogus)
    if sessie.alleen_bij_risico and plek.team.risico not in sessie.alleen_bij_risico:
        return
    yield Voorstel.uit_sessie(
        sessie,
        ctx,
        id=code(sessie, plek.code, sessie.id),
        plek=plek,
        deelnemers=1,
        waarom=[
            f"R7.8: risico {plek.team.risico}: de leidinggevende van team {plek.team.naam} wijst "
            "een mentor aan die expliciet de opdracht krijgt nieuwe medewerkers alle ins en "
            "outs van veilig werken over te dragen (l.1017-1019)",
            "R7.8: een vaste afspraak van het team, voor elke nieuwe medewerker",
        ],
    )


@per_team(Sessies.BASISCOMPETENTIES, regels=("R5.3", "RV4", "D6"))
def basiscompetenties(ctx: Context, plek: Teamplek) -> Iterator[Voorstel]:
    """R5.3: basiscompetenties niet (helemaal) op peil: eerst die training, dan de agressietraining."""
    antwoord = ctx.profiel.basiscompetenties_van(plek.team)
    if antwoord not in ("deels", "nee"):
        return
    sessie = Sessies.BASISCOMPETENTIES.uit(ctx.catalogus)
    groep = ctx.catalogus.functiegroepen[plek.team.functiegroep]
    yield Voorstel.uit_sessie(
        sessie,
        ctx,
        id=code(sessie, plek.code, sessie.id),
        plek=plek,
        deelnemers=plek.team.medewerkers,
        waarom=[
            f"R5.3: basiscompetenties van dit team: '{antwoord}'; eerst op peil brengen, "
            "vóór de agressietraining",
            f"RV4: competenties van {groep.naam.lower()}: {', '.join(groep.competenties).lower()}",
        ],
    )


@per_team(Sessies.TEAMTRAINING, regels=("R7.6", "R8.3", "D6"))
def teamtraining(ctx: Context, plek: Teamplek) -> Iterator[Voorstel]:
    """R7.6: de organisatienorm handhaven doet het team samen; het hele team traint in één groep."""
    yield _met_het_hele_team(
        ctx,
        plek,
        Sessies.TEAMTRAINING,
        achtervoegsel=[Sessies.TEAMTRAINING.id],
        interne_trainer="reageren op agressie en samen handelen kan een interne trainer geven",
        waarom=[
            "R7.6: de organisatienorm handhaven is een collectieve activiteit; het team traint "
            "samen op onderlinge steun en teamrollen",
        ],
    )
