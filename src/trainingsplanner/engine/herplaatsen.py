"""Herplaatsen (`herplannen.py`): waar een sessie die opnieuw moet, nog past.

Op haar oude dagen, op de dag die voor een verplaatste sessie is afgesproken (`bezwaar` zegt
waarom niet), of in de eerste open maand vanaf een grens met ruimte (maandcapaciteit, en in de
maand de dagen van `dagen.zoek`: feestdagen, voorkeursdagen, grens per week en per team).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from trainingsplanner.engine.dagen import zoek, zoek_vrij
from trainingsplanner.engine.dagregels import (
    Bezetting,
    Dagregels,
    Sessie,
    past_binnen_grenzen,
    team_past,
    week_past,
)
from trainingsplanner.engine.kalender import Kalender, sla_over
from trainingsplanner.opmaak import datum as nl_datum
from trainingsplanner.opmaak import maand as maandnaam

ZOEK_MAANDEN = 600
"""Zo ver (in maanden) na de grens, of na de laatste maand waarin al een sessie staat, zoekt
de planner een plaats voor een sessie die opnieuw moet. Na die laatste maand is elke open
maand leeg: wat daar niet past, past nergens."""


_WEEKEND = {5: "zaterdag", 6: "zondag"}


@dataclass(frozen=True)
class Omgeving:
    """De regels en de kalender van de dagplanning, en de ruimte van een maand (0 = de
    maand van de startdatum)."""

    regels: Dagregels
    kalender: Kalender
    ruimte: Callable[[int], int]


def echte_dagen(aantal: int, datum: dt.date, regels: Dagregels) -> list[dt.date]:
    """De dagen van een sessie van `aantal` dagen die op `datum` begint (gegeven of afgesproken):
    die datum, en bij een training van meer dagen de werkdagen erna (de uitvoering legt alleen
    de eerste dag vast)."""
    dagen = [datum]
    dag = datum
    while len(dagen) < aantal:
        dag += dt.timedelta(days=1)
        if regels.werkdag(dag):
            dagen.append(dag)
    return dagen


class Plaatser:
    """Waar een sessie past: op haar oude dagen, op een afgesproken dag, of in de eerste open
    maand vanaf een grens met ruimte. Een maand die vol is (sessies per maand) blijft vol:
    herplannen neemt ruimte en geeft alleen een afspraak die toch niet kan terug (`laat_los`,
    die het geheugen wist); `_vol` slaat volle en gesloten maanden over (unie-zoek, als
    `VrijeMaanden`)."""

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

    def bezwaar(self, sessie: Sessie, dagen: list[dt.date]) -> str | None:
        """Waarom de sessie niet op deze (afgesproken) dagen kan, in een zin voor de
        coördinator; None als ze er past (een werkdag in een open maand, ruimte in maand en
        week, de helft van het team)."""
        regels = self.omgeving.regels
        for dag in dagen:
            if not regels.werkdag(dag):
                return f"dat is een {_WEEKEND.get(dag.weekday(), 'feestdag')}"
        for dag in dagen:
            if not self.omgeving.kalender.open(self._maand(dag)):
                return f"in {maandnaam(dag)} zijn geen sessies"
        if self._te_vol(self._maand(dagen[0])):
            return "die maand is vol"
        if not week_past(dagen, regels, self.bezetting):
            return "die week is vol"
        if not team_past(sessie, dagen, regels, self.bezetting):
            return "dan zijn te veel medewerkers van het team die dag in training"
        return None

    def naar_afspraak(
        self,
        sessie: Sessie,
        aantal: int,
        afgesproken: dt.date,
        grenzen: tuple[dt.date, dt.date, str | None],
        genomen: list[dt.date] | None,
    ) -> tuple[list[dt.date], str]:
        """De dagen van een verplaatste sessie van `aantal` dagen (al in de bezetting) en de
        reden: op de afgesproken dag als het kan (`genomen`: al genomen vóór het herplannen),
        anders de eerste plek vanaf die dag en de grens van de volgorde; een afgesproken dag
        vóór `vanaf` vanaf `vanaf`. `grenzen`: vanaf, de grens van de volgorde en waarop het
        onderdeel wacht."""
        vanaf, grens, wacht = grenzen
        naar = f"verplaatst naar {nl_datum(afgesproken)}"
        if genomen is not None:
            if afgesproken >= grens:
                return genomen, f"{naar}, zoals afgesproken"
            self.laat_los(sessie, genomen)  # waar het onderdeel op wacht, eindigt nu later
        if afgesproken < vanaf:
            bezwaar, van = None, grens
            naar += f", niet gegeven vóór {nl_datum(vanaf)}"
        elif afgesproken < grens:
            bezwaar, van = f"het onderdeel wacht op {wacht}", grens
        else:
            dagen = echte_dagen(aantal, afgesproken, self.omgeving.regels)
            bezwaar, van = self.bezwaar(sessie, dagen), afgesproken
            if bezwaar is None:  # pas nu ruimte: een andere afspraak liet haar los
                self.bezetting.neem(dagen, sessie.deelnemers, sessie.teamcode)
                return dagen, f"{naar}, zoals afgesproken"
        dagen = self.plaats(sessie, van)
        self.bezetting.neem(dagen, sessie.deelnemers, sessie.teamcode)
        return dagen, naar if bezwaar is None else f"{naar}; {bezwaar}, eerste plek daarna"

    def laat_los(self, sessie: Sessie, dagen: list[dt.date]) -> None:
        """Geef de ruimte van een sessie terug (een afspraak die toch niet kan): een maand die
        vol bleek, kan nu weer ruimte hebben."""
        self.bezetting.neem(dagen, sessie.deelnemers, sessie.teamcode, keer=-1)
        self._vol.clear()

    def plaats(self, sessie: Sessie, grens: dt.date) -> list[dt.date]:
        """De eerste open maand vanaf `grens` met ruimte, en daarin de dagen (`dagen.zoek`); in
        de maand van de grens zelf (als die niet op de eerste begint) alleen een voorkeursdag
        waar nog niets staat (`dagen.zoek_vrij`)."""
        regels, kalender = self.omgeving.regels, self.omgeving.kalender
        eerste = self._maand(grens)
        maand = self._volgende(eerste)
        tot = eerste + ZOEK_MAANDEN
        while maand < tot or maand < (tot := self._laatste_bezet() + ZOEK_MAANDEN):
            if not kalender.open(maand) or self._te_vol(maand):
                self._vol[maand] = maand + 1
            else:
                if maand == eerste and grens.day > 1:  # het restje van de maand van de grens
                    dagen = zoek_vrij(sessie, maand, regels, self.bezetting, grens)
                else:
                    dagen = zoek(sessie, maand, regels, self.bezetting, grens, team_los=False)
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
