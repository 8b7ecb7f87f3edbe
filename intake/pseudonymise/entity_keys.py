"""Registry keys: one normalised key per real entity, for registered and detected spans alike.

The key must be the same for every mention of one entity, whatever its grammatical case, language or
script, so that the corpus-wide pseudonym stays the same. Name-like labels (persons, places,
organisations, facilities) use a **canonical stem** per word:

1. a word pymorphy3's dictionary knows is first lemmatised (preferring a ``Name``/``Surn``/``Patr`` reading for
   persons, ``Geox``/``Orgn`` for one-word places), so irregular forms meet (``Льва`` -> ``лев``);
2. the word is folded with :func:`textkeys.loose_key` (Belarusian and Russian spellings meet), spelled in
   Latin (passport system) and folded again (Latin spellings meet; ``ia``/``iu`` -> ``a``/``u``; ``h``
   -> ``g`` so Belarusian ``Hrynevich`` meets Russian ``Гриневич``);
3. one case ending is stripped (``-ami -amu -aga -imi -am -ah -ih -im -ai -au``), then final vowels.

So «Марину», «Марина», «Мариной», «Марына», «Марыну» and ``Maryna`` all give ``marin``; «Зайцевым»,
«Зайцаў», ``Zaitsau`` give ``zaicav``; «в Гомеле» and «Гомель» give ``gamal``. Persons carry a gender
(``PERSON:f:kavalcuk marin``; words sorted, so word order does not matter): the gender of a first name
pymorphy3 knows (also through a Russified spelling of a Belarusian name), else the registered gender,
else ``x``. Different people with one stem and gender share a key: the steward splits them by
registering them (a registered entity always wins over a detected key).

Contact details and numbers are normalised to the characters that identify them
(``+375 29 123-45-67`` -> ``PHONE:+375291234567``); other labels use the lower-cased words.
"""

from __future__ import annotations

import re

from intake.pseudonymise.inflect import morph
from intake.pseudonymise.textkeys import exact_key, is_cyrillic, loose_key, tokens
from intake.pseudonymise.translit import transliterate

_NAME_TAGS = {"Name", "Surn", "Patr"}
_PLACE_TAGS = {"Geox", "Orgn"}
_LATIN_ENDINGS = ("ami", "amu", "aga", "imi", "am", "ah", "ih", "im", "ai", "au")
_RUSSIFY = str.maketrans({"і": "и", "ы": "и", "ў": "в", "'": None, "’": None})


def canonical(word: str) -> str:
    """The canonical stem of one name word (see module docstring, steps 2 and 3)."""
    folded = loose_key(word)
    if any(is_cyrillic(ch) for ch in folded):
        folded = loose_key(transliterate(folded, "passport"))
    folded = folded.replace("ia", "a").replace("iu", "u").replace("h", "g")
    for ending in _LATIN_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 2:
            folded = folded[: -len(ending)]
            break
    stem = folded.rstrip("aiu")
    return stem if len(stem) >= 2 else folded


def _lemma(word: str, prefer: set[str]) -> tuple[str, str | None]:
    """Nominative of ``word`` and, for a first name, its gender ("m"/"f").

    Readings with a preferred tag are grouped by lemma and their scores summed. A word that is itself a
    nominative, as likely as any single other reading, keeps it («Алеся» is Алеся, not the genitive of
    Алесь; «Вадима» is the genitive of Вадим); otherwise on a near tie the lemma
    in -а/-я wins («Марину»: Марина over Марин, «Диму»: Дима over Дим).
    """
    key = exact_key(word)
    if not any(is_cyrillic(ch) for ch in key) or not morph().word_is_known(key):
        return key, None
    parses = morph().parse(key)
    preferred = [p for p in parses if prefer & set(p.tag.grammemes)]
    if not preferred:
        return parses[0].normal_form.replace("ё", "е"), None
    totals: dict[str, float] = {}
    for p in preferred:
        totals[p.normal_form] = totals.get(p.normal_form, 0.0) + p.score
    top = max(totals.values())
    best_single = max(p.score for p in preferred)
    if any(p.normal_form == key and p.score >= best_single - 0.05 for p in preferred):
        lemma = key  # the word is as likely a nominative itself («Алесь», «Алеся»; not «Вадима»)
    else:
        close = [lem for lem, total in totals.items() if total >= top - 0.05]
        lemma = max(close, key=lambda lem: (lem[-1] in "ая", totals[lem]))
    chosen = next(p for p in preferred if p.normal_form == lemma)
    gender = None
    if "Name" in chosen.tag:
        gender = {"femn": "f", "masc": "m"}.get(str(chosen.tag.gender))
    if "Patr" in chosen.tag and chosen.tag.gender == "femn":
        nominative = chosen.inflect({"nomn"})  # «Петровной» -> «Петровна», not the masculine «Петрович»
        lemma = nominative.word if nominative is not None else lemma
    return lemma.replace("ё", "е"), gender


