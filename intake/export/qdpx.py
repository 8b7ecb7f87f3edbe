"""The REFI-QDA project: ``project.qde`` (QDA-XML 1.0) and the ``.qdpx`` ZIP around it.

Layout of the ``.qdpx`` (REFI-QDA 1.5, section 8)::

    project.qde              the project, valid against Project-mrt2019.xsd
    sources/<guid>.txt       one UTF-8 text source per interview (LF line endings, no BOM)

``project.qde`` holds, in schema order: one neutral user; the codebook (the chosen codebook, plus a
``Speakers`` group when speakers are known); the case variables (all of type Text); one case per
interview with its variable values and a reference to its source; one ``TextSource`` per interview
with a speaker-coded ``PlainTextSelection`` per speaker turn. Selection positions count Unicode code
points from 0 over the source text, end exclusive; the source has LF line endings only.

GUIDs of codes, variables and the user are uuid5 over stable names (:func:`~intake.export.codebook.stable_guid`);
GUIDs of an interview's source, case, selections and codings are keyed by the vault
(:func:`~intake.export.codebook.keyed_guid`).
"""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import quoteattr

from lxml import etree

from intake.errors import InputError
from intake.export.archive import deterministic_zip
from intake.export.codebook import (
    Code,
    Codebook,
    add_code_element,
    check_guid_key,
    keyed_guid,
    speaker_codes,
    stable_guid,
)
from intake.export.model import CheckedTranscript, format_timestamp
from intake.export.text import Turn, source_text

PROJECT_NS = "urn:QDA-XML:project:1.0"
USER_NAME = "Intake export"
PROJECT_NAME = "Intake export"
_Q = f"{{{PROJECT_NS}}}"
# Parses only text this module generated (escaped values); still no entities, network or huge trees.
_TRUSTED_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    return etree.SubElement(parent, _Q + tag, attrs)


def _variable_value(parent: etree._Element, variable_guid: str, value: str) -> None:
    element = _sub(parent, "VariableValue")
    _sub(element, "VariableRef", targetGUID=variable_guid)
    _sub(element, "TextValue").text = value


def _codebook_element(root: etree._Element, codes: list[Code]) -> None:
    if not codes:
        return
    holder = _sub(_sub(root, "CodeBook"), "Codes")
    for code in codes:
        add_code_element(holder, code, PROJECT_NS)


def _variables_element(root: etree._Element, names: list[str]) -> dict[str, str]:
    guids = {name: stable_guid("variable", name) for name in names}
    if names:
        holder = _sub(root, "Variables")
        for name in names:
            _sub(holder, "Variable", guid=guids[name], name=name, typeOfVariable="Text")
    return guids


def _cases_element(
    root: etree._Element, transcripts: list[CheckedTranscript], var_guids: dict[str, str], key: bytes
) -> None:
    holder = _sub(root, "Cases")
    for tr in transcripts:
        case = _sub(holder, "Case", guid=keyed_guid(key, "case", tr.code), name=tr.code)
        for name in sorted(tr.variables):
            _variable_value(case, var_guids[name], tr.variables[name])
        _sub(case, "SourceRef", targetGUID=keyed_guid(key, "source", tr.code))


# Speaker-turn selections are the bulk of a project (tens of thousands of elements). They are written as
# text, with every value escaped, and parsed once per source: lxml's per-attribute checks made building
# them element by element the slowest step of an export.
_SELECTION = (
    '<PlainTextSelection guid="{guid}" name={name} startPosition="{start}" endPosition="{end}" {stamp}>'
    '<Coding guid="{coding}" {stamp}><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>'
)


