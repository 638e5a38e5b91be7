"""Het gemeenteprofiel (versie 1): model, standaardwaarden, uitleg per veld en kruiscontroles.

Dit is de enige plek voor wat een veld is: type, grenzen (ge/le), keuzes (Literal),
standaardwaarde, beschrijving (voor het JSON Schema en de editor) en, met `Invullen`, het
commentaar in het startprofiel en de vraag van `plan init --interactive`. Die twee worden
hieruit gemaakt (profiel/velden.py), nooit apart bijgehouden.

Het profiel wordt met dezelfde strikte lezer gelezen als de catalogus. Na de vorm volgen de
controles die de catalogus nodig hebben: bestaat de functiegroep, de opleiding, het element
van een leerdoel; zijn teamnamen uniek. Alle problemen komen samen terug.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import ConfigDict, Field, StringConstraints, field_validator, model_validator

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.modelfouten import valideer
from trainingsplanner.bestanden.yamlbron import YamlDocument, lees_yaml
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import InvoerFout
from trainingsplanner.profiel.controles import kruiscontroles, omvang
from trainingsplanner.typen import Antwoord, Maand, Model, Risico, Weekdag

MAX_TEAMS = 5000
"""Meer teams dan dit is geen gemeente maar een tikfout of een test van de grenzen."""
EERSTE_STARTDATUM = dt.date(2000, 1, 1)
LAATSTE_STARTDATUM = dt.date(2099, 12, 1)
"""Een programma van hoogstens vijf jaar dat in deze eeuw begint; 9997-06-01 is een tikfout."""

Aantal = Annotated[int, Field(ge=0, le=1_000_000)]
Naam = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]

_STUURTEKEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Onzichtbare stuurtekens (C0 behalve tab en regeleinde, DEL, C1): in een terminal kunnen ze
de weergave overnemen, in Excel en YAML breken ze het bestand."""


def stuurteken_in(tekst: str) -> str | None:
    """De eerste onzichtbare stuurteken als `U+001B`, of None."""
    gevonden = _STUURTEKEN.search(tekst)
    return f"U+{ord(gevonden.group()):04X}" if gevonden else None


class ProfielModel(Model):
    """Basis van het profiel: streng (true/false zijn booleans, gehele getallen zijn gehele
    getallen, tekst is tekst) en zonder onzichtbare stuurtekens in tekst."""

    model_config = ConfigDict(strict=True)

    @field_validator("*", mode="after")
    @classmethod
    def _geen_stuurtekens(cls, waarde: object) -> object:
        teksten = waarde if isinstance(waarde, list) else [waarde]
        for tekst in teksten:
            if isinstance(tekst, str) and (teken := stuurteken_in(tekst)):
                raise ValueError(
                    f"bevat een onzichtbaar stuurteken ({teken}); verwijder het of typ de tekst opnieuw"
                )
        return waarde


def _bedrag(waarde: object) -> object:
    """Een bedrag zoals een Nederlander het schrijft, wordt nooit stil verkeerd gelezen.

    `1500` en `1500.50` zijn goed. `€ 1.500`, `1.500,00` of `1500,-` als tekst worden geweigerd
    met de juiste schrijfwijze erbij. (`1.500` zonder aanhalingstekens leest YAML als 1,5; dat
    vangt de kruiscontrole op de geschreven tekst.)
    """
    if isinstance(waarde, str):
        kaal = waarde.replace("€", "").replace(" ", "").replace("\u00a0", "").removesuffix(",-")
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?|\d+(?:,\d{1,2})?", kaal):
            getal = float(kaal.replace(".", "").replace(",", "."))
            goed = f"{getal:.2f}".removesuffix(".00")
            raise ValueError(
                f"'{waarde}' is tekst; schrijf het bedrag als getal zonder € en zonder "
                f"duizendtalpunt: {goed}"
            )
    if isinstance(waarde, int) and not isinstance(waarde, bool):
        return float(waarde)
    return waarde


def _v(beschrijving: str) -> Any:
    """Een veldbeschrijving: komt in het JSON Schema, zodat een editor hem toont bij het typen."""
    return Field(description=beschrijving)


