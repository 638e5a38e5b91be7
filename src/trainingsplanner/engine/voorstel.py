"""Een voorstel: een onderdeel van het programma vóór het een datum heeft.

De generatoren (`engine/regels/`) maken voorstellen, meestal met `Voorstel.uit_sessie`;
`volgorde.py` koppelt ze aan elkaar en `planning.py` geeft ze datums. Daarna wordt elk
voorstel met zijn datums een `Onderdeel` van het programma (`als_onderdeel`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from typing import TypedDict, Unpack

from trainingsplanner.catalogus.behoeften import TEAM
from trainingsplanner.catalogus.modellen import Sessie, Terugkerend
from trainingsplanner.catalogus.stappenplan import Meerdaags
from trainingsplanner.engine.context import Context, Teamplek
from trainingsplanner.engine.keuze import elementen_van
from trainingsplanner.opmaak import bereik_dagen
from trainingsplanner.profiel.model import Team
from trainingsplanner.programma import (
    Afgedekt,
    Onderdeel,
    Onderdeelkosten,
    Sessiedatum,
    zonder_validatie,
)
from trainingsplanner.typen import AANNAME_REDEN, Aanname, Duur, Leervorm, Trainer

GEEN_RICHTLIJN = "'Over de duur … is geen duidelijke richtlijn te geven' (l.979)"
"""Wat de handreiking zegt over de duur van trainingen (D6); komt bij elke aangenomen duur."""


class Verschil(TypedDict, total=False):
    """Wat een voorstel anders heeft dan zijn sessie of activiteit in de catalogus."""

    titel: str
    doelgroep: str
    elementen: list[str]
    leervorm: Leervorm
    trainer: Trainer
    groepsgrootte: int
    duur_dagen: Duur
    toelichting: str | None
    afgedekt: list[Afgedekt]
    jaar: int | None
    vroegst: int
    vaste_maanden: tuple[int, int] | None
    aannames: list[Aanname]


@dataclass(slots=True)
class Voorstel:
    id: str
    soort: str
    """De sessie- of activiteitcode uit de catalogus (normstelling, teamsessie, opfrisser, …)."""
    stap: int
    titel: str
    doelgroep: str
    elementen: list[str]
    leervorm: Leervorm
    trainer: Trainer
    deelnemers: int
    groepsgrootte: int
    """Hoogstens zoveel deelnemers per sessie."""
    duur_dagen: Duur
    waarom: list[str]
    team: str | None = None
    eigenaar: str | None = None
    """Wie het onderdeel trekt (een doelgroep of een rol uit de catalogus)."""
    teamcode: str | None = None
    functiegroep: str | None = None
    toelichting: str | None = None
    afgedekt: list[Afgedekt] = field(default_factory=list)
    jaar: int | None = None
    vroegst: int = 0
    """Vroegste maand (0 = de maand van de startdatum)."""
    vaste_maanden: tuple[int, int] | None = None
    """Een vast venster (eerste, laatste maand) voor terugkerende activiteiten."""
    na: list[str] = field(default_factory=list)
    aannames: list[Aanname] = field(default_factory=list)
    """Wat de handreiking niet geeft en de planner aanneemt (D6); zie `markeer_aannames`."""
    aanname: bool = False
    doorlooptijd: int = 1
    """Hoeveel open maanden het onderdeel hoogstens in beslag neemt (herstelketen)."""
    interval: int | None = None
    """Om de zoveel jaar (terugkerende onderdelen met een interval)."""
    voorrang: int = 1
    """Bij gelijke start gaat een lagere voorrang eerst (teams met hoog risico: 0, R3.1)."""
    meerdaags: Meerdaags = "opeenvolgend"
    """Een sessie van meer dagen: opeenvolgende werkdagen of een week na elkaar (catalogus)."""
    sessiedata: list[Sessiedatum] = field(default_factory=list)
    """De sessies met een voorgestelde datum, zodra de dagplanning ze geeft."""
    start: dt.date | None = None
    eind: dt.date | None = None
    """De datums, zodra de planning ze geeft (`als_onderdeel`)."""

    def __reduce__(self) -> tuple[type[Voorstel], tuple[object, ...]]:
        """Voor pickle (het basisplan in de cache, genereren.py): de velden op volgorde, terug
        via `__init__`. Sneller dan wat dataclasses met slots zelf doen (veld voor veld
        `setattr`): bij 600 teams 9.829 voorstellen, 0,03 s in plaats van 0,08 s."""
        return Voorstel, _velden(self)

    @classmethod
    def uit_sessie(
        cls,
        sessie: Sessie | Terugkerend,
        ctx: Context,
        *,
        id: str,
        deelnemers: int,
        waarom: list[str],
        plek: Teamplek | None = None,
        interne_trainer: str | None = None,
        **verschil: Unpack[Verschil],
    ) -> Voorstel:
        """Een voorstel met alles uit de catalogus, behalve wat `verschil` anders zegt.

        Stap, titel, leervorm, trainer, duur en toelichting komen van de sessie (eenmaal per
        sessie opgezocht: `Sjabloon`); de elementen uit de bron die de sessie noemt
        (`elementen_uit`); de groepsgrootte van het profiel bij een training (`Context.groep`).
        Met `plek` is het een teamonderdeel (titel met de teamnaam erachter).
        `interne_trainer` is de reden waarom een interne trainer dit kan geven: dan wordt het
        train-de-trainer waar dat kan (R8.3).
        """
        s = Sjabloon.van(sessie, ctx)
        team = plek.team if plek else None
        if "elementen" in verschil:
            elementen = verschil.pop("elementen")
        else:
            elementen = _elementen(ctx, sessie, team)
        voorstel = cls(
            id=id,
            soort=s.soort,
            stap=s.stap,
            titel=f"{s.titel} — {team.naam}" if team else s.titel,
            doelgroep=TEAM if plek else s.doelgroep,
            elementen=elementen,
            leervorm=s.leervorm,
            trainer=s.trainer,
            deelnemers=deelnemers,
            groepsgrootte=s.groepsgrootte,
            duur_dagen=s.duur_dagen,
            waarom=waarom,
            team=team.naam if team else None,
            teamcode=plek.code if plek else None,
            functiegroep=team.functiegroep if team else None,
            toelichting=s.toelichting,
            eigenaar=s.eigenaar,
            aannames=list(s.aannames),
            interval=s.interval,
            meerdaags=s.meerdaags,
        )
        for veld, waarde in verschil.items():
            setattr(voorstel, veld, waarde)
        if interne_trainer is not None and ctx.train_de_trainer(voorstel.elementen):
            voorstel.leervorm = "train-de-trainer"
            voorstel.trainer = "intern"
            voorstel.waarom = [*voorstel.waarom, f"R8.3: {interne_trainer}"]
        voorstel.markeer_aannames()
        return voorstel

    def markeer_aannames(self) -> None:
        """D6: zet `aanname` en zeg in `waarom` welk getal de planner aanneemt en waarom.

        Een groepsgrootte telt alleen als de groep erdoor in meer sessies wordt gesplitst.
        """
        redenen = [reden for wat in self.aannames if (reden := self._aanname(wat))]
        self.aanname = bool(redenen)
        if redenen:
            self.waarom = [*self.waarom, *redenen]

    def _aanname(self, wat: Aanname) -> str | None:
        """De reden in `waarom` voor deze aanname, of None als ze hier niet telt."""
        if wat == "duur":
            return _duur_aanname(self.duur_dagen.min, self.duur_dagen.max)
        if wat == "groepsgrootte" and self.sessies > 1:
            return _groep_aanname(self.groepsgrootte)
        if wat == "interval" and self.interval is not None:
            return _interval_aanname(self.interval)
        if wat == "doorlooptijd":
            maanden = "maand" if self.doorlooptijd == 1 else "maanden"
            return (
                f"{AANNAME_REDEN} (doorlooptijd): {self.doorlooptijd} {maanden}; "
                "de handreiking noemt geen termijn"
            )
        return None

    @property
    def sessies(self) -> int:
        return math.ceil(self.deelnemers / self.groepsgrootte) if self.deelnemers else 0

    @property
    def weken_per_sessie(self) -> int:
        """In hoeveel weken één sessie valt: een wekelijkse training van twee dagen in twee."""
        dagen = max(1, math.ceil(self.duur_dagen.max))
        return dagen if self.meerdaags == "wekelijks" else 1

    @property
    def telt_capaciteit(self) -> bool:
        """Alleen sessies met een trainer vragen ruimte in de maand: werkoverleg, gesprekken,
        e-learning en bijeenkomsten zonder trainer (MT, college, de eigen teambespreking) niet."""
        return self.trainer != "geen" and self.leervorm not in (
            "werkoverleg",
            "gesprek",
            "e-learning",
        )

    def als_onderdeel(self, kosten: Onderdeelkosten | None = None) -> Onderdeel:
        """Het onderdeel van het programma: dit voorstel met de datums van de planning (`start`
        en `eind` gezet) en zijn kosten (engine/kosten.py). Zonder validatie: de engine maakt
        elk veld zelf (`zonder_validatie`). De lijsten gaan over naar het onderdeel,
        zonder kopie: de engine wijzigt een voorstel niet meer als het een onderdeel is (een
        kopie van 49.000 lijsten kost bij 600 teams zo'n 20 ms)."""
        if self.start is None or self.eind is None:
            raise ValueError(f"{self.id}: nog geen datums van de planning")
        return zonder_validatie(
            Onderdeel,
            {
                "id": self.id,
                "stap": self.stap,
                "titel": self.titel,
                "doelgroep": self.doelgroep,
                "team": self.team,
                "functiegroep": self.functiegroep,
                "elementen": self.elementen,
                "leervorm": self.leervorm,
                "deelnemers": self.deelnemers,
                "sessies": self.sessies,
                "groepsgrootte": self.groepsgrootte,
                "duur_dagen": self.duur_dagen,
                "start": self.start,
                "eind": self.eind,
                "na": self.na,
                "waarom": self.waarom,
                "toelichting": self.toelichting,
                "afgedekt": self.afgedekt,
                "jaar": self.jaar,
                "trainer": self.trainer,
                "aanname": self.aanname,
                "eigenaar": self.eigenaar,
                "sessiedata": self.sessiedata,
                "kosten": kosten,
            },
        )


_velden = attrgetter(*(veld.name for veld in fields(Voorstel)))
"""Alle velden van een voorstel als tuple, in de volgorde van `__init__`."""


def code(sessie: Sessie | Terugkerend, *delen: object) -> str:
    """De id van een onderdeel: de stap van zijn sessie voorop (`stap3-balie-vaardigheden`)."""
    return "-".join([f"stap{sessie.stap}", *map(str, delen)])


@dataclass(frozen=True, slots=True)
class Sjabloon:
    """Wat een voorstel van zijn sessie of activiteit overneemt, eenmaal per soort opgezocht
    (bij 600 teams maakt één activiteit duizenden voorstellen)."""

    soort: str
    stap: int
    titel: str
    doelgroep: str
    leervorm: Leervorm
    trainer: Trainer
    groepsgrootte: int
    duur_dagen: Duur
    toelichting: str
    eigenaar: str
    aannames: tuple[Aanname, ...]
    interval: int | None
    meerdaags: Meerdaags

    @staticmethod
    def van(sessie: Sessie | Terugkerend, ctx: Context) -> Sjabloon:
        """Het sjabloon van deze sessie, eenmaal per context gemaakt (`Context.onthouden`)."""
        sleutel = ("sjabloon", type(sessie), sessie.id)
        sjabloon: Sjabloon | None = ctx.onthouden.get(sleutel)
        if sjabloon is None:
            if isinstance(sessie, Terugkerend):
                doelgroep, interval = sessie.doelgroep, sessie.interval_jaren
            else:
                doelgroep, interval = sessie.doelgroepen[0], None
            sjabloon = ctx.onthouden[sleutel] = Sjabloon(
                soort=sessie.id,
                stap=sessie.stap,
                titel=sessie.titel,
                doelgroep=doelgroep,
                leervorm=sessie.leervorm,
                trainer=sessie.trainer,
                groepsgrootte=ctx.groep(sessie.leervorm, sessie.max_groep),
                duur_dagen=sessie.duur_dagen,
                toelichting=sessie.inhoud,
                eigenaar=sessie.eigenaar,
                aannames=tuple(sessie.aanname),
                interval=interval,
                meerdaags=sessie.meerdaags or ctx.catalogus.stappenplan.planning.meerdaags,
            )
        return sjabloon


@cache
def _duur_aanname(laag: float, hoog: float) -> str:
    """De aanname van de duur (eenmaal per bandbreedte opgesteld, zoals de andere hieronder)."""
    duur = bereik_dagen(laag, hoog)
    return f"{AANNAME_REDEN} (duur): {duur} per sessie; {GEEN_RICHTLIJN}"


@cache
def _groep_aanname(groepsgrootte: int) -> str:
    return (
        f"{AANNAME_REDEN} (groepsgrootte): hoogstens {groepsgrootte} deelnemers per sessie; "
        "de handreiking noemt geen groepsgrootte"
    )


@cache
def _interval_aanname(interval: int) -> str:
    ritme = "elk jaar" if interval == 1 else f"om de {interval} jaar"
    return (
        f"{AANNAME_REDEN} (interval): {ritme}; de handreiking noemt geen ritme, de leerdoelen "
        "bepalen wat er getraind wordt (l.33-36)"
    )


def _elementen(ctx: Context, sessie: Sessie | Terugkerend, team: Team | None) -> list[str]:
    if isinstance(sessie, Terugkerend):
        return list(sessie.elementen)
    return elementen_van(ctx, sessie, team).elementen
