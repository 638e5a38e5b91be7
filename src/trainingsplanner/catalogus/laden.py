"""Leest de catalogusbestanden en voegt ze samen tot één `Catalogus`.

Alle problemen van alle bestanden worden verzameld en samen gemeld; pas als de vorm klopt
volgen de kruiscontroles (controles.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from trainingsplanner.bestanden import cache
from trainingsplanner.bestanden.bronnen import datamap, toon_pad
from trainingsplanner.bestanden.modelfouten import valideer
from trainingsplanner.bestanden.yamlbron import YamlDocument, lees_yaml
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.controles import controleer
from trainingsplanner.catalogus.indicatoren import IndicatorenBestand
from trainingsplanner.catalogus.modellen import (
    ElementenBestand,
    FunctiegroepenBestand,
    LeerdoelwijzerBestand,
    RegelsBestand,
    StappenplanBestand,
)
from trainingsplanner.fouten import InvoerFout, Probleem

BESTANDEN = {
    "functiegroepen": "functiegroepen.yaml",
    "elementen": "trainingselementen.yaml",
    "stappenplan": "stappenplan.yaml",
    "regels": "regels.yaml",
    "leerdoelwijzer": "leerdoelwijzer.yaml",
    "indicatoren": "indicatoren.yaml",
}

M = TypeVar("M", bound=BaseModel)


def laad_catalogus(map: Path | None = None) -> Catalogus:
    """Lees en controleer een catalogusmap (standaard de meegeleverde).

    Binnen één proces wordt een ongewijzigde map maar één keer gelezen (bijvoorbeeld bij
    een map met honderden profielen, of in de tests).
    """
    map = map if map is not None else datamap()
    sleutel = _versie_van(map)
    if sleutel is not None and sleutel in _GELADEN:
        return _GELADEN[sleutel]
    catalogus = _uit_cache_of_laad(map)
    if sleutel is not None:
        _GELADEN[sleutel] = catalogus
    return catalogus


def _uit_cache_of_laad(map: Path) -> Catalogus:
    """Een eerder gecontroleerde catalogus met precies deze bestanden en deze code, of opnieuw.

    Alleen een catalogus zonder problemen wordt bewaard; een kapotte wordt altijd opnieuw
    gelezen, zodat de meldingen met hun plek elke keer komen.
    """
    sleutel = _cachesleutel(map)
    if sleutel is not None:
        bewaard = cache.lees("catalogus", sleutel)
        if isinstance(bewaard, Catalogus):
            _SLEUTELS[id(bewaard)] = (bewaard, sleutel)
            return bewaard
    catalogus = _laad(map)
    if sleutel is not None:
        cache.bewaar("catalogus", sleutel, catalogus)
        _SLEUTELS[id(catalogus)] = (catalogus, sleutel)
    return catalogus


def cachesleutel(catalogus: Catalogus) -> str | None:
    """De inhoud van de bestanden waaruit deze catalogus gelezen is, en de code (zoals de
    cache hem kent); None voor een catalogus die niet uit een map komt of zonder cache."""
    bekend = _SLEUTELS.get(id(catalogus))
    return bekend[1] if bekend is not None and bekend[0] is catalogus else None


def _cachesleutel(map: Path) -> str | None:
    hasher = hashlib.sha256(cache.codestempel().encode())
    try:
        for bestandsnaam in BESTANDEN.values():
            hasher.update((map / bestandsnaam).read_bytes())
    except OSError:  # de gewone lezer meldt het probleem met de plek
        return None
    return hasher.hexdigest()[:32]


_GELADEN: dict[tuple[object, ...], Catalogus] = {}
_SLEUTELS: dict[int, tuple[Catalogus, str]] = {}
"""id → (catalogus, cachesleutel): de catalogus zelf houdt de id geldig."""


def _versie_van(map: Path) -> tuple[object, ...] | None:
    try:
        return (str(map.resolve()), *((map / n).stat().st_mtime_ns for n in BESTANDEN.values()))
    except (OSError, RuntimeError):
        return None


def _laad(map: Path) -> Catalogus:
    problemen: list[Probleem] = []
    if not map.is_dir():
        naam = toon_pad(map)
        raise InvoerFout([Probleem(naam, 1, 1, "", "catalogusmap niet gevonden")])
    documenten: dict[str, YamlDocument] = {}
    modellen: dict[str, BaseModel] = {}
    soorten: dict[str, type[BaseModel]] = {
        "functiegroepen": FunctiegroepenBestand,
        "elementen": ElementenBestand,
        "stappenplan": StappenplanBestand,
        "regels": RegelsBestand,
        "leerdoelwijzer": LeerdoelwijzerBestand,
        "indicatoren": IndicatorenBestand,
    }
    for sleutel, bestandsnaam in BESTANDEN.items():
        pad = map / bestandsnaam
        try:
            document = lees_yaml(pad, toon_pad(pad))
            documenten[sleutel] = document
            modellen[sleutel] = valideer(soorten[sleutel], document)
        except InvoerFout as fout:
            problemen.extend(fout.problemen)
    if problemen:
        raise InvoerFout(problemen)
    catalogus = Catalogus(
        groepen=_als(modellen["functiegroepen"], FunctiegroepenBestand),
        elementenbestand=_als(modellen["elementen"], ElementenBestand),
        stappenplan=_als(modellen["stappenplan"], StappenplanBestand),
        regelbestand=_als(modellen["regels"], RegelsBestand),
        leerdoelwijzer=_als(modellen["leerdoelwijzer"], LeerdoelwijzerBestand),
        indicatorenbestand=_als(modellen["indicatoren"], IndicatorenBestand),
        documenten=documenten,
        vingerafdruk=_vingerafdruk(map),
    )
    problemen = controleer(catalogus)
    if problemen:
        raise InvoerFout(problemen)
    return catalogus


def _vingerafdruk(map: Path) -> str:
    hasher = hashlib.sha256()
    for bestandsnaam in BESTANDEN.values():
        hasher.update((map / bestandsnaam).read_bytes())
    return f"versie 1 ({hasher.hexdigest()[:10]})"


def _als(waarde: BaseModel, soort: type[M]) -> M:
    assert isinstance(waarde, soort)
    return waarde