@dataclass(frozen=True)
class Invullen:
    """Hoe `plan init` een veld uitlegt en vraagt; pydantic en het schema negeren dit.

    `opmerking` is het commentaar in het startprofiel (zonder opmerking: de beschrijving),
    `vraag` de vraag van `plan init --interactive`. Beide mogen `{min}`, `{max}` en
    `{keuzes}` bevatten; die komen uit het veld zelf (ge/le, Literal).
    """

    opmerking: str | None = None
    vraag: str | None = None


def of_lijst(woorden: Iterable[str]) -> str:
    """'a, b of c': keuzes zoals een mens ze opsomt."""
    *begin, laatste = woorden
    return f"{', '.join(begin)} of {laatste}" if begin else laatste


class Capaciteit(ProfielModel):
    """Hoeveel de organisatie per maand aankan."""

    sessies_per_maand: Annotated[
        int,
        Field(ge=1, le=10_000),
        _v(
            "Hoeveel trainingen en bijeenkomsten de organisatie per maand kan houden (standaard 8)."
        ),
        Invullen(
            "Hoeveel trainingen en bijeenkomsten de organisatie per maand kan houden.",
            "Sessies per maand die de organisatie aankan",
        ),
    ] = 8
    sessies_per_week: Annotated[
        Annotated[int, Field(ge=1, le=10_000)] | None,
        _v(
            "Hoeveel trainingen en bijeenkomsten de organisatie per week kan houden; "
            "weglaten: geen grens per week."
        ),
        Invullen("hoeveel trainingen per week (leeg = geen grens per week)"),
    ] = None


class Kosten(ProfielModel):
    """Tarief en budget, voor de kostenraming."""

    @field_validator("dagtarief_trainer", "budget", mode="before")
    @classmethod
    def _als_bedrag(cls, waarde: object) -> object:
        return _bedrag(waarde)

    dagtarief_trainer: Annotated[
        Annotated[float, Field(ge=0, le=100_000), _v("Euro per dag van een externe trainer.")]
        | None,
        Invullen(
            "euro per dag van een externe trainer",
            "Dagtarief externe trainer in euro (0 = onbekend)",
        ),
    ] = None
    budget: Annotated[
        Annotated[float, Field(ge=0, le=1_000_000_000), _v("Euro voor de hele looptijd.")] | None,
        Invullen(
            "euro voor de hele looptijd", "Budget voor de hele looptijd in euro (0 = onbekend)"
        ),
    ] = None
    e_learning_per_deelnemer: Annotated[
        Annotated[
            float,
            Field(ge=0, le=10_000),
            _v("Euro aan licentie per deelnemer per e-learning (R8.2); telt mee in de kosten."),
        ]
        | None,
        Invullen("euro licentie per deelnemer per e-learning (R8.2)"),
    ] = None
    uurtarief_interne_trainer: Annotated[
        Annotated[
            float,
            Field(ge=0, le=10_000),
            _v("Euro per uur van een interne trainer (R8.3); telt mee in de kosten."),
        ]
        | None,
        Invullen("euro per uur van een interne trainer (R8.3)"),
    ] = None
    uren_interne_trainer_per_dag: Annotated[
        Annotated[
            float,
            Field(gt=0, le=24),
            _v(
                "Uren van een interne trainer per trainingsdag, met voorbereiding; "
                "zonder dit veld geldt de aanname van de catalogus (8)."
            ),
        ]
        | None,
        Invullen(
            "uren per trainingsdag, met voorbereiding (standaard de aanname van de catalogus)"
        ),
    ] = None
    uurtarief_medewerker: Annotated[
        Annotated[
            float,
            Field(ge=0, le=10_000),
            _v(
                "Euro per uur van een deelnemende medewerker (loonkosten); de uren van "
                "medewerkers staan apart en tellen niet mee in het budget."
            ),
        ]
        | None,
        Invullen("euro per uur van een medewerker; uren van medewerkers, apart van het budget"),
    ] = None

    @field_validator(
        "e_learning_per_deelnemer",
        "uurtarief_interne_trainer",
        "uurtarief_medewerker",
        mode="before",
    )
    @classmethod
    def _ook_als_bedrag(cls, waarde: object) -> object:
        return _bedrag(waarde)