def _russified(word: str) -> str:
    return exact_key(word).replace("дз", "д").translate(_RUSSIFY)


_FROM_LATIN = (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("ya", "я"),
               ("ia", "я"), ("yu", "ю"), ("iu", "ю"), ("ye", "е"), ("yo", "ё"))
_FROM_LATIN_LETTERS = str.maketrans("abvwghdezijyklmnoprstufc", "абввггдезийыклмнопрстуфц")


def _latin_gender(word: str) -> str | None:
    """Gender of a Latin-spelled first name, read back into Cyrillic (``Marina``, ``Dzmitry``)."""
    cyr = exact_key(word)
    for latin, cyrillic in _FROM_LATIN:
        cyr = cyr.replace(latin, cyrillic)
    cyr = _russified(cyr.translate(_FROM_LATIN_LETTERS))
    for candidate in (cyr, cyr[:-1] + "ий" if cyr.endswith("и") else ""):
        if candidate and morph().word_is_known(candidate):
            _, gender = _lemma(candidate, {"Name"})
            if gender is not None:
                return gender
    return None


def person_word(word: str) -> tuple[str, str | None]:
    """(canonical stem, gender or None) of one word of a person's name.

    The gender comes from a first-name reading in pymorphy3's dictionary: of the word, of its Russified
    spelling (Belarusian ``і ы ў дз``), or of its Latin spelling read back into Cyrillic.
    """
    lemma, gender = _lemma(word, _NAME_TAGS)
    key = exact_key(word)
    if gender is None and key.isascii():
        gender = _latin_gender(word)
    elif gender is None and any(ch in "іўы'" for ch in key):
        alt_lemma, alt_gender = _lemma(_russified(word), {"Name"})
        if alt_gender is not None:
            lemma, gender = alt_lemma, alt_gender
    return canonical(lemma), gender


def person_key(surface: str, gender: str | None = None) -> str:
    """``PERSON:<gender>:<sorted canonical stems>``; ``gender`` (if given) wins over the guessed one."""
    stems: list[str] = []
    guessed: str | None = None
    for token in tokens(surface):
        stem, g = person_word(token.surface)
        stems.append(stem)
        guessed = guessed or g
    return f"PERSON:{gender or guessed or 'x'}:{' '.join(sorted(stems))}"


def phrase_key(label: str, surface: str) -> str:
    """``LABEL:<canonical stems in order>`` for a place, organisation or facility."""
    words_in = tokens(surface)
    prefer = _PLACE_TAGS if len(words_in) == 1 else set()
    return f"{label}:{' '.join(canonical(_lemma(t.surface, prefer)[0]) for t in words_in)}"


def normalise_key(label: str, surface: str) -> str:
    """The registry key for a detected ``surface`` of ``label`` (see module docstring)."""
    if label == "PERSON":
        return person_key(surface)
    if label in ("LOCATION", "ORGANISATION", "DETENTION"):
        return phrase_key(label, surface)
    if label == "PHONE":
        digits = re.sub(r"\D", "", surface)
        if digits:
            return f"PHONE:{'+' if surface.lstrip().startswith('+') else ''}{digits}"
    if label == "EMAIL":
        return f"EMAIL:{surface.strip().lower()}"
    if label == "HANDLE":
        return f"HANDLE:{surface.strip().lstrip('@').lower()}"
    if label == "URL":
        bare = re.sub(r"^[a-z]+://", "", surface.strip().lower())
        return f"URL:{bare.removeprefix('www.').rstrip('/')}"
    if label == "ID_NUMBER":
        compact = re.sub(r"[\W_]", "", surface).upper()
        if compact:
            return f"ID_NUMBER:{compact}"
    return f"{label}:{' '.join(exact_key(t.surface) for t in tokens(surface))}"
