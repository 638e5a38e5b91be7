"""De teampagina: alles wat één leidinggevende voor zijn team nodig heeft, op één A4.

Een samenvattingskader, de onderdelen van stap 2 en 3 met hun datums, het jaarritme van
stap 4 (werkoverleg, HR-gesprek, leerdoelen opnieuw, opfrisser) in één regel per soort,
wat het team leert en de training van de leidinggevende zelf. Alleen opmaak: de onderdelen
en datums komen uit het programma.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Onderdeel, Programma
from trainingsplanner.render import sessiedata
from trainingsplanner.render.weergave import Rij

HOOGSTENS = 12
"""Zoveel sessiedatums per onderdeel op een teampagina; de rest staat bij 'Waarom elk
teamonderdeel', zodat ook een team van honderden medewerkers op één pagina past."""
LEIDINGGEVENDEN = "leidinggevenden"
"""De doelgroep van de leidinggevenden in de catalogus: hun training hoort op elke teampagina."""
_JAARDEEL = re.compile(r" \(jaar \d+\)")


@dataclass
class Ritme:
    """Eén soort terugkerende activiteit van stap 4, met al zijn momenten."""

    titel: str
    wanneer: str
    """'2027: juni; 2028: januari, juni' (per jaar van de cyclus)."""
    omvang: str
    eigenaar: str
    datums: list[str] = field(default_factory=list)


@dataclass
class Teampagina:
    nummer: int
    aantal: int
    naam: str
    anker: str
    functiegroep: str
    kader: list[tuple[str, str]]
    rijen: list[Rij]
    ritme: list[Ritme]
    leerdoelen: list[str]
    afgedekt: list[str]
    leidinggevende: list[Rij]
    aandacht: list[str]
    vervallen: str = ""
    """Eén regel als de leerdoelwijzer opnieuw of de opfrisser van een jaar vervalt (R4.1)."""


def maak(programma: Programma, cat: Catalogus, rijen: dict[str, Rij]) -> list[Teampagina]:
    """Eén pagina per team, in de volgorde waarin de teams in het programma verschijnen."""
    per_team: dict[str, list[Onderdeel]] = {}
    # De volgorde van de eerste training (zoals 'Het programma per stap'), niet van stap 4.
    for o in sorted(programma.onderdelen, key=lambda o: o.terugkerend):
        if o.team is not None:
            per_team.setdefault(o.team, []).append(o)
    plek = {o.id: i for i, o in enumerate(programma.onderdelen)}
    for onderdelen in per_team.values():
        onderdelen.sort(key=lambda o: plek[o.id])
    leiding = [
        _kies(o, rijen[o.id])
        for o in programma.onderdelen
        if o.team is None and o.doelgroep == LEIDINGGEVENDEN and not o.terugkerend
    ]
    aandacht: dict[str, list[str]] = {}
    for b in programma.bevindingen:
        if b.team is not None and b.status not in ("voldaan", "beantwoord") and b.actie:
            aandacht.setdefault(b.team, []).append(f"{b.regel} {b.naam}: {b.actie}")
    uit = []
    for i, (naam, onderdelen) in enumerate(per_team.items(), start=1):
        uit.append(
            _pagina(i, len(per_team), naam, onderdelen, cat, rijen, leiding, aandacht.get(naam, []))
        )
    return uit


def _pagina(
    nummer: int,
    aantal: int,
    naam: str,
    onderdelen: list[Onderdeel],
    cat: Catalogus,
    rijen: dict[str, Rij],
    leiding: list[Rij],
    aandacht: list[str],
) -> Teampagina:
    eenmalig = [o for o in onderdelen if not o.terugkerend]
    groep = next((o.functiegroep for o in onderdelen if o.functiegroep), None)
    functiegroep = cat.functiegroepen[groep].naam if groep in cat.functiegroepen else ""
    deelnemers = max((o.deelnemers for o in eenmalig), default=0)
    sessies = sum(o.sessies for o in eenmalig if o.trainer != "geen")
    eerste = min(o.start for o in onderdelen)
    laatste = max(o.eind for o in onderdelen)
    kader = [
        ("Functiegroep", functiegroep or "—"),
        ("Deelnemers", opmaak.geheel(deelnemers)),
        ("Sessies stap 2–3 met een trainer", opmaak.geheel(sessies)),
        ("Van – tot", opmaak.periode(eerste, laatste)),
        ("Eigenaar", "Leidinggevende van het team"),
    ]
    leerdoelen: list[str] = []
    afgedekt: list[str] = []
    for o in eenmalig:
        if o.stap == 3:
            leerdoelen += [e for e in rijen[o.id].elementen if e not in leerdoelen]
            afgedekt += [a for a in rijen[o.id].afgedekt if a not in afgedekt]
    return Teampagina(
        nummer=nummer,
        aantal=aantal,
        naam=naam,
        anker=f"team-{nummer}",
        functiegroep=functiegroep,
        kader=kader,
        rijen=[_kort(o, rijen[o.id]) for o in eenmalig],
        ritme=_ritme([o for o in onderdelen if o.terugkerend], rijen),
        leerdoelen=leerdoelen,
        afgedekt=afgedekt,
        leidinggevende=leiding,
        aandacht=aandacht,
        vervallen=_vervallen([o for o in onderdelen if o.terugkerend], cat),
    )


