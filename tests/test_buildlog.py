"""The build's summary of warnings (generator/buildlog.py)."""
from generator.buildlog import summary_lines


def test_one_file_warned_twice_counts_as_one_file():
    lines = summary_lines(["a.md: front matter 'x' was ignored", "a.md: front matter 'y' was ignored",
                           "b.md: front matter 'x' was ignored"])
    assert lines[0].startswith("warning: 2 files (3 times):"), lines


def test_duplicate_summary_names_both_files():
    lines = summary_lines(["b.txt: the same text as a.txt; shown as one article",
                           "sub/d.md: the same text as sub/c.md; shown as one article"])
    assert lines == ["warning: 2 files: the same text as …; shown as one article (b.txt → a.txt, sub/d.md → sub/c.md)"]


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
    lines = summary_lines(["a.html: a shopping list (40 per 1,000 words)", "b.html: a shopping list (52 per 12,500 words)"])
    assert lines[0] == "warning: 2 files: a shopping list (N per N words) (a.html, b.html)"
