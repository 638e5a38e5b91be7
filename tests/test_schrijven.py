"""Niets gaat verloren: atomair schrijven, nooit ongevraagd overschrijven, ook niet bij een kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trainingsplanner.bestanden.schrijven import schrijf, schrijf_alle
from trainingsplanner.fouten import InvoerFout


def test_nieuw_bestand(tmp_path: Path) -> None:
    schrijf(tmp_path / "a.md", "hallo\n")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "hallo\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_nooit_overschrijven_zonder_force(tmp_path: Path) -> None:
    doel = tmp_path / "a.md"
    doel.write_text("oud", encoding="utf-8")
    with pytest.raises(InvoerFout) as fout:
        schrijf(doel, "nieuw")
    assert "bestand bestaat al; gebruik --force" in fout.value.problemen[0].bericht
    assert doel.read_text(encoding="utf-8") == "oud"
    doel.chmod(0o600)
    schrijf(doel, "nieuw", overschrijven=True)
    assert doel.read_text(encoding="utf-8") == "nieuw"
    assert doel.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


@pytest.mark.parametrize(
    ("pad", "melding"),
    [("map", "dit is een map; geef een bestandsnaam op"), ("nergens/a.md", "bestaat niet")],
)
def test_onmogelijke_doelen(tmp_path: Path, pad: str, melding: str) -> None:
    (tmp_path / "map").mkdir()
    with pytest.raises(InvoerFout) as fout:
        schrijf(tmp_path / pad, "x", overschrijven=True)
    assert melding in fout.value.problemen[0].bericht


KIND = """
import os, sys, time
from pathlib import Path
from trainingsplanner.bestanden import schrijven

def traag(descriptor):
    Path(sys.argv[2]).write_text("bezig")
    time.sleep(30)

schrijven.os.fsync = traag
schrijven.schrijf(Path(sys.argv[1]), "NIEUW " * 100000, overschrijven=True)
"""


def test_kill_tijdens_schrijven_laat_het_oude_bestand_heel(tmp_path: Path) -> None:
    doel = tmp_path / "programma.md"
    doel.write_text("het oude programma\n", encoding="utf-8")
    teken = tmp_path / "bezig"
    kind = subprocess.Popen([sys.executable, "-c", KIND, str(doel), str(teken)])
    einde = time.monotonic() + 30
    while not teken.exists() and time.monotonic() < einde:
        time.sleep(0.05)
    assert teken.exists(), "het kindproces kwam niet tot schrijven"
    os.kill(kind.pid, signal.SIGKILL)
    kind.wait(timeout=10)
    assert doel.read_text(encoding="utf-8") == "het oude programma\n"
    tijdelijk = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert all(n.startswith(".programma.md.") for n in tijdelijk)


# --- Aanvalsronde (issue 16): doelen die geen gewoon bestand zijn, races, alles-of-niets ---


def test_16_4_nooit_op_een_fifo_ook_niet_met_force(tmp_path: Path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    for force in (False, True):
        with pytest.raises(InvoerFout) as fout:
            schrijf(fifo, "x", overschrijven=force)
        assert "geen gewoon bestand" in fout.value.problemen[0].bericht
    assert fifo.is_fifo()


def test_16_4_nooit_op_een_apparaat() -> None:
    with pytest.raises(InvoerFout) as fout:
        schrijf(Path("/dev/null"), "x", overschrijven=True)
    assert "geen gewoon bestand" in fout.value.problemen[0].bericht
    assert Path("/dev/null").is_char_device()


def test_16_6_losse_symbolische_koppeling_wordt_niet_vervangen(tmp_path: Path) -> None:
    koppeling = tmp_path / "uit.md"
    koppeling.symlink_to(tmp_path / "nergens" / "doel.md")
    for force in (False, True):
        with pytest.raises(InvoerFout) as fout:
            schrijf(koppeling, "x", overschrijven=force)
        assert "nergens heen wijst" in fout.value.problemen[0].bericht
    assert koppeling.is_symlink()


def test_16_7_koppeling_naar_een_bestand_schrijft_het_doel_en_houdt_de_koppeling(
    tmp_path: Path,
) -> None:
    echt = tmp_path / "echt.md"
    echt.write_text("oud", encoding="utf-8")
    koppeling = tmp_path / "koppeling.md"
    koppeling.symlink_to(echt)
    with pytest.raises(InvoerFout):
        schrijf(koppeling, "nieuw")
    schrijf(koppeling, "nieuw", overschrijven=True)
    assert koppeling.is_symlink()
    assert echt.read_text(encoding="utf-8") == "nieuw"


def test_16_3_te_lange_naam_is_een_melding(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout) as fout:
        schrijf(tmp_path / ("x" * 300 + ".md"), "x")
    assert "te lang" in fout.value.problemen[0].bericht


def test_16_3_map_zonder_toegang_is_een_melding(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout) as fout:
        schrijf(tmp_path / "bestand.md" / "onder-een-bestand.md", "x")
    assert fout.value.problemen[0].bericht  # geen traceback, wel een melding
    (tmp_path / "bestand.md").write_text("x", encoding="utf-8")
    with pytest.raises(InvoerFout) as fout:
        schrijf(tmp_path / "bestand.md" / "onder-een-bestand.md", "x")
    assert "geen map" in fout.value.problemen[0].bericht


RACE = """
import sys
from pathlib import Path
from trainingsplanner.bestanden.schrijven import schrijf, schrijf_alle
from trainingsplanner.fouten import InvoerFout
try:
    schrijf(Path(sys.argv[1]), sys.argv[2] * 100000)
    print("geschreven")
