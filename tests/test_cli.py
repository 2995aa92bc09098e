"""The command line, run in-process: exact output and exit codes."""
import json
from pathlib import Path

import pytest

from generator.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parent.parent


def test_extract_prints_json_lines_in_input_order(tmp_path, capsys):
    first = tmp_path / "b.txt"
    second = tmp_path / "a.txt"
    first.write_text("Storm hits coast\n\nA storm hit the coast of Maine on Tuesday, officials said.\n")
    second.write_text("Council approves budget\n\nThe city council approved the budget on Monday.\n")
    assert main(["extract", str(first), str(second)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(first), str(second)]
    assert [json.loads(line)["headline"] for line in lines] == ["Storm hits coast", "Council approves budget"]


def test_extract_reports_a_bad_file_and_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Council approves budget\n\nThe city council approved the budget on Monday.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["extract", str(empty), str(good)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert err.startswith("Error: ") and "empty.txt" in err and len(err.splitlines()) == 1


def test_missing_seeds_folder_is_one_line(tmp_path, capsys):
    assert main(["build", "--seeds", str(tmp_path / "nowhere"), "--docs", str(tmp_path / "docs")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "nowhere" in err and len(err.splitlines()) == 1


def test_a_file_given_as_the_seeds_folder_is_one_line_that_says_so(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("Council approves budget\n\nThe city council approved the budget on Monday.\n")
    assert main(["build", "--seeds", str(story), "--docs", str(tmp_path / "docs")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and "story.txt: a file, not a folder of articles" in err
    assert len(err.splitlines()) == 1 and not (tmp_path / "docs").exists()


def test_bad_setting_names_file_and_key(tmp_path, capsys):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nextra:\n  generator:\n    workers: many\n")
    assert main(["--config", str(config), "build"]) == 1
    err = capsys.readouterr().err
    assert "mkdocs.yml" in err and "extra.generator.workers" in err


def test_missing_model_says_how_to_install(tmp_path, capsys):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nextra:\n  generator:\n    model: no_such_model_xyz\n")
    story = tmp_path / "s.txt"
    story.write_text("Council approves budget\n\nThe city council approved the budget on Monday.\n")
    assert main(["--config", str(config), "extract", str(story)]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("Error: spaCy model 'no_such_model_xyz' is not installed; install it with: "
                   ".venv/bin/pip install no_such_model_xyz")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_documented(command):
    assert f"python -m generator {command}" in (ROOT / "README.md").read_text() or \
        f"make {command}" in (ROOT / "README.md").read_text()
