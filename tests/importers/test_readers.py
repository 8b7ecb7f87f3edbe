"""The pure readers on files written the way each tool writes them: layout, speakers, times, what is left out."""

from __future__ import annotations

from pathlib import Path

import pytest
import tool_files as tf

from intake.errors import AmbiguousLayout, TranscriptUnreadable
from intake.importers import Limits, parse, read_source, speaker_plan


def _read(tmp_path: Path, name: str, data: bytes | str, **kwargs: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return parse(read_source(path, Limits()), **kwargs)


def _texts(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in result.segments]


def test_noscribe_txt_header_left_out_label_then_stamp(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-031.txt", tf.noscribe_txt())
    rec = result.recognised
    assert (rec.format, rec.layout, rec.tool, rec.timestamps, rec.labels) == (
        "txt", "label-stamped", "noScribe", True, ("S01", "S00"))
    assert rec.skipped == 4 and rec.unlabelled == 1  # title + 3 header lines; the pause has no speaker
    assert _texts(result) == ["(12 seconds pause)"] + [t for _s, _a, _b, t in tf.TURNS_RU]
    assert [s.start for s in result.segments] == [0.0, 12.0, 36.0, 36.0]
    assert [s.end for s in result.segments] == [12.0, 36.0, 36.0, 36.0]
    assert "Ковальчук" not in " ".join(_texts(result))  # the title and audio file name are not speech


def test_noscribe_html_is_read_like_its_txt(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-031.html", tf.noscribe_html())
    assert (result.recognised.format, result.recognised.layout, result.recognised.tool) == (
        "html", "label-stamped", "noScribe")
    assert _texts(result) == _texts(_read(tmp_path, "P-031.txt", tf.noscribe_txt()))
    assert [s.label for s in result.segments] == [None, "S01", "S00", "S01"]


def test_other_html_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TranscriptUnreadable, match="HTML other than noScribe"):
        _read(tmp_path, "page.html", "<html><body><p>Интервьюер: текст</p></body></html>")


def test_noscribe_vtt_voice_tags_and_note_left_out(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-031.vtt", tf.noscribe_vtt())
    rec = result.recognised
    assert (rec.format, rec.layout, rec.timestamps, rec.labels) == ("vtt", "cues", True, ("S01", "S00"))
    assert rec.skipped == 3  # the title after WEBVTT, and the NOTE block (2 lines)
    assert result.segments[1].start == 12.14 and result.segments[1].end == 22.8
    assert "Ковальчук" not in " ".join(_texts(result))


@pytest.mark.parametrize("maxqda", [False, True])
def test_atrain_timestamped_txt(tmp_path: Path, maxqda: bool) -> None:
    result = _read(tmp_path, "P-040.txt", tf.atrain_txt(timestamps=True, maxqda=maxqda))
    rec = result.recognised
    assert (rec.layout, rec.tool, rec.skipped, rec.labels) == (
        "speaker-lines", "aTrain", 1, ("SPEAKER_00", "SPEAKER_01"))
    assert [(s.label, s.start, s.text) for s in result.segments] == [
        (speaker, float(int(start)), text) for speaker, start, text in tf.ATRAIN_SEGMENTS]  # whole seconds


def test_atrain_plain_txt_joins_a_speakers_lines(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-040.txt", tf.atrain_txt(timestamps=False))
    assert result.recognised.timestamps is False
    assert [(s.label, s.text) for s in result.segments] == [
        ("SPEAKER_00", "Hello, thank you for coming. Shall we begin?"),
        ("SPEAKER_01", "Yes. I was detained in August.")]


def test_srt_cues(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-040.srt", tf.atrain_srt())
    assert [(s.start, s.end, s.text) for s in result.segments] == [
        (0.0, 2.0, tf.ATRAIN_SEGMENTS[0][2]), (3.2, 5.0, tf.ATRAIN_SEGMENTS[1][2]),
        (5.9, 7.0, tf.ATRAIN_SEGMENTS[2][2])]
    assert result.recognised.labels == ()


def test_srt_with_whisperx_speakers(tmp_path: Path) -> None:
    srt = ("1\n00:00:00,000 --> 00:00:02,000\n[SPEAKER_00]: Hi.\n\n"
           "2\n00:00:02,000 --> 00:00:03,000\n[SPEAKER_01]: Yes.\n")
    assert _read(tmp_path, "a.srt", srt).recognised.labels == ("SPEAKER_00", "SPEAKER_01")


def test_maxqda_stamp_then_speaker(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-050.txt", tf.maxqda_txt())
    assert result.recognised.layout == "stamped"
    assert [(s.start, s.label) for s in result.segments] == [(3.5, "Интервьюер"), (7.2, "Респондент"),
                                                           (15.0, "Интервьюер")]
    assert result.segments[1].text == "В сентябре, через Вильнюс."


def test_bracket_paren_and_fraction_stamps(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-051.txt", tf.bracket_stamped_txt())
    assert [(s.start, s.end, s.label) for s in result.segments] == [(1.0, 4.5, "I"), (4.5, 9.0, "R"), (9.0, 9.0, "I")]


def test_bare_stamp_then_speaker(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-052.txt", "00:01:02 Speaker 1: First.\n00:01:09 Speaker 2: Second.\n")
    assert [(s.start, s.label, s.text) for s in result.segments] == [(62.0, "Speaker 1", "First."),
                                                                   (69.0, "Speaker 2", "Second.")]


@pytest.mark.parametrize("language", ["ru", "be", "en"])
def test_labelled_plain_text(tmp_path: Path, language: str) -> None:
    result = _read(tmp_path, f"P-06{language}.txt", tf.LABELLED[language])
    assert result.recognised.layout == "labelled" and result.recognised.timestamps is False
    assert len(result.segments) == 4 and len(result.recognised.labels) == 2
    assert all(s.start is None for s in result.segments)
    plan = speaker_plan("x", (s.label for s in result.segments), 9)
    assert list(plan.codes.values()) == ["S1", "S2"] and plan.names == dict(zip(["S1", "S2"], result.recognised.labels,
                                                                                   strict=True))


def test_a_turn_continues_on_the_next_line_and_a_blank_line_ends_it(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-060.txt", tf.LABELLED["ru"])
    assert result.segments[3].text == "Меня уволили. Потом был суд."


def test_unlabelled_paragraphs_are_plain(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-061.txt", tf.PLAIN_RU)
    assert result.recognised.layout == "plain" and result.recognised.labels == ()
    assert _texts(result) == ["Я учитель из Гродно. Меня уволили в сентябре.", "Потом был суд, и я уехала."]


def test_names_as_labels_count_when_used_like_labels_and_are_never_roles(tmp_path: Path) -> None:
    text = "Марина: Добрый день.\nОлег: Здравствуйте.\nМарина: Начнём?\nОлег: Да.\n"
    result = _read(tmp_path, "P-062.txt", text)
    assert result.recognised.layout == "labelled"
    plan = speaker_plan("x", (s.label for s in result.segments), 9)
    assert plan.names == {} and all("Марина" not in line and "Олег" not in line for line in plan.shown())


def test_docx_bold_labels_header_not_read(tmp_path: Path) -> None:
    data = tf.docx_bytes(tf.LABELLED["ru"].replace("\n\n", "\n").splitlines(), header="P-031, Марина К.")
    result = _read(tmp_path, "P-031.docx", data)
    assert (result.recognised.format, result.recognised.layout) == ("docx", "labelled")
    assert result.recognised.labels == ("Интервьюер", "Респондент")
    assert "Марина" not in " ".join(_texts(result))
    assert result.segments[-1].text == "Потом был суд."  # a paragraph of its own without a label


def test_docx_with_a_table_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TranscriptUnreadable, match="in a table"):
        _read(tmp_path, "P-031.docx", tf.docx_bytes(["Интервьюер: Текст."], table=True))


def test_odt_spans_spaces_breaks_no_deleted_text_no_footnotes(tmp_path: Path) -> None:
    result = _read(tmp_path, "P-032.odt", tf.odt_bytes())
    assert result.recognised.layout == "labelled"
    assert _texts(result) == ["Когда вас задержали?", "В августе. Потом отпустили."]
    assert result.notes == ("1 footnote(s), comment(s) or text box(es) were not read",)


def test_utf16_with_bom_and_cp1251_are_read(tmp_path: Path) -> None:
    utf16 = _read(tmp_path, "a.txt", tf.LABELLED["ru"].encode("utf-16"))
    cp1251 = _read(tmp_path, "b.txt", tf.LABELLED["ru"].encode("cp1251"))
    bom8 = _read(tmp_path, "c.txt", b"\xef\xbb\xbf" + tf.LABELLED["ru"].encode())
    assert (utf16.recognised.encoding, cp1251.recognised.encoding, bom8.recognised.encoding) == (
        "utf-16 (BOM)", "cp1251", "utf-8 (BOM)")
    assert _texts(utf16) == _texts(cp1251) == _texts(bom8)


@pytest.mark.parametrize(("text", "why"), [
    ("S01: [00:00:01] Да.\n[00:00:05] S00: Нет.\n", "before the label, others after"),
    ("Сначала мы пошли [00:00:05] в суд.\nПотом домой.\n", "inside lines"),
    ("Примечание: текст.\nОн сказал: нет.\nИтак: всё.\nКонец.\n", "not consistently"),
    ("SPEAKER_00\nHello.\nI: Hi.\n", "alone on their lines, others begin"),
])
def test_ambiguous_layouts_are_refused_naming_layout(tmp_path: Path, text: str, why: str) -> None:
    with pytest.raises(AmbiguousLayout, match=why) as info:
        _read(tmp_path, "x.txt", text)
    assert "--layout" in (info.value.hint or "")


def test_layout_option_decides_what_detection_refuses(tmp_path: Path) -> None:
    text = "Примечание: текст.\nОн сказал: нет.\nИтак: всё.\nКонец.\n"
    assert _read(tmp_path, "x.txt", text, layout="plain").recognised.labels == ()
    assert _read(tmp_path, "y.txt", text, layout="labelled").recognised.labels == ("Примечание", "Он сказал",
                                                                                    "Итак")


def test_a_rare_colon_in_prose_stays_text_with_a_note(tmp_path: Path) -> None:
    text = "\n\n".join(["Обычный абзац текста."] * 12 + ["Например: так."])
    result = _read(tmp_path, "x.txt", text)
    assert result.recognised.layout == "plain" and "kept as text" in result.notes[0]