def _niet_elke_maand(waarde: list[Maand] | None) -> list[Maand] | None:
    if waarde is not None and len(set(waarde)) >= 12:
        raise ValueError("laat minstens één maand open voor sessies")
    return waarde


Tijd = Annotated[
    str,
    StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$"),
    _v("Een tijd als 09:00 (uren en minuten, 24 uur)."),
]


class Tijdvak(ProfielModel):
    """Begin en eind van een sessie op een dag."""

    van: Tijd
    tot: Tijd

    @model_validator(mode="after")
    def _van_voor_tot(self) -> Tijdvak:
        if self.van >= self.tot:
            raise ValueError(f"'van' ({self.van}) moet vóór 'tot' ({self.tot}) liggen")
        return self


class Tijden(ProfielModel):
    """Tijden van een sessie van een halve en van een hele dag."""

    halve_dag: Annotated[
        Tijdvak | None, _v("Standaard de aanname van de catalogus: 09:00 tot 12:30.")
    ] = None
    hele_dag: Annotated[
        Tijdvak | None, _v("Standaard de aanname van de catalogus: 09:00 tot 16:30.")
    ] = None


class Planning(ProfielModel):
    """De kalender van het programma: maanden zonder sessies en de werkdagen voor sessies."""

    @field_validator("geen_sessies_in", mode="after")
    @classmethod
    def _een_maand_open(cls, waarde: list[Maand] | None) -> list[Maand] | None:
        return _niet_elke_maand(waarde)

    geen_sessies_in: Annotated[
        list[Maand] | None,
        _v(
            "Maanden zonder groepssessies, werkoverleg of bestuursvergaderingen, bijvoorbeeld "
            "[juli, augustus]. Weglaten: de aanname van de catalogus (juli en augustus); "
            "een lege lijst []: elke maand."
        ),
        Invullen(
            "maanden zonder sessies, werkoverleg of bestuursvergaderingen (standaard juli en augustus)",
            "Maanden zonder sessies, met komma's (leeg = juli en augustus)",
        ),
    ] = None
    dagen: Annotated[
        list[Weekdag] | None,
        _v(
            "Werkdagen waarop sessies een voorgestelde datum krijgen, bijvoorbeeld "
            "[dinsdag, donderdag]. Weglaten: de aanname van de catalogus (dinsdag, woensdag "
            "en donderdag)."
        ),
        Invullen("werkdagen voor sessies (standaard dinsdag, woensdag en donderdag)"),
    ] = None

    tijden: Annotated[
        Tijden | None,
        _v(
            "Begin- en eindtijd van sessies: halve_dag en hele_dag, elk met van en tot "
            "(bijvoorbeeld {van: '13:00', tot: '16:30'}). Weglaten: 09:00–12:30 en 09:00–16:30."
        ),
    ] = None

    @field_validator("dagen", mode="after")
    @classmethod
    def _een_dag(cls, waarde: list[Weekdag] | None) -> list[Weekdag] | None:
        if waarde is not None and not waarde:
            raise ValueError("noem minstens één werkdag, of laat het veld weg")
        return waarde


class Voorkeuren(ProfielModel):
    """Leervormen die de gemeente wil inzetten (paragraaf 6 van de handreiking)."""

    e_learning: Annotated[
        bool,
        _v("Kennisonderdelen mogen via e-learning (R8.1). Standaard true."),
        Invullen(
            "Kennisonderdelen (beleid, protocol, toetsing) via e-learning (R8.1).",
            "Kennisonderdelen via e-learning (R8.1)?",
        ),
    ] = True
    train_de_trainer: Annotated[
        bool,
        _v(
            "Een interne trainer (bijvoorbeeld de coördinator A&G) geeft de geschikte onderdelen (R8.3). Standaard false."
        ),
        Invullen(
            "Een interne trainer, bijvoorbeeld de coördinator agressie en geweld, geeft de geschikte\n"
            "onderdelen (R8.3).",
            "Een interne trainer voor de geschikte onderdelen (R8.3)?",
        ),
    ] = False


