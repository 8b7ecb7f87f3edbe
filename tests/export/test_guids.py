"""REFI-QDA GUIDs of interviews are keyed by the vault (issue 17, item 5): two vaults with a P-017 never collide;
one vault gives the same GUIDs every time; codes shared by every study keep their public uuid5."""

from __future__ import annotations

import hashlib
import hmac
import io
import zipfile

import pytest
from export_helpers import GUID_KEY, build
from lxml import etree

from intake.errors import UsageError
from intake.export.codebook import keyed_guid, stable_guid

NS = {"q": "urn:QDA-XML:project:1.0"}
OTHER_KEY = bytes(range(100, 132))


def _guids(files: dict[str, bytes]) -> dict[tuple[str, str], str]:
    """(element tag, name or position) -> guid for every element with a GUID."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(files["refi-qda/interviews.qdpx"])).read("project.qde"))
    out = {}
    for index, element in enumerate(e for e in root.iter() if e.get("guid")):
        tag = etree.QName(element).localname
        out[(tag, element.get("name") or str(index))] = element.get("guid")
    return out


def test_two_vaults_with_the_same_interview_code_share_no_interview_guid() -> None:
    one, two = _guids(build(guid_key=GUID_KEY)), _guids(build(guid_key=OTHER_KEY))
    interview_kinds = {"TextSource", "Case", "PlainTextSelection", "Coding"}
    mine = {k: v for k, v in one.items() if k[0] in interview_kinds}
    theirs = {k: v for k, v in two.items() if k[0] in interview_kinds}
    assert mine.keys() == theirs.keys() and len(mine) >= 6
    assert not set(mine.values()) & set(theirs.values())
    merged = list(one.values()) + [v for k, v in two.items() if k[0] in interview_kinds]
    assert len(merged) == len(set(merged))  # both projects can be merged into one without a clash


def test_codes_variables_and_speakers_keep_their_shared_guids() -> None:
    one, two = _guids(build(guid_key=GUID_KEY)), _guids(build(guid_key=OTHER_KEY))
    shared = {k: v for k, v in one.items() if k[0] in {"Code", "Variable", "User"}}
    assert shared and all(two[k] == v for k, v in shared.items())
    assert one[("Code", "S1")] == stable_guid("speaker", "S1")


def test_one_vault_exports_the_same_guids_twice() -> None:
    assert build(guid_key=GUID_KEY)["refi-qda/interviews.qdpx"] == build(guid_key=GUID_KEY)["refi-qda/interviews.qdpx"]


def test_keyed_guid_is_the_documented_hmac() -> None:
    digest = bytearray(hmac.new(GUID_KEY, b"source\x1fP-017", hashlib.sha256).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x40
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    assert keyed_guid(GUID_KEY, "source", "P-017") == f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    assert _guids(build())[("TextSource", "P-017")] == keyed_guid(GUID_KEY, "source", "P-017")


@pytest.mark.parametrize("key", [b"", b"short", "a string, not bytes", None])
def test_an_export_without_a_usable_key_is_refused(key: object) -> None:
    with pytest.raises(UsageError, match="GUID key"):
        build(guid_key=key)
