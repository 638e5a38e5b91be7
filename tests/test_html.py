"""De HTML-weergave: één balk per onderdeel, veilig, toegankelijk, zelfstandig.

De golden file van `klein` staat in tests/test_golden.py.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO
from tests.maak import profieldata, programma
from tests.test_golden import VOORBEELDEN
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import genereer
from trainingsplanner.render import html

DATUM = dt.date(2026, 11, 28)
KWAAD = "<script>alert(1)</script> & \"Dit\" 'is' <img src=x onerror=alert(2)>"


@pytest.mark.parametrize("profiel", VOORBEELDEN, ids=lambda p: p.stem)
def test_svg_heeft_een_balk_per_onderdeel(profiel: Path, catalogus: Catalogus) -> None:
    resultaat = genereer(profiel, catalogus, "html", DATUM)
    balken = re.findall(r'<rect class="stap-(\d) [^"]*" data-id="([^"]+)"', resultaat.als_tekst)
    assert sorted(code for _, code in balken) == sorted(
        o.id for o in resultaat.programma.onderdelen
    )
    stappen = {o.id: o.stap for o in resultaat.programma.onderdelen}
    assert all(int(stap) == stappen[code] for stap, code in balken)


def test_profieltekst_wordt_als_tekst_getoond(catalogus: Catalogus) -> None:
    data = profieldata(gemeente=KWAAD)
    data["teams"][0]["naam"] = KWAAD
    tekst = html.render(programma(catalogus, data), catalogus, DATUM)
    assert "<script" not in tekst and "<img" not in tekst
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Dit&#34; &#39;is&#39;" in tekst
    assert "onerror=alert(2)&gt;" in tekst


def test_zelfstandig_zonder_netwerk_of_script(catalogus: Catalogus) -> None:
    tekst = html.render(programma(catalogus), catalogus, DATUM)
    assert "<script" not in tekst
    assert not re.search(r'\s(?:src|href)="(?!#)', tekst)  # alleen ankers in het document
    assert "@import" not in tekst and "url(" not in tekst
    externe = set(re.findall(r"https?://[^\s\"'<>]+", tekst)) - {"http://www.w3.org/2000/svg"}
    assert externe == set()
    assert "Content-Security-Policy" in tekst and "default-src 'none'" in tekst


def test_toegankelijk_en_nederlands(catalogus: Catalogus) -> None:
    tekst = html.render(programma(catalogus), catalogus, DATUM)
    assert tekst.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert tekst.count("<h1>") == 1
    assert '<th scope="col">' in tekst and '<th scope="row">' in tekst
    assert 'role="img" aria-label="Tijdlijn' in tekst
    assert "1 februari 2027 – 31 januari 2030" in tekst
    assert "€\u00a01" in tekst or "€\u00a02" in tekst or "€\u00a03" in tekst  # harde spatie


def test_print_stijl_a4_en_pagina_per_team(catalogus: Catalogus) -> None:
    tekst = html.render(programma(catalogus), catalogus, DATUM)
    assert "@page { size: A4" in tekst
    assert re.search(r"section\.team[^{]*\{ break-before: page; \}", tekst)
    assert "thead { display: table-header-group; }" in tekst
    assert tekst.count('<section class="team"') == 4


def test_veel_teams_in_meerdere_figuren(catalogus: Catalogus) -> None:
    data = profieldata()
    data["teams"] = [
        {"naam": f"Team {i:03d}", "functiegroep": "publieksdiensten", "medewerkers": 8}
        for i in range(200)
    ]
    data["capaciteit"] = {"sessies_per_maand": 200}
    p = programma(catalogus, data)
    tekst = html.render(p, catalogus, DATUM)
    # het overzicht in de MT-samenvatting + organisatie + 200 teams in blokken van 40
    assert tekst.count("<figure") == 1 + 1 + 5
    assert "Teams 161–200 van 200" in tekst
    assert tekst.count("data-id=") == len(p.onderdelen)


def test_generate_html_via_cli(in_tmp: Path) -> None:
    from typer.testing import CliRunner

    from trainingsplanner.cli.app import app

    (in_tmp / "p.yaml").write_text(
        yaml.safe_dump(profieldata(), allow_unicode=True), encoding="utf-8"
    )
    resultaat = CliRunner().invoke(app, ["generate", "--gemeente", "p.yaml", "--format", "html"])
    assert resultaat.exit_code == 0, resultaat.output
    assert (in_tmp / "p.programma.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_schermafdruk_in_readme_bestaat() -> None:
    assert (REPO / "docs" / "programma.png").exists()
