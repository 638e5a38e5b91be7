"""Kruiscontroles over de catalogus: elke controle is een kleine functie die problemen oplevert.

Zoals yamllint: de controles staan in één expliciete tabel (`CONTROLES`), elke melding noemt
bestand, regel, kolom en veld, en een onbekende code krijgt een 'bedoelde u …?'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, get_args

from trainingsplanner.bestanden.yamlbron import Pad
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import ELK_ONDERDEEL, HERSTEL, TEAM, behoeften
from trainingsplanner.catalogus.indicatoren import indicatoren_kloppen
from trainingsplanner.catalogus.modellen import Bronplek
from trainingsplanner.catalogus.samenhang import beperkingen_in_sessies, inhoudelijk
from trainingsplanner.catalogus.volgorde import volgorde_zonder_kring
from trainingsplanner.fouten import Probleem
from trainingsplanner.suggestie import bedoelde_u

Controle = Callable[[Catalogus], Iterator[Probleem]]


def _p(cat: Catalogus, bestand: str, pad: Pad, bericht: str) -> Probleem:
    return cat.documenten[bestand].probleem(pad, bericht)


_HET_WOORDEN = {"element", "cluster", "onderdeel"}
"""Het-woorden: 'onbekend element', niet 'onbekende element'."""


def _onbekend(soort: str, waarde: str, bekend: Iterable[str]) -> str:
    bijvoeglijk = "onbekend" if soort in _HET_WOORDEN else "onbekende"
    return f"{bijvoeglijk} {soort} '{waarde}'.{bedoelde_u(waarde, bekend)}".rstrip(".")


def _uniek(
    cat: Catalogus, bestand: str, lijstpad: Pad, items: list[Any], attr: str, wat: str
) -> Iterator[Probleem]:
    eerst: dict[str, int] = {}
    for i, item in enumerate(items):
        waarde = getattr(item, attr)
        if waarde in eerst:
            regel = cat.documenten[bestand].plek((*lijstpad, eerst[waarde], attr)).regel
            yield _p(
                cat,
                bestand,
                (*lijstpad, i, attr),
                f"{wat} '{waarde}' komt twee keer voor (ook op regel {regel})",
            )
        else:
            eerst[waarde] = i


def unieke_codes(cat: Catalogus) -> Iterator[Probleem]:
    g, e, s = cat.groepen, cat.elementenbestand, cat.stappenplan
    yield from _uniek(cat, "functiegroepen", ("functiegroepen",), g.functiegroepen, "id", "code")
    groep_ids = {f.id for f in g.functiegroepen}
    for i, d in enumerate(g.doelgroepen):
        if d.id in groep_ids or d.id == TEAM:
            yield _p(
                cat,
                "functiegroepen",
                ("doelgroepen", i, "id"),
                f"code '{d.id}' is al een functiegroep of gereserveerd",
            )
    yield from _uniek(cat, "functiegroepen", ("doelgroepen",), g.doelgroepen, "id", "code")
    yield from _uniek(cat, "functiegroepen", ("functiegroepen",), g.functiegroepen, "naam", "naam")
    yield from _uniek(cat, "elementen", ("clusters",), e.clusters, "id", "code")
    yield from _uniek(cat, "elementen", ("clusters",), e.clusters, "naam", "naam")
    yield from _uniek(cat, "elementen", ("elementen",), e.elementen, "id", "code")
    yield from _uniek(cat, "elementen", ("opleidingen",), e.opleidingen, "id", "code")
    yield from _uniek(cat, "elementen", ("opleidingen",), e.opleidingen, "naam", "naam")
    for plek in get_args(Bronplek):
        eerst: dict[str, int] = {}
        for i, el in enumerate(e.elementen):
            if el.bronplek != plek:
                continue
            if el.naam in eerst:
                yield _p(
                    cat,
                    "elementen",
                    ("elementen", i, "naam"),
                    f"naam '{el.naam}' staat twee keer in {plek} (ook element {eerst[el.naam]})",
                )
            eerst.setdefault(el.naam, i)
    yield from _uniek(cat, "stappenplan", ("sessies",), s.sessies, "id", "code")
    yield from _uniek(cat, "stappenplan", ("terugkerend",), s.terugkerend, "id", "code")
    yield from _uniek(cat, "stappenplan", ("randvoorwaarden",), s.randvoorwaarden, "id", "code")
    yield from _uniek(cat, "stappenplan", ("toetspunten",), s.toetspunten, "id", "code")
    yield from _uniek(cat, "stappenplan", ("stappen",), s.stappen, "nummer", "stap")
    yield from _uniek(cat, "regels", ("regels",), cat.regelbestand.regels, "id", "regel")


Code = tuple[str, Pad, str, str, set[str]]
"""Eén verwijzing in de catalogus: (bestand, pad, code, soort, de bekende codes van die soort)."""


def verwijzingen(cat: Catalogus) -> Iterator[Probleem]:
    """Elke code waarnaar verwezen wordt, bestaat."""
    for bestand, pad, code, soort, bekend in (*_in_elementen(cat), *_in_stappenplan(cat)):
        if code not in bekend:
            yield _p(cat, bestand, pad, _onbekend(soort, code, bekend))


def _elk(
    bestand: str, pad: Pad, codes: Iterable[str], soort: str, bekend: set[str]
) -> Iterator[Code]:
    for j, code in enumerate(codes):
        yield bestand, (*pad, j), code, soort, bekend


def _in_elementen(cat: Catalogus) -> Iterator[Code]:
    fg, dg, el = set(cat.functiegroepen), set(cat.doelgroepen), set(cat.elementen)
    clusters = {c.id for c in cat.elementenbestand.clusters}
    for i, e in enumerate(cat.elementenbestand.elementen):
        yield "elementen", ("elementen", i, "cluster"), e.cluster, "cluster", clusters
        pad: Pad = ("elementen", i, "doelgroep")
        yield from _elk(
            "elementen", (*pad, "functiegroepen"), e.doelgroep.functiegroepen, "functiegroep", fg
        )
        yield from _elk(
            "elementen", (*pad, "doelgroepen"), e.doelgroep.doelgroepen, "doelgroep", dg
        )
    for i, o in enumerate(cat.elementenbestand.opleidingen):
        yield from _elk("elementen", ("opleidingen", i, "elementen"), o.elementen, "element", el)
        for j, deel in enumerate(o.deels):
            yield (
                "elementen",
                ("opleidingen", i, "deels", j, "element"),
                deel.element,
                "element",
                el,
            )
    for i, punt in enumerate(cat.elementenbestand.leidinggevenden):
        yield "elementen", ("leidinggevenden", i, "element"), punt.element, "element", el
    for i, lijst in enumerate(cat.elementenbestand.vaardigheden_per_functiegroep):
        pad = ("vaardigheden_per_functiegroep", i)
        yield from _elk(
            "elementen", (*pad, "functiegroepen"), lijst.functiegroepen, "functiegroep", fg
        )
        for j, punt2 in enumerate(lijst.punten):
            yield from _elk(
                "elementen", (*pad, "punten", j, "elementen"), punt2.elementen, "element", el
            )


def _in_stappenplan(cat: Catalogus) -> Iterator[Code]:
    dg, el = set(cat.doelgroepen), set(cat.elementen)
    publiek = dg | {TEAM}
    sessies = set(cat.sessies) | set(cat.activiteiten) | {HERSTEL}
    alleen = set(cat.sessies)
    eigenaren = set(cat.eigenaren)
    for i, s in enumerate(cat.stappenplan.sessies):
        pad: Pad = ("sessies", i)
        yield "stappenplan", (*pad, "eigenaar"), s.eigenaar, "eigenaar", eigenaren
        yield from _elk("stappenplan", (*pad, "doelgroepen"), s.doelgroepen, "doelgroep", publiek)
        for veld in ("elementen", "extra_elementen"):
            yield from _elk("stappenplan", (*pad, veld), getattr(s, veld), "element", el)
        yield from _elk(
            "stappenplan", (*pad, "niet_herhalen_uit"), s.niet_herhalen_uit, "sessie", alleen
        )
        for sleutel, leden in s.samenvoegen.items():
            yield "stappenplan", (*pad, "samenvoegen"), sleutel, "doelgroep", dg
            yield from _elk("stappenplan", (*pad, "samenvoegen", sleutel), leden, "doelgroep", dg)
    for i, v in enumerate(cat.stappenplan.volgorde):
        pad = ("volgorde", i)
        yield "stappenplan", (*pad, "voor"), v.voor, "sessie", sessies
        yield "stappenplan", (*pad, "na"), v.na, "sessie", sessies | {ELK_ONDERDEEL}
        for veld in ("voor_doelgroepen", "na_doelgroepen"):
            yield from _elk("stappenplan", (*pad, veld), getattr(v, veld), "doelgroep", publiek)
    for i, t in enumerate(cat.stappenplan.terugkerend):
        yield from _elk("stappenplan", ("terugkerend", i, "elementen"), t.elementen, "element", el)
        yield "stappenplan", ("terugkerend", i, "doelgroep"), t.doelgroep, "doelgroep", publiek
        yield "stappenplan", ("terugkerend", i, "eigenaar"), t.eigenaar, "eigenaar", eigenaren
    for i, r in enumerate(cat.stappenplan.randvoorwaarden):
        yield "stappenplan", ("randvoorwaarden", i, "eigenaar"), r.eigenaar, "doelgroep", dg
    rv = {r.id for r in cat.stappenplan.randvoorwaarden}
    for i, h in enumerate(cat.stappenplan.herstelketen):
        pad = ("herstelketen", i)
        yield "stappenplan", (*pad, "doelgroep"), h.doelgroep, "doelgroep", dg
        yield "stappenplan", (*pad, "eigenaar"), h.eigenaar, "eigenaar", eigenaren
        yield from _elk("stappenplan", (*pad, "elementen"), h.elementen, "element", el)
        yield from _elk("stappenplan", (*pad, "lost_op"), h.lost_op, "randvoorwaarde", rv)


def _bron_vermeldingen(cat: Catalogus) -> Iterator[tuple[str, Pad, list[str]]]:
    """Elk `bron:`-veld van de catalogus: (bestand, pad, regelcodes)."""
    g, e, s = cat.groepen, cat.elementenbestand, cat.stappenplan
    lijsten: list[tuple[str, str, Sequence[Any]]] = [
        ("functiegroepen", "functiegroepen", g.functiegroepen),
        ("functiegroepen", "doelgroepen", g.doelgroepen),
        ("elementen", "clusters", e.clusters),
        ("elementen", "ontbrekend", e.ontbrekend),
        ("elementen", "elementen", e.elementen),
        ("elementen", "opleidingen", e.opleidingen),
        ("elementen", "vaardigheden_per_functiegroep", e.vaardigheden_per_functiegroep),
        ("stappenplan", "stappen", s.stappen),
        ("stappenplan", "eigenaren", s.eigenaren),
        ("stappenplan", "sessies", s.sessies),
        ("stappenplan", "volgorde", s.volgorde),
        ("stappenplan", "terugkerend", s.terugkerend),
        ("stappenplan", "randvoorwaarden", s.randvoorwaarden),
        ("stappenplan", "herstelketen", s.herstelketen),
        ("stappenplan", "toetspunten", s.toetspunten),
        ("leerdoelwijzer", "", [cat.leerdoelwijzer]),
        ("indicatoren", "", [cat.indicatorenbestand]),
        ("indicatoren", "indicatoren", cat.indicatorenbestand.indicatoren),
    ]
    for bestand, naam, items in lijsten:
        for i, item in enumerate(items):
            pad: Pad = (naam, i, "bron") if naam else ("bron",)
            yield bestand, pad, list(item.bron)
    for i, sessie in enumerate(s.sessies):
        if sessie.bij_teamnorm is not None:
            pad = ("sessies", i, "bij_teamnorm", "bron")
            yield "stappenplan", pad, list(sessie.bij_teamnorm.bron)
    yield "stappenplan", ("planning", "bron"), list(s.planning.bron)
    yield "stappenplan", ("kosten", "bron"), list(s.kosten.bron)


def bronnen_bestaan(cat: Catalogus) -> Iterator[Probleem]:
    """Elke `bron:` noemt regels die in regels.yaml staan."""
    bekend = set(cat.regels)
    for bestand, pad, bron in _bron_vermeldingen(cat):
        for j, regel in enumerate(bron):
            if regel not in bekend:
                yield _p(cat, bestand, (*pad, j), _onbekend("regel", regel, bekend))
    for i, r in enumerate(cat.stappenplan.randvoorwaarden):
        if r.id not in bekend:
            yield _p(
                cat, "stappenplan", ("randvoorwaarden", i, "id"), _onbekend("regel", r.id, bekend)
            )


def regels_gedekt(cat: Catalogus) -> Iterator[Probleem]:
    """Elke regel van soort data of engine wordt door minstens één vermelding genoemd."""
    genoemd = {r for _, _, bron in _bron_vermeldingen(cat) for r in bron}
    for i, regel in enumerate(cat.regelbestand.regels):
        if {"data", "engine"} & set(regel.soort) and regel.id not in genoemd:
            yield _p(
                cat,
                "regels",
                ("regels", i, "id"),
                f"regel {regel.id} ({'/'.join(regel.soort)}) wordt door geen enkele "
                "catalogusvermelding genoemd in een bron:-veld",
            )


def leerdoelwijzer(cat: Catalogus) -> Iterator[Probleem]:
    """De vragenlijst verwijst naar bestaande clusters en heeft oplopende schalen."""
    clusters = {c.id for c in cat.elementenbestand.clusters}
    for i, cluster in enumerate(cat.leerdoelwijzer.clusters):
        if cluster not in clusters:
            yield _p(
                cat, "leerdoelwijzer", ("clusters", i), _onbekend("cluster", cluster, clusters)
            )
    for veld in ("schaal_frequentie", "schaal_behoefte"):
        schaal = getattr(cat.leerdoelwijzer, veld)
        if [p.waarde for p in schaal] != sorted({p.waarde for p in schaal}):
            yield _p(
                cat, "leerdoelwijzer", (veld,), "de waarden van een schaal lopen op en zijn uniek"
            )
    hoogste = max(p.waarde for p in cat.leerdoelwijzer.schaal_behoefte)
    if cat.leerdoelwijzer.behoefte_vanaf > hoogste:
        yield _p(
            cat,
            "leerdoelwijzer",
            ("behoefte_vanaf",),
            f"hoger dan de hoogste waarde van de schaal ({hoogste})",
        )
    for element in cat.leerdoelwijzer.situaties:
        if element not in cat.elementen:
            bericht = _onbekend("element", element, cat.elementen)
            yield cat.documenten["leerdoelwijzer"].probleem(
                ("situaties", element), bericht, sleutel=True
            )


CONTROLES: tuple[tuple[str, Controle], ...] = (
    ("unieke-codes", unieke_codes),
    ("verwijzingen", verwijzingen),
    ("behoeften", behoeften),
    ("volgorde-zonder-kring", volgorde_zonder_kring),
    ("bronnen-bestaan", bronnen_bestaan),
    ("regels-gedekt", regels_gedekt),
    ("inhoudelijk", inhoudelijk),
    ("beperkingen-in-sessies", beperkingen_in_sessies),
    ("leerdoelwijzer", leerdoelwijzer),
    ("indicatoren", indicatoren_kloppen),
)


def controleer(cat: Catalogus) -> list[Probleem]:
    """Draai alle controles en geef alle problemen terug (leeg = in orde)."""
    return [p for _, controle in CONTROLES for p in controle(cat)]