_ANTWOORD = f" Antwoord: {of_lijst(get_args(Antwoord))}; weglaten = niet ingevuld."


class Randvoorwaarden(ProfielModel):
    """RV1–RV5: ja, deels, nee of onbekend; weggelaten betekent 'niet ingevuld'."""

    organisatienorm: Annotated[
        Antwoord | None,
        _v(
            "RV1: is de organisatie helder over wat acceptabel is, en dragen alle leidinggevenden dat uit?"
            + _ANTWOORD
        ),
    ] = None
    bestuurlijke_betrokkenheid: Annotated[
        Antwoord | None,
        _v(
            "RV2: staat het bestuur achter de norm en het protocol en draagt het beide actief uit?"
            + _ANTWOORD
        ),
    ] = None
    dienstverlening_en_handhaving: Annotated[
        Antwoord | None,
        _v(
            "RV3: zijn dienstverlening en handhaving op orde (visie, regie, processen, personeelsbeleid)?"
            + _ANTWOORD
        ),
    ] = None
    basiscompetenties: Annotated[
        Antwoord | None,
        _v(
            "RV4/R5.3: zijn de basiscompetenties (HR21) op peil? Geldt voor teams zonder eigen antwoord."
            + _ANTWOORD
        ),
    ] = None
    agressieprotocol: Annotated[
        Antwoord | None,
        _v("RV5: is er een agressieprotocol met de organisatienorm erin?" + _ANTWOORD),
    ] = None


class Toetspunten(ProfielModel):
    """R7.9: korte antwoorden uit de intake; ontbrekende worden gemeld."""

    spelregels: Annotated[
        str | None, _v("Welke spelregels hanteert de gemeente, en hoe bekend zijn ze?")
    ] = None
    kennis: Annotated[
        str | None, _v("Wat is de huidige kennis over agressie, beleid en protocol?")
    ] = None
    naleving: Annotated[str | None, _v("In hoeverre worden beleid en protocol nageleefd?")] = None
    doel: Annotated[str | None, _v("Wat moet het programma bereiken?")] = None
    doelgroepen: Annotated[
        str | None, _v("Welke doelgroepen, welke risico's, welk kennisniveau, welke behoeften?")
    ] = None


class Bestuur(ProfielModel):
    """Het bestuur: college en raad (stap 1, R3.5, R3.6)."""

    college: Annotated[
        Aantal,
        _v("Aantal leden van het college van B&W."),
        Invullen("leden van het college van B&W", "Leden van het college"),
    ] = 0
    raadsleden: Annotated[Aantal, _v("Aantal raadsleden."), Invullen(vraag="Raadsleden")] = 0
    betrokken_bij_incident: Annotated[
        bool,
        _v(
            "Was het bestuur zelf betrokken bij een incident? Dan tweemaal per jaar incidentevaluatie (R3.6)."
        ),
        Invullen(vraag="Was het bestuur betrokken bij een incident (R3.6)?"),
    ] = False


class Organisatie(ProfielModel):
    """Groepen buiten de teams (D2)."""

    mt: Annotated[
        Aantal,
        _v("Aantal leden van het MT / hoger management."),
        Invullen("hoger management", "Leden van het MT"),
    ] = 0
    bot: Annotated[
        Aantal,
        _v("Aantal leden van het bedrijfsopvangteam (BOT), R6.2."),
        Invullen("bedrijfsopvangteam (R6.2)", "Leden van het bedrijfsopvangteam (BOT)"),
    ] = 0
    staf: Annotated[
        Aantal,
        _v("Aantal stafmedewerkers: P&O, arbo, coördinator A&G, preventie (R7.7)."),
        Invullen(
            "P&O, arbo, coördinator A&G, preventie (R7.7)",
            "Stafmedewerkers (P&O, arbo, coördinator A&G)",
        ),
    ] = 0
    nieuwe_medewerkers_per_jaar: Annotated[
        Aantal,
        _v("Hoeveel nieuwe medewerkers per jaar een introductie veilig werken krijgen (R7.8)."),
        Invullen("krijgen een introductie veilig werken (R7.8)", "Nieuwe medewerkers per jaar"),
    ] = 0