except InvoerFout:
    print("bestaat al")
"""


def test_16_6_twee_gelijktijdige_schrijvers_zonder_force(tmp_path: Path) -> None:
    for poging in range(8):
        doel = tmp_path / f"race-{poging}.md"
        kinderen = [
            subprocess.Popen(
                [sys.executable, "-c", RACE, str(doel), teken], stdout=subprocess.PIPE, text=True
            )
            for teken in "AB"
        ]
        uitkomsten = sorted(k.communicate(timeout=60)[0].strip() for k in kinderen)
        assert uitkomsten == ["bestaat al", "geschreven"], uitkomsten
        inhoud = doel.read_text(encoding="utf-8")
        assert inhoud in ("A" * 100000, "B" * 100000)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_alles_of_niets_bij_een_onmogelijk_doel(tmp_path: Path) -> None:
    (tmp_path / "bezet.csv").write_text("eigen werk", encoding="utf-8")
    with pytest.raises(InvoerFout) as fout:
        schrijf_alle(
            [(tmp_path / "a.html", "a"), (tmp_path / "bezet.csv", "b"), (tmp_path / "c.xlsx", b"c")]
        )
    assert [p.bericht for p in fout.value.problemen] == [
        "bestand bestaat al; gebruik --force om het te vervangen"
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bezet.csv"]
    assert (tmp_path / "bezet.csv").read_text(encoding="utf-8") == "eigen werk"


def test_alles_of_niets_draait_terug_als_plaatsen_halverwege_mislukt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    oud = tmp_path / "oud.md"
    oud.write_text("het oude", encoding="utf-8")
    echte_link = os.link

    def link_die_bij_derde_faalt(bron: str | Path, doel: str | Path) -> None:
        if Path(doel).name == "derde.md":
            raise FileExistsError(doel)
        echte_link(bron, doel)

    monkeypatch.setattr(os, "link", link_die_bij_derde_faalt)
    with pytest.raises(InvoerFout):
        schrijf_alle(
            [(oud, "nieuw"), (tmp_path / "tweede.md", "2"), (tmp_path / "derde.md", "3")],
            overschrijven=True,
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oud.md"]
    assert oud.read_text(encoding="utf-8") == "het oude"


def test_hetzelfde_doel_twee_keer_in_een_opdracht(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout) as fout:
        schrijf_alle([(tmp_path / "x.md", "1"), (tmp_path / "x.md", "2")], overschrijven=True)
    assert "twee keer geschreven" in fout.value.problemen[0].bericht
    assert list(tmp_path.iterdir()) == []
