"""Het hele document voor zijn lezers: eerst het MT, dan elk team, dan de organisatie en de
stappen, de kosten en de bijlagen (met een intakebrief per extern onderdeel).

HTML en Word krijgen dezelfde opbouw uit deze ene weergave; de inhoudsopgave staat hier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render import brief, mtsamenvatting, teampagina
from trainingsplanner.render.weergave import Weergave, maak

TITEL = "Trainingsprogramma publieksagressie"


@dataclass
class Ingang:
    """Eén regel van de inhoudsopgave, met zijn anker in het document."""

    anker: str
    titel: str
    onder: list[Ingang] = field(default_factory=list)


@dataclass
class Document:
    w: Weergave
    mt: mtsamenvatting.MtSamenvatting
    teams: list[teampagina.Teampagina]
    brieven: list[brief.Intakebrief]
    inhoud: list[Ingang]
    kop: str
    """De lopende kop bij het printen: 'Gemeente X — Trainingsprogramma publieksagressie'."""


def maak_document(programma: Programma, cat: Catalogus, gegenereerd: dt.date) -> Document:
    w = maak(programma, cat, gegenereerd)
    teams = teampagina.maak(programma, cat, w.rijen)
    brieven = brief.maak_alle(programma, cat, w.rijen, w.gegenereerd)
    return Document(
        w=w,
        mt=mtsamenvatting.maak(programma, cat, w.rijen, w.samenvatting),
        teams=teams,
        brieven=brieven,
        inhoud=_inhoud(w, teams, brieven),
        kop=f"{programma.gemeente} — {TITEL}",
    )


def _inhoud(
    w: Weergave, teams: list[teampagina.Teampagina], brieven: list[brief.Intakebrief]
) -> list[Ingang]:
    bijlagen = [
        Ingang("bijlage-a", "A. Een trainingsbureau kiezen (R7.10)"),
        Ingang("bijlage-b", "B. E-learning inkopen (R8.2)"),
        Ingang("bijlage-c", "C. Geschikt voor een interne trainer (R8.3)"),
        Ingang("bijlage-d", "D. Bronnen"),
    ]
    if brieven:
        bijlagen.append(
            Ingang("bijlage-e", f"E. Intakebrieven voor de aanbieders ({len(brieven)})")
        )
    return [
        Ingang("kop-mt", "Samenvatting voor het MT"),
        Ingang(
            "kop-teams",
            "Per team: één pagina voor de leidinggevende",
            [Ingang(t.anker, f"Team {t.naam}") for t in teams],
        ),
        Ingang("kop-aanleiding", "Aanleiding en doel"),
        Ingang("kop-gereedheid", "Gereedheid: randvoorwaarden en toetspunten"),
        Ingang("kop-tijdlijn", "Tijdlijn"),
        Ingang("kop-stappen", "Het programma per stap"),
        Ingang("kop-kalender", "Terugkerende activiteiten (stap 4)"),
        Ingang("kop-verantwoording", "Waarom elk teamonderdeel"),
        Ingang("kop-kosten", "Kosten"),
        Ingang("kop-voortgang", "Hoe meten we de voortgang"),
        Ingang("kop-bijlagen", "Bijlagen", bijlagen),
    ]
