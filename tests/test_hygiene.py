"""No corpus text in our code, tests, comments, word lists or README.

Every rule is tested with sentences in our own words; no sentence, name, number
or phrase of a corpus article is copied in. This test holds the line: no run of
``RUN`` or more consecutive words (NFC, lower-cased, punctuation dropped) of a
file of ours may also be a run of a corpus article (``../shared/corpus/dev``, and
of ``../shared/corpus/dev2`` the files numbered below 80; ``samples/`` are our
own articles and are checked, not checked against).

Two kinds of shared run are Vietnamese, not one article's text, and pass:

- a run made only of common words: words found in at least a quarter of the
  articles (``của``, ``các``, ``và``, ``trong`` …, small numbers, and the
  everyday words of the corpus's trade: "đảng viên bị kỷ luật, trong đó");
- a stock phrase: a run each of whose ``RUN``-word windows is used by two
  articles or more (an institution's full name, "thi hành kỷ luật" phrasing),
  or a run inside one of the few set phrases of ``STOCK``, each judged by hand
  to be common Vietnamese that one article of ours happens to share.

``STATX_HYGIENE_HELDOUT=1`` also reads the held-out dev2 files (numbered 80 and
above) and names none of them: a hit says only which line of ours matched.

``python -m tests.test_hygiene`` prints the runs, and a report to judge by hand:
capitalised names of two words or more and numbers of three digits or more that
are both in a corpus article and in ``statx/`` or ``tests/``, each marked when
the name is one of the gazetteer's places (those come from data, not from us).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import DEV, DEV2, ROOT, need

RUN = 6
HELD_OUT_FROM = 80
WORD = re.compile(r"[^\W_]+")
# Set phrases of the language that only one corpus article happens to use (words, lower-cased).
STOCK = (
    "theo quy định của pháp luật",  # "as the law provides"
    "tài khoản đăng ký theo dõi",  # accounts that subscribe: the words a counted-noun list needs
    "tổng sản phẩm trên địa bàn grdp",  # the statistics office's name of GRDP
    "giải quyết khiếu nại kỷ luật",  # a duty of every inspection committee, named so in party rules
    "xếp loại đảng viên không hoàn thành nhiệm vụ",  # the lowest grade of the yearly review, a lexicon entry
    "ảnh chỉ mang tính minh họa",  # a caption's boilerplate, a lexicon entry
)
OURS = ("README.md", "statx/**/*.py", "statx/**/*.toml", "tests/**/*.py", "benchmarks/**/*.py", "samples/*.txt")


def words(text: str) -> list[tuple[str, int]]:
    """The words of a text, NFC and lower-cased, each with its line number (from 1)."""
    text = unicodedata.normalize("NFC", text).lower()
    return [(m.group(), n) for n, line in enumerate(text.splitlines(), 1) for m in WORD.finditer(line)]


@dataclass(frozen=True)
class Corpus:
    grams: dict[tuple[str, ...], frozenset[str]]  # every RUN-word window -> the articles using it
    common: frozenset[str]  # words in at least a quarter of the articles


def index(articles: dict[str, str]) -> Corpus:
    """The windows and common words of named article texts."""
    grams: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
    seen: Counter[str] = Counter()
    for name, text in articles.items():
        ws = [w for w, _ in words(text)]
        seen.update(set(ws))
        for i in range(len(ws) - RUN + 1):
            grams[tuple(ws[i : i + RUN])].add(name)
    common = frozenset(w for w, n in seen.items() if 4 * n >= len(articles))
    return Corpus({g: frozenset(a) for g, a in grams.items()}, common)


@dataclass(frozen=True)
class Hit:
    line: int
    run: str
    articles: frozenset[str]


def shared_runs(text: str, corpus: Corpus) -> Iterator[Hit]:
    """The longest runs of ``text`` that are runs of one corpus article, less stock phrases and common words."""
    ws = words(text)
    keys = [tuple(w for w, _ in ws[i : i + RUN]) for i in range(len(ws) - RUN + 1)]
    i = 0
    while i < len(keys):
        if keys[i] not in corpus.grams:
            i += 1
            continue
        j = i
        while j + 1 < len(keys) and keys[j + 1] in corpus.grams:
            j += 1
        run = [w for w, _ in ws[i : j + RUN]]
        windows = [corpus.grams[k] for k in keys[i : j + 1]]
        if any(len(a) == 1 for a in windows) and not all(w in corpus.common for w in run):
            yield Hit(ws[i][1], " ".join(run), frozenset().union(*windows))
        i = j + 1


def corpus_articles(held_out: bool = False) -> dict[str, str]:
    """dev, and dev2 below 80 (or all of dev2 when ``held_out``): name -> text."""
    found = {}
    for folder in (DEV, DEV2):
        for path in sorted(folder.glob("*.txt")):
            number = re.match(r"\d+", path.name)
            if folder == DEV2 and not held_out and (number is None or int(number.group()) >= HELD_OUT_FROM):
                continue
            found[f"{folder.name}/{path.name}"] = path.read_text(encoding="utf-8")
    return found


def our_files() -> list[Path]:
    return sorted({p for pattern in OURS for p in ROOT.glob(pattern) if ".venv" not in p.parts})


def hits(corpus: Corpus, files: Iterable[Path]) -> list[tuple[Path, Hit]]:
    """Every shared run of the files, less those inside a ``STOCK`` phrase."""
    found = ((path, hit) for path in files for hit in shared_runs(path.read_text(encoding="utf-8"), corpus))
    return [(path, hit) for path, hit in found if not any(hit.run in phrase for phrase in STOCK)]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    need(DEV)
    need(DEV2)
    return index(corpus_articles(held_out=os.environ.get("STATX_HYGIENE_HELDOUT") == "1"))


def test_no_file_of_ours_shares_a_run_of_words_with_a_corpus_article(corpus: Corpus) -> None:
    held_out = os.environ.get("STATX_HYGIENE_HELDOUT") == "1"
    found = [
        f"{path.relative_to(ROOT)}:{hit.line}: {hit.run!r}" + ("" if held_out else f" ({', '.join(sorted(hit.articles))})")
        for path, hit in hits(corpus, our_files())
    ]
    assert not found, "corpus text in our files; say it in our own words:\n" + "\n".join(found)


# The scanner itself, on invented articles.
_ARTICLES = {
    "a.txt": "Sáng nay, hợp tác xã Bờ Tre thu hoạch 417 tấn khoai lang tím trên cánh đồng ven đê. Theo quy định của pháp luật hiện hành, mọi việc đều ổn.",
    "b.txt": "Chiều qua, đội bóng của xã tập luyện. Theo quy định của pháp luật hiện hành, sân phải có đèn.",
    "c.txt": "Trong năm, các xã và các thôn của huyện đều có điện.",
    "d.txt": "Mưa.",
    "e.txt": "Nắng.",
}


def test_a_copied_sentence_is_found_on_its_line() -> None:
    text = "x = 1\n# hợp tác xã Bờ Tre thu hoạch 417 tấn khoai lang\n"
    (hit,) = shared_runs(text, index(_ARTICLES))
    assert hit == Hit(2, "hợp tác xã bờ tre thu hoạch 417 tấn khoai lang", frozenset({"a.txt"}))


def test_punctuation_case_and_line_breaks_do_not_hide_a_run() -> None:
    text = 'assert f("HỢP TÁC XÃ, Bờ Tre —\n thu hoạch 417")'
    assert [h.run for h in shared_runs(text, index(_ARTICLES))] == ["hợp tác xã bờ tre thu hoạch 417"]


def test_a_run_inside_a_set_phrase_passes(tmp_path: Path) -> None:
    corpus = index(
        {"f.txt": "Việc này làm đúng theo quy định của pháp luật.", "g": "Mưa.", "h": "Nắng.", "i": "Gió.", "j": "Sương."}
    )
    ours = tmp_path / "ours.py"
    ours.write_text("# theo quy định của pháp luật\n# việc này làm đúng theo quy định\n", encoding="utf-8")
    assert "theo quy định của pháp luật" in STOCK
    runs = ["theo quy định của pháp luật", "việc này làm đúng theo quy định"]
    assert [h.run for h in shared_runs(ours.read_text(encoding="utf-8"), corpus)] == runs
    assert [h.run for _, h in hits(corpus, [ours])] == runs[1:]


def test_five_words_are_not_a_run() -> None:
    assert not list(shared_runs("thu hoạch 417 tấn khoai", index(_ARTICLES)))


def test_a_stock_phrase_of_two_articles_passes() -> None:
    assert not list(shared_runs("theo quy định của pháp luật hiện hành", index(_ARTICLES)))


def test_a_run_of_common_words_passes() -> None:
    run = "và của các là có được"
    common = index({"p.txt": f"{run} cho", "q.txt": "cho được có là các của và", "r.txt": "mưa"})
    rare = index({"p.txt": f"{run} cho", "q.txt": "nắng", "r.txt": "mưa", "s.txt": "gió", "t.txt": "sương"})
    assert not list(shared_runs(run, common))
    assert [h.run for h in shared_runs(run, rare)] == [run]


def _names(text: str) -> set[str]:
    """Capitalised runs of two words or more ("Bờ Tre"), NFC."""
    found, name, end = set(), [], -1
    for m in re.finditer(r"[^\W\d_]+", unicodedata.normalize("NFC", text)):
        if m.group()[0].isupper() and (not name or m.start() - end == 1):
            name.append(m.group())
        else:
            if len(name) > 1:
                found.add(" ".join(name))
            name = [m.group()] if m.group()[0].isupper() else []
        end = m.end()
    if len(name) > 1:
        found.add(" ".join(name))
    return found


def _numbers(text: str) -> set[str]:
    """Numbers of three digits or more, thousands separators dropped ("4.070" -> "4070")."""
    return {re.sub(r"[.,]", "", m.group()) for m in re.finditer(r"\d{1,3}(?:[.,]\d{3})+|\d{3,}", text)}


def test_report_finds_names_and_numbers() -> None:
    assert _names("Hợp tác xã Bờ Tre gửi 4.070 đồng tới Phố Núi") == {"Bờ Tre", "Phố Núi"}
    assert _numbers("thu 4.070 đồng, 417 tấn, 58 người") == {"4070", "417"}


def report() -> None:
    """The shared runs, then the names and numbers to judge by hand."""
    from statx.lexicon.places import place_names

    articles = corpus_articles()
    for path, hit in hits(index(articles), our_files()):
        print(f"RUN {path.relative_to(ROOT)}:{hit.line}: {hit.run}  <- {', '.join(sorted(hit.articles))}")
    places = place_names()
    corpus_names: defaultdict[str, set[str]] = defaultdict(set)
    corpus_numbers: defaultdict[str, set[str]] = defaultdict(set)
    for name, text in articles.items():
        for found in _names(text):
            corpus_names[found].add(name)
        for found in _numbers(text):
            corpus_numbers[found].add(name)
    for path in our_files():
        if path.parts[len(ROOT.parts)] not in ("statx", "tests"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.relative_to(ROOT)}:{n}"
            for found in sorted(_names(line) & corpus_names.keys()):
                mark = " [gazetteer]" if found in places else ""
                print(f"NAME {where}: {found}{mark}  <- {', '.join(sorted(corpus_names[found]))}")
            for found in sorted(_numbers(line) & corpus_numbers.keys()):
                print(f"NUMBER {where}: {found}  <- {', '.join(sorted(corpus_numbers[found]))}")


if __name__ == "__main__":
    report()
