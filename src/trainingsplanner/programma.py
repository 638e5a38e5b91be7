"""Het programma (versie 1, zie CONTRACT.md): wat de engine oplevert en elke weergave leest.

Velden uit het contract hebben vaste namen; extra velden (`toelichting`, `afgedekt`, `jaar`,
`trainer`, `aanname`, `eigenaar`, `bevindingen`, `indicatief`, `planning`, `kosten.per_jaar`,
`indicatoren`, …) zijn
optioneel toegevoegd en breken geen bestaande lezer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from functools import cache
from operator import attrgetter
from typing import Annotated, Any, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, Field, StringConstraints

from trainingsplanner.meting import Indicator as Indicator
from trainingsplanner.meting import Indicatoren as Indicatoren
from trainingsplanner.meting import Meetpunt as Meetpunt
from trainingsplanner.typen import (
    REGELCODE,
    STAP_BORGEN,
    Duur,
    Ernst,
    Leervorm,
    Maand,
    Model,
    Status,
    Trainer,
    Weekdag,
)

Reden = Annotated[str, StringConstraints(pattern=rf"^{REGELCODE}: \S")]
"""Eén regel van `waarom`: begint altijd met de regelcode die hij toepast."""


class Woorden(NamedTuple):
    """Hoe een waarde in een tabelcel staat (`kort`) en hoe midden in een zin (`zin`)."""

    kort: str
    zin: str


STATUSWOORDEN: dict[Status, Woorden] = {
    "voldaan": Woorden("voldaan", "voldaan"),
    "deels": Woorden("deels", "deels voldaan"),
    "niet-voldaan": Woorden("niet voldaan", "niet voldaan"),
    "onbekend": Woorden("onbekend", "onbekend"),
    "niet-ingevuld": Woorden("niet ingevuld", "niet ingevuld"),
    "beantwoord": Woorden("beantwoord", "beantwoord"),
    "ja": Woorden("ja", "ja"),
    "nee": Woorden("nee", "nee"),
}
"""De statuswoorden van een bevinding, voor elke weergave en elke melding."""

Budgetoordeel = Literal["binnen", "krap", "boven"]
"""De geschatte kosten tegen het budget: helemaal erbinnen, alleen de ondergrens, of erboven."""

OORDEELWOORDEN: dict[Budgetoordeel, Woorden] = {
    "binnen": Woorden("binnen budget", "binnen budget"),
    "krap": Woorden("dekt de ondergrens", "budget dekt de ondergrens"),
    "boven": Woorden("boven budget", "boven budget"),
}


class Afgedekt(Model):
    """R6.5: een element dat de opleiding van het team al bevat; alleen opfrissen."""

    element: str
    opleiding: str
    opleiding_naam: str


Sessiestatus = Literal["voorstel", "gegeven"]


class Sessiedatum(Model):
    """Eén sessie van een onderdeel met een voorgestelde datum (een voorstel, geen afspraak)."""

    nummer: Annotated[int, Field(ge=1)]
    datum: dt.date
    """De (eerste) dag van de sessie."""
    dagen: list[dt.date]
    """Alle dagen van de sessie; de eerste is `datum` (meer dan één bij een meerdaagse training)."""
    deelnemers: Annotated[int, Field(ge=0)]
    dagdelen: Annotated[int, Field(ge=1)]
    """De duur in dagdelen (een halve dag is 1), naar de bovengrens van `duur_dagen`."""
    van: str
    tot: str
    """Begin- en eindtijd op elke dag van de sessie (09:00, 12:30)."""
    status: Sessiestatus = "voorstel"
    """`voorstel` (een datum van de planner) of `gegeven` (vastgelegd in de uitvoering, de
    echte datum; alleen na `plan generate --uitvoering`)."""

    def __reduce__(self) -> tuple[Callable[..., Sessiedatum], tuple[object, ...]]:
        """Voor pickle (het basisplan in de gebruikerscache, genereren.py): de velden op
        volgorde, terug zonder validatie; bij 600 teams 7.940 sessies, ~8 ms sneller geladen
        dan met pydantics eigen `__setstate__`."""
        return _sessiedatum, _sessievelden(self)


_SESSIEVELDEN = tuple(Sessiedatum.model_fields)
"""De velden van `Sessiedatum` op volgorde: `model_fields` opzoeken kost elke keer ~0,5 µs."""
_sessievelden = attrgetter(*_SESSIEVELDEN)


def _sessiedatum(*waarden: object) -> Sessiedatum:
    """Een `Sessiedatum` uit zijn velden op volgorde (`Sessiedatum.__reduce__`; evenveel als
    `_SESSIEVELDEN`, want `_sessievelden` maakte ze)."""
    return zonder_validatie(Sessiedatum, dict(zip(_SESSIEVELDEN, waarden)))  # noqa: B905


class Verschuiving(Model):
    """Eén sessie die bij het herplannen (`plan generate --uitvoering`) een andere datum kreeg."""

    onderdeel: str
    nummer: Annotated[int, Field(ge=1)]
    oud: dt.date
    """De datum in het programma zonder uitvoering."""
    nieuw: dt.date
    regel: str
    """De regelcode waarom: R4.1 (bijsturen: geannuleerd, verplaatst of niet gegeven) of de
    volgorde-eis die wacht op een onderdeel dat zelf verschoof (R3.2, R2.1, …)."""
    reden: str
    """In woorden: 'geannuleerd op 3 maart 2027', 'verplaatst naar 15 februari 2028, zoals afgesproken',
    'niet gegeven vóór 1 september 2027', 'wacht op stap2-balie'."""


class Termijnverschuiving(Model):
    """Een onderdeel zonder sessies met een eigen datum (werkoverleg, gesprekken, e-learning)
    waarvan de termijn bij het herplannen verschoof: hij was voorbij terwijl niet alles gegeven
    was, of het onderdeel wacht op iets dat nu later eindigt."""

    onderdeel: str
    oud: dt.date
    """De einddatum in het programma zonder uitvoering."""
    nieuw: dt.date
    """De nieuwe einddatum."""
    regel: str
    reden: str


class Herplanning(Model):
    """Het programma is herpland met de vastgelegde uitvoering (`plan generate --uitvoering`)."""

    vanaf: dt.date
    """Niets wat niet gegeven is, staat vóór deze datum."""
    gegeven: Annotated[int, Field(ge=0)]
    """Sessies die gegeven zijn en dus vaststaan (ook werkoverleg en gesprekken)."""
    verschoven: list[Verschuiving] = []
    termijnen: list[Termijnverschuiving] = []
    """Onderdelen zonder sessies met een eigen datum waarvan de termijn verschoof."""


M = TypeVar("M", bound=Model)


@cache
def _alle_velden(model: type[Model]) -> set[str]:
    """Alle velden van een model, één verzameling voor elk gemaakt exemplaar: de modellen zijn
    bevroren, dus pydantic verandert hem niet (`model_copy` maakt eerst een kopie); een eigen
    verzameling van 24 namen per onderdeel kost bij 600 teams zo'n 8 ms."""
    return set(model.model_fields)


