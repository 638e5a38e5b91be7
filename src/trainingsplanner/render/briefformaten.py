"""Eén intakebrief in een formaat (`plan brief ID --format md|html|docx`).

Los van `render/brief.py` (het weergavemodel), zodat de Word-weergave, die ook het hele
programma maakt, het model kan gebruiken zonder importkring.
"""

from __future__ import annotations

import datetime as dt
import re

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Programma
from trainingsplanner.render.brief import maak_een


def render(
    programma: Programma, cat: Catalogus, code: str, formaat: str, datum: dt.date
) -> str | bytes:
    """Eén intakebrief als Markdown, HTML of Word (bytes)."""
    b = maak_een(programma, cat, code, datum)
    if formaat == "docx":
        from trainingsplanner.render import docx

        return docx.brief(b, datum)
    from trainingsplanner.render.omgeving import omgeving

    if formaat == "html":
        from trainingsplanner.render.html import css_tekst

        kop = css_tekst(f"{b.gemeente} — Intakebrief: {b.titel}")
        return omgeving(html=True).get_template("brief.html.j2").render(b=b, kop_css=kop)
    from trainingsplanner.render.markdown import ontsnap

    tekst = omgeving(html=False, finalize=ontsnap).get_template("brief.md.j2").render(b=b)
    return re.sub(r"\n{3,}", "\n\n", tekst).rstrip() + "\n"
