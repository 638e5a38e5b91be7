"""Wat het eigen proces van `plan` weet: of het kortlevend is (`cli/start.py`), en wat tot het
einde mag blijven liggen, en hoe het zijn geheugen houdt. Zonder imports uit het pakket: elke
opdracht mag hem gebruiken zonder kring."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes

KORTLEVEND = False
"""Waar als `plan` als eigen proces draait (`cli/start.main`), niet als de cli in een ander
proces draait (de tests, een bibliotheek)."""
_BEWAARD: list[object] = []


def bewaar_tot_einde(waarde: object) -> None:
    """Laat `waarde` niet stuk voor stuk opruimen: het programma voor 600 teams is ~400.000
    objecten, en die één voor één loslaten kost ~30 ms (bench/tijdlijn.py). Met `os._exit`
    (`cli/start._sluit_af`) geeft het besturingssysteem dat geheugen in één keer terug; anders
    ruimt Python het bij het stoppen op. Alleen in een eigen proces van `plan`, en alleen voor
    wat één keer per proces ontstaat (niet per profiel in een map)."""
    if KORTLEVEND:
        _BEWAARD.append(waarde)


_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
"""De `mallopt`-instellingen van glibc (malloc.h)."""


def houd_geheugen_vast() -> None:
    """glibc: geef vrijgekomen geheugen niet terug aan het systeem, en haal ook grote blokken
    uit de eigen heap. Standaard krijgt elk blok boven 128 kB een eigen stuk geheugen dat bij
    het vrijgeven teruggaat; het volgende grote blok kost dan weer een paginafout per 4 kB.
    Bij 600 teams is de JSON 23 MB: serialiseren, als bytes overnemen en de laatste regelovergang
    erbij maken vragen elk zo'n blok. Zo hergebruikt het proces zijn geheugen: ~9.000 van de
    ~40.000 paginafouten minder bij herplannen (bench/README.md). Alleen voor een kortlevend
    proces (`cli/start.py`): het geheugen komt bij het stoppen vrij. Zonder glibc (musl, macOS,
    Windows) gebeurt niets."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (ImportError, OSError, AttributeError):  # geen ctypes, geen glibc: niets te doen
        return
    mallopt(_M_TRIM_THRESHOLD, 1 << 30)
    mallopt(_M_MMAP_THRESHOLD, 1 << 30)
    _grote_paginas_voor_de_heap(libc)


_HEAP_RESERVE = 96 << 20
"""Zoveel heap zet `_grote_paginas_voor_de_heap` vooraf klaar (virtueel: pas wat gebruikt
wordt, kost geheugen); genoeg voor de JSON van 600 teams en wat er verder groot is."""
_MADV_HUGEPAGE = 14
"""`madvise`: dit gebied mag transparante grote pagina's (2 MB) krijgen (linux/mman.h)."""


def _grote_paginas_voor_de_heap(libc: ctypes.CDLL) -> None:
    """Laat de heap van glibc grote pagina's (2 MB) gebruiken waar het systeem dat toestaat
    (`transparent_hugepage` op `madvise` of `always`): één paginafout per 2 MB in plaats van
    per 4 kB. Eerst wordt de heap ~96 MB groot gemaakt (een blok vragen en vrijgeven; met de
    drempels hierboven blijft hij zo groot), dan krijgt hij `MADV_HUGEPAGE`. Wat later groot is
    (de JSON van 600 teams, drie keer 23 MB), komt daaruit: bij herplannen 30.000 → 16.000
    paginafouten, ~30 ms (bench/README.md). De kleine objecten van Python komen uit eigen
    blokken (pymalloc) en blijven zoals ze zijn. Lukt iets niet, dan gebeurt niets."""
    import ctypes
    from pathlib import Path

    try:
        libc.malloc.restype = ctypes.c_void_p
        libc.malloc.argtypes = [ctypes.c_size_t]
        libc.free.argtypes = [ctypes.c_void_p]
        libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        libc.free(libc.malloc(_HEAP_RESERVE))
        with Path("/proc/self/maps").open(encoding="ascii") as kaart:
            heap = next((r.split()[0] for r in kaart if r.rstrip().endswith("[heap]")), None)
    except (OSError, AttributeError, ValueError):
        return
    if heap is not None:
        begin, eind = (int(x, 16) for x in heap.split("-"))
        libc.madvise(begin, eind - begin, _MADV_HUGEPAGE)


_PLUGINLADER = "pydantic.plugin._loader"


def sla_pluginzoeker_over() -> None:
    """pydantic zoekt bij het eerste schema zijn plug-ins op in `pydantic.plugin._loader`, en
    dat laadt bij het importeren `importlib.metadata` (met `email`, `zipfile` en `csv`): ~20 ms
    per run, ook als `PYDANTIC_DISABLE_PLUGINS` de plug-ins uitzet en `get_plugins` dus niets
    teruggeeft. Staan ze uit, dan staat hier een lader die hetzelfde zegt (geen plug-ins) zonder
    die import. Wie plug-ins wil (de variabele anders of niet gezet), krijgt de echte lader.
    Alleen vóór pydantic zijn lader zelf laadt; anders gebeurt niets."""
    import os
    import types

    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in ("__all__", "1", "true"):
        return
    if _PLUGINLADER in sys.modules:
        return
    lader = types.ModuleType(
        _PLUGINLADER, "Geen plug-ins: PYDANTIC_DISABLE_PLUGINS (cli/proces.py)."
    )
    lader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules[_PLUGINLADER] = lader
