"""Testhulp: een geldig profiel als gegevens, met aanpassingen, door de echte lezer gehaald."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from trainingsplanner.bestanden.yamlbron import parse_yaml
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine import stel_samen
from trainingsplanner.profiel.model import Profiel, profiel_uit_document
from trainingsplanner.programma import Onderdeel, Programma

BASIS: dict[str, Any] = {
    "versie": 1,
    "gemeente": "Proefstad",
    "startdatum": "2027-02-01",
    "looptijd_jaren": 3,
    "groepsgrootte": 12,
    "capaciteit": {"sessies_per_maand": 8},
    "kosten": {"dagtarief_trainer": 1000, "budget": 100000},
    "voorkeuren": {"e_learning": True, "train_de_trainer": False},
    "randvoorwaarden": {
        "organisatienorm": "ja",
        "bestuurlijke_betrokkenheid": "ja",
        "dienstverlening_en_handhaving": "ja",
        "basiscompetenties": "ja",
        "agressieprotocol": "ja",
    },
    "toetspunten": {
        "spelregels": "bekend",
        "kennis": "matig",
        "naleving": "wisselend",
        "doel": "minder incidenten",
        "doelgroepen": "balie en boa's",
    },
    "bestuur": {"college": 5, "raadsleden": 25, "betrokken_bij_incident": False},
    "organisatie": {"mt": 6, "bot": 6, "staf": 3, "nieuwe_medewerkers_per_jaar": 20},
    "teams": [
        {
            "naam": "Balie",
            "functiegroep": "publieksdiensten",
            "medewerkers": 20,
            "leidinggevenden": 1,
            "risico": "hoog",
        },
        {
            "naam": "Boa's",
            "functiegroep": "toezicht-en-handhaving",
            "medewerkers": 10,
            "leidinggevenden": 1,
            "risico": "hoog",
            "opleidingen": ["boa"],
        },
        {
            "naam": "Buitendienst",
            "functiegroep": "buitendienst",
            "medewerkers": 30,
            "leidinggevenden": 2,
            "risico": "laag",
        },
        {
            "naam": "Wijkteam",
            "functiegroep": "sociaal-domein",
            "medewerkers": 15,
            "leidinggevenden": 1,
            "risico": "midden",
            "huisbezoeken": True,
        },
    ],
}


def profieldata(**wijzig: Any) -> dict[str, Any]:
    data = copy.deepcopy(BASIS)
    for sleutel, waarde in wijzig.items():
        data[sleutel] = waarde
    return data


def profiel(cat: Catalogus, data: dict[str, Any] | None = None) -> Profiel:
    tekst = yaml.safe_dump(data if data is not None else BASIS, allow_unicode=True, sort_keys=False)
    return profiel_uit_document(parse_yaml(tekst, "proef.yaml"), cat)


def programma(cat: Catalogus, data: dict[str, Any] | None = None) -> Programma:
    return stel_samen(profiel(cat, data), cat)


def team(data: dict[str, Any], naam: str, **wijzig: Any) -> dict[str, Any]:
    """Pas één team in profieldata aan (in place) en geef de data terug."""
    for t in data["teams"]:
        if t["naam"] == naam:
            t.update(wijzig)
    return data


def item(p: Programma, code: str) -> Onderdeel:
    gevonden = p.onderdeel(code)
    assert gevonden is not None, (
        f"onderdeel {code} ontbreekt; er zijn: {[o.id for o in p.onderdelen][:30]}"
    )
    return gevonden


def cites(o: Onderdeel, regel: str) -> bool:
    return any(w.startswith(f"{regel}:") for w in o.waarom)
