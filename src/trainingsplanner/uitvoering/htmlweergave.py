"""Een `Document` (stand of jaarverslag) als één zelfstandige HTML-pagina.

Jinja uit `render/omgeving.py` met autoescape: tekst uit het profiel of de database wordt
altijd als tekst getoond, nooit als HTML. De pagina heeft een Content-Security-Policy zonder
scripts en zonder bronnen van buiten, zoals het programma. Het sjabloon krijgt alleen tekst
en rekent niets uit.
"""

from __future__ import annotations

from typing import Any

from trainingsplanner.uitvoering.document import Alinea, Blok, Document, Lijst, xml_tekst


def render(doc: Document, sjabloon: str) -> str:
    """`sjabloon` is `status.html.j2` of `verslag.html.j2` (beide op `uitvoering.html.j2`)."""
    from trainingsplanner.render.omgeving import omgeving

    return omgeving(html=True).get_template(sjabloon).render(d=_context(doc))


def _context(doc: Document) -> dict[str, Any]:
    return {
        "titel": xml_tekst(doc.titel),
        "onder": [xml_tekst(r) for r in doc.onder],
        "waarschuwing": xml_tekst(doc.waarschuwing),
        "secties": [
            {
                "titel": xml_tekst(s.titel),
                "niveau": min(max(s.niveau, 2), 4),
                "soort": s.soort,
                "blokken": [_blok(b) for b in s.blokken],
            }
            for s in doc.secties
        ],
    }


def _blok(b: Blok) -> dict[str, Any]:
    if isinstance(b, Alinea):
        return {"soort": "alinea", "tekst": xml_tekst(b.tekst)}
    if isinstance(b, Lijst):
        return {"soort": "lijst", "punten": [xml_tekst(p) for p in b.punten]}
    return {
        "soort": "tabel",
        "kop": any(b.koppen),
        "koppen": [xml_tekst(k) for k in b.koppen],
        "rijen": [
            [{"tekst": xml_tekst(c), "getal": i in b.rechts} for i, c in enumerate(rij)]
            for rij in b.rijen
        ],
    }
