"""Wat de uitvoering bewaart, als dataclasses: de taal tussen de opslag en de rest.

De opslag (opslag.py, SQLite) neemt deze dataclasses aan en geeft ze terug; een andere
opslag hoeft alleen `Opslagtransactie` na te bootsen. Alleen aantallen en datums: geen
namen van medewerkers en geen details van incidenten (AVG).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

Sessiestatus = Literal["gegeven", "geannuleerd", "verplaatst"]
STATUSSEN: tuple[Sessiestatus, ...] = ("gegeven", "geannuleerd", "verplaatst")


@dataclass(frozen=True)
class Sessie:
    """De laatste stand van één sessie (`nummer`, vanaf 1) van een onderdeel van het programma."""

    onderdeel: str
    nummer: int
    datum: dt.date
    status: Sessiestatus
    aanwezig: int | None = None
    """Aantal deelnemers dat er was; geen namen."""
    evaluatie: float | None = None
    """Gemiddeld evaluatiecijfer, 1 tot en met 10."""
    opmerking: str = ""


Stand = tuple[str, int, dt.date, Sessiestatus]
"""(onderdeel, nummer, datum, status) van een sessie: `Opslagtransactie.standen`."""


@dataclass(frozen=True)
class Incidentaantal:
    """Het aantal GIR-meldingen van een team in een kwartaal ('2027-K2'); geen details."""

    team: str
    kwartaal: str
    aantal: int


@dataclass(frozen=True)
class Herplanning:
    """De laatste herplanning (`plan generate --uitvoering`): vanaf wanneer, op welke dag
    gemaakt, per (onderdeel, sessienummer) de nieuwe datum van wat verschoof, en de termijnen."""

    vanaf: dt.date
    gemaakt: dt.date
    datums: Mapping[tuple[str, int], dt.date]
    termijnen: Mapping[str, dt.date] = field(default_factory=dict)
    """Per onderdeel zonder sessies met een eigen datum (werkoverleg, gesprekken, e-learning)
    de einddatum na de herplanning."""
    begroting: Mapping[int, tuple[float, float]] = field(default_factory=dict)
    """De geschatte kosten (min, max) per kalenderjaar van het herplande programma."""


class Opslagtransactie(Protocol):
    """Eén transactie op de opslag: alles wat erin gebeurt, gaat samen door of helemaal niet."""

    def sessies(self, onderdelen: Iterable[str] | None = None) -> list[Sessie]:
        """Alle sessies (of die van deze onderdelen), op onderdeel en nummer."""
        ...

    def standen(self) -> list[Stand]:
        """Onderdeel, nummer, datum en status van alle sessies, op onderdeel en nummer: wat
        herplannen leest (zonder aanwezigen, cijfer en opmerking)."""
        ...

    def zet_sessies(self, sessies: Iterable[Sessie]) -> None:
        """Nieuwe sessies erbij; een bestaande (onderdeel, nummer) krijgt de nieuwe stand."""
        ...

    def verplaats(self, oud: str, nieuw: str) -> int:
        """De sessies van onderdeel `oud` horen voortaan bij `nieuw`; geeft het aantal."""
        ...

    def verwijder(self, onderdeel: str, nummers: Iterable[int]) -> None:
        """Haal deze sessies van een onderdeel weg."""
        ...

    def incidenten(self) -> list[Incidentaantal]:
        """Alle aantallen, op team en kwartaal."""
        ...

    def zet_incidenten(self, aantallen: Iterable[Incidentaantal]) -> None:
        """Nieuwe aantallen erbij; een bestaand (team, kwartaal) krijgt het nieuwe aantal."""
        ...

    def verwijder_incidenten(self, team: str, kwartalen: Iterable[str]) -> None:
        """Haal de aantallen van dit team in deze kwartalen weg (`incidenten koppel`)."""
        ...

    def herplanning(self) -> Herplanning | None:
        """De laatste herplanning, of None als er nog niet herpland is."""
        ...

    def zet_herplanning(self, herplanning: Herplanning) -> None:
        """Vervang de vorige herplanning door deze."""
        ...
