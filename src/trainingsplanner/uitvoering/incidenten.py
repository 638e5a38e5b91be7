"""GIR-meldingen per team en kwartaal: `plan uitvoering incidenten record` en `import`.

Alleen het aantal meldingen; geen details van incidenten, geen namen (AVG). Het team moet
een team van het profiel zijn; hoofdletters tellen niet, bewaard wordt de naam uit het profiel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.suggestie import bedoelde_u
from trainingsplanner.uitvoering import opslag, waarden
from trainingsplanner.uitvoering.gegevens import Incidentaantal
from trainingsplanner.uitvoering.importeren import sleutel
from trainingsplanner.uitvoering.tabel import Tabel, celprobleem, kolomletter, lees

T = TypeVar("T")
KOLOMMEN = ("team", "kwartaal", "aantal")
MAX_MELDINGEN = 1_000_000


@dataclass(frozen=True)
class Incidentwijziging:
    oud: int | None
    nieuw: Incidentaantal

    @property
    def soort(self) -> str:
        if self.oud is None:
            return "nieuw"
        return "ongewijzigd" if self.oud == self.nieuw.aantal else "gewijzigd"


class Teamnamen:
    """De teams van het profiel: hoofdletterongevoelig opzoeken, met 'Bedoelde u …?'."""

    def __init__(self, teams: Iterable[str]) -> None:
        self._bekend = {t.casefold(): t for t in teams}
        self._hints: dict[str, str] = {}

    def uit(self, naam: str) -> str:
        """De naam zoals in het profiel; anders ValueError."""
        schoon = naam.strip()
        if schoon.casefold() in self._bekend:
            return self._bekend[schoon.casefold()]
        if not schoon:
            raise ValueError("het team is leeg; vul de naam in zoals in het profiel")
        if schoon not in self._hints:
            self._hints[schoon] = bedoelde_u(schoon, self._bekend.values())
        raise ValueError(
            f"onbekend team '{waarden.kort(schoon)}'.{self._hints[schoon]}".rstrip(".")
        )


def aantal_uit(
    team: str, kwartaal: str, aantal: str, teams: Teamnamen, vandaag: dt.date
) -> tuple[Incidentaantal | None, list[tuple[str, str]]]:
    """Eén aantal uit tekst, of de problemen ermee als (veld, bericht); een kwartaal dat na
    `vandaag` begint, kan geen meldingen hebben."""
    fouten: list[tuple[str, str]] = []

    def lees(veld: str, lezer: Callable[[str], T], tekst: str) -> T | None:
        try:
            return lezer(tekst)
        except ValueError as fout:
            fouten.append((veld, str(fout)))
            return None

    naam = lees("team", teams.uit, team)
    code = lees("kwartaal", lambda t: waarden.kwartaal(t, vandaag), kwartaal)
    getal = lees("aantal", lambda t: waarden.aantal(t, hoogstens=MAX_MELDINGEN), aantal)
    if naam is None or code is None or getal is None:
        return None, fouten
    return Incidentaantal(naam, code, getal), []


def vastleggen(
    db: Path, aantallen: list[Incidentaantal], droog: bool = False
) -> list[Incidentwijziging]:
    """Leg aantallen vast in één transactie; een bestaand team en kwartaal krijgt het nieuwe aantal."""
    with opslag.transactie(db, bewaren=not droog) as t:
        bestaand = {(a.team, a.kwartaal): a.aantal for a in t.incidenten()}
        wijzigingen = [Incidentwijziging(bestaand.get((a.team, a.kwartaal)), a) for a in aantallen]
        t.zet_incidenten(w.nieuw for w in wijzigingen if w.soort != "ongewijzigd")
    return wijzigingen


def lees_aantallen(
    pad: Path, teams: Teamnamen, vandaag: dt.date
) -> tuple[list[Incidentaantal], list[str]]:
    """Een CSV (of XLSX, blad 'Incidenten') met `team;kwartaal;aantal`; ook de genegeerde kolommen."""
    tabel = lees(pad, ("Incidenten",))
    kolommen, genegeerd = _kolommen(tabel)
    problemen: list[Probleem] = []
    aantallen: list[Incidentaantal] = []
    eerder: dict[tuple[str, str], int] = {}
    for rij in tabel.rijen:
        team, kwartaal, getal = (rij.cel(kolommen[k]) for k in KOLOMMEN)
        aantal, fouten = aantal_uit(team, kwartaal, getal, teams, vandaag)
        for veld, bericht in fouten:
            kolom = kolommen[veld]
            problemen.append(
                celprobleem(tabel.bestand, rij.nummer, kolom, tabel.koppen[kolom], bericht)
            )
        if aantal is None:
            continue
        sleutel_ = (aantal.team, aantal.kwartaal)
        if sleutel_ in eerder:
            bericht = f"{aantal.team} {aantal.kwartaal} staat ook op rij {eerder[sleutel_]}"
            problemen.append(
                celprobleem(tabel.bestand, rij.nummer, kolommen["kwartaal"], "kwartaal", bericht)
            )
            continue
        eerder[sleutel_] = rij.nummer
        aantallen.append(aantal)
    if problemen:
        raise InvoerFout(problemen[:100])
    return aantallen, genegeerd


def _kolommen(tabel: Tabel) -> tuple[dict[str, int], list[str]]:
    gevonden: dict[str, int] = {}
    genegeerd: list[str] = []
    for i, kop in enumerate(tabel.koppen):
        naam = sleutel(kop)
        if naam in KOLOMMEN and naam not in gevonden:
            gevonden[naam] = i
        elif kop:
            genegeerd.append(f"kolom {kolomletter(i)} ({kop})")
    ontbreekt = [k for k in KOLOMMEN if k not in gevonden]
    if ontbreekt:
        bericht = f"kolom {', '.join(repr(k) for k in ontbreekt)} ontbreekt; de kopregel is team;kwartaal;aantal"
        raise InvoerFout([Probleem(tabel.bestand, 1, 1, "", bericht)])
    return gevonden, genegeerd
