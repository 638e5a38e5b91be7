"""Welke elementen een sessie krijgt: de bron staat per sessie in de catalogus (`elementen_uit`).

- `vast`: de elementen van de sessie zelf; voor een team nooit een beperkt element (R6.2).
- `leidinggevenden-lijst`: de lijst voor leidinggevenden (R6.6).
- `functiegroep-lijst`: de keuze per team. De handreiking: de leerdoelen van het team eerst
  (R3.1, R2.2), dan de vaardighedenlijst van de functiegroep (R7.4) en de nadrukken uit
  tabel 2 (R6.3, D3); beperkte elementen nooit voor anderen (R6.2); wat de opleiding al
  helemaal bevat alleen opfrissen, in de eerste training (R6.5).

Bij een andere bron dan `vast` komen de `extra_elementen` van de sessie erbij, en de elementen
van de sessies in `niet_herhalen_uit` gaan eraf (dezelfde mensen kregen ze al).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from trainingsplanner.catalogus.modellen import Doelgroepregel, Sessie
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
    """De elementen van deze sessie (voor dit team), uit de bron die de catalogus noemt.

    Eenmaal berekend per sessie en functiegroep (bij `functiegroep-lijst`: per team); elke
    aanroep krijgt een eigen kopie.
    """
    sleutel = ("elementen", sessie.id, *_voor_wie(sessie, team))
    keuze: Keuze | None = ctx.onthouden.get(sleutel)
    if keuze is None:
        keuze = ctx.onthouden[sleutel] = _kies(ctx, sessie, team)
    return keuze.kopie()


def _voor_wie(sessie: Sessie, team: Team | None) -> tuple[Teamsoort | None, str | None]:
    """Waarvan de keuze afhangt: alleen de bron `functiegroep-lijst` kijkt naar het team zelf;
    de andere bronnen en de `extra_elementen` alleen naar zijn functiegroep (R6.2)."""
    if team is None:
        return None, None
    soort = teamsoort(team) if sessie.elementen_uit == "functiegroep-lijst" else None
    return soort, team.functiegroep


Teamsoort = tuple[str, tuple[str, ...], bool, tuple[str, ...], tuple[int, str, float] | None]


def teamsoort(team: Team) -> Teamsoort:
    """Alles van een team waar `kies_elementen` naar kijkt: functiegroep, leerdoelen (met hun
    herkomst), huisbezoeken en opleidingen. Teams die hierin gelijk zijn, krijgen dezelfde
    keuze (600 teams zijn er in het voorbeeldprofiel 69 soorten); de naam telt niet mee."""
    herkomst = team.leerdoelwijzer
    return (
        team.functiegroep,
        tuple(team.leerdoelen),
        team.huisbezoeken,
        tuple(team.opleidingen),
        None if herkomst is None else (herkomst.respondenten, herkomst.datum, herkomst.drempel),
    )


def _kies(ctx: Context, sessie: Sessie, team: Team | None) -> Keuze:
    keuze = ELEMENTBRONNEN[sessie.elementen_uit](ctx, sessie, team)
    for code in sessie.extra_elementen:
        if team is None or _toegestaan(ctx, code, team):
            keuze.voeg_toe(code)
    al_gehad = {
        e for bron in sessie.niet_herhalen_uit for e in ctx.catalogus.sessies[bron].elementen
    }
    keuze.elementen = [e for e in keuze.elementen if e not in al_gehad]
    return keuze


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
    return _toegestaan_voor(ctx, team.functiegroep)[element]


def _toegestaan_voor(ctx: Context, functiegroep: str) -> dict[str, bool]:
    """R6.2 voor elk element van de catalogus, eenmaal per functiegroep uitgerekend."""
    sleutel = ("toegestaan", functiegroep)
    toegestaan: dict[str, bool] | None = ctx.onthouden.get(sleutel)
    if toegestaan is None:
        toegestaan = ctx.onthouden[sleutel] = {
            code: element.doelgroep.staat_toe(functiegroep, "team")
            for code, element in ctx.catalogus.elementen.items()
        }
    return toegestaan


def kies_elementen(ctx: Context, team: Team) -> Keuze:
    """De keuze voor dit team uit de lijst van zijn functiegroep (eenmaal per `teamsoort`)."""
    sleutel = ("keuze", teamsoort(team))
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
    lijst_en_reden = _vaardigheden_van(ctx, team.functiegroep)
    if lijst_en_reden is None:
        return
    codes, reden = lijst_en_reden
    for code in codes:
        keuze.voeg_toe(code)
    keuze.waarom.append(reden)


def _vaardigheden_van(ctx: Context, functiegroep: str) -> tuple[list[str], str] | None:
    """De toegestane elementen van de lijst en de reden, eenmaal per functiegroep."""
    sleutel = ("vaardigheden", functiegroep)
    if sleutel not in ctx.onthouden:
        vaardigheden = ctx.catalogus.vaardighedenlijst(functiegroep)
        toegestaan = _toegestaan_voor(ctx, functiegroep)
        ctx.onthouden[sleutel] = vaardigheden and (
            [c for punt in vaardigheden.punten for c in punt.elementen if toegestaan[c]],
            f"R7.4: vaardighedenlijst van het voorbeeldprogramma voor {vaardigheden.gedrukt}: "
            + "; ".join(p.naam for p in vaardigheden.punten),
        )
    uitkomst: tuple[list[str], str] | None = ctx.onthouden[sleutel]
    return uitkomst


def _nadruk(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R6.3, D3: de nadrukken uit tabel 2 voor de functiegroep of voor huisbezoeken.

    Een nadruk voor huisbezoeken volgt het profiel: een team dat geen huisbezoeken aflegt
    krijgt het element niet, ook niet als zijn functiegroep het 'met name' noemt; tenzij zijn
    leerdoelen erom vragen. Een nadruk voor een andere functiegroep komt er alleen met een
    leerdoel bij, en dat zegt `waarom` (D3).
    """
    groep = ctx.catalogus.functiegroepen[team.functiegroep]
    redenen, niet, op_leerdoel = [], [], []
    for code, regel in _nadrukken(ctx):
        if code in team.leerdoelen:
            if team.functiegroep not in regel.functiegroepen and not (
                regel.huisbezoeken and team.huisbezoeken
            ):
                op_leerdoel.append(ctx.elementnaam(code))
            continue
        if regel.huisbezoeken:
            if team.huisbezoeken and keuze.voeg_toe(code):
                redenen.append(f"{ctx.elementnaam(code)} (het team legt huisbezoeken af)")
            elif not team.huisbezoeken and team.functiegroep in regel.functiegroepen:
                niet.append(ctx.elementnaam(code))
            continue
        if team.functiegroep in regel.functiegroepen and keuze.voeg_toe(code):
            redenen.append(f"{ctx.elementnaam(code)} (met name voor {groep.naam.lower()})")
    if redenen:
        keuze.waarom.append("R6.3: nadruk uit tabel 2 (D3): " + lijst(redenen))
    if niet:
        keuze.waarom.append(
            f"D3: {lijst(niet)} staat met nadruk bij {groep.naam.lower()}, maar dit team legt "
            "geen huisbezoeken af (huisbezoeken: false); het profiel gaat voor"
        )
    if op_leerdoel:
        keuze.waarom.append(
            f"D3: {lijst(op_leerdoel)} staat 'met name' bij een andere groep; gepland omdat de "
            "leerdoelen van dit team erom vragen"
        )


