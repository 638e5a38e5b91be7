"""De engine: van gemeenteprofiel en catalogus naar een programma. Puur: geen I/O, geen opmaak.

De generatoren staan in één register (`engine/regels/`), één per sessie of activiteit van
de catalogus, elk met de regelcodes die hij toepast. Daarna koppelt `volgorde` de
voorstellen, geeft `planning` ze datums en rekent `kosten` de omvang uit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import attrgetter

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.context import Context, lijst
from trainingsplanner.engine.dagen import WEEKDAGEN, plan_dagen
from trainingsplanner.engine.dagregels import Bezetting, Dagregels, weekruimte
from trainingsplanner.engine.gereedheid import als_waarschuwingen, beoordeel
from trainingsplanner.engine.herplanmeldingen import herplanmeldingen
from trainingsplanner.engine.herplannen import Omgeving, Uitkomst, Uitvoering, Venster, herplan
from trainingsplanner.engine.indicatoren import bepaal as indicatoren
from trainingsplanner.engine.kosten import bereken
from trainingsplanner.engine.planning import (
    MAANDNAMEN,
    Capaciteit,
    Gepland,
    Kalender,
    maand_begin,
    maand_eind,
    periode_eind,
    plan_met_jaarcycli,
)
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.opmaak import aantal
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import (
    Bevinding,
    Herplanning,
    Periode,
    Planningskeuze,
    Programma,
    Sessiedatum,
    Waarschuwing,
    blokkeert,
)

_OPNIEUW = 24
"""Hoe vaak de planner de maanden hoogstens opnieuw plant omdat de dagen van een maand niet
binnen de grenzen per week en per team pasten; daarna blijft de waarschuwing staan."""


@dataclass
class Basisplan:
    """Het programma zoals de planner het maakt vóór de uitvoering meetelt: de voorstellen met
    hun maanden, dagen en vensters en de waarschuwingen daarvan. Hangt alleen af van profiel,
    catalogus en code (en de feestdagen), dus kan een herplanning hem uit een cache nemen
    (genereren.py); `voltooi` maakt er het programma van en wijzigt de voorstellen daarbij."""

    profiel: Profiel
    bevindingen: list[Bevinding]
    voorstellen: list[Voorstel]
    sessies_per_jaar: dict[str, dict[int, int]]
    """Per onderdeel de sessies per kalenderjaar, uit de maanden van de planning."""
    sessiedata: dict[str, list[Sessiedatum]]
    vensters: dict[str, Venster]
    waarschuwingen: list[Waarschuwing]
    """Van de gereedheid, de vervallen jaarcycli en de grenzen per week en per team."""


def stel_samen(
    profiel: Profiel, catalogus: Catalogus, uitvoering: Uitvoering | None = None
) -> Programma:
    """Het hele programma voor dit profiel; met `uitvoering` herpland (engine/herplannen.py)."""
    return voltooi(basisplan(profiel, catalogus), catalogus, uitvoering)


def basisplan(profiel: Profiel, catalogus: Catalogus) -> Basisplan:
    """Voorstellen, volgorde, maanden en dagen: alles wat niet van de uitvoering afhangt."""
    # Pas hier: met het basisplan uit de cache (herplannen) zijn de generatoren niet nodig.
    from trainingsplanner.engine.regels import voorstellen
    from trainingsplanner.engine.volgorde import koppel

    bevindingen = beoordeel(profiel, catalogus)
    ctx = Context(profiel, catalogus, bevindingen)
    alle = voorstellen(ctx)
    koppel(alle, catalogus)
    alle, planning, vervallen, (sessiedata, vensters, bezetting) = _plan_in_grenzen(
        ctx, alle, _dagregels(ctx)
    )
    waarschuwingen = als_waarschuwingen(bevindingen)
    if vervallen:
        waarschuwingen.append(_cyclus_later(vervallen))
    waarschuwingen += _dagen_te_vol(profiel, bezetting)
    per_jaar = _sessies_per_jaar(planning, ctx.kalender)
    return Basisplan(profiel, bevindingen, alle, per_jaar, sessiedata, vensters, waarschuwingen)


def voltooi(
    basis: Basisplan, catalogus: Catalogus, uitvoering: Uitvoering | None = None
) -> Programma:
    """Het programma uit het basisplan; met `uitvoering` eerst herpland. Zet de datums in de
    voorstellen van `basis` (een basisplan dient één programma)."""
    profiel, bevindingen, alle = basis.profiel, basis.bevindingen, basis.voorstellen
    ctx = Context(profiel, catalogus, bevindingen)
    regels = _dagregels(ctx)
    sessiedata, vensters = basis.sessiedata, basis.vensters
    herpland = None
    if uitvoering is not None:
        herpland = _herplan(ctx, basis, regels, uitvoering)
        sessiedata, vensters = herpland.sessiedata, herpland.vensters
    start = profiel.startdatum
    for v in alle:
        v.sessiedata = sessiedata.get(v.id, [])
        v.start, v.eind = vensters[v.id]
    waarschuwingen = list(basis.waarschuwingen)
    if herpland is not None:
        waarschuwingen += herplanmeldingen(herpland)
    eind = periode_eind(start, profiel.looptijd_jaren)
    laatste = max((e for _, e in vensters.values()), default=eind)
    if laatste > eind:
        waarschuwingen.append(_past_niet(profiel, laatste))
        eind = laatste
    per_jaar = basis.sessies_per_jaar
    if herpland is not None:
        per_jaar = per_jaar | _sessies_per_jaar_uit_datums(herpland) | herpland.jaren
    # sorted is stabiel: bij gelijke start, stap, voorrang en eind de volgorde van de planning
    volgorde = sorted(alle, key=attrgetter("start", "stap", "voorrang", "eind"))
    kosten = bereken(volgorde, profiel, catalogus, per_jaar)
    onderdelen = [v.als_onderdeel(k) for v, k in zip(volgorde, kosten.per_onderdeel, strict=True)]
    return Programma(
        gemeente=profiel.gemeente,
        periode=Periode(start=start, eind=eind),
        onderdelen=onderdelen,
        waarschuwingen=[*waarschuwingen, *kosten.waarschuwingen],
        kosten=kosten.overzicht,
        bevindingen=bevindingen,
        indicatief=blokkeert(bevindingen),
        planning=_planningskeuze(ctx, regels),
        herplanning=None
        if herpland is None or uitvoering is None
        else Herplanning(
            vanaf=max(uitvoering.vanaf, start),
            gegeven=herpland.gegeven,
            verschoven=herpland.verschoven,
            termijnen=herpland.termijnen,
        ),
        indicatoren=indicatoren(alle, ctx),
    )


def _plan_in_grenzen(
    ctx: Context, alle: list[Voorstel], regels: Dagregels
) -> tuple[list[Voorstel], dict[str, Gepland], list[Voorstel], _Datums]:
    """Maanden en dagen; een maand waar de dagen niet binnen de grenzen per week en per team
    pasten, krijgt minder sessies en alles wordt opnieuw gepland (issue 14: grenzen, geen
    waarschuwingen), hoogstens `_OPNIEUW` keer."""
    profiel = ctx.profiel
    capaciteit = Capaciteit(
        profiel.capaciteit.sessies_per_maand,
        None if regels.sessies_per_week is None else lambda maand: weekruimte(regels, maand),
    )
    vervallen: list[Voorstel] = []
    for _ in range(_OPNIEUW):  # een maand waar de dagen niet pasten, krijgt minder (issue 14)
        alle, planning, weg = plan_met_jaarcycli(alle, capaciteit, ctx.kalender)
        vervallen += weg
        sessiedata, vensters, bezetting = _datums(ctx, alle, planning, regels)
        if not bezetting.te_vol_maanden:
            break
        for maand in bezetting.te_vol_maanden:
            capaciteit.korting[maand] = capaciteit.korting.get(maand, 0) + 1
    return alle, planning, vervallen, (sessiedata, vensters, bezetting)


def _planningskeuze(ctx: Context, regels: Dagregels) -> Planningskeuze:
    """De regels van de kalender zoals het programma ze noemt (profiel of aanname)."""
    return Planningskeuze(
        geen_sessies_in=[m for m in MAANDNAMEN if m in ctx.kalender.gesloten],
        aanname=ctx.kalender_is_aanname,
        dagen=[WEEKDAGEN[d] for d in sorted(regels.dagen)],
        dagen_aanname=ctx.profiel.planning.dagen is None,
        sessies_per_week=ctx.profiel.capaciteit.sessies_per_week,
        team_hoogstens=ctx.catalogus.stappenplan.planning.team_hoogstens,
    )


_Datums = tuple[dict[str, list[Sessiedatum]], dict[str, Venster], Bezetting]


def _datums(
    ctx: Context, alle: list[Voorstel], planning: dict[str, Gepland], regels: Dagregels
) -> _Datums:
    """De dagen van elke sessie en begin en eind van elk onderdeel."""
    start = ctx.profiel.startdatum
    sessiedata, bezetting = plan_dagen(alle, planning, regels)
    vensters = {
        v.id: (maand_begin(start, g.eerste_maand), maand_eind(start, g.laatste_maand))
        for v in alle
        for g in (planning[v.id],)
    }
    return sessiedata, vensters, bezetting


def _herplan(ctx: Context, basis: Basisplan, regels: Dagregels, uitvoering: Uitvoering) -> Uitkomst:
    """Herplan met de uitvoering, in de volgorde van de planning (wat wacht, komt later); bij
    gelijk begin in de volgorde van de voorstellen (`sorted` is stabiel)."""
    vensters = basis.vensters
    volgorde = sorted(basis.voorstellen, key=lambda v: vensters[v.id][0])
    maand = ctx.profiel.capaciteit.sessies_per_maand
    omgeving = Omgeving(regels, ctx.kalender, lambda _: maand)
    return herplan(
        volgorde, vensters, basis.sessiedata, omgeving, uitvoering, basis.sessies_per_jaar
    )


def _sessies_per_jaar_uit_datums(herpland: Uitkomst) -> dict[str, dict[int, int]]:
    """Na het herplannen: per onderdeel met datums de sessies per kalenderjaar van die datums."""
    uit: dict[str, dict[int, int]] = {}
    for code, sessies in herpland.sessiedata.items():
        if sessies:
            jaren: dict[int, int] = {}
            for s in sessies:
                jaren[s.datum.year] = jaren.get(s.datum.year, 0) + 1
            uit[code] = jaren
    return uit


def _dagregels(ctx: Context) -> Dagregels:
    """De regels van de dagplanning: profiel, anders de aanname van de catalogus."""
    aanname = ctx.catalogus.stappenplan.planning
    profiel = ctx.profiel
    dagen = aanname.dagen if profiel.planning.dagen is None else profiel.planning.dagen
    tijden = profiel.planning.tijden
    halve = (tijden and tijden.halve_dag) or aanname.tijden.halve_dag
    hele = (tijden and tijden.hele_dag) or aanname.tijden.hele_dag
    return Dagregels(
        startdatum=profiel.startdatum,
        dagen=frozenset(WEEKDAGEN.index(d) for d in dagen),
        bevrijdingsdag=aanname.bevrijdingsdag,
        halve_dag=(halve.van, halve.tot),
        hele_dag=(hele.van, hele.tot),
        meerdaags=aanname.meerdaags,
        sessies_per_week=profiel.capaciteit.sessies_per_week,
        team_hoogstens=aanname.team_hoogstens,
        teamgrootte={p.code: p.team.medewerkers for p in ctx.teams()},
    )


def _dagen_te_vol(profiel: Profiel, bezetting: Bezetting) -> list[Waarschuwing]:
    """D6: sessies die alleen buiten de grens per week of per team in hun maand pasten."""
    uit: list[Waarschuwing] = []
    if bezetting.te_vol_week:
        uit.append(
            Waarschuwing(
                code="capaciteit-week",
                ernst="waarschuwing",
                regel="R4.1",
                bericht=(
                    f"Bij {aantal(bezetting.te_vol_week, 'sessie', 'sessies')} gaat de week over "
                    f"de grens van {profiel.capaciteit.sessies_per_week} sessies, omdat de maand "
                    "anders geen plaats had. Verhoog capaciteit.sessies_per_week of verlaag "
                    "capaciteit.sessies_per_maand."
                ),
            )
        )
    if bezetting.te_vol_team:
        uit.append(
            Waarschuwing(
                code="team-op-een-dag",
                ernst="info",
                regel="D6",
                bericht=(
                    f"Bij {aantal(bezetting.te_vol_team, 'sessie', 'sessies')} traint op "
                    "dezelfde dag al een ander deel van het team, omdat de maand geen andere "
                    "plaats had; de aanname van de planner is hoogstens de helft van een team op "
                    "één dag. Verschuif die sessies in overleg met de leidinggevende."
                ),
            )
        )
    return uit


def _sessies_per_jaar(
    planning: dict[str, Gepland], kalender: Kalender
) -> dict[str, dict[int, int]]:
    """Per onderdeel de sessies per kalenderjaar, uit de maanden van de planning."""
    uit: dict[str, dict[int, int]] = {}
    for code, gepland in planning.items():
        jaren: dict[int, int] = {}
        for maand, sessies in gepland.sessies_per_maand:
            jaar = kalender.kalenderjaar(maand)
            jaren[jaar] = jaren.get(jaar, 0) + sessies
        uit[code] = jaren
    return uit


def _cyclus_later(vervallen: list[Voorstel]) -> Waarschuwing:
    """R4.1: jaarcycli die niet in hun eigen jaar konden beginnen, en dus vervallen."""
    teams = sorted({v.team for v in vervallen if v.team})
    cycli = len({(v.teamcode, v.jaar) for v in vervallen})
    woorden = ("jaarcyclus", "kon") if cycli == 1 else ("jaarcycli", "konden")
    return Waarschuwing(
        code="jaarcyclus-later",
        ernst="info",
        regel="R4.1",
        bericht=(
            f"{cycli} {woorden[0]} (leerdoelwijzer opnieuw en opfrisser) {woorden[1]} niet in "
            "het eigen jaar van de looptijd beginnen, omdat de eerste training van het team laat "
            "valt of de capaciteit op is; de cyclus van een later jaar, of na de looptijd, neemt "
            f"het over. Het gaat om: {lijst(_eerste_tien(teams))}."
        ),
    )


def _eerste_tien(namen: list[str]) -> list[str]:
    """Een lange lijst namen kort: de eerste tien en 'N andere'."""
    return namen if len(namen) <= 10 else [*namen[:10], f"{len(namen) - 10} andere"]


def _past_niet(profiel: Profiel, laatste: dt.date) -> Waarschuwing:
    """R4.1: het programma loopt langer dan de looptijd bij deze capaciteit."""
    return Waarschuwing(
        code="capaciteit-onvoldoende",
        ernst="waarschuwing",
        regel="R4.1",
        bericht=(
            f"Met {profiel.capaciteit.sessies_per_maand} sessies per maand past het programma "
            f"niet in {profiel.looptijd_jaren} jaar: het loopt door tot {laatste.isoformat()}. "
            "Verhoog capaciteit.sessies_per_maand, verleng looptijd_jaren of kies met de "
            "leerdoelen wat voorgaat."
        ),
    )
