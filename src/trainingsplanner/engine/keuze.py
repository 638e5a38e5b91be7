"""Welke elementen een sessie krijgt: de bron staat per sessie in de catalogus (`elementen_uit`).

- `vast`: de elementen van de sessie zelf; voor een team nooit een beperkt element (R6.2).
- `leidinggevenden-lijst`: de lijst voor leidinggevenden (R6.6).
- `functiegroep-lijst`: de keuze per team. De handreiking: de leerdoelen van het team eerst
  (R3.1, R2.2), dan de vaardighedenlijst van de functiegroep (R7.4) en de nadrukken uit
  tabel 2 (R6.3, D3); beperkte elementen nooit voor anderen (R6.2); wat de opleiding al
  bevat alleen opfrissen (R6.5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from trainingsplanner.catalogus.modellen import Sessie
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.profiel.model import Team
from trainingsplanner.programma import Afgedekt
from trainingsplanner.typen import ElementenUit


@dataclass
class Keuze:
    """De elementen van een sessie, met de redenen van de keuze en wat de opleiding al afdekt."""

    elementen: list[str] = field(default_factory=list)
    waarom: list[str] = field(default_factory=list)
    afgedekt: list[Afgedekt] = field(default_factory=list)

    def voeg_toe(self, element: str) -> bool:
        if element in self.elementen:
            return False
        self.elementen.append(element)
        return True

    def kopie(self) -> Keuze:
        return Keuze(list(self.elementen), list(self.waarom), list(self.afgedekt))


Elementbron = Callable[[Context, Sessie, Team | None], Keuze]


def elementen_van(ctx: Context, sessie: Sessie, team: Team | None = None) -> Keuze:
    """De elementen van deze sessie (voor dit team), uit de bron die de catalogus noemt."""
    return ELEMENTBRONNEN[sessie.elementen_uit](ctx, sessie, team)


def _vast(ctx: Context, sessie: Sessie, team: Team | None) -> Keuze:
    if team is None:
        return Keuze(list(sessie.elementen))
    return Keuze([e for e in sessie.elementen if _toegestaan(ctx, e, team)])


def _leidinggevenden_lijst(ctx: Context, sessie: Sessie, team: Team | None) -> Keuze:
    return Keuze(ctx.catalogus.leidinggevenden_elementen())


def _functiegroep_lijst(ctx: Context, sessie: Sessie, team: Team | None) -> Keuze:
    # De controle 'behoeften' laat deze bron alleen toe bij een sessie voor teams.
    assert team is not None, f"sessie {sessie.id}: functiegroep-lijst zonder team"
    return kies_elementen(ctx, team)


ELEMENTBRONNEN: dict[ElementenUit, Elementbron] = {
    "vast": _vast,
    "leidinggevenden-lijst": _leidinggevenden_lijst,
    "functiegroep-lijst": _functiegroep_lijst,
}


def _toegestaan(ctx: Context, element: str, team: Team) -> bool:
    """R6.2: een beperkt element alleen voor de groepen die de beperking noemt."""
    return ctx.catalogus.elementen[element].doelgroep.staat_toe(team.functiegroep, "team")


def kies_elementen(ctx: Context, team: Team) -> Keuze:
    """De keuze voor dit team uit de lijst van zijn functiegroep (eenmaal per team berekend)."""
    sleutel = ("keuze", team.naam)
    if sleutel not in ctx.onthouden:
        keuze = Keuze()
        _leerdoelen(ctx, team, keuze)
        _vaardighedenlijst(ctx, team, keuze)
        _nadruk(ctx, team, keuze)
        _functiegroep(ctx, team, keuze)
        _opleiding(ctx, team, keuze)
        ctx.onthouden[sleutel] = keuze
    onthouden: Keuze = ctx.onthouden[sleutel]
    return onthouden.kopie()


def _leerdoelen(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R3.1, R2.2: de leerdoelen van het team zijn leidend."""
    leerdoelen = [e for e in team.leerdoelen if _toegestaan(ctx, e, team)]
    for code in leerdoelen:
        keuze.voeg_toe(code)
    if not leerdoelen:
        return
    keuze.waarom.append(
        "R3.1: de leerdoelen van het team zijn leidend: " + ctx.elementnamen(leerdoelen)
    )
    herkomst = team.leerdoelwijzer
    if herkomst is not None:
        keuze.waarom.append(
            f"R2.2: leerdoelen uit de leerdoelwijzer ({herkomst.respondenten} ingevulde "
            f"vragenlijsten, {herkomst.datum}; teamleerdoel vanaf "
            f"{round(herkomst.drempel * 100)}% van de respondenten)"
        )
    else:
        keuze.waarom.append(
            "R2.2: leerdoelen per persoon geïnventariseerd en getoetst aan de teamdoelen"
        )


