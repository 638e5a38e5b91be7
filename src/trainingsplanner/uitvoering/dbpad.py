"""Waar de uitvoeringsdatabase van een profiel staat, zonder SQLite te laden (`plan generate`
kijkt of er een is: cli/generate.py)."""

from __future__ import annotations

from pathlib import Path


def standaard_pad(profiel: Path) -> Path:
    """`x.yaml` → `x.uitvoering.sqlite` naast het profiel."""
    naam = profiel.name
    for achtervoegsel in (".yaml", ".yml"):
        naam = naam.removesuffix(achtervoegsel)
    return profiel.with_name(f"{naam}.uitvoering.sqlite")


def database(profiel: Path, db: Path | None) -> Path:
    """De database van `--db`, of `NAAM.uitvoering.sqlite` naast het profiel."""
    return db if db is not None else standaard_pad(profiel)
