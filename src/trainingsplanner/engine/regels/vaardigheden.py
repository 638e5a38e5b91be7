"""Per team de vaardigheidstraining van stap 3, op maat van het team, en de kennis vooraf.

De elementen komen uit de keuze per team (`keuze.py`: leerdoelen, lijst van de
functiegroep, nadrukken, opleiding) plus wat elk team oefent (handelen volgens protocol,
melden en registreren). Kennis gaat vóór vaardigheden (R6.7): als e-learning vooraf waar dat
kan (R8.1), anders aan het begin van de training, en helemaal niet als het team al een
teamnorm heeft (R7.5): dan gaat die tijd naar de vaardigheden. Wat het team al in de training
basiscompetenties krijgt, komt niet terug (R5.3).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.catalogus.behoeften import Sessies
from trainingsplanner.engine.context import Context, Teamplek
from trainingsplanner.engine.keuze import elementen_van, teamsoort
from trainingsplanner.engine.regels.generator import per_team
from trainingsplanner.engine.voorstel import Voorstel, code
from trainingsplanner.programma import Afgedekt


def _kennis(ctx: Context, elementen: list[str]) -> list[str]:
    if "kennis" not in ctx.onthouden:
        alle = ctx.catalogus.elementen.items()
        ctx.onthouden["kennis"] = {code for code, e in alle if e.soort == "kennis"}
    kennis: set[str] = ctx.onthouden["kennis"]
    return [e for e in elementen if e in kennis]


def _vooraf(ctx: Context, plek: Teamplek) -> list[str]:
    """De kennis die als e-learning vóór de training gaat; leeg met een teamnorm (R7.5) of
    als het profiel geen e-learning wil (R8.1). Eenmaal per teamsoort en teamnorm: de
    kennis vooraf en de training van elk team vragen het."""
    sleutel = ("vooraf", teamsoort(plek.team), plek.team.teamnorm)
    if sleutel not in ctx.onthouden:
        ctx.onthouden[sleutel] = _online(ctx, plek)
    return list(ctx.onthouden[sleutel])


def _online(ctx: Context, plek: Teamplek) -> list[str]:
    if plek.team.teamnorm or not ctx.profiel.voorkeuren.e_learning:
        return []
    sessie = Sessies.KENNIS_VOORAF.uit(ctx.catalogus)
    kennis = _kennis(ctx, elementen_van(ctx, sessie, plek.team).elementen)
    return [e for e in kennis if "e-learning" in ctx.catalogus.elementen[e].leervormen]


@per_team(Sessies.KENNIS_VOORAF, regels=("R6.7", "R8.1", "D6"))
def kennis_vooraf(ctx: Context, plek: Teamplek) -> Iterator[Voorstel]:
    """R6.7/R8.1: kennis van norm en werkafspraken als e-learning vóór de vaardigheidstraining."""
    online = _vooraf(ctx, plek)
    if not online:
        return
    sessie = Sessies.KENNIS_VOORAF.uit(ctx.catalogus)
    yield Voorstel.uit_sessie(
        sessie,
        ctx,
        id=code(sessie, plek.code, "kennis"),
        plek=plek,
        elementen=online,
        deelnemers=plek.team.medewerkers,
        waarom=[
            "R6.7: kennis van norm en werkafspraken gaat vóór het oefenen van vaardigheden: "
            + ctx.elementnamen(online),
            "R8.1: kennis en toetsing passen bij e-learning; het profiel staat e-learning toe",
        ],
    )


def _kennisdeel(ctx: Context, plek: Teamplek, kennis: list[str]) -> tuple[list[str], list[str]]:
    """Welke kennis de training zelf nog geeft, en waarom (R6.7, R7.5)."""
    if plek.team.teamnorm:
        waarom = [
            "R7.5: het team heeft al een teamnorm; het kennisdeel is gedaan en de training gaat "
            "direct naar de vaardigheden: die tijd gaat naar oefenen (l.979-984)"
        ]
        if kennis:
            waarom.append(
                "R6.7: kennis van norm en werkafspraken is er al via de teamnorm ("
                + ctx.elementnamen(kennis)
                + ")"
            )
        return [], waarom
    online = _vooraf(ctx, plek)
    kennis = [e for e in kennis if e not in online]
    if not kennis:
        return [], []
    return kennis, [
        f"R6.7: de training begint met kennis ({ctx.elementnamen(kennis)}) vóór het oefenen"
    ]


def _al_in_basiscompetenties(ctx: Context, plek: Teamplek, elementen: list[str]) -> list[str]:
    """R5.3: de elementen die dit team al in de training basiscompetenties krijgt."""
    if ctx.profiel.basiscompetenties_van(plek.team) not in ("deels", "nee"):
        return []
    basis = Sessies.BASISCOMPETENTIES.uit(ctx.catalogus)
    return [e for e in elementen if e in basis.elementen]


@per_team(
    Sessies.VAARDIGHEIDSTRAINING,
    regels=(
        "R3.1",
        "R2.2",
        "R7.4",
        "R6.3",
        "R5.2",
        "R6.5",
        "R7.5",
        "R6.7",
        "R8.1",
        "R5.3",
        "D3",
        "D6",
    ),
    ook=(Sessies.KENNIS_VOORAF, Sessies.BASISCOMPETENTIES),
)
def vaardigheidstraining(ctx: Context, plek: Teamplek) -> Iterator[Voorstel]:
    """R7.4/R3.1: de training van de vaardigheden op maat van het team, in groepen (R8.1)."""
    sessie = Sessies.VAARDIGHEIDSTRAINING.uit(ctx.catalogus)
    elementen, afgedekt, waarom = _inhoud(ctx, plek)
    if not elementen:
        return
    groep = ctx.catalogus.functiegroepen[plek.team.functiegroep]
    yield Voorstel.uit_sessie(
        sessie,
        ctx,
        id=code(sessie, plek.code, "vaardigheden"),
        plek=plek,
        titel=f"{sessie.titel} {groep.naam.lower()} — {plek.team.naam}",
        elementen=list(elementen),
        deelnemers=plek.team.medewerkers,
        afgedekt=list(afgedekt),
        waarom=[
            *waarom,
            "R3.1: past bij beleid, protocol, teamdoelen en de risico's van de functie "
            f"(risico: {plek.team.risico})",
        ],
    )


Inhoud = tuple[list[str], list[Afgedekt], list[str]]


def _inhoud(ctx: Context, plek: Teamplek) -> Inhoud:
    """Elementen, wat de opleiding afdekt en de redenen (zonder R3.1) van de training: eenmaal
    per teamsoort, teamnorm en antwoord op de basiscompetenties, want alleen die tellen."""
    team = plek.team
    sleutel = (
        "vaardigheden",
        teamsoort(team),
        team.teamnorm,
        ctx.profiel.basiscompetenties_van(team),
    )
    if sleutel not in ctx.onthouden:
        ctx.onthouden[sleutel] = _stel_samen(ctx, plek)
    inhoud: Inhoud = ctx.onthouden[sleutel]
    return inhoud


def _stel_samen(ctx: Context, plek: Teamplek) -> Inhoud:
    sessie = Sessies.VAARDIGHEIDSTRAINING.uit(ctx.catalogus)
    keuze = elementen_van(ctx, sessie, plek.team)
    kennis = _kennis(ctx, keuze.elementen)
    vaardig = [e for e in keuze.elementen if e not in kennis]
    kennis, waarom = _kennisdeel(ctx, plek, kennis)
    al = _al_in_basiscompetenties(ctx, plek, vaardig)
    if al:
        vaardig = [e for e in vaardig if e not in al]
        waarom.append(
            f"R5.3: {ctx.elementnamen(al).lower()} traint dit team al in de training "
            "basiscompetenties; niet nog eens in deze training"
        )
    return (
        kennis + vaardig,
        keuze.afgedekt,
        [
            *keuze.waarom,
            *waarom,
            f"R8.1: {ctx.elementnamen(sessie.extra_elementen).lower()} oefent elk team in de "
            "training; de e-learning geeft alleen de theorie (l.125, l.910-968, l.1129)",
        ],
    )
