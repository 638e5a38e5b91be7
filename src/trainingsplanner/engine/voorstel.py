"""Een voorstel: een onderdeel van het programma vóór het een datum heeft.

De selectieregels maken voorstellen; `volgorde.py` koppelt ze aan elkaar en `planning.py`
geeft ze datums. Pas daarna worden het `Onderdeel`en van het programma.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from trainingsplanner.programma import Afgedekt
from trainingsplanner.typen import Duur, Leervorm, Trainer

if TYPE_CHECKING:
    from trainingsplanner.profiel.model import Team


class Teamvelden(TypedDict):
    team: str
    teamcode: str
    functiegroep: str
    doelgroep: str


def teamvelden(team: Team, code: str) -> Teamvelden:
    """De velden die elk teamonderdeel deelt."""
    return {
        "team": team.naam,
        "teamcode": code,
        "functiegroep": team.functiegroep,
        "doelgroep": "team",
    }


@dataclass
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
    groep: int
    """Hoogstens zoveel deelnemers per sessie."""
    duur: Duur
    waarom: list[str]
    team: str | None = None
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
    voorrang: int = 1
    """Bij gelijke start gaat een lagere voorrang eerst (teams met hoog risico: 0, R3.1)."""

    @property
    def sessies(self) -> int:
        return math.ceil(self.deelnemers / self.groep) if self.deelnemers else 0

    @property
    def telt_capaciteit(self) -> bool:
        """Werkoverleg, gesprekken en e-learning vragen geen trainingsruimte in de maand."""
        return self.leervorm not in ("werkoverleg", "gesprek", "e-learning")
