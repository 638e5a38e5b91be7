"""Welke kolom wat is: het team, een schaalvraag, een open vraag, of iets dat genegeerd wordt.

Een kolom wordt herkend aan de code aan het eind van de kop (`[leren:gespreksvoering]`), dus
ook in een export van een oudere versie van het sjabloon of met aangepaste vraagtekst.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.leerdoelwijzer.tabel import Tabel, kolomletter
from trainingsplanner.leerdoelwijzer.vragenlijst import KOLOMCODE
from trainingsplanner.suggestie import bedoelde_u

PERSOONSKOLOM = re.compile(
    r"(naam|name|e-?mail|mail|respondent|medewerker|personeelsnummer|id$|^id\b|tijd|time|ip)",
    re.IGNORECASE,
)


@dataclass
class Kolommen:
    team: int
    schaal: dict[int, tuple[str, str]]
    """Kolom → (freq of leren, elementcode)."""
    open: list[int]
    behoefte_vanaf: int
    genegeerd: list[str] = field(default_factory=list)


def indeling(tabel: Tabel, cat: Catalogus) -> Kolommen:
    """Deel de kolommen in; alle problemen met de kopregel samen in één InvoerFout."""
    problemen: list[Probleem] = []
    teamkolommen: list[int] = []
    schaal: dict[int, tuple[str, str]] = {}
    open_kolommen: list[int] = []
    genegeerd: list[str] = []
    gezien: dict[tuple[str, str], int] = {}
    rij = tabel.koprij

    def probleem(kolom: int, veld: str, bericht: str) -> None:
        problemen.append(Probleem(tabel.bestand, rij, kolom + 1, veld, bericht))

    for i, kop in enumerate(tabel.koppen):
        gevonden = KOLOMCODE.search(kop)
        if kop.lower() == "team" or kop.endswith("[team]"):
            teamkolommen.append(i)
        elif gevonden:
            soort, code = gevonden.group(1), gevonden.group(2)
            if (soort, code) in gezien:
                eerder = kolomletter(gezien[(soort, code)])
                probleem(i, kop, f"dezelfde vraag als kolom {eerder}; verwijder een van beide")
            gezien.setdefault((soort, code), i)
            if soort == "open":
                open_kolommen.append(i)
            elif code not in cat.elementen:
                hint = bedoelde_u(code, cat.elementen)
                probleem(i, kop, f"onbekend element '{code}'.{hint}".rstrip("."))
            else:
                schaal[i] = (soort, code)
        elif PERSOONSKOLOM.search(kop):
            genegeerd.append(f"kolom {kolomletter(i)} ({_kort(kop)}): persoonsgegevens, genegeerd")
        elif kop:
            genegeerd.append(
                f"kolom {kolomletter(i)} ({_kort(kop)}): geen vraag van de leerdoelwijzer, genegeerd"
            )
    if not teamkolommen:
        probleem(
            0,
            "",
            "kolom 'Team [team]' ontbreekt; gebruik het sjabloon van plan leerdoelwijzer create",
        )
    for extra in teamkolommen[1:]:
        eerste = kolomletter(teamkolommen[0])
        probleem(extra, tabel.koppen[extra], f"nog een teamkolom naast kolom {eerste}")
    if not any(s == "leren" for s, _ in schaal.values()) and not any(
        s == "leren" for s, _ in gezien
    ):
        probleem(
            0,
            "",
            "geen antwoordkolommen gevonden (koppen eindigen op [leren:…]); gebruik het sjabloon",
        )
    if problemen:
        raise InvoerFout(problemen)
    return Kolommen(
        teamkolommen[0], schaal, open_kolommen, cat.leerdoelwijzer.behoefte_vanaf, genegeerd
    )


def _kort(tekst: str) -> str:
    return tekst if len(tekst) <= 80 else tekst[:77] + "…"
