"""Het gemeenteprofiel (versie 1, zie CONTRACT.md): model, standaardwaarden en kruiscontroles.

Het profiel wordt met dezelfde strikte lezer gelezen als de catalogus. Na de vorm volgen de
controles die de catalogus nodig hebben: bestaat de functiegroep, de opleiding, het element
van een leerdoel; zijn teamnamen uniek. Alle problemen komen samen terug.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator

from trainingsplanner.bronnen import toon_pad
from trainingsplanner.catalogus.laden import Catalogus
from trainingsplanner.errors import InvoerFout, Probleem
from trainingsplanner.modelfouten import valideer
from trainingsplanner.suggestie import bedoelde_u
from trainingsplanner.typen import Antwoord, Model, Risico
from trainingsplanner.yamlbron import YamlDocument, lees_yaml

MAX_TEAMS = 5000
"""Meer teams dan dit is geen gemeente maar een tikfout of een test van de grenzen."""

Aantal = Annotated[int, Field(ge=0, le=1_000_000)]
Naam = Annotated[str, Field(min_length=1, max_length=200)]


class Capaciteit(Model):
    sessies_per_maand: Annotated[int, Field(ge=1, le=10_000)] = 8


class Kosten(Model):
    dagtarief_trainer: Annotated[float, Field(ge=0, le=100_000)] | None = None
    budget: Annotated[float, Field(ge=0, le=1_000_000_000)] | None = None


class Voorkeuren(Model):
    e_learning: bool = True
    train_de_trainer: bool = False


class Randvoorwaarden(Model):
    """RV1–RV5: ja, deels, nee of onbekend; weggelaten betekent 'niet ingevuld'."""

    organisatienorm: Antwoord | None = None
    bestuurlijke_betrokkenheid: Antwoord | None = None
    dienstverlening_en_handhaving: Antwoord | None = None
    basiscompetenties: Antwoord | None = None
    agressieprotocol: Antwoord | None = None


class Toetspunten(Model):
    """R7.9: korte antwoorden uit de intake; ontbrekende worden gemeld."""

    spelregels: str | None = None
    kennis: str | None = None
    naleving: str | None = None
    doel: str | None = None
    doelgroepen: str | None = None


class Bestuur(Model):
    college: Aantal = 0
    raadsleden: Aantal = 0
    betrokken_bij_incident: bool = False


class Organisatie(Model):
    mt: Aantal = 0
    bot: Aantal = 0
    staf: Aantal = 0
    nieuwe_medewerkers_per_jaar: Aantal = 0


class Team(Model):
    naam: Naam
    functiegroep: str
    medewerkers: Annotated[int, Field(ge=1, le=1_000_000)]
    leidinggevenden: Aantal = 1
    risico: Risico = "midden"
    opleidingen: list[str] = []
    leerdoelen: list[str] = []
    teamnorm: bool = False
    basiscompetenties: Antwoord | None = None
    huisbezoeken: bool = False


class Profiel(Model):
    versie: Literal[1]
    gemeente: Naam
    startdatum: dt.date
    looptijd_jaren: Annotated[int, Field(ge=1, le=5)] = 3
    groepsgrootte: Annotated[int, Field(ge=1, le=100)] = 12
    capaciteit: Capaciteit = Capaciteit()
    kosten: Kosten | None = None
    voorkeuren: Voorkeuren = Voorkeuren()
    randvoorwaarden: Randvoorwaarden = Randvoorwaarden()
    toetspunten: Toetspunten = Toetspunten()
    bestuur: Bestuur = Bestuur()
    organisatie: Organisatie = Organisatie()
    teams: Annotated[list[Team], Field(min_length=1, max_length=MAX_TEAMS)]

    @field_validator("startdatum", mode="before")
    @classmethod
    def _datum_als_tekst(cls, waarde: object) -> object:
        """Een datum komt als tekst binnen (de lezer zet niets om); alleen JJJJ-MM-DD telt."""
        if isinstance(waarde, str) and not _is_iso_datum(waarde):
            raise ValueError(
                f"'{waarde}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01"
            )
        if isinstance(waarde, int | float) and not isinstance(waarde, bool):
            raise ValueError("is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01")
        return waarde

    def basiscompetenties_van(self, team: Team) -> Antwoord | None:
        """R5.3: het antwoord van het team, anders dat van de organisatie."""
        return team.basiscompetenties or self.randvoorwaarden.basiscompetenties


def _is_iso_datum(tekst: str) -> bool:
    try:
        dt.date.fromisoformat(tekst)
    except ValueError:
        return False
    return len(tekst) == 10


def laad_profiel(pad: Path, catalogus: Catalogus) -> Profiel:
    """Lees, valideer en kruiscontroleer een gemeenteprofiel; alle problemen in één InvoerFout."""
    document = lees_yaml(pad, toon_pad(pad))
    return profiel_uit_document(document, catalogus)


def profiel_uit_document(document: YamlDocument, catalogus: Catalogus) -> Profiel:
    profiel = valideer(Profiel, document)
    problemen = list(kruiscontroles(profiel, document, catalogus))
    if problemen:
        raise InvoerFout(problemen)
    return profiel


def kruiscontroles(profiel: Profiel, doc: YamlDocument, cat: Catalogus) -> Iterator[Probleem]:
    """Controles die de catalogus nodig hebben, met 'bedoelde u …?' bij een onbekende code."""
    namen: dict[str, int] = {}
    for i, team in enumerate(profiel.teams):
        sleutel = " ".join(team.naam.split()).casefold()
        if sleutel in namen:
            yield doc.probleem(
                ("teams", i, "naam"),
                f"teamnaam '{team.naam}' komt twee keer voor (ook team {namen[sleutel] + 1}); "
                "geef elk team een eigen naam",
            )
        else:
            namen[sleutel] = i
        if team.functiegroep not in cat.functiegroepen:
            hint = bedoelde_u(team.functiegroep, cat.functiegroepen)
            keuze = "" if hint else f" Kies uit: {', '.join(cat.functiegroepen)}."
            yield doc.probleem(
                ("teams", i, "functiegroep"),
                f"onbekende functiegroep '{team.functiegroep}'.{hint}{keuze}".rstrip("."),
            )
        for j, opleiding in enumerate(team.opleidingen):
            if opleiding not in cat.opleidingen:
                hint = bedoelde_u(opleiding, cat.opleidingen)
                keuze = "" if hint else f" Kies uit: {', '.join(cat.opleidingen)}."
                yield doc.probleem(
                    ("teams", i, "opleidingen", j),
                    f"onbekende opleiding '{opleiding}'.{hint}{keuze}".rstrip("."),
                )
        for j, leerdoel in enumerate(team.leerdoelen):
            element = cat.elementen.get(leerdoel)
            if element is None:
                hint = bedoelde_u(leerdoel, cat.elementen)
                yield doc.probleem(
                    ("teams", i, "leerdoelen", j),
                    f"onbekend element '{leerdoel}'.{hint} Alle elementen: plan catalogus elementen",
                )
            elif not element.doelgroep.staat_toe(team.functiegroep, "team"):
                groepen = ", ".join(
                    [*element.doelgroep.functiegroepen, *element.doelgroep.doelgroepen]
                )
                yield doc.probleem(
                    ("teams", i, "leerdoelen", j),
                    f"element '{leerdoel}' is alleen voor {groepen} (D3, R6.2); "
                    "haal het weg uit de leerdoelen van dit team",
                )
