"""Herplaatsen (`herplannen.py`): waar een sessie die opnieuw moet, nog past.

Op haar oude dagen, of in de eerste open maand vanaf een grens met ruimte (maandcapaciteit,
en in de maand de dagen van `dagen.zoek`: feestdagen, voorkeursdagen, grens per week en per
team).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from trainingsplanner.engine.dagen import zoek
from trainingsplanner.engine.dagregels import Bezetting, Dagregels, Sessie, past_binnen_grenzen
from trainingsplanner.engine.kalender import Kalender, sla_over

ZOEK_MAANDEN = 600
"""Zo ver (in maanden) na de grens, of na de laatste maand waarin al een sessie staat, zoekt
de planner een plaats voor een sessie die opnieuw moet. Na die laatste maand is elke open
maand leeg: wat daar niet past, past nergens."""


@dataclass(frozen=True)
class Omgeving:
    """De regels en de kalender van de dagplanning, en de ruimte van een maand (0 = de
    maand van de startdatum)."""

    regels: Dagregels
    kalender: Kalender
    ruimte: Callable[[int], int]


class Plaatser:
    """Waar een sessie past: op haar oude dagen, of in de eerste open maand vanaf een grens
    met ruimte. Een maand die vol is (sessies per maand) blijft vol: herplannen neemt alleen
    ruimte; `_vol` slaat volle en gesloten maanden over (unie-zoek, als `VrijeMaanden`)."""

    def __init__(self, omgeving: Omgeving, bezetting: Bezetting) -> None:
        self.omgeving = omgeving
        self.bezetting = bezetting
        self._vol: dict[int, int] = {}
        start = omgeving.regels.startdatum
        self._nul = start.year * 12 + start.month - 1
        """De maand van de startdatum, geteld in maanden sinds het jaar 0."""

    def _maand(self, dag: dt.date) -> int:
        return dag.year * 12 + dag.month - 1 - self._nul

    def _te_vol(self, maand: int) -> bool:
        jaar, rest = divmod(self._nul + maand, 12)  # (jaar, maand) zoals `Bezetting.per_maand`
        gebruikt = self.bezetting.per_maand.get((jaar, rest + 1), 0)
        return gebruikt >= self.omgeving.ruimte(maand)

    def past(self, sessie: Sessie, dagen: list[dt.date]) -> bool:
        """Past de sessie nog op haar oude dagen: ruimte in maand en week, de helft van het
        team?"""
        if self._te_vol(self._maand(dagen[0])):
            return False
        return past_binnen_grenzen(sessie, dagen, self.omgeving.regels, self.bezetting)

    def plaats(self, sessie: Sessie, grens: dt.date) -> list[dt.date]:
        """De eerste open maand vanaf `grens` met ruimte, en daarin de dagen (`dagen.zoek`)."""
        regels, kalender = self.omgeving.regels, self.omgeving.kalender
        eerste = self._maand(grens)
        maand = self._volgende(eerste)
        tot = eerste + ZOEK_MAANDEN
        while maand < tot or maand < (tot := self._laatste_bezet() + ZOEK_MAANDEN):
            if not kalender.open(maand) or self._te_vol(maand):
                self._vol[maand] = maand + 1
            else:
                dagen = zoek(sessie, maand, regels, self.bezetting, vanaf=grens, team_los=False)
                if dagen is not None:
                    return dagen
            maand = self._volgende(maand + 1)
        raise RuntimeError("geen plaats voor een sessie in een lege maand")  # pragma: no cover

    def _laatste_bezet(self) -> int:
        """De laatste maand waarin al een sessie staat (alleen nodig als het zoeken lang duurt:
        een programma dat tientallen jaren vol staat)."""
        start = self.omgeving.regels.startdatum
        jaar, maand = max(self.bezetting.per_maand, default=(start.year, start.month))
        return self._maand(dt.date(jaar, maand, 1))

    def _volgende(self, maand: int) -> int:
        """De eerste maand vanaf `maand` die niet al vol of gesloten bleek."""
        return sla_over(self._vol, maand)
