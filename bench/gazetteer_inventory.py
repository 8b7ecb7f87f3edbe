"""Inventory test of the Belarus gazetteer: every listed town, district centre, village, river and region in
the cases speech uses, in short invented frames, Russian and Belarusian spellings, cased and lower case.

Forms of a row: the first Cyrillic form is the Russian spelling (inflected by pymorphy3 where it knows a
geographical reading, else by suffix rules), other Cyrillic forms are Belarusian (suffix rules). Each form is
put in every frame (``мужик из X тоже``, ``жыў у X``, ``под X была дача``, ``к X подъехали``, ``X — небольшой
город``) and counts as found when spans of any label cover it whole. Lists every miss.

Usage: ``python bench/gazetteer_inventory.py [--files belarus.tsv places.tsv] [--show 400]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from intake.pseudonymise import detect  # noqa: E402
from intake.pseudonymise.detectors.gazetteer import read_list  # noqa: E402
from intake.pseudonymise.inflect import morph  # noqa: E402

FRAMES = {
    "ru": {"gent": ("Мужик {} тоже оттуда.", "из"), "gen2": ("А сам он {} приехал.", "из"),
           "loct": ("Он жил {} лет десять.", "в"),
           "ablt": ("Дача у нас {} была.", "под"), "datv": ("Потом подъехали {} уже ночью.", "к"),
           "nomn": ("{} — небольшой город.", "")},
    "be": {"gent": ("Хлопец {} таксама адтуль.", "з"), "gen2": ("А сам ён {} прыехаў.", "з"),
           "loct": ("Ён жыў {} гадоў дзесяць.", "у"),
           "ablt": ("Лецішча ў нас {} было.", "пад"), "datv": ("Потым даехалі {} уначы.", "да"),
           "nomn": ("{} — невялікі горад.", "")},
}
BE_LETTERS = set("іўэ'’")


def _be_forms(word: str) -> dict[str, str]:
    """Belarusian case forms of one word by suffix rules (``да`` takes the genitive)."""
    w = word
    if w.endswith(("ы", "і", "и")):  # plural: Баранавічы, Ашмяны
        stem = w[:-1]
        gen = stem if stem.endswith("ч") else stem + "аў"
        return {"gent": gen, "loct": stem + "ах", "ablt": stem + "амі", "datv": gen, "nomn": w, "gen2": stem}
    if w.endswith("а"):
        stem = w[:-1]
        shift = {"д": "дз", "т": "ц", "г": "з", "к": "ц", "х": "с"}
        loc_stem = stem[:-1] + shift[stem[-1]] if stem[-1:] in shift else stem
        loc = loc_stem + ("ы" if stem[-1:] in "кжшчц" else "е")
        gen = stem + ("і" if stem[-1:] in "кгх" else "ы")
        return {"gent": gen, "loct": loc, "ablt": stem + "ай", "datv": gen, "nomn": w}
    if w.endswith("я"):  # Нароўля, Друя, Расія: з Нароўлі, у Нароўлі, пад Нароўляй
        stem = w[:-1]
        return {"gent": stem + "і", "loct": stem + "і", "ablt": stem + "яй", "datv": stem + "і", "nomn": w}
    if w.endswith(("е", "о", "ё")):  # neuter: Іўе, Сянно
        return {c: w for c in ("gent", "loct", "ablt", "datv", "nomn")} | {"gent": w[:-1] + "а",
                                                                            "ablt": w[:-1] + "ам"}
    if w.endswith("ь"):
        stem = w[:-1]
        return {"gent": stem + "і", "loct": stem + "і", "ablt": stem + "ем", "datv": stem + "і", "nomn": w}
    if w.endswith("ў"):
        stem = w[:-1] + "в"
        return {"gent": stem + "а", "loct": stem + "е", "ablt": stem + "ам", "datv": stem + "а", "nomn": w}
    if w[-1:] in "кгхц":
        return {"gent": w + "а", "loct": w + "у", "ablt": w + "ам", "datv": w + "а", "nomn": w}
    return {"gent": w + "а", "loct": w + "е", "ablt": w + "ам", "datv": w + "а", "nomn": w}


def _ru_forms(word: str) -> dict[str, str] | None:
    """Russian case forms of one word from pymorphy3's geographical (or any noun) reading."""
    parses = [p for p in morph().parse(word.lower()) if "NOUN" in p.tag and "nomn" in p.tag]
    parses.sort(key=lambda p: "Geox" not in p.tag)
    for p in parses:
        out = {}
        for case in ("gent", "loct", "ablt", "datv"):
            f = p.inflect({case})
            if f is None:
                break
            out[case] = f.word
        else:
            return out | {"nomn": word.lower(), "gen2": _other_plural_genitive(word.lower(), out["gent"])}
    return None


def _other_plural_genitive(nom: str, gen: str) -> str:
    """A plural town's genitive is either its bare stem (из Ошмян) or stem + -ов/-ей (из Шабанов): the other one."""
    if nom[-1:] not in "ыи":
        return gen
    stem = nom[:-1]
    return stem if gen != stem else stem + ("ей" if stem[-1:] in "чщшж" else "ов")


def _match_case(form: str, model: str) -> str:
    return form[:1].upper() + form[1:] if model[:1].isupper() else form


def renderings(files: list[str]) -> Iterator[tuple[str, str, str, str, str]]:
    """(row head, language, case, text, surface) for every single-word Cyrillic form of every row."""
    for name in files:
        for forms, _flags in read_list(name):
            cyr = [f for f in forms if any("а" <= c.lower() <= "я" or c in "іўё" for c in f) and " " not in f]
            for k, form in enumerate(dict.fromkeys(cyr)):
                langs = ["be"] if k > 0 or BE_LETTERS & set(form) else ["ru", "be"]
                for lang in langs:
                    table = (_ru_forms(form) if lang == "ru" else None) or _be_forms(form.lower())
                    for case, (frame, prep) in FRAMES[lang].items():
                        if case not in table:
                            table[case] = table["gent"]
                        surface = _match_case(table[case], form)
                        yield forms[0], lang, case, frame, surface if not prep else f"{prep} {surface}"


def covered(text: str, lo: int, hi: int, lang: str) -> bool:
    spans = detect(text, lang)
    mask = [False] * len(text)
    for s in spans:
        for i in range(max(s.start, 0), min(s.end, len(text))):
            mask[i] = True
    return all(mask[i] for i in range(lo, hi) if not text[i].isspace())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", nargs="+", default=["belarus.tsv", "places.tsv"])
    ap.add_argument("--show", type=int, default=400)
    args = ap.parse_args()
    total, misses = {"cased": 0, "lower": 0}, {"cased": [], "lower": []}
    for head, lang, case, frame, phrase in renderings(args.files):
        for casing in ("cased", "lower"):
            text = frame.format(phrase)
            if casing == "lower":
                text, phrase_l = text.lower(), phrase.lower()
            else:
                phrase_l = phrase
            lo = text.index(phrase_l)
            prep = phrase_l.split(" ")[0] if " " in phrase_l else ""
            lo += len(prep) + (1 if prep else 0)
            total[casing] += 1
            if not covered(text, lo, lo + len(phrase_l) - (len(prep) + 1 if prep else 0), lang):
                misses[casing].append(f"{head}\t{lang}\t{case}\t{text}")
    for casing in ("cased", "lower"):
        print(f"{casing}: {len(misses[casing])} misses of {total[casing]}")
        for line in misses[casing][: args.show]:
            print("  ", line)


if __name__ == "__main__":
    main()
