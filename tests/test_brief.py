"""Issue 13, punt 4 (R7.10): `plan brief ID` schrijft de intakebrief van één extern onderdeel
als Markdown, HTML of Word; een onbekend of niet-extern id is een fout in de opdracht (exit 2)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import yaml
from typer.testing import CliRunner

from tests.conftest import REPO
from tests.maak import profieldata, programma
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.render.brief import externe

KLEIN = REPO / "examples" / "klein.yaml"
KWAAD = "<script>alert(1)</script> & <img src=x onerror=alert(2)>"


def _plan(*argumenten: str) -> tuple[int, str, bytes]:
    uit = CliRunner().invoke(app, list(argumenten))
    return uit.exit_code, uit.stderr if uit.stderr_bytes else uit.output, uit.stdout_bytes


def _extern(catalogus: Catalogus, team: str | None = "Publiekszaken") -> str:
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.profiel.model import laad_profiel

    p = stel_samen(laad_profiel(KLEIN, catalogus), catalogus)
    return next(o.id for o in externe(p) if o.team == team and o.stap == 3)


def test_r7_10_brief_als_markdown_met_de_punten_van_de_intake(catalogus: Catalogus) -> None:
    code = _extern(catalogus)
    status, _, uit = _plan("brief", code, "--gemeente", str(KLEIN), "--format", "md", "--out", "-")
    assert status == 0
    tekst = uit.decode()
    for kop in (
        "## Doel",
        "## Context",
        "## Leerdoelen (trainingselementen)",
        "## Wat de opleiding al dekt (R6.5)",
        "## Groep en sessies",
        "## Te bevestigen in de intake (aannames)",
        "## Hoe het geëvalueerd wordt",
    ):
        assert kop in tekst, kop
    assert "Publiekszaken" in tekst and "aanname planner" in tekst
    assert "| 1 | " in tekst and "09:00" in tekst  # de sessies met hun voorgestelde datum


def test_r7_10_brief_als_word_met_kopstijlen(catalogus: Catalogus) -> None:
    code = _extern(catalogus)
    status, _, uit = _plan(
        "brief", code, "--gemeente", str(KLEIN), "--format", "docx", "--out", "-"
    )
    assert status == 0
    document = docx.Document(io.BytesIO(uit))
    koppen = [(p.style.name, p.text) for p in document.paragraphs if p.style is not None]
    assert koppen[1][0] == "Heading 1" and koppen[1][1].startswith("Intakebrief: ")
    assert ("Heading 2", "Hoe het geëvalueerd wordt") in koppen
    assert any(t.rows[0]._tr.xpath("./w:trPr/w:tblHeader") for t in document.tables)


def test_r7_10_brief_schrijft_naast_het_profiel_en_overschrijft_niet(
    in_tmp: Path, catalogus: Catalogus
) -> None:
    profiel = in_tmp / "klein.yaml"
    profiel.write_text(KLEIN.read_text(encoding="utf-8"), encoding="utf-8")
    code = _extern(catalogus)
    status, melding, _ = _plan("brief", code, "--gemeente", "klein.yaml")
    assert status == 0, melding
    doel = in_tmp / f"klein.brief.{code}.html"
    assert doel.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    doel.write_text("eigen aantekeningen", encoding="utf-8")
    status, melding, _ = _plan("brief", code, "--gemeente", "klein.yaml")
    assert status == 2 and "--force" in melding
    assert doel.read_text(encoding="utf-8") == "eigen aantekeningen"
    status, melding, _ = _plan("brief", code, "--gemeente", "klein.yaml", "--force")
    assert status == 0 and doel.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_r7_10_onbekend_id_geeft_exit_2_met_suggestie(catalogus: Catalogus) -> None:
    code = _extern(catalogus)
    fout = code[:-2] + code[-1] + code[-2]  # twee letters omgedraaid
    status, melding, _ = _plan("brief", fout, "--gemeente", str(KLEIN))
    assert status == 2
    assert f"'{fout}' is geen onderdeel van dit programma" in melding
    assert f"Bedoelde u '{code}'?" in melding


@pytest.mark.parametrize("soort", ["intern", "geen"])
def test_r7_10_niet_extern_onderdeel_geeft_exit_2(catalogus: Catalogus, soort: str) -> None:
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.profiel.model import laad_profiel

    p = stel_samen(laad_profiel(KLEIN, catalogus), catalogus)
    code = next(o.id for o in p.onderdelen if o.trainer == soort)
    status, melding, _ = _plan("brief", code.upper(), "--gemeente", str(KLEIN))
    assert status == 2
    assert f"'{code}' heeft geen extern trainingsbureau" in melding


def test_r7_10_profieltekst_ge_escaped_in_html(in_tmp: Path, catalogus: Catalogus) -> None:
    data = profieldata(gemeente=f"Stad {KWAAD}")
    data["teams"][0]["naam"] = KWAAD
    data["toetspunten"] = {"doel": KWAAD}
    (in_tmp / "p.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    p = programma(catalogus, data)
    code = next(o.id for o in externe(p) if o.team == KWAAD)
    status, melding, uit = _plan("brief", code, "--gemeente", "p.yaml", "--out", "-")
    assert status == 0, melding
    tekst = uit.decode()
    assert "<script" not in tekst and "<img" not in tekst
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img" in tekst
    assert "default-src 'none'" in tekst
    stijl = tekst.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "\\3c script" in stijl and "<" not in stijl  # de lopende kop: CSS-escapes


def test_r7_10_elk_extern_onderdeel_heeft_een_brief_in_het_programma(
    catalogus: Catalogus,
) -> None:
    from trainingsplanner.render import html

    p = programma(catalogus)
    tekst = html.render(p, catalogus, __import__("datetime").date(2026, 11, 28))
    ids = [o.id for o in externe(p)]
    assert ids, "het testprofiel heeft externe onderdelen"
    assert tekst.count('<section class="brief"') == len(ids)
    for code in ids:
        assert f'id="brief-{code}"' in tekst


def test_r7_10_brief_in_een_uitvoermap(in_tmp: Path, catalogus: Catalogus) -> None:
    code = _extern(catalogus)
    status, melding, _ = _plan("brief", code, str(KLEIN), "--format", "md", "--out", "brieven/")
    assert status == 0, melding
    assert (
        (in_tmp / "brieven" / f"klein.brief.{code}.md")
        .read_text(encoding="utf-8")
        .startswith("# Intakebrief: ")
    )
