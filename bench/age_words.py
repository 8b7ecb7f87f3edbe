"""Ages, sentence lengths and article numbers said as ONE word or in words: an INVENTORY, every surface in every
frame of its class, with decoys of the same surfaces that are no age, no sentence and no article.

``age_frames.py`` generates numbers; this bench lists the one-word and in-words renderings a generator does not
make: compound age adjectives (``семнадцатилетняя``, ``сорокапятилетнего``, ``дваццацігадовы``,
``seventeen-year-old``), one-word terms and slang (``год``, ``полгода``, ``пятерик``, ``червонец``,
``пятнашку``, ``пожизненное``, ``a decade``, ``life``), administrative arrest in words (``пятнадцать суток``),
article numbers in words or ordinals (``по триста сорок второй``, ``па трыста шостым``, ``article three
forty-two``, ``three-four-two``) and restated ages (``в свои шестнадцать``, ``at nineteen``). A ``stay_``
class holds decoys (``прожил там год``, ``пятилетний план``, ``двадцатилетний коньяк``, ``пятёрка по
математике``, ``червонец`` as money, ``a decade ago``). Cased, or ``--lowercase`` (``asr_like``).

Every carrier sentence and surface below is invented for this bench from general knowledge; none is copied
from an evaluation set.

Usage: ``python bench/age_words.py [--show 3] [--lowercase]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection_scoring import asr_like  # noqa: E402
from rendering_common import covered  # noqa: E402

# class -> language -> (surfaces, carriers with ``{}``)
Inventory = dict[str, dict[str, tuple[list[str], list[str]]]]

_RU_AGE_ADJ = ["двадцатилетний", "семнадцатилетняя", "сорокапятилетнего", "восемнадцатилетнему",
               "шестидесятилетнюю", "девятнадцатилетней", "двадцатитрёхлетний", "тридцатилетнего",
               "двадцатиоднолетняя", "семидесятилетний", "20-летний", "17-летняя", "45-летнего", "19-летнему"]
_BE_AGE_ADJ = ["дваццацігадовы", "сямнаццацігадовая", "саракапяцігадовага", "васямнаццацігадоваму",
               "дзевятнаццацігадовую", "шасцідзесяцігадовы", "20-гадовы", "17-гадовая", "45-гадовага"]
_EN_AGE_ADJ = ["seventeen-year-old", "17-year-old", "twenty-year-old", "forty-five-year-old", "sixty-year-old",
               "19-year-old", "twenty-three-year-old"]

AGES: Inventory = {
    "age_adjective": {
        "ru": (_RU_AGE_ADJ, ["задержали {} студента прямо у дома", "{} девушка вышла на акцию",
                             "суд над {} парнем из Бреста"]),
        "be": (_BE_AGE_ADJ, ["затрымалі {} хлопца каля дому", "{} дзяўчына выйшла на акцыю"]),
        "en": (_EN_AGE_ADJ, ["a {} student was detained", "they arrested the {} near his home"]),
    },
    "age_restated": {
        "ru": (["шестнадцать", "девятнадцать", "семнадцать", "двадцать один", "19", "16", "шестьдесят два"],
               ["в свои {} он уже сидел", "ему было {}, когда его забрали", "ей тогда было {}",
                "сыну {}, он всё понимает", "ему исполнилось {} в колонии"]),
        "be": (["шаснаццаць", "дзевятнаццаць", "сямнаццаць", "19", "дваццаць адзін"],
               ["у свае {} ён ужо сядзеў", "яму было {}, калі яго забралі", "сыну {}, ён усё разумее"]),
        "en": (["nineteen", "sixteen", "seventeen", "twenty-one", "19"],
               ["at {} he was already in prison", "he was {} when they took him", "she turned {} in jail",
                "my son is {} now"]),
    },
}

_RU_ONE = ["год", "полгода", "полтора года", "пятилетку", "пятерик", "пятёрку", "червонец", "трёшку", "двушку",
           "пятнашку", "десятку", "пожизненное", "пожизненный срок", "восемь", "пятнадцать суток",
           "десять суток", "три с половиной"]
_BE_ONE = ["год", "паўгода", "паўтара года", "пяцёрку", "дзясятку", "пажыццёвае", "пятнаццаць сутак",
           "дзесяць сутак", "тры з паловай", "восем"]
_EN_ONE = ["a year", "life", "a life sentence", "fifteen days", "a decade", "ten days", "eight years",
           "three and a half years", "six months"]

TERMS: Inventory = {
    "term_word": {
        "ru": (_RU_ONE, ["ему дали {}, представляете", "получил {} за комментарий", "ей присудили {}",
                         "брату влепили {} ни за что", "осудили на {} за репост", "он сел на {}",
                         "отсидел {} и вышел"]),
        "be": (_BE_ONE, ["яму далі {}, уяўляеце", "атрымаў {} за каментар", "ёй прысудзілі {}",
                         "асудзілі на {} за рэпост", "адсядзеў {} і выйшаў"]),
        "en": (_EN_ONE, ["he got {} for a comment", "she was given {}", "he was sentenced to {}",
                         "he served {} and came out"]),
    },
}

ARTICLES: Inventory = {
    "art_words": {
        "ru": (["триста сорок второй", "триста шестьдесят первой", "сто тридцатой", "двести девяносто третьей",
                "триста шестьдесят девятой", "342-й", "триста сорок вторая"],
               ["его судили по {} за марши", "статья {}, как у всех", "обвинили по {} статье"]),
        "be": (["трыста сорак другім", "трыста шостым", "трохсот шостай", "трыста шэсцьдзесят першым",
                "сто трыццатым", "342-м"],
               ["яго судзілі па {} за маршы", "абвінавацілі па {} артыкуле"]),
        "en": (["three forty-two", "three hundred and forty two", "three-four-two", "three hundred forty-two",
                "three sixty-one", "one thirty"],
               ["he was charged under article {}", "article {} like everyone", "it was article {}, for the march"]),
    },
}

_STAY_RU = [("он прожил там {} и уехал", "год"), ("это был {} план", "пятилетний"),
            ("налил {} коньяк", "двадцатилетний"), ("у сына {} по математике", "пятёрка"),
            ("дал таксисту {} сверху", "червонец"), ("мы жили в {} на окраине", "трёшке"),
            ("прошёл {} с тех пор", "год"), ("учился в Минске {}", "полгода"),
            ("{} юбилей школы отмечали", "пятидесятилетний"), ("на {} было холодно", "пятнадцатое")]
_STAY_BE = [("ён пражыў там {} і з'ехаў", "год"), ("гэта быў {} план", "пяцігадовы"),
            ("у сына {} па матэматыцы", "пяцёрка"), ("вучыўся ў Мінску {}", "паўгода")]
_STAY_EN = [("it was {} plan", "a five-year"), ("that was {} ago", "a decade"), ("he lived there for {}", "a year"),
            ("a {} whisky", "twenty-year-old"), ("it cost {}", "a fiver")]


@dataclass(frozen=True)
class Row:
    """``text[start:end]`` is the rendered fact (for a ``stay_`` row, the decoy)."""

    kind: str
    language: str
    text: str
    start: int
    end: int


def _render(kind: str, lang: str, surface: str, carrier: str, lower: bool) -> Row:
    start = carrier.index("{}")
    text = carrier.replace("{}", surface, 1)
    if carrier.startswith("{}"):
        text = text[:1].upper() + text[1:]
    return Row(kind, lang, asr_like(text) if lower else text, start, start + len(surface))


def rows(lower: bool = False) -> list[Row]:
    """Every surface of every class in every carrier of its language; then the decoys."""
    out = []
    for inventory in (AGES, TERMS, ARTICLES):
        for kind, per_lang in inventory.items():
            for lang, (surfaces, carriers) in per_lang.items():
                out += [_render(kind, lang, s, c, lower) for s, c in product(surfaces, carriers)]
    for lang, stays in (("ru", _STAY_RU), ("be", _STAY_BE), ("en", _STAY_EN)):
        out += [_render("stay_decoy", lang, s, c, lower) for c, s in stays]
    return out


def bad(row: Row) -> bool:
    """A miss (some letter or digit unmasked) or, for a decoy, any AGE_OR_SENTENCE span on it (uncertain
    ones too: they are masked by default)."""
    from intake.pseudonymise import detect

    spans = detect(row.text, row.language)
    if row.kind.startswith("stay_"):
        return any(s.label == "AGE_OR_SENTENCE" and s.start < row.end and row.start < s.end for s in spans)
    return not covered(row.text, row.start, row.end, [(s.start, s.end) for s in spans])


def tally(sample: list[Row], show: int = 0) -> dict[str, tuple[int, int]]:
    """``kind/lang`` -> (rows, misses or decoys masked); prints up to ``show`` of them per cell."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in sample:
        c = counts[f"{row.kind}/{row.language}"]
        c[0] += 1
        if bad(row):
            c[1] += 1
            if c[1] <= show:
                print(f"  {row.kind:<14}{row.language} {row.text[row.start:row.end]!r}  …{row.text!r}")
    return {cell: (c[0], c[1]) for cell, c in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--lowercase", action="store_true")
    args = parser.parse_args()
    table = tally(rows(args.lowercase), args.show)
    for cell, (n, k) in table.items():
        print(f"{cell:<22}{n:>5}{k:>5}")
    print(f"{'total':<22}{sum(n for n, _ in table.values()):>5}{sum(k for _, k in table.values()):>5}")


if __name__ == "__main__":
    main()
