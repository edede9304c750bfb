"""wikilint fix: the repaired text, its guarantees, and safe writing."""
from __future__ import annotations

import os
import stat

import pytest

from conftest import ROOT, cli, lint

SAMPLE = ROOT / "samples" / "azerbaijan-us-relations.txt"


def fix_text(text, *args):
    result = cli("fix", *args, "-", input=text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_gloss_removed_and_sentence_rejoined():
    text = ("According to the report, 53% of\n"
            "Azerbaijanis Azerbaijanis (; az, Azərbaycanlılar, ) are a Turkic people living mainly in "
            "northern Iran and the Republic of Azerbaijan. They are the second-most numer ...\n"
            "approve of U.S. leadership.\n")
    assert fix_text(text) == "According to the report, 53% of Azerbaijanis approve of U.S. leadership.\n"


def test_raw_wikitext_keeps_the_words_of_its_links():
    text = ("'''Otter Creek''' is a stream in [[Vermont]], [[United States|USA]].\n\n== Course ==\n"
            "It joins [http://example.org/lake Lake Champlain] near Vergennes.\n\n{| class=\"wikitable\"\n"
            "|-\n|}\n__NOTOC__\n[[Category:Rivers of Vermont]]\n")
    assert fix_text(text) == ("Otter Creek is a stream in Vermont, USA.\n\nCourse\n"
                              "It joins Lake Champlain near Vergennes.\n\n")


def test_link_words_on_their_own_line_above_the_summary_stay():
    # the sentence stops at "of": the line above the summary holds the link's words, not a title
    # the site added (that line repeats words the sentence already has)
    text = ("Otter Creek\nEncyclopedia\nOtter Creek is the longest river within the state of\nVermont\n"
            "Vermont is a state in the New England region of the northeastern United States. It borders "
            "Massachusetts to the south...\n\n. It rises in the\nGreen Mountains\nThe Green Mountains are a "
            "mountain range in the U.S. state of Vermont. The range runs primarily south to north...\n\n"
            " and flows north.\n")
    assert fix_text(text) == ("Otter Creek\nOtter Creek is the longest river within the state of Vermont. "
                              "It rises in the Green Mountains and flows north.\n")


def test_gloss_broken_over_two_lines_mid_sentence():
    text = ("Relations between the two countries began with\nSvalbard Svalbard, also known as "
            "Spitsbergen, is a Norwegian archipelago in the Arctic\nOcean. North of mainland Europe, "
            "it lies about midway between the northern coast of Norway and the North Pole ...\n"
            ", which was important.\nLater the country joined\nCold War The Cold War was a period of "
            "geopolitical tension between the United States and the Soviet Union and\ntheir "
            "respective allies, the Western Bloc and the Eastern Bloc, which began following ...\n"
            ". It grew quickly.\n")
    assert fix_text(text) == ("Relations between the two countries began with Svalbard, which was "
                              "important.\nLater the country joined Cold War. It grew quickly.\n")


def test_the_page_header_goes_with_the_gaps_it_leaves():
    text = ("HOME\n\nTheInfoList\n\n\n\nOR:\n\nThe river is long.\n\nHistory\n\nIt was mapped in 1850.\n"
            "Flag as Inappropriate\n\nIt floods in spring.\n")
    assert fix_text(text) == ("The river is long.\n\nHistory\n\nIt was mapped in 1850.\n\n"
                              "It floods in spring.\n")


def test_joins_without_space_before_punctuation_and_compound_dash():
    text = ("A first encounter of the\n"
            "United States The United States of America (U.S.A. or USA) is a country primarily located "
            "in North America. It consists of 50 states, a federal district and five territories ...\n"
            "-Azerbaijani relations was a meeting in\n"
            "Paris Paris is the capital and largest city of France, with an estimated population of over "
            "two million residents in its administrative limits as of the last census ...\n"
            ". It went well.\n")
    assert fix_text(text) == ("A first encounter of the United States-Azerbaijani relations was a "
                              "meeting in Paris. It went well.\n")


def test_bullet_rejoins_its_item():
    text = "See also\n\n*\nForeign relations of Portugal\n* Other item\n"
    assert fix_text(text) == "See also\n\n* Foreign relations of Portugal\n* Other item\n"


def test_sample_round_trip_leaves_no_fixed_findings():
    text = SAMPLE.read_text(encoding="utf-8")
    fixed = fix_text(text)
    remaining = {code for code, _, _ in lint(fixed)}
    # what stays needs a person: dangling quotations, empty sections, a run-in heading, citations
    # (and the unclosed DEFAULTSORT template, whose fix is unsafe)
    assert remaining == {"WL201", "WL301", "WL302", "WL401", "WL404"}
    assert fix_text(fixed) == fixed  # idempotent
    assert "53% of Azerbaijanis approve of U.S. leadership" in fixed


def edits_stay_inside(text):
    """Every fix edit removes only white space outside its own finding's span, and adds only
    white space (or the punctuation a fix swaps in)."""
    from wikilint import lint_text

    for f in lint_text(text, select=["ALL"]):
        if f.fix is None:
            continue
        for e in f.fix.edits:
            outside = text[e.start:max(e.start, min(e.end, f.start))] + text[max(e.start, f.end):e.end]
            assert not outside.strip(), (f.code, f.span, outside[:80])
            assert len(e.replacement.strip()) <= 2 or e.replacement in text[e.start:e.end], (f.code, e)


def test_nothing_outside_findings_changes_but_whitespace(corpus):
    edits_stay_inside(SAMPLE.read_text(encoding="utf-8"))
    for path in sorted(corpus.glob("*.txt")):
        edits_stay_inside(path.read_text(encoding="utf-8"))


def test_overlapping_fixes_outer_wins():
    from wikilint.fixer import apply_fixes
    from wikilint.model import Edit, Fix

    text = "0123456789"
    outer = Fix((Edit(2, 8, "X"),))
    inner = Fix((Edit(3, 5, "Y"),))
    fixed, count = apply_fixes(text, [inner, outer])
    assert (fixed, count) == ("01X89", 1)


def test_unsafe_fixes_only_when_asked():
    text = "Intro line of the page.\n\nRaymond Mabus (; born 1948) served.\n"
    assert fix_text(text) == text
    assert fix_text(text, "--unsafe-fixes") == "Intro line of the page.\n\nRaymond Mabus (born 1948) served.\n"


@pytest.fixture
def page(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "page.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nIt was founded in 1921.[3] It grew.\r\n".encode("utf-8"))
    path.chmod(0o640)
    return path


def test_fix_in_place_keeps_bom_line_ends_and_mode(page):
    result = cli("fix", "page.txt")
    assert result.exit_code == 0
    assert "Applied 1 fix in 1 file; 0 findings remain." in result.stderr
    assert page.read_bytes() == "\ufeffTitle\r\n\r\nIt was founded in 1921. It grew.\r\n".encode("utf-8")
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert [p.name for p in page.parent.iterdir()] == ["page.txt"]  # no temporary file left
    assert cli("fix", "page.txt").stderr.startswith("Applied 0 fixes")


def test_diff_writes_nothing_and_exits_1(page):
    before = page.read_bytes()
    result = cli("fix", "--diff", "page.txt")
    assert result.exit_code == 1
    assert "-It was founded in 1921.[3] It grew.\n+It was founded in 1921. It grew.\n" in result.stdout
    assert page.read_bytes() == before
    page.write_text("Clean text only.\n")
    assert cli("fix", "--diff", "page.txt").exit_code == 0


def test_diff_marks_a_last_line_without_its_line_break(page):
    page.write_text("Otter Creek is a stream.\n\nTheInfoList")
    result = cli("fix", "--diff", "page.txt")
    assert result.stdout.endswith(
        " Otter Creek is a stream.\n-\n-TheInfoList\n\\ No newline at end of file\n")


def test_check_fix_fixes_then_reports(page):
    result = cli("check", "--fix", "page.txt")
    assert result.exit_code == 0
    assert b"[3]" not in page.read_bytes()


def test_unwritable_file_is_an_error_and_others_are_fixed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ro = tmp_path / "ro"
    ro.mkdir()
    (ro / "a.txt").write_text("Intro.\n\nGrew.[3] Yes.\n")
    (tmp_path / "b.txt").write_text("Intro.\n\nGrew.[4] Yes.\n")
    ro.chmod(0o555)
    try:
        if os.access(ro, os.W_OK):
            # root ignores permission bits: simulate a full disk instead
            import wikilint.cli as wcli

            real = os.replace

            def failing(src, dst):
                if dst.endswith("a.txt"):
                    raise OSError(28, "No space left on device")
                return real(src, dst)

            monkeypatch.setattr(wcli.os, "replace", failing)
        result = cli("fix", "ro/a.txt", "b.txt")
    finally:
        ro.chmod(0o755)
    assert result.exit_code == 2
    assert "wikilint: error: ro/a.txt: cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert (ro / "a.txt").read_text() == "Intro.\n\nGrew.[3] Yes.\n"
    assert (tmp_path / "b.txt").read_text() == "Intro.\n\nGrew. Yes.\n"
    assert sorted(p.name for p in ro.iterdir()) == ["a.txt"]


def test_file_changed_on_disk_is_not_written(page, monkeypatch):
    import wikilint.fixer as fixer

    real = fixer.fix_document

    def changing(doc, *args, **kwargs):
        outcome = real(doc, *args, **kwargs)
        page.write_text("Someone else's edit.[9]\n")
        return outcome

    monkeypatch.setattr(fixer, "fix_document", changing)
    result = cli("fix", "page.txt")
    assert result.exit_code == 2
    assert "changed on disk" in result.stderr
    assert page.read_text() == "Someone else's edit.[9]\n"


def test_image_file_name_after_its_caption_is_removed():
    text = ("The mill on the creek in 1900. Otter Creek mill 1900.jpg\n"
            "The mill on the creek in 1900.\n")
    assert fix_text(text, "--select", "WL401") == (
        "The mill on the creek in 1900.\nThe mill on the creek in 1900.\n")
