"""Issue 13, Word: `plan generate --format docx` is hetzelfde document als de HTML, bewerkbaar:
MT-samenvatting eerst, echte kopstijlen, tabellen waarvan de kopregel op elke pagina
terugkomt, een teampagina per team (pagina-einde ervoor) en de intakebrieven als bijlage.
Teruggelezen met python-docx en met LibreOffice Writer (naar PDF)."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import docx
import pytest

from tests.conftest import REPO
from tests.kantoor import libreoffice_zet_om, pdf_tekst
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.genereren import Formaat, genereer
from trainingsplanner.render.brief import externe

pytestmark = pytest.mark.slow  # elk geval maakt een Word-document van ~1 s

DATUM = dt.date(2026, 11, 1)


def _maak(catalogus: Catalogus, naam: str = "klein") -> tuple[bytes, object]:
    resultaat = genereer(REPO / "examples" / f"{naam}.yaml", catalogus, Formaat.docx, DATUM)
    assert isinstance(resultaat.tekst, bytes)
    return resultaat.tekst, resultaat.programma


def _koppen(document: object) -> list[tuple[str, str, bool]]:
    return [
        (p.style.name, p.text, bool(p.paragraph_format.page_break_before))
        for p in document.paragraphs  # type: ignore[attr-defined]
        if p.style is not None and p.style.name.startswith("Heading")
    ]


def _teamvolgorde(p: object) -> list[str]:
    """De teams in de volgorde van hun eerste training (stap 2–3), zoals de teampagina's."""
    eerst = [o for o in p.onderdelen if not o.terugkerend]  # type: ignore[attr-defined]
    return list(dict.fromkeys(o.team for o in eerst if o.team))


def test_13_docx_mt_eerst_dan_teams_met_pagina_einde(catalogus: Catalogus) -> None:
    inhoud, p = _maak(catalogus)
    koppen = _koppen(docx.Document(io.BytesIO(inhoud)))
    assert koppen[0][:2] == ("Heading 1", "Samenvatting voor het MT")
    assert ("Heading 2", "Wat het MT besluit", False) in koppen
    assert ("Heading 2", "Budget per begrotingsjaar", False) in koppen
    teams = _teamvolgorde(p)
    teamkoppen = [k for k in koppen if k[1].startswith("Team ")]
    assert teamkoppen == [("Heading 2", f"Team {t}", True) for t in teams]
    assert ("Heading 3", "Jaarritme (stap 4): werkoverleg, HR-gesprek, opfrisser", False) in koppen
    hoofd = [k[1] for k in koppen if k[0] == "Heading 1"]
    assert hoofd.index("Samenvatting voor het MT") < hoofd.index("Per team")
    assert hoofd.index("Per team") < hoofd.index("Kosten") < hoofd.index("Bijlagen")


def test_13_docx_intakebrief_per_extern_onderdeel(catalogus: Catalogus) -> None:
    inhoud, p = _maak(catalogus)
    koppen = _koppen(docx.Document(io.BytesIO(inhoud)))
    brieven = [k for k in koppen if k[1].startswith("Intakebrief: ")]
    assert len(brieven) == len(externe(p))  # type: ignore[arg-type]
    assert all(k[0] == "Heading 3" and k[2] for k in brieven)


def test_13_docx_tabellen_herhalen_hun_kopregel_en_tonen_datums(catalogus: Catalogus) -> None:
    document = docx.Document(io.BytesIO(_maak(catalogus)[0]))
    breed = [t for t in document.tables if len(t.columns) > 2]
    assert breed and all(t.rows[0]._tr.xpath("./w:trPr/w:tblHeader") for t in breed)
    teksten = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert "Eigenaar" in teksten and "Coördinator agressie en geweld" in teksten
    assert any(t.startswith("(voorstel, 09:00") for t in teksten)  # datums per sessie


@pytest.mark.slow
def test_13_libreoffice_leest_het_word_document(catalogus: Catalogus, tmp_path: Path) -> None:
    (tmp_path / "p.docx").write_bytes(_maak(catalogus)[0])
    libreoffice_zet_om(tmp_path / "p.docx", "pdf", tmp_path / "uit", tmp_path)
    tekst = pdf_tekst(tmp_path / "uit" / "p.pdf")
    paginas = tekst.split("\f")
    plek = [
        next(i for i, pagina in enumerate(paginas) if kop in pagina)
        for kop in (
            "Samenvatting voor het MT",
            "Team Publiekszaken",
            "Team Toezicht en",
            "Intakebrief:",
        )
    ]
    assert plek == sorted(plek) and plek[1] < plek[2]  # elk team op een eigen pagina
    assert (
        "Budget per begrotingsjaar" in paginas[plek[0]]
        or "Budget per begrotingsjaar" in paginas[plek[0] + 1]
    )


def test_R4_1_docx_hoe_meten_we_de_voortgang(catalogus: Catalogus) -> None:
    """De indicatoren staan ook in Word, na de kosten en voor de bijlagen, met een tabel per stap
    waarin elke indicator van het programma een rij heeft."""
    inhoud, p = _maak(catalogus)
    document = docx.Document(io.BytesIO(inhoud))
    hoofd = [k[1] for k in _koppen(document) if k[0] == "Heading 1"]
    assert (
        hoofd.index("Kosten") < hoofd.index("Hoe meten we de voortgang") < hoofd.index("Bijlagen")
    )
    namen = {r.cells[0].text for t in document.tables for r in t.rows}
    indicatoren = p.indicatoren  # type: ignore[attr-defined]
    assert indicatoren is not None and indicatoren.lijst
    assert {i.naam for i in indicatoren.lijst} <= namen


