"""De JSON Schema's van de publieke formaten, afgeleid van de modellen (en in `schemas/` gezet).

Het profielschema krijgt de codes uit de catalogus als keuzelijst (functiegroepen,
opleidingen, elementen), zodat een editor een verkeerde functiegroep al bij het typen meldt.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus

BASIS_URL = "https://trainingsplanner.nl/schemas"


def programma_schema() -> dict[str, Any]:
    from trainingsplanner.programma import Programma

    schema = Programma.model_json_schema()
    return _kop(schema, "programma-v1", "Trainingsprogramma publieksagressie, versie 1")


def profiel_schema(cat: Catalogus) -> dict[str, Any]:
    from trainingsplanner.profiel.model import Profiel

    schema = Profiel.model_json_schema()
    team = schema["$defs"]["Team"]["properties"]
    team["functiegroep"]["enum"] = list(cat.functiegroepen)
    team["opleidingen"]["items"]["enum"] = list(cat.opleidingen)
    team["leerdoelen"]["items"]["enum"] = list(cat.elementen)
    return _kop(schema, "profiel-v1", "Gemeenteprofiel voor de trainingsplanner, versie 1")


def _kop(schema: dict[str, Any], naam: str, titel: str) -> dict[str, Any]:
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{BASIS_URL}/{naam}.schema.json"
    schema["title"] = titel
    return schema


def als_tekst(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
