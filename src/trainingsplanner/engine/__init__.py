"""De engine: van gemeenteprofiel en catalogus naar een programma. Puur: geen I/O, geen opmaak.

De selectieregels staan in één expliciete tabel (`REGELS`), elk een kleine functie die
voorstellen oplevert. Daarna koppelt `volgorde` ze, geeft `planning` ze datums en rekent
`kosten` de omvang uit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.context import Context
from trainingsplanner.engine.gereedheid import als_waarschuwingen, beoordeel
from trainingsplanner.engine.kosten import bereken
from trainingsplanner.engine.planning import maand_begin, maand_eind, periode_eind, plan
from trainingsplanner.engine.regels import rollen, stap1, stap4, teams
from trainingsplanner.engine.volgorde import koppel
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import Onderdeel, Periode, Programma, Waarschuwing

Regel = Callable[[Context], Iterable[Voorstel]]

REGELS: tuple[tuple[str, Regel], ...] = (
    ("RV1/RV2/RV5 herstel vóór stap 1", stap1.herstel),
    ("R1.3 normstelling per doelgroep", stap1.normstelling),
    ("R3.3 training leidinggevenden", rollen.leidinggevenden),
    ("R6.2 opvang en nazorg BOT", rollen.bot),
    ("R7.7 stafmedewerkers", rollen.staf),
    ("R2.1–R7.6 per team", teams.teamonderdelen),
    ("R4.1 terugkerend per jaar", stap4.terugkerend),
)


def stel_samen(profiel: Profiel, catalogus: Catalogus) -> Programma:
    """Het hele programma voor dit profiel."""
    bevindingen = beoordeel(profiel, catalogus)
    ctx = Context(profiel, catalogus, bevindingen)
    voorstellen = [v for _, regel in REGELS for v in regel(ctx)]
    koppel(voorstellen, catalogus)
    planning = plan(voorstellen, profiel.capaciteit.sessies_per_maand)
    start = profiel.startdatum
    eind = periode_eind(start, profiel.looptijd_jaren)
    onderdelen = []
    for v in voorstellen:
        gepland = planning[v.id]
        onderdelen.append(
            Onderdeel(
                id=v.id,
                stap=v.stap,
                titel=v.titel,
                doelgroep=v.doelgroep,
                team=v.team,
                functiegroep=v.functiegroep,
                elementen=v.elementen,
                leervorm=v.leervorm,
                deelnemers=v.deelnemers,
                sessies=v.sessies,
                groepsgrootte=v.groep,
                duur_dagen=v.duur,
                start=maand_begin(start, gepland.eerste_maand),
                eind=maand_eind(start, gepland.laatste_maand),
                na=v.na,
                waarom=v.waarom,
                toelichting=v.toelichting,
                afgedekt=v.afgedekt,
                jaar=v.jaar,
                trainer=v.trainer,
            )
        )
    volgnummer = {v.id: i for i, v in enumerate(voorstellen)}
    onderdelen.sort(key=lambda o: (o.start, o.stap, o.eind, volgnummer[o.id]))
    waarschuwingen = als_waarschuwingen(bevindingen)
    laatste = max((o.eind for o in onderdelen), default=eind)
    if laatste > eind:
        waarschuwingen.append(
            Waarschuwing(
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
        )
        eind = laatste
    kosten, kostenwaarschuwingen = bereken(onderdelen, profiel)
    waarschuwingen.extend(kostenwaarschuwingen)
    return Programma(
        gemeente=profiel.gemeente,
        periode=Periode(start=start, eind=eind),
        onderdelen=onderdelen,
        waarschuwingen=waarschuwingen,
        kosten=kosten,
        bevindingen=bevindingen,
    )