def test_13_docx_a4_met_paginanummer_in_de_voettekst(catalogus: Catalogus) -> None:
    """Review v2 (Word): het document is A4 met gewone marges en heeft 'pagina X van Y' in de
    voettekst, als velden PAGE en NUMPAGES die de tekstverwerker invult."""
    from docx.shared import Cm

    document = docx.Document(io.BytesIO(_maak(catalogus)[0]))
    for sectie in document.sections:
        assert sectie.page_width is not None and sectie.page_height is not None
        assert abs(sectie.page_width - Cm(21)) < Cm(0.05)
        assert abs(sectie.page_height - Cm(29.7)) < Cm(0.05)
        for marge in (sectie.left_margin, sectie.right_margin, sectie.top_margin):
            assert marge is not None and Cm(1.9) <= marge <= Cm(3)
        voet = sectie.footer.paragraphs[0]
        velden = [
            v.get(docx.oxml.ns.qn("w:instr")) for v in voet._p.iter(docx.oxml.ns.qn("w:fldSimple"))
        ]
        assert [v.split()[0] for v in velden] == ["PAGE", "NUMPAGES"]
        assert voet.text.startswith("pagina ") and " van " in voet.text


def test_13_docx_kolommen_naar_inhoud_titel_breed_getal_smal(catalogus: Catalogus) -> None:
    """Review v2 (Word): de kolom Onderdeel is breder dan die met de omvang, elke kolom is minstens
    zo breed als zijn langste woord, en de tabel vult de tekstbreedte (A4 min de marges)."""
    from trainingsplanner.render.docxopmaak import CELRUIMTE_CM, TEKEN_CM, TEKST_CM

    document = docx.Document(io.BytesIO(_maak(catalogus)[0]))
    stap = [t for t in document.tables if "Onderdeel" in [c.text for c in t.rows[0].cells]]
    assert stap
    for tabel in stap:
        koppen = [c.text for c in tabel.rows[0].cells]
        cm = [k.width.cm for k in tabel.columns]
        titel = cm[koppen.index("Onderdeel")]
        for kop, factor in (("Omvang", 1.3), ("Sessies", 2), ("Dagen", 2)):
            if kop in koppen:
                assert titel > factor * cm[koppen.index(kop)], (kop, koppen, cm)
        assert abs(sum(cm) - TEKST_CM) < 0.1
        nodig = [
            max((len(w) for c in kolom.cells for w in re.split(r"[ \n]+", c.text) if w), default=0)
            * TEKEN_CM
            + CELRUIMTE_CM
            for kolom in tabel.columns
        ]
        assert sum(nodig) < TEKST_CM  # anders kan geen verdeling elk woord heel houden
        assert all(b >= n - 0.01 for b, n in zip(cm, nodig, strict=True))


@pytest.mark.slow
def test_13_libreoffice_toont_paginanummer_en_heel_woord(
    catalogus: Catalogus, tmp_path: Path
) -> None:
    """Review v2 (Word): LibreOffice zet het document om naar PDF met 'pagina 1 van N' in de
    voettekst, en de lange woorden uit de tabel Stap 2 breken niet ('Werkafsprak|en')."""
    inhoud = _maak(catalogus)[0]
    (tmp_path / "p.docx").write_bytes(inhoud)
    libreoffice_zet_om(tmp_path / "p.docx", "pdf", tmp_path / "uit", tmp_path)
    tekst = pdf_tekst(tmp_path / "uit" / "p.pdf", layout=False)
    paginas = tekst.split("\f")
    n = len([p for p in paginas if p.strip()])
    assert f"pagina 1 van {n}" in paginas[0] and f"pagina {n} van {n}" in paginas[n - 1]
    document = docx.Document(io.BytesIO(inhoud))
    woorden = {
        w.strip("():,;.")
        for t in document.tables
        if t.rows[0].cells[0].text == "Wanneer"
        for r in t.rows
        for c in r.cells[1:2]
        for w in re.split(r"[ \n]+", c.text)
        if w
        if len(w) >= 10 and w.isalpha()
    }
    assert "Werkafspraken" in woorden
    heel = set(tekst.split())
    assert woorden <= heel, sorted(woorden - heel)


def test_R4_1_docx_indicatoren_hoe_gemeten_onder_de_tabel(catalogus: Catalogus) -> None:
    """In Word staat per indicator 'hoe' als opsomming onder de tabel (een zin past niet in een
    smalle kolom): elke indicator heeft een punt 'naam: hoe'."""
    inhoud, p = _maak(catalogus)
    document = docx.Document(io.BytesIO(inhoud))
    punten = {
        a.text for a in document.paragraphs if a.style is not None and a.style.name == "List Bullet"
    }
    indicatoren = p.indicatoren  # type: ignore[attr-defined]
    assert indicatoren is not None
    for i in indicatoren.lijst:
        assert any(t.startswith(f"{i.naam}: ") for t in punten), i.id
    breed = [t for t in document.tables if t.rows[0].cells[0].text == "Indicator"]
    assert breed and all(len(t.columns) == 6 for t in breed)
