"""The GeoNames and pycountry indexes a build keeps in its cache folder (data.packages.keep_on_disk)."""
from __future__ import annotations

import pytest

from generator.data import packages


@pytest.fixture
def store(tmp_path):
    packages.keep_on_disk(tmp_path / "data")
    yield tmp_path / "data"
    packages.keep_on_disk(None)


def test_a_stored_index_is_read_back_without_building_it_again(store):
    calls = []

    def build():
        calls.append(1)
        return {"springfield": [[150000, "US", "IL"]]}

    assert packages._stored("towns", build) == {"springfield": [[150000, "US", "IL"]]}
    assert packages._stored("towns", build) == {"springfield": [[150000, "US", "IL"]]}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in store.iterdir()] == ["towns"]


def test_a_damaged_or_stale_file_is_built_again_and_replaced(store):
    packages._stored("towns", lambda: ["a"])
    (path,) = store.iterdir()
    path.write_text('["a", ', encoding="utf-8")             # cut short by a full disk
    (store / "towns-0000000000000000.json").write_text('["old"]', encoding="utf-8")   # an older version's
    assert packages._stored("towns", lambda: ["b"]) == ["b"]
    assert [p.name for p in store.iterdir()] == [path.name]
    assert packages._stored("towns", lambda: ["c"]) == ["b"]


def test_an_unwritable_store_still_answers(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    packages.keep_on_disk(blocker)
    try:
        assert packages._stored("towns", lambda: ["a"]) == ["a"]
    finally:
        packages.keep_on_disk(None)


def test_the_stored_index_equals_the_one_built_in_memory(store):
    built = packages.state_and_city_names.__wrapped__()
    assert packages.state_and_city_names.__wrapped__() == built       # read back from the file
    packages.keep_on_disk(None)
    assert packages.state_and_city_names.__wrapped__() == built
