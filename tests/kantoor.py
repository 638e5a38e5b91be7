"""Echte lezers voor de tests: LibreOffice headless zet een document om, pdftotext leest een
PDF. Ontbreekt een van beide, dan `ontbreekt` (buiten CI overslaan, in CI een fout)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ontbreekt


def libreoffice_zet_om(bestand: Path, filter: str, uitmap: Path, werkmap: Path) -> None:
    """`soffice --convert-to FILTER` naar `uitmap`, met een eigen profiel en HOME in `werkmap`
    (zodat tests naast elkaar kunnen draaien)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        ontbreekt(
            "LibreOffice (soffice)", "installeer libreoffice-writer en -calc (.ci/run doet dat)"
        )
    uit = subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={(werkmap / 'lo').as_uri()}",
         "--convert-to", filter, "--outdir", str(uitmap), str(bestand)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "HOME": str(werkmap)},
    )  # fmt: skip
    assert uit.returncode == 0, uit.stderr


def pdf_tekst(pdf: Path, *, layout: bool = True) -> str:
    """De tekst van een PDF volgens pdftotext (pagina's gescheiden door een form feed)."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        ontbreekt("pdftotext", "installeer poppler-utils (.ci/run doet dat)")
    opties = ["-layout"] if layout else []
    return subprocess.run(
        [pdftotext, *opties, str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
