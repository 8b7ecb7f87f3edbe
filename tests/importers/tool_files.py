"""Small transcripts written the way each tool writes them (built here; nothing is fetched).

Sources of each layout (docs/import.md cites them too):
- noScribe: ``noScribe/main.py`` (paragraph per speaker turn, ``S01: [00:00:12] text``,
  ``<a name="ts_START_END_SPEAKER">`` bookmarks, the grey header "Transcribed with noScribe vers. …<br/>
  Audio file: …<br/>(Language: …)"),
  ``noScribe/utils.py`` (``html_to_text`` for .txt, ``html_to_webvtt`` for .vtt), and its test data
  ``tests/data/interview.{html,txt,vtt}`` (kaixxx/noScribe).
- aTrain: ``aTrain_core/outputs.py`` ``create_txt_file`` and ``create_srt_file`` (JuergenFleiss/atrain_core):
  "Transcription for <file id>", speaker lines ``SPEAKER_00``, segments ``[HH:MM:SS] - text`` one per line
  (transcription_timestamps.txt) or space-separated on one line (transcription_maxqda.txt).
- MAXQDA's timestamped import: a paragraph per turn beginning with the time stamp, then the speaker and a
  colon, one blank line between paragraphs (``00:03:40.5Zack: text``).
"""

from __future__ import annotations

import io
import zipfile

NOSCRIBE_HEADER = ("Transcribed with noScribe vers. 0.7", "Audio file: ./Марина Ковальчук, Гомель.mp3",
                   "(Language: Russian (ru) | Speaker detection: auto | Overlapping speech: 1 | Timestamps: 1 | "
                   "Disfluencies: 1 | Mark pause: 1)")
SECRET_TITLE = "Интервью с Мариной Ковальчук"
TURNS_RU = [("S01", 12.14, 22.8, "Добрый день. Расскажите, как всё началось."),
            ("S00", 36.19, 36.33, "Нас задержали в августе, на площади."),
            ("S01", 36.95, 39.65, "А что было потом?")]


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def noscribe_txt() -> str:
    """noScribe's .txt: html_to_text of its HTML (title, header paragraph, pause, one paragraph per turn)."""
    lines = [SECRET_TITLE, "", *NOSCRIBE_HEADER, "", "(12 seconds pause)", "", ""]
    for speaker, start, _end, text in TURNS_RU:
        lines += [f"{speaker}: [{_clock(start)}] {text}", ""]
    return "\n".join(lines)


def noscribe_html() -> str:
    paras = []
    for speaker, start, end, text in TURNS_RU:
        paras.append(f'<p ><a name="ts_{int(start * 1000)}_{int(end * 1000)}_{speaker}" >{speaker}: '
                     f'<span style="color: #78909C" >[{_clock(start)}]</span> {text}</a></p>')
    header = "<br />".join(NOSCRIBE_HEADER)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN" "http://www.w3.org/TR/REC-html40/strict.dtd">\n'
            '<html >\n<head >\n<meta charset="UTF-8" />\n<meta name="qrichtext" content="1" />\n'
            '<meta name="audio_source" content="./Марина Ковальчук, Гомель.mp3" /></head>\n'
            '<body style="font-family: \'Arial\'" > <div class="WordSection1" >'
            f'<p style="font-weight: 600" >{SECRET_TITLE}</p>'
            f'<p ><span style="color: #909090; font-size: 0.8em" >{header}</span></p>'
            '<p ><a name="ts_0_12140_" >(12 seconds pause) </a></p><p></p>'
            + "".join(paras) + "</div></body></html>")


def noscribe_vtt() -> str:
    out = [f"WEBVTT {SECRET_TITLE}", "", "NOTE", " ".join(NOSCRIBE_HEADER), "", "1",
           "00:00:00.000 --> 00:00:12.140", "(12 seconds pause)", ""]
    for n, (speaker, start, end, text) in enumerate(TURNS_RU, 2):
        timing = f"{_clock(start)}.{int(start * 1000) % 1000:03d} --> {_clock(end)}.{int(end * 1000) % 1000:03d}"
        out += [str(n), timing, f"<v {speaker}>{text}", ""]
    return "\n".join(out)


