"""Het profielschema, geprobeerd met een echte editor-server (yaml-language-server over stdio).

Zoals `plan init` het neerzet: `profiel.schema.json` naast het profiel en bovenin het profiel
een schemaregel met dat relatieve pad (issue 12, punt 5), dus geen pad op deze machine.

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
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.profiel.startprofiel import SCHEMABESTAND
from trainingsplanner.schemas import als_tekst, profiel_schema

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


@pytest.fixture
def map_met_schema(tmp_path: Path, catalogus: Catalogus) -> Path:
    """Een map met het schema erin, zoals `plan init` het schrijft."""
    (tmp_path / SCHEMABESTAND).write_text(als_tekst(profiel_schema(catalogus)), encoding="utf-8")
    return tmp_path


def _met_schema(tekst: str) -> str:
    return f"# yaml-language-server: $schema={SCHEMABESTAND}\n{tekst}"


def _fouten(diagnoses: list[dict[str, object]]) -> list[dict[str, object]]:
    return [d for d in diagnoses if d.get("severity", 1) == 1]


@pytest.mark.parametrize("profiel", VOORBEELDEN, ids=lambda p: p.stem)
def test_voorbeelden_zonder_fouten(client: Client, profiel: Path, map_met_schema: Path) -> None:
    tekst = _met_schema(profiel.read_text(encoding="utf-8"))
    assert "startdatum: 20" in tekst  # datum zoals mensen hem typen, zonder aanhalingstekens
    assert _fouten(client.diagnoses(map_met_schema / profiel.name, tekst)) == []


def test_verkeerde_functiegroep_en_onbekend_veld_worden_gemeld(
    client: Client, map_met_schema: Path
) -> None:
    tekst = (REPO / "examples" / "klein.yaml").read_text(encoding="utf-8")
    tekst = tekst.replace("functiegroep: buitendienst", "functiegroep: buitedienst", 1)
    tekst = tekst.replace("    risico: laag\n", "    risico: laag\n    teamleider: Piet\n", 1)
    tekst = _met_schema(tekst)
    regels = tekst.splitlines()
    fouten = _fouten(client.diagnoses(map_met_schema / "fout.yaml", tekst))
    gemeld = {(d["range"]["start"]["line"], str(d["message"])) for d in fouten}  # type: ignore[index]
    regel_groep = next(i for i, r in enumerate(regels) if "buitedienst" in r)
    regel_veld = next(i for i, r in enumerate(regels) if "teamleider" in r)
    assert any(lijn == regel_groep and "buitendienst" in bericht for lijn, bericht in gemeld), (
        gemeld
    )
    assert any(lijn == regel_veld and "teamleider" in bericht for lijn, bericht in gemeld), gemeld


def test_verkeerde_datum_wordt_gemeld(client: Client, map_met_schema: Path) -> None:
    tekst = _met_schema((REPO / "examples" / "klein.yaml").read_text(encoding="utf-8"))
    tekst = tekst.replace("startdatum: 2027-02-01", "startdatum: 1 februari")
    fouten = _fouten(client.diagnoses(map_met_schema / "datum.yaml", tekst))
    assert any("date" in str(d["message"]).lower() for d in fouten), fouten


def test_het_startprofiel_van_init_met_zijn_schema(
    client: Client, map_met_schema: Path, catalogus: Catalogus
) -> None:
    """Wat `plan init` schrijft, met een fout erin: de editor vindt het schema ernaast."""
    import datetime as dt

    from trainingsplanner.profiel.startprofiel import Antwoorden, maak_profieltekst

    tekst = maak_profieltekst(Antwoorden(startdatum=dt.date(2027, 2, 1)), catalogus, "x.yaml")
    assert tekst.startswith(f"# yaml-language-server: $schema={SCHEMABESTAND}\n")
    assert _fouten(client.diagnoses(map_met_schema / "x.yaml", tekst)) == []
    fout = tekst.replace("functiegroep: buitendienst", "functiegroep: buitedienst", 1)
    gemeld = _fouten(client.diagnoses(map_met_schema / "fout.yaml", fout))
    assert any("buitendienst" in str(d["message"]) for d in gemeld), gemeld


def test_zonder_schema_ernaast_meldt_de_editor_niets(client: Client, tmp_path: Path) -> None:
    """Tegenproef: de schemaregel wijst echt naar het bestand ernaast (anders geen meldingen)."""
    tekst = _met_schema((REPO / "examples" / "klein.yaml").read_text(encoding="utf-8"))
    tekst = tekst.replace("functiegroep: buitendienst", "functiegroep: buitedienst", 1)
    gemeld = _fouten(client.diagnoses(tmp_path / "los.yaml", tekst))
    assert not any("buitendienst" in str(d["message"]) for d in gemeld), gemeld
