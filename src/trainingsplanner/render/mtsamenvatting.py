"""De samenvatting voor het MT: wat besloten moet worden, wat blokkeert, wat het MT zelf
doet en wat het per begrotingsjaar kost, op hoogstens twee geprinte pagina's.

Alleen opmaak en selectie uit het programma; het budget per jaar komt uit
`kostenweergave`, de tijdlijn in één oogopslag uit `tijdlijn.overzicht`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import OORDEELWOORDEN, Bevinding, Programma
from trainingsplanner.render import kostenweergave
from trainingsplanner.render.weergave import Rij

BESTUUR = ("mt", "college")
"""Eigenaren en doelgroepen waarvan een onderdeel of actie bij het MT (of het college) ligt."""
ZELF = (*BESTUUR, "raadsleden", "leidinggevenden")
"""Doelgroepen waarvan de organisatiebrede onderdelen in 'Wat het MT en het college zelf doen'
staan: het bestuur, de raad en de eigen training van MT en leidinggevenden."""
OOK_OP_MT = ("jaarcyclus-later",)
"""Meldingen (code) die het MT ziet ook al zijn ze ter informatie: vervallen jaarcycli (R4.1)."""
MEER = 6
"""Zoveel aandachtspunten noemt de samenvatting; de rest staat in het hoofdstuk gereedheid."""
_JAARDEEL = re.compile(r" \(jaar \d+\)")


@dataclass
class Actie:
    wat: str
    wanneer: str
    wie: str


@dataclass
class MtSamenvatting:
    besluiten: list[str]
    gereed: str
    """Eén zin: blokkeert er iets, en wat dan."""
    blokkades: list[str]
    aandacht: list[str]
    aandacht_meer: str
    """'en 12 andere punten, zie …' of leeg."""
    acties: list[Actie]
    kerncijfers: list[tuple[str, str]]


def maak(
    programma: Programma, cat: Catalogus, rijen: dict[str, Rij], kerncijfers: list[tuple[str, str]]
) -> MtSamenvatting:
    open_punten = [
        b
        for b in programma.bevindingen
        if b.status not in ("voldaan", "beantwoord") and b.ernst != "info"
    ]
    blokkades = [
        f"{b.regel} {b.naam}: {b.statuswoorden.zin}"
        + (
            "; zie de besluiten hierboven"
            if b.eigenaar in BESTUUR
            else f". {b.actie or b.betekenis}"
        )
        for b in open_punten
        if b.blokkeert
    ]
    besloten = {b.regel for b in open_punten if b.team is None and b.eigenaar in BESTUUR}
    aandacht = [f"{w.regel}: {w.bericht}" for w in programma.waarschuwingen if w.code in OOK_OP_MT]
    aandacht += [
        f"{w.regel}: {w.bericht}"
        for w in programma.waarschuwingen
        if w.ernst == "waarschuwing" and w.regel not in besloten
    ]
    aandacht += [
        f"{b.regel} {b.naam}: {b.actie}"
        for b in open_punten
        if not b.blokkeert and b.team is None and b.actie and b.regel == "R7.9"
    ]
    if blokkades:
        gereed = (
            f"Nog niet gereed: {opmaak.aantal(len(blokkades), 'punt blokkeert', 'punten blokkeren')}"
            " het programma; de datums zijn indicatief tot het is opgelost."
        )
    else:
        gereed = "Gereed: geen randvoorwaarde blokkeert; het programma kan zo starten."
    rest = len(aandacht) - MEER
    return MtSamenvatting(
        besluiten=_besluiten(programma, open_punten),
        gereed=gereed,
        blokkades=blokkades,
        aandacht=aandacht[:MEER],
        aandacht_meer=(
            f"… en {opmaak.aantal(rest, 'ander punt', 'andere punten')} (zie Gereedheid)."
            if rest > 0
            else ""
        ),
        acties=_acties(programma, cat, rijen),
        kerncijfers=[
            (label, _aantal_aandacht(len(aandacht)) if label == "Aandachtspunten" else waarde)
            for label, waarde in kerncijfers
        ],
    )


def _aantal_aandacht(n: int) -> str:
    """Het getal bij 'Aandachtspunten' is het aantal dat de samenvatting toont."""
    return opmaak.geheel(n) if n <= MEER else f"de {MEER} belangrijkste van {opmaak.geheel(n)}"


def _besluiten(programma: Programma, open_punten: list[Bevinding]) -> list[str]:
    k = programma.kosten
    eerste = min((o.start for o in programma.onderdelen), default=programma.periode.start)
    besluiten = [
        f"Het programma vaststellen: {opmaak.aantal(len(programma.onderdelen), 'onderdeel', 'onderdelen')}"
        f" van {opmaak.maand(eerste)} tot {opmaak.maand(programma.periode.eind)}.",
    ]
    geschat = k.totaal or k.euro
    if geschat is not None:
        tekst = f"Het budget per begrotingsjaar reserveren (tabel hieronder): {kostenweergave.bedrag(geschat)} in totaal"
        if k.budget is not None and k.oordeel is not None:
            tekst += f", tegen een budget van {kostenweergave.euro(k.budget)} ({OORDEELWOORDEN[k.oordeel].zin})"
        besluiten.append(tekst + ".")
    else:
        besluiten.append(
            "Een dagtarief en budget vaststellen: zonder dagtarief rekent het programma geen kosten."
        )
    besluiten += [
        _opdracht(b) for b in open_punten if b.team is None and b.actie and b.eigenaar in BESTUUR
    ]
    return besluiten


def _opdracht(b: Bevinding) -> str:
    """Een besluit, geen melding: 'Opdracht geven (R3.6): spreek met de griffier af …'."""
    actie = (b.actie or "").strip().removesuffix(".")
    # De regel staat vooraan; een verwijzing aan het eind ('(stap 1, R1.1)') valt weg.
    actie = re.sub(rf"\s*\([^()]*\b{re.escape(b.regel)}\b[^()]*\)$", "", actie)
    return f"Opdracht geven ({b.regel}, {opmaak.in_zin(b.naam)}): {opmaak.in_zin(actie)}."


def _acties(programma: Programma, cat: Catalogus, rijen: dict[str, Rij]) -> list[Actie]:
    """De onderdelen voor het bestuur, de raad, het MT en de leidinggevenden (hun eigen
    training), terugkerende in één regel; 'wie' is de doelgroep, niet wie het organiseert, en
    bij een besluit van het bestuur voor een ander (instemming van de OR) het MT of college."""
    soorten: dict[str, list[str]] = {}
    wie: dict[str, str] = {}
    for o in programma.onderdelen:
        if o.team is None and (o.eigenaar in BESTUUR or o.doelgroep in ZELF):
            titel = _JAARDEEL.sub("", o.titel)
            soorten.setdefault(titel, []).append(rijen[o.id].wanneer)
            eigenaar = o.eigenaar or ""
            zelf = o.doelgroep in ZELF or not eigenaar
            wie.setdefault(
                titel, rijen[o.id].doelgroep if zelf else cat.eigenaren.get(eigenaar, eigenaar)
            )
    return [
        Actie(wat=titel, wanneer="; ".join(dict.fromkeys(momenten)), wie=wie[titel])
        for titel, momenten in soorten.items()
    ]
