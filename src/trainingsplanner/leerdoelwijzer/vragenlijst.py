"""Welke vragen een team krijgt, en de kolommen waarmee antwoorden terugkomen.

Elke vraag is een situatie uit het werk ("Hoe vaak maakt u mee dat …"), met twee schalen: hoe
vaak, en of iemand er meer over wil leren. Een kolomkop eindigt altijd op een code tussen
haken (`[leren:gespreksvoering]`), zodat een export uit Microsoft Forms of Excel terug te
lezen is, ook als de vraagtekst is aangepast of uit een oudere versie komt.
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
class Situatie:
    """Eén situatie uit het werk met haar twee vragen: hoe vaak, en of u er meer over wilt leren."""

    nummer: int
    code: str
    naam: str
    frequentie: Vraag
    behoefte: Vraag


@dataclass(frozen=True)
class Vragenlijst:
    team: str
    functiegroep: str
    elementen: tuple[Element, ...]
    situaties: tuple[Situatie, ...]
    open_vragen: tuple[Vraag, ...]

    @property
    def vragen(self) -> tuple[Vraag, ...]:
        """Alle vragen in de volgorde van de kolommen."""
        schaal = (v for s in self.situaties for v in (s.frequentie, s.behoefte))
        return (*schaal, *self.open_vragen)

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
    situaties: list[Situatie] = []
    for nummer, element in enumerate(elementen, start=1):
        naam = kort(element.naam)
        situatie = wijzer.situaties.get(element.id, naam)
        vragen = [
            _vraag(nummer, letter, soort, element.id, _vul_in(sjabloon, situatie, naam), keuzes)
            for letter, soort, sjabloon, keuzes in (
                ("a", "freq", wijzer.vraag_frequentie, frequentie),
                ("b", "leren", wijzer.vraag_behoefte, behoefte),
            )
        ]
        situaties.append(Situatie(nummer, element.id, naam, vragen[0], vragen[1]))
    open_vragen = tuple(
        Vraag(f"{v.vraag} [open:{v.id}]", "open", v.id, v.vraag, ()) for v in wijzer.open_vragen
    )
    return Vragenlijst(
        team.naam, team.functiegroep, tuple(elementen), tuple(situaties), open_vragen
    )


def _vul_in(sjabloon: str, situatie: str, naam: str) -> str:
    return sjabloon.replace("{situatie}", situatie).replace("{naam}", naam)


def _vraag(
    nummer: int, letter: str, soort: str, code: str, tekst: str, keuzes: tuple[str, ...]
) -> Vraag:
    """De kolomkop draagt het nummer uit het formulier en eindigt op de code (`[leren:…]`)."""
    return Vraag(f"{nummer}{letter}. {tekst} [{soort}:{code}]", soort, code, tekst, keuzes)
