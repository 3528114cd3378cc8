"""The cache of parsed word sets (statx/lexicon/cache.py): used when fresh, rebuilt when stale or damaged, never required."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from statx.lexicon import cache, dictionary, places


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "statx"


def _source(tmp_path: Path, text: str = "mèo\ncon chó\nbao tải\n") -> Path:
    path = tmp_path / "list.txt"
    path.write_text(text, encoding="utf-8")
    return path


class Build:
    """A parse that counts its calls."""

    def __init__(self, path: Path) -> None:
        self.path, self.calls = path, 0

    def __call__(self) -> frozenset[str]:
        self.calls += 1
        return frozenset(self.path.read_text(encoding="utf-8").split("\n"))


def _entry(folder: Path) -> Path:
    (entry,) = folder.glob("*.txt")
    return entry


def test_a_fresh_entry_is_read_instead_of_the_file(tmp_path: Path, folder: Path) -> None:
    build = Build(_source(tmp_path))
    first = cache.cached_set("words", build.path, build)
    assert first == {"mèo", "con chó", "bao tải", ""} and build.calls == 1
    assert cache.cached_set("words", build.path, build) == first and build.calls == 1
    assert _entry(folder).name.startswith("words-")
    assert not list(folder.glob("*.tmp"))  # written through a temporary file, renamed


def test_a_changed_file_is_parsed_again(tmp_path: Path, folder: Path) -> None:
    build = Build(_source(tmp_path))
    cache.cached_set("words", build.path, build)
    build.path.write_text("mèo\nchuột đồng", encoding="utf-8")
    os.utime(build.path, ns=(1, 1))  # another modification time, whatever the clock's resolution
    assert cache.cached_set("words", build.path, build) == {"mèo", "chuột đồng"} and build.calls == 2
    assert cache.cached_set("words", build.path, build) == {"mèo", "chuột đồng"} and build.calls == 2
    assert len(list(folder.glob("*.txt"))) == 1  # the stale entry replaced, not kept beside


def test_another_kind_of_set_has_its_own_key(tmp_path: Path, folder: Path) -> None:
    build = Build(_source(tmp_path))
    cache.cached_set("words", build.path, build)
    other = cache.cached_set("names", build.path, lambda: frozenset({"Khe Ngọt"}))
    assert other == {"Khe Ngọt"}


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: raw[: len(raw) // 2],  # cut short
        lambda raw: raw[:-3] + b"XYZ",  # a changed word
        lambda raw: raw.replace(b"\n", b"", 1),  # no header
        lambda raw: b"\xff\xfe" + raw,
        lambda raw: raw.split(b"\n", 1)[0] + b"\nthree 0\n" + raw.split(b"\n", 2)[2],  # a bad count
    ],
)
def test_a_damaged_entry_is_rebuilt(tmp_path: Path, folder: Path, damage) -> None:  # type: ignore[no-untyped-def]
    build = Build(_source(tmp_path))
    want = cache.cached_set("words", build.path, build)
    entry = _entry(folder)
    entry.write_bytes(damage(entry.read_bytes()))
    assert cache.cached_set("words", build.path, build) == want and build.calls == 2
    assert cache.cached_set("words", build.path, build) == want and build.calls == 2  # and written again


def test_an_entry_that_cannot_be_read_is_rebuilt(tmp_path: Path, folder: Path) -> None:
    build = Build(_source(tmp_path))
    want = cache.cached_set("words", build.path, build)
    entry = _entry(folder)
    entry.unlink()
    entry.mkdir()  # reading it fails, and so does replacing it
    assert cache.cached_set("words", build.path, build) == want and build.calls == 2
    assert not list(folder.glob("*.tmp"))


def test_a_folder_that_cannot_be_written_only_costs_the_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "home-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # <file>/statx cannot be made, as in a read-only home
    build = Build(_source(tmp_path))
    assert cache.cached_set("words", build.path, build) == {"mèo", "con chó", "bao tải", ""}
    assert cache.cached_set("words", build.path, build) == {"mèo", "con chó", "bao tải", ""} and build.calls == 2


def test_the_xdg_folder_or_the_home_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == tmp_path / "statx"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # the XDG rule: a relative path is ignored
    monkeypatch.setenv("HOME", str(tmp_path / "h"))
    assert cache.cache_dir() == tmp_path / "h" / ".cache" / "statx"


def test_sets_that_cannot_be_kept_one_a_line_are_not_kept(tmp_path: Path, folder: Path) -> None:
    source = _source(tmp_path)
    assert cache.cached_set("odd", source, lambda: frozenset({"a\nb", "a"})) == {"a\nb", "a"}
    assert cache.cached_set("none", source, lambda: frozenset()) == frozenset()
    assert not folder.exists() or not list(folder.glob("*.txt"))


def test_a_missing_source_is_parsed_without_the_cache(tmp_path: Path, folder: Path) -> None:
    assert cache.cached_set("words", tmp_path / "gone.txt", lambda: frozenset({"x"})) == {"x"}


def test_underthesea_sets_from_the_cache_are_those_parsed(folder: Path) -> None:
    words_file = dictionary.underthesea_file("corpus/data/Viet74K.txt")
    places_file = dictionary.underthesea_file("address/data/mapping.json")
    if words_file is None or places_file is None:
        pytest.skip("underthesea's data is not installed")
    parsed = dictionary._read_words(words_file), places._read_names(places_file)
    for _ in range(2):  # the first time written, then read back
        dictionary.words.cache_clear()
        places.place_names.cache_clear()
        try:
            assert (dictionary.words(), places.place_names()) == parsed
        finally:
            dictionary.words.cache_clear()
            places.place_names.cache_clear()
    assert len(list(folder.glob("*.txt"))) == 2


def test_entries_of_a_data_file_that_is_gone_are_removed(tmp_path: Path, folder: Path) -> None:
    old, kept = tmp_path / "old", tmp_path / "kept"
    old.mkdir(), kept.mkdir()
    gone, still = _source(old), _source(kept, "cá\n")
    cache.cached_set("words", gone, Build(gone))
    cache.cached_set("words", still, Build(still))
    assert len(list(folder.glob("words-*.txt"))) == 2  # two installs in use: one entry each
    gone.unlink()  # the old install is removed
    fresh = _source(tmp_path, "gà\n")
    cache.cached_set("words", fresh, Build(fresh))
    names = sorted(p.read_bytes().split(b"\n", 1)[0].split(b"\t")[2].split(b"|")[0] for p in folder.glob("words-*.txt"))
    assert names == sorted([str(still).encode(), str(fresh).encode()])


def test_two_installs_sharing_a_data_file_keep_an_entry_each(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = Build(_source(tmp_path))
    code_a, code_b = tmp_path / "a.py", tmp_path / "b.py"
    code_a.write_text("version = 1\n"), code_b.write_text("version = 22\n")
    for code in (code_a, code_b, code_a, code_b):  # a checkout and a release, started in turn
        monkeypatch.setattr(cache, "_CODE", (code,))
        assert cache.cached_set("words", build.path, build) == {"mèo", "con chó", "bao tải", ""}
    assert build.calls == 2 and len(list(folder.glob("words-*.txt"))) == 2  # parsed once for each, then read back
    code_b.write_text("version = 333\n")  # one install upgraded: its old entry can serve no one
    cache.cached_set("words", build.path, build)
    assert build.calls == 3 and len(list(folder.glob("words-*.txt"))) == 2
