"""Per team: werkafspraken (stap 2) en de trainingen van stap 3, op maat van het team.

De keuze van elementen volgt de handreiking: de leerdoelen van het team eerst (R3.1, R2.2),
dan de vaardighedenlijst van de functiegroep (R7.4) en de nadrukken uit tabel 2 (R6.3, D3);
beperkte elementen nooit voor anderen (R6.2); wat de opleiding al bevat alleen opfrissen
(R6.5); kennis vóór vaardigheden (R6.7), via e-learning waar dat kan (R8.1), en overgeslagen
als het team al een teamnorm heeft (R7.5).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.voorstel import Voorstel, teamvelden
from trainingsplanner.profiel.model import Team
from trainingsplanner.programma import Afgedekt


@dataclass
class Keuze:
    """De elementen voor de vaardigheidstraining van één team, met de redenen erbij."""

    elementen: list[str] = field(default_factory=list)
    waarom: list[str] = field(default_factory=list)
    afgedekt: list[Afgedekt] = field(default_factory=list)

    def voeg_toe(self, element: str) -> bool:
        if element in self.elementen:
            return False
        self.elementen.append(element)
        return True


def kies_elementen(ctx: Context, team: Team) -> Keuze:
    """Welke elementen de vaardigheidstraining van dit team krijgt, en waarom (eenmaal per team)."""
    sleutel = ("keuze", team.naam)
    if sleutel not in ctx.onthouden:
        ctx.onthouden[sleutel] = _kies_elementen(ctx, team)
    keuze: Keuze = ctx.onthouden[sleutel]
    return Keuze(list(keuze.elementen), list(keuze.waarom), list(keuze.afgedekt))


def _kies_elementen(ctx: Context, team: Team) -> Keuze:
    cat = ctx.catalogus
    groep = cat.functiegroepen[team.functiegroep]
    keuze = Keuze()

    def toegestaan(code: str) -> bool:
        return cat.elementen[code].doelgroep.staat_toe(team.functiegroep, "team")

    leerdoelen = [e for e in team.leerdoelen if toegestaan(e)]
    for code in leerdoelen:
        keuze.voeg_toe(code)
    if leerdoelen:
        keuze.waarom.append(
            "R3.1: de leerdoelen van het team zijn leidend: "
            + lijst([ctx.elementnaam(e) for e in leerdoelen])
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
    vaardigheden = cat.vaardighedenlijst(team.functiegroep)
    if vaardigheden is not None:
        for punt in vaardigheden.punten:
            for code in punt.elementen:
                if toegestaan(code):
                    keuze.voeg_toe(code)
        keuze.waarom.append(
            f"R7.4: vaardighedenlijst van het voorbeeldprogramma voor {vaardigheden.gedrukt}: "
            + "; ".join(p.naam for p in vaardigheden.punten)
        )
    nadruk: list[str] = []
    for code, element in cat.elementen.items():
        regel = element.doelgroep
        if regel.soort != "nadruk":
            continue
        voor_groep = team.functiegroep in regel.functiegroepen
        voor_huisbezoek = regel.huisbezoeken and team.huisbezoeken
        if (voor_groep or voor_huisbezoek) and keuze.voeg_toe(code):
            nadruk.append(code)
    if nadruk:
        redenen = []
        for code in nadruk:
            regel = cat.elementen[code].doelgroep
            if team.functiegroep in regel.functiegroepen:
                redenen.append(f"{ctx.elementnaam(code)} (met name voor {groep.naam.lower()})")
            else:
                redenen.append(f"{ctx.elementnaam(code)} (het team legt huisbezoeken af)")
        keuze.waarom.append("R6.3: nadruk uit tabel 2: " + lijst(redenen))
    keuze.waarom.append(
        f"R5.2: afgestemd op de functiegroep {groep.naam} (competenties: "
        f"{', '.join(groep.competenties[:4]).lower()} …; basisopleiding "
        f"{'/'.join(groep.basisopleiding.niveaus)})"
    )
    gedekt: dict[str, tuple[str, str]] = {}
    for code in team.opleidingen:
        opleiding = cat.opleidingen[code]
        for bevat in opleiding.elementen:
            gedekt.setdefault(bevat, (opleiding.id, opleiding.naam))
    for gekozen in list(keuze.elementen):
        if gekozen in gedekt:
            opleiding_id, opleiding_naam = gedekt[gekozen]
            keuze.elementen.remove(gekozen)
            keuze.afgedekt.append(
                Afgedekt(element=gekozen, opleiding=opleiding_id, opleiding_naam=opleiding_naam)
            )
            keuze.waarom.append(
                f"R6.5: {ctx.elementnaam(gekozen).lower()} is onderdeel van de opleiding "
                f"{opleiding_naam} van dit team; niet opnieuw volledig, alleen opfrissen"
            )
    return keuze


VOORRANG = {"hoog": 0, "midden": 1, "laag": 2}


def teamonderdelen(ctx: Context) -> Iterator[Voorstel]:
    """Alle onderdelen per team; teams met een hoog risico krijgen voorrang in de planning (R3.1)."""
    for team, code in ctx.teams():
        for voorstel in _team(ctx, team, code):
            voorstel.voorrang = VOORRANG[team.risico]
            if team.risico == "hoog" and voorstel.stap == 3:
                voorstel.waarom.append(
                    "R3.1: hoog risico in de functie: dit team krijgt voorrang in de planning"
                )
            yield voorstel


def _team(ctx: Context, team: Team, code: str) -> Iterator[Voorstel]:
    cat = ctx.catalogus
    groep = cat.functiegroepen[team.functiegroep]
    yield _met_het_hele_team(
        ctx,
        team,
        code,
        "teamsessie",
        f"stap2-{code}",
        "protocol vertalen naar het team kan een interne trainer begeleiden",
        [
            f"R2.1: team {team.naam} maakt werkafspraken die norm en protocol verbinden met de "
            "eigen praktijk, met de leidinggevende in de hoofdrol",
            "R7.2: circa 0,5 dag per team",
            "R2.2: in deze sessie worden de leerdoelen geïnventariseerd (leerdoelwijzer) en "
            "getoetst aan de teamdoelen",
        ],
    )

    antwoord = ctx.profiel.basiscompetenties_van(team)
    if antwoord in ("deels", "nee"):
        sessie = cat.sessies["basiscompetenties"]
        elementen = [
            e
            for e in sessie.elementen
            if cat.elementen[e].doelgroep.staat_toe(team.functiegroep, "team")
        ]
        yield Voorstel(
            id=f"stap3-{code}-basiscompetenties",
            soort="basiscompetenties",
            stap=3,
            titel=f"{sessie.titel} — {team.naam}",
            elementen=elementen,
            leervorm=sessie.leervorm,
            trainer=sessie.trainer,
            deelnemers=team.medewerkers,
            groep=ctx.groep(sessie.leervorm, sessie.max_groep),
            duur=sessie.duur_dagen,
            toelichting=sessie.inhoud,
            waarom=[
                f"R5.3: basiscompetenties van dit team: '{antwoord}'; eerst op peil brengen, "
                "vóór de agressietraining",
                f"RV4: competenties van {groep.naam.lower()}: {', '.join(groep.competenties).lower()}",
            ],
            **teamvelden(team, code),
        )

    keuze = kies_elementen(ctx, team)
    kennis = [e for e in keuze.elementen if cat.elementen[e].soort == "kennis"]
    vaardig = [e for e in keuze.elementen if e not in kennis]
    sessie = cat.sessies["vaardigheidstraining"]
    duur = sessie.duur_dagen
    waarom = list(keuze.waarom)
    if team.teamnorm:
        if sessie.duur_dagen_met_teamnorm is not None:
            duur = sessie.duur_dagen_met_teamnorm
        waarom.append(
            "R7.5: het team heeft al een teamnorm; het kennisdeel is gedaan en de training gaat "
            f"direct naar de vaardigheden ({_dagen(duur.min)}–{_dagen(duur.max)} dag)"
        )
        if kennis:
            waarom.append(
                "R6.7: kennis van norm en werkafspraken is er al via de teamnorm ("
                + lijst([ctx.elementnaam(e) for e in kennis])
                + ")"
            )
        kennis = []
    elif kennis and ctx.profiel.voorkeuren.e_learning:
        online = [e for e in kennis if "e-learning" in cat.elementen[e].leervormen]
        if online:
            vooraf = cat.sessies["kennis-vooraf"]
            yield Voorstel(
                id=f"stap3-{code}-kennis",
                soort="kennis-vooraf",
                stap=3,
                titel=f"{vooraf.titel} — {team.naam}",
                elementen=online,
                leervorm="e-learning",
                trainer=vooraf.trainer,
                deelnemers=team.medewerkers,
                groep=vooraf.max_groep,
                duur=vooraf.duur_dagen,
                toelichting=vooraf.inhoud,
                waarom=[
                    "R6.7: kennis van norm en werkafspraken gaat vóór het oefenen van vaardigheden: "
                    + lijst([ctx.elementnaam(e) for e in online]),
                    "R8.1: kennis en toetsing passen bij e-learning; het profiel staat e-learning toe",
                ],
                **teamvelden(team, code),
            )
        kennis = [e for e in kennis if e not in online]
    if kennis:
        waarom.append(
            "R6.7: de training begint met kennis ("
            + lijst([ctx.elementnaam(e) for e in kennis])
            + ") vóór het oefenen"
        )
    elementen = kennis + vaardig
    waarom.append(
        "R8.1: vaardigheden oefenen kan niet via e-learning; dit is een training in groepen"
    )
    waarom.append(
        f"R3.1: past bij beleid, protocol, teamdoelen en de risico's van de functie (risico: {team.risico})"
    )
    if elementen:
        yield Voorstel(
            id=f"stap3-{code}-vaardigheden",
            soort="vaardigheidstraining",
            stap=3,
            titel=f"{sessie.titel} {groep.naam.lower()} — {team.naam}",
            elementen=elementen,
            leervorm=sessie.leervorm,
            trainer=sessie.trainer,
            deelnemers=team.medewerkers,
            groep=ctx.groep(sessie.leervorm, sessie.max_groep),
            duur=duur,
            toelichting=sessie.inhoud,
            afgedekt=keuze.afgedekt,
            waarom=waarom,
            **teamvelden(team, code),
        )

    yield _met_het_hele_team(
        ctx,
        team,
        code,
        "teamtraining",
        f"stap3-{code}-teamtraining",
        "reageren op agressie en samen handelen kan een interne trainer geven",
        [
            "R7.6: de organisatienorm handhaven is een collectieve activiteit; het team traint "
            "samen op onderlinge steun en teamrollen",
        ],
    )


def _met_het_hele_team(
    ctx: Context,
    team: Team,
    code: str,
    soort: str,
    onderdeel: str,
    reden_interne_trainer: str,
    waarom: list[str],
) -> Voorstel:
    """Een vaste sessie voor het hele team met de leidinggevende erbij (R2.1, R7.6)."""
    sessie = ctx.catalogus.sessies[soort]
    leervorm, trainer, extra = ctx.vorm(sessie, sessie.elementen, reden_interne_trainer)
    return Voorstel(
        id=onderdeel,
        soort=soort,
        stap=sessie.stap,
        titel=f"{sessie.titel} — {team.naam}",
        elementen=list(sessie.elementen),
        leervorm=leervorm,
        trainer=trainer,
        deelnemers=team.medewerkers + team.leidinggevenden,
        groep=sessie.max_groep,
        duur=sessie.duur_dagen,
        toelichting=sessie.inhoud,
        waarom=[*waarom, *extra],
        **teamvelden(team, code),
    )


def _dagen(waarde: float) -> str:
    return f"{waarde:g}".replace(".", ",")
