"""De indicatoren van een programma (R4.1): wat de coördinator meet om te zien of de doelen
worden bereikt. Deel van het programmacontract (`Programma.indicatoren`); `programma.py`
geeft deze namen door, zodat `from trainingsplanner.programma import Indicator` werkt.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from trainingsplanner.typen import Maat, Meetniveau, Meetperiode, Model


class Meetpunt(Model):
    """Eén meting van een indicator: voor de hele organisatie (`team` None) of één team."""

    team: str | None
    onderdelen: list[str]
    """De ids van de onderdelen van het programma die meetellen (leeg bij meldingen)."""
    basis: Annotated[int, Field(ge=0)] | None
    """Over hoeveel mensen het gaat: de geplande deelnemers (aandeel) of de medewerkers
    (meldingen); None bij een aantal of een cijfer."""
    streef: float | None
    """De streefwaarde in de maat van de indicator: een aandeel (0–1), een aantal keer (wat het
    programma plant) of een cijfer (1–10); None bij meldingen (de trend telt)."""


class Indicator(Model):
    """Wat er gemeten wordt om te zien of de doelen worden bereikt (R4.1), per stap."""

    id: str
    stap: Annotated[int, Field(ge=1, le=4)]
    naam: str
    maat: Maat
    per: Meetniveau
    periode: Meetperiode
    hoe: str
    bron: Annotated[list[str], Field(min_length=1)]
    aanname: bool = False
    """De streefwaarde is een aanname van de planner (D6)."""
    meetpunten: list[Meetpunt]


class Indicatoren(Model):
    """De indicatoren van dit programma en het doel waartegen ze meten."""

    doel: str | None
    """Het antwoord op het toetspunt van het doel uit de intake (R7.9), letterlijk; None als
    het niet is ingevuld."""
    toetspunt: str
    """De id van dat toetspunt (`doel`)."""
    lijst: list[Indicator]
