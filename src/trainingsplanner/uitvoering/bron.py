"""Het programma waar de uitvoering bij hoort: uit het profiel, zoals `plan generate` het maakt.

Van het programma gebruikt de uitvoering de onderdelen (ids, stap, team, leervorm, sessies en
hun voorgestelde datums) en de kosten; van het profiel de teams met hun aantal medewerkers.

- `laad`: het hele programma (voor `record`, `import` en `koppel`).
- `laad_plan`: het kleine plan van plan.py voor `status` en `report`, uit de gebruikerscache
  (bestanden/cache.py) zolang profiel, catalogus en code gelijk blijven: de engine hoeft dan
  niet te draaien (bij 600 teams het grootste deel van de tijd).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainingsplanner.bestanden import cache
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.uitvoering.opslag import database as database
from trainingsplanner.uitvoering.plan import Plan, uit_programma

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus
    from trainingsplanner.programma import Onderdeel, Programma
    from trainingsplanner.uitvoering.incidenten import Teamnamen


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
        from trainingsplanner.uitvoering.incidenten import Teamnamen

        return Teamnamen(self.teams)

    def team(self, naam: str | None, optie: str = "--team") -> str | None:
        return kies_team(self.teams, naam, optie)


def kies_team(teams: Mapping[str, int], naam: str | None, optie: str = "--team") -> str | None:
    """De teamnaam zoals in het profiel (hoofdletters tellen niet); onbekend is een InvoerFout."""
    if naam is None:
        return None
    try:
        from trainingsplanner.uitvoering.incidenten import Teamnamen

        return Teamnamen(teams).uit(naam)
    except ValueError as fout:
        from trainingsplanner.suggestie import dichtstbij

        namen = list(teams)
        bericht = str(fout)
        if namen and dichtstbij(naam.strip(), namen) is None:  # geen 'Bedoelde u …?': noem ze
            meer = f" en {len(namen) - 10} andere" if len(namen) > 10 else ""
            bericht += f"; de teams van het profiel: {', '.join(namen[:10])}{meer}"
        raise InvoerFout([Probleem(optie, 0, 0, "", bericht)]) from None


def laad(profiel: Path, catalogus: Catalogus) -> Bron:
    """Het programma van het profiel, met het basisplan uit de gebruikerscache zoals
    herplannen het gebruikt (`genereren.gelezen_en_basisplan`): wie vastlegt of de stand
    bekijkt, maakt zo ook de volgende herplanning snel."""
    from trainingsplanner.engine import voltooi
    from trainingsplanner.genereren import feestdagcache, gelezen_en_basisplan

    with feestdagcache():
        gelezen, basis = gelezen_en_basisplan(profiel, catalogus)
        programma = voltooi(basis, catalogus)
    return Bron(
        gemeente=programma.gemeente,
        onderdelen={o.id: o for o in programma.onderdelen},
        teams={t.naam: t.medewerkers for t in gelezen.profiel.teams},
        programma=programma,
    )


def laad_plan(
    profiel: Path, catalogusmap: Path | None, laad_catalogus: Callable[[Path | None], Catalogus]
) -> Plan:
    """Het plan van `status` en `report`: uit de cache als profiel, catalogus en code gelijk
    zijn gebleven, anders samengesteld (en bewaard). Een fout profiel geeft de gewone
    meldingen (en wordt niet bewaard). `laad_catalogus` leest de catalogus als het moet."""
    sleutel = _sleutel(profiel, catalogusmap)
    if sleutel is not None:
        bewaard = cache.lees("uitvoeringsplan", sleutel)
        if isinstance(bewaard, Plan):
            return bewaard
    gegevens = laad(profiel, laad_catalogus(catalogusmap))
    plan = uit_programma(gegevens.programma, gegevens.teams)
    if sleutel is not None:
        cache.bewaar("uitvoeringsplan", sleutel, plan)
    return plan


def _sleutel(profiel: Path, catalogusmap: Path | None) -> str | None:
    """De inhoud van het profiel en de catalogusbestanden, en de code van plan."""
    if cache.cachemap() is None:
        return None
    from trainingsplanner.bestanden.bronnen import datamap

    map = catalogusmap if catalogusmap is not None else datamap()
    hasher = hashlib.sha256(cache.codestempel().encode())
    # de feestdagen van de datums (engine/dagen.py)
    hasher.update(cache.pakketversie("holidays").encode())
    try:
        hasher.update(profiel.read_bytes())
        for pad in sorted(map.glob("*.yaml")):  # elk catalogusbestand (en wat er nog naast staat)
            hasher.update(b"\0" + pad.name.encode() + b"\0" + pad.read_bytes())
    except OSError:  # de gewone lezer meldt het probleem met de plek
        return None
    return hasher.hexdigest()[:32]


def vandaag() -> dt.date:
    """De datum van vandaag, zoals `genereren.vandaag` (SOURCE_DATE_EPOCH zet hem vast), maar
    zonder de engine te laden: `status` en `report` hebben die niet nodig (een test houdt beide
    gelijk)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()
