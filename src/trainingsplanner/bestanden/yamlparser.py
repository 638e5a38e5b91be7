"""Het lezen van YAML zelf (PyYAML, met libyaml als die er is), voor `yamlbron.parse_yaml`: een
eigen module, zodat PyYAML alleen geladen wordt als er YAML te lezen is.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from trainingsplanner.bestanden.yamldocument import Pad, Plek, YamlDocument, veldnaam
from trainingsplanner.bestanden.yamlmeldingen import MAX_DIEPTE, inspringing_wijkt_af, vertaal
from trainingsplanner.fouten import InvoerFout, Probleem

_TAG = "tag:yaml.org,2002:"


class _Resolver(BaseResolver):
    """Herkent alleen true/false, null en decimale getallen; de rest blijft tekst."""


_Resolver.add_implicit_resolver(
    _TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Resolver.add_implicit_resolver(
    _TAG + "null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)
_Resolver.add_implicit_resolver(
    _TAG + "int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
_Resolver.add_implicit_resolver(
    _TAG + "float", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)\.[0-9]+$"), list("-+0123456789")
)


class _Weigering(Exception):
    def __init__(self, mark: Any, bericht: str) -> None:
        super().__init__(bericht)
        self.mark = mark
        self.bericht = bericht


class _Weigeraar:
    """Weigert ankers en aliassen tijdens het opbouwen, vóór er iets wordt gekopieerd."""

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        lezer: Any = self
        if lezer.check_event(AliasEvent):
            event = lezer.peek_event()
            raise _Weigering(
                event.start_mark,
                f"verwijzing *{event.anchor} is niet toegestaan; schrijf de waarde voluit",
            )
        event = lezer.peek_event()
        if isinstance(event, ScalarEvent | CollectionStartEvent) and event.anchor is not None:
            raise _Weigering(
                event.start_mark,
                f"anker &{event.anchor} is niet toegestaan; schrijf elke waarde voluit",
            )
        node: Node | None = Composer.compose_node(lezer, parent, index)
        assert node is not None
        return node


class _Lezer(_Weigeraar, Reader, Scanner, Parser, Composer, _Resolver):
    """PyYAML's lezer zonder constructor (pure Python)."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _Resolver.__init__(self)


