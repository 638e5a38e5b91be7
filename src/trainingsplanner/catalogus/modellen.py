"""Pydantic-modellen van de vier catalogusbestanden in `data/`.

Elk bestand heeft zijn eigen model; `Catalogus` (in laden.py) voegt ze samen. De modellen
controleren de vorm van één vermelding; verwijzingen tussen vermeldingen controleert
`controles.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from trainingsplanner.catalogus.stappenplan import (
    SIGNAALSTATUSSEN,
    ErnstPerStatus,
    GeenSessiesIn,
    Herstelschakel,
    Kostenaanname,
    Planningsaanname,
    Randvoorwaarde,
    Sessie,
    Signaal,
    Signaalsoort,
    Stap,
    StappenplanBestand,
    Terugkerend,
    Toetspunt,
    TrainDeTrainerOnderdeel,
    Variant,
    Volgorde,
)
from trainingsplanner.typen import (
    Bronnen,
    Id,
    Leervorm,
    Model,
    RegelId,
    Tekst,
)

__all__ = [  # het model van stappenplan.yaml staat in stappenplan.py; deze namen gaan door
    "SIGNAALSTATUSSEN",
    "ErnstPerStatus",
    "GeenSessiesIn",
    "Herstelschakel",
    "Kostenaanname",
    "Planningsaanname",
    "Randvoorwaarde",
    "Sessie",
    "Signaal",
    "Signaalsoort",
    "Stap",
    "StappenplanBestand",
    "Terugkerend",
    "Toetspunt",
    "TrainDeTrainerOnderdeel",
    "Variant",
    "Volgorde",
]

# ---------------------------------------------------------------- regels.yaml


class Regel(Model):
    id: RegelId
    soort: Annotated[
        list[Literal["beslissing", "data", "engine", "check", "content"]], Field(min_length=1)
    ]
    sectie: Tekst
    samenvatting: Tekst


class RegelsBestand(Model):
    versie: Literal[1]
    regels: Annotated[list[Regel], Field(min_length=1)]


# ---------------------------------------------------------------- functiegroepen.yaml


class Basisopleiding(Model):
    niveaus: Annotated[list[Literal["vmbo", "mbo", "hbo"]], Field(min_length=1)]
    richtingen: Annotated[list[Tekst], Field(min_length=1)]
    toelichting: Tekst | None = None


class Functiegroep(Model):
    id: Id
    naam: Tekst
    omschrijving: Tekst
    voorbeeldfuncties: Annotated[list[Tekst], Field(min_length=1)]
    competenties: Annotated[list[Tekst], Field(min_length=1)]
    basisopleiding: Basisopleiding
    bron: Bronnen


class Doelgroep(Model):
    id: Id
    naam: Tekst
    omschrijving: Tekst
    bron: Bronnen


class FunctiegroepenBestand(Model):
    versie: Literal[1]
    functiegroepen: Annotated[list[Functiegroep], Field(min_length=1)]
    doelgroepen: Annotated[list[Doelgroep], Field(min_length=1)]


# ---------------------------------------------------------------- trainingselementen.yaml


class Doelgroepregel(Model):
    """Voor wie een element is (D3): iedereen, alleen sommigen, of met nadruk voor sommigen."""

    soort: Literal["alle", "beperking", "nadruk"]
    functiegroepen: list[Id] = []
    doelgroepen: list[Id] = []
    huisbezoeken: bool = False
    gedrukt: Tekst | None = None

    @model_validator(mode="after")
    def _past_bij_soort(self) -> Doelgroepregel:
        genoemd = self.functiegroepen or self.doelgroepen or self.huisbezoeken
        if self.soort == "alle" and genoemd:
            raise ValueError("bij soort 'alle' horen geen functiegroepen of doelgroepen")
        if self.soort != "alle" and not genoemd:
            raise ValueError(f"bij soort '{self.soort}' hoort minstens één functie- of doelgroep")
        return self

    def staat_toe(self, functiegroep: str | None, doelgroep: str | None) -> bool:
        """Mag dit element (ooit) voor deze groep gepland worden? Alleen een beperking sluit uit."""
        if self.soort != "beperking":
            return True
        return functiegroep in self.functiegroepen or doelgroep in self.doelgroepen


class Cluster(Model):
    id: Id
    nummer: int
    naam: Tekst
    bron: Bronnen


class Ontbrekend(Model):
    id: Id
    naam: Tekst
    toelichting: Tekst
    bron: Bronnen


Bronplek = Literal["stappenplan", "tabel-2", "tabel-4", "leidinggevenden", "voorbeeldprogramma"]
BRONPLEK_NAAM: dict[str, str] = {
    "stappenplan": "Stappenplan (paragraaf 1)",
    "tabel-2": "Tabel 2",
    "tabel-4": "Tabel 4",
    "leidinggevenden": "Lijst leidinggevenden (paragraaf 3)",
    "voorbeeldprogramma": "Voorbeeldprogramma (paragraaf 4)",
}


class Element(Model):
    id: Id
    naam: Tekst
    bronplek: Bronplek
    cluster: Id
    soort: Literal["kennis", "vaardigheid", "houding-nazorg"]
    doelgroep: Doelgroepregel
    leervormen: Annotated[list[Leervorm], Field(min_length=1)]
    train_de_trainer: bool
    inbegrepen_in_opleiding: bool = False
    bron: Bronnen

    @field_validator("leervormen")
    @classmethod
    def _e_learning_alleen_kennis(cls, waarde: list[str], info: ValidationInfo) -> list[str]:
        """R8.1: vaardigheden oefenen kan niet via e-learning; alleen kennis en toetsing."""
        if "e-learning" in waarde and info.data.get("soort") not in (None, "kennis"):
            raise ValueError(
                "e-learning past alleen bij kennis (R8.1); gebruik 'blended' voor vaardigheden"
            )
        return waarde


class Deeldekking(Model):
    """R6.5: een element dat de opleiding maar voor een deel dekt; de rest blijft in de training."""

    element: Id
    nog_trainen: Tekst
    """Wat van het element nog getraind wordt (in gewone woorden, voor de uitleg)."""


class Opleiding(Model):
    id: Id
    naam: Tekst
    vaardigheidstraining: Tekst
    elementen: list[Id] = []
    """Elementen die de opleiding helemaal dekt: alleen opfrissen, in de eerste training."""
    deels: list[Deeldekking] = []
    toelichting: Tekst | None = None
    bron: Bronnen

    @model_validator(mode="after")
    def _dekt_iets(self) -> Opleiding:
        if not self.elementen and not self.deels:
            raise ValueError("een opleiding dekt minstens één element (elementen of deels)")
        return self


class LeidinggevendenPunt(Model):
    deel: Literal["normstelling", "vaardigheden"]
    naam: Tekst
    element: Id


class Vaardigheidspunt(Model):
    naam: Tekst
    elementen: Annotated[list[Id], Field(min_length=1)]


class Vaardighedenlijst(Model):
    functiegroepen: Annotated[list[Id], Field(min_length=1)]
    gedrukt: Tekst
    punten: Annotated[list[Vaardigheidspunt], Field(min_length=1)]
    bron: Bronnen


class ElementenBestand(Model):
    versie: Literal[1]
    clusters: Annotated[list[Cluster], Field(min_length=1)]
    ontbrekend: list[Ontbrekend] = []
    elementen: Annotated[list[Element], Field(min_length=1)]
    opleidingen: list[Opleiding]
    leidinggevenden: Annotated[list[LeidinggevendenPunt], Field(min_length=1)]
    vaardigheden_per_functiegroep: Annotated[list[Vaardighedenlijst], Field(min_length=1)]


# ---------------------------------------------------------------- leerdoelwijzer.yaml


class Schaalpunt(Model):
    waarde: Annotated[int, Field(ge=0, le=10)]
    label: Tekst


class OpenVraag(Model):
    id: Id
    vraag: Tekst


class LeerdoelwijzerBestand(Model):
    """De vragenlijst per team (R2.2): vragen, schalen, drempel en minimale groepsgrootte."""

    versie: Literal[1]
    bron: Bronnen
    vraag_frequentie: Tekst
    vraag_behoefte: Tekst
    schaal_frequentie: Annotated[list[Schaalpunt], Field(min_length=2)]
    schaal_behoefte: Annotated[list[Schaalpunt], Field(min_length=2)]
    behoefte_vanaf: Annotated[int, Field(ge=0, le=10)]
    drempel: Annotated[float, Field(gt=0, le=1)]
    minimum_respondenten: Annotated[int, Field(ge=1, le=1000)]
    clusters: list[Id]
    open_vragen: list[OpenVraag]
    situaties: dict[Id, Tekst] = {}
