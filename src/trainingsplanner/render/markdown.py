"""Markdown-weergave: Jinja met StrictUndefined; elke ingevulde waarde wordt ontsnapt.

Een team dat `A | B` heet of een regeleinde in zijn naam heeft, breekt zo geen tabel.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from trainingsplanner.bronnen import sjabloonmap
from trainingsplanner.catalogus.laden import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render.weergave import maak

_BIJZONDER = re.compile(r"([\\`*_\[\]<>|~&#])")


def ontsnap(waarde: Any) -> str:
    """Maak tekst veilig voor Markdown: tekens met betekenis krijgen een backslash."""
    if waarde is None:
        return ""
    tekst = str(waarde)
    tekst = " ".join(tekst.split())
    return _BIJZONDER.sub(r"\\\1", tekst)


def render(programma: Programma, cat: Catalogus, gegenereerd: dt.date) -> str:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    omgeving = Environment(
        loader=FileSystemLoader(str(sjabloonmap())),
        undefined=StrictUndefined,
        finalize=ontsnap,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=False,
    )
    sjabloon = omgeving.get_template("programma.md.j2")
    tekst = sjabloon.render(w=maak(programma, cat, gegenereerd))
    return re.sub(r"\n{3,}", "\n\n", tekst).rstrip() + "\n"
