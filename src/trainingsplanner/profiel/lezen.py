"""Een profiel lezen zoals een opdracht het nodig heeft: het model plus de waarschuwingen.

Waarschuwingen zijn waarden die kunnen kloppen maar waarschijnlijk niet (een startdatum in het
verleden, een dagtarief van € 15): ze krijgen een plek en een vraag, maar houden niets tegen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.yamlbron import YamlDocument, lees_yaml
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import Probleem
from trainingsplanner.profiel.model import Profiel, profiel_uit_document

LAAGSTE_DAGTARIEF = 100
HOOGSTE_DAGTARIEF = 5000
"""Buiten deze euro's per dag is een dagtarief waarschijnlijk verkeerd getypt (aanname planner)."""


@dataclass(frozen=True)
class GelezenProfiel:
    profiel: Profiel
    waarschuwingen: list[Probleem]
    """Waarden die waarschijnlijk niet kloppen (met plek); de opdracht meldt ze en gaat door."""


def lees_profiel(pad: Path, catalogus: Catalogus, vandaag: dt.date) -> GelezenProfiel:
    """Als `laad_profiel`, met de waarschuwingen erbij (startdatum voorbij, vreemd dagtarief)."""
    document = lees_yaml(pad, toon_pad(pad))
    profiel = profiel_uit_document(document, catalogus)
    return GelezenProfiel(profiel, waarschuwingen(document, profiel, vandaag))


def waarschuwingen(doc: YamlDocument, profiel: Profiel, vandaag: dt.date) -> list[Probleem]:
    """Waarden die kunnen kloppen maar waarschijnlijk niet: een melding met plek, geen fout.

    Een startdatum in het verleden, een dagtarief onder € 100 of boven € 5.000, een budget
    kleiner dan één trainersdag (issue 12, punt 3).
    """
    uit: list[Probleem] = []

    def let_op(pad: tuple[str, ...], bericht: str) -> None:
        probleem = doc.probleem(pad, f"let op: {bericht}")
        uit.append(
            Probleem(
                probleem.bestand,
                probleem.regel,
                probleem.kolom,
                probleem.veld,
                probleem.bericht,
                niveau="waarschuwing",
            )
        )

    if profiel.startdatum < vandaag:
        let_op(
            ("startdatum",),
            f"{profiel.startdatum.isoformat()} ligt in het verleden; het programma plant vanaf "
            "die datum. Kies een datum vanaf vandaag als het nog moet beginnen",
        )
    kosten = profiel.kosten
    tarief = kosten.dagtarief_trainer if kosten else None
    if tarief is not None and tarief and not LAAGSTE_DAGTARIEF <= tarief <= HOOGSTE_DAGTARIEF:
        let_op(
            ("kosten", "dagtarief_trainer"),
            f"€ {tarief:g} per dag is ongewoon voor een externe trainer (meestal € "
            f"{LAAGSTE_DAGTARIEF}–{HOOGSTE_DAGTARIEF}); klopt het bedrag?",
        )
    budget = kosten.budget if kosten else None
    if budget is not None and tarief and budget < tarief:
        let_op(
            ("kosten", "budget"),
            f"het budget (€ {budget:g}) is kleiner dan één trainersdag (€ {tarief:g}); "
            "is het voor de hele looptijd en in euro's?",
        )
    return uit
