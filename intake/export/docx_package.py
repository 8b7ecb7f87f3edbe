"""The fixed parts of an exported ``.docx``: python-docx's default template, cleaned of its leftovers.

python-docx's template carries things that do not belong in an anonymised transcript and would make
every export look alike to anyone comparing files (docs/export-formats.md, section 4):

- ``docProps/thumbnail.jpeg``, a picture of a blank page, and ``<w:savePreviewPicture/>`` asking Word to
  keep saving one;
- a ``customXml`` bibliography part with its relationship and content type;
- the revision-session ids (``w:rsid*``) and ``w14:docId`` that Word wrote when the template was made,
  identical in every file;
- ``<w:proofState w:spelling="clean" w:grammar="clean"/>``, which tells Word the text was already checked,
  so the spelling checker never runs;
- ``stylesWithEffects.xml``, a Word 2010 copy of the styles that nothing needs;
- the spelling language ``en-US`` whatever the transcript's language.

Only the styles, theme, font table, numbering and web settings are taken from the template (cleaned);
``[Content_Types].xml``, the relationships and the settings are written here.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile

# Parts kept from the template (cleaned); everything else is written by Intake or dropped.
KEPT_PARTS = (
    "word/fontTable.xml",
    "word/numbering.xml",
    "word/styles.xml",
    "word/theme/theme1.xml",
    "word/webSettings.xml",
)
_RSID_ELEMENT_RE = re.compile(r"<w:rsid(?:Root)? w:val=\"[0-9A-Fa-f]+\"/>")
_RSID_ATTR_RE = re.compile(r" w:rsid[A-Za-z]*=\"[0-9A-Fa-f]+\"")
_LANG_RE = re.compile(r"(<w:lang w:val=\")[^\"]*(\")")

_OFFICE = "application/vnd.openxmlformats-officedocument"
_WML = f"{_OFFICE}.wordprocessingml"
CONTENT_TYPES = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
    f'<Override PartName="/word/fontTable.xml" ContentType="{_WML}.fontTable+xml"/>'
    f'<Override PartName="/word/header1.xml" ContentType="{_WML}.header+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{_WML}.numbering+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_WML}.settings+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'
    f'<Override PartName="/word/theme/theme1.xml" ContentType="{_OFFICE}.theme+xml"/>'
    f'<Override PartName="/word/webSettings.xml" ContentType="{_WML}.webSettings+xml"/>'
    "</Types>"
).encode()

_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_R}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
).encode()

HEADER_REL_ID = "rId7"
DOCUMENT_RELS = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_R}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_R}/webSettings" Target="webSettings.xml"/>'
    f'<Relationship Id="rId4" Type="{_R}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rId5" Type="{_R}/theme" Target="theme/theme1.xml"/>'
    f'<Relationship Id="rId6" Type="{_R}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="{HEADER_REL_ID}" Type="{_R}/header" Target="header1.xml"/>'
    "</Relationships>"
).encode()

# Spell-check languages for the transcript languages Intake knows; other codes are written as given
# (a BCP 47 tag is what Word expects), a region in upper case.
WORD_LANGUAGES = {"ru": "ru-RU", "be": "be-BY", "en": "en-GB", "uk": "uk-UA", "pl": "pl-PL", "lt": "lt-LT"}


def word_language(language: str) -> str:
    """The ``w:lang`` value for a transcript language (``ru`` -> ``ru-RU``, ``en-us`` -> ``en-US``)."""
    base, _, region = language.partition("-")
    if region:
        return f"{base}-{region.upper()}" if len(region) == 2 else language
    return WORD_LANGUAGES.get(base, base)


def strip_rsids(xml: str) -> str:
    """Drop every revision-session id: ``<w:rsid .../>`` elements and ``w:rsid*`` attributes."""
    return _RSID_ATTR_RE.sub("", _RSID_ELEMENT_RE.sub("", xml))


@functools.lru_cache(maxsize=1)
def template() -> tuple[dict[str, bytes], str, str]:
    """The kept template parts (cleaned), the template's ``settings.xml`` and ``document.xml`` (as text)."""
    import docx  # python-docx: imported lazily, it is only needed for this format

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as package:
        raw = {name: package.read(name) for name in package.namelist()}
    kept = {name: strip_rsids(raw[name].decode("utf-8")).encode("utf-8") for name in KEPT_PARTS}
    return kept, raw["word/settings.xml"].decode("utf-8"), raw["word/document.xml"].decode("utf-8")


@functools.lru_cache(maxsize=16)
def styles_xml(language: str) -> bytes:
    """``word/styles.xml`` with the default spelling language set to ``language`` (a ``w:lang`` value)."""
    text = template()[0]["word/styles.xml"].decode("utf-8")
    out, count = _LANG_RE.subn(lambda m: m.group(1) + language + m.group(2), text)
    if count == 0:
        raise RuntimeError("unexpected python-docx template: no <w:lang> in styles.xml")
    return out.encode("utf-8")


_SETTINGS_DROP = (
    re.compile(r"<w:rsids>.*?</w:rsids>"),
    re.compile(r"<w14:docId [^>]*/>"),
    re.compile(r"<w15:docId [^>]*/>"),
    re.compile(r"<w:savePreviewPicture/>"),
    re.compile(r"<w:proofState [^>]*/>"),
)
_THEME_LANG_RE = re.compile(r"<w:themeFontLang w:val=\"[^\"]*\"")


@functools.lru_cache(maxsize=16)
def settings_xml(language: str) -> bytes:
    """The template's settings without rsids, document id, preview picture or proof state; theme language set."""
    text = template()[1]
    for pattern in _SETTINGS_DROP:
        text = pattern.sub("", text)
    text, count = _THEME_LANG_RE.subn(f'<w:themeFontLang w:val="{language}"', text)
    if count != 1:
        raise RuntimeError("unexpected python-docx template: no <w:themeFontLang> in settings.xml")
    return text.encode("utf-8")


def document_head() -> str:
    """``word/document.xml`` of the template up to and including ``<w:body>`` (namespace declarations)."""
    document = template()[2]
    cut = document.find("<w:body>")
    if cut < 0:
        raise RuntimeError("unexpected python-docx template: no <w:body>")
    return document[: cut + len("<w:body>")]
