"""Het programma (versie 1, zie CONTRACT.md): wat de engine oplevert en elke weergave leest.

Velden uit het contract hebben vaste namen; extra velden (`toelichting`, `afgedekt`, `jaar`,
`trainer`, `bevindingen`) zijn optioneel toegevoegd en breken geen bestaande lezer.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from trainingsplanner.typen import Duur, Ernst, Leervorm, Model, Status, Trainer

Reden = Annotated[str, StringConstraints(pattern=r"^(?:D\d+|R\d+\.\d+|RV\d+): \S")]
"""Eén regel van `waarom`: begint altijd met de regelcode die hij toepast."""


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


class Bereik(Model):
    min: float
    max: float


class KostenOverzicht(Model):
    trainersdagen: Bereik
    euro: Bereik | None
    dagtarief: float | None = None
    budget: float | None = None


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
