"""De stand van de uitvoering: per stap, per team en per onderdeel (`plan uitvoering status`).

Puur: het programma, de vastgelegde sessies en meldingen en de datum van vandaag erin, een
`Status` eruit. Elke sessie telt op haar eigen voorgestelde datum (`sessiedata`; zonder
voorgestelde datum de einddatum van het onderdeel): is die voorbij en is de sessie niet
gegeven, dan is ze achterstallig; valt ze binnen 60 dagen, dan binnenkort. Na een herplanning
(`plan generate --uitvoering`) telt een sessie die verschoof op haar nieuwe datum. Een
verplaatste sessie telt op de datum waarnaar ze verplaatst is (eerder of later), tot een
herplanning haar een datum geeft. Registraties die niet
(meer) bij het programma passen, worden gemeld, nooit stil weggelaten.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from trainingsplanner.engine.codes import unieke_slugs
from trainingsplanner.suggestie import hernoemde
from trainingsplanner.uitvoering import bereik as bereikmaat
from trainingsplanner.uitvoering import kosten as kostenmaat
from trainingsplanner.uitvoering import plan as planmaat
from trainingsplanner.uitvoering import ritme as ritmemaat
from trainingsplanner.uitvoering.gegevens import STATUSSEN, Herplanning, Incidentaantal, Sessie
from trainingsplanner.uitvoering.kosten import Kostenjaar
from trainingsplanner.uitvoering.plan import Deel, Kosten
from trainingsplanner.uitvoering.ritme import Ritme
from trainingsplanner.uitvoering.soorten import afspraak

if TYPE_CHECKING:
    from trainingsplanner.programma import KostenOverzicht, Onderdeel

BINNENKORT_DAGEN = 60
Stand = Literal["klaar", "achterstallig", "binnenkort", "bezig", "gepland"]


@dataclass(frozen=True)
class Tellingen:
    """Sessies: gepland, gegeven, geannuleerd, verplaatst; open met een datum die voorbij is
    (achterstallig) of binnen 60 dagen valt (binnenkort)."""

    gepland: int = 0
    gegeven: int = 0
    geannuleerd: int = 0
    verplaatst: int = 0
    achterstallig: int = 0
    binnenkort: int = 0

    def __add__(self, ander: Tellingen) -> Tellingen:
        return som([self, ander])

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
class Opensessie:
    """Een sessie die nog gegeven moet worden, met de datum waarop ze af had moeten zijn."""

    nummer: int
    datum: dt.date


def som(tellingen: Iterable[Tellingen]) -> Tellingen:
    """De som, in één keer (bij duizenden onderdelen veel sneller dan `+` na elkaar)."""
    a = b = c = d = e = f = 0
    for t in tellingen:
        a += t.gepland
        b += t.gegeven
        c += t.geannuleerd
        d += t.verplaatst
        e += t.achterstallig
        f += t.binnenkort
    return Tellingen(a, b, c, d, e, f)


@dataclass(frozen=True)
class Onderdeelstand:
    id: str
    stap: int
    team: str | None
    start: dt.date
    eind: dt.date
    tellingen: Tellingen
    stand: Stand
    achterstallig: list[Opensessie] = field(default_factory=list)
    binnenkort: list[Opensessie] = field(default_factory=list)


@dataclass(frozen=True)
class Teamstand:
    team: str
    medewerkers: int
    tellingen: Tellingen
    bereikt: int | None
    """Aanwezigen bij de gegeven sessies van de vaardigheidstraining (zie bereik.py); None als
    het team er geen heeft."""
    bereik: float | None
    """`bereikt` gedeeld door het aantal medewerkers, hoogstens 1."""
    incidenten: list[Incidentaantal]
    ritme: list[Ritme] = field(default_factory=list)
    """Werkoverleg en HR-gesprek per jaar van de cyclus."""


@dataclass(frozen=True)
class Los:
    """Registraties van een onderdeel dat niet in het programma staat (een hernoemd team)."""

    onderdeel: str
    nummers: list[int]
    suggestie: str | None
    """Het id dat het onderdeel nu heeft (een hernoemd team, `suggestie.hernoemde`), of None."""


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
    kosten: list[Kostenjaar] = field(default_factory=list)
    """Per kalenderjaar begroot en gerealiseerd (leeg als het profiel geen prijzen geeft)."""
    budget: float | None = None
    """Het budget van het profiel voor de hele looptijd."""
    herplanning: Herplanning | None = None
    """De laatste herplanning: de sessies die verschoven, tellen op hun nieuwe datum."""
    zonder_database: str | None = None
    """De database (zoals de gebruiker hem ziet) als die nog niet bestaat: nog niets vastgelegd."""

    @property
    def nog_niets_vastgelegd(self) -> str | None:
        """De melding bovenaan als er nog geen database is, anders None."""
        if self.zonder_database is None:
            return None
        return (
            f"Nog niets vastgelegd: {self.zonder_database} bestaat nog niet; plan uitvoering "
            "record of import maakt hem."
        )

    @property
    def achterstallig(self) -> bool:
        return any(o.stand == "achterstallig" for o in self.onderdelen)


def bereken(
    gemeente: str,
    onderdelen: Iterable[Onderdeel | Deel],
    teams: Mapping[str, int],
    sessies: Iterable[Sessie],
    incidenten: Iterable[Incidentaantal],
    vandaag: dt.date,
    team: str | None = None,
    kosten: KostenOverzicht | Kosten | None = None,
    herplanning: Herplanning | None = None,
) -> Status:
    """De stand op `vandaag`; `teams` is naam → medewerkers, `team` beperkt tot één team.

    Met `kosten` (het kostenoverzicht van het programma) ook begroot en gerealiseerd per jaar;
    met `herplanning` (de laatste van `plan generate --uitvoering`) telt een sessie die
    daarbij verschoof op haar nieuwe datum.
    """
    alle = planmaat.delen(onderdelen)
    if herplanning is not None:
        alle = planmaat.herplande_delen(alle, herplanning)
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
    herpland = frozenset(herplanning.datums) if herplanning is not None else frozenset()
    standen = [_onderdeel(o, per_onderdeel.get(o.id, []), vandaag, herpland) for o in gekozen]
    per_stap: dict[int, list[Tellingen]] = defaultdict(list)
    for o in standen:
        per_stap[o.stap].append(o.tellingen)
    stappen = {stap: som(per_stap[stap]) for stap in sorted(per_stap)}
    meldingen = list(incidenten)
    prijzen = planmaat.kosten(kosten)
    return Status(
        gemeente=gemeente,
        datum=vandaag,
        team=team,
        stappen=stappen,
        totaal=som(o.tellingen for o in standen),
        teams=_teams(teams, team, gekozen, standen, per_onderdeel, meldingen),
        onderdelen=standen,
        zonder_onderdeel=_los(per_onderdeel, bekend, teams),
        buiten_bereik=buiten,
        incidenten_zonder_team=[m for m in meldingen if m.team not in teams],
        kosten=_kosten(prijzen, gekozen, per_onderdeel, herplanning, team),
        budget=None if prijzen is None else prijzen.budget,
        herplanning=herplanning,
    )


def _onderdeel(
    o: Deel, sessies: list[Sessie], vandaag: dt.date, herpland: frozenset[tuple[str, int]]
) -> Onderdeelstand:
    tel = dict.fromkeys(STATUSSEN, 0)
    vastgelegd = {}
    for s in sessies:
        tel[s.status] += 1
        vastgelegd[s.nummer] = s
    grens = vandaag + dt.timedelta(days=BINNENKORT_DAGEN)
    te_laat: list[Opensessie] = []
    straks: list[Opensessie] = []
    later = 0
    for nummer, gepland in enumerate(o.datums, start=1):
        sessie = vastgelegd.get(nummer)
        if sessie is not None and sessie.status == "gegeven":
            continue
        datum = afspraak(gepland, sessie, (o.id, nummer) in herpland)
        if datum < vandaag:
            te_laat.append(Opensessie(nummer, datum))
        elif datum <= grens:
            straks.append(Opensessie(nummer, datum))
        else:
            later += 1
    stand: Stand
    if not (te_laat or straks or later):
        stand = "klaar"
    elif te_laat:
        stand = "achterstallig"
    elif straks:
        stand = "binnenkort"
    else:
        stand = "bezig" if o.start <= vandaag else "gepland"
    tellingen = Tellingen(
        gepland=o.sessies,
        gegeven=tel["gegeven"],
        geannuleerd=tel["geannuleerd"],
        verplaatst=tel["verplaatst"],
        achterstallig=len(te_laat),
        binnenkort=len(straks),
    )
    return Onderdeelstand(o.id, o.stap, o.team, o.start, o.eind, tellingen, stand, te_laat, straks)


def _teams(
    teams: Mapping[str, int],
    gekozen_team: str | None,
    onderdelen: list[Deel],
    standen: list[Onderdeelstand],
    sessies: Mapping[str, list[Sessie]],
    meldingen: list[Incidentaantal],
) -> list[Teamstand]:
    """Per team (in de volgorde van het profiel); eerst alles één keer per team gegroepeerd."""
    per_team_tellingen: dict[str, list[Tellingen]] = defaultdict(list)
    for stand in standen:
        if stand.team is not None:
            per_team_tellingen[stand.team].append(stand.tellingen)
    tellingen = {team: som(lijst) for team, lijst in per_team_tellingen.items()}
    bereikt = bereikmaat.bereikt(onderdelen, sessies)
    ritmes = ritmemaat.per_team(onderdelen, sessies)
    per_team: dict[str, list[Incidentaantal]] = defaultdict(list)
    for m in sorted(meldingen, key=lambda m: m.kwartaal):
        per_team[m.team].append(m)
    uit = []
    for naam, medewerkers in teams.items():
        if gekozen_team is not None and naam != gekozen_team:
            continue
        aantal = bereikt.get(naam)
        uit.append(
            Teamstand(
                naam,
                medewerkers,
                tellingen.get(naam, Tellingen()),
                aantal,
                bereikmaat.aandeel(aantal, medewerkers),
                per_team.get(naam, []),
                ritmes.get(naam, []),
            )
        )
    return uit


def _kosten(
    prijzen: Kosten | None,
    gekozen: list[Deel],
    per_onderdeel: Mapping[str, list[Sessie]],
    herplanning: Herplanning | None,
    team: str | None,
) -> list[Kostenjaar]:
    """Begroot en gerealiseerd per jaar; na een herplanning begroot vanaf haar jaar volgens het
    herplande programma (`herplanbegroting`), zoals het jaarverslag. Die begroting is er alleen
    voor de hele organisatie: met `--team` blijft het de begroting van het programma."""
    jaren = kostenmaat.per_jaar(prijzen, gekozen, per_onderdeel)
    vanaf = herplanbegroting(herplanning, team)
    if herplanning is None or vanaf is None or not jaren:
        return jaren
    return kostenmaat.met_herplanning(jaren, herplanning.begroting, vanaf)


def herplanbegroting(herplanning: Herplanning | None, team: str | None) -> int | None:
    """Het jaar vanaf wanneer `status` begroot volgens de laatste herplanning, of None: het
    eerste kalenderjaar dat op of na haar `vanaf` begint. Het jaar waarin midden in herpland
    is, houdt zijn begroting, zoals in het jaarverslag ("Kosten tot en met")."""
    if herplanning is None or team is not None or not herplanning.begroting:
        return None
    vanaf = herplanning.vanaf
    return vanaf.year if (vanaf.month, vanaf.day) == (1, 1) else vanaf.year + 1


def _los(
    sessies: Mapping[str, list[Sessie]], bekend: Mapping[str, Deel], teams: Mapping[str, int]
) -> list[Los]:
    """Registraties van ids die niet in het programma staan, met de id die ze nu hebben als
    hun team een andere naam kreeg (`suggestie.hernoemde`; de teamcodes zoals de engine ze maakt, in de
    volgorde van het profiel)."""
    codes = dict(zip(teams, unieke_slugs(list(teams)), strict=True))
    programma = {c: (codes.get(d.team) if d.team else None, d.sessies) for c, d in bekend.items()}
    los = {c: lijst for c, lijst in sorted(sessies.items()) if c not in bekend}
    voorstel = hernoemde({c: max(s.nummer for s in lijst) for c, lijst in los.items()},
                         programma, sessies)  # fmt: skip
    return [Los(c, sorted(s.nummer for s in lijst), voorstel.get(c)) for c, lijst in los.items()]