ATRAIN_SEGMENTS = [("SPEAKER_00", 0.0, "Hello, thank you for coming."), ("SPEAKER_00", 3.2, "Shall we begin?"),
                   ("SPEAKER_01", 5.9, "Yes. I was detained in August.")]


def atrain_txt(*, timestamps: bool, maxqda: bool = False) -> str:
    """create_txt_file(result, file_id, speaker_detection=True, timestamps, maxqda), byte for byte."""
    text = "Transcription for 2403151230-interv" + ("" if maxqda else "\n")
    current = None
    for speaker, start, segment in ATRAIN_SEGMENTS:
        if speaker != current:
            text += ("\n\n" if maxqda else "\n") + speaker + "\n"
            current = speaker
        if timestamps:
            segment = f"[{_clock(start)}] - {segment}"
        text += segment + (" " if maxqda else "\n")
    return text


def atrain_srt() -> str:
    out = []
    for n, (_speaker, start, text) in enumerate(ATRAIN_SEGMENTS, 1):
        out += [str(n), f"{_clock(start)},{round((start % 1) * 1000):03d} --> {_clock(start + 2)},000", text, ""]
    return "\n".join(out)


def maxqda_txt() -> str:
    """MAXQDA's "transcript with timestamps": stamp, speaker, colon; one blank line between paragraphs."""
    return ("00:00:03.5Интервьюер: Когда вы уехали?\n\n"
            "00:00:07.2Респондент: В сентябре, через Вильнюс.\n\n"
            "00:00:15.0Интервьюер: Кто вам помог?\n")


def bracket_stamped_txt() -> str:
    return ("[00:00:01] I: Where were you on the ninth?\n[00:00:04.50] R: At the polling station.\n"
            "(00:00:09) I: And then?\n")


LABELLED = {
    "ru": "Интервьюер: Расскажите о себе.\nРеспондент: Я учитель из Гродно.\n\nИнтервьюер: Что было дальше?\n"
          "Респондент: Меня уволили.\nПотом был суд.\n",
    "be": "Інтэрв'юер: Раскажыце пра сябе.\nРэспандэнт: Я настаўніца з Гродна.\n\nІнтэрв'юер: Што было далей?\n"
          "Рэспандэнт: Мяне звольнілі.\n",
    "en": "I: Tell me about yourself.\nR: I am a teacher from Grodno.\n\nI: What happened next?\nR: I was fired.\n",
}
PLAIN_RU = "Я учитель из Гродно.\nМеня уволили в сентябре.\n\nПотом был суд, и я уехала.\n"


def docx_bytes(paragraphs: list[str], *, table: bool = False, header: str | None = None) -> bytes:
    """A Word document written by python-docx; each label in bold, as typists do."""
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        para = document.add_paragraph()
        label, sep, rest = text.partition(": ")
        if sep:
            para.add_run(label + ":").bold = True
            para.add_run(" " + rest)
        else:
            para.add_run(text)
    if table:
        document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Интервьюер"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')
ODT_BODY = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Удалённая фраза'
            '</text:p></text:deletion></text:changed-region></text:tracked-changes>'
            '<text:p text:style-name="P1"><text:span text:style-name="T1">Интервьюер:</text:span> Когда вас'
            '<text:s/>задержали?<text:change text:change-id="c1"/></text:p>'
            '<text:p>Респондент: В августе.<text:note text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p>Примечание расшифровщика</text:p></text:note-body>'
            '</text:note><text:line-break/>Потом отпустили.</text:p>')


def odt_bytes(body: str = ODT_BODY, *, doctype: str = "") -> bytes:
    """An OpenDocument text as LibreOffice stores it: ``mimetype`` first and uncompressed, then the XML."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {ODT_NS}>'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def with_member(document: bytes, name: str, data: bytes) -> bytes:
    """The same zip with one more member (deflated)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(document)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
