import datetime as dt
import marshal

from hypothesis import given
from hypothesis import strategies as st

from lint.yamlcache import cache_dir, frozen, read_yaml, thawed

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(),
    st.dates(),
    st.datetimes(),
    st.floats(allow_nan=False),
)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner) | st.dictionaries(st.text() | st.integers(), inner),
    max_leaves=20,
)


@given(documents)
def test_what_is_frozen_for_marshal_thaws_back_unchanged(data):
    assert thawed(marshal.loads(marshal.dumps(frozen(data)))) == data


def test_a_parsed_file_is_cached_and_a_changed_file_parsed_anew(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "data.yaml"
    path.write_text("held: [2021-01-25, 2021-02-01]\nn: {1: một}\n", encoding="utf-8")
    first = read_yaml(path)
    assert first == {"held": [dt.date(2021, 1, 25), dt.date(2021, 2, 1)], "n": {1: "một"}}
    assert len(list((tmp_path / "cache").iterdir())) == 1
    assert read_yaml(path) == first  # from the cache
    path.write_text("held: []\n", encoding="utf-8")
    assert read_yaml(path) == {"held": []}
    assert len(list((tmp_path / "cache").iterdir())) == 2


def test_a_damaged_entry_is_parsed_again_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "data.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    read_yaml(path)
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_bytes(b"\x00garbage")
    assert read_yaml(path) == {"a": 1}
    assert marshal.loads(entry.read_bytes()) == (b"a: 1\n", {"a": 1})


def test_an_unusable_cache_directory_is_ignored(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("REPORTLINT_CACHE_DIR", str(blocker / "cache"))
    path = tmp_path / "data.yaml"
    path.write_text("a: [1, 2]\n", encoding="utf-8")
    assert read_yaml(path) == {"a": [1, 2]}


def test_the_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTLINT_NO_CACHE", "0")
    assert cache_dir() is not None
    monkeypatch.setenv("REPORTLINT_NO_CACHE", "1")
    assert cache_dir() is None
    path = tmp_path / "data.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    assert read_yaml(path) == {"a": 1}


def test_an_entry_is_used_only_for_the_bytes_it_was_made_from(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "data.yaml"
    path.write_text("enabled: true\n", encoding="utf-8")
    read_yaml(path)
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_bytes(marshal.dumps((b"enabled: false\n", {"enabled": False})))  # a collision
    assert read_yaml(path) == {"enabled": True}


def test_ordered_pairs_and_self_references_are_read_but_not_cached(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTLINT_CACHE_DIR", str(tmp_path / "cache"))
    pairs = tmp_path / "pairs.yaml"
    pairs.write_text("a: !!omap [{date: '2020-01-01'}]\n", encoding="utf-8")
    loop = tmp_path / "loop.yaml"
    loop.write_text("a: &x [1, *x]\n", encoding="utf-8")
    for _ in range(2):
        assert read_yaml(pairs) == {"a": [("date", "2020-01-01")]}
        assert read_yaml(loop)["a"][0] == 1
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").glob("*.tmp"))


def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTLINT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "data.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    read_yaml(path)
    (entry,) = (tmp_path / "cache").iterdir()
    entry.unlink()
    entry.mkdir()  # os.replace onto a directory fails
    assert read_yaml(path) == {"a": 1}
    assert list((tmp_path / "cache").glob("*.tmp")) == []
