"""A Latin-letter name inside Cyrillic text is one span, function words included (``foreign_runs.py``).

Invented rows: the organisations and carrier sentences were written for these tests (none is taken from an
evaluation set); the function words are ordinary Polish, Czech, German and Lithuanian grammar."""

from __future__ import annotations

import pytest

from intake.pseudonymise import detect
from intake.pseudonymise.detectors.foreign_runs import join_runs
from intake.pseudonymise.detectors.tokens import tokenize
from intake.pseudonymise.spans import Span
from tests.pseudonymise.masking import check

JOINED = [
    ("ru", "Сестра устроилась в Fundacja Nowy Most w Lublinie, ну, секретарём.", "Fundacja Nowy Most w Lublinie"),
    ("ru", "потом мне помогла nadace pro sousedy и всё", "nadace pro sousedy"),
    ("be", "Ён працуе ў рэстаране Pod Zieloną Gruszą, кухарам.", "Pod Zieloną Gruszą"),
    ("be", "я вучылася ў vilniaus kolegija ir akademija два гады", "vilniaus kolegija ir akademija"),
    ("ru", "Брат пел в хоре Verein für Heimatklang, потом бросил.", "Verein für Heimatklang"),
    ("be", "Нам дапамагала Stiftung Nachbarn in Not, гэта нямецкая.", "Stiftung Nachbarn in Not"),
    ("en", "My cousin washes dishes at Gospoda pod Wesołym Kotem now.", "Gospoda pod Wesołym Kotem"),
    ("en", "my cousin washes dishes at gospoda pod wesołym kotem now", "gospoda pod wesołym kotem"),
]


@pytest.mark.parametrize(("lang", "text", "name"), JOINED)
def test_a_foreign_name_is_masked_whole_with_its_function_words(lang: str, text: str, name: str) -> None:
    check(lang, text, [name], [], whole=True)


@pytest.mark.parametrize(("lang", "text", "name"), [row for row in JOINED if "Pod" not in row[2]])
def test_the_joined_name_is_one_organisation(lang: str, text: str, name: str) -> None:
    start = text.index(name)
    spans = [s for s in detect(text, lang) if s.start <= start and start + len(name) <= s.end]
    assert spans and spans[0].label == "ORGANISATION", [(s.text, s.label) for s in detect(text, lang)]


def _span(text: str, word: str, label: str, reason: str = "") -> Span:
    start = text.index(word)
    return Span(start, start + len(word), label, word, 0.7, "test", reason)


def test_pieces_are_joined_across_an_unflagged_function_word() -> None:
    text = "она работала в Szpital w Oleśnicy три года"
    pieces = [_span(text, "Szpital", "LOCATION"), _span(text, "Oleśnicy", "LOCATION")]
    joined = join_runs(pieces, tokenize(text), text)
    assert [(s.text, s.label, s.reason) for s in joined] == [("Szpital w Oleśnicy", "ORGANISATION", "")]


def test_an_opening_preposition_joins_and_candidates_stay_uncertain() -> None:
    text = "мы сидели в кафе u starého mlýna до ночи"
    pieces = [_span(text, w, "ORGANISATION", "uncertain:latin") for w in ("starého", "mlýna")]
    joined = join_runs(pieces, tokenize(text), text)
    assert [(s.text, s.reason) for s in joined] == [("u starého mlýna", "uncertain:foreign-run")]


def test_a_person_flagged_in_pieces_stays_a_person() -> None:
    text = "пани marta kowalczyk нам звонила"
    pieces = [_span(text, "marta", "PERSON"), _span(text, "kowalczyk", "ORGANISATION", "uncertain:latin")]
    assert [(s.text, s.label) for s in join_runs(pieces, tokenize(text), text)] == [("marta kowalczyk", "PERSON")]


def test_nothing_is_joined_where_nothing_was_flagged_or_one_span_covers_all() -> None:
    text = "он сказал ok no problem, а потом Nowa Huta и всё"
    assert join_runs([], tokenize(text), text) == []
    whole = [_span(text, "Nowa Huta", "LOCATION")]
    assert join_runs(whole, tokenize(text), text) == []


