"""Een gelezen YAML-document met de plek van elke waarde en sleutel (`yamlbron.py` leest het,
`yamlparser.py` bouwt het op); zonder PyYAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from trainingsplanner.fouten import Probleem

Pad = tuple[str | int, ...]


@dataclass(frozen=True)
class Plek:
    regel: int
    kolom: int


@dataclass
class YamlDocument:
    """De gelezen gegevens plus waar elke waarde en elke sleutel in het bestand staat."""

    bestand: str
    data: Any
    waarden: dict[Pad, Plek] = field(default_factory=dict)
    sleutels: dict[Pad, Plek] = field(default_factory=dict)
    kommagetallen: dict[Pad, str] = field(default_factory=dict)
    """De tekst zoals geschreven van elk getal met een punt (`1.500`): Nederlanders schrijven
    daar duizendtallen mee, YAML leest 1,5. Wie een bedrag of aantal verwacht, kijkt hier."""

    def plek(self, pad: Pad, *, sleutel: bool = False) -> Plek:
        """De plek van `pad`, of van het dichtstbijzijnde bestaande bovenliggende deel."""
        if sleutel and pad in self.sleutels:
            return self.sleutels[pad]
        for lengte in range(len(pad), -1, -1):
            deel = pad[:lengte]
            if deel in self.waarden:
                return self.waarden[deel]
        return Plek(1, 1)

    def probleem(self, pad: Pad, bericht: str, *, sleutel: bool = False) -> Probleem:
        plek = self.plek(pad, sleutel=sleutel)
        return Probleem(self.bestand, plek.regel, plek.kolom, veldnaam(pad), bericht)


def veldnaam(pad: Pad) -> str:
    """`('teams', 2, 'naam')` → `teams[2].naam`: zo noemt een melding het veld."""
    tekst = ""
    for deel in pad:
        if isinstance(deel, int):
            tekst += f"[{deel}]"
        else:
            tekst += f".{deel}" if tekst else str(deel)
    return tekst
