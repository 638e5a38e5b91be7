"""`plan uitvoering import`: het ingevulde blad 'Sessies' (XLSX) of dezelfde kolommen als CSV.

Alle rijen worden eerst gecontroleerd (alle fouten samen, met rij en kolom); daarna gaan ze
in één transactie de database in. Een rij die al zo in de database staat, verandert niets:
twee keer dezelfde import doet de tweede keer niets. Met `droog` wordt niets bewaard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.uitvoering import opslag
from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.tabel import Rij, Tabel, kolomletter, lees
from trainingsplanner.uitvoering.vastleggen import Suggesties, Wijziging, sessie_uit

if TYPE_CHECKING:
    from trainingsplanner.programma import Onderdeel

KOLOMMEN = {
    "onderdeel": "onderdeel",
    "sessie": "sessie",
    "datum": "datum",
    "gegeven": "status",
    "deelnemers_aanwezig": "aanwezig",
    "evaluatie": "evaluatie",
    "opmerking": "opmerking",
}
"""Kolom van het blad → veld van een sessie."""
TOELICHTEND = frozenset(
    [
        "stap",
        "team",
        "doelgroep",
        "titel",
        "maand",
        "deelnemers",
        "trainer",
        "kostensoort",
        "dagen_min",
        "dagen_max",
        "euro_min",
        "euro_max",
        "jaar",
        "eigenaar",
        "regel",
        "voorgestelde_datum",
        "uren_medewerkers_min",
        "uren_medewerkers_max",
    ]
)
"""De kolommen die `plan generate --format xlsx` ter toelichting in het blad zet: ze worden
zonder melding overgeslagen (een test houdt ze gelijk aan `render/xlsx.py`)."""
VERPLICHT = ("onderdeel", "datum", "gegeven")
MAX_PROBLEMEN = 100


@dataclass
class Importverslag:
    bestand: str
    wijzigingen: list[Wijziging] = field(default_factory=list)
    niet_ingevuld: int = 0
    """Rijen zonder 'gegeven': een geplande sessie die nog niet is bijgehouden."""
    genegeerd: list[str] = field(default_factory=list)
    """Kolommen die niet bij het blad horen ('kolom H (Zaal)')."""
    bewaard: bool = False

    def aantal(self, soort: str) -> int:
        return sum(1 for w in self.wijzigingen if w.soort == soort)


def importeer(
    pad: Path, db: Path, onderdelen: Mapping[str, Onderdeel], vandaag: dt.date, droog: bool
) -> Importverslag:
    tabel = lees(pad, ("Sessies",))
    kolommen, genegeerd = _kolommen(tabel)
    verslag = Importverslag(tabel.bestand, genegeerd=genegeerd)
    sessies = _sessies(tabel, kolommen, onderdelen, vandaag, verslag)
    with opslag.transactie(db, bewaren=not droog) as t:
        bestaand = {(s.onderdeel, s.nummer): s for s in t.sessies({s.onderdeel for s in sessies})}
        verslag.wijzigingen = [Wijziging(bestaand.get((s.onderdeel, s.nummer)), s) for s in sessies]
        t.zet_sessies(w.nieuw for w in verslag.wijzigingen if w.soort != "ongewijzigd")
    verslag.bewaard = not droog
    return verslag


def sleutel(kop: str) -> str:
    """'Deelnemers aanwezig' → 'deelnemers_aanwezig': hoofdletters en spaties tellen niet."""
    return "_".join(kop.replace("-", " ").casefold().split())


def _kolommen(tabel: Tabel) -> tuple[dict[str, int], list[str]]:
    gevonden: dict[str, int] = {}
    genegeerd: list[str] = []
    problemen: list[Probleem] = []
    for i, kop in enumerate(tabel.koppen):
        naam = sleutel(kop)
        if naam in KOLOMMEN and naam in gevonden:
            bericht = f"kolom '{kop}' staat er twee keer (ook kolom {kolomletter(gevonden[naam])})"
            problemen.append(Probleem(tabel.bestand, 1, i + 1, kop, bericht))
        elif naam in KOLOMMEN:
            gevonden[naam] = i
        elif kop and naam not in TOELICHTEND:
            genegeerd.append(f"kolom {kolomletter(i)} ({kop})")
    for naam in VERPLICHT:
        if naam not in gevonden:
            bericht = (
                f"kolom '{naam}' ontbreekt; de kolommen van het blad Sessies zijn "
                f"{', '.join(KOLOMMEN)} (kopregel, hoofdletters tellen niet)"
            )
            problemen.append(Probleem(tabel.bestand, 1, 1, "", bericht))
    if problemen:
        raise InvoerFout(problemen)
    return gevonden, genegeerd


def _sessies(
    tabel: Tabel,
    kolommen: dict[str, int],
    onderdelen: Mapping[str, Onderdeel],
    vandaag: dt.date,
    verslag: Importverslag,
) -> list[Sessie]:
    """Alle ingevulde rijen als sessies; alle problemen samen in één InvoerFout."""
    problemen: list[Probleem] = []
    sessies: list[Sessie] = []
    eerder: dict[tuple[str, int], int] = {}
    suggesties = Suggesties(onderdelen)
    veldkolom = {KOLOMMEN[k]: (i, k) for k, i in kolommen.items()}
    for rij in tabel.rijen:
        velden = {veld: rij.cel(i) for veld, (i, _) in veldkolom.items()}
        if not velden["status"]:
            fout = _leeg_gegeven(rij, velden, veldkolom, tabel.bestand)
            problemen += fout
            verslag.niet_ingevuld += not fout
            continue

        def plek(veld: str, bericht: str, rij: Rij = rij) -> Probleem:
            kolom, kop = veldkolom.get(veld, (0, veld))
            return Probleem(tabel.bestand, rij.nummer, kolom + 1, kop, bericht)

        sessie, fouten = sessie_uit(velden, onderdelen, suggesties, vandaag, plek)
        if sessie is not None and sessie.nummer == 0:
            aantal = onderdelen[sessie.onderdeel].sessies
            bericht = f"vul het sessienummer in; dit onderdeel heeft {aantal} sessies (1 tot en met {aantal})"
            fouten.append(plek("sessie", bericht))
        elif sessie is not None and (sessie.onderdeel, sessie.nummer) in eerder:
            bericht = f"sessie {sessie.nummer} van dit onderdeel staat ook op rij {eerder[(sessie.onderdeel, sessie.nummer)]}"
            fouten.append(plek("sessie", bericht))
        elif sessie is not None:
            eerder[(sessie.onderdeel, sessie.nummer)] = rij.nummer
            sessies.append(sessie)
        problemen += fouten
    if problemen:
        raise InvoerFout(_begrensd(problemen, tabel.bestand))
    return sessies


def _leeg_gegeven(
    rij: Rij, velden: dict[str, str], veldkolom: dict[str, tuple[int, str]], bestand: str
) -> list[Probleem]:
    """Een rij zonder 'gegeven' is nog niet bijgehouden, tenzij er al een uitslag in staat."""
    if not (velden.get("aanwezig") or velden.get("evaluatie")):
        return []
    kolom, kop = veldkolom["status"]
    bericht = "vul 'gegeven' in (ja, nee, gegeven, geannuleerd of verplaatst)"
    return [Probleem(bestand, rij.nummer, kolom + 1, kop, bericht)]


def _begrensd(problemen: list[Probleem], bestand: str) -> list[Probleem]:
    """Hoogstens MAX_PROBLEMEN meldingen; daarna één regel met het aantal dat nog volgt."""
    problemen.sort()
    if len(problemen) <= MAX_PROBLEMEN:
        return problemen
    laatste = problemen[MAX_PROBLEMEN - 1]
    rest = len(problemen) - MAX_PROBLEMEN
    bericht = f"en nog {rest} problemen na deze rij; herstel eerst de bovenstaande"
    return [
        *problemen[:MAX_PROBLEMEN],
        Probleem(bestand, laatste.regel, laatste.kolom + 1, "", bericht),
    ]
