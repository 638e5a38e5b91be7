"""De antwoordtabel zoals beide lezers (CSV en XLSX) hem opleveren, en de grenzen van het lezen.

Een antwoordbestand komt van buiten (Forms, Excel, een mailbijlage) en kan groot of vijandig
zijn. Elke grens wordt gecontroleerd vóór het werk dat hij begrenst, en de rijen worden één
voor één gelezen en meteen geteld: er staat nooit een heel bestand aan antwoorden in het
geheugen. Meldingen noemen rij en kolom, nooit de inhoud van een antwoordrij.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from trainingsplanner.bestanden.csvtekst import kolomletter as kolomletter
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.opmaak import geheel

MAX_BYTES = 20 * 1024 * 1024
"""Grootste antwoordbestand op schijf."""

MAX_RESPONDENTEN = 100_000
"""Meeste rijen met inhoud onder de kopregel; meer dan de grootste gemeente medewerkers heeft."""

MAX_RIJEN = 1_048_576
"""Meeste rijen (ook lege) in een werkblad of CSV: het maximum van Excel."""

MAX_KOLOMMEN = 1_000
"""Meeste kolommen; een vragenlijst heeft er een paar tientallen, een Forms-export iets meer."""

MAX_CELLEN = 5_000_000
"""Meeste cellen in een werkblad: 100.000 respondenten met 50 kolommen."""

MAX_CELTEKST = 32_767
"""Langste tekst in een cel: het maximum van Excel."""

MAX_UITGEPAKT = 256 * 1024 * 1024
"""Meeste bytes die een XLSX-bestand (een zip) uitgepakt mag beslaan."""

MAX_GEDEELDE_TEKSTEN = 1_000_000
"""Meeste verschillende teksten in een XLSX-bestand (de tabel met gedeelde teksten)."""

MAX_MELDINGEN = 50
"""Meeste problemen die getoond worden; de rest wordt geteld ("… en 180 meer")."""


@dataclass
class Tabel:
    """Kolomkoppen en de rijen met inhoud als (rijnummer zoals Excel het toont, cellen)."""

    bestand: str
    koppen: list[str]
    rijen: Iterator[tuple[int, list[str]]]
    koprij: int = 1


def fout(bestand: str, rij: int, kolom: int, bericht: str) -> InvoerFout:
    return InvoerFout([Probleem(bestand, rij, kolom, "", bericht)])


def te_veel_rijen(bestand: str, rij: int) -> InvoerFout:
    return fout(
        bestand,
        rij,
        1,
        f"meer dan {geheel(MAX_RESPONDENTEN)} ingevulde rijen; dat zijn meer vragenlijsten dan een "
        "gemeente medewerkers heeft. Splits het bestand per team",
    )


def te_veel_kolommen(bestand: str, rij: int) -> InvoerFout:
    return fout(
        bestand,
        rij,
        MAX_KOLOMMEN + 1,
        f"meer dan {geheel(MAX_KOLOMMEN)} kolommen; gebruik het sjabloon van plan leerdoelwijzer "
        "create of verwijder de overbodige kolommen",
    )


def te_lange_cel(bestand: str, rij: int, kolom: int) -> InvoerFout:
    return fout(
        bestand,
        rij,
        kolom,
        f"kolom {kolomletter(kolom - 1)}: deze cel is langer dan {geheel(MAX_CELTEKST)} tekens, "
        "meer dan in een Excel-cel past",
    )


class Meldingen:
    """Verzamelt problemen tot `MAX_MELDINGEN`; daarna worden ze alleen nog geteld."""

    def __init__(self, bestand: str) -> None:
        self.bestand = bestand
        self.problemen: list[Probleem] = []
        self.meer = 0
        self._eerste_extra: tuple[int, int] | None = None

    @property
    def vol(self) -> bool:
        return len(self.problemen) >= MAX_MELDINGEN

    def voeg_toe(self, rij: int, kolom: int, veld: str, bericht: str) -> None:
        if self.vol:
            self.meer += 1
            if self._eerste_extra is None:
                self._eerste_extra = (rij, kolom)
            return
        self.problemen.append(Probleem(self.bestand, rij, kolom, veld, bericht))

    def __bool__(self) -> bool:
        return bool(self.problemen)

    def stop_als_nodig(self) -> None:
        if not self.problemen:
            return
        problemen = list(self.problemen)
        if self._eerste_extra is not None:
            rij, kolom = self._eerste_extra
            woord = "probleem" if self.meer == 1 else "problemen"
            problemen.append(
                Probleem(
                    self.bestand,
                    rij,
                    kolom,
                    "",
                    f"… en {geheel(self.meer)} {woord} meer vanaf hier; los eerst de bovenstaande op",
                )
            )
        raise InvoerFout(problemen)
