"""A working life: a duration spoken beside an occupation noun is a career, not a term.

``я дальнобойщик шестнадцать лет``, ``кіроўца быў на заводзе дваццаць гадоў``, ``he was a bus driver thirty
years``, ``работаю поваром уже 20 лет``: the amount of time is how long someone did a job, which no court
sets. An inventory of occupations (stems, Russian, Belarusian, English) is general knowledge, not tuned to
any transcript. Legal and penal roles (``адвокат``, ``судья``, ``конвоир``) are left out: they stand beside
real terms. Only where syntax ties the job to the time (see ``career``): an occupation in a list that describes a
person (``пенсионерка, 70 лет``: an age; ``a truck driver, four years for donating``: a term) is not enough.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake.pseudonymise.detectors.pattern_tokens import Token, Words, ends_clause

OCCUPATIONS = tuple(
    (
        # Russian
        "повар повара поваром дальнобойщик водител шофёр шофер таксист машинист железнодорожник слесар электрик "
        "сварщик токар строител механик инженер программист бухгалтер продавщиц продавец продавц кассир "
        "врач медсестр фельдшер учител педагог преподавател воспитател журналист редактор фотограф тренер "
        "пекар швея швеёй парикмахер агроном доярк пчеловод пасечник фермер почтальон библиотекар оператор "
        "экономист менеджер грузчик курьер дизайнер архитектор ветеринар экскурсовод лесничи органист дирижёр "
        "дирижер музыкант сторож охранник "
        # Belarusian
        "кухар кіроўц вадзіцел шафёр машыніст чыгуначнік слесар электрык зваршчык будаўнік механік інжынер "
        "праграміст бухгалтар прадавец прадаўц прадаўшчыц касір урач лекар медсястр фельчар настаўнік "
        "настаўніц выкладчык выхавацел журналіст рэдактар фатограф трэнер пекар швачк цырульнік аграном "
        "даярк пчаляр фермер паштальён бібліятэкар аператар эканаміст мэнэджар грузчык дызайнер архітэктар "
        "экскурсавод ляснічы арганіст дырыжор музыкант ветэрынар вартаўнік ахоўнік "
        # English
        "driver cook chef teacher physician nurse journalist editor engineer programmer accountant electrician "
        "mechanic railwayman miner farmer baker seamstress librarian trucker soldier army"
    ).split()
)
# A working life, not a term: ``двадцать лет проработала в школе``, ``taught history for thirty years``.
WORK = (
    "работ", "проработ", "отработ", "адпрацав", "прапрацав",  # a prefixed verb of working too
    "адпрацаваў", "працав", "працу", "выклад", "преподав", "стаж", "taught", "teach",
    "worked", "working", "practis", "practic",
)
_WINDOW = 5
_FILLERS = frozenset("уже ужо ўжо почти амаль already almost about nearly for ну um".split())
_INSTRUMENTAL = ("ом", "ем", "ём", "ой", "ей", "ёй", "ай", "ам")
_FIRST_PERSON = frozenset("я i".split())
_COPULA = frozenset("was were been am is".split())
_REASON_AFTER = frozenset("за for по па".split())
# Between a duration and the occupation after it: ``двенадцать лет была экскурсоводом``.
_BEING = frozenset("был была было были быў былі работал работала працаваў працавала".split())


def career(tokens: Sequence[Token], i: int, end: int) -> bool:
    """The duration ``tokens[i:end]`` says how long someone did a job: right after (fillers aside) an
    occupation in the instrumental (``работаю поваром уже 20 лет``), after ``я``/``i`` + occupation
    (``я дальнобойщик шестнадцать лет``), or after ``was a`` + occupation or ``occupation for`` in English
    (``he was a bus driver thirty years``, ``a journalist for eleven years``); never when ``за``/``for``
    (the charge) follows it: ``a truck driver, four years for donating``."""
    if end < len(tokens) and tokens[end].low in _REASON_AFTER:
        return False
    if _job_after(tokens, end):
        return True
    j = i - 1
    while j >= 0 and tokens[j].low in _FILLERS:
        j -= 1
    if j < 0 or not tokens[j].low.startswith(OCCUPATIONS):
        return False
    word = tokens[j].low
    before = [t.low for t in tokens[max(0, j - 3) : j]]
    if word[:1].isascii():
        return bool(_COPULA & set(before)) or tokens[j + 1].low == "for"
    return word.endswith(_INSTRUMENTAL) or (bool(before) and before[-1] in _FIRST_PERSON)


def _job_after(tokens: Sequence[Token], end: int) -> bool:
    """An occupation in the instrumental right after the duration (``был``/``работал`` between): ``дваццаць
    восем гадоў даяркай у калгасе``, ``двенадцать лет была экскурсоводом``."""
    k = end
    while k < len(tokens) and k - end < 2 and tokens[k].low in _BEING:
        k += 1
    word = tokens[k].low if k < len(tokens) else ""
    return not word.isascii() and word.startswith(OCCUPATIONS) and word.endswith(_INSTRUMENTAL)


def clause_near(words: Words, i: int, end: int) -> Sequence[Token]:
    """The tokens of the clause of ``tokens[i:end]``, at most ``_WINDOW`` words each side."""
    toks = words.tokens
    lo = i
    while lo > 0 and i - lo < _WINDOW and not ends_clause(words.gaps[lo - 1]):
        lo -= 1
    hi = end
    while hi < len(toks) and hi - end < _WINDOW and not ends_clause(words.gaps[hi - 1]):
        hi += 1
    return toks[lo:hi]


def working(words: Words, i: int, end: int, near: Sequence[Token] | None = None) -> bool:
    """The time ``tokens[i:end]`` is a working life: a verb or noun of work in its clause (``near``, else
    :func:`clause_near`), or an occupation tied to it (:func:`career`)."""
    near = clause_near(words, i, end) if near is None else near
    return any(t.low.startswith(WORK) for t in near) or career(words.tokens, i, end) or _subject_job(words, end)


# Subject pronouns between a duration and the job it measures: ``тридцать лет я был органистом``.
_SUBJECTS = frozenset("я он она мы ён яна".split())


def _subject_job(words: Words, end: int) -> bool:
    """A subject pronoun right after the duration (no mark between), then a job in the instrumental
    (``_job_after``)."""
    toks = words.tokens
    if end >= len(toks) or toks[end].low not in _SUBJECTS or words.gaps[end - 1].strip():
        return False
    return end + 1 < len(toks) and not words.gaps[end].strip() and _job_after(toks, end + 1)
