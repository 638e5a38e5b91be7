"""Het model van `data/indicatoren.yaml` (R4.1: monitoren of de doelen worden bereikt) en de
kruiscontrole ervan: unieke ids, elk onderdeel bestaat en het toetspunt van het doel ook.

Apart van `modellen.py` en `controles.py` om die klein te houden; `controles.py` neemt
`indicatoren_kloppen` op in zijn tabel.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from trainingsplanner.suggestie import bedoelde_u
from trainingsplanner.typen import (
    Bronnen,
    Id,
    Maat,
    Meetniveau,
    Meetperiode,
    Model,
    Tekst,
)

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus
    from trainingsplanner.fouten import Probleem

_STREEF: dict[Maat, tuple[float, float] | None] = {
    "aandeel": (0, 1),
    "cijfer": (1, 10),
    "aantal": None,
    "meldingen": None,
}
"""Per maat het bereik van de streefwaarde uit de catalogus; None: de planner vult hem
(aantal: wat het programma plant) of er is er geen (meldingen: de trend telt)."""


class Indicator(Model):
    """Eén indicator: wat er gemeten wordt, voor wie, met welke onderdelen en streefwaarde."""

    id: Id
    stap: Annotated[int, Field(ge=1, le=4)]
    naam: Tekst
    maat: Maat
    per: Meetniveau
    onderdelen: list[Id] = []
    """Sessies en activiteiten uit stappenplan.yaml die meetellen (leeg bij meldingen)."""
    streef: Annotated[float, Field(ge=0, le=10)] | None = None
    periode: Meetperiode
    hoe: Tekst
    """Hoe en waar de coördinator het meet, in gewone woorden."""
    aanname: bool = False
    """De streefwaarde is een aanname van de planner (D6), niet uit de handreiking."""
    bron: Bronnen

    @model_validator(mode="after")
    def _past_bij_maat(self) -> Indicator:
        grenzen = _STREEF[self.maat]
        if grenzen is None and self.streef is not None:
            raise ValueError(f"bij maat '{self.maat}' hoort geen streef")
        if grenzen is not None and self.streef is None:
            raise ValueError(f"bij maat '{self.maat}' hoort een streef")
        if grenzen is not None and self.streef is not None:
            laag, hoog = grenzen
            if not laag <= self.streef <= hoog:
                raise ValueError(f"streef bij maat '{self.maat}' ligt tussen {laag:g} en {hoog:g}")
        if (self.maat == "meldingen") == bool(self.onderdelen):
            raise ValueError(
                "bij maat 'meldingen' horen geen onderdelen; bij elke andere minstens één"
            )
        return self


class IndicatorenBestand(Model):
    versie: Literal[1]
    doel_toetspunt: Id
    """Het toetspunt (R7.9) waarvan het antwoord het doel is waartegen gemeten wordt."""
    bron: Bronnen
    indicatoren: Annotated[list[Indicator], Field(min_length=1)]


def indicatoren_kloppen(cat: Catalogus) -> Iterator[Probleem]:
    """Unieke ids; elk onderdeel een sessie of activiteit; het toetspunt van het doel bestaat."""
    bestand = cat.indicatorenbestand
    document = cat.documenten["indicatoren"]
    eerst: dict[str, int] = {}
    for i, indicator in enumerate(bestand.indicatoren):
        if indicator.id in eerst:
            regel = document.plek(("indicatoren", eerst[indicator.id], "id")).regel
            bericht = f"code '{indicator.id}' komt twee keer voor (ook op regel {regel})"
            yield document.probleem(("indicatoren", i, "id"), bericht)
        eerst.setdefault(indicator.id, i)
    toetspunten = {t.id for t in cat.stappenplan.toetspunten}
    if bestand.doel_toetspunt not in toetspunten:
        bericht = _onbekend("toetspunt", bestand.doel_toetspunt, toetspunten)
        yield document.probleem(("doel_toetspunt",), bericht)
    bekend = set(cat.sessies) | set(cat.activiteiten)
    for i, indicator in enumerate(bestand.indicatoren):
        for j, code in enumerate(indicator.onderdelen):
            if code not in bekend:
                bericht = _onbekend("sessie of activiteit", code, bekend)
                yield document.probleem(("indicatoren", i, "onderdelen", j), bericht)


def _onbekend(soort: str, waarde: str, bekend: set[str]) -> str:
    return f"onbekende {soort} '{waarde}'.{bedoelde_u(waarde, bekend)}".rstrip(".")
