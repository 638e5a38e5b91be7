"""Wat elke generator nodig heeft: profiel, catalogus, bevindingen en afgeleide feiten."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import Doelgroepen
from trainingsplanner.catalogus.modellen import Sessie
from trainingsplanner.engine.codes import unieke_slugs
from trainingsplanner.engine.planning import Kalender
from trainingsplanner.opmaak import lijst as lijst
from trainingsplanner.profiel.model import Profiel, Team
from trainingsplanner.programma import Bevinding


@dataclass(frozen=True)
class Teamplek:
    """Eén team van het profiel met zijn stabiele code (voor de id's van zijn onderdelen)."""

    team: Team
    code: str


@dataclass(frozen=True)
class Context:
    profiel: Profiel
    catalogus: Catalogus
    bevindingen: list[Bevinding]
    onthouden: dict[Any, Any] = field(default_factory=dict, compare=False)
    """Eenmaal berekende uitkomsten: de keuze per teamsoort, de elementen per sessie en
    functiegroep, R6.2 per functiegroep, het `Sjabloon` per sessie (bij 600 teams vragen de
    generatoren elk daarvan honderden tot duizenden keren)."""

    @cached_property
    def kalender(self) -> Kalender:
        """De maanden van het programma en welke open zijn (profiel, anders catalogus)."""
        gekozen = self.profiel.planning.geen_sessies_in
        gesloten = (
            self.catalogus.stappenplan.planning.geen_sessies_in if gekozen is None else gekozen
        )
        return Kalender(self.profiel.startdatum, frozenset(gesloten))

    @property
    def kalender_is_aanname(self) -> bool:
        return self.profiel.planning.geen_sessies_in is None

    @cached_property
    def teamcodes(self) -> list[str]:
        return unieke_slugs([t.naam for t in self.profiel.teams])

    def teams(self) -> list[Teamplek]:
        return list(self._plekken)

    @cached_property
    def _plekken(self) -> tuple[Teamplek, ...]:
        """Eenmaal gemaakt: elke generator per team vraagt ze (bij 600 teams 23 keer)."""
        return tuple(
            Teamplek(t, c) for t, c in zip(self.profiel.teams, self.teamcodes, strict=True)
        )

    @cached_property
    def _aantallen(self) -> dict[str, int]:
        p = self.profiel
        return {
            Doelgroepen.COLLEGE.id: p.bestuur.college,
            Doelgroepen.RAADSLEDEN.id: p.bestuur.raadsleden,
            Doelgroepen.MT.id: p.organisatie.mt,
            Doelgroepen.LEIDINGGEVENDEN.id: sum(t.leidinggevenden for t in p.teams),
            Doelgroepen.BOT.id: p.organisatie.bot,
            Doelgroepen.STAF.id: p.organisatie.staf,
            Doelgroepen.NIEUWE_MEDEWERKERS.id: p.organisatie.nieuwe_medewerkers_per_jaar,
            Doelgroepen.HELE_ORGANISATIE.id: sum(t.medewerkers for t in p.teams),
        }

    def deelnemers(self, doelgroep: str) -> int:
        """Hoeveel mensen een doelgroep telt volgens het profiel (D2)."""
        return self._aantallen.get(doelgroep, 0)

    def deelnemers_sessie(self, sessie: Sessie, doelgroep: str) -> int:
        """Deelnemers van een sessie voor een doelgroep, met samengevoegde groepen (R1.3)."""
        leden = sessie.samenvoegen.get(doelgroep, [doelgroep])
        return sum(self.deelnemers(lid) for lid in leden)

    def doelgroepen_van(self, sessie: Sessie) -> Iterator[tuple[str, int]]:
        """(doelgroep, deelnemers) per doelgroep van de sessie die deelnemers heeft (R1.3)."""
        for doelgroep in sessie.doelgroepen:
            deelnemers = self.deelnemers_sessie(sessie, doelgroep)
            if deelnemers:
                yield doelgroep, deelnemers

    def groep(self, sessie_leervorm: str, max_groep: int) -> int:
        """Trainingen volgen de groepsgrootte van het profiel; bijeenkomsten die van de catalogus."""
        return self.profiel.groepsgrootte if sessie_leervorm == "training" else max_groep

    def doelgroepnaam(self, code: str) -> str:
        groep = self.catalogus.doelgroepen.get(code)
        return groep.naam if groep else code

    def elementnaam(self, code: str) -> str:
        return self._korte_namen[code]

    @cached_property
    def _korte_namen(self) -> dict[str, str]:
        """De korte naam van elk element (`kort`), eenmaal uitgerekend."""
        return {code: kort(e.naam) for code, e in self.catalogus.elementen.items()}

    def elementnamen(self, codes: list[str]) -> str:
        """'Gespreksvoering, Grenzen stellen en Melden': de korte namen als opsomming."""
        return lijst([self.elementnaam(e) for e in codes])

    def train_de_trainer(self, elementen: list[str]) -> bool:
        """R8.3: kan een interne trainer dit geven (voorkeur aan én elk element geschikt)?"""
        if not self.profiel.voorkeuren.train_de_trainer or not elementen:
            return False
        return all(self.catalogus.elementen[e].train_de_trainer for e in elementen)


def kort(naam: str) -> str:
    """De kern van een elementnaam: 'Gespreksvoering (gespreksdoel …)' → 'Gespreksvoering'."""
    for teken in (" (", ":", ";"):
        if teken in naam:
            naam = naam.split(teken, 1)[0]
    return naam.strip()