class Leerdoelwijzerherkomst(ProfielModel):
    """Waar de leerdoelen van een team vandaan komen: de vragenlijst van stap 2 (R2.2)."""

    respondenten: Annotated[int, Field(ge=0, le=1_000_000), _v("Aantal ingevulde vragenlijsten.")]
    datum: Annotated[str, Field(max_length=10), _v("Datum van de import, JJJJ-MM-DD.")]
    drempel: Annotated[
        float,
        Field(gt=0, le=1),
        _v("Deel van de respondenten vanaf waar een element teamleerdoel werd."),
    ]


class Team(ProfielModel):
    """Een team of afdeling."""

    naam: Annotated[
        Naam,
        _v("Naam van het team; uniek binnen het profiel."),
        Invullen(vraag="Naam van team {nummer}{leeg_is_klaar}"),
    ]
    functiegroep: Annotated[
        str,
        _v(
            "Een van de vijf functiegroepen (D1): werkplein, sociaal-domein, buitendienst, publieksdiensten, toezicht-en-handhaving."
        ),
        Invullen(vraag="Functiegroep"),
    ]
    medewerkers: Annotated[
        int,
        Field(ge=1, le=1_000_000),
        _v("Aantal medewerkers zonder de leidinggevenden."),
        Invullen("zonder de leidinggevenden", "Medewerkers (zonder leidinggevenden)"),
    ]
    leidinggevenden: Annotated[
        Aantal,
        _v("Aantal leidinggevenden van het team (standaard 1)."),
        Invullen(vraag="Leidinggevenden"),
    ] = 1
    risico: Annotated[
        Risico,
        _v(f"Risico van de functie: {of_lijst(get_args(Risico))} (standaard midden)."),
        Invullen("{keuzes}", "Risico"),
    ] = "midden"
    opleidingen: Annotated[
        list[str],
        _v("Opleidingen van het team uit tabel 5 (R6.5), bijvoorbeeld boa."),
        Invullen(vraag="Opleidingen, met komma's ({opleidingen}; leeg = geen)"),
    ] = []
    leerdoelen: Annotated[
        list[str], _v("Leerdoelen van het team: element-codes uit de catalogus (R2.2, R3.1).")
    ] = []
    teamnorm: Annotated[
        bool,
        _v("Heeft het team al een teamnorm of teamprotocol? Dan een kortere training (R7.5)."),
        Invullen("is er al een teamnorm of teamprotocol? (R7.5)", "Is er al een teamnorm (R7.5)?"),
    ] = False
    basiscompetenties: Annotated[
        Antwoord | None,
        _v("R5.3: basiscompetenties van dit team; overschrijft de organisatiestandaard."),
        Invullen("overschrijft de organisatiestandaard (R5.3)"),
    ] = None
    huisbezoeken: Annotated[
        bool,
        _v("Legt het team huisbezoeken af? Dan hoort 'Handelen bij huisbezoeken' erbij (R6.3)."),
        Invullen("legt het team huisbezoeken af? (R6.3)", "Legt het team huisbezoeken af (R6.3)?"),
    ] = False
    leerdoelwijzer: Annotated[
        Leerdoelwijzerherkomst | None,
        _v(
            "Ingevuld door `plan leerdoelwijzer import`: de leerdoelen komen uit de vragenlijst (R2.2)."
        ),
    ] = None