def _kies(o: Onderdeel, r: Rij) -> Rij:
    """De training van de leidinggevenden: elke leidinggevende gaat naar één van de sessies."""
    if len(o.sessiedata) <= 1:
        return r
    tekst = sessiedata.kort(o.sessiedata, HOOGSTENS)
    soort, _, dagen = tekst.partition(": ")
    return replace(r, sessiedata=f"{soort}: kies één van de {len(o.sessiedata)} sessies: {dagen}")


def _vervallen(terugkerend: list[Onderdeel], cat: Catalogus) -> str:
    """De jaarcyclus (catalogus: terugkerend met interval_jaren, vanaf het tweede jaar) die in
    een jaar van de looptijd ontbreekt, omdat de eerste training laat viel of de capaciteit op
    was (R4.1); één regel in plaats van een lege plek in het jaarritme."""
    jaren = {o.jaar for o in terugkerend if o.jaar}
    weg: dict[str, list[int]] = {}
    for t in cat.stappenplan.terugkerend:
        if not t.interval_jaren:
            continue
        er = {o.jaar for o in terugkerend if o.titel.startswith(t.titel)}
        if not er and not any(o.doelgroep == t.doelgroep for o in terugkerend):
            continue
        verwacht = {j for j in jaren if j >= 2 and (j - 2) % t.interval_jaren == 0}
        if mis := sorted(verwacht - er):
            weg[_JAARDEEL.sub("", t.titel)] = mis
    if not weg:
        return ""
    per_jaren: dict[tuple[int, ...], list[str]] = {}
    for titel, mis in weg.items():
        per_jaren.setdefault(tuple(mis), []).append(opmaak.in_zin(titel))
    delen = [
        f"{opmaak.lijst(titels)} van jaar {opmaak.lijst([str(j) for j in mis])}"
        for mis, titels in per_jaren.items()
    ]
    return (
        f"Vervallen (R4.1): {'; '.join(delen)}. De eerste training van het team valt te laat of "
        "de capaciteit is op; de cyclus van een later jaar, of na de looptijd, neemt het over."
    )


def _kort(o: Onderdeel, r: Rij) -> Rij:
    """De rij met hoogstens `HOOGSTENS` sessiedatums (samen geplande sessies tellen als één)."""
    if len(o.sessiedata) <= HOOGSTENS:
        return r
    return replace(r, sessiedata=sessiedata.kort(o.sessiedata, HOOGSTENS))


def _ritme(onderdelen: list[Onderdeel], rijen: dict[str, Rij]) -> list[Ritme]:
    """Stap 4 per soort activiteit (de titel zonder '(jaar 2)'), met de maanden per jaar."""
    soorten: dict[str, list[Onderdeel]] = {}
    for o in onderdelen:
        soorten.setdefault(_JAARDEEL.sub("", o.titel.split(" — ")[0]), []).append(o)
    uit = []
    for titel, groep in soorten.items():
        per_jaar: dict[int, list[str]] = {}
        for o in groep:
            per_jaar.setdefault(o.start.year, []).append(opmaak.periode(o.start, o.eind))
        wanneer = "; ".join(
            f"{jaar}: {', '.join(dict.fromkeys(m.removesuffix(f' {jaar}') for m in maanden))}"
            for jaar, maanden in per_jaar.items()
        )
        eerste = rijen[groep[0].id]
        uit.append(
            Ritme(
                titel=titel,
                wanneer=wanneer,
                omvang=eerste.omvang,
                eigenaar=eerste.eigenaar,
                datums=[
                    f"{r.wanneer} {r.sessiedata}" for o in groep if (r := rijen[o.id]).sessiedata
                ],
            )
        )
    return uit
