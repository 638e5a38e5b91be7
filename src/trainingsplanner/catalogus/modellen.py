"""Pydantic-modellen van de vier catalogusbestanden in `data/`.

Elk bestand heeft zijn eigen model; `Catalogus` (in laden.py) voegt ze samen. De modellen
controleren de vorm van één vermelding; verwijzingen tussen vermeldingen controleert
`controles.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field, ValidationInfo, field_validator, model_validator

from trainingsplanner.typen import (
    RV_STATUSSEN,
    STAP_BORGEN,
    Aanname,
    Bronnen,
    Duur,
    ElementenUit,
    Ernst,
    Id,
    Leervorm,
    Maand,
    Model,
    RegelId,
    Risico,
    Status,
    Tekst,
    Trainer,
)

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


# ---------------------------------------------------------------- stappenplan.yaml


class Stap(Model):
    nummer: Annotated[int, Field(ge=1, le=4)]
    naam: Tekst
    doelen: Annotated[list[Tekst], Field(min_length=1)]
    toelichting: Tekst
    bron: Bronnen


class Variant(Model):
    """Een andere vorm van een sessie voor een team dat al een teamnorm heeft (R7.5)."""

    titel: Tekst
    inhoud: Tekst
    leervorm: Leervorm
    trainer: Trainer
    duur_dagen: Duur
    aanname: list[Aanname] = []
    bron: Bronnen


class Sessie(Model):
    id: Id
    stap: Annotated[int, Field(ge=1, le=4)]
    titel: Tekst
    doelgroepen: Annotated[list[Id], Field(min_length=1)]
    doel: Tekst
    inhoud: Tekst
    elementen: list[Id] = []
    elementen_uit: ElementenUit = "vast"
    extra_elementen: list[Id] = []
    """Bij een andere bron dan `vast`: elementen die er voor iedereen bij komen."""
    niet_herhalen_uit: list[Id] = []
    """Sessies die dezelfde mensen eerder kregen: hun elementen komen hier niet opnieuw."""
    samenvoegen: dict[Id, list[Id]] = {}
    leervorm: Leervorm
    trainer: Trainer = "extern"
    duur_dagen: Duur
    bij_teamnorm: Variant | None = None
    alleen_bij_risico: list[Risico] = []
    """Alleen voor teams met dit risico (leeg: elk team)."""
    aanname: list[Aanname] = []
    """Wat de handreiking hier niet geeft en de planner aanneemt (D6)."""
    max_groep: Annotated[int, Field(ge=1)]
    bron: Bronnen


class Volgorde(Model):
    """Onderdelen van soort `na` beginnen pas als alle onderdelen van soort `voor` klaar zijn.

    `bereik`: in de hele organisatie, binnen hetzelfde team, of binnen hetzelfde team en
    jaar van de cyclus. De doelgroepen en de leervorm beperken welke onderdelen meetellen.
    """

    voor: Id
    na: Id
    bereik: Literal["organisatie", "team", "team-jaar"]
    voor_doelgroepen: list[Id] = []
    na_doelgroepen: list[Id] = []
    na_leervorm: Leervorm | None = None
    bron: Bronnen


class Terugkerend(Model):
    id: Id
    titel: Tekst
    inhoud: Tekst
    doelgroep: Id
    elementen: list[Id] = []
    max_groep: Annotated[int, Field(ge=1)] = 25
    per_jaar: Annotated[int, Field(ge=1, le=12)] | None = None
    per_jaar_bij_bestuursincident: Annotated[int, Field(ge=1, le=12)] | None = None
    interval_jaren: Annotated[int, Field(ge=1, le=5)] | None = None
    """Om de zoveel jaar, vanaf het tweede jaar van de cyclus."""
    leervorm: Leervorm
    trainer: Trainer = "extern"
    duur_dagen: Duur
    aanname: list[Aanname] = []
    bron: Bronnen

    @property
    def stap(self) -> int:
        """Terugkerende activiteiten horen bij stap 4, borgen en evalueren (D5)."""
        return STAP_BORGEN

    @model_validator(mode="after")
    def _frequentie(self) -> Terugkerend:
        if (self.per_jaar is None) == (self.interval_jaren is None):
            raise ValueError("geef precies één van per_jaar of interval_jaren")
        return self


def _ontbrekende_statussen(waarde: dict[Status, Ernst], nodig: tuple[Status, ...]) -> None:
    ontbreekt = [s for s in nodig if s not in waarde]
    if ontbreekt:
        raise ValueError(f"ernst ontbreekt voor: {', '.join(ontbreekt)}")


def _alle_rv_statussen(waarde: dict[Status, Ernst]) -> dict[Status, Ernst]:
    _ontbrekende_statussen(waarde, RV_STATUSSEN)
    return waarde


ErnstPerStatus = dict[Status, Ernst]
"""Voor elke status welke ernst een bevinding krijgt."""


class Randvoorwaarde(Model):
    id: RegelId
    veld: Tekst
    naam: Tekst
    vraag: Tekst
    betekenis: Tekst
    actie: Tekst
    actie_bij: dict[Status, Tekst] = {}
    """Een andere volgende stap voor deze statussen (R7.9-intake: eerst vaststellen)."""
    eigenaar: Id
    ernst: Annotated[ErnstPerStatus, AfterValidator(_alle_rv_statussen)]
    bron: Bronnen

    def actie_voor(self, status: Status) -> str:
        return self.actie_bij.get(status, self.actie)


class Herstelschakel(Model):
    """Eén schakel van de keten die een blokkerende randvoorwaarde oplost (RV1, RV2, RV5).

    De schakels staan in de volgorde waarin ze gebeuren; een schakel komt in het programma
    als een randvoorwaarde uit `lost_op` een status uit `bij_status` heeft. De doorlooptijd
    is de tijd die de stap in beslag neemt (vergaderrondes, instemming), in maanden.
    """

    id: Id
    titel: Tekst
    inhoud: Tekst
    doelgroep: Id
    elementen: list[Id] = []
    leervorm: Leervorm
    duur_dagen: Duur
    doorlooptijd_maanden: Annotated[int, Field(ge=1, le=12)]
    lost_op: Annotated[list[RegelId], Field(min_length=1)]
    bij_status: Annotated[list[Status], Field(min_length=1)]
    aanname: list[Aanname] = []
    bron: Bronnen


class Signaal(Model):
    """Een bevinding naast RV1–RV5 (per team, bestuursincident, BOT, toetspunt)."""

    regel: RegelId
    naam: Tekst
    betekenis: Tekst
    actie: Tekst
    actie_bij: dict[Status, Tekst] = {}
    eigenaar: Id
    ernst: ErnstPerStatus
    bron: Bronnen

    def actie_voor(self, status: Status) -> str:
        return self.actie_bij.get(status, self.actie)


class Toetspunt(Model):
    id: Id
    vraag: Tekst
    bron: Bronnen


Signaalsoort = Literal["basiscompetenties-team", "bestuursincident", "bot", "toetspunt"]

SIGNAALSTATUSSEN: dict[Signaalsoort, tuple[Status, ...]] = {
    "basiscompetenties-team": RV_STATUSSEN,
    "bestuursincident": ("ja", "nee"),
    "bot": ("nee",),
    "toetspunt": ("beantwoord", "niet-ingevuld"),
}
"""Welke statussen de engine per signaal geeft: een antwoord, een feit of een intakeantwoord."""


def _alle_signalen(waarde: dict[Signaalsoort, Signaal]) -> dict[Signaalsoort, Signaal]:
    """De engine geeft elk van deze signalen (gereedheid); ze zijn dus alle verplicht, elk met
    een ernst voor elke status die de engine ervoor geeft."""
    ontbreekt = [s for s in get_args(Signaalsoort) if s not in waarde]
    if ontbreekt:
        raise ValueError(f"signaal ontbreekt: {', '.join(ontbreekt)}")
    for soort, signaal in waarde.items():
        _ontbrekende_statussen(signaal.ernst, SIGNAALSTATUSSEN[soort])
    return waarde


def _niet_elke_maand(waarde: list[Maand]) -> list[Maand]:
    if len(set(waarde)) >= 12:
        raise ValueError("minstens één maand moet open blijven voor sessies")
    return waarde


GeenSessiesIn = Annotated[list[Maand], AfterValidator(_niet_elke_maand)]
"""Maanden zonder groepssessies, werkoverleg of bestuursvergaderingen (zomerreces)."""


class Planningsaanname(Model):
    """Wat de planner aanneemt over de kalender, tenzij het profiel iets anders zegt."""

    geen_sessies_in: GeenSessiesIn
    aanname: bool
    bron: Bronnen


class Kostenaanname(Model):
    """Getallen voor de kostenraming die de handreiking niet geeft (R7.10, R8.2, R8.3)."""

    budget_marge: Annotated[float, Field(ge=0, lt=1)]
    """Binnen dit deel van het budget geeft de bovengrens een waarschuwing (0,05 = 5 %)."""
    uren_per_trainingsdag: Annotated[float, Field(gt=0, le=24)]
    """Uren van een interne trainer per trainingsdag, met voorbereiding."""
    aanname: bool
    bron: Bronnen


class TrainDeTrainerOnderdeel(Model):
    naam: Tekst
    doelgroepen: Tekst


class StappenplanBestand(Model):
    versie: Literal[1]
    stappen: Annotated[list[Stap], Field(min_length=4, max_length=4)]
    sessies: Annotated[list[Sessie], Field(min_length=1)]
    volgorde: list[Volgorde]
    terugkerend: list[Terugkerend]
    randvoorwaarden: Annotated[list[Randvoorwaarde], Field(min_length=1)]
    herstelketen: list[Herstelschakel]
    planning: Planningsaanname
    kosten: Kostenaanname
    toetspunten: Annotated[list[Toetspunt], Field(min_length=1)]
    aanbieder_tips: Annotated[list[Tekst], Field(min_length=1)]
    elearning_inkoop: Annotated[list[Tekst], Field(min_length=1)]
    train_de_trainer: Annotated[list[TrainDeTrainerOnderdeel], Field(min_length=1)]
    signalen: Annotated[dict[Signaalsoort, Signaal], AfterValidator(_alle_signalen)]


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
