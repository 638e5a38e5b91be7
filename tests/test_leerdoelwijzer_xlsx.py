"""De eigen XLSX-lezer van de leerdoelwijzer: vormen uit Excel, Forms en andere programma's.

Gedeelde teksten met opmaak (runs) en fonetische hulp, een `x:`-voorvoegsel (OpenXML SDK),
getallen, een blad 'Antwoorden' dat niet het eerste is; en hypothesis op het werkblad.
"""

from __future__ import annotations

import shutil
import zipfile
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import REPO
from trainingsplanner.cli.app import app
from trainingsplanner.leerdoelwijzer.xlsxlezer import lees_xlsx

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"
HOOFD = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _zip(delen: dict[str, str]) -> bytes:
    import io

    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, inhoud in delen.items():
            z.writestr(naam, inhoud)
    return uit.getvalue()


def _boek(blad: str, gedeeld: str | None = None, *, voorvoegsel: str = "") -> bytes:
    x = voorvoegsel
    ns = f'xmlns{":" + x.rstrip(":") if x else ""}="{HOOFD}"'
    werkboek = (
        f'<{x}workbook {ns} xmlns:r="{REL}"><{x}sheets>'
        f'<{x}sheet name="Uitleg" sheetId="1" r:id="rId1"/>'
        f'<{x}sheet name="Antwoorden" sheetId="2" r:id="rId2"/></{x}sheets></{x}workbook>'
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    )
    delen = {
        "xl/workbook.xml": werkboek,
        "xl/_rels/workbook.xml.rels": rels,
        "xl/worksheets/sheet1.xml": f"<{x}worksheet {ns}><{x}sheetData/></{x}worksheet>",
        "xl/worksheets/sheet2.xml": (
            f"<{x}worksheet {ns}><{x}sheetData>{blad}</{x}sheetData></{x}worksheet>"
        ),
    }
    if gedeeld is not None:
        delen["xl/sharedStrings.xml"] = f"<{x}sst {ns}>{gedeeld}</{x}sst>"
    return _zip(delen)


@pytest.mark.parametrize("voorvoegsel", ["", "x:"])
def test_gedeelde_teksten_runs_fonetisch_en_getallen(voorvoegsel: str) -> None:
    x = voorvoegsel
    gedeeld = (
        f"<{x}si><{x}t>Team [team]</{x}t></{x}si>"
        f"<{x}si><{x}r><{x}t>Buiten</{x}t></{x}r><{x}r><{x}t>dienst</{x}t></{x}r>"
        f"<{x}rPh><{x}t>niet</{x}t></{x}rPh></{x}si>"
        f'<{x}si><{x}t xml:space="preserve"> graag </{x}t></{x}si>'
    )
    blad = (
        f'<{x}row r="1"><{x}c r="A1" t="s"><{x}v>0</{x}v></{x}c>'
        f'<{x}c r="C1" t="inlineStr"><{x}is><{x}t>[leren:x]</{x}t></{x}is></{x}c></{x}row>'
        f'<{x}row r="3"><{x}c r="A3" t="s"><{x}v>1</{x}v></{x}c><{x}c r="B3"><{x}v>2.0</{x}v>'
        f'</{x}c><{x}c r="C3" t="s"><{x}v>2</{x}v></{x}c><{x}c r="D3" t="b"><{x}v>1</{x}v>'
        f'</{x}c><{x}c r="E3" t="e"><{x}v>#N/A</{x}v></{x}c></{x}row>'
    )
    tabel = lees_xlsx(_boek(blad, gedeeld, voorvoegsel=x), "a.xlsx")
    assert tabel.koppen == ["Team [team]", "", "[leren:x]"]
    assert list(tabel.rijen) == [(3, ["Buitendienst", "2", " graag ", "1", "#N/A"])]


def test_gedeelde_tekst_die_ontbreekt_is_beschadigd() -> None:
    blad = '<row r="1"><c r="A1" t="s"><v>7</v></c></row>'
    from trainingsplanner.fouten import InvoerFout

    with pytest.raises(InvoerFout, match=r"beschadigd of geen \.xlsx \(cel A1\)"):
        list(lees_xlsx(_boek(blad, "<si><t>a</t></si>"), "a.xlsx").rijen)


_CEL = st.fixed_dictionaries(
    {
        "ref": st.one_of(
            st.none(), st.from_regex(r"[A-Z]{1,3}[0-9]{0,7}", fullmatch=True), st.text(max_size=5)
        ),
        "t": st.sampled_from(["s", "n", "inlineStr", "str", "b", "e", "d", "raar", None]),
        "v": st.text(max_size=12),
    }
)


def _cel(cel: dict[str, str | None]) -> str:
    attributen = "".join(
        f' {k}="{escape(str(cel[k]), {chr(34): "&quot;"})}"'
        for k in ("ref", "t")
        if cel[k] is not None
    ).replace(" ref=", " r=")
    waarde = escape(str(cel["v"]))
    if cel["t"] == "inlineStr":
        return f"<c{attributen}><is><t>{waarde}</t></is></c>"
    return f"<c{attributen}><v>{waarde}</v></c>"


def _xml_tekst(tekst: str) -> str:
    return "".join(t for t in tekst if t in "\t\n\r" or (" " <= t < "\ud800") or t > "\ufffd")


@pytest.mark.slow
@given(
    rijen=st.lists(
        st.tuples(st.one_of(st.none(), st.integers(-5, 2_000_000)), st.lists(_CEL, max_size=6)),
        max_size=8,
    ),
    gedeeld=st.lists(st.text(max_size=8), max_size=4),
)
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_fuzz_xlsx_import_crasht_nooit(
    rijen: list[tuple[int | None, list[dict[str, str | None]]]],
    gedeeld: list[str],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    blad = "".join(
        (f'<row r="{r}">' if r is not None else "<row>")
        + "".join(_xml_tekst(_cel(c)) for c in cellen)
        + "</row>"
        for r, cellen in rijen
    )
    kop = '<row r="1"><c t="inlineStr"><is><t>Team [team]</t></is></c>'
    kop += '<c t="inlineStr"><is><t>[leren:gespreksvoering]</t></is></c></row>'
    sst = "".join(f"<si><t>{escape(_xml_tekst(g))}</t></si>" for g in gedeeld)
    map = tmp_path_factory.mktemp("x")
    shutil.copy(KLEIN, map / "klein.yaml")
    (map / "a.xlsx").write_bytes(_boek(kop + blad, sst))
    resultaat = runner.invoke(
        app,
        [
            "leerdoelwijzer",
            "import",
            str(map / "a.xlsx"),
            "--gemeente",
            str(map / "klein.yaml"),
            "--dry-run",
        ],
    )
    assert resultaat.exception is None or isinstance(resultaat.exception, SystemExit), repr(
        resultaat.exception
    )
    assert resultaat.exit_code in (0, 1, 2)
    assert "Traceback" not in resultaat.output
