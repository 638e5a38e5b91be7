"""`plan uitvoering import`: het ingevulde blad 'Sessies' (XLSX) of dezelfde kolommen als CSV.

Alle rijen worden eerst gecontroleerd (alle fouten samen, met rij en kolom); daarna gaan ze
in één transactie de database in. Een rij die al zo in de database staat, verandert niets:
twee keer dezelfde import doet de tweede keer niets. Met `droog` wordt niets bewaard.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.uitvoering import opslag, waarden
from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.tabel import Rij, Tabel, celprobleem, kolomletter, lees
from trainingsplanner.uitvoering.vastleggen import Dagen, Suggesties, Wijziging, sessie_uit

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
        "stand",
        "uren_medewerkers_min",
        "uren_medewerkers_max",
    ]
)
"""De kolommen die `plan generate --format xlsx` ter toelichting in het blad zet: ze worden
zonder melding overgeslagen (een test houdt ze gelijk aan `render/xlsx.py`)."""
VERPLICHT = ("onderdeel", "datum", "gegeven")
BEHOUDEN = ("aanwezig", "evaluatie", "opmerking")
"""Velden die blijven zoals vastgelegd als hun kolom ontbreekt (een lege cel wist ze wel)."""
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
    woorden: dict[tuple[str, int], str] = field(default_factory=dict)
    """(onderdeel, nummer) → het woord voor 'niet doorgegaan' uit het blad ('nee', 'ONWAAR')."""
    zonder_gegeven: list[int] = field(default_factory=list)
    """Rijen met een datum of opmerking maar zonder 'gegeven': niet vastgelegd."""
    waarschuwingen: list[Probleem] = field(default_factory=list)
    """Vreemd maar mogelijk (300 aanwezigen bij een groep van 7), met rij en kolom."""
    ontbrekend: list[str] = field(default_factory=list)
    """Kolommen van BEHOUDEN die er niet zijn ('deelnemers_aanwezig'): niets overschreven."""

    def aantal(self, soort: str) -> int:
        return sum(1 for w in self.wijzigingen if w.soort == soort)


def importeer(
    pad: Path, db: Path, onderdelen: Mapping[str, Onderdeel], dagen: Dagen, droog: bool
) -> Importverslag:
    tabel = lees(pad, ("Sessies",))
    kolommen, genegeerd = _kolommen(tabel)
    verslag = Importverslag(tabel.bestand, genegeerd=genegeerd)
    verslag.ontbrekend = [k for k in KOLOMMEN if k not in kolommen and KOLOMMEN[k] in BEHOUDEN]
    behouden = [KOLOMMEN[k] for k in verslag.ontbrekend]
    sessies = _sessies(tabel, kolommen, onderdelen, dagen, verslag)
    with opslag.transactie(db, bewaren=not droog) as t:
        bestaand = {(s.onderdeel, s.nummer): s for s in t.sessies({s.onderdeel for s in sessies})}
        verslag.wijzigingen = [
            Wijziging(oud, _aangevuld(s, oud, behouden))
            for s in sessies
            for oud in [bestaand.get((s.onderdeel, s.nummer))]
        ]
        t.zet_sessies(w.nieuw for w in verslag.wijzigingen if w.soort != "ongewijzigd")
    verslag.bewaard = not droog
    return verslag


def _aangevuld(sessie: Sessie, oud: Sessie | None, behouden: list[str]) -> Sessie:
    """De sessie met de vastgelegde waarden van de velden waarvan de kolom ontbreekt.

    Aanwezigen en cijfer horen alleen bij een gegeven sessie: wordt ze nu geannuleerd of
    verplaatst, dan vervallen ze (de import toont de oude stand erbij).
    """
    if oud is None:
        return sessie
    velden = [v for v in behouden if v == "opmerking" or sessie.status == "gegeven"]
    return replace(sessie, **{v: getattr(oud, v) for v in velden}) if velden else sessie


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
            problemen.append(celprobleem(tabel.bestand, 1, i, kop, bericht))
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
    dagen: Dagen,
    verslag: Importverslag,
) -> list[Sessie]:
    """Alle ingevulde rijen als sessies; alle problemen samen in één InvoerFout."""
    problemen: list[Probleem] = []
    sessies: list[Sessie] = []
    eerder: dict[tuple[str, int], int] = {}
    suggesties = Suggesties(onderdelen)
    veldkolom = {KOLOMMEN[k]: (i, tabel.koppen[i]) for k, i in kolommen.items()}
    for rij in tabel.rijen:
        velden = {veld: rij.cel(i) for veld, (i, _) in veldkolom.items()}
        if not velden["status"]:
            fout = _leeg_gegeven(rij, velden, veldkolom, tabel.bestand)
            problemen += fout
            verslag.niet_ingevuld += not fout
            if not fout and (velden.get("datum") or velden.get("opmerking")):
                verslag.zonder_gegeven.append(rij.nummer)
            continue

        def plek(veld: str, bericht: str, rij: Rij = rij) -> Probleem:
            kolom, kop = veldkolom.get(veld, (0, veld))
            return celprobleem(tabel.bestand, rij.nummer, kolom, kop, bericht)

        sessie, fouten = sessie_uit(velden, onderdelen, suggesties, dagen, plek)
        verslag.waarschuwingen += [f for f in fouten if f.niveau == "waarschuwing"]
        fouten = [f for f in fouten if f.niveau == "fout"]
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
            if woord := waarden.omschreven(velden["status"]):
                verslag.woorden[(sessie.onderdeel, sessie.nummer)] = woord
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
    bericht = (
        "vul 'gegeven' in (ja = gegeven, nee = niet doorgegaan, of verplaatst): deze rij "
        "heeft al aanwezigen of een cijfer"
    )
    return [celprobleem(bestand, rij.nummer, kolom, kop, bericht)]


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
