"""Slechte invoer laat `plan` nooit crashen: elke run eindigt met 0, 1 of 2, nooit met een traceback.

Hypothesis voert elke opdracht met rommel-YAML, verminkte geldige profielen en vreemde
bestanden. Vast zaad (derandomize) en een begrensd aantal voorbeelden in CI; meer met
FUZZ_VOORBEELDEN=20000 make test. Samen met de cataloguslezer (test_fuzz_catalogus.py) en de
antwoorden van de leerdoelwijzer zijn het in CI ruim 5.000 voorbeelden. De hypothesis-tests hebben de markering `slow`; de vaste
vreemde bestanden draaien ook in `make check`.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from tests.maak import BASIS
from trainingsplanner.cli.app import app

runner = CliRunner()
AANTAL = int(os.environ.get("FUZZ_VOORBEELDEN", "1000"))
INSTELLINGEN = settings(
    max_examples=AANTAL,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
OPDRACHTEN = [
    ["generate", "--format", "json", "--out", "-"],
    ["generate", "--format", "md", "--out", "-"],
    ["check-randvoorwaarden"],
    ["explain", "R3.2"],
]
GELOKALISEERD = re.compile(r"^\S.*?(:\d+:\d+)?: .+", re.M)


def _controleer(resultaat: Result) -> None:
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise AssertionError(f"crash: {resultaat.exception!r}") from resultaat.exception
    assert resultaat.exit_code in (0, 1, 2), resultaat.output
    assert "Traceback" not in resultaat.output
    if resultaat.exit_code == 2:
        regels = resultaat.stderr.strip().splitlines()
        assert regels, "exit 2 zonder melding"
        assert regels[-1].endswith(".") and "gevonden in" in regels[-1]
        assert all(
            re.match(r"^.+?:(\d+:\d+: |\s)", r) or r.startswith("--") or ": " in r
            for r in regels[:-1]
        )


def _draai(tmp: Path, tekst: bytes | str, opdracht: list[str]) -> None:
    pad = tmp / "p.yaml"
    pad.write_bytes(tekst if isinstance(tekst, bytes) else tekst.encode("utf-8", "surrogatepass"))
    _controleer(runner.invoke(app, [*opdracht, "--gemeente", str(pad)]))


# ---- rommel-YAML

_scalair = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        [
            "ja",
            "nee",
            "NO",
            "12:30",
            "012345",
            "2027-13-01",
            "2027-02-30",
            "~",
            "&a",
            "*a",
            "!!python/object",
        ]
    ),
)
_boom = st.recursive(
    _scalair,
    lambda kind: (
        st.lists(kind, max_size=4) | st.dictionaries(st.text(max_size=12), kind, max_size=5)
    ),
    max_leaves=25,
)


@pytest.mark.slow
@given(data=_boom, opdracht=st.sampled_from(OPDRACHTEN))
@INSTELLINGEN
def test_rommel_yaml(
    tmp_path_factory: pytest.TempPathFactory, data: Any, opdracht: list[str]
) -> None:
    tekst = yaml.safe_dump(data, allow_unicode=True)
    _draai(tmp_path_factory.mktemp("r"), tekst, opdracht)


@pytest.mark.slow
@given(tekst=st.text(max_size=300), opdracht=st.sampled_from(OPDRACHTEN))
@settings(INSTELLINGEN, max_examples=2 * AANTAL)
def test_willekeurige_tekst(
    tmp_path_factory: pytest.TempPathFactory, tekst: str, opdracht: list[str]
) -> None:
    _draai(tmp_path_factory.mktemp("t"), tekst, opdracht)


@pytest.mark.slow
@given(ruw=st.binary(max_size=300))
@settings(INSTELLINGEN, max_examples=AANTAL)
def test_willekeurige_bytes(tmp_path_factory: pytest.TempPathFactory, ruw: bytes) -> None:
    _draai(tmp_path_factory.mktemp("b"), ruw, OPDRACHTEN[0])


# ---- verminkte geldige profielen

_paden = st.sampled_from(
    [
        ("gemeente",),
        ("startdatum",),
        ("looptijd_jaren",),
        ("groepsgrootte",),
        ("capaciteit", "sessies_per_maand"),
        ("kosten", "dagtarief_trainer"),
        ("kosten", "budget"),
        ("voorkeuren", "e_learning"),
        ("randvoorwaarden", "organisatienorm"),
        ("toetspunten", "doel"),
        ("bestuur", "college"),
        ("bestuur", "betrokken_bij_incident"),
        ("organisatie", "bot"),
        ("teams",),
        ("teams", 0),
        ("teams", 0, "naam"),
        ("teams", 0, "functiegroep"),
        ("teams", 0, "medewerkers"),
        ("teams", 1, "leerdoelen"),
        ("teams", 1, "opleidingen"),
        ("teams", 2, "risico"),
        ("teams", 3, "basiscompetenties"),
        ("versie",),
        ("onbekend_veld",),
        ("teams", 0, "extra"),
    ]
)
_vreemd = st.one_of(
    _scalair,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.text(min_size=1000, max_size=5000),
    st.text(alphabet=st.characters(categories=("Cc", "Cf", "Zs", "So", "Mn")), max_size=30),
    st.lists(st.text(max_size=10), max_size=6),
    st.sampled_from(
        ["opvang-en-nazorg", "toezicht-handhaving", "boaa", "", " ", "fysieke-weerbaarheid"]
    ),
    st.recursive(
        st.none(),
        lambda k: st.lists(k, max_size=2) | st.dictionaries(st.just("a"), k, max_size=1),
        max_leaves=40,
    ),
)


def _zet(data: Any, pad: tuple[Any, ...], waarde: Any, weg: bool) -> None:
    doel = data
    for stap in pad[:-1]:
        if (isinstance(doel, dict) and stap in doel) or (
            isinstance(doel, list) and isinstance(stap, int) and stap < len(doel)
        ):
            doel = doel[stap]
        else:
            return
    laatste = pad[-1]
    if weg:
        if isinstance(doel, dict):
            doel.pop(laatste, None)
        elif isinstance(doel, list) and isinstance(laatste, int) and laatste < len(doel):
            doel.pop(laatste)
    elif isinstance(doel, dict) or (
        isinstance(doel, list) and isinstance(laatste, int) and laatste < len(doel)
    ):
        doel[laatste] = waarde


@pytest.mark.slow
@given(
    wijzigingen=st.lists(st.tuples(_paden, _vreemd, st.booleans()), min_size=1, max_size=4),
    opdracht=st.sampled_from(OPDRACHTEN),
)
@INSTELLINGEN
def test_verminkte_profielen(
    tmp_path_factory: pytest.TempPathFactory, wijzigingen: list[Any], opdracht: list[str]
) -> None:
    data = copy.deepcopy(BASIS)
    for pad, waarde, weg in wijzigingen:
        _zet(data, pad, waarde, weg)
    _draai(tmp_path_factory.mktemp("v"), yaml.safe_dump(data, allow_unicode=True), opdracht)


# ---- vreemde bestanden


def test_vreemde_bestanden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "leeg.yaml").write_text("", encoding="utf-8")
    (tmp_path / "binair.yaml").write_bytes(bytes(range(256)))
    (tmp_path / "map.yaml").mkdir()
    (tmp_path / "lus-a.yaml").symlink_to(tmp_path / "lus-b.yaml")
    (tmp_path / "lus-b.yaml").symlink_to(tmp_path / "lus-a.yaml")
    diep = "a: " + "[" * 5000 + "]" * 5000 + "\n"
    (tmp_path / "diep.yaml").write_text(diep, encoding="utf-8")
    verwacht = {
        "leeg.yaml": "het bestand is leeg",
        "binair.yaml": "dit is geen tekstbestand",
        "lus-a.yaml": "bestand is niet te lezen",
        "bestaat-niet.yaml": "bestand niet gevonden",
        "diep.yaml": "te diep genest",
    }
    for naam, tekst in verwacht.items():
        for opdracht in (
            ["generate", "--out", "-"],
            ["check-randvoorwaarden"],
            ["explain", "R1.1"],
        ):
            resultaat = runner.invoke(app, [*opdracht, "--gemeente", str(tmp_path / naam)])
            _controleer(resultaat)
            assert resultaat.exit_code == 2 and tekst in resultaat.stderr, (naam, resultaat.stderr)
    resultaat = runner.invoke(
        app, ["check-randvoorwaarden", "--gemeente", str(tmp_path / "map.yaml")]
    )
    assert resultaat.exit_code == 2 and "dit is een map, geen bestand" in resultaat.stderr
    for opdracht in (["validate", "--catalogus"], ["catalogus", "regels", "--catalogus"]):
        resultaat = runner.invoke(app, [*opdracht, str(tmp_path / "leeg.yaml")])
        _controleer(resultaat)
        assert resultaat.exit_code == 2

    def geen_rechten(*_: object, **__: object) -> object:
        raise PermissionError(13, "Permission denied")

    (tmp_path / "goed.yaml").write_text(yaml.safe_dump(BASIS), encoding="utf-8")
    monkeypatch.setattr(Path, "open", geen_rechten)
    resultaat = runner.invoke(
        app, ["check-randvoorwaarden", "--gemeente", str(tmp_path / "goed.yaml")]
    )
    assert resultaat.exit_code == 2 and "geen leesrechten op dit bestand" in resultaat.stderr
