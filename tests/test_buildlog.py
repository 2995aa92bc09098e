"""The build's summary of warnings (generator/buildlog.py)."""
from generator.buildlog import summary_lines


def test_one_file_warned_twice_counts_as_one_file():
    lines = summary_lines(["a.md: front matter 'x' was ignored", "a.md: front matter 'y' was ignored",
                           "b.md: front matter 'x' was ignored"])
    assert lines[0].startswith("warning: 2 files (3 times):"), lines


def test_duplicate_summary_names_both_files():
    lines = summary_lines(["b.txt: the same text as a.txt; shown as one article",
                           "sub/d.md: the same text as sub/c.md; shown as one article"])
    assert lines == ["warning: 2 files: the same text as another file; shown as one article "
                     "(b.txt → a.txt, sub/d.md → sub/c.md)"]


def test_a_duplicate_alone_of_its_kind_names_the_other_file_not_a_placeholder():
    """The duplicate-article warning showed "the same text as …" where the file's name belongs."""
    lines = summary_lines(["news/b copy.txt: the same text as news/a.txt; shown as one article",
                           "c.md: no headline found; the first sentence stands in for one"],
                          sources=["news/a.txt", "news/b copy.txt", "c.md"])
    assert "warning: 1 file: the same text as news/a.txt; shown as one article (news/b copy.txt)" in lines
    assert not any("…" in line for line in lines)


def test_the_log_and_quality_page_group_duplicates_under_words_not_a_placeholder(tmp_path):
    from generator.buildlog import write_log

    warnings = ["b.txt: nearly the same text as a.txt; shown as one article",
                "d.txt: nearly the same text as c.txt; shown as one article"]
    write_log(tmp_path / "log", warnings, ["a.txt", "b.txt", "c.txt", "d.txt"])
    text = (tmp_path / "log").read_text()
    assert text.startswith("## 2 warnings: nearly the same text as another file; shown as one article\n")
    assert "b.txt: nearly the same text as a.txt" in text


def test_no_progress_bar_when_stderr_is_not_a_terminal(capsys):
    """A log file or a pipe gets no bar (tqdm redraws it with carriage returns: one line of many KB)."""
    from generator import pipeline

    bar = pipeline._progress(500, True)
    for _ in range(500):
        bar.update(1)
    bar.close()
    assert bar.disable and "\r" not in capsys.readouterr().err


def test_a_warning_alone_of_its_kind_keeps_its_figures():
    lines = summary_lines(["a.html: a shopping list: 12 prices in 9 of 10 paragraphs",
                           "b.txt: the file is 3 MB", "c.txt: the file is 4 MB"])
    assert "warning: 1 file: a shopping list: 12 prices in 9 of 10 paragraphs (a.html)" in lines
    assert any(line.startswith("warning: 2 files: the file is N MB") for line in lines)


def test_a_figure_with_thousands_separators_is_one_figure():
    lines = summary_lines(["a.html: a shopping list (40 per 1,000 words)", "b.html: written as we (52 per 12,500 words)",
                           "c.html: written as we (7 per 1,000 words)"])
    assert "warning: 1 file: a shopping list (40 per 1,000 words) (a.html)" in lines
    assert "warning: 2 files: written as we (b.html, c.html)" in lines


def test_a_grouped_line_prints_no_placeholder_for_one_files_figures_or_values():
    """What a user reads at the end of a build: the kind, never "N per N words" or "under …"."""
    lines = summary_lines([
        "a.html: does not read as news (written as I, we or you (31 per 1,000 words) with almost no "
        "attribution (1.2 per 1,000)); only its metadata and a lead summary are shown",
        "b.html: does not read as news (written as I, we or you (45 per 1,000 words) with almost no "
        "attribution (0.0 per 1,000)); only its metadata and a lead summary are shown",
        "c.html: does not read as news (a review (its markup files it under 'Reviews')); only its metadata",
        "d.html: does not read as news (a review (its markup files it under 'review')); only its metadata",
        "e.html: does not read as news (a shopping list: 40 prices in 12 of 20 paragraphs); only its metadata",
        "f.html: does not read as news (a shopping list: 30 prices in 10 of 20 paragraphs); only its metadata"])
    assert ("warning: 2 files: does not read as news (written as I, we or you with almost no attribution); "
            "only its metadata and a lead summary are shown (a.html, b.html)") in lines
    assert "warning: 2 files: does not read as news (a review); only its metadata (c.html, d.html)" in lines
    assert "warning: 2 files: does not read as news (a shopping list); only its metadata (e.html, f.html)" in lines
    assert not any(" N " in line or "N per" in line or "…" in line for line in lines)