# De standaardwaarden van de blokken hieronder (`Capaciteit.model_construct()` en zo) zijn
# dezelfde objecten als `Capaciteit()`: zonder velden valideert pydantic niets. Maar
# `Capaciteit()` zou bij het importeren de validator van elk blok bouwen (~30 ms per proces),
# ook als het profiel uit de cache komt en nooit gevalideerd wordt (herplannen, bench/README.md).
# (Geen docstring: die wordt de beschrijving in het JSON-schema.)
class Profiel(ProfielModel):
    """Gemeenteprofiel, versie 1: de invoer van `plan generate`."""

    versie: Annotated[Literal[1], _v("Versie van het profielformaat; altijd 1.")]
    gemeente: Annotated[Naam, _v("Naam van de gemeente."), Invullen(vraag="Naam van de gemeente")]
    startdatum: Annotated[
        dt.date,
        _v("Eerste dag van het programma, JJJJ-MM-DD (bijvoorbeeld 2027-02-01)."),
        Invullen("Eerste dag van het programma, als JJJJ-MM-DD.", "Startdatum (JJJJ-MM-DD)"),
    ]
    looptijd_jaren: Annotated[
        int,
        Field(ge=1, le=5),
        _v("Looptijd van de meerjarige cyclus in jaren, 1–5 (standaard 3, R4.1)."),
        Invullen(
            "Looptijd van de meerjarige trainingscyclus, {min} tot {max} jaar (R4.1).",
            "Looptijd in jaren",
        ),
    ] = 3
    groepsgrootte: Annotated[
        int,
        Field(ge=1, le=100),
        _v("Hoogstens zoveel deelnemers per vaardigheidstraining (standaard 12)."),
        Invullen(
            "Hoogstens zoveel deelnemers per vaardigheidstraining.",
            "Deelnemers per training hoogstens",
        ),
    ] = 12
    capaciteit: Capaciteit = Capaciteit.model_construct()
    planning: Planning = Planning.model_construct()
    kosten: Kosten | None = None
    voorkeuren: Voorkeuren = Voorkeuren.model_construct()
    randvoorwaarden: Annotated[
        Randvoorwaarden,
        Invullen(
            "Randvoorwaarden (paragraaf 5 van de handreiking). Antwoord: {keuzes}.\n"
            "Laat een regel weg als u het niet weet: dan meldt `plan check-randvoorwaarden` hem."
        ),
    ] = Randvoorwaarden.model_construct()
    toetspunten: Annotated[
        Toetspunten,
        Invullen(
            "Toetspunten (R7.9): korte antwoorden uit de intake (gesprekken of een korte enquête)."
        ),
    ] = Toetspunten.model_construct()
    bestuur: Bestuur = Bestuur.model_construct()
    organisatie: Organisatie = Organisatie.model_construct()
    teams: Annotated[
        list[Team],
        Field(min_length=1, max_length=MAX_TEAMS),
        _v("De teams; minstens één."),
        Invullen(
            "De teams. functiegroep: {functiegroepen} (`plan catalogus functiegroepen`).\n"
            "opleidingen: codes uit tabel 5 (`plan catalogus opleidingen`), bijvoorbeeld boa.\n"
            "leerdoelen: element-codes (`plan catalogus elementen --functiegroep …`)."
        ),
    ]

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
        if isinstance(waarde, str):
            datum = dt.date.fromisoformat(waarde)
            if not EERSTE_STARTDATUM <= datum <= LAATSTE_STARTDATUM:
                raise ValueError(
                    f"'{waarde}' ligt buiten {EERSTE_STARTDATUM.year}–{LAATSTE_STARTDATUM.year}; "
                    "controleer het jaartal"
                )
            return datum
        return waarde

    @field_validator("versie", mode="before")
    @classmethod
    def _versie_is_geheel_getal(cls, waarde: object) -> object:
        """`versie: true` of `versie: 1.0` is niet 1: alleen het gehele getal telt."""
        if type(waarde) is not int:
            raise ValueError(
                f"{waarde!r} is geen versienummer; schrijf 1".replace("True", "true").replace(
                    "False", "false"
                )
            )
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
    """Vorm en kruiscontroles samen: ook bij een vormfout worden de codes gecontroleerd."""
    problemen = list(kruiscontroles(document, catalogus))
    try:
        profiel = valideer(Profiel, document)
    except InvoerFout as fout:
        raise InvoerFout([*fout.problemen, *problemen]) from None
    problemen.extend(
        omvang(
            document,
            [t.medewerkers for t in profiel.teams],
            profiel.groepsgrootte,
            profiel.capaciteit.sessies_per_maand,
        )
    )
    if problemen:
        raise InvoerFout(problemen)
    return profiel
