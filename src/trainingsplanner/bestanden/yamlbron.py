"""Strikte YAML-lezer voor catalogi en profielen: met `yamlparser.py` de enige module die YAML
kent. Hier staat wat de rest van plan ervan gebruikt: lezen, de controles op de bytes en het
document met de plek van elke waarde (`yamldocument.py`). Het ontleden zelf staat in
`yamlparser.py`, dat PyYAML pas laadt als er echt YAML te lezen is: herplannen en de stand
nemen profiel en catalogus meestal uit de cache (bestanden/cache.py).

Gewoon `yaml.safe_load` is te soepel voor bestanden die mensen met de hand bewerken: het
houdt stilletjes de laatste van twee gelijke sleutels, leest `12:30` als 750, `NO` als False
en `012345` als octaal getal. Deze lezer bewaart daarom de knopenboom met posities en
herkent alleen true/false, null en decimale getallen; al het andere (ook datums) gaat als
tekst naar pydantic en wordt daar gecontroleerd, met een plek. Ankers en aliassen worden
meteen geweigerd, zodat een "billion laughs"-bestand in begrensd geheugen faalt.
"""

from __future__ import annotations

from pathlib import Path

from trainingsplanner.bestanden.lezen import lees_bytes
from trainingsplanner.bestanden.yamldocument import Pad as Pad
from trainingsplanner.bestanden.yamldocument import Plek as Plek
from trainingsplanner.bestanden.yamldocument import YamlDocument as YamlDocument
from trainingsplanner.bestanden.yamldocument import veldnaam as veldnaam
from trainingsplanner.fouten import InvoerFout, Probleem

MAX_BYTES = 4 * 1024 * 1024
"""Grootste bestand dat gelezen wordt; een profiel van duizenden teams blijft ruim kleiner."""


def lees_yaml(pad: Path, bestandsnaam: str | None = None) -> YamlDocument:
    """Lees een YAML-bestand strikt; alle problemen samen in één InvoerFout."""
    naam = bestandsnaam or str(pad)
    ruw = lees_bytes(pad, naam, MAX_BYTES)
    return parse_yaml_bytes(ruw, naam)


def parse_yaml_bytes(ruw: bytes, bestand: str) -> YamlDocument:
    if len(ruw) > MAX_BYTES:
        grens = MAX_BYTES // (1024 * 1024)
        raise InvoerFout([Probleem(bestand, 1, 1, "", f"bestand is groter dan {grens} MB")])
    if b"\x00" in ruw:
        regel = ruw[: ruw.index(b"\x00")].count(b"\n") + 1
        bericht = "dit is geen tekstbestand (binaire inhoud); kies een YAML-bestand"
        raise InvoerFout([Probleem(bestand, regel, 1, "", bericht)])
    try:
        tekst = ruw.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        voor = ruw[: fout.start]
        regel = voor.count(b"\n") + 1
        kolom = len(voor) - (voor.rfind(b"\n") + 1) + 1
        bericht = (
            f"tekst is geen UTF-8 (byte 0x{ruw[fout.start]:02x}); "
            "sla het bestand op als UTF-8 (Kladblok: Opslaan als → Codering UTF-8)"
        )
        raise InvoerFout([Probleem(bestand, regel, kolom, "", bericht)]) from None
    return parse_yaml(tekst, bestand)


def parse_yaml(tekst: str, bestand: str) -> YamlDocument:
    """Tekst → YamlDocument; weigert syntaxfouten, ankers, gelijke sleutels en vreemde tags."""
    from trainingsplanner.bestanden.yamlparser import parse

    return parse(tekst, bestand)
