"""Elke melding van de YAML-lezer en de modelvalidatie is Nederlands en heeft een plek.

Issue 12 (punt 6: YAML-meldingen, inspringing als zodanig genoemd) en issue 16 (punt 11:
geen Engels van pydantic of YAML). Beide YAML-lezers (libyaml in C en PyYAML) worden getoetst,
want een machine zonder libyaml valt terug op de tweede.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pydantic import BaseModel, ConfigDict, Field

from trainingsplanner.bestanden import yamlparser
from trainingsplanner.bestanden.modelfouten import valideer
from trainingsplanner.bestanden.yamlbron import parse_yaml
from trainingsplanner.fouten import InvoerFout

ENGELS = re.compile(
    r"\b(found|expected|allowed|while|character|should|input|string|value|valid|"
    r"mapping|scanning|parsing|token|indentation|number|greater|less)\b",
    re.IGNORECASE,
)

KAPOT = {
    "tab": "a: 1\n\tb: 2\n",
    "tab in lijst": "teams:\n\t- naam: A\n",
    "dubbele punt": "naam: Team: A\n",
    "spatie te veel": "teams:\n  - naam: A\n     functiegroep: x\n",
    "twee spaties te veel": "versie: 1\n  gemeente: x\n",
    "open lijst": "a: [1, 2\nb: 3\n",
    "open blok": "a: {x: 1\nb: 3\n",
    "open aanhalingsteken": 'a: "tekst\n',
    "escape": 'a: "\\q"\n',
    "unicode-escape": 'a: "\\uZZZZ"\n',
    "hex-escape": 'a: "\\xZZ"\n',
    "twee documenten": "a: 1\n---\nb: 2\n",
    "tag": "a: !onbekend x\n",
    "lijstpunt in blok": "a: 1\n- b\n",
    "apenstaartje": "a: @x\n",
    "backtick": "a: `x`\n",
    "blokindicator": "a: |0\n  x\n",
    "verkeerde sleutel": "a:\n  b: 1\n c: 2\n",
    "richtlijn": "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
}


@pytest.fixture(params=["libyaml", "pyyaml"])
def lezer(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "pyyaml":
        monkeypatch.setattr(yamlparser, "_SnelleLezer", None)
    elif yamlparser._SnelleLezer is None:
        pytest.skip("libyaml is niet beschikbaar")
    yield request.param


@pytest.mark.parametrize("naam", sorted(KAPOT))
def test_R12_6_yaml_meldingen_zijn_nederlands_en_geplaatst(naam: str, lezer: str) -> None:
    with pytest.raises(InvoerFout) as fout:
        parse_yaml(KAPOT[naam], "p.yaml")
    for probleem in fout.value.problemen:
        tekst = probleem.tekst()
        assert tekst.startswith("p.yaml:"), tekst
        assert probleem.regel >= 1
        assert not ENGELS.search(probleem.bericht), (naam, lezer, probleem.bericht)


@pytest.mark.parametrize(
    "tekst", ["teams:\n  - naam: A\n     functiegroep: x\n", "versie: 1\n  gemeente: x\n"]
)
def test_R12_6_een_spatie_te_veel_heet_inspringing(tekst: str, lezer: str) -> None:
    with pytest.raises(InvoerFout) as fout:
        parse_yaml(tekst, "p.yaml")
    (probleem,) = fout.value.problemen
    assert "inspringing" in probleem.bericht
    assert "dubbele punt" not in probleem.bericht
    regel = tekst.splitlines()[probleem.regel - 1]
    assert probleem.kolom == len(regel) - len(regel.lstrip()) + 1


def test_een_dubbele_punt_in_tekst_blijft_een_dubbele_punt(lezer: str) -> None:
    with pytest.raises(InvoerFout) as fout:
        parse_yaml("naam: Team: A\n", "p.yaml")
    assert "dubbele punt" in fout.value.problemen[0].bericht


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    naam: str = Field(min_length=1, max_length=5)
    getal: float = Field(default=1.0, allow_inf_nan=False)
    aantal: int = Field(default=1, multiple_of=2)


@pytest.mark.parametrize(
    ("yaml_tekst", "verwacht"),
    [
        ("naam: abcdefgh\n", "te lang (hoogstens 5 tekens)"),
        ("naam: ''\n", "mag niet leeg zijn"),
        ("naam: a\ngetal: .inf\n", "moet een getal zijn"),
        ("naam: a\naantal: 3\n", "veelvoud van 2"),
        ("naam: 5\n", "moet tekst zijn"),
        ("naam: a\naantal: true\n", "geheel getal"),
        ("naam: a\nextra: 1\n", "onbekend veld 'extra'"),
    ],
)
def test_R16_11_modelmeldingen_zijn_nederlands(yaml_tekst: str, verwacht: str) -> None:
    document = parse_yaml(yaml_tekst, "m.yaml")
    with pytest.raises(InvoerFout) as fout:
        valideer(_Model, document)
    berichten = [p.bericht for p in fout.value.problemen]
    assert any(verwacht in b for b in berichten), berichten
    for bericht in berichten:
        assert not re.search(r"\b(should|input|string|at most|finite)\b", bericht, re.I), bericht


def test_R16_11_oneindig_is_geen_getal() -> None:
    document = parse_yaml("naam: a\ngetal: 1\n", "m.yaml")
    document.data = {"naam": "a", "getal": float("inf")}
    with pytest.raises(InvoerFout) as fout:
        valideer(_Model, document)
    assert "gewoon getal zijn (geen .inf of .nan)" in fout.value.problemen[0].bericht


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("1.500", 1500),
        ("90.000", 90000),
        ("1.500.000", 1500000),
        ("0.500", None),
        ("1.5", None),
        ("12.50", None),
    ],
)
def test_R12_3_duizendtallen_herkend(tekst: str, verwacht: int | None) -> None:
    from trainingsplanner.bestanden.yamlmeldingen import als_duizendtallen

    assert als_duizendtallen(tekst) == verwacht


def test_R12_3_de_lezer_bewaart_de_tekst_van_kommagetallen() -> None:
    document = parse_yaml("kosten:\n  budget: 90.000\n  dagtarief: 1500\n", "p.yaml")
    assert document.data["kosten"]["budget"] == 90.0
    assert document.kommagetallen == {("kosten", "budget"): "90.000"}
