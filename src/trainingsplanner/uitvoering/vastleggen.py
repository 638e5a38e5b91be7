"""Eén sessie vastleggen (`plan uitvoering record`).

Een sessie hoort bij een onderdeel van het programma zoals het nu uit het profiel volgt:
een onbekend id of sessienummer wordt geweigerd, met een 'Bedoelde u …?'. De controle van
de velden is dezelfde als die van de import (`sessie_uit`); alleen de plek verschilt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.suggestie import bedoelde_u
from trainingsplanner.uitvoering import opslag, waarden
from trainingsplanner.uitvoering.gegevens import Sessie

if TYPE_CHECKING:
    from trainingsplanner.programma import Onderdeel

T = TypeVar("T")
Plek = Callable[[str, str], Probleem]
"""Maakt een probleem bij een veld ('datum') met een bericht: de optie, of rij en kolom."""


@dataclass(frozen=True)
class Wijziging:
    """Wat een vastlegging doet met één sessie: nieuw, gewijzigd of ongewijzigd."""

    oud: Sessie | None
    nieuw: Sessie

    @property
    def soort(self) -> str:
        if self.oud is None:
            return "nieuw"
        return "ongewijzigd" if self.oud == self.nieuw else "gewijzigd"


class Suggesties:
    """'Bedoelde u …?' voor onbekende ids, één keer per id uitgerekend (een blad herhaalt ze)."""

    def __init__(self, opties: Mapping[str, object]) -> None:
        self._opties = sorted(opties)
        self._gezien: dict[str, str] = {}

    def bij(self, waarde: str) -> str:
        if waarde not in self._gezien:
            self._gezien[waarde] = bedoelde_u(waarde, self._opties)
        return self._gezien[waarde]


def onderdeel_uit(
    code: str, onderdelen: Mapping[str, Onderdeel], suggesties: Suggesties
) -> Onderdeel:
    """Het onderdeel met dit id; anders ValueError met 'Bedoelde u …?'."""
    if code in onderdelen:
        return onderdelen[code]
    if not code:
        raise ValueError("het onderdeel is leeg; vul het id in zoals het in het programma staat")
    hint = suggesties.bij(code)
    bericht = f"onbekend onderdeel '{waarden.kort(code)}'; het staat niet in het programma van dit profiel.{hint}"
    raise ValueError(bericht.rstrip("."))


def sessie_uit(
    velden: Mapping[str, str],
    onderdelen: Mapping[str, Onderdeel],
    suggesties: Suggesties,
    vandaag: dt.date,
    plek: Plek,
) -> tuple[Sessie | None, list[Probleem]]:
    """Een sessie uit tekstvelden, of de problemen ermee (allemaal).

    Een leeg sessienummer is 1 bij een onderdeel met één sessie, en anders 0: dan kiest
    `vastleggen` de eerste sessie die nog niet gegeven is (de import meldt het als fout).
    """
    problemen: list[Probleem] = []

    def lees(veld: str, lezer: Callable[[str], T]) -> T | None:
        try:
            return lezer(velden.get(veld, ""))
        except ValueError as fout:
            problemen.append(plek(veld, str(fout)))
            return None

    onderdeel = lees("onderdeel", lambda t: onderdeel_uit(t.strip(), onderdelen, suggesties))
    datum = lees("datum", waarden.datum)
    status = lees("status", waarden.status)
    aanwezig = lees("aanwezig", lambda t: waarden.aantal(t) if t.strip() else None)
    evaluatie = lees("evaluatie", lambda t: waarden.cijfer(t) if t.strip() else None)
    opmerking = lees("opmerking", waarden.opmerking)
    nummer: int | None = 0
    if onderdeel is not None:
        tekst = velden.get("sessie", "").strip() or ("1" if onderdeel.sessies == 1 else "")
        if tekst:
            nummer = lees("sessie", lambda _: waarden.sessienummer(tekst, onderdeel.sessies))
    problemen += _samenhang(status, datum, aanwezig, evaluatie, vandaag, plek)
    if problemen or onderdeel is None or datum is None or status is None or nummer is None:
        return None, problemen
    sessie = Sessie(onderdeel.id, nummer, datum, status, aanwezig, evaluatie, opmerking or "")
    return sessie, []


def _samenhang(
    status: str | None,
    datum: dt.date | None,
    aanwezig: int | None,
    evaluatie: float | None,
    vandaag: dt.date,
    plek: Plek,
) -> list[Probleem]:
    """Velden die samen niet kunnen: gegeven in de toekomst, aanwezigen bij een afgelaste sessie."""
    problemen = []
    if status == "gegeven" and datum is not None and datum > vandaag:
        bericht = (
            f"een gegeven sessie kan niet na vandaag ({vandaag.isoformat()}) zijn; "
            "is de sessie verschoven, leg dan 'verplaatst' vast"
        )
        problemen.append(plek("datum", bericht))
    if status in ("geannuleerd", "verplaatst"):
        for veld, waarde in (("aanwezig", aanwezig), ("evaluatie", evaluatie)):
            if waarde:
                bericht = f"hoort alleen bij een gegeven sessie, niet bij '{status}'"
                problemen.append(plek(veld, bericht))
    return problemen


def record(
    db: Path,
    onderdelen: Mapping[str, Onderdeel],
    velden: Mapping[str, str],
    vandaag: dt.date,
    plek: Plek,
) -> Wijziging:
    """`plan uitvoering record`: controleer de velden (alle problemen samen) en leg vast."""
    sessie, problemen = sessie_uit(velden, onderdelen, Suggesties(onderdelen), vandaag, plek)
    if sessie is None:
        raise InvoerFout(problemen, onderwerp="de opdracht")
    return vastleggen(db, onderdelen, sessie, plek)


def vastleggen(
    db: Path, onderdelen: Mapping[str, Onderdeel], sessie: Sessie, plek: Plek
) -> Wijziging:
    """Leg één sessie vast, in één transactie. Nummer 0: de eerste sessie die nog niet gegeven is."""
    with opslag.transactie(db) as t:
        bestaand = {s.nummer: s for s in t.sessies([sessie.onderdeel])}
        if sessie.nummer == 0:
            aantal = onderdelen[sessie.onderdeel].sessies
            vrij = [
                n
                for n in range(1, aantal + 1)
                if getattr(bestaand.get(n), "status", "") != "gegeven"
            ]
            if not vrij:
                raise InvoerFout(
                    [
                        plek(
                            "sessie",
                            f"alle {aantal} sessies van {sessie.onderdeel} zijn al gegeven; kies met --sessie welke u wilt wijzigen",
                        )
                    ]
                )
            sessie = replace(sessie, nummer=vrij[0])
        wijziging = Wijziging(bestaand.get(sessie.nummer), sessie)
        if wijziging.soort != "ongewijzigd":
            t.zet_sessies([sessie])
    return wijziging
