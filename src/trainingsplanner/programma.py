"""Het programma (versie 1, zie CONTRACT.md): wat de engine oplevert en elke weergave leest.

Velden uit het contract hebben vaste namen; extra velden (`toelichting`, `afgedekt`, `jaar`,
`trainer`, `bevindingen`) zijn optioneel toegevoegd en breken geen bestaande lezer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Literal, NamedTuple

from pydantic import Field, StringConstraints

from trainingsplanner.typen import (
    REGELCODE,
    STAP_BORGEN,
    Duur,
    Ernst,
    Leervorm,
    Model,
    Status,
    Trainer,
)

Reden = Annotated[str, StringConstraints(pattern=rf"^{REGELCODE}: \S")]
"""Eén regel van `waarom`: begint altijd met de regelcode die hij toepast."""


class Woorden(NamedTuple):
    """Hoe een waarde in een tabelcel staat (`kort`) en hoe midden in een zin (`zin`)."""

    kort: str
    zin: str


STATUSWOORDEN: dict[Status, Woorden] = {
    "voldaan": Woorden("voldaan", "voldaan"),
    "deels": Woorden("deels", "deels voldaan"),
    "niet-voldaan": Woorden("niet voldaan", "niet voldaan"),
    "onbekend": Woorden("onbekend", "onbekend"),
    "niet-ingevuld": Woorden("niet ingevuld", "niet ingevuld"),
}
"""De statuswoorden van een bevinding, voor elke weergave en elke melding."""

Budgetoordeel = Literal["binnen", "krap", "boven"]
"""De geschatte kosten tegen het budget: helemaal erbinnen, alleen de ondergrens, of erboven."""

OORDEELWOORDEN: dict[Budgetoordeel, Woorden] = {
    "binnen": Woorden("binnen budget", "binnen budget"),
    "krap": Woorden("dekt de ondergrens", "budget dekt de ondergrens"),
    "boven": Woorden("boven budget", "boven budget"),
}


class Afgedekt(Model):
    """R6.5: een element dat de opleiding van het team al bevat; alleen opfrissen."""

    element: str
    opleiding: str
    opleiding_naam: str


class Onderdeel(Model):
    id: str
    stap: Annotated[int, Field(ge=1, le=4)]
    titel: str
    doelgroep: str
    team: str | None
    functiegroep: str | None
    elementen: list[str]
    leervorm: Leervorm
    deelnemers: Annotated[int, Field(ge=0)]
    sessies: Annotated[int, Field(ge=0)]
    groepsgrootte: Annotated[int, Field(ge=1)] = 1
    """Hoogstens zoveel deelnemers per sessie."""
    duur_dagen: Duur
    start: dt.date
    eind: dt.date
    na: list[str]
    waarom: Annotated[list[Reden], Field(min_length=1)]
    toelichting: str | None = None
    afgedekt: list[Afgedekt] = []
    jaar: int | None = None
    trainer: Trainer = "extern"

    @property
    def terugkerend(self) -> bool:
        """Een activiteit van stap 4 die elk jaar van de cyclus terugkomt (D5, R4.1)."""
        return self.stap == STAP_BORGEN

    @property
    def trainersdagen(self) -> Bereik:
        """Externe trainersdagen van dit onderdeel: sessies × duur; 0 zonder externe trainer (D6)."""
        if self.trainer != "extern":
            return _GEEN_DAGEN
        duur = self.duur_dagen
        return Bereik(min=self.sessies * duur.min, max=self.sessies * duur.max)


class Waarschuwing(Model):
    code: str
    ernst: Ernst
    regel: str
    bericht: str


class Bevinding(Model):
    """Eén randvoorwaarde of toetspunt met status en volgende stap (RV1–RV5, R7.9, R5.3)."""

    id: str
    regel: str
    naam: str
    status: Status
    ernst: Ernst
    betekenis: str
    actie: str | None
    eigenaar: str | None
    team: str | None = None

    @property
    def blokkeert(self) -> bool:
        return self.ernst == "blokkerend"

    @property
    def statuswoorden(self) -> Woorden:
        return STATUSWOORDEN[self.status]


def blokkeert(bevindingen: Iterable[Bevinding]) -> bool:
    """Houdt iets het programma tegen? (`plan check-randvoorwaarden` geeft dan exit 1.)"""
    return any(b.blokkeert for b in bevindingen)


class Bereik(Model):
    min: float
    max: float


_GEEN_DAGEN = Bereik(min=0, max=0)


class KostenOverzicht(Model):
    trainersdagen: Bereik
    euro: Bereik | None
    dagtarief: float | None = None
    budget: float | None = None

    @property
    def oordeel(self) -> Budgetoordeel | None:
        """Het budgetoordeel (R7.10); None zonder dagtarief of zonder budget."""
        if self.euro is None or self.budget is None:
            return None
        if self.euro.min > self.budget:
            return "boven"
        if self.euro.max > self.budget:
            return "krap"
        return "binnen"


class Periode(Model):
    start: dt.date
    eind: dt.date


class Programma(Model):
    versie: Literal[1] = 1
    gemeente: str
    periode: Periode
    onderdelen: list[Onderdeel]
    waarschuwingen: list[Waarschuwing]
    kosten: KostenOverzicht
    bevindingen: list[Bevinding] = []

    def onderdeel(self, code: str) -> Onderdeel | None:
        return next((o for o in self.onderdelen if o.id == code), None)

    @property
    def blokkeert(self) -> bool:
        return blokkeert(self.bevindingen)
