"""Het model van `data/stappenplan.yaml`: stappen, sessies, volgorde-eisen, terugkerende
activiteiten, randvoorwaarden met hun herstelketen, signalen, kalender- en kostenaannames.

Apart van `modellen.py` (de andere catalogusbestanden) om beide modules klein te houden;
`modellen.py` geeft deze namen door, zodat `from trainingsplanner.catalogus.modellen import
Sessie` blijft werken.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field, StringConstraints, model_validator

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
    Weekdag,
)


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


class Eigenaar(Model):
    """Een rol die onderdelen trekt en geen doelgroep is (de coördinator, P&O)."""

    id: Id
    naam: Tekst
    bron: Bronnen


Meerdaags = Literal["opeenvolgend", "wekelijks"]
"""Een training van meer dagen: op opeenvolgende werkdagen, of dezelfde dag een week later."""


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
    eigenaar: Id
    """Wie het onderdeel trekt: een doelgroep of een rol uit `eigenaren`."""
    trainer: Trainer = "extern"
    duur_dagen: Duur
    meerdaags: Meerdaags | None = None
    """Een sessie van meer dagen: opeenvolgende werkdagen of een week na elkaar; leeg: de
    aanname van `planning.meerdaags`."""
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
    eigenaar: Id
    trainer: Trainer = "extern"
    duur_dagen: Duur
    meerdaags: Meerdaags | None = None
    """Zoals bij een sessie: leeg is de aanname van `planning.meerdaags`."""
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
    eigenaar: Id
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


Tijd = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
"""Een tijd als 09:00."""


class Tijdvak(Model):
    van: Tijd
    tot: Tijd


class Tijden(Model):
    """Van en tot van een sessie van een halve en van een hele dag."""

    halve_dag: Tijdvak
    hele_dag: Tijdvak


class Planningsaanname(Model):
    """Wat de planner aanneemt over de kalender, tenzij het profiel iets anders zegt."""

    geen_sessies_in: GeenSessiesIn
    dagen: Annotated[list[Weekdag], Field(min_length=1)]
    tijden: Tijden
    meerdaags: Meerdaags
    """Voor elke sessie van meer dagen die zelf geen `meerdaags` noemt."""
    team_hoogstens: Annotated[float, Field(gt=0, le=1)]
    bevrijdingsdag: Literal["jaarlijks", "lustrum"]
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
    eigenaren: list[Eigenaar] = []
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