def _vaardighedenlijst(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R7.4: de vaardighedenlijst van het voorbeeldprogramma voor de functiegroep."""
    vaardigheden = ctx.catalogus.vaardighedenlijst(team.functiegroep)
    if vaardigheden is None:
        return
    for punt in vaardigheden.punten:
        for code in punt.elementen:
            if _toegestaan(ctx, code, team):
                keuze.voeg_toe(code)
    keuze.waarom.append(
        f"R7.4: vaardighedenlijst van het voorbeeldprogramma voor {vaardigheden.gedrukt}: "
        + "; ".join(p.naam for p in vaardigheden.punten)
    )


def _nadruk(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R6.3, D3: de nadrukken uit tabel 2 voor de functiegroep of voor huisbezoeken."""
    groep = ctx.catalogus.functiegroepen[team.functiegroep]
    redenen = []
    for code, element in ctx.catalogus.elementen.items():
        regel = element.doelgroep
        if regel.soort != "nadruk":
            continue
        voor_groep = team.functiegroep in regel.functiegroepen
        voor_huisbezoek = regel.huisbezoeken and team.huisbezoeken
        if (voor_groep or voor_huisbezoek) and keuze.voeg_toe(code):
            waarom = (
                f"met name voor {groep.naam.lower()}"
                if voor_groep
                else "het team legt huisbezoeken af"
            )
            redenen.append(f"{ctx.elementnaam(code)} ({waarom})")
    if redenen:
        keuze.waarom.append("R6.3: nadruk uit tabel 2: " + lijst(redenen))


def _functiegroep(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R5.2: afgestemd op de competenties en de basisopleiding van de functiegroep."""
    groep = ctx.catalogus.functiegroepen[team.functiegroep]
    keuze.waarom.append(
        f"R5.2: afgestemd op de functiegroep {groep.naam} (competenties: "
        f"{', '.join(groep.competenties[:4]).lower()} …; basisopleiding "
        f"{'/'.join(groep.basisopleiding.niveaus)})"
    )


def _opleiding(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R6.5: wat de opleiding van het team al bevat, niet opnieuw volledig; alleen opfrissen."""
    gedekt: dict[str, tuple[str, str]] = {}
    for code in team.opleidingen:
        opleiding = ctx.catalogus.opleidingen[code]
        for bevat in opleiding.elementen:
            gedekt.setdefault(bevat, (opleiding.id, opleiding.naam))
    for gekozen in list(keuze.elementen):
        if gekozen not in gedekt:
            continue
        opleiding_id, opleiding_naam = gedekt[gekozen]
        keuze.elementen.remove(gekozen)
        keuze.afgedekt.append(
            Afgedekt(element=gekozen, opleiding=opleiding_id, opleiding_naam=opleiding_naam)
        )
        keuze.waarom.append(
            f"R6.5: {ctx.elementnaam(gekozen).lower()} is onderdeel van de opleiding "
            f"{opleiding_naam} van dit team; niet opnieuw volledig, alleen opfrissen"
        )
