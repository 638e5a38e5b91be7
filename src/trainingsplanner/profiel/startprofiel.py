"""`plan init`: een startprofiel met Nederlandse uitleg bij elk veld, eventueel via vragen.

De antwoorden worden eerst verzameld; pas aan het eind wordt één keer atomair geschreven,
zodat Ctrl-C halverwege geen half bestand achterlaat. Standaardwaarden, grenzen, keuzes en
het commentaar bij elk veld komen uit het model (profiel/velden.py); hier staan alleen de
voorbeeldwaarden van een startprofiel waar het model geen of een lege standaard heeft.
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
import textwrap
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import zichtbaar
from trainingsplanner.profiel.model import of_lijst
from trainingsplanner.profiel.velden import veld
from trainingsplanner.typen import Antwoord

ONBEKEND: Antwoord = "onbekend"
"""Wat de vraag naar een randvoorwaarde voorstelt: het model laat hem standaard leeg."""


def _standaard(pad: str) -> Any:
    return veld(pad).standaard


@dataclass
class Teamantwoord:
    naam: str
    functiegroep: str
    medewerkers: int
    leidinggevenden: int = _standaard("teams.leidinggevenden")
    risico: str = _standaard("teams.risico")
    opleidingen: list[str] = field(default_factory=list)
    leerdoelen: list[str] = field(default_factory=list)
    teamnorm: bool = _standaard("teams.teamnorm")
    basiscompetenties: str | None = _standaard("teams.basiscompetenties")
    huisbezoeken: bool = _standaard("teams.huisbezoeken")


NIEUW_TEAM = Teamantwoord(naam="", functiegroep="publieksdiensten", medewerkers=10)
"""Wat de vragen voor een nieuw team voorstellen."""


@dataclass
class Antwoorden:
    gemeente: str = "Mijn gemeente"
    startdatum: dt.date = field(default_factory=lambda: eerste_van_volgende_maand(dt.date.today()))
    looptijd_jaren: int = _standaard("looptijd_jaren")
    groepsgrootte: int = _standaard("groepsgrootte")
    sessies_per_maand: int = _standaard("capaciteit.sessies_per_maand")
    dagtarief: int | None = _standaard("kosten.dagtarief_trainer")
    budget: int | None = _standaard("kosten.budget")
    e_learning: bool = _standaard("voorkeuren.e_learning")
    train_de_trainer: bool = _standaard("voorkeuren.train_de_trainer")
    randvoorwaarden: dict[str, str | None] = field(default_factory=dict)
    toetspunten: dict[str, str] = field(default_factory=dict)
    college: int = 5
    raadsleden: int = 25
    betrokken_bij_incident: bool = _standaard("bestuur.betrokken_bij_incident")
    mt: int = 5
    bot: int = _standaard("organisatie.bot")
    staf: int = 1
    nieuwe_medewerkers: int = _standaard("organisatie.nieuwe_medewerkers_per_jaar")
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


_REGELEINDEN = {ord(t): f"\\u{ord(t):04x}" for t in "\x7f\x85\u2028\u2029"}
"""Tekens die JSON ongemoeid laat maar die YAML als regeleinde of stuurteken leest."""


def _yaml(waarde: Any) -> str:
    """Een waarde als YAML: true/false, null, of tekst tussen dubbele aanhalingstekens.

    Tekst wordt JSON (een geldige YAML-tekst tussen dubbele aanhalingstekens), met ook de
    regeleinden die alleen YAML kent als escape: een antwoord kan zo nooit een nieuwe sleutel
    beginnen (issue 16, punt 9).
    """
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if waarde is None:
        return ""
    if isinstance(waarde, int | float):
        return str(waarde)
    return json.dumps(str(waarde), ensure_ascii=False).translate(_REGELEINDEN)


def _opdracht(pad: str) -> str:
    """Een bestandsnaam zoals hij in een opdracht in YAML-commentaar staat.

    Stuurtekens en regeleinden worden zichtbaar (`\\n`), zodat de naam het commentaar niet kan
    verlaten; spaties en aanhalingstekens krijgen shell-aanhalingstekens, zodat de opdracht
    zo over te nemen is (issue 16, punt 9).
    """
    return shlex.quote(zichtbaar(pad))


def _commentaar(tekst: str, inspringen: int = 0, breedte: int | None = None) -> str:
    """Tekst als YAML-commentaar: elke regel met '# ', te lange regels afgebroken op `breedte`."""
    regels: list[str] = []
    for regel in tekst.splitlines():
        if breedte is None:
            regels.append(regel)
        else:
            regels += textwrap.wrap(
                regel, breedte - 2, break_long_words=False, break_on_hyphens=False
            )
    return ("\n" + " " * inspringen).join(f"# {r}" for r in regels)


SCHEMABESTAND = "profiel.schema.json"
"""Het JSON Schema naast het profiel (`plan init` schrijft het): de schemaregel bovenin het
profiel wijst ernaar met een relatief pad, dus hij blijft werken als het profiel met zijn
schema gemaild of verplaatst wordt; nooit een pad op de eigen machine."""


def maak_profieltekst(antwoorden: Antwoorden, cat: Catalogus, bestandsnaam: str) -> str:
    from trainingsplanner.render.omgeving import omgeving

    sjablonen = omgeving(html=False)
    sjablonen.filters["y"] = _yaml
    sjablonen.filters["commentaar"] = _commentaar
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
        schema=SCHEMABESTAND,
        bestandsnaam=_opdracht(bestandsnaam),
        v=veld,
        functiegroepen=of_lijst(cat.functiegroepen),
    )
    tekst = sjablonen.get_template("profiel.yaml.j2").render(**waarden)
    return "\n".join(regel.rstrip() for regel in tekst.splitlines()) + "\n"


def doelpad(pad: Path | None) -> Path:
    return pad if pad is not None else Path("gemeente.yaml")
