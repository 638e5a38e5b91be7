"""Eén plek waar Jinja-omgevingen worden gemaakt: sjablonen uit `templates/`, StrictUndefined."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from trainingsplanner.bestanden.bronnen import sjabloonmap
from trainingsplanner.bestanden.cache import sjablooncache

if TYPE_CHECKING:
    from jinja2 import Environment


@lru_cache(maxsize=8)
def omgeving(*, html: bool, finalize: Callable[[Any], Any] | None = None) -> Environment:
    """Een Jinja-omgeving; `html=True` zet autoescape aan (HTML), anders tekst (Markdown, YAML)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    # De gecompileerde code hangt af van autoescape en van óf er een finalize is.
    soort = ("html" if html else "tekst") + ("-finalize" if finalize else "")
    return Environment(
        loader=FileSystemLoader(str(sjabloonmap())),
        bytecode_cache=sjablooncache(soort),
        undefined=StrictUndefined,
        autoescape=html,
        finalize=finalize,
        keep_trailing_newline=True,
    )