_nieuw = object.__new__
_zet_dict = BaseModel.__dict__["__dict__"].__set__
_zet_gezet = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_zet_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_zet_prive = BaseModel.__dict__["__pydantic_private__"].__set__
"""De slots van `BaseModel` (`__dict__`, de gezette velden, extra en privé), zoals
`object.__setattr__` ze zet, maar zonder de naam op te zoeken."""


def zonder_validatie(model: type[M], velden: dict[str, Any]) -> M:
    """Een model uit `velden` zonder validatie, voor de engine: die maakt elk veld zelf, uit een
    gevalideerd profiel en een gevalideerde catalogus, van de modellen die er duizenden keren
    zijn (`Onderdeel`, `Onderdeelkosten`, `Kostenregel`, `Meetpunt`, `Sessiedatum`,
    `Verschuiving`). Wat `model_construct` doet, zonder diens lus over de velden, en met de
    vier slots van `BaseModel` rechtstreeks gezet: ~0,65 µs tegen ~6 µs valideren en ~8 µs
    `model_construct` (bij 600 teams ~40.000 keer). `velden` heeft precies de velden van het
    model, in hun volgorde: pydantic schrijft de JSON in de volgorde van de dict. Het contract
    blijft getoetst: tests/test_voorbeelden.py en de eigenschapstests
    (tests/test_eigenschappen.py) lezen elk programma terug met `Programma.model_validate_json`."""
    gemaakt = _nieuw(model)
    _zet_dict(gemaakt, velden)
    _zet_gezet(gemaakt, _alle_velden(model))
    _zet_extra(gemaakt, None)
    _zet_prive(gemaakt, None)
    return gemaakt


