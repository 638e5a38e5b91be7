"""Een cache voor wat elke run opnieuw zou maken: de gecontroleerde catalogus, de sjablonen
en de feestdagen van `holidays` (`genereren.feestdagcache`; de sleutel is de versie van het pakket).

`plan` is een kortlevend proces; zonder cache bouwt elke run de catalogus uit YAML op
(lezen, valideren, kruiscontroles) en compileert Jinja elk sjabloon. Beide hangen alleen af
van bestanden die zelden veranderen, dus worden ze bewaard in de gebruikerscache
(`$XDG_CACHE_HOME/trainingsplanner`, anders `~/.cache/trainingsplanner`).

De cache is een versnelling, nooit een bron: de sleutel bevat de inhoud van de bestanden,
de code van het pakket en de versies van Python en pydantic; elk probleem met de cache
(geen schrijfrechten, een half bestand, een andere versie) betekent gewoon opnieuw opbouwen.
`PLAN_CACHE=0` zet hem uit. De map is van de gebruiker zelf: wie daarin kan schrijven, kan
ook de Python-code van de gebruiker wijzigen; pickle voegt dus geen risico toe.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import BytecodeCache

PAKKET = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def cachemap() -> Path | None:
    """De cachemap, of None als de cache uit staat of er geen plek voor is."""
    if os.environ.get("PLAN_CACHE", "1") == "0":
        return None
    basis = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    map = Path(basis) / "trainingsplanner"
    try:
        map.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return map if os.access(map, os.W_OK) else None


@lru_cache(maxsize=1)
def codestempel() -> str:
    """Verandert als de code van het pakket of de versie van Python of pydantic verandert."""
    import pydantic

    hasher = hashlib.sha256(f"{sys.version}|{pydantic.VERSION}".encode())
    for pad in sorted(PAKKET.rglob("*.py")):
        with contextlib.suppress(OSError):
            info = pad.stat()
            hasher.update(f"{pad.relative_to(PAKKET)}|{info.st_size}|{info.st_mtime_ns}".encode())
    return hasher.hexdigest()[:16]


@lru_cache(maxsize=8)
def pakketversie(pakket: str) -> str:
    """De versie van een geïnstalleerd pakket, voor een sleutel (`holidays`: de feestdagen).

    Uit de naam van zijn `.dist-info`-map op het zoekpad, zoals `importlib.metadata` hem ook
    vindt, maar zonder die te laden (~20 ms per run, met `email`, `zipfile` en `csv`); alleen
    als er geen zo'n map is (een ander soort installatie), via `importlib.metadata`."""
    voorvoegsel = pakket.replace("-", "_").lower() + "-"
    for pad in sys.path:
        try:
            namen = os.listdir(pad or ".")  # noqa: PTH208 - alleen namen, zo snel mogelijk
        except OSError:
            continue
        for naam in namen:
            if naam.endswith(".dist-info") and naam.lower().startswith(voorvoegsel):
                return naam[len(voorvoegsel) : -len(".dist-info")]
    from importlib import metadata

    try:
        return metadata.version(pakket)
    except metadata.PackageNotFoundError:  # pragma: no cover - een geïnstalleerd pakket
        return "-"


def lees(soort: str, sleutel: str) -> Any | None:
    """Het bewaarde object onder deze sleutel, of None."""
    map = cachemap()
    if map is None:
        return None
    try:
        data = (map / f"{soort}-{sleutel}.pickle").read_bytes()
        return pickle.loads(data)
    except Exception:  # een half, oud of onleesbaar bestand: opnieuw opbouwen
        return None


def bewaar(soort: str, sleutel: str, waarde: Any, *, houd: int = 1) -> None:
    """Bewaar atomisch (tijdelijk bestand, dan hernoemen); mislukt het, dan zonder melding.
    Van elke soort blijven de nieuwste `houd` bestanden staan."""
    map = cachemap()
    if map is None:
        return
    doel = map / f"{soort}-{sleutel}.pickle"
    try:
        data = pickle.dumps(waarde, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tijdelijk = tempfile.mkstemp(dir=map, prefix=f".{soort}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            Path(tijdelijk).replace(doel)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(tijdelijk).unlink()
            raise
    except Exception:
        return
    ouder = [p for p in map.glob(f"{soort}-*.pickle") if p != doel]
    with contextlib.suppress(OSError):  # de nieuwste eerst
        ouder.sort(key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for oud in ouder[houd - 1 :]:
        with contextlib.suppress(OSError):
            oud.unlink()


def sjablooncache(omgeving: str) -> BytecodeCache | None:
    """Jinja's bytecodecache in de cachemap, een map per soort omgeving (autoescape, finalize).

    Gecompileerde code hangt af van de instellingen van de omgeving; daarom deelt geen
    omgeving haar map met een andere. Fouten bij het bewaren worden genegeerd.
    """
    map = cachemap()
    if map is None:
        return None
    from jinja2 import FileSystemBytecodeCache
    from jinja2.bccache import Bucket

    class _Stil(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Bucket) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    sjablonen = map / f"sjablonen-{omgeving}"
    try:
        sjablonen.mkdir(exist_ok=True)
    except OSError:
        return None
    return _Stil(str(sjablonen))
