"""Het programma waar de uitvoering bij hoort: uit het profiel, zoals `plan generate` het maakt.

Van het programma gebruikt de uitvoering de onderdelen (ids, stap, team, leervorm, sessies en
hun voorgestelde datums) en de kosten; van het profiel de teams met hun aantal medewerkers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine import stel_samen
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.profiel.model import laad_profiel
from trainingsplanner.programma import Onderdeel, Programma
from trainingsplanner.uitvoering.incidenten import Teamnamen
from trainingsplanner.uitvoering.opslag import standaard_pad


@dataclass(frozen=True)
class Bron:
    gemeente: str
    onderdelen: dict[str, Onderdeel]
    """Op id, in de volgorde van het programma."""
    teams: dict[str, int]
    """Teamnaam → medewerkers, in de volgorde van het profiel."""
    programma: Programma

    @property
    def teamnamen(self) -> Teamnamen:
        return Teamnamen(self.teams)

    def team(self, naam: str | None, optie: str = "--team") -> str | None:
        """De teamnaam zoals in het profiel (hoofdletters tellen niet); onbekend is een InvoerFout."""
        if naam is None:
            return None
        try:
            return self.teamnamen.uit(naam)
        except ValueError as fout:
            raise InvoerFout([Probleem(optie, 0, 0, "", str(fout))]) from None


def laad(profiel: Path, catalogus: Catalogus) -> Bron:
    gelezen = laad_profiel(profiel, catalogus)
    programma = stel_samen(gelezen, catalogus)
    return Bron(
        gemeente=programma.gemeente,
        onderdelen={o.id: o for o in programma.onderdelen},
        teams={t.naam: t.medewerkers for t in gelezen.teams},
        programma=programma,
    )


def database(profiel: Path, db: Path | None) -> Path:
    """De database van `--db`, of `NAAM.uitvoering.sqlite` naast het profiel."""
    return db if db is not None else standaard_pad(profiel)
