"""Letters and digits dictated as words, written for the second gate on its own (no detector code or lists).

A handle or a document number said letter by letter is a run of letter names (``эм ай эр а``, ``kay are oh
tee``, ``эм пэ три два один ...``).  Ordinary speech holds letter names too (``эм`` is a hesitation, ``пэ эс`` a
postscript, ``ка гэ бэ`` an agency said by its letters), so a run is reported when

* it has three letter names or more and one of them names a Latin letter only (``ай``, ``эйч``, ``кей``,
  ``дабл ю``; Cyrillic vowels said as themselves count inside it), or five or more of any;
* it follows an account cue (``ник``, ``телеграм``, ``аккаунт``, ``nick``...) within four words, with two letter
  names or more;
* it mixes letter names and number words (``пэ бэ четыре``, ``эм ноль ноль один``): two letter names and a
  number word, or one letter name and three number words;
* it is what is left right after a placeholder (``[HANDLE-1] о тэ точка лиса``): two dictated words or more,
  among them a spoken separator or a letter name that is no everyday word, with the word said after a separator.

Letter names: the Russian and Belarusian names of Latin letters, the names of Cyrillic letters people use for
them, and the English names (written for this module from general knowledge; no external source).
"""

from __future__ import annotations

import re

# Names that stand for a Latin letter only (no Cyrillic letter is called so).
_LATIN_ONLY = frozenset(
    "эй би си ди джи эйч ай джей кей пи кью ар ти ви игрек уай зет зед зэт дабл бі сі дзі джы джэй ві ці".split()
)
# Names shared with Cyrillic letters, and the English names.
_SHARED = frozenset(
    "бэ вэ гэ дэ жэ зэ ка эл эль эм эн пэ эр эс тэ эф ха цэ че ча ша икс экс ю "
    "bee cee dee gee jay kay pee cue tee vee zed zee aitch ex em en es ef el".split()
)
_LETTER_NAMES = _LATIN_ONLY | _SHARED
# Letter names that are everyday words or hesitations (``ці`` "or", ``ха``, ``эм``, ``ай``).
_WORDS_TOO = frozenset("ці ха эм ай ка че ша ю ex em en es el".split())
_VOWELS = frozenset("а о е э у ы я и і a o e i u y".split())  # a vowel said as itself, inside a run only
_NUMBER_WORDS = frozenset(
    "ноль нуль один одна два три четыре пять шесть семь восемь девять адзін дзве тры чатыры пяць шэсць сем "
    "дзевяць zero oh one two three four five six seven eight nine".split()
)
_SEPARATORS = frozenset(
    "точка кропка dot нижнее ніжняе подчёркивание подчеркивание падкрэсліванне подчёркиванием подчеркиванием "
    "падкрэсліваннем андерскор андэрскор underscore дефис дэфіс "
    "тире dash собака сабака".split()
)
_CUE = re.compile(
    r"(?:ник|нік|никнейм|логин|лагін|юзернейм|телеграм|тэлеграм|инстаграм|інстаграм|инст|інст|аккаунт|акаўнт|тикток|"
    r"nick|username|login|telegram|instagram|insta|handle|account|tiktok)\w*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_JOINING = re.compile(r"[\s,\-]{1,4}")  # between two dictated words: blanks, commas, hyphens
_CLOSING = re.compile(r"[\]>}][\s,]*$")  # a placeholder right before


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Runs of words that may be dictated (letter names, vowels, number words, separators), each word at most a
    few blanks, commas or hyphens after the one before."""
    runs: list[list[re.Match[str]]] = []
    for m in _WORD.finditer(text):
        low = m.group().lower()
        if low not in _LETTER_NAMES and low not in _VOWELS and low not in _NUMBER_WORDS and low not in _SEPARATORS:
            continue
        if runs and _JOINING.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _trimmed(run: list[re.Match[str]]) -> list[re.Match[str]]:
    """Without the vowels at either end (``и``, ``а`` there are conjunctions)."""
    while run and run[0].group().lower() in _VOWELS:
        run = run[1:]
    while run and run[-1].group().lower() in _VOWELS:
        run = run[:-1]
    return run


def _reported(text: str, run: list[re.Match[str]]) -> bool:
    words = [m.group().lower() for m in run]
    letters = sum(w in _LETTER_NAMES for w in words)
    numbers = sum(w in _NUMBER_WORDS for w in words)
    if (letters >= 3 and any(w in _LATIN_ONLY for w in words)) or letters >= 5:
        return True
    if (letters >= 2 and numbers >= 1) or (letters >= 1 and numbers >= 3):
        return True
    start = run[0].start()
    return letters >= 2 and _CUE.search(" ".join(text[max(0, start - 60) : start].split()[-5:])) is not None


def _after_mask(text: str, run: list[re.Match[str]]) -> bool:
    """``run`` (vowels included) starts right after a placeholder with a letter name or a spoken separator."""
    start = run[0].start()
    words = [m.group().lower() for m in run]
    return len(words) >= 2 and _CLOSING.search(text, max(0, start - 6), start) is not None and any(
        w in _SEPARATORS or (w in _LETTER_NAMES and w not in _WORDS_TOO) for w in words
    )


def spelled_hits(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "spoken-contact")`` for the dictated letter runs of the module docstring."""
    out = []
    for whole in _runs(text):
        masked = _after_mask(text, whole)
        run = whole if masked else _trimmed(whole)
        if run and (masked or _reported(text, run)):
            end = run[-1].end()
            after = re.match(r"[\s,]+([^\W_]+)", text[end:])  # ``точка лиса``: the word said after a separator
            if after is not None and run[-1].group().lower() in _SEPARATORS:
                end += after.end()
            out.append((run[0].start(), end, "spoken-contact"))
    return out