def _nadrukken(ctx: Context) -> list[tuple[str, Doelgroepregel]]:
    """De elementen met een nadruk (tabel 2), eenmaal uit de catalogus gehaald."""
    if "nadrukken" not in ctx.onthouden:
        ctx.onthouden["nadrukken"] = [
            (code, element.doelgroep)
            for code, element in ctx.catalogus.elementen.items()
            if element.doelgroep.soort == "nadruk"
        ]
    nadrukken: list[tuple[str, Doelgroepregel]] = ctx.onthouden["nadrukken"]
    return nadrukken


def _functiegroep(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R5.2: afgestemd op de competenties en de basisopleiding van de functiegroep."""
    groep = ctx.catalogus.functiegroepen[team.functiegroep]
    keuze.waarom.append(
        f"R5.2: afgestemd op de functiegroep {groep.naam} (competenties: "
        f"{', '.join(groep.competenties[:4]).lower()} …; basisopleiding "
        f"{'/'.join(groep.basisopleiding.niveaus)})"
    )


def _opleiding(ctx: Context, team: Team, keuze: Keuze) -> None:
    """R6.5: wat de opleiding van het team helemaal bevat, niet opnieuw volledig: alleen
    opfrissen, in deze eerste training. Wat ze maar deels dekt, blijft in de training."""
    gedekt: dict[str, str] = {}
    for code in team.opleidingen:
        opleiding = ctx.catalogus.opleidingen[code]
        for deel in opleiding.deels:
            if deel.element in keuze.elementen:
                keuze.waarom.append(
                    f"R6.5: de opleiding {opleiding.naam} bevat "
                    f"{opleiding.vaardigheidstraining.lower()}, niet alles van "
                    f"{ctx.elementnaam(deel.element).lower()}: dat blijft in de training voor "
                    f"{deel.nog_trainen}"
                )
        for bevat in opleiding.elementen:
            gedekt.setdefault(bevat, opleiding.id)
    toegelicht: set[str] = set()
    for gekozen in list(keuze.elementen):
        if gekozen not in gedekt:
            continue
        opleiding = ctx.catalogus.opleidingen[gedekt[gekozen]]
        keuze.elementen.remove(gekozen)
        keuze.afgedekt.append(
            Afgedekt(element=gekozen, opleiding=opleiding.id, opleiding_naam=opleiding.naam)
        )
        keuze.waarom.append(
            f"R6.5: {ctx.elementnaam(gekozen).lower()} is onderdeel van de opleiding "
            f"{opleiding.naam} van dit team; niet opnieuw volledig, alleen kort "
            "opfrissen in deze training"
        )
        if opleiding.toelichting and opleiding.id not in toegelicht:
            toegelicht.add(opleiding.id)  # eenmaal per opleiding, niet bij elk element
            keuze.waarom.append(f"R6.5: bij de opleiding {opleiding.naam}: {opleiding.toelichting}")
