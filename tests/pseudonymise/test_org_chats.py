"""Names of chats, channels and groups after a chat cue (``detectors/org_chats.py``). Every row is invented."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect

NAMED = [
    # a town and a number, with or without a percent word or sign
    ("ru", "его судили за чат гомель 97 процентов который признали экстремистским", "гомель 97 процентов"),
    ("ru", "Её осудили за сообщения в чате Пинск 97% и за фото", "Пинск 97%"),
    ("be", "яго судзілі за каментары ў чаце ліда 97 працэнтаў а потым вызвалілі", "ліда 97 працэнтаў"),
    ("en", "they took her for the chat, Pinsk 97, it's a local chat from 2020", "Pinsk 97"),
    ("en", "he was in a telegram chat of the neighbourhood pinsk 97 percent which was banned", "pinsk 97 percent"),
    # a town or a group of people, a link and one noun
    ("be", "ён пісаў у чаце пінск для жыцця і яго затрымалі", "пінск для жыцця"),
    ("be", "у 2021 ён адміністраваў чат лекары супраць гвалту потым яго прызналі", "лекары супраць гвалту"),
    ("ru", "он вёл канал врачи против насилия пока его не закрыли", "врачи против насилия"),
    ("ru", "она писала в чат жодино для жизни под своим именем", "жодино для жизни"),
]
DECOYS = [
    ("ru", "в чате минск 20 человек было не больше", "20"),
    ("ru", "в чате для родителей писали про школу", "родителей"),
    ("ru", "в чат люди за день написали сто сообщений", "люди"),
    ("be", "у чаце для бацькоў пісалі пра школу", "бацькоў"),
    ("en", "in the group chat there were 97 people from the town", "97"),
    ("ru", "в бресте 97 процентов голосовали иначе", "97"),
]


def _covered(text: str, language: str, phrase: str) -> bool:
    """Every letter of ``phrase`` lies inside one ORGANISATION span."""
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == "ORGANISATION" and s.start <= start and end <= s.end for s in detect(text, language))


@pytest.mark.parametrize(("language", "text", "name"), NAMED)
def test_chat_names_are_masked_whole(language: str, text: str, name: str) -> None:
    assert _covered(text, language, name)


@pytest.mark.parametrize(("language", "text", "word"), DECOYS)
def test_counts_and_plain_chats_stay_unmasked(language: str, text: str, word: str) -> None:
    start = text.index(word)
    assert not any(s.start <= start < s.end for s in detect(text, language))