def test_a_warning_alone_of_its_kind_keeps_its_quoted_values():
    """A line for one file shows what that file's warning says, not "under …" (review 6)."""
    lines = summary_lines(["c.html: does not read as news (a review (its markup files it under 'Reviews')); "
                           "only its metadata"])
    assert lines == ["warning: 1 file: does not read as news (a review (its markup files it under 'Reviews')); "
                     "only its metadata (c.html)"]


# --- file names are known, never parsed out of the message ---------------------------------------------

SOURCES = ["file with spaces.txt", "link-inside.txt", "notes: draft.md", "a.md", "fm-tags.md"]


def test_a_file_name_with_spaces_or_with_is_a_file_not_message_text():
    warnings = ["file with spaces.txt: the same text as link-inside.txt; shown as one article",
                "a.md: the same text as file with spaces.txt; shown as one article",
                "notes: draft.md: no headline found; the first sentence stands in for one"]
    lines = summary_lines(warnings, sources=SOURCES)
    assert lines[0] == ("warning: 2 files: the same text as another file; shown as one article "
                        "(a.md → file with spaces.txt, file with spaces.txt → link-inside.txt)"), lines
    assert lines[1].startswith("warning: 1 file: no headline found") and lines[1].endswith("(notes: draft.md)")
    assert len(lines) == 2


def test_one_file_with_three_bad_keys_is_one_file():
    warnings = [f"fm-tags.md:{n}: front matter '{k}' could not be read (ConstructorError); it was ignored"
                for n, k in ((2, "title"), (4, "author"), (5, "tags"))]
    assert summary_lines(warnings, sources=SOURCES)[0].startswith("warning: 1 file (3 times): front matter")
    assert summary_lines(warnings)[0].startswith("warning: 1 file (3 times): front matter")


def test_quality_page_groups_by_known_file_names():
    from generator.buildlog import group

    warnings = ["file with spaces.txt: the same text as link-inside.txt; shown as one article",
                "a.md: the same text as file with spaces.txt; shown as one article"]
    assert [kind for kind, _ in group(warnings, SOURCES)] == ["the same text as another file; shown as one article"]


def test_summary_line_says_how_many_files_were_duplicates():
    from generator.pipeline import BuildReport

    line = BuildReport(read=27, extracted=29, duplicates=2, pages=40, written=42).line()
    assert line.startswith("27 articles read (0 from cache, 29 extracted, 2 of them duplicates)")
    assert "duplicates" not in BuildReport(read=3, extracted=3).line()


def test_a_front_matter_fields_warning_names_the_field_once_in_its_kind():
    from generator.buildlog import kind
    from generator.readers import read_text

    text = ("---\ndateline: 'Riverton<b>x</b>'\nurl: 'ftp://example.org/a'\ntitle: '  '\n---\n\n"
            "Riverton council voted on Tuesday to close the old bridge, officials said.\n")
    warnings = [w for w in read_text(text, source="notes/bridge.md", format="markdown").warnings if "front matter" in w]
    kinds = sorted(kind(w, sources={"notes/bridge.md"}) for w in warnings)
    assert kinds == ["front matter dateline … is not a place (it holds markup characters); it was ignored",
                     "front matter title is blank; it was ignored",
                     "front matter url … is not an http or https address; it was ignored"]


def test_symbolic_links_out_of_the_folder_are_one_kind_whatever_they_lead_to():
    files = ["seeds/out-a.txt", "seeds/out-b.txt"]
    warnings = ["seeds/out-a.txt: skipped, a symbolic link that leads out of the seeds folder (to /srv/other/a.txt)",
                "seeds/out-b.txt: skipped, a symbolic link that leads out of the seeds folder (to /srv/hostname)"]
    assert summary_lines(warnings, sources=files) == [
        "warning: 2 files: skipped, a symbolic link that leads out of the seeds folder (seeds/out-a.txt, seeds/out-b.txt)"]
    from generator.buildlog import kind
    assert kind("x.md: the link (to /srv/a/b) was cut") == "the link was cut"     # no bracket left open
