"""Issue 15, het jaarverslag (`plan uitvoering report --jaar J`): een rondgang record → status →
report met een echte SQLite, en het verslag in md, html (ge-escaped, onder een CSP) en docx
(gelezen met python-docx en, met markering slow, door LibreOffice headless naar PDF).

Het programma is dat van examples/klein.yaml (start februari 2027).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.kantoor import libreoffice_zet_om, pdf_tekst
from tests.test_uitvoering_hulp import KLEIN, plan, profiel
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.uitvoering import bron
from trainingsplanner.uitvoering.jaarverslag import TELKOPPEN
from trainingsplanner.uitvoering.plan import Deel, telt_voor_bereik, uit_programma
from trainingsplanner.uitvoering.plan import geplande_datums as _datums

BRON = bron.laad(KLEIN, laad_catalogus(None))
PROGRAMMA = BRON.programma
PLAN = uit_programma(PROGRAMMA, BRON.teams)
JAAR = 2027
EIND = dt.date(JAAR, 12, 31)
TRAINING = next(o for o in PROGRAMMA.onderdelen if telt_voor_bereik(o) and o.start.year == JAAR)


def _gevuld(tmp_path: Path, tekst: str | None = None) -> Path:
    """Een profiel met een database: de vaardigheidstraining gegeven, GIR-meldingen in twee jaren."""
    gemeente = profiel(tmp_path, tekst)
    gelezen = bron.laad(gemeente, laad_catalogus(None)).programma
    training = next(o for o in gelezen.onderdelen if telt_voor_bereik(o) and o.start.year == JAAR)
    assert training.team is not None
    for sessie in training.sessiedata:
        uit = plan("record", training.id, "--sessie", str(sessie.nummer), "--datum",
                   sessie.datum.isoformat(), "--aanwezig", "6", "--evaluatie", "7,5",
                   "--gemeente", gemeente, vandaag=EIND)  # fmt: skip
        assert uit.exit_code == 0, uit.output
    for kwartaal, aantal in (("2026-K4", "4"), ("2027-K1", "3"), ("2027-K4", "1")):
        uit = plan("incidenten", "record", "--team", training.team, "--kwartaal", kwartaal,
                   "--aantal", aantal, "--gemeente", gemeente, vandaag=EIND)  # fmt: skip
        assert uit.exit_code == 0, uit.output
    return gemeente


def _verslag(gemeente: Path, formaat: str, *extra: str, vandaag: dt.date = EIND) -> Path:
    uit = plan("report", "--jaar", str(JAAR), "--format", formaat, "--gemeente", gemeente,
               *extra, vandaag=vandaag)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    pad = gemeente.with_name(f"klein.verslag-{JAAR}.{formaat}")
    assert uit.stderr == f"Geschreven: {pad}\n"
    return pad


def test_15_R4_1_rondgang_record_status_report(tmp_path: Path) -> None:
    gemeente = _gevuld(tmp_path)
    status = plan("status", "--gemeente", gemeente, "--format", "json", vandaag=EIND)
    assert '"bereikt": ' in status.stdout and status.exit_code == 1
    md = _verslag(gemeente, "md").read_text(encoding="utf-8")
    assert md.startswith(
        f"# Jaarverslag {JAAR}: training publieksagressie — Gemeente Klein-Heuvelrug"
    )
    koppen = [r for r in md.splitlines() if r.startswith("## ")]
    assert koppen == [
        "## Samenvatting",
        f"## Gepland tegen gegeven in {JAAR}",
        "## Bereik per team",
        "## Evaluatie",
        f"## Kosten tot en met {JAAR}",
        "## Ritme: werkoverleg en HR-gesprek",
        "## GIR-meldingen per kwartaal naast het bereik",
        "## Indicatoren",
        f"## Het volgende jaar ({JAAR + 1})",
    ]
    gepland = sum(1 for o in PROGRAMMA.onderdelen for d in _datums(o) if d.year == JAAR)
    assert f"| Sessies gepland in het jaar | {gepland} |" in md
    gegeven = len(TRAINING.sessiedata)
    assert f"| Sessies gegeven in het jaar (alle) | {gegeven} |" in md
    bereikt = min(6 * gegeven, BRON.teams[TRAINING.team or ""])
    assert f"| {TRAINING.team} |" in md and f"{bereikt} (" in md
    assert "| alles | " + str(gegeven) + " | 7,5 |" in md
    # De GIR-meldingen: 4 in 2026, 3 + 1 in 2027; K1 vóór de training (0%).
    regel = next(r for r in md.splitlines() if r.startswith(f"| {TRAINING.team} | 3 · "))
    assert regel.endswith("| 4 | 4 | minder |")  # alleen K4 in beide jaren: 1 tegen 4
    volgend = [
        o
        for o in PROGRAMMA.onderdelen
        if o.stap < 4 and any(d.year == JAAR + 1 for d in _datums(o))
    ]
    for o in volgend:
        assert f"; {o.id})" in md
    # Opnieuw schrijven kan alleen met --force.
    opnieuw = plan(
        "report", "--jaar", str(JAAR), "--format", "md", "--gemeente", gemeente, vandaag=EIND
    )
    assert opnieuw.exit_code == 2 and "gebruik --force" in opnieuw.stderr
    _verslag(gemeente, "md", "--force")


def test_15_verslag_html_ge_escaped_onder_een_csp(tmp_path: Path) -> None:
    assert TRAINING.team is not None
    tekst = KLEIN.read_text(encoding="utf-8").replace(TRAINING.team, "<script>alert(1)</script>")
    tekst = tekst.replace("Gemeente Klein-Heuvelrug", "Klein & <b>Heuvelrug</b>")
    gemeente = _gevuld(tmp_path, tekst)
    html = _verslag(gemeente, "html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'' in html
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Klein &amp; &lt;b&gt;Heuvelrug&lt;/b&gt;" in html
    assert html.count("<h2>") == 9 and "<thead>" in html


def test_15_verslag_docx_met_kopstijlen_en_herhaalde_kopregels(tmp_path: Path) -> None:
    import docx

    gemeente = _gevuld(tmp_path)
    document = docx.Document(str(_verslag(gemeente, "docx")))
    stijlen = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    koppen = [(stijl, t) for stijl, t in stijlen if stijl.startswith(("Heading", "Title"))]
    assert koppen[0] == (
        "Title",
        f"Jaarverslag {JAAR}: training publieksagressie — Gemeente Klein-Heuvelrug",
    )
    assert ("Heading 1", "Samenvatting") in koppen and ("Heading 1", "Bereik per team") in koppen
    met_kop = [t for t in document.tables if t.rows[0]._tr.xpath("./w:trPr/w:tblHeader")]
    assert len(met_kop) == len(document.tables) - 1  # alleen de samenvatting (sleutel-waarde) niet
    cellen = {c.text for t in document.tables for r in t.rows for c in r.cells}
    assert {"gepland", "gegeven", TRAINING.team or ""} <= cellen
    assert document.core_properties.language == "nl-NL"
    opsomming = [p.text for p in document.paragraphs if p.style and p.style.name == "List Bullet"]
    assert opsomming and all(f"; {o.id})" in " ".join(opsomming) for o in _volgend_jaar())


def _volgend_jaar() -> list[Deel]:
    """De onderdelen van stap 1–3 met een sessie in het jaar na het verslag."""
    return [o for o in PLAN.delen if o.stap < 4 and any(d.year == JAAR + 1 for d in o.datums)]


def test_15_verslag_docx_naar_stdout_en_in_een_map(tmp_path: Path) -> None:
    gemeente = _gevuld(tmp_path)
    uit = plan("report", "--jaar", str(JAAR), "--format", "docx", "--out", "-", "--gemeente",
               gemeente, vandaag=EIND)  # fmt: skip
    assert uit.exit_code == 0 and uit.stdout_bytes.startswith(b"PK")
    uit = plan("report", "--jaar", str(JAAR), "--out", str(tmp_path / "verslagen") + "/",
               "--gemeente", gemeente, vandaag=EIND)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert (tmp_path / "verslagen" / f"klein.verslag-{JAAR}.html").is_file()


def test_15_verslag_van_een_lege_database_en_een_leeg_jaar(tmp_path: Path) -> None:
    from trainingsplanner.uitvoering import opslag

    gemeente = profiel(tmp_path)
    with opslag.transactie(tmp_path / "klein.uitvoering.sqlite"):
        pass  # een database zonder sessies (zonder database weigert report: test_uitvoering_invoer)
    uit = plan("report", "--jaar", str(JAAR), "--format", "md", "--out", "-", "--gemeente",
               gemeente, vandaag=EIND)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert f"Voor {JAAR} is nog geen gegeven sessie vastgelegd." in uit.stdout
    assert "| Gemiddelde evaluatie | – (geen cijfers vastgelegd) |" in uit.stdout
    leeg = PROGRAMMA.periode.eind.year + 3
    uit = plan("report", "--jaar", str(leeg), "--format", "md", "--out", "-", "--gemeente",
               gemeente, vandaag=EIND)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert f"In {leeg} staat niets gepland in het programma en is niets vastgelegd." in uit.stdout
    assert f"In {leeg + 1} staat niets gepland in het programma." in uit.stdout
    assert "(het jaar is nog niet begonnen)" in uit.stdout


def test_15_verslag_fout_jaar_of_formaat(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path)
    uit = plan("report", "--jaar", "27", "--gemeente", gemeente)
    assert uit.exit_code == 2
    assert uit.stderr.splitlines()[0] == (
        "--jaar: '27' is geen jaar; kies een jaar van 2000 tot en met 2100"
    )
    uit = plan("report", "--jaar", "2027", "--format", "xlsx", "--gemeente", gemeente)
    assert uit.exit_code == 2 and "xlsx" in uit.stderr


@pytest.mark.slow
def test_15_libreoffice_zet_het_word_verslag_om_naar_pdf(tmp_path: Path) -> None:
    verslag = _verslag(_gevuld(tmp_path), "docx")
    libreoffice_zet_om(verslag, "pdf", tmp_path / "pdf", tmp_path)
    pdf = tmp_path / "pdf" / f"{verslag.stem}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    tekst = pdf_tekst(pdf)
    woorden = " ".join(tekst.split())
    for kop in (f"Jaarverslag {JAAR}", "Samenvatting", "Bereik per team", "Het volgende jaar"):
        assert kop in woorden


def test_15_verslag_md_ontsnapt_tekst_uit_het_profiel(tmp_path: Path) -> None:
    assert TRAINING.team is not None
    tekst = KLEIN.read_text(encoding="utf-8").replace(TRAINING.team, "'A | <b>B</b>'")
    md = _verslag(_gevuld(tmp_path, tekst), "md").read_text(encoding="utf-8")
    assert "<b>" not in md and "A | " not in md
    rij = next(r for r in md.splitlines() if r.startswith("| A \\| \\<b\\>B\\</b\\> | "))
    cellen = re.split(r"(?<!\\)\|", rij)[1:-1]
    assert len(cellen) == 1 + len(TELKOPPEN)  # gepland tegen gegeven per team: de tabel blijft heel


def test_15_R4_1_verslag_van_een_afgesloten_jaar_telt_inhalen_in_januari_niet_mee(
    tmp_path: Path,
) -> None:
    """Gevonden in een proefrun: een sessie van 2027 die pas op 11 januari 2028 is ingehaald,
    telde in het verslag van 2027 (stand op 31 december) als gegeven, terwijl "Sessies gegeven
    in het jaar (alle)" haar niet telde. Op de peildatum was ze niet gegeven: de telling van
    2027 blijft zoals ze op 31 december was."""
    gemeente = _gevuld(tmp_path)

    def tellingen(md: str) -> list[str]:
        """De samenvatting en gepland tegen gegeven: alles vóór 'Bereik per team'."""
        return [r for r in md.split("## Bereik per team")[0].splitlines() if r.startswith("| ")]

    voor = tellingen(_verslag(gemeente, "md").read_text(encoding="utf-8"))
    assert "| Achterstallig (niet gegeven, datum voorbij) | 45 |" in voor
    gemist = next(
        o for o in PROGRAMMA.onderdelen
        if o.sessiedata and o.sessiedata[-1].datum.year == JAAR and o.id != TRAINING.id
    )  # fmt: skip
    sessie = gemist.sessiedata[-1]
    januari = dt.date(JAAR + 1, 1, 31)
    uit = plan("record", gemist.id, "--sessie", str(sessie.nummer), "--datum", "2028-01-11",
               "--gemeente", gemeente, vandaag=januari)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    na = _verslag(gemeente, "md", "--force", vandaag=januari).read_text(encoding="utf-8")
    assert tellingen(na) == voor
