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

from trainingsplanner import opmaak
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
class Dagen:
    """De datums waartegen een vastgelegde datum wordt gehouden."""

    vandaag: dt.date
    """Na vandaag kan niets gegeven zijn (genereren.vandaag: SOURCE_DATE_EPOCH)."""
    begin: dt.date | None = None
    """Het begin van het programma: daarvóór ligt geen sessie (een tikfout in het jaar)."""
    eind: dt.date | None = None
    """Het einde van het programma: een verplaatsing daarna krijgt een 'Let op'."""


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
    dagen: Dagen,
    plek: Plek,
) -> tuple[Sessie | None, list[Probleem]]:
    """Een sessie uit tekstvelden, of de problemen ermee (allemaal).

    Een leeg sessienummer is 1 bij een onderdeel met één sessie, en anders 0: dan kiest
    `vastleggen` de eerste sessie die nog niet gegeven is (de import meldt het als fout).
    Waarschuwingen (niveau 'waarschuwing': vreemd maar mogelijk) houden de sessie niet tegen.
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
    problemen += _samenhang(status, datum, aanwezig, evaluatie, dagen, plek)
    if problemen or onderdeel is None or datum is None or status is None or nummer is None:
        return None, problemen
    sessie = Sessie(onderdeel.id, nummer, datum, status, aanwezig, evaluatie, opmerking or "")
    return sessie, _vreemd(sessie, onderdeel, dagen, plek)


def _vreemd(sessie: Sessie, onderdeel: Onderdeel, dagen: Dagen, plek: Plek) -> list[Probleem]:
    """Wat kan maar opvalt: veel meer aanwezigen dan de groep, een cijfer zonder aanwezigen,
    een verplaatsing naar een dag die voorbij is, in het weekend of na het programma."""
    meldingen = _verplaatst_naar(sessie, dagen, plek) if sessie.status == "verplaatst" else []
    groep = next((s.deelnemers for s in onderdeel.sessiedata if s.nummer == sessie.nummer), None)
    voor = "voor"
    if groep is None:  # welke sessie het wordt, staat nog niet vast (zonder --sessie)
        voor = "voor hoogstens"
        groep = max((s.deelnemers for s in onderdeel.sessiedata), default=onderdeel.groepsgrootte)
    if sessie.aanwezig is not None and groep and sessie.aanwezig > max(2 * groep, groep + 5):
        bericht = (
            f"{sessie.aanwezig} aanwezig bij een sessie {voor} {groep} deelnemers; klopt dat "
            "(geen tikfout)?"
        )
        meldingen.append(plek("aanwezig", bericht))
    if sessie.evaluatie is not None and sessie.aanwezig == 0:
        bericht = "een evaluatiecijfer bij 0 aanwezigen; klopt het aantal aanwezigen?"
        meldingen.append(plek("evaluatie", bericht))
    return [replace(m, niveau="waarschuwing") for m in meldingen]


def _verplaatst_naar(sessie: Sessie, dagen: Dagen, plek: Plek) -> list[Probleem]:
    dag = opmaak.datum(sessie.datum)
    meldingen = []
    if sessie.datum < dagen.vandaag:
        meldingen.append(
            plek(
                "datum",
                f"verplaatst naar {dag}, maar die dag is voorbij; is de sessie toen gegeven, "
                "leg dan 'gegeven' vast",
            )
        )
    if sessie.datum.weekday() >= 5:
        weekenddag = "zaterdag" if sessie.datum.weekday() == 5 else "zondag"
        meldingen.append(plek("datum", f"verplaatst naar {dag}, een {weekenddag}; klopt de datum?"))
    if dagen.eind is not None and sessie.datum > dagen.eind:
        meldingen.append(
            plek(
                "datum",
                f"verplaatst naar {dag}, na het einde van het programma "
                f"({opmaak.datum(dagen.eind)}); klopt het jaar?",
            )
        )
    return meldingen


def _samenhang(
    status: str | None,
    datum: dt.date | None,
    aanwezig: int | None,
    evaluatie: float | None,
    dagen: Dagen,
    plek: Plek,
) -> list[Probleem]:
    """Velden die samen niet kunnen: een datum vóór het programma, gegeven in de toekomst,
    aanwezigen bij een afgelaste sessie."""
    problemen = []
    if datum is not None and dagen.begin is not None and datum < dagen.begin:
        begin = opmaak.datum(dagen.begin)
        bericht = (
            f"{opmaak.datum(datum)} ligt vóór het begin van het programma ({begin}); "
            f"kies een datum vanaf {begin} (een tikfout in het jaar?)"
        )
        problemen.append(plek("datum", bericht))
    elif status == "gegeven" and datum is not None and datum > dagen.vandaag:
        bericht = (
            f"een gegeven sessie kan niet na vandaag ({opmaak.datum(dagen.vandaag)}) zijn; "
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
    dagen: Dagen,
    plek: Plek,
) -> tuple[Wijziging, list[Probleem]]:
    """`plan uitvoering record`: controleer de velden (alle problemen samen) en leg vast.

    Geeft de wijziging en de waarschuwingen (vreemd maar mogelijk)."""
    sessie, problemen = sessie_uit(velden, onderdelen, Suggesties(onderdelen), dagen, plek)
    if sessie is None:
        raise InvoerFout(problemen, onderwerp="de opdracht")
    return vastleggen(db, onderdelen, sessie, plek), problemen


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
