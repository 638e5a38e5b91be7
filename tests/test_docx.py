"""Issue 13, Word: `plan generate --format docx` met echte kopstijlen en tabellen waarvan de
kopregel op elke pagina terugkomt; teruggelezen met python-docx en met LibreOffice Writer."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from tests.conftest import REPO, ontbreekt
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import Formaat, genereer

DATUM = dt.date(2026, 11, 1)


def _maak(catalogus: Catalogus, naam: str = "klein") -> bytes:
    resultaat = genereer(REPO / "examples" / f"{naam}.yaml", catalogus, Formaat.docx, DATUM)
    assert isinstance(resultaat.tekst, bytes)
    return resultaat.tekst


def test_13_docx_kopstijlen_en_herhaalde_kopregels(catalogus: Catalogus) -> None:
    document = docx.Document(io.BytesIO(_maak(catalogus)))
    koppen = [
        (p.style.name, p.text)
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]
    assert koppen[0] == ("Heading 1", "Samenvatting")  # het MT leest eerst de samenvatting
    assert ("Heading 2", "Kosten per jaar en soort") in koppen
    assert ("Heading 2", "Team Publiekszaken") in koppen
    assert document.tables
    herhaald = [t for t in document.tables if t.rows[0]._tr.xpath("./w:trPr/w:tblHeader")]
    assert len(herhaald) >= len(document.tables) - 2  # alleen de twee sleutel-waardetabellen niet
    teksten = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert "Eigenaar" in teksten and "Coördinator agressie en geweld" in teksten


@pytest.mark.slow
def test_13_libreoffice_leest_het_word_document(catalogus: Catalogus, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        ontbreekt("LibreOffice (soffice)", "installeer libreoffice-writer (.ci/run doet dat)")
    (tmp_path / "p.docx").write_bytes(_maak(catalogus))
    uit = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", "html", "--outdir", str(tmp_path / "uit"), str(tmp_path / "p.docx")],
        capture_output=True, text=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert uit.returncode == 0, uit.stderr
    html = (tmp_path / "uit" / "p.html").read_text(encoding="utf-8", errors="replace")
    koppen = [" ".join(k.split()) for k in re.findall(r"<h1[^>]*>([^<]*)", html)]
    assert koppen[:3] == ["Samenvatting", "Programma per stap", "Per team"]
    assert html.count("<thead>") >= 5  # kopregels die LibreOffice als herhaalde kop herkent
