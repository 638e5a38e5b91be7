"""De stand van de uitvoering: per stap, per team en per onderdeel (`plan uitvoering status`).

Puur: het programma, de vastgelegde sessies en meldingen en de datum van vandaag erin, een
`Status` eruit. Van het programma worden alleen `id`, `stap`, `team`, `sessies`, `start` en
`eind` van de onderdelen gebruikt. Zolang sessies nog geen eigen datum hebben, telt de
einddatum van het onderdeel: is die voorbij en is niet elke sessie gegeven, dan is het
onderdeel achterstallig. Registraties die niet (meer) bij het programma passen, worden
gemeld, nooit stil weggelaten.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from trainingsplanner.programma import Onderdeel
from trainingsplanner.suggestie import dichtstbij
from trainingsplanner.uitvoering.gegevens import STATUSSEN, Incidentaantal, Sessie

BINNENKORT_DAGEN = 60
VAARDIGHEDEN = "-vaardigheden"
"""Het id van de vaardighedentraining van een team (stap 3) eindigt hierop; die telt voor het bereik."""
Stand = Literal["klaar", "achterstallig", "binnenkort", "bezig", "gepland"]


@dataclass(frozen=True)
class Tellingen:
    """Sessies: gepland, gegeven, geannuleerd, verplaatst; open in achterstallige en bijna-af onderdelen."""

    gepland: int = 0
    gegeven: int = 0
    geannuleerd: int = 0
    verplaatst: int = 0
    achterstallig: int = 0
    binnenkort: int = 0

    def __add__(self, ander: Tellingen) -> Tellingen:
        return Tellingen(*(a + b for a, b in zip(self.als_tuple(), ander.als_tuple(), strict=True)))

    def als_tuple(self) -> tuple[int, int, int, int, int, int]:
        return (
            self.gepland,
            self.gegeven,
            self.geannuleerd,
            self.verplaatst,
            self.achterstallig,
            self.binnenkort,
        )


@dataclass(frozen=True)
class Onderdeelstand:
    id: str
    stap: int
    team: str | None
    start: dt.date
    eind: dt.date
    tellingen: Tellingen
    stand: Stand


@dataclass(frozen=True)
class Teamstand:
    team: str
    medewerkers: int
    tellingen: Tellingen
    bereikt: int | None
    """Aanwezigen bij de gegeven sessies van de vaardighedentraining; None als het team er geen heeft."""
    bereik: float | None
    """`bereikt` gedeeld door het aantal medewerkers, hoogstens 1."""
    incidenten: list[Incidentaantal]


@dataclass(frozen=True)
class Los:
    """Registraties van een onderdeel dat niet in het programma staat (een hernoemd team)."""

    onderdeel: str
    nummers: list[int]
    suggestie: str | None
    """Het id in het programma dat er het meest op lijkt."""


@dataclass(frozen=True)
class Status:
    gemeente: str
    datum: dt.date
    team: str | None
    stappen: dict[int, Tellingen]
    totaal: Tellingen
    teams: list[Teamstand]
    onderdelen: list[Onderdeelstand]
    zonder_onderdeel: list[Los] = field(default_factory=list)
    buiten_bereik: list[Sessie] = field(default_factory=list)
    """Sessies met een nummer hoger dan het onderdeel nu heeft."""
    incidenten_zonder_team: list[Incidentaantal] = field(default_factory=list)

    @property
    def achterstallig(self) -> bool:
        return any(o.stand == "achterstallig" for o in self.onderdelen)


def bereken(
    gemeente: str,
    onderdelen: Iterable[Onderdeel],
    teams: Mapping[str, int],
    sessies: Iterable[Sessie],
    incidenten: Iterable[Incidentaantal],
    vandaag: dt.date,
    team: str | None = None,
) -> Status:
    """De stand op `vandaag`; `teams` is naam → medewerkers, `team` beperkt tot één team."""
    alle = list(onderdelen)
    bekend = {o.id: o for o in alle}
    per_onderdeel: dict[str, list[Sessie]] = defaultdict(list)
    buiten: list[Sessie] = []
    for s in sessies:
        onderdeel = bekend.get(s.onderdeel)
        if onderdeel is not None and s.nummer > onderdeel.sessies:
            buiten.append(s)
        else:
            per_onderdeel[s.onderdeel].append(s)
    gekozen = [o for o in alle if team is None or o.team == team]
    standen = [_onderdeel(o, per_onderdeel.get(o.id, []), vandaag) for o in gekozen]
    stappen: dict[int, Tellingen] = {
        stap: Tellingen() for stap in sorted({o.stap for o in gekozen})
    }
    for o in standen:
        stappen[o.stap] += o.tellingen
    meldingen = list(incidenten)
    return Status(
        gemeente=gemeente,
        datum=vandaag,
        team=team,
        stappen=stappen,
        totaal=sum((o.tellingen for o in standen), Tellingen()),
        teams=_teams(teams, team, gekozen, standen, per_onderdeel, meldingen),
        onderdelen=standen,
        zonder_onderdeel=_los(per_onderdeel, bekend),
        buiten_bereik=buiten,
        incidenten_zonder_team=[m for m in meldingen if m.team not in teams],
    )


def _onderdeel(o: Onderdeel, sessies: list[Sessie], vandaag: dt.date) -> Onderdeelstand:
    tel = {status: sum(1 for s in sessies if s.status == status) for status in STATUSSEN}
    open_ = o.sessies - tel["gegeven"]
    stand: Stand
    if open_ <= 0:
        stand = "klaar"
    elif o.eind < vandaag:
        stand = "achterstallig"
    elif (o.eind - vandaag).days <= BINNENKORT_DAGEN:
        stand = "binnenkort"
    else:
        stand = "bezig" if o.start <= vandaag else "gepland"
    tellingen = Tellingen(
        gepland=o.sessies,
        gegeven=tel["gegeven"],
        geannuleerd=tel["geannuleerd"],
        verplaatst=tel["verplaatst"],
        achterstallig=open_ if stand == "achterstallig" else 0,
        binnenkort=open_ if stand == "binnenkort" else 0,
    )
    return Onderdeelstand(o.id, o.stap, o.team, o.start, o.eind, tellingen, stand)


def _teams(
    teams: Mapping[str, int],
    gekozen_team: str | None,
    onderdelen: list[Onderdeel],
    standen: list[Onderdeelstand],
    sessies: Mapping[str, list[Sessie]],
    meldingen: list[Incidentaantal],
) -> list[Teamstand]:
    """Per team (in de volgorde van het profiel); eerst alles één keer per team gegroepeerd."""
    tellingen: dict[str, Tellingen] = defaultdict(Tellingen)
    for stand in standen:
        if stand.team is not None:
            tellingen[stand.team] += stand.tellingen
    bereikt: dict[str, int] = {}
    for o in onderdelen:
        if o.team is not None and _vaardigheden(o):
            aanwezig = (s.aanwezig or 0 for s in sessies.get(o.id, []) if s.status == "gegeven")
            bereikt[o.team] = bereikt.get(o.team, 0) + sum(aanwezig)
    per_team: dict[str, list[Incidentaantal]] = defaultdict(list)
    for m in sorted(meldingen, key=lambda m: m.kwartaal):
        per_team[m.team].append(m)
    uit = []
    for naam, medewerkers in teams.items():
        if gekozen_team is not None and naam != gekozen_team:
            continue
        aantal = bereikt.get(naam)
        bereik = min(1.0, aantal / medewerkers) if aantal is not None and medewerkers else None
        uit.append(
            Teamstand(naam, medewerkers, tellingen[naam], aantal, bereik, per_team.get(naam, []))
        )
    return uit


def _vaardigheden(o: Onderdeel) -> bool:
    """De vaardighedentraining van een team (stap 3): die telt voor het bereik."""
    return o.stap == 3 and o.team is not None and o.id.endswith(VAARDIGHEDEN)


def _los(sessies: Mapping[str, list[Sessie]], bekend: Mapping[str, Onderdeel]) -> list[Los]:
    return [
        Los(code, sorted(s.nummer for s in lijst), dichtstbij(code, bekend))
        for code, lijst in sorted(sessies.items())
        if code not in bekend
    ]
