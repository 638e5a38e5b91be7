"""Issue 13: elk onderdeel noemt wie het trekt (`eigenaar`), in het contract en de documenten."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import genereer

DATUM = dt.date(2026, 11, 1)


@pytest.mark.parametrize("naam", ["klein", "middenstad", "nog-niet-klaar"])
def test_elk_onderdeel_heeft_een_bekende_eigenaar(catalogus: Catalogus, naam: str) -> None:
    programma = genereer(REPO / "examples" / f"{naam}.yaml", catalogus, "json", DATUM).programma
    for o in programma.onderdelen:
        assert o.eigenaar in catalogus.eigenaren, o.id


def test_eigenaar_in_json_en_documenten(catalogus: Catalogus) -> None:
    pad = REPO / "examples" / "nog-niet-klaar.yaml"
    data = json.loads(genereer(pad, catalogus, "json", DATUM).tekst)
    eigenaren = {o["id"]: o["eigenaar"] for o in data["onderdelen"]}
    assert eigenaren["stap1-herstel-vaststelling-college"] == "college"
    assert {"mt", "coordinator", "leidinggevenden"} <= set(eigenaren.values())
    markdown = genereer(pad, catalogus, "md", DATUM).tekst
    assert "- Eigenaar: Coördinator agressie en geweld" in markdown
    assert "- Eigenaar: Leidinggevende van het team" in markdown
    html = genereer(pad, catalogus, "html", DATUM).tekst
    assert "<strong>Eigenaar:</strong> College van B&amp;W" in html
