"""The answer key's period against statx's, fact by fact.

    statx extract --format jsonl CORPUS/*.txt > pred.jsonl
    python benchmarks/periods.py CORPUS pred.jsonl [-v]

Facts are matched as ``../shared/tools/score.py`` matches them (same document,
overlapping spans, equal values; one to one). Of the matched facts whose key
gives a ``period`` it counts: those statx gives one (``found``: the same words,
words within the key's, or the same days read against the article's date),
those with dates, those in an article with a ``published`` date and how many of
these have dates, those statx gives none (``missing``) or another
(``different``), and the dates that differ from the key's period read against
that date. It also counts the facts given a period where the key has none.
``-v`` lists each miss and difference (document, mention, key, statx).

For dev2, give only the files numbered below 80: the rest is the held-out set.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statx.dates import resolve_period  # noqa: E402

_SOME_DAY = date(2000, 7, 1)  # what relative words count from in an article without a date, to compare words


def _score() -> Any:
    spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "tools" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit("no ../shared/tools/score.py beside the repository")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(corpus: str, predictions: str, verbose: bool) -> None:
    score = _score()
    gold, _texts = score.load_gold(corpus)
    pred, _bad = score.load_pred(predictions, gold.keys())
    n = found = dated = published = published_dated = missing = different = extra = wrong_days = 0
    rows = []
    for doc in sorted(gold):
        golds, preds = gold[doc], pred.get(doc, [])
        for gi, pi in score.match(golds, preds, need_value=True).items():
            g, p = golds[gi], preds[pi]
            want, got = (g.get("period") or "").strip(), (p.get("period") or "").strip()
            if not want:
                extra += bool(got)
                continue
            n += 1
            ref = date.fromisoformat(p["published"][:10]) if p.get("published") else None
            published += ref is not None
            if p.get("period_start"):
                dated += 1
                published_dated += ref is not None
                days = resolve_period(want, ref) if ref else None
                if days and (days[0].isoformat(), days[1].isoformat()) != (p["period_start"], p["period_end"]):
                    wrong_days += 1
                    rows.append(("DAYS", doc, g["mention"], want, f"{got} {p['period_start']}..{p['period_end']}"))
            if not got:
                missing += 1
                rows.append(("MISS", doc, g["mention"], want, ""))
                continue
            a, b = score.norm_text(want), score.norm_text(got)
            same = a == b or b in a or score.same_label(want, got)
            if not same:
                day = resolve_period(want, ref or _SOME_DAY)
                same = day is not None and day == resolve_period(got, ref or _SOME_DAY)
            found += 1
            if not same:
                different += 1
                rows.append(("DIFF", doc, g["mention"], want, got))
    print(
        f"{corpus}: {n} facts with a key period; statx gives {found - different} the same, {different} another, "
        f"{missing} none; {dated} with dates ({published_dated} of the {published} in articles with a published "
        f"date), {wrong_days} of them unlike the key's; {extra} given a period where the key has none"
    )
    if verbose:
        for row in rows:
            print(" | ".join(row))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 2:
        raise SystemExit(__doc__)
    main(args[0], args[1], "-v" in sys.argv[1:])
