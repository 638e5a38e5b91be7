"""De JSON Schema's van de publieke formaten, afgeleid van de modellen (en in `schemas/` gezet)."""

from __future__ import annotations

import json
from typing import Any


def programma_schema() -> dict[str, Any]:
    from trainingsplanner.programma import Programma

    schema = Programma.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://trainingsplanner.nl/schemas/programma-v1.schema.json"
    schema["title"] = "Trainingsprogramma publieksagressie, versie 1"
    return schema


def als_tekst(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
