"""De strikte YAML-lezer: wat hij leest, wat hij weigert, en waar hij dat meldt."""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainingsplanner.bestanden.yamlbron import MAX_BYTES, parse_yaml, parse_yaml_bytes
from trainingsplanner.fouten import InvoerFout


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("a: 12:30\n", "12:30"),
        ("a: NO\n", "NO"),
        ("a: yes\n", "yes"),
        ("a: 012345\n", "012345"),
        ("a: 2027-13-01\n", "2027-13-01"),
        ("a: 2027-02-01\n", "2027-02-01"),
        ("a: 0x1F\n", "0x1F"),
        ("a: 1e3\n", "1e3"),
        ("a: true\n", True),
        ("a: False\n", False),
        ("a: null\n", None),
        ("a:\n", None),
        ("a: 42\n", 42),
        ("a: -3\n", -3),
        ("a: 0.5\n", 0.5),
        ("a: '42'\n", "42"),
    ],
)
def test_alleen_bool_null_en_decimale_getallen_worden_herkend(tekst: str, verwacht: object) -> None:
    assert parse_yaml(tekst, "x.yaml").data == {"a": verwacht}


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        (
            "a: 1\nb: 2\na: 3\n",
            "x.yaml:3:1: a: sleutel 'a' staat er twee keer (regel 1 en regel 3); verwijder of hernoem er één",
        ),
        (
            "a: &x [1]\nb: *x\n",
            "x.yaml:1:4: anker &x is niet toegestaan; schrijf elke waarde voluit",
        ),
        (
            "a: !!python/object:os.system x\n",
            "x.yaml:1:4: a: tag !!python/object:os.system is niet toegestaan; schrijf de waarde zonder !-teken",
        ),
        ("a:\n\t- b\n", "x.yaml:2:1: tabs zijn niet toegestaan; spring in met spaties"),
        ("", "x.yaml:1:1: het bestand is leeg"),
        ("# alleen commentaar\n", "x.yaml:1:1: het bestand is leeg"),
        (
            "a: b: c\n",
            "x.yaml:1:5: hier mag geen dubbele punt staan; zet tekst met ': ' tussen aanhalingstekens",
        ),
        ('a: "abc\n', "x.yaml:2:1: een aanhalingsteken of haakje is niet gesloten"),
        (
            "a: 1\n---\nb: 2\n",
            "x.yaml:2:1: het bestand mag maar één YAML-document bevatten (geen ---)",
        ),
        (
            "? [a, b]\n: 1\n",
            "x.yaml:1:3: een sleutel moet een gewone naam zijn, geen lijst of blok",
        ),
    ],
)
def test_weigert_met_plek(tekst: str, melding: str) -> None:
    with pytest.raises(InvoerFout) as fout:
        parse_yaml(tekst, "x.yaml")
    assert [p.tekst() for p in fout.value.problemen] == [melding]


def test_alle_dubbele_sleutels_samen_gemeld() -> None:
    tekst = "a: 1\na: 2\nb:\n  c: 1\n  c: 2\n"
    with pytest.raises(InvoerFout) as fout:
        parse_yaml(tekst, "x.yaml")
    assert [(p.regel, p.veld) for p in fout.value.problemen] == [(2, "a"), (5, "b.c")]


def test_billion_laughs_faalt_meteen() -> None:
    regels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, naam in enumerate("bcdefghi"):
        vorige = "abcdefghi"[i]
        regels.append(f"{naam}: &{naam} [{','.join(['*' + vorige] * 9)}]")
    with pytest.raises(InvoerFout) as fout:
        parse_yaml("\n".join(regels) + "\n", "bom.yaml")
    assert fout.value.problemen[0].tekst() == (
        "bom.yaml:1:4: anker &a is niet toegestaan; schrijf elke waarde voluit"
    )


def test_geen_utf8_met_plek() -> None:
    with pytest.raises(InvoerFout) as fout:
        parse_yaml_bytes("a: 1\nb: café\n".encode("cp1252"), "x.yaml")
    assert (
        fout.value.problemen[0]
        .tekst()
        .startswith("x.yaml:2:7: tekst is geen UTF-8 (byte 0xe9); sla het bestand op als UTF-8")
    )


def test_bom_wordt_geaccepteerd() -> None:
    assert parse_yaml_bytes("\ufeffa: 1\n".encode(), "x.yaml").data == {"a": 1}


def test_binair_bestand() -> None:
    with pytest.raises(InvoerFout) as fout:
        parse_yaml_bytes(b"\x89PNG\r\n\x1a\n\x00\x00", "x.yaml")
    assert fout.value.problemen[0].tekst() == (
        "x.yaml:3:1: dit is geen tekstbestand (binaire inhoud); kies een YAML-bestand"
    )


def test_te_groot_bestand() -> None:
    with pytest.raises(InvoerFout) as fout:
        parse_yaml_bytes(b"#" * (MAX_BYTES + 1), "x.yaml")
    assert fout.value.problemen[0].tekst() == "x.yaml:1:1: bestand is groter dan 4 MB"


def test_te_diep_genest() -> None:
    tekst = "a: " + "[" * 200 + "]" * 200 + "\n"
    with pytest.raises(InvoerFout) as fout:
        parse_yaml(tekst, "x.yaml")
    assert "te diep genest" in fout.value.problemen[0].bericht


def test_posities_van_sleutels_en_waarden() -> None:
    doc = parse_yaml("teams:\n  - naam: A\n    medewerkers: 3\n", "p.yaml")
    assert doc.plek(("teams", 0, "medewerkers")).regel == 3
    assert doc.plek(("teams", 0, "medewerkers")).kolom == 18
    assert doc.plek(("teams", 0, "medewerkers"), sleutel=True).kolom == 5
    assert doc.plek(("teams", 0, "bestaat-niet")).regel == 2


_sleutels = st.text(alphabet=string.ascii_lowercase + "_", min_size=1, max_size=8)
_waarden = st.one_of(
    st.integers(-(10**6), 10**6),
    st.booleans(),
    st.none(),
    st.text(alphabet=string.ascii_letters + " -", min_size=1, max_size=12).filter(
        lambda s: s.strip() == s and s.lower() not in {"true", "false", "null"}
    ),
)
_boom = st.recursive(
    _waarden,
    lambda kind: st.lists(kind, max_size=4) | st.dictionaries(_sleutels, kind, max_size=4),
    max_leaves=20,
)


@pytest.mark.slow
@given(st.dictionaries(_sleutels, _boom, min_size=1, max_size=5))
@settings(max_examples=200)
def test_eigenschap_wat_yaml_schrijft_leest_de_lezer_terug(data: dict[str, object]) -> None:
    import yaml

    tekst = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    assert parse_yaml(tekst, "x.yaml").data == data


@pytest.mark.slow
@given(st.text(max_size=200))
@settings(max_examples=500)
def test_eigenschap_willekeurige_tekst_geeft_gegevens_of_invoerfout(tekst: str) -> None:
    try:
        parse_yaml(tekst, "x.yaml")
    except InvoerFout as fout:
        assert fout.problemen
        assert all(p.bestand == "x.yaml" and p.regel >= 1 for p in fout.problemen)
