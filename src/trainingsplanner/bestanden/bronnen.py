"""Vindt de meegeleverde gegevens en sjablonen, vanuit elke werkmap.

In de wheel staan `data/` en `templates/` als pakketdata (importlib.resources). In een
ontwikkelinstallatie (`pip install -e .`) bestaan die niet in het pakket en wordt de
bovenste map van de repository gebruikt: die is de enige bron, er is geen tweede kopie.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _map(naam: str) -> Path:
    in_pakket = Path(str(resources.files("trainingsplanner"))) / naam
    if in_pakket.is_dir():
        return in_pakket
    return Path(__file__).resolve().parents[3] / naam


def datamap() -> Path:
    """De map met de meegeleverde catalogus (functiegroepen, elementen, stappenplan, regels)."""
    return _map("data")


def sjabloonmap() -> Path:
    """De map met de Jinja-sjablonen."""
    return _map("templates")


def schemamap() -> Path:
    """De map met de JSON Schema's van profiel en programma."""
    return _map("schemas")


def toon_pad(pad: Path) -> str:
    """Een pad zoals een gebruiker het wil lezen: relatief aan de werkmap als dat kan."""
    try:
        return str(pad.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, RuntimeError, OSError):  # buiten de werkmap, of een symlink-lus
        return str(pad)
