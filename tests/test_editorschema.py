"""Het profielschema, geprobeerd met een echte editor-server (yaml-language-server over stdio).

Zonder server slaat deze test over, met een duidelijke melding; met CI=true is een ontbrekende
server een fout. Installeren: `make editor-tools` (npm install in build/tools). Markering
`slow`: een extern programma (node) starten kost meer dan de snelle lus wil.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, ontbreekt
from tests.lsp import Client, vind_server
from trainingsplanner.profiel.startprofiel import schema_uri

VOORBEELDEN = sorted((REPO / "examples").glob("*.yaml"))
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    server = vind_server()
    if server is None:
        ontbreekt("yaml-language-server", "installeer met: make editor-tools (npm nodig)")
    verbinding = Client(server)
    yield verbinding
    verbinding.sluit()


def _met_schema(tekst: str) -> str:
    return f"# yaml-language-server: $schema={schema_uri()}\n{tekst}"


def _fouten(diagnoses: list[dict[str, object]]) -> list[dict[str, object]]:
    return [d for d in diagnoses if d.get("severity", 1) == 1]


@pytest.mark.parametrize("profiel", VOORBEELDEN, ids=lambda p: p.stem)
def test_voorbeelden_zonder_fouten(client: Client, profiel: Path, tmp_path: Path) -> None:
    tekst = _met_schema(profiel.read_text(encoding="utf-8"))
    assert "startdatum: 20" in tekst  # datum zoals mensen hem typen, zonder aanhalingstekens
    assert _fouten(client.diagnoses(tmp_path / profiel.name, tekst)) == []


def test_verkeerde_functiegroep_en_onbekend_veld_worden_gemeld(
    client: Client, tmp_path: Path
) -> None:
    tekst = (REPO / "examples" / "klein.yaml").read_text(encoding="utf-8")
    tekst = tekst.replace("functiegroep: buitendienst", "functiegroep: buitedienst", 1)
    tekst = tekst.replace("    risico: laag\n", "    risico: laag\n    teamleider: Piet\n", 1)
    tekst = _met_schema(tekst)
    regels = tekst.splitlines()
    fouten = _fouten(client.diagnoses(tmp_path / "fout.yaml", tekst))
    gemeld = {(d["range"]["start"]["line"], str(d["message"])) for d in fouten}  # type: ignore[index]
    regel_groep = next(i for i, r in enumerate(regels) if "buitedienst" in r)
    regel_veld = next(i for i, r in enumerate(regels) if "teamleider" in r)
    assert any(lijn == regel_groep and "buitendienst" in bericht for lijn, bericht in gemeld), (
        gemeld
    )
    assert any(lijn == regel_veld and "teamleider" in bericht for lijn, bericht in gemeld), gemeld


def test_verkeerde_datum_wordt_gemeld(client: Client, tmp_path: Path) -> None:
    tekst = _met_schema((REPO / "examples" / "klein.yaml").read_text(encoding="utf-8"))
    tekst = tekst.replace("startdatum: 2027-02-01", "startdatum: 1 februari")
    fouten = _fouten(client.diagnoses(tmp_path / "datum.yaml", tekst))
    assert any("date" in str(d["message"]).lower() for d in fouten), fouten
