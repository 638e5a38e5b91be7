"""Issue 13, Word: `plan generate --format docx` is hetzelfde document als de HTML, bewerkbaar:
MT-samenvatting eerst, echte kopstijlen, tabellen waarvan de kopregel op elke pagina
terugkomt, een teampagina per team (pagina-einde ervoor) en de intakebrieven als bijlage.
Teruggelezen met python-docx en met LibreOffice Writer (naar PDF)."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from tests.conftest import REPO, ontbreekt
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import Formaat, genereer
from trainingsplanner.render.brief import externe

DATUM = dt.date(2026, 11, 1)


def _maak(catalogus: Catalogus, naam: str = "klein") -> tuple[bytes, object]:
    resultaat = genereer(REPO / "examples" / f"{naam}.yaml", catalogus, Formaat.docx, DATUM)
    assert isinstance(resultaat.tekst, bytes)
    return resultaat.tekst, resultaat.programma


def _koppen(document: object) -> list[tuple[str, str, bool]]:
    return [
        (p.style.name, p.text, bool(p.paragraph_format.page_break_before))
        for p in document.paragraphs  # type: ignore[attr-defined]
        if p.style is not None and p.style.name.startswith("Heading")
    ]


def _teamvolgorde(p: object) -> list[str]:
    """De teams in de volgorde van hun eerste training (stap 2–3), zoals de teampagina's."""
    eerst = [o for o in p.onderdelen if not o.terugkerend]  # type: ignore[attr-defined]
    return list(dict.fromkeys(o.team for o in eerst if o.team))


def test_13_docx_mt_eerst_dan_teams_met_pagina_einde(catalogus: Catalogus) -> None:
    inhoud, p = _maak(catalogus)
    koppen = _koppen(docx.Document(io.BytesIO(inhoud)))
    assert koppen[0][:2] == ("Heading 1", "Samenvatting voor het MT")
    assert ("Heading 2", "Wat het MT besluit", False) in koppen
    assert ("Heading 2", "Budget per begrotingsjaar", False) in koppen
    teams = _teamvolgorde(p)
    teamkoppen = [k for k in koppen if k[1].startswith("Team ")]
    assert teamkoppen == [("Heading 2", f"Team {t}", True) for t in teams]
    assert ("Heading 3", "Jaarritme (stap 4): werkoverleg, HR-gesprek, opfrisser", False) in koppen
    hoofd = [k[1] for k in koppen if k[0] == "Heading 1"]
    assert hoofd.index("Samenvatting voor het MT") < hoofd.index("Per team")
    assert hoofd.index("Per team") < hoofd.index("Kosten") < hoofd.index("Bijlagen")


def test_13_docx_intakebrief_per_extern_onderdeel(catalogus: Catalogus) -> None:
    inhoud, p = _maak(catalogus)
    koppen = _koppen(docx.Document(io.BytesIO(inhoud)))
    brieven = [k for k in koppen if k[1].startswith("Intakebrief: ")]
    assert len(brieven) == len(externe(p))  # type: ignore[arg-type]
    assert all(k[0] == "Heading 3" and k[2] for k in brieven)


def test_13_docx_tabellen_herhalen_hun_kopregel_en_tonen_datums(catalogus: Catalogus) -> None:
    document = docx.Document(io.BytesIO(_maak(catalogus)[0]))
    breed = [t for t in document.tables if len(t.columns) > 2]
    assert breed and all(t.rows[0]._tr.xpath("./w:trPr/w:tblHeader") for t in breed)
    teksten = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert "Eigenaar" in teksten and "Coördinator agressie en geweld" in teksten
    assert any(t.startswith("(voorstel, 09:00") for t in teksten)  # datums per sessie


@pytest.mark.slow
def test_13_libreoffice_leest_het_word_document(catalogus: Catalogus, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        ontbreekt("LibreOffice (soffice)", "installeer libreoffice-writer (.ci/run doet dat)")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        ontbreekt("pdftotext", "installeer poppler-utils (.ci/run doet dat)")
    (tmp_path / "p.docx").write_bytes(_maak(catalogus)[0])
    uit = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "uit"), str(tmp_path / "p.docx")],
        capture_output=True, text=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert uit.returncode == 0, uit.stderr
    tekst = subprocess.run(
        [pdftotext, "-layout", str(tmp_path / "uit" / "p.pdf"), "-"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    paginas = tekst.split("\f")
    plek = [
        next(i for i, pagina in enumerate(paginas) if kop in pagina)
        for kop in (
            "Samenvatting voor het MT",
            "Team Publiekszaken",
            "Team Toezicht en",
            "Intakebrief:",
        )
    ]
    assert plek == sorted(plek) and plek[1] < plek[2]  # elk team op een eigen pagina
    assert (
        "Budget per begrotingsjaar" in paginas[plek[0]]
        or "Budget per begrotingsjaar" in paginas[plek[0] + 1]
    )


def test_R4_1_docx_hoe_meten_we_de_voortgang(catalogus: Catalogus) -> None:
    """De indicatoren staan ook in Word, na de kosten en voor de bijlagen, met een tabel per stap
    waarin elke indicator van het programma een rij heeft."""
    inhoud, p = _maak(catalogus)
    document = docx.Document(io.BytesIO(inhoud))
    hoofd = [k[1] for k in _koppen(document) if k[0] == "Heading 1"]
    assert (
        hoofd.index("Kosten") < hoofd.index("Hoe meten we de voortgang") < hoofd.index("Bijlagen")
    )
    namen = {r.cells[0].text for t in document.tables for r in t.rows}
    indicatoren = p.indicatoren  # type: ignore[attr-defined]
    assert indicatoren is not None and indicatoren.lijst
    assert {i.naam for i in indicatoren.lijst} <= namen
