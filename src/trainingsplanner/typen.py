"""Herbruikbare gevalideerde typen (Annotated) en het basismodel: bevroren, geen extra velden."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]
"""Een code in kleine letters met streepjes (kebab-case), zoals `toezicht-en-handhaving`."""

REGELCODE = r"(?:D\d+|R\d+\.\d+|RV\d+)"
"""Het patroon van een regelcode uit REGELS.md (D1, R3.2, RV4); elk ander regelpatroon bouwt hierop."""

RegelId = Annotated[str, StringConstraints(pattern=rf"^{REGELCODE}$")]
"""Een regelcode uit REGELS.md: D1, R3.2, RV4."""

Tekst = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

Bronnen = Annotated[list[RegelId], Field(min_length=1)]
"""Elke vermelding noemt minstens één regel waar hij vandaan komt."""

Leervorm = Literal[
    "bijeenkomst", "training", "e-learning", "blended", "train-de-trainer", "werkoverleg", "gesprek"
]
Trainer = Literal["extern", "intern", "geen"]
"""Wie een onderdeel geeft: een extern bureau (kost trainersdagen), eigen mensen, of niemand."""
Risico = Literal["hoog", "midden", "laag"]
Antwoord = Literal["ja", "deels", "nee", "onbekend"]
Status = Literal[
    "voldaan", "deels", "niet-voldaan", "onbekend", "niet-ingevuld", "beantwoord", "ja", "nee"
]
"""De status van een bevinding. Een randvoorwaarde (RV1–RV5) is voldaan, deels, niet voldaan,
onbekend of niet ingevuld; een toetspunt (R7.9) is beantwoord of niet ingevuld; een feit uit het
profiel (bestuur betrokken bij een incident, R3.6; een bedrijfsopvangteam, R6.2) is ja of nee."""
RV_STATUSSEN: tuple[Status, ...] = ("voldaan", "deels", "niet-voldaan", "onbekend", "niet-ingevuld")
"""De statussen van een randvoorwaarde: het antwoord ja/deels/nee/onbekend, of weggelaten."""
Ernst = Literal["blokkerend", "waarschuwing", "info"]
ElementenUit = Literal["vast", "leidinggevenden-lijst", "functiegroep-lijst"]
"""Waar de elementen van een sessie vandaan komen: de sessie zelf, de lijst voor
leidinggevenden (R6.6) of de keuze per team uit de lijst van de functiegroep (R7.4)."""

Maand = Literal[
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip
"""Een kalendermaand, zoals een Nederlander hem schrijft (planning.geen_sessies_in)."""

Weekdag = Literal["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
"""Een werkdag waarop sessies mogen vallen (planning.dagen)."""

Aanname = Literal["duur", "groepsgrootte", "interval", "doorlooptijd"]
"""Een getal dat de handreiking niet geeft en de planner aanneemt (D6, l.979): de duur, de
groepsgrootte van een bijeenkomst, het interval van een terugkerend onderdeel of de
doorlooptijd van een stap in de herstelketen (RV1, RV2, RV5)."""

AANNAME_REDEN = "D6: aanname planner"
"""Het begin van een reden in `waarom` die een aanname noemt: "D6: aanname planner (duur): …";
tussen haakjes staat wat er wordt aangenomen (een `Aanname`), zodat een weergave het erbij zet."""

STAP_BORGEN = 4
"""Stap 4, borgen en evalueren (D5): de stap van de terugkerende activiteiten."""

Maat = Literal["aandeel", "aantal", "cijfer", "meldingen"]
"""Wat een indicator meet (R4.1): het deel van de geplande deelnemers dat er was, hoe vaak
onderdelen gegeven zijn, het gemiddelde evaluatiecijfer, of het aantal GIR-meldingen."""

Meetniveau = Literal["organisatie", "team"]
"""Een indicator meet voor de hele organisatie (één meting) of per team."""

Meetperiode = Literal["looptijd", "jaar", "kwartaal"]
"""Hoe vaak een indicator gemeten wordt: aan het eind van de looptijd, elk jaar of elk kwartaal."""


class Model(BaseModel):
    """Basis van elk model: bevroren en streng (onbekende velden zijn een fout)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Duur(Model):
    """Een tijdsduur in dagen als bandbreedte (D6): nooit één exact getal."""

    min: Annotated[float, Field(ge=0, le=30)]
    max: Annotated[float, Field(ge=0, le=30)]

    @model_validator(mode="after")
    def _min_niet_boven_max(self) -> Duur:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) mag niet groter zijn dan max ({self.max})")
        return self
