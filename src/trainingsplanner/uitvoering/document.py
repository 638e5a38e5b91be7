"""Een eenvoudig document (koppen, alinea's, tabellen, lijsten) voor de stand en het jaarverslag.

De stand en het verslag worden één keer als `Document` opgebouwd (in gewone Nederlandse
tekst, alles al opgemaakt); daarna maakt elk formaat er alleen nog iets van: platte tekst en
Markdown hier, HTML in `htmlweergave.py` (Jinja, ge-escaped, onder een CSP), Word in
`word.py`.
Tekst uit het profiel of de database staat er letterlijk in; elk formaat codeert hem zelf
(Markdown: `|` in een tabelcel; HTML: escapen; de terminal: stuurtekens zichtbaar).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Alinea:
    tekst: str


@dataclass(frozen=True)
class Tabel:
    koppen: list[str]
    rijen: list[list[str]]
    rechts: frozenset[int] = frozenset()
    """Kolommen met getallen (rechts uitgelijnd in tekst en HTML)."""


@dataclass(frozen=True)
class Lijst:
    punten: list[str]


Blok = Alinea | Tabel | Lijst


@dataclass(frozen=True)
class Sectie:
    titel: str
    blokken: list[Blok] = field(default_factory=list)
    niveau: int = 2
    """2 voor een hoofdstuk, 3 voor een paragraaf daarbinnen."""
    soort: str = ""
    """Een vaste naam voor opmaak (HTML-klasse), bijvoorbeeld 'achterstallig'."""


@dataclass(frozen=True)
class Document:
    titel: str
    onder: list[str]
    """Regels onder de titel (datum, periode)."""
    secties: list[Sectie]
    waarschuwing: str = ""
    """Een opvallende melding bovenaan (achterstallig), leeg als er niets is."""


def markdown(doc: Document) -> str:
    """Markdown; elke tekst ontsnapt zoals in het programma (`render.markdown.ontsnap`): een
    team dat `A | B` of `<b>` heet, breekt geen tabel en wordt geen opmaak."""
    from trainingsplanner.render.markdown import ontsnap

    regels = [f"# {ontsnap(doc.titel)}", "", *(f"{ontsnap(r)}  " for r in doc.onder)]
    if doc.onder:
        regels[-1] = regels[-1].rstrip()
        regels.append("")
    if doc.waarschuwing:
        regels += [f"**{ontsnap(doc.waarschuwing)}**", ""]
    for sectie in doc.secties:
        regels += ["#" * sectie.niveau + f" {ontsnap(sectie.titel)}", ""]
        for blok in sectie.blokken:
            regels += [*_blok(blok, ontsnap), ""]
    return "\n".join(regels).rstrip("\n") + "\n"


def tekst(doc: Document) -> str:
    regels = [doc.titel, *doc.onder, ""]
    if doc.waarschuwing:
        regels += [doc.waarschuwing, ""]
    for sectie in doc.secties:
        regels += [sectie.titel, ""]
        for blok in sectie.blokken:
            regels += [*_blok(blok, None), ""]
    return "\n".join(regels).rstrip("\n") + "\n"


def _blok(blok: Blok, ontsnap: Callable[[str], str] | None) -> list[str]:
    """Een blok als regels: Markdown met `ontsnap`, anders platte tekst."""
    schoon = ontsnap or (lambda t: t)
    if isinstance(blok, Alinea):
        return [schoon(blok.tekst)]
    if isinstance(blok, Lijst):
        return [f"- {schoon(p)}" for p in blok.punten]
    if ontsnap is not None:
        scheiding = [("---:" if i in blok.rechts else "---") for i in range(len(blok.koppen))]
        uit = [
            "| " + " | ".join(ontsnap(k) for k in blok.koppen) + " |",
            "|" + "|".join(scheiding) + "|",
        ]
        return uit + ["| " + " | ".join(ontsnap(c) for c in r) + " |" for r in blok.rijen]
    return _uitgelijnd(blok)


def _uitgelijnd(t: Tabel) -> list[str]:
    breedte = [max(len(r[i]) for r in [t.koppen, *t.rijen]) for i in range(len(t.koppen))]

    def regel(cellen: list[str]) -> str:
        delen = [
            c.rjust(breedte[i]) if i in t.rechts else c.ljust(breedte[i])
            for i, c in enumerate(cellen)
        ]
        return "  ".join(delen).rstrip()

    return [regel(t.koppen), *(regel(r) for r in t.rijen)]


def xml_tekst(tekst: str) -> str:
    """Tekens die XML en HTML niet toestaan (stuurtekens, losse surrogaten) zichtbaar: `\\x1b`.

    Voor Word en HTML; de terminal doet dit zelf (`fouten.zichtbaar`).
    """
    if tekst.isprintable():
        return tekst
    return "".join(t if _mag(t) else repr(t)[1:-1] for t in tekst)


def _mag(teken: str) -> bool:
    code = ord(teken)
    if code < 0x20:
        return teken in "\t\n"
    return not (0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF))
