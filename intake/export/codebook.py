"""Codebooks: the plain :class:`Code` tree, the built-in starter codebook, and ``.qdc`` output.

The built-in ``dolowitz-marsh`` codebook holds the seven objects of policy learning of Dolowitz and
Marsh (1996, "Who learns what from whom", *Political Studies* 44(2)), plus ``Demand`` (needs of
political prisoners and their families) and ``Supply`` (the support given, by form and by provider).

GUIDs are deterministic. Objects that are the same in every study (codes, speaker codes, variables, the
user) get uuid5 over :data:`EXPORT_NAMESPACE` and their names (:func:`stable_guid`), so the same codebook
always has the same GUIDs and projects merge. Objects of one interview (source, case, selections, codings)
get :func:`keyed_guid`, an HMAC under a per-vault key, so two studies that both have a ``P-017`` never
collide, and nobody without the vault can tell which vault an export came from.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
EXPORT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:intake:export:refi-qda:1")
_NAMESPACE_BYTES = EXPORT_NAMESPACE.bytes
BUILTIN_CODEBOOKS = ("dolowitz-marsh",)


@functools.lru_cache(maxsize=4096)
def stable_guid(kind: str, *names: str) -> str:
    """A deterministic GUID for an object of ``kind`` identified by ``names`` (never random).

    Equal to ``str(uuid.uuid5(EXPORT_NAMESPACE, kind + "\\x1f" + "\\x1f".join(names)))``, computed without
    building UUID objects (tens of thousands are needed per export).
    """
    name = "\x1f".join((kind, *names)).encode("utf-8")
    return _uuid_text(hashlib.sha1(_NAMESPACE_BYTES + name, usedforsecurity=False).digest(), 5)


GUID_KEY_MIN = 16


def _uuid_text(digest: bytes, version: int) -> str:
    raw = bytearray(digest[:16])
    raw[6] = (raw[6] & 0x0F) | (version << 4)
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def keyed_guid(key: bytes, kind: str, *names: str) -> str:
    """A per-vault GUID: ``HMAC-SHA-256(key, kind 0x1F name_1 0x1F ...)``, first 16 bytes, written with the
    version (4) and variant bits of a random UUID (the HMAC is indistinguishable from random without the key).
    """
    message = "\x1f".join((kind, *names)).encode("utf-8")
    return _uuid_text(hmac.new(key, message, hashlib.sha256).digest(), 4)


def check_guid_key(key: object) -> bytes:
    """The per-vault GUID key: bytes, at least :data:`GUID_KEY_MIN` long (raises ValueError otherwise)."""
    if not isinstance(key, bytes) or len(key) < GUID_KEY_MIN:
        raise ValueError(f"the export GUID key must be at least {GUID_KEY_MIN} bytes")
    return key


@dataclass(frozen=True)
class Code:
    """One code of a codebook; ``children`` nest."""

    guid: str
    name: str
    description: str = ""
    codable: bool = True
    color: str | None = None
    children: tuple[Code, ...] = ()

    def walk(self) -> Iterator[Code]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Codebook:
    """A named list of top-level codes (``origin`` is ``dolowitz-marsh`` or ``custom``)."""

    origin: str
    codes: tuple[Code, ...]

    def walk(self) -> Iterator[Code]:
        for code in self.codes:
            yield from code.walk()


# (name, description, children) — the built-in tree, written as data.
_Spec = tuple[str, str, tuple["_Spec", ...]]

_POLICY_LEARNING: _Spec = (
    "Objects of policy learning (Dolowitz & Marsh 1996)",
    "What is learned or transferred from elsewhere: the seven objects of policy transfer.",
    (
        (
            "Policy goals, structure and content",
            "What a policy aims at and how it is built: objectives, "
            "scope, target groups and the content of programmes learned from elsewhere.",
            (),
        ),
        (
            "Policy instruments",
            "The tools used to reach the goals: laws, funding, sanctions, services, information campaigns.",
            (),
        ),
        (
            "Administrative techniques",
            "How support is run day to day: procedures, management, delivery and organisational practices.",
            (),
        ),
        (
            "Institutions",
            "Organisations and institutional arrangements learned from or copied: funds, "
            "agencies, networks, legal frameworks.",
            (),
        ),
        ("Ideology", "Broad political ideas and values carried along with a policy or practice.", ()),
        (
            "Attitudes, ideas and concepts",
            "Beliefs, frames and concepts about the problem and its "
            "solutions, e.g. who counts as a political prisoner, what solidarity means.",
            (),
        ),
        ("Negative lessons", "What was learned not to do: failures elsewhere, practices deliberately avoided.", ()),
    ),
)

_DEMAND: _Spec = (
    "Demand",
    "Needs of political prisoners and their families, as participants describe them.",
    (
        ("Legal aid", "Lawyers, legal advice and fees; information on charges, trials and appeals.", ()),
        ("Information and contact", "Knowing where the detainee is and in what condition; letters, calls, visits.", ()),
        ("Parcels and material needs", "Food, clothing, hygiene items and books sent to detention; parcel rules.", ()),
        ("Health care", "Medical care, medicines and treatment in detention or after release.", ()),
        ("Financial needs", "Lost income, fines, legal fees, costs of parcels and travel for the family.", ()),
        ("Psychological needs", "Stress, trauma and isolation of detainees and relatives; counselling.", ()),
        ("Family and children", "Care for children and dependants, schooling, elderly relatives.", ()),
        ("Safety and relocation", "Risk of further persecution; leaving the country or moving safely.", ()),
        ("Life after release", "Housing, work, documents, rehabilitation and reintegration after release.", ()),
        ("Recognition and visibility", "Being recognised as a political prisoner; advocacy; not being forgotten.", ()),
        ("Unmet needs", "Needs nobody met; gaps between what was needed and what was given.", ()),
    ),
)

_SUPPLY: _Spec = (
    "Supply",
    "Support actually given to political prisoners and their families: its forms and its providers.",
    (
        (
            "Forms of support",
            "What kind of help was given.",
            (
                ("Legal assistance", "Lawyers, consultations, payment of legal costs.", ()),
                ("Financial aid", "Solidarity funds, crowdfunding, grants, direct payments to families.", ()),
                ("Material aid", "Parcels, food, clothing and medicine delivered or paid for.", ()),
                ("Correspondence and visits", "Letter-writing campaigns, postcards, help with visits and calls.", ()),
                ("Medical and psychological support", "Doctors, therapists, support groups, rehabilitation.", ()),
                ("Help for families", "Childcare, schooling, support for relatives left behind.", ()),
                ("Relocation and safe exit", "Help to leave the country: visas, transport, shelter.", ()),
                ("Reintegration support", "Jobs, training, housing and documents after release.", ()),
                (
                    "Advocacy and documentation",
                    "Human-rights monitoring, recognition as a political prisoner, "
                    "public campaigns, international pressure.",
                    (),
                ),
            ),
        ),
        (
            "Providers of support",
            "Who gave the help.",
            (
                ("Informal networks", "Relatives, friends, neighbours, colleagues, local communities.", ()),
                ("Civil society organisations", "Human-rights groups, NGOs, solidarity initiatives, foundations.", ()),
                ("Diaspora", "Initiatives and individuals abroad.", ()),
                ("International actors", "Foreign governments, international organisations, donors.", ()),
            ),
        ),
        ("Barriers to support", "Obstacles: repression of helpers, blocked payments, fear, lack of information.", ()),
    ),
)

_COLORS = {"Objects of policy learning (Dolowitz & Marsh 1996)": "#1F77B4", "Demand": "#D62728", "Supply": "#2CA02C"}


def _from_spec(spec: _Spec, path: tuple[str, ...], color: str | None) -> Code:
    name, description, children = spec
    here = (*path, name)
    return Code(
        guid=stable_guid("code", *here),
        name=name,
        description=description,
        codable=not (not path and name.startswith("Objects of policy learning")),
        color=color,
        children=tuple(_from_spec(child, here, color) for child in children),
    )


def builtin_codebook(name: str) -> Codebook:
    """The built-in codebook called ``name`` (see :data:`BUILTIN_CODEBOOKS`)."""
    if name != "dolowitz-marsh":
        raise KeyError(name)
    specs = (_POLICY_LEARNING, _DEMAND, _SUPPLY)
    return Codebook(origin=name, codes=tuple(_from_spec(s, (), _COLORS[s[0]]) for s in specs))


def speaker_codes(speakers: Iterable[str]) -> Code:
    """A non-codable ``Speakers`` parent with one code per speaker label (turns are coded with it)."""
    children = tuple(
        Code(
            guid=stable_guid("speaker", label), name=label, description="Turns of this speaker label.", color="#7F7F7F"
        )
        for label in sorted(set(speakers))
    )
    return Code(
        guid=stable_guid("code", "Speakers"),
        name="Speakers",
        codable=False,
        description="Speaker turns, coded automatically at export.",
        children=children,
    )


def add_code_element(parent: etree._Element, code: Code, ns: str) -> None:
    """Append ``<Code>`` for ``code`` (and its children) to ``parent``, in namespace ``ns``."""
    attrs = {"guid": code.guid, "name": code.name, "isCodable": "true" if code.codable else "false"}
    if code.color:
        attrs["color"] = code.color
    element = etree.SubElement(parent, f"{{{ns}}}Code", attrs)
    if code.description:
        etree.SubElement(element, f"{{{ns}}}Description").text = code.description
    for child in code.children:
        add_code_element(element, child, ns)


def render_qdc(codebook: Codebook, origin: str) -> bytes:
    """The codebook as a REFI-QDA ``.qdc`` file (``urn:QDA-XML:codebook:1.0``)."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", {"origin": origin}, nsmap={None: CODEBOOK_NS})
    codes = etree.SubElement(root, f"{{{CODEBOOK_NS}}}Codes")
    for code in codebook.codes:
        add_code_element(codes, code, CODEBOOK_NS)
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data
