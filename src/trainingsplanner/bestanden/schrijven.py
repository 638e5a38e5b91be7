"""De enige manier waarop `plan` bestanden schrijft: atomair en nooit ongevraagd overschrijven.

Eerst naar een tijdelijk bestand in dezelfde map, fsync, dan hernoemen: een onderbreking laat
het oude bestand heel. Een bestaand bestand wordt alleen vervangen met `overschrijven=True`
(`--force`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.fouten import InvoerFout, Probleem


def schrijf(pad: Path, inhoud: str | bytes, *, overschrijven: bool = False) -> None:
    """Schrijf `inhoud` (tekst als UTF-8, of bytes) naar `pad`; InvoerFout als het niet mag of kan."""
    naam = toon_pad(pad)
    if pad.is_dir():
        raise InvoerFout([Probleem(naam, 0, 0, "", "dit is een map; geef een bestandsnaam op")])
    if pad.exists() and not overschrijven:
        raise InvoerFout(
            [Probleem(naam, 0, 0, "", "bestand bestaat al; gebruik --force om het te vervangen")]
        )
    map = pad.parent if str(pad.parent) else Path()
    if not map.is_dir():
        raise InvoerFout([Probleem(naam, 0, 0, "", f"map {toon_pad(map)} bestaat niet")])
    gegevens = inhoud.encode("utf-8") if isinstance(inhoud, str) else inhoud
    tijdelijk: Path | None = None
    try:
        descriptor, naam_tijdelijk = tempfile.mkstemp(
            prefix=f".{pad.name}.", suffix=".tmp", dir=map
        )
        tijdelijk = Path(naam_tijdelijk)
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(gegevens)
            bestand.flush()
            os.fsync(bestand.fileno())
        if pad.exists():
            with contextlib.suppress(OSError):
                tijdelijk.chmod(pad.stat().st_mode & 0o777)
        else:
            tijdelijk.chmod(0o644)
        tijdelijk.replace(pad)
        tijdelijk = None
        _sync_map(map)
    except PermissionError:
        raise InvoerFout([Probleem(naam, 0, 0, "", "geen schrijfrechten in deze map")]) from None
    except OSError as fout:
        bericht = f"schrijven mislukt ({fout.strerror or fout})"
        raise InvoerFout([Probleem(naam, 0, 0, "", bericht)]) from None
    finally:
        if tijdelijk is not None:
            with contextlib.suppress(OSError):
                tijdelijk.unlink()


def _sync_map(map: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(map, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