_SnelleLezer: Any = None
try:  # libyaml: dezelfde gebeurtenissen, tien keer sneller gelezen
    from yaml._yaml import CParser

    class _CLezer(_Weigeraar, Composer, CParser, _Resolver):
        """Lezen en ontleden in C (libyaml); opbouwen en weigeren in Python, zoals hierboven."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            _Resolver.__init__(self)

    _SnelleLezer = _CLezer
except ImportError:  # pragma: no cover - PyYAML zonder libyaml
    pass


def parse(tekst: str, bestand: str) -> YamlDocument:
    """Tekst → YamlDocument; weigert syntaxfouten, ankers, gelijke sleutels en vreemde tags."""
    lezer: Any = None
    try:
        lezer = (_SnelleLezer or _Lezer)(tekst)
        wortel = lezer.get_single_node()
    except _Weigering as fout:
        raise InvoerFout([_op_mark(bestand, fout.mark, fout.bericht)]) from None
    except yaml.MarkedYAMLError as fout:
        mark = fout.problem_mark or fout.context_mark
        bericht = vertaal(fout.problem)
        if "cannot start any token" in (fout.problem or "") and mark is not None:
            teken = tekst[mark.index : mark.index + 1] if mark.index < len(tekst) else ""
            bericht = (
                "tabs zijn niet toegestaan; spring in met spaties"
                if teken == "\t"
                else f"het teken {teken!r} kan hier niet staan; zet de tekst tussen aanhalingstekens"
            )
        elif "mapping values are not allowed" in (fout.problem or "") and mark is not None:
            verschil = inspringing_wijkt_af(tekst, mark.line)
            if verschil is not None:
                spaties = "1 spatie" if verschil == 1 else f"{verschil} spaties"
                bericht = (
                    f"de inspringing klopt niet: deze regel springt {spaties} verder in dan "
                    "de regel erboven; lijn de sleutels uit"
                )
                fout_regel = tekst.splitlines()[mark.line]
                kolom = len(fout_regel) - len(fout_regel.lstrip(" ")) + 1
                raise InvoerFout([Probleem(bestand, mark.line + 1, kolom, "", bericht)]) from None
        raise InvoerFout([_op_mark(bestand, mark, bericht)]) from None
    except yaml.reader.ReaderError as fout:
        regel = tekst[: fout.position].count("\n") + 1
        kolom = fout.position - (tekst.rfind("\n", 0, fout.position) + 1) + 1
        code: Any = fout.character
        nummer = code if isinstance(code, int) else ord(str(code)[:1] or "\0")
        bericht = f"onzichtbaar stuurteken U+{nummer:04X} is niet toegestaan; verwijder het"
        raise InvoerFout([Probleem(bestand, regel, kolom, "", bericht)]) from None
    except RecursionError:
        bericht = f"het bestand is te diep genest (meer dan {MAX_DIEPTE} niveaus)"
        raise InvoerFout([Probleem(bestand, 1, 1, "", bericht)]) from None
    finally:
        if lezer is not None:
            lezer.dispose()
    if wortel is None:
        raise InvoerFout([Probleem(bestand, 1, 1, "", "het bestand is leeg")])
    document = YamlDocument(bestand, None)
    problemen: list[Probleem] = []
    document.data = _bouw(wortel, (), document, problemen)
    if problemen:
        raise InvoerFout(problemen)
    return document


def _op_mark(bestand: str, mark: Any, bericht: str) -> Probleem:
    if mark is None:
        return Probleem(bestand, 1, 1, "", bericht)
    return Probleem(bestand, mark.line + 1, mark.column + 1, "", bericht)


def _plek(node: Node) -> Plek:
    return Plek(node.start_mark.line + 1, node.start_mark.column + 1)


def _bouw(node: Node, pad: Pad, doc: YamlDocument, problemen: list[Probleem]) -> Any:
    doc.waarden[pad] = _plek(node)
    if len(pad) > MAX_DIEPTE:
        problemen.append(doc.probleem(pad, f"te diep genest (meer dan {MAX_DIEPTE} niveaus)"))
        return None
    if isinstance(node, ScalarNode):
        return _scalar(node, pad, doc, problemen)
    if isinstance(node, SequenceNode):
        if node.tag != _TAG + "seq":
            problemen.append(doc.probleem(pad, f"tag {_kort(node.tag)} is niet toegestaan"))
        return [_bouw(kind, (*pad, i), doc, problemen) for i, kind in enumerate(node.value)]
    if isinstance(node, MappingNode):
        if node.tag != _TAG + "map":
            problemen.append(doc.probleem(pad, f"tag {_kort(node.tag)} is niet toegestaan"))
        uit: dict[str, Any] = {}
        eerst: dict[str, int] = {}
        for sleutelnode, waardenode in node.value:
            if not isinstance(sleutelnode, ScalarNode):
                plek = _plek(sleutelnode)
                problemen.append(
                    Probleem(
                        doc.bestand,
                        plek.regel,
                        plek.kolom,
                        veldnaam(pad),
                        "een sleutel moet een gewone naam zijn, geen lijst of blok",
                    )
                )
                continue
            sleutel = str(sleutelnode.value)
            kindpad = (*pad, sleutel)
            plek = _plek(sleutelnode)
            if sleutel in eerst:
                problemen.append(
                    Probleem(
                        doc.bestand,
                        plek.regel,
                        plek.kolom,
                        veldnaam(kindpad),
                        f"sleutel '{sleutel}' staat er twee keer (regel {eerst[sleutel]} en "
                        f"regel {plek.regel}); verwijder of hernoem er één",
                    )
                )
                continue
            eerst[sleutel] = plek.regel
            doc.sleutels[kindpad] = plek
            uit[sleutel] = _bouw(waardenode, kindpad, doc, problemen)
        return uit
    problemen.append(doc.probleem(pad, "onbekend soort YAML-knoop"))  # pragma: no cover
    return None  # pragma: no cover


def _scalar(node: ScalarNode, pad: Pad, doc: YamlDocument, problemen: list[Probleem]) -> Any:
    tag = node.tag
    waarde = str(node.value)
    if tag == _TAG + "str":
        return waarde
    if tag == _TAG + "bool":
        return waarde.lower() == "true"
    if tag == _TAG + "null":
        return None
    try:
        if tag == _TAG + "int":
            return int(waarde)
        if tag == _TAG + "float":
            doc.kommagetallen[pad] = waarde
            return float(waarde)
    except ValueError:
        problemen.append(doc.probleem(pad, f"'{waarde}' is geen getal"))
        return waarde
    problemen.append(
        doc.probleem(pad, f"tag {_kort(tag)} is niet toegestaan; schrijf de waarde zonder !-teken")
    )
    return waarde


def _kort(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag
