"""De tijdlijn als SVG-Gantt: maanden op de x-as, rijen per stap en doelgroep/team.

Dit is opmaak, geen beslissing: elk onderdeel met een datum wordt precies één balk. Grote
gemeenten worden in blokken van hoogstens `TEAMS_PER_FIGUUR` teams gesplitst, zodat elke
figuur leesbaar blijft op scherm en op een A4-pagina. De SVG schaalt met de breedte van de
pagina mee (`viewBox`, breedte 100 %); elke balk draagt het nummer van zijn soort
onderdeel, met een genummerde legenda onder de figuur, zodat ook een print leesbaar is.
`overzicht` is de tijdlijn in één oogopslag: één rij per stap.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from trainingsplanner import opmaak
from trainingsplanner.programma import Onderdeel, Programma

MAANDBREEDTE = 24
LABELBREEDTE = 230
LABELTEKENS = 38
TWEEREGELTEKENS = 44
"""Tekens per regel als een rijlabel over twee regels gaat (in een kleinere letter)."""
RECHTS = 36
"""Ruimte rechts van de laatste maand, zodat het jaartal van die maand er helemaal op past."""
RIJHOOGTE = 22
KOP = 34
TEAMS_PER_FIGUUR = 40
_JAARDEEL = re.compile(r" \(jaar \d+\)")
KORTE_MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@dataclass
class Balk:
    id: str
    x: float
    y: float
    breedte: float
    hoogte: float
    stap: int
    titel: str
    smal: bool
    soort: str
    nummer: int = 0
    """Het nummer in de legenda (de soort onderdeel); 0 zonder."""


@dataclass
class Rij:
    label: str
    groep: str
    y: float


@dataclass
class Maand:
    x: float
    label: str
    jaar: str


@dataclass
class Figuur:
    titel: str
    breedte: float
    hoogte: float
    maanden: list[Maand]
    rijen: list[Rij]
    balken: list[Balk] = field(default_factory=list)
    scheidingen: list[float] = field(default_factory=list)
    legenda: list[tuple[int, str]] = field(default_factory=list)
    """(nummer, soort onderdeel) voor de nummers op de balken."""


def _maandindex(start: dt.date, datum: dt.date) -> int:
    return (datum.year - start.year) * 12 + datum.month - start.month


def _rijsleutel(o: Onderdeel) -> tuple[str, str]:
    """(groep, label) van de rij waarin een onderdeel komt."""
    if o.team is not None:
        return ("teams", o.team)
    if o.stap == 1:
        return ("Stap 1: normstelling", o.titel.split(" — ")[-1] if " — " in o.titel else o.titel)
    if o.terugkerend:
        return ("Stap 4: borgen en evalueren", o.titel)
    if o.stap == 2:
        return ("Stap 2: voorbereiding leidinggevenden", o.titel)
    return ("Stap 3: leidinggevenden en rollen", o.titel)


def soort(o: Onderdeel) -> str:
    """De soort onderdeel voor de legenda: de titel zonder team en zonder '(jaar 2)'."""
    return _JAARDEEL.sub("", o.titel.split(" — ")[0])


def _as(programma: Programma) -> tuple[float, list[Maand]]:
    start = programma.periode.start
    aantal_maanden = _maandindex(start, programma.periode.eind) + 1
    breedte = LABELBREEDTE + aantal_maanden * MAANDBREEDTE + RECHTS
    maanden = []
    for m in range(aantal_maanden):
        jaar, maand = divmod(start.month - 1 + m, 12)
        maanden.append(
            Maand(
                x=LABELBREEDTE + m * MAANDBREEDTE,
                label=KORTE_MAANDEN[maand],
                jaar=str(start.year + jaar) if maand == 0 or m == 0 else "",
            )
        )
    return breedte, maanden


def overzicht(programma: Programma) -> Figuur:
    """De tijdlijn in één oogopslag: per stap de maanden waarin iets gebeurt."""
    start = programma.periode.start
    breedte, maanden = _as(programma)
    namen = sorted({_rijsleutel(o)[0] for o in programma.onderdelen if o.team is None})
    stappen = sorted({o.stap for o in programma.onderdelen})
    figuur = Figuur("in één oogopslag", breedte, KOP + len(stappen) * RIJHOOGTE + 6, maanden, [])
    for r, stap in enumerate(stappen):
        y = KOP + r * RIJHOOGTE
        naam = next((n for n in namen if n.startswith(f"Stap {stap}:")), f"Stap {stap}")
        onderdelen = [o for o in programma.onderdelen if o.stap == stap]
        figuur.rijen.append(Rij(label=f"{naam} ({len(onderdelen)})", groep="stappen", y=y))
        actief = sorted(
            {
                m
                for o in onderdelen
                for m in range(_maandindex(start, o.start), _maandindex(start, o.eind) + 1)
            }
        )
        for eerste, laatste in _reeksen(actief):
            figuur.balken.append(
                Balk(
                    id="",
                    x=LABELBREEDTE + eerste * MAANDBREEDTE + 1,
                    y=y + 2,
                    breedte=(laatste - eerste + 1) * MAANDBREEDTE - 2,
                    hoogte=14,
                    stap=stap,
                    titel=f"Stap {stap}",
                    smal=False,
                    soort="overzicht",
                )
            )
    return figuur


def _reeksen(maanden: list[int]) -> list[tuple[int, int]]:
    """[0, 1, 2, 5, 6] → [(0, 2), (5, 6)]."""
    uit: list[tuple[int, int]] = []
    for m in maanden:
        if uit and uit[-1][1] == m - 1:
            uit[-1] = (uit[-1][0], m)
        else:
            uit.append((m, m))
    return uit


def figuren(programma: Programma) -> list[Figuur]:
    start = programma.periode.start
    breedte, maanden = _as(programma)
    rijen: dict[tuple[str, str], list[Onderdeel]] = {}
    for o in programma.onderdelen:
        rijen.setdefault(_rijsleutel(o), []).append(o)
    organisatie = [k for k in rijen if k[0] != "teams"]
    organisatie.sort(key=lambda k: (k[0], min(o.start for o in rijen[k])))
    teams = [k for k in rijen if k[0] == "teams"]
    blokken: list[tuple[str, list[tuple[str, str]]]] = [("Organisatie", organisatie)]
    for i in range(0, len(teams), TEAMS_PER_FIGUUR):
        deel = teams[i : i + TEAMS_PER_FIGUUR]
        titel = (
            "Teams"
            if len(teams) <= TEAMS_PER_FIGUUR
            else f"Teams {i + 1}–{i + len(deel)} van {len(teams)}"
        )
        blokken.append((titel, deel))
    uit = []
    for titel, sleutels in blokken:
        if not sleutels:
            continue
        figuur = Figuur(titel, breedte, KOP + len(sleutels) * RIJHOOGTE + 6, maanden, [])
        nummers: dict[str, int] = {}
        vorige_groep = None
        for r, sleutel in enumerate(sleutels):
            y = KOP + r * RIJHOOGTE
            if vorige_groep is not None and sleutel[0] != vorige_groep:
                figuur.scheidingen.append(y)
            vorige_groep = sleutel[0]
            figuur.rijen.append(Rij(label=sleutel[1], groep=sleutel[0], y=y))
            for o in rijen[sleutel]:
                balk = _balk(o, start, y)
                if not balk.smal:  # werkoverleg en gesprekken staan in de vaste legenda
                    balk.nummer = nummers.setdefault(soort(o), len(nummers) + 1)
                figuur.balken.append(balk)
        figuur.legenda = [(n, s) for s, n in nummers.items()]
        uit.append(figuur)
    return uit


def _balk(o: Onderdeel, start: dt.date, y: float) -> Balk:
    eerste = _maandindex(start, o.start)
    laatste = _maandindex(start, o.eind)
    routine = o.leervorm in ("werkoverleg", "gesprek")
    hoogte = 3 if o.leervorm == "gesprek" else 6 if routine else 12
    boven = y + (17 if o.leervorm == "gesprek" else 15 if routine else 2)
    titel = f"{o.titel}: {opmaak.periode(o.start, o.eind)} (stap {o.stap})"
    return Balk(
        id=o.id,
        x=LABELBREEDTE + eerste * MAANDBREEDTE + 1,
        y=boven,
        breedte=max((laatste - eerste + 1) * MAANDBREEDTE - 2, 4),
        hoogte=hoogte,
        stap=o.stap,
        titel=titel,
        smal=routine,
        soort=o.leervorm,
    )


def svg(figuur: Figuur) -> str:
    """De figuur als SVG-tekst. Tekst wordt hier ontsnapt; getallen zijn van ons zelf.

    Rechtstreeks opgebouwd in plaats van via het sjabloon: duizenden balken met elk zeven
    attributen door Jinja's autoescape halen kost anders seconden bij grote gemeenten.
    """
    from html import escape

    onderdelen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Tijdlijn {escape(figuur.titel)}" '
        f'width="100%" viewBox="0 0 {figuur.breedte:g} {figuur.hoogte:g}" '
        'preserveAspectRatio="xMinYMin meet">',
        f"<title>Tijdlijn {escape(figuur.titel)}</title>",
    ]
    for m in figuur.maanden:
        onderdelen.append(
            f'<line class="as" x1="{m.x:g}" y1="20" x2="{m.x:g}" y2="{figuur.hoogte:g}"/>'
        )
        onderdelen.append(f'<text x="{m.x + 2:g}" y="30">{m.label}</text>')
        if m.jaar:
            onderdelen.append(f'<text x="{m.x + 2:g}" y="13" font-weight="bold">{m.jaar}</text>')
    for y in figuur.scheidingen:
        onderdelen.append(
            f'<line class="scheiding" x1="0" y1="{y:g}" x2="{figuur.breedte:g}" y2="{y:g}"/>'
        )
    for r in figuur.rijen:
        onderdelen.append(_label(r))
    for b in figuur.balken:
        if not b.id:  # het overzicht: een doorlopende balk per stap, zonder onderdeel
            onderdelen.append(
                f'<rect class="overzicht stap-{b.stap}" x="{b.x:g}" y="{b.y:g}" '
                f'width="{b.breedte:g}" height="{b.hoogte:g}" rx="2"/>'
            )
            continue
        onderdelen.append(
            f'<rect class="stap-{b.stap} vorm-{b.soort}" data-id="{escape(b.id)}" x="{b.x:g}" '
            f'y="{b.y:g}" width="{b.breedte:g}" height="{b.hoogte:g}" rx="2">'
            f"<title>{escape(b.titel)}</title></rect>"
        )
        if b.nummer:
            onderdelen.append(
                f'<text class="nummer" x="{b.x + 2:g}" y="{b.y + 10:g}">{b.nummer}</text>'
            )
    onderdelen.append("</svg>")
    return "\n".join(onderdelen)


def regels(label: str) -> list[str]:
    """Een rijlabel op één regel (kleiner als het net te lang is), of op twee; pas een label dat
    ook op twee regels niet past, krijgt '…' (het hele label staat dan in de tooltip)."""
    if len(label) <= TWEEREGELTEKENS:
        return [label]
    woorden = label.split()
    eerste = ""
    while woorden and len(f"{eerste} {woorden[0]}".strip()) <= TWEEREGELTEKENS:
        eerste = f"{eerste} {woorden.pop(0)}".strip()
    if not eerste:  # één heel lang woord
        eerste, woorden = label[:TWEEREGELTEKENS], [label[TWEEREGELTEKENS:]]
    tweede = " ".join(woorden)
    if len(tweede) > TWEEREGELTEKENS:
        tweede = tweede[: TWEEREGELTEKENS - 1] + "…"
    return [eerste, tweede]


def _label(r: Rij) -> str:
    from html import escape

    delen = regels(r.label)
    if len(delen) == 1:
        klein = ' class="twee"' if len(r.label) > LABELTEKENS else ""
        return f'<text{klein} x="4" y="{r.y + 13:g}">{escape(r.label)}</text>'
    tip = f"<title>{escape(r.label)}</title>" if delen[1].endswith("…") else ""
    return (
        f'<text class="twee" x="4" y="{r.y + 9:g}">{tip}<tspan x="4">{escape(delen[0])}</tspan>'
        f'<tspan x="4" dy="10">{escape(delen[1])}</tspan></text>'
    )