def test_a_run_stops_at_punctuation_cyrillic_words_and_contacts() -> None:
    text = "Tomasz, Anna и ещё kasia@poczta.example wrote"
    pieces = [_span(text, "Tomasz", "PERSON"), _span(text, "Anna", "PERSON"), _span(text, "wrote", "PERSON")]
    pieces.append(_span(text, "kasia@poczta.example", "EMAIL"))
    assert join_runs(pieces, tokenize(text), text) == []


def test_in_english_text_only_a_foreign_function_word_joins() -> None:
    text = "She now cleans at Spolek pro Nový Domov, and Anna and Pavel in Minsk know."
    pieces = [_span(text, w, "PERSON") for w in ("Spolek", "Nový Domov", "Anna", "Pavel", "Minsk")]
    joined = join_runs(pieces, tokenize(text), text, english=True)
    assert [(s.text, s.label) for s in joined] == [("Spolek pro Nový Domov", "ORGANISATION")]


def test_in_english_text_no_preposition_opens_a_name() -> None:
    text = "мы ужинали в u dobrého kuchaře вчера вечером"
    pieces = [_span(text, w, "ORGANISATION", "uncertain:latin") for w in ("dobrého", "kuchaře")]
    assert join_runs(pieces, tokenize(text), text, english=True) == []
    assert [s.text for s in join_runs(pieces, tokenize(text), text)] == ["u dobrého kuchaře"]


def test_a_name_particle_keeps_a_person_a_person() -> None:
    text = "потом выступила ursula von der leyen и всё"
    pieces = [_span(text, "ursula", "PERSON"), _span(text, "leyen", "PERSON", "uncertain:latin")]
    assert [(s.text, s.label) for s in join_runs(pieces, tokenize(text), text)] == [("ursula von der leyen", "PERSON")]


def test_words_of_an_english_sentence_between_pieces_do_not_join() -> None:
    text = "она сказала: Marina Kovalchuk told me about the winter, и всё"
    pieces = [_span(text, "Marina Kovalchuk", "PERSON"), _span(text, "winter", "ORGANISATION", "uncertain:latin")]
    pieces.append(_span(text, "about", "ORGANISATION", "uncertain:latin"))
    assert join_runs(pieces, tokenize(text), text) == []


def test_text_mostly_in_latin_letters_is_read_as_english_whatever_its_label() -> None:
    text = "Hello and thank you for coming, Marina Kovalchuk told me about the long winter."
    words = ("Hello", "thank", "coming", "Marina Kovalchuk", "about", "long", "winter")
    pieces = [_span(text, w, "ORGANISATION", "uncertain:latin") for w in words]
    assert join_runs(pieces, tokenize(text), text) == []


def test_two_people_joined_by_a_conjunction_stay_two() -> None:
    text = "к нам приехали Anna and Pavel из Гданьска"
    pieces = [_span(text, "Anna", "PERSON"), _span(text, "Pavel", "PERSON")]
    assert join_runs(pieces, tokenize(text), text) == []


def test_an_organisation_noun_keeps_a_conjunction_inside_the_name() -> None:
    text = "нам помогала Draugija Geras Kaimynas ir Namai с жильём"
    pieces = [_span(text, "Draugija Geras Kaimynas", "PERSON"), _span(text, "Namai", "PERSON")]
    joined = join_runs(pieces, tokenize(text), text)
    assert [(s.text, s.label) for s in joined] == [("Draugija Geras Kaimynas ir Namai", "ORGANISATION")]


def test_a_function_word_only_a_candidate_flagged_does_not_open_a_joined_name() -> None:
    text = "Ганна казала, што Сідарук паехаў дадому. With Kowalczyk, it went fine."
    pieces = [_span(text, "With", "ORGANISATION", "uncertain:latin"), _span(text, "Kowalczyk", "PERSON")]
    assert join_runs(pieces, tokenize(text), text) == []
    inside = "она работала в Szpital w Oleśnicy три года"
    pieces = [_span(inside, w, "LOCATION") for w in ("Szpital", "Oleśnicy")]
    pieces.append(_span(inside, " w ", "ORGANISATION", "uncertain:latin"))
    assert [s.text for s in join_runs(pieces, tokenize(inside), inside)] == ["Szpital w Oleśnicy"]
