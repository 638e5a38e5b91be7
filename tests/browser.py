"""Headless Chromium voor de browsertests: schermafdruk, PDF en DOM, zonder netwerk."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path

VLAGGEN = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--hide-scrollbars",
    "--mute-audio",
]


def vind_chromium() -> str | None:
    for naam in ("chromium", "chromium-browser", "google-chrome"):
        gevonden = shutil.which(naam)
        if gevonden:
            return gevonden
    return None


def draai(
    browser: str, pagina: Path, *extra: str, tijd: int = 90
) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profiel:
        return subprocess.run(
            [browser, *VLAGGEN, f"--user-data-dir={profiel}", *extra, pagina.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=tijd,
            check=False,
            env={**os.environ, "HOME": profiel},
        )


def png_kleuren(pad: Path) -> int:
    """Hoeveel verschillende bytewaarden de ontpakte beeldpunten hebben (leeg beeld: weinig)."""
    data = pad.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    positie = 8
    idat = b""
    while positie < len(data):
        lengte = int.from_bytes(data[positie : positie + 4], "big")
        soort = data[positie + 4 : positie + 8]
        if soort == b"IDAT":
            idat += data[positie + 8 : positie + 8 + lengte]
        positie += 12 + lengte
    return len(set(zlib.decompress(idat)))


def pdf_paginas(pad: Path) -> tuple[int, list[str]]:
    """Aantal pagina's en de MediaBox-maten van een PDF (zonder externe bibliotheek)."""
    import re

    tekst = pad.read_bytes().decode("latin-1")
    paginas = len(re.findall(r"/Type\s*/Page(?![s\w])", tekst))
    maten = re.findall(r"/MediaBox\s*\[\s*([\d.\s]+)\]", tekst)
    return paginas, maten