class Onderdeel(Model):
    id: str
    stap: Annotated[int, Field(ge=1, le=4)]
    titel: str
    doelgroep: str
    team: str | None
    functiegroep: str | None
    elementen: list[str]
    leervorm: Leervorm
    deelnemers: Annotated[int, Field(ge=0)]
    sessies: Annotated[int, Field(ge=0)]
    groepsgrootte: Annotated[int, Field(ge=1)] = 1
    """Hoogstens zoveel deelnemers per sessie."""
    duur_dagen: Duur
    start: dt.date
    eind: dt.date
    na: list[str]
    waarom: Annotated[list[Reden], Field(min_length=1)]
    toelichting: str | None = None
    afgedekt: list[Afgedekt] = []
    jaar: int | None = None
    trainer: Trainer = "extern"
    aanname: bool = False
    """Een duur, groepsgrootte, interval of doorlooptijd die de handreiking niet geeft (D6)."""
    eigenaar: str | None = None
    """Wie het onderdeel trekt: een doelgroep (`mt`, `college`, `leidinggevenden`, …) of een
    rol uit de catalogus (`coordinator`, `p-en-o`)."""
    sessiedata: list[Sessiedatum] = []
    """Elke sessie met een voorgestelde datum; alleen bij sessies met een trainer."""
    kosten: Onderdeelkosten | None = None
    """Wat dit onderdeel kost over de hele looptijd; None zonder sessies, of zonder kasuitgave
    met alle sessies in het jaar van `start` (werkoverleg, gesprek: hun uren tellen mee in
    `kosten.per_jaar`, deelnemers × duur × `kosten.uren_per_dag`)."""

    @property
    def terugkerend(self) -> bool:
        """Een activiteit van stap 4 die elk jaar van de cyclus terugkomt (D5, R4.1)."""
        return self.stap == STAP_BORGEN

    @property
    def trainersdagen(self) -> Bereik:
        """Externe trainersdagen van dit onderdeel: sessies × duur; 0 zonder externe trainer (D6)."""
        if self.trainer != "extern":
            return _GEEN_DAGEN
        duur = self.duur_dagen
        return Bereik(min=self.sessies * duur.min, max=self.sessies * duur.max)


class Waarschuwing(Model):
    code: str
    ernst: Ernst
    regel: str
    bericht: str


class Bevinding(Model):
    """Eén randvoorwaarde of toetspunt met status en volgende stap (RV1–RV5, R7.9, R5.3)."""

    id: str
    regel: str
    naam: str
    status: Status
    ernst: Ernst
    betekenis: str
    actie: str | None
    eigenaar: str | None
    team: str | None = None
    antwoord: str | None = None
    """Bij een toetspunt (R7.9): het antwoord uit de intake, letterlijk."""

    @property
    def blokkeert(self) -> bool:
        return self.ernst == "blokkerend"

    @property
    def statuswoorden(self) -> Woorden:
        return STATUSWOORDEN[self.status]


def blokkeert(bevindingen: Iterable[Bevinding]) -> bool:
    """Houdt iets het programma tegen? (`plan check-randvoorwaarden` geeft dan exit 1.)"""
    return any(b.blokkeert for b in bevindingen)


class Bereik(Model):
    min: float
    max: float


_GEEN_DAGEN = Bereik(min=0, max=0)


Kostensoort = Literal["externe-trainers", "e-learning", "interne-trainers"]
"""Waar het geld heen gaat: trainersdagen van een bureau, e-learninglicenties (R8.2), uren van
interne trainers (R8.3). Een soort staat er alleen als het profiel de prijs geeft."""

KOSTENSOORTWOORDEN: dict[Kostensoort, str] = {
    "externe-trainers": "externe trainers",
    "e-learning": "e-learninglicenties",
    "interne-trainers": "interne trainers",
}


class Kostenregel(Model):
    """Eén onderdeel in één kalenderjaar: de sessies van dat jaar en wat ze kosten."""

    id: str
    soort: Kostensoort
    sessies: Annotated[int, Field(ge=0)]
    deelnemers: Annotated[int, Field(ge=0)]
    dagen: Bereik
    """Trainersdagen (extern of intern); 0 bij e-learning."""
    euro: Bereik | None
    """None als het profiel de prijs van deze soort niet geeft."""


