"""Markdown-weergave: Jinja met StrictUndefined; elke ingevulde waarde wordt ontsnapt.

Een team dat `A | B` heet of een regeleinde in zijn naam heeft, breekt zo geen tabel.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render.document import maak_document

_BIJZONDER = str.maketrans({teken: "\\" + teken for teken in "\\`*_[]<>|~#"})
_WITRUIMTE = re.compile(r"[^\S\u00a0]+")
"""Witruimte behalve de harde spatie (in bedragen): wordt één gewone spatie."""
_ENTITEIT = re.compile(r"&(?=#?\w+;)")
"""Een `&` is alleen bijzonder als er een entiteit op volgt (`&amp;`); `B&W` blijft `B&W`."""


def ontsnap(waarde: Any) -> str:
    """Maak tekst veilig voor Markdown: tekens met betekenis krijgen een backslash.

    Regeleinden en tabs worden spaties, zodat een waarde nooit een tabel of kop openbreekt.
    """
    if waarde is None:
        return ""
    return _ontsnap_tekst(str(waarde))


@lru_cache(maxsize=65536)
def _ontsnap_tekst(tekst: str) -> str:
    schoon = _WITRUIMTE.sub(" ", tekst).strip(" ")
    return _ENTITEIT.sub(r"\\&", schoon.translate(_BIJZONDER))


def render(programma: Programma, cat: Catalogus, gegenereerd: dt.date) -> str:
    from trainingsplanner.render.omgeving import omgeving

    sjabloon = omgeving(html=False, finalize=ontsnap).get_template("programma.md.j2")
    d = maak_document(programma, cat, gegenereerd)
    tekst = sjabloon.render(d=d, w=d.w)
    return re.sub(r"\n{3,}", "\n\n", tekst).rstrip() + "\n"
