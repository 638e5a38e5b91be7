"""`plan init`: een startprofiel met Nederlandse uitleg bij elk veld, eventueel via vragen.

De antwoorden worden eerst verzameld; pas aan het eind wordt één keer atomair geschreven,
zodat Ctrl-C halverwege geen half bestand achterlaat.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from trainingsplanner.bestanden.bronnen import schemamap
from trainingsplanner.catalogus import Catalogus


@dataclass
class Teamantwoord:
    naam: str
    functiegroep: str
    medewerkers: int
    leidinggevenden: int = 1
    risico: str = "midden"
    opleidingen: list[str] = field(default_factory=list)
    leerdoelen: list[str] = field(default_factory=list)
    teamnorm: bool = False
    basiscompetenties: str | None = None
    huisbezoeken: bool = False


@dataclass
class Antwoorden:
    gemeente: str = "Mijn gemeente"
    startdatum: dt.date = field(default_factory=lambda: eerste_van_volgende_maand(dt.date.today()))
    looptijd_jaren: int = 3
    groepsgrootte: int = 12
    sessies_per_maand: int = 8
    dagtarief: int | None = None
    budget: int | None = None
    e_learning: bool = True
    train_de_trainer: bool = False
    randvoorwaarden: dict[str, str | None] = field(default_factory=dict)
    toetspunten: dict[str, str] = field(default_factory=dict)
    college: int = 5
    raadsleden: int = 25
    betrokken_bij_incident: bool = False
    mt: int = 5
    bot: int = 0
    staf: int = 1
    nieuwe_medewerkers: int = 0
    teams: list[Teamantwoord] = field(
        default_factory=lambda: [
            Teamantwoord("Publiekszaken", "publieksdiensten", 15, risico="hoog"),
            Teamantwoord("Buitendienst", "buitendienst", 25, leidinggevenden=2),
        ]
    )


def eerste_van_volgende_maand(vandaag: dt.date) -> dt.date:
    jaar, maand = (
        (vandaag.year + 1, 1) if vandaag.month == 12 else (vandaag.year, vandaag.month + 1)
    )
    return dt.date(jaar, maand, 1)


def _yaml(waarde: Any) -> str:
    """Een waarde als YAML: true/false, null, of tekst tussen dubbele aanhalingstekens."""
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if waarde is None:
        return ""
    if isinstance(waarde, int | float):
        return str(waarde)
    return json.dumps(str(waarde), ensure_ascii=False)


def schema_uri() -> str:
    return (schemamap() / "profiel-v1.schema.json").resolve().as_uri()


def maak_profieltekst(antwoorden: Antwoorden, cat: Catalogus, bestandsnaam: str) -> str:
    from trainingsplanner.render.omgeving import omgeving

    sjablonen = omgeving(html=False)
    sjablonen.filters["y"] = _yaml
    randvoorwaarden = [
        {
            "id": r.id,
            "veld": r.veld,
            "vraag": r.vraag,
            "betekenis": r.betekenis,
            "waarde": antwoorden.randvoorwaarden.get(r.veld),
        }
        for r in cat.stappenplan.randvoorwaarden
    ]
    toetspunten = [
        {"id": t.id, "vraag": t.vraag, "waarde": antwoorden.toetspunten.get(t.id, "")}
        for t in cat.stappenplan.toetspunten
    ]
    waarden = asdict(antwoorden)
    waarden.update(
        startdatum=antwoorden.startdatum.isoformat(),
        randvoorwaarden=randvoorwaarden,
        toetspunten=toetspunten,
        schema=schema_uri(),
        bestandsnaam=bestandsnaam,
    )
    tekst = sjablonen.get_template("profiel.yaml.j2").render(**waarden)
    return "\n".join(regel.rstrip() for regel in tekst.splitlines()) + "\n"


def doelpad(pad: Path | None) -> Path:
    return pad if pad is not None else Path("gemeente.yaml")