def _selections(source: etree._Element, code: str, turns: list[Turn], stamp: dict[str, str], key: bytes) -> None:
    if not turns:
        return
    created = f'creatingUser="{stamp["creatingUser"]}" creationDateTime="{stamp["creationDateTime"]}"'
    xml = "".join(
        _SELECTION.format(
            guid=keyed_guid(key, "selection", code, str(index)),
            name=quoteattr(f"{turn.speaker} {format_timestamp(turn.seconds)}"),
            start=turn.start,
            end=turn.end,
            stamp=created,
            coding=keyed_guid(key, "coding", code, str(index)),
            code=stable_guid("speaker", turn.speaker),
        )
        for index, turn in enumerate(turns)
    )
    holder = etree.fromstring(f'<Holder xmlns="{PROJECT_NS}">{xml}</Holder>', _TRUSTED_PARSER)
    source.extend(holder)


def _source_element(
    holder: etree._Element,
    tr: CheckedTranscript,
    turns: list[Turn],
    var_guids: dict[str, str],
    stamp: dict[str, str],
    key: bytes,
) -> None:
    guid = keyed_guid(key, "source", tr.code)
    source = _sub(holder, "TextSource", guid=guid, name=tr.code, plainTextPath=f"internal://{guid}.txt", **stamp)
    _selections(source, tr.code, turns, stamp, key)
    for name in sorted(tr.variables):
        _variable_value(source, var_guids[name], tr.variables[name])


def _check_unique_guids(root: etree._Element) -> None:
    """Every GUID once: a user's codebook could reuse a GUID this export derives (importers would break)."""
    guids = [element.get("guid") for element in root.iter() if element.get("guid") is not None]
    if len(guids) != len(set(guids)):
        raise InputError(
            "the codebook reuses a GUID that the export needs for another object",
            hint="give every code in the codebook its own GUID",
        )


def render_project(
    transcripts: list[CheckedTranscript],
    codebook: Codebook | None,
    *,
    origin: str,
    created: datetime,
    guid_key: bytes,
) -> tuple[bytes, dict[str, bytes]]:
    """``project.qde`` and the source files (``sources/<guid>.txt`` -> UTF-8 bytes).

    ``guid_key`` is the per-vault secret the interview GUIDs are derived from (at least 16 bytes).
    """
    key = check_guid_key(guid_key)
    when = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    user = stable_guid("user", USER_NAME)
    stamp = {"creatingUser": user, "creationDateTime": when, "modifyingUser": user, "modifiedDateTime": when}
    root = etree.Element(
        _Q + "Project",
        {
            "name": PROJECT_NAME,
            "origin": origin,
            "creatingUserGUID": user,
            "creationDateTime": when,
            "modifyingUserGUID": user,
            "modifiedDateTime": when,
        },
        nsmap={None: PROJECT_NS},
    )
    _sub(_sub(root, "Users"), "User", guid=user, name=USER_NAME)
    texts = {tr.code: source_text(tr) for tr in transcripts}
    speakers = [turn.speaker for _text, turns in texts.values() for turn in turns]
    codes = list(codebook.codes) if codebook else []
    if speakers:
        codes.append(speaker_codes(speakers))
    _codebook_element(root, codes)
    var_guids = _variables_element(root, sorted({name for tr in transcripts for name in tr.variables}))
    sources: dict[str, bytes] = {}
    if transcripts:
        _cases_element(root, transcripts, var_guids, key)
        holder = _sub(root, "Sources")
        for tr in transcripts:
            text, turns = texts[tr.code]
            _source_element(holder, tr, turns, var_guids, stamp, key)
            sources[f"sources/{keyed_guid(key, 'source', tr.code)}.txt"] = text.encode("utf-8")
    _sub(root, "Description").text = "Anonymised interview transcripts exported by Intake."
    _check_unique_guids(root)
    qde = etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)
    return qde, sources


def render_qdpx(
    transcripts: list[CheckedTranscript],
    codebook: Codebook | None,
    *,
    origin: str,
    created: datetime,
    guid_key: bytes,
) -> bytes:
    """The ``.qdpx`` ZIP: ``project.qde`` first, then the sources sorted by name."""
    qde, sources = render_project(transcripts, codebook, origin=origin, created=created, guid_key=guid_key)
    return deterministic_zip([("project.qde", qde), *sorted(sources.items())])
