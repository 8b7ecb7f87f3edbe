"""Round 22b: the pieces a blanked dot splits off the ends of an address (``web_tails.py``), the host of a blanked
address starting after the last word of the sentence (``web_whole._lead_trimmed``), and the second gate's own
shapes of blanked contacts (``intake/residual/blanked.py``).

Invented rows, cased and lower case, in the three languages; decoys with the same frame and an ordinary word."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.residual import scan
from tests.pseudonymise.masking import touched


def _covered(text: str, lang: str, part: str) -> bool:
    start = text.index(part)
    spans = detect(text, lang)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(part)) if text[i].isalnum())


MASKED = [
    # an initial before the local part, its dot blanked; ``i`` is no English pronoun before a surname
    ("en", "he only wrote from i zenkovich@tut by  the rest later", "i zenkovich@tut by"),
    ("en", "He only wrote from I Zenkovich@tut.by, the rest later", "I Zenkovich@tut.by"),
    ("ru", "пишите на i haurylchyk@mail ru пожалуйста", "i haurylchyk@mail ru"),
    ("be", "пішыце на i haurylchyk@gmail com калі ласка", "i haurylchyk@gmail com"),
    ("ru", "Пишите на I Haurylchyk@mail.ru, пожалуйста", "I Haurylchyk@mail.ru"),
    # a file extension after a path, its dot blanked
    ("en", "the piece is still up at svaboda org/a/marta-kurylovich/33128761 html and more", "33128761 html"),
    ("ru", "статья на news tut by/economics/774312 html была", "news tut by/economics/774312 html"),
    ("be", "артыкул на nashaniva by/ru/76512 php там", "nashaniva by/ru/76512 php"),
]


@pytest.mark.parametrize(("lang", "text", "part"), MASKED)
def test_split_off_pieces_are_masked(lang: str, text: str, part: str) -> None:
    assert _covered(text, lang, part)


LEFT = [
    # the pronoun or article before an ordinary word, a Cyrillic one-letter word, prose around a slash
    ("en", "then i mail@tut by said it", "i"),
    ("ru", "пишите в zubr@mail ru пожалуйста", "в"),
    ("be", "пішыце з zubr@mail ru калі ласка", "з"),
    ("en", "this and/or html that 12/08 html", "html"),
    # the words of the sentence before a blanked host with a path
    ("en", "i read it on delfi lt/news/123 yesterday", "read"),
    ("en", "I read it on delfi lt/news/123 yesterday", "read"),
]


@pytest.mark.parametrize(("lang", "text", "word"), LEFT)
def test_words_around_stay_unmasked(lang: str, text: str, word: str) -> None:
    assert not touched(text, lang, f"{word} ")


GATE = [
    ("en", "he only wrote from i zenkovich@tut by  the rest", ("email", "zenkovich@tut by")),
    ("ru", "пишите iryna zhuk @ mail ru и всё", ("email", "zhuk @ mail ru")),
    ("en", "still up at svaboda org/a/33128761 html", ("url", "svaboda org/a/33128761")),
    ("be", "артыкул на news tut by/economics/123 там", ("url", "news tut by/economics/123")),
    ("en", "the channel t me/nasha_niva has it", ("url", "t me/nasha_niva")),
    ("en", "see www nashaniva by for it", ("url", "www nashaniva by")),
    ("ru", "читайте nashaniva by и reform info там", ("url", "nashaniva by")),
    ("be", "чытайце reform info там", ("url", "reform info")),
]


@pytest.mark.parametrize(("lang", "text", "hit"), GATE)
def test_gate_flags_blanked_contacts(lang: str, text: str, hit: tuple[str, str]) -> None:
    assert hit in {(h.kind, h.text) for h in scan(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "meet at 5 by the way and/or on 12/08, the com is in the org, tell me/show me"),
        ("en", "stand by and wait by the door"),
        ("en", "he went to the org/unit on the com side"),
        ("ru", "тут i там, 12/08 и/или"),
        ("be", "тут і там, 12/08 і/або"),
        ("en", "write to me on @vera"),
        # English said inside Russian or Belarusian speech (or a transcript whose language is set to one):
        # a pronoun or a verb is no top-level domain without a path after it
        ("ru", "он сказал told me about the winter, tell us and I am here"),
        ("be", "ён казаў call me і text us"),
    ],
)
def test_gate_leaves_decoys(lang: str, text: str) -> None:
    assert not [h for h in scan(text, lang) if h.kind in ("email", "url")]
