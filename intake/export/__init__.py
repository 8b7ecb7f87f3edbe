"""Export of anonymised transcripts for coders: pure functions over plain data.

The caller gates what may leave the vault, then::

    files = build_export(transcripts, formats={"txt", "docx", "qdpx"}, codebook="dolowitz-marsh",
                         policy_preset="strict", tool_version=intake.__version__, created=now_utc)
    write_bundle_dir(files, out_dir)            # or
    write_bundle_age(files, out_path, read_recipients_file(path))

Formats are described in ``docs/export-formats.md``.
"""

from intake.export.build import FORMATS, build_export
from intake.export.bundle import (
    check_recipient,
    parse_recipients,
    read_recipients_file,
    write_bundle_age,
    write_bundle_dir,
)
from intake.export.codebook import BUILTIN_CODEBOOKS, Code, Codebook, builtin_codebook
from intake.export.model import ALLOWED_VARIABLES, ExportSegment, ExportTranscript
from intake.export.qdc_input import load_codebook, parse_qdc

__all__ = [
    "ALLOWED_VARIABLES",
    "BUILTIN_CODEBOOKS",
    "FORMATS",
    "Code",
    "Codebook",
    "ExportSegment",
    "ExportTranscript",
    "build_export",
    "builtin_codebook",
    "check_recipient",
    "load_codebook",
    "parse_qdc",
    "parse_recipients",
    "read_recipients_file",
    "write_bundle_age",
    "write_bundle_dir",
]
