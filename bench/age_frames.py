"""Ages, sentence lengths and article numbers per FRAME CLASS: which ways of saying them ``detect()`` misses.

``quasi_renderings.py`` measures the three kinds as wholes; this bench names the frame each rendering is said in
(``ему 34``, ``в свои 45``, ``тридцатилетний``, ``дали 3 года``, ``получил пятёрку``, ``15 суток``,
``по 342-й``, ``under Article 342`` ...) so a miss points at a mechanism, and it renders decoys of the same
shapes that identify nobody (durations of ordinary life, clock times, prices, years, counts, school grades,
house numbers, approximate ages ``лет сорок``). Russian, Belarusian and English; digits and words; cased or
``--lowercase`` (lower case, punctuation blanked as unpunctuated speech recognition writes it).

Every carrier sentence and name below is invented for this bench; none is copied from an evaluation set.

Usage: ``python bench/age_frames.py [--n 40] [--seed 3] [--show 3] [--lowercase]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from detection_scoring import asr_like  # noqa: E402
from quasi_speech import amount, cardinal, genitive, ordinal, unit  # noqa: E402
from rendering_common import LANGUAGES, covered  # noqa: E402

Frame = Callable[[str, random.Random], "tuple[str, str] | None"]
_NAMES = {"ru": ["Тимур Веренич", "Ольга Ждан", "Степан Руденок"], "be": ["Тарас Ждан", "Ала Руданок"],
          "en": ["Timur Verenich", "Olga Zhdan"]}


def _n(rng: random.Random, lo: int = 16, hi: int = 79) -> int:
    return rng.randint(lo, hi)


def _table(carriers: dict[str, list[str]], surface: Callable[[str, random.Random], str]) -> Frame:
    """A frame from carriers per language and a surface maker; a language without carriers is skipped."""
    def frame(lang: str, rng: random.Random) -> tuple[str, str] | None:
        if lang not in carriers:
            return None
        carrier = rng.choice(carriers[lang]).replace("<N>", rng.choice(_NAMES[lang]))
        return surface(lang, rng), carrier
    return frame


def _age_bare(lang: str, rng: random.Random) -> str:
    return amount(_n(rng), lang, rng)


def _age_unit(lang: str, rng: random.Random) -> str:
    n = _n(rng)
    if lang == "en":
        return amount(n, lang, rng)
    return f"{amount(n, lang, rng)} {unit(n, 'year', lang)}"


_RU_ADJ_ENDS = {"m": "летний", "f": "летняя", "g": "летнего"}


def _age_adjective(lang: str, rng: random.Random) -> str:
    n = rng.choice([18, 19, 20, 22, 23, 25, 30, 33, 40, 45, 50, 57, 60, 70])
    if lang == "en":
        return f"{n}-year-old" if rng.random() < 0.5 else f"{cardinal(n, 'en')}-year-old"
    end = rng.choice(list(_RU_ADJ_ENDS.values())) if lang == "ru" else rng.choice(["гадовы", "гадовая", "гадовага"])
    if rng.random() < 0.4:
        return f"{n}-{end}"
    stem = genitive(n).replace(" ", "") if lang == "ru" else _BE_STEMS.get(n, "дваццаці")
    return stem + end


_BE_STEMS = {18: "васямнаццаці", 19: "дзевятнаццаці", 20: "дваццаці", 22: "дваццацідвух", 23: "дваццацітрох",
             25: "дваццаціпяці", 30: "трыццаці", 33: "трыццацітрох", 40: "сарака", 45: "саракапяці",
             50: "пяцідзесяці", 57: "пяцідзесяцісямі", 60: "шасцідзесяці", 70: "сямідзесяці"}


AGE_FRAMES: dict[str, Frame] = {
    "age_dative_now": _table({"ru": ["ему {}, он студент", "сейчас ей {} и она одна", "сыну {}, он всё понимает"],
                              "be": ["яму {}, ён студэнт", "цяпер ёй {} і яна адна", "сыну {}, ён усё разумее"]},
                             _age_bare),
    "age_dative_unit": _table({"ru": ["ему {}, он студент", "маме сейчас {}, она болеет"],
                               "be": ["яму {}, ён студэнт", "маме цяпер {}, яна хварэе"]}, _age_unit),
    "age_was_when": _table({"ru": ["мне было {} когда всё началось", "ей было {}, когда её задержали"],
                            "be": ["мне было {} калі ўсё пачалося", "ёй было {}, калі яе затрымалі"],
                            "en": ["I was {} when it started", "she was {} when they came"]}, _age_bare),
    "age_svoi": _table({"ru": ["в свои {} он уже сидел", "в свои {} она ни разу не была за границей"],
                        "be": ["у свае {} ён ужо сядзеў"]}, _age_bare),
    "age_turned": _table({"ru": ["ему исполнилось {} в колонии", "ей исполнилось {} уже в СИЗО", "исполнилось {}"],
                          "be": ["яму споўнілася {} у калоніі", "ёй споўнілася {} ужо ў СІЗА"],
                          "en": ["he turned {} in the colony", "she turned {} in pre-trial detention"]}, _age_bare),
    "age_adjective": _table({"ru": ["задержали {} студента", "{} пенсионерка вышла на марш", "{} парень из Лиды"],
                             "be": ["затрымалі {} студэнта", "{} пенсіянерка выйшла на марш"],
                             "en": ["a {} student was detained", "the {} pensioner was fined"]}, _age_adjective),
    "age_apposition": _table({"ru": ["<N>, {}, из Лиды, сидит за репост", "<N>, {}, учительница"],
                              "be": ["<N>, {}, з Ліды, сядзіць за рэпост"],
                              "en": ["<N>, {}, from Lida, is held for a repost"]}, _age_bare),
    "age_en_is": _table({"en": ["he's {} now and still inside", "my son is {}", "her father is {} and ill"]},
                        _age_bare),
    "age_en_at": _table({"en": ["at {} he was the oldest in the cell", "she was arrested at {}, a student"]},
                        _age_bare),
}


def _years(lang: str, rng: random.Random, lo: int = 1, hi: int = 15) -> str:
    n = rng.randint(lo, hi)
    return f"{amount(n, lang, rng)} {unit(n, 'year', lang)}"


def _decimal(lang: str, rng: random.Random) -> str:
    n = rng.randint(1, 9)
    if lang == "en":
        return f"{n}.5 years"
    return f"{n},5 {'года' if lang == 'ru' else 'гады'}"


def _half_bare(lang: str, rng: random.Random) -> str:
    n = rng.randint(2, 9)
    return f"{cardinal(n, lang)} {'с половиной' if lang == 'ru' else 'з паловай'}"


def _arrest(lang: str, rng: random.Random) -> str:
    n = rng.choice([5, 7, 10, 12, 13, 14, 15, 20, 25, 30])
    return f"{amount(n, lang, rng)} {unit(n, 'day', lang)}"


def _months(lang: str, rng: random.Random) -> str:
    n = rng.choice([6, 18, 24, 30, 36, 42, 48, 60, 72, 84, 96])
    return f"{amount(n, lang, rng)} {unit(n, 'month', lang)}"


def _share(lang: str, rng: random.Random) -> str:
    done, whole = sorted(rng.sample(range(1, 9), 2))
    second = genitive(whole) if lang == "ru" else cardinal(whole, "en") if lang == "en" else \
        ["", "аднаго", "двух", "трох", "чатырох", "пяці", "шасці", "сямі", "васьмі"][whole]
    return f"{cardinal(done, lang)} {dict(ru='из', be='з', en='out of')[lang]} {second}"


_SLANG = {"ru": ["пятёрку", "трёшку", "двушку", "четвёрку", "восьмёрку", "десятку", "семёрку", "шестёрку"],
          "be": ["пяцёрку", "тройку", "двушку", "чацвёрку", "васьмёрку", "дзясятку"]}


TERM_FRAMES: dict[str, Frame] = {
    "term_gave": _table({"ru": ["ему дали {} за комментарий", "суд дал {}, прокурор просил больше"],
                         "be": ["яму далі {} за каментар", "суд даў {}, пракурор прасіў больш"],
                         "en": ["he got {} for a comment", "the court gave her {}"]}, _years),
    "term_regime": _table({"ru": ["{} колонии", "{} строгого режима за донат", "{} общего режима, как у всех"],
                           "be": ["{} калоніі", "{} строгага рэжыму за данат"],
                           "en": ["{} in a high-security colony", "{} of strict regime"]}, _years),
    "term_decimal": _table({"ru": ["ему дали {} колонии", "получила {} за репост"],
                            "be": ["яму далі {} калоніі"], "en": ["he got {} in a colony"]}, _decimal),
    "term_half_bare": _table({"ru": ["ему дали {}, представляете", "получил {} и уехал на этап"],
                              "be": ["яму далі {}, уяўляеце"]}, _half_bare),
    "term_arrest": _table({"ru": ["дали {} ареста", "он отсидел {} на Окрестина", "получил {} за флаг"],
                           "be": ["далі {} арышту", "ён адсядзеў {} на Акрэсціна"],
                           "en": ["{} of administrative arrest", "he got {} in jail for a flag"]}, _arrest),
    "term_chemistry": _table({"ru": ["ему дали {} химии", "{} домашней химии"], "be": ["яму далі {} хіміі"],
                              "en": ["he got {} of restricted freedom"]}, _years),
    "term_restriction": _table({"ru": ["ограничение свободы на {}", "приговорили к ограничению свободы на {}"],
                                "be": ["абмежаванне волі на {}"],
                                "en": ["restriction of freedom for {}"]}, lambda lang, rng: _years(lang, rng, 1, 5)),
    "term_share": _table({"ru": ["он отсидел {}", "уже {} позади"], "be": ["ён адсядзеў {}", "ужо {} ззаду"],
                          "en": ["he has served {} so far"]}, _share),
    "term_months": _table({"ru": ["ему дали {} колонии", "получил {}"], "be": ["яму далі {} калоніі"],
                           "en": ["she was sentenced to {}"]}, _months),
    "term_slang": _table({"ru": ["получил {} за репост", "ему дали {}, как и всем", "влепили {} строгого"],
                          "be": ["атрымаў {} за рэпост", "яму далі {}"]}, lambda lang, rng: rng.choice(_SLANG[lang])),
    "term_en_sentenced": _table({"en": ["he was sentenced to {}", "she got {} in a penal colony"]},
                                lambda lang, rng: _years(lang, rng, 2, 12)),
}


def _art(lang: str, rng: random.Random) -> str:
    return str(rng.choice([130, 293, 342, 361, 364, 367, 368, 369, 411, 423]))


def _art_ordinal_digits(lang: str, rng: random.Random) -> str:
    return f"{rng.choice([130, 293, 342, 364, 369, 411])}-{'й' if lang == 'ru' else 'м'}"


def _art_words(lang: str, rng: random.Random) -> str:
    n = rng.choice([130, 293, 342, 364, 367, 369, 411])
    return ordinal(n, lang, "f.obl" if lang == "ru" else "m.obl")


def _art_part(lang: str, rng: random.Random) -> str:
    return rng.choice(["361-1", "342", "130", "361-4", "423-1"])


ARTICLE_FRAMES: dict[str, Frame] = {
    "art_statya": _table({"ru": ["статья {}, как у всех", "у него статья {}"], "be": ["артыкул {}, як ва ўсіх"],
                          "en": ["under Article {}, for the marches", "article {} like everyone"]}, _art),
    "art_ordinal_digits": _table({"ru": ["судили по {}, дали три года", "по {} за марши"],
                                  "be": ["судзілі па {} і далі тры гады"]}, _art_ordinal_digits),
    "art_ordinal_words": _table({"ru": ["судили по {}, за марши"], "be": ["судзілі па {}, за маршы"]}, _art_words),
    "art_part": _table({"ru": ["ч. 1 ст. {} УК", "часть вторая статьи {}"], "be": ["ч. 2 арт. {} КК"],
                        "en": ["part 1 of Article {}"]}, _art_part),
}


def _decoy_duration(lang: str, rng: random.Random) -> str:
    n = rng.randint(2, 12)
    return f"{amount(n, lang, rng, 0.2)} {unit(n, rng.choice(['year', 'month']), lang)}"


def _plain(lo: int, hi: int) -> Callable[[str, random.Random], str]:
    return lambda lang, rng: amount(rng.randint(lo, hi), lang, rng)


def _approx_age(lang: str, rng: random.Random) -> str:
    n = rng.choice([30, 40, 50, 60, 70])
    return {"ru": rng.choice([f"лет {cardinal(n, lang)}", f"под {genitive(n)}", f"за {cardinal(n, lang)}"]),
            "be": f"гадоў {cardinal(n, lang)}", "en": f"about {cardinal(n, lang)}"}[lang]


DECOY_FRAMES: dict[str, Frame] = {
    "decoy_duration": _table({"ru": ["{} учился в Минске", "я {} работала в школе", "мы {} копили на машину"],
                              "be": ["{} вучыўся ў Мінску", "я {} працавала ў школе"],
                              "en": ["I studied for {} in Minsk", "she worked there for {}"]}, _decoy_duration),
    "decoy_after_days": _table({"ru": ["через {} позвонил адвокат"], "be": ["праз {} патэлефанаваў адвакат"],
                                "en": ["{} later the lawyer called"]},
                               lambda lang, rng: {"ru": "два дня", "be": "два дні", "en": "two days"}[lang]),
    "decoy_time": _table({"ru": ["пришли в {} утра"], "be": ["прыйшлі а {} раніцы"], "en": ["they came at {} am"]},
                         _plain(5, 9)),
    "decoy_price": _table({"ru": ["передача стоила {} рублей"], "be": ["перадача каштавала {} рублёў"],
                           "en": ["the parcel cost {} roubles"]}, _plain(20, 300)),
    "decoy_count": _table({"ru": ["в камере было {} человек"], "be": ["у камеры было {} чалавек"],
                           "en": ["there were {} people in the cell"]}, _plain(6, 40)),
    "decoy_grade": _table({"ru": ["сын в {} классе"], "be": ["сын у {} класе"], "en": ["my son is in grade {}"]},
                          lambda lang, rng: ordinal(rng.randint(2, 11), lang, "m.obl") if lang != "en"
                          else str(rng.randint(2, 11))),
    "decoy_house": _table({"ru": ["жили на Советской, дом {}"], "be": ["жылі на Савецкай, дом {}"],
                           "en": ["we lived at house {} on Lenin street"]}, lambda lang, rng: str(rng.randint(3, 140))),
    "decoy_year": _table({"ru": ["в {} году мы переехали"], "be": ["у {} годзе мы пераехалі"],
                          "en": ["in {} we moved"]}, lambda lang, rng: str(rng.randint(1995, 2024))),
    "decoy_approx_age": _table({"ru": ["ему {}, точно не знаю", "ей {}, наверное"], "be": ["яму {}, не ведаю"],
                                "en": ["he is {}, I think"]}, _approx_age),
}
FRAMES: dict[str, Frame] = {**AGE_FRAMES, **TERM_FRAMES, **ARTICLE_FRAMES, **DECOY_FRAMES}


@dataclass(frozen=True)
class Row:
    """``text[start:end]`` is the rendered fact (or, for a ``decoy_`` frame, the ordinary number)."""

    frame: str
    language: str
    text: str
    start: int
    end: int


def rows(n: int, seed: int, lower: bool = False) -> list[Row]:
    """``n`` renderings per frame and language the frame has, reproducible from ``seed``."""
    rng = random.Random(seed)
    out = []
    for name, frame in FRAMES.items():
        for lang in LANGUAGES:
            for _ in range(n):
                made = frame(lang, rng)
                if made is None:
                    break
                surface, carrier = made
                start = carrier.index("{}")
                text = carrier.replace("{}", surface, 1)
                out.append(Row(name, lang, asr_like(text) if lower else text, start, start + len(surface)))
    return out


def bad(row: Row) -> bool:
    """A miss (some letter or digit unmasked) or, for a decoy, a false positive (a certain quasi span on it)."""
    from intake.pseudonymise import detect

    spans = detect(row.text, row.language)
    if row.frame.startswith("decoy_"):
        return any(s.label in {"AGE_OR_SENTENCE", "DATE", "DETENTION"} and not s.uncertain
                   and s.start < row.end and row.start < s.end for s in spans)
    return not covered(row.text, row.start, row.end, [(s.start, s.end) for s in spans])


def tally(sample: list[Row], show: int = 0) -> dict[str, tuple[int, int]]:
    """frame -> (renderings, misses or false positives); prints up to ``show`` of them per frame."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in sample:
        c = counts[row.frame]
        c[0] += 1
        if bad(row):
            c[1] += 1
            if c[1] <= show:
                print(f"  {row.frame:<20}{row.language} {row.text[row.start:row.end]!r}  …{row.text!r}")
    return {frame: (c[0], c[1]) for frame, c in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--lowercase", action="store_true")
    args = parser.parse_args()
    for frame, (n, k) in tally(rows(args.n, args.seed, args.lowercase), args.show).items():
        print(f"{frame:<22}{n:>5}{k:>5}")


if __name__ == "__main__":
    main()
