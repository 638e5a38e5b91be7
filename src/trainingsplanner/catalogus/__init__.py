"""De handreiking als gegevens: de modellen per bestand en de samengevoegde `Catalogus`.

`laden.py` leest de bestanden, `controles.py` kruiscontroleert ze, `overzicht.py` toont ze.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from trainingsplanner.bestanden.yamlbron import YamlDocument
from trainingsplanner.catalogus.indicatoren import IndicatorenBestand
from trainingsplanner.catalogus.modellen import (
    Doelgroep,
    Element,
    ElementenBestand,
    Functiegroep,
    FunctiegroepenBestand,
    LeerdoelwijzerBestand,
    Opleiding,
    Regel,
    RegelsBestand,
    Sessie,
    StappenplanBestand,
    Terugkerend,
    Vaardighedenlijst,
)


@dataclass(frozen=True)
class Catalogus:
    """De hele handreiking als gegevens, met opzoektabellen op id."""

    groepen: FunctiegroepenBestand
    elementenbestand: ElementenBestand
    stappenplan: StappenplanBestand
    regelbestand: RegelsBestand
    leerdoelwijzer: LeerdoelwijzerBestand
    indicatorenbestand: IndicatorenBestand
    """Wat er per stap gemeten wordt (R4.1), in `data/indicatoren.yaml`."""
    documenten: dict[str, YamlDocument] = field(default_factory=dict, compare=False)
    vingerafdruk: str = "onbekend"
    """Versie en korte hash van de catalogusbestanden, zodat een programma zijn bron noemt."""

    @cached_property
    def functiegroepen(self) -> dict[str, Functiegroep]:
        return {f.id: f for f in self.groepen.functiegroepen}

    @cached_property
    def doelgroepen(self) -> dict[str, Doelgroep]:
        return {d.id: d for d in self.groepen.doelgroepen}

    @cached_property
    def elementen(self) -> dict[str, Element]:
        return {e.id: e for e in self.elementenbestand.elementen}

    @cached_property
    def opleidingen(self) -> dict[str, Opleiding]:
        return {o.id: o for o in self.elementenbestand.opleidingen}

    @cached_property
    def regels(self) -> dict[str, Regel]:
        return {r.id: r for r in self.regelbestand.regels}

    @cached_property
    def sessies(self) -> dict[str, Sessie]:
        return {s.id: s for s in self.stappenplan.sessies}

    @cached_property
    def activiteiten(self) -> dict[str, Terugkerend]:
        """De terugkerende activiteiten van stap 4 (R4.1) op id."""
        return {t.id: t for t in self.stappenplan.terugkerend}

    @cached_property
    def eigenaren(self) -> dict[str, str]:
        """Wie een onderdeel kan trekken, met de naam voor mensen: de doelgroepen en de rollen
        uit `eigenaren` (de coördinator, P&O)."""
        return {
            **{d.id: d.naam for d in self.groepen.doelgroepen},
            **{e.id: e.naam for e in self.stappenplan.eigenaren},
        }

    def stap_met_regel(self, regel: str) -> int | None:
        """Het nummer van de eerste stap die deze regel in zijn `bron` noemt (stappenplan.yaml)."""
        return next((s.nummer for s in self.stappenplan.stappen if regel in s.bron), None)

    def vaardighedenlijst(self, functiegroep: str) -> Vaardighedenlijst | None:
        """De lijst van het voorbeeldprogramma (R7.4) voor deze functiegroep."""
        for lijst in self.elementenbestand.vaardigheden_per_functiegroep:
            if functiegroep in lijst.functiegroepen:
                return lijst
        return None

    def leidinggevenden_elementen(self) -> list[str]:
        """De elementen van de lijst voor leidinggevenden (R6.6), in gedrukte volgorde."""
        gezien: dict[str, None] = {}
        for punt in self.elementenbestand.leidinggevenden:
            gezien.setdefault(punt.element, None)
        return list(gezien)
