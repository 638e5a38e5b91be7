"""De nieuwe teamleerdoelen terug in het profiel: alleen die twee velden, de rest byte voor byte.

Een profiel is met de hand geschreven: inspringing, aanhalingstekens, commentaar, lange regels,
CRLF, een BOM of een afsluitende `...` zijn van de gebruiker. Daarom wordt het profiel niet
opnieuw uitgeschreven (zoals ruamel.yaml doet, dat inspringing, witruimte en `...`
gelijktrekt), maar worden alleen de waarden van `leerdoelen` en `leerdoelwijzer` van de
betrokken teams vervangen of toegevoegd, op de plekken die de YAML-lezer aanwijst, in de stijl
en met het regeleinde van het bestand. Daarna wordt de nieuwe tekst gelezen en vergeleken: is
er iets anders veranderd dan bedoeld, dan wordt er niets geschreven.

De reservekopie is een kopie van de gelezen bytes. Een symbolische koppeling blijft staan: het
bestand waarnaar hij wijst wordt geschreven.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.lezen import lees_bytes
from trainingsplanner.bestanden.schrijven import schrijf, veilige_lstat
from trainingsplanner.bestanden.yamlbron import MAX_BYTES, parse_yaml, parse_yaml_bytes
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.leerdoelwijzer.antwoorden import Uitslag
from trainingsplanner.leerdoelwijzer.verschil import Bewerking, pas_toe
from trainingsplanner.profiel.model import Profiel, profiel_uit_document

_BOM = b"\xef\xbb\xbf"
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Profielbestand:
    """Het profiel zoals het één keer van schijf is gelezen: bytes, tekst en gecontroleerd model."""

    pad: Path
    naam: str
    ruw: bytes
    tekst: str
    profiel: Profiel
    data: Any

    @property
    def regeleinde(self) -> str:
        einde = self.tekst.find("\n")
        if einde > 0 and self.tekst[einde - 1] == "\r":
            return "\r\n"
        return "\n" if einde >= 0 or "\r" not in self.tekst else "\r"


@dataclass
class Wijziging:
    oud: Profielbestand
    tekst: str
    bewerkingen: list[Bewerking]

    @property
    def inhoud(self) -> bytes:
        bom = _BOM if self.oud.ruw.startswith(_BOM) else b""
        return bom + self.tekst.encode("utf-8")


def lees_profiel(pad: Path, cat: Catalogus) -> Profielbestand:
    naam = toon_pad(pad)
    ruw = lees_bytes(pad, naam, MAX_BYTES)
    document = parse_yaml_bytes(ruw, naam)
    profiel = profiel_uit_document(document, cat)
    return Profielbestand(pad, naam, ruw, ruw.decode("utf-8-sig"), profiel, document.data)


def nieuwe_tekst(bestand: Profielbestand, uitslag: Uitslag, datum: str) -> Wijziging:
    """Zet leerdoelen en herkomst bij elk team dat bijgewerkt wordt; controleer het resultaat."""
    wortel = yaml.compose(bestand.tekst, Loader=_LOADER)
    assert wortel is not None, "het profiel is al gelezen en is niet leeg"
    teams = _waarde(wortel, "teams")
    assert isinstance(teams, SequenceNode)
    verwacht = copy.deepcopy(bestand.data)
    bewerkingen: list[Bewerking] = []
    for team in uitslag.teams:
        if not team.bijwerken:
            continue
        knoop = teams.value[team.index]
        assert isinstance(knoop, MappingNode)
        herkomst = {"respondenten": team.respondenten, "datum": datum, "drempel": uitslag.drempel}
        velden = {"leerdoelen": team.leerdoelen, "leerdoelwijzer": herkomst}
        verwacht["teams"][team.index].update(velden)
        bewerkingen.extend(_zet(bestand.tekst, knoop, velden, bestand.regeleinde))
    tekst = pas_toe(bestand.tekst, bewerkingen)
    nieuw = parse_yaml(tekst, bestand.naam)
    if nieuw.data != verwacht:  # pragma: no cover - een fout in deze module, geen invoerfout
        raise RuntimeError("terugschrijven zou meer veranderen dan leerdoelen en leerdoelwijzer")
    return Wijziging(bestand, tekst, bewerkingen)


def schrijf_terug(wijziging: Wijziging, cat: Catalogus) -> Path:
    """Controleer het nieuwe profiel, bewaar een reservekopie (dezelfde bytes) en schrijf atomair."""
    oud = wijziging.oud
    profiel_uit_document(parse_yaml(wijziging.tekst, oud.naam), cat)
    if lees_bytes(oud.pad, oud.naam, MAX_BYTES) != oud.ruw:
        raise InvoerFout(
            [
                Probleem(
                    oud.naam,
                    0,
                    0,
                    "",
                    "het profiel is veranderd terwijl de antwoorden werden geteld; voer de "
                    "opdracht opnieuw uit",
                )
            ]
        )
    reserve = _vrije_reservenaam(oud.pad)
    schrijf(reserve, oud.ruw)
    schrijf(oud.pad, wijziging.inhoud, overschrijven=True)
    return reserve


def _vrije_reservenaam(pad: Path) -> Path:
    for nummer in range(1, 1000):
        kandidaat = pad.with_name(f"{pad.name}.bak" if nummer == 1 else f"{pad.name}.bak{nummer}")
        if veilige_lstat(kandidaat) is None:
            return kandidaat
    raise InvoerFout(
        [Probleem(str(pad), 0, 0, "", "te veel reservekopieën; ruim oude .bak-bestanden op")]
    )


def _waarde(mapping: Node, sleutel: str) -> Node | None:
    if isinstance(mapping, MappingNode):
        for k, v in mapping.value:
            if isinstance(k, ScalarNode) and k.value == sleutel:
                assert isinstance(v, Node)
                return v
    return None


def _zet(tekst: str, team: MappingNode, velden: dict[str, Any], nl: str) -> list[Bewerking]:
    """Bewerkingen die de velden van één team vervangen of, als ze ontbreken, toevoegen."""
    bewerkingen: list[Bewerking] = []
    nieuw: list[str] = []
    for sleutel, waarde in velden.items():
        oud = _waarde(team, sleutel)
        if oud is None:
            nieuw.append(f"{sleutel}: {_stroom(waarde)}")
        else:
            bewerkingen.append(_vervang(tekst, oud, waarde, nl))
    if nieuw:
        bewerkingen.append(_voeg_toe(tekst, team, nieuw, nl))
    return bewerkingen


def _vervang(tekst: str, oud: Node, waarde: Any, nl: str) -> Bewerking:
    begin, einde = oud.start_mark.index, oud.end_mark.index
    if isinstance(oud, ScalarNode) and begin == einde:  # `leerdoelen:` zonder waarde
        return Bewerking(begin, einde, " " + _stroom(waarde))
    if isinstance(oud, MappingNode | SequenceNode) and not oud.flow_style and waarde:
        inspringing = nl + " " * oud.start_mark.column
        regels = (
            [f"- {_scalar(w)}" for w in waarde]
            if isinstance(waarde, list)
            else [f"{k}: {_scalar(w)}" for k, w in waarde.items()]
        )
        return Bewerking(begin, _laatste_blad(oud), inspringing.join(regels))
    return Bewerking(begin, _laatste_blad(oud), _stroom(waarde))


def _voeg_toe(tekst: str, team: MappingNode, regels: list[str], nl: str) -> Bewerking:
    """Nieuwe sleutels na de laatste waarde van het team, in de stijl van het team."""
    laatste = _laatste_blad(team.value[-1][1])
    if team.flow_style:
        return Bewerking(laatste, laatste, "".join(", " + r for r in regels))
    inspringing = " " * team.value[0][0].start_mark.column
    blok = "".join(inspringing + r + nl for r in regels)
    if laatste > 0 and tekst[laatste - 1] in "\r\n\x85\u2028\u2029":
        return Bewerking(laatste, laatste, blok)  # na een blok (|) begint hier al een regel
    gevonden = [i for i in (tekst.find("\n", laatste), tekst.find("\r", laatste)) if i >= 0]
    regeleinde = min(gevonden, default=-1)
    if regeleinde < 0:
        return Bewerking(len(tekst), len(tekst), nl + blok.removesuffix(nl))
    na = regeleinde + (2 if tekst.startswith("\r\n", regeleinde) else 1)
    return Bewerking(na, na, blok)


def _laatste_blad(knoop: Node) -> int:
    """Waar de tekst van een waarde eindigt (bij een blok: het einde van het laatste deel)."""
    while isinstance(knoop, MappingNode | SequenceNode) and not knoop.flow_style and knoop.value:
        laatste = knoop.value[-1]
        knoop = laatste[1] if isinstance(laatste, tuple) else laatste
    return int(knoop.end_mark.index)


def _stroom(waarde: Any) -> str:
    if isinstance(waarde, list):
        return "[" + ", ".join(_scalar(w) for w in waarde) + "]"
    return "{" + ", ".join(f"{k}: {_scalar(w)}" for k, w in waarde.items()) + "}"


def _scalar(waarde: Any) -> str:
    """Een waarde zoals de strikte YAML-lezer hem terugleest: codes kaal, datums tussen quotes."""
    if isinstance(waarde, bool) or not isinstance(waarde, int | float | str):
        raise TypeError(waarde)  # pragma: no cover
    if isinstance(waarde, int):
        return str(waarde)
    if isinstance(waarde, float):
        tekst = repr(waarde)
        if not _KOMMAGETAL.fullmatch(tekst):
            tekst = f"{waarde:.10f}".rstrip("0")
            tekst += "0" if tekst.endswith(".") else ""
        return tekst
    if _CODE.fullmatch(waarde) and waarde not in ("true", "false", "null"):
        return waarde
    return "'" + waarde.replace("'", "''") + "'"


_CODE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_KOMMAGETAL = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
