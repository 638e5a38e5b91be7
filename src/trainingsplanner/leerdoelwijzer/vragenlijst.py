"""Welke vragen een team krijgt, en de kolommen waarmee antwoorden terugkomen.

Een kolomkop eindigt altijd op een code tussen haken (`[leren:gespreksvoering]`), zodat een
export uit Microsoft Forms of Excel terug te lezen is, ook als de vraagtekst is aangepast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.modellen import Element
from trainingsplanner.engine.context import kort
from trainingsplanner.profiel.model import Team

KOLOMCODE = re.compile(r"\[(freq|leren|open):([a-z0-9-]+)\]\s*$")
TEAMKOLOM = "Team [team]"


@dataclass(frozen=True)
class Vraag:
    kolom: str
    soort: str  # freq | leren | open
    code: str
    tekst: str
    keuzes: tuple[str, ...]


@dataclass(frozen=True)
class Vragenlijst:
    team: str
    functiegroep: str
    elementen: tuple[Element, ...]
    vragen: tuple[Vraag, ...]

    def kolommen(self) -> list[str]:
        return [TEAMKOLOM, *(v.kolom for v in self.vragen)]


def elementen_voor(team: Team, cat: Catalogus) -> list[Element]:
    """De elementen waarover een team vragen krijgt (R7.4, R6.3 en de clusters van de wijzer)."""
    gekozen: dict[str, Element] = {}
    lijst = cat.vaardighedenlijst(team.functiegroep)
    codes = [e for punt in lijst.punten for e in punt.elementen] if lijst else []
    for code, element in cat.elementen.items():
        regel = element.doelgroep
        if (
            regel.soort == "nadruk"
            and (
                team.functiegroep in regel.functiegroepen
                or (regel.huisbezoeken and team.huisbezoeken)
            )
        ) or element.cluster in cat.leerdoelwijzer.clusters:
            codes.append(code)
    for code in codes:
        element = cat.elementen[code]
        if element.soort == "kennis" or not element.doelgroep.staat_toe(team.functiegroep, "team"):
            continue
        gekozen.setdefault(code, element)
    return list(gekozen.values())


def vragenlijst(team: Team, cat: Catalogus) -> Vragenlijst:
    wijzer = cat.leerdoelwijzer
    frequentie = tuple(p.label for p in wijzer.schaal_frequentie)
    behoefte = tuple(p.label for p in wijzer.schaal_behoefte)
    elementen = elementen_voor(team, cat)
    vragen: list[Vraag] = []
    for element in elementen:
        naam = kort(element.naam)
        for soort, sjabloon, keuzes in (
            ("freq", wijzer.vraag_frequentie, frequentie),
            ("leren", wijzer.vraag_behoefte, behoefte),
        ):
            tekst = sjabloon.replace("{naam}", naam)
            vragen.append(
                Vraag(f"{tekst} [{soort}:{element.id}]", soort, element.id, tekst, keuzes)
            )
    for open_vraag in wijzer.open_vragen:
        vragen.append(
            Vraag(
                f"{open_vraag.vraag} [open:{open_vraag.id}]",
                "open",
                open_vraag.id,
                open_vraag.vraag,
                (),
            )
        )
    return Vragenlijst(team.naam, team.functiegroep, tuple(elementen), tuple(vragen))
