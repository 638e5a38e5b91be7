"""Kruiscontroles over de catalogus: elke controle is een kleine functie die problemen oplevert.

Zoals yamllint: de controles staan in één expliciete tabel (`CONTROLES`), elke melding noemt
bestand, regel, kolom en veld, en een onbekende code krijgt een 'bedoelde u …?'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from trainingsplanner.bestanden.yamlbron import Pad
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import HERSTEL, TEAM, behoeften, volgorde_zonder_kring
from trainingsplanner.fouten import Probleem
from trainingsplanner.suggestie import bedoelde_u

Controle = Callable[[Catalogus], Iterator[Probleem]]


def _p(cat: Catalogus, bestand: str, pad: Pad, bericht: str) -> Probleem:
    return cat.documenten[bestand].probleem(pad, bericht)


def _onbekend(soort: str, waarde: str, bekend: Iterable[str]) -> str:
    return f"onbekende {soort} '{waarde}'.{bedoelde_u(waarde, bekend)}".rstrip(".")


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
    for plek in ("tabel-2", "tabel-4", "leidinggevenden", "voorbeeldprogramma"):
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
    for i, s in enumerate(cat.stappenplan.sessies):
        yield from _elk(
            "stappenplan", ("sessies", i, "doelgroepen"), s.doelgroepen, "doelgroep", publiek
        )
        yield from _elk("stappenplan", ("sessies", i, "elementen"), s.elementen, "element", el)
        for sleutel, leden in s.samenvoegen.items():
            yield "stappenplan", ("sessies", i, "samenvoegen"), sleutel, "doelgroep", dg
            for lid in leden:
                yield "stappenplan", ("sessies", i, "samenvoegen", sleutel), lid, "doelgroep", dg
    sessies = set(cat.sessies) | set(cat.activiteiten) | {HERSTEL}
    for i, v in enumerate(cat.stappenplan.volgorde):
        yield "stappenplan", ("volgorde", i, "voor"), v.voor, "sessie", sessies
        yield "stappenplan", ("volgorde", i, "na"), v.na, "sessie", sessies
    for i, t in enumerate(cat.stappenplan.terugkerend):
        yield from _elk("stappenplan", ("terugkerend", i, "elementen"), t.elementen, "element", el)
        yield "stappenplan", ("terugkerend", i, "doelgroep"), t.doelgroep, "doelgroep", publiek
    for i, r in enumerate(cat.stappenplan.randvoorwaarden):
        yield "stappenplan", ("randvoorwaarden", i, "eigenaar"), r.eigenaar, "doelgroep", dg
        if r.herstel:
            pad: Pad = ("randvoorwaarden", i, "herstel", "doelgroep")
            yield "stappenplan", pad, r.herstel.doelgroep, "doelgroep", dg


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
        ("stappenplan", "sessies", s.sessies),
        ("stappenplan", "volgorde", s.volgorde),
        ("stappenplan", "terugkerend", s.terugkerend),
        ("stappenplan", "randvoorwaarden", s.randvoorwaarden),
        ("stappenplan", "toetspunten", s.toetspunten),
        ("leerdoelwijzer", "", [cat.leerdoelwijzer]),
    ]
    for bestand, naam, items in lijsten:
        for i, item in enumerate(items):
            pad: Pad = (naam, i, "bron") if naam else ("bron",)
            yield bestand, pad, list(item.bron)


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


def inhoudelijk(cat: Catalogus) -> Iterator[Probleem]:
    """Samenhang die de handreiking vraagt (R6.4, R7.4, D3)."""
    for i, o in enumerate(cat.elementenbestand.opleidingen):
        for j, x in enumerate(o.elementen):
            element = cat.elementen.get(x)
            if element and not element.inbegrepen_in_opleiding:
                yield _p(
                    cat,
                    "elementen",
                    ("opleidingen", i, "elementen", j),
                    f"element '{x}' zit in een opleiding maar mist inbegrepen_in_opleiding: true (R6.4)",
                )
    for i, lijst in enumerate(cat.elementenbestand.vaardigheden_per_functiegroep):
        for j, punt in enumerate(lijst.punten):
            for k, x in enumerate(punt.elementen):
                element = cat.elementen.get(x)
                if element is None:
                    continue
                for f in lijst.functiegroepen:
                    if not element.doelgroep.staat_toe(f, None):
                        pad: Pad = ("vaardigheden_per_functiegroep", i, "punten", j, "elementen", k)
                        yield _p(
                            cat,
                            "elementen",
                            pad,
                            f"element '{x}' is beperkt tot andere groepen en mag niet in de lijst van '{f}' (D3)",
                        )
    gedekt = {
        f
        for lijst in cat.elementenbestand.vaardigheden_per_functiegroep
        for f in lijst.functiegroepen
    }
    for i, groep in enumerate(cat.groepen.functiegroepen):
        if groep.id not in gedekt:
            yield _p(
                cat,
                "functiegroepen",
                ("functiegroepen", i, "id"),
                f"functiegroep '{groep.id}' heeft geen vaardighedenlijst in trainingselementen.yaml (R7.4)",
            )
    for i, s in enumerate(cat.stappenplan.sessies):
        if s.elementen_uit == "vast" and not s.elementen:
            yield _p(
                cat,
                "stappenplan",
                ("sessies", i, "elementen"),
                "een sessie met vaste elementen noemt er minstens één",
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


CONTROLES: tuple[tuple[str, Controle], ...] = (
    ("unieke-codes", unieke_codes),
    ("verwijzingen", verwijzingen),
    ("behoeften", behoeften),
    ("volgorde-zonder-kring", volgorde_zonder_kring),
    ("bronnen-bestaan", bronnen_bestaan),
    ("regels-gedekt", regels_gedekt),
    ("inhoudelijk", inhoudelijk),
    ("leerdoelwijzer", leerdoelwijzer),
)


def controleer(cat: Catalogus) -> list[Probleem]:
    """Draai alle controles en geef alle problemen terug (leeg = in orde)."""
    return [p for _, controle in CONTROLES for p in controle(cat)]