class Onderdeelkosten(Model):
    """Eén onderdeel over de hele looptijd: de som van zijn regels in `kosten.per_jaar`, en de
    uren van de deelnemers (deelnames × duur × uren per dag), die niet in het kasbudget tellen."""

    soort: Kostensoort | None
    """None: geen kasuitgave (werkoverleg, gesprek, bijeenkomst zonder trainer)."""
    dagen: Bereik
    """Trainersdagen (extern of intern); 0 bij e-learning en zonder trainer."""
    euro: Bereik | None
    """None zonder soort of als het profiel de prijs van de soort niet geeft."""
    sessies_per_jaar: dict[int, int]
    """Per kalenderjaar het aantal sessies (uit de planning)."""
    uren_medewerkers: Bereik
    euro_medewerkers: Bereik | None = None
    """Uren van medewerkers × `kosten.uurtarief_medewerker`; None zonder dat tarief."""


class KostenJaar(Model):
    """De kosten van één kalenderjaar (het begrotingsjaar van een gemeente)."""

    jaar: int
    trainersdagen: Bereik
    """Externe trainersdagen in dit jaar."""
    euro: Bereik | None
    """Externe trainers in dit jaar, of None zonder dagtarief."""
    per_soort: dict[Kostensoort, Bereik] = {}
    onderdelen: list[Kostenregel] = []
    uren_medewerkers: Bereik | None = None
    """De uren die deelnemers in dit jaar aan het programma besteden; niet in het kasbudget."""
    euro_medewerkers: Bereik | None = None
    """Die uren × het uurtarief van een medewerker; None zonder tarief. Niet in `per_soort`."""


class KostenOverzicht(Model):
    trainersdagen: Bereik
    euro: Bereik | None
    dagtarief: float | None = None
    budget: float | None = None
    per_soort: dict[Kostensoort, Bereik] = {}
    """Euro per soort kosten voor de hele looptijd, voor de soorten waarvan de prijs bekend is."""
    totaal: Bereik | None = None
    """De som van `per_soort`; None zonder dagtarief."""
    per_jaar: list[KostenJaar] = []
    uurtarief_medewerker: float | None = None
    uren_per_dag: float | None = None
    """De uren van een hele dag voor een deelnemer (de tijden van een sessie, 7,5)."""
    uren_medewerkers: Bereik | None = None
    """Deelnames × duur × uren per dag over de hele looptijd: de tijd van de deelnemers. Apart
    van het kasbudget: telt niet in `totaal` en niet in het budgetoordeel."""
    euro_medewerkers: Bereik | None = None
    """`uren_medewerkers` × `uurtarief_medewerker`; None zonder tarief."""

    @property
    def oordeel(self) -> Budgetoordeel | None:
        """Het budgetoordeel (R7.10) over het totaal; None zonder dagtarief of zonder budget."""
        bedrag = self.totaal or self.euro
        if self.euro is None or bedrag is None or self.budget is None:
            return None
        if bedrag.min > self.budget:
            return "boven"
        if bedrag.max > self.budget:
            return "krap"
        return "binnen"


class Periode(Model):
    start: dt.date
    eind: dt.date


class Planningskeuze(Model):
    """De maanden zonder groepssessies, werkoverleg of bestuursvergaderingen."""

    geen_sessies_in: list[Maand]
    aanname: bool
    """Waar: de aanname van de planner (catalogus), niet gekozen in het profiel."""
    dagen: list[Weekdag] = []
    """De werkdagen waarop sessies een voorgestelde datum krijgen."""
    dagen_aanname: bool = True
    """Waar: de werkdagen zijn de aanname van de planner (catalogus)."""
    sessies_per_week: int | None = None
    team_hoogstens: float | None = None
    """Hoogstens dit deel van een team op één dag bij een sessie (aanname planner)."""


class Programma(Model):
    versie: Literal[1] = 1
    gemeente: str
    periode: Periode
    onderdelen: list[Onderdeel]
    waarschuwingen: list[Waarschuwing]
    kosten: KostenOverzicht
    bevindingen: list[Bevinding] = []
    indicatief: bool = False
    """Waar zolang een randvoorwaarde blokkeert: de datums hangen af van het oplossen ervan."""
    planning: Planningskeuze | None = None
    indicatoren: Indicatoren | None = None
    """Wat de coördinator meet, per stap en per team (R4.1); None bij een ouder programma."""
    herplanning: Herplanning | None = None
    """Alleen na `plan generate --uitvoering`: vanaf wanneer herpland en wat verschoof."""

    def onderdeel(self, code: str) -> Onderdeel | None:
        return next((o for o in self.onderdelen if o.id == code), None)

    @property
    def blokkeert(self) -> bool:
        return blokkeert(self.bevindingen)
