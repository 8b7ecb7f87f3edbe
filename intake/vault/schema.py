"""Catalog schema migrations. Each step runs in one transaction; ``meta.schema_version`` records the last."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: foundation
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE stewards (
        slot_id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'passphrase',
        added TEXT NOT NULL
    );
    CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        slot_id TEXT NOT NULL,
        action TEXT NOT NULL,
        object_id TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        mac TEXT NOT NULL
    );
    """,
    # 2: encrypted ingest
    """
    CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        language TEXT,
        created TEXT NOT NULL
    );
    CREATE TABLE recordings (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        blob TEXT NOT NULL UNIQUE,
        identity TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        duration REAL,
        container TEXT,
        codec TEXT,
        channels INTEGER,
        sample_rate INTEGER,
        language TEXT,
        interviewer TEXT,
        original_name TEXT,
        ingested TEXT NOT NULL
    );
    CREATE INDEX recordings_interview ON recordings(interview_id);
    """,
    # 3: transcripts (segments JSON lives only inside the encrypted catalog)
    """
    CREATE TABLE transcripts (
        id TEXT PRIMARY KEY,
        recording_id TEXT NOT NULL REFERENCES recordings(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        engine TEXT NOT NULL,
        model_sha256 TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        options TEXT NOT NULL,
        language TEXT,
        language_probability REAL,
        duration REAL,
        segments TEXT NOT NULL,
        flagged INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'draft',
        created TEXT NOT NULL,
        UNIQUE (recording_id, version)
    );
    CREATE INDEX transcripts_recording ON transcripts(recording_id)
    """,
    # 4: pseudonymisation: registered entities, the corpus-wide pseudonym registry, plans, anonymised versions
    """
    CREATE TABLE entities (
        key TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        doc TEXT NOT NULL,
        added TEXT NOT NULL
    );
    CREATE TABLE pseudonyms (
        key TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        prefix TEXT NOT NULL,
        number INTEGER NOT NULL,
        added TEXT NOT NULL
    );
    CREATE TABLE pseudonym_links (source TEXT PRIMARY KEY, target TEXT NOT NULL);
    CREATE TABLE plans (
        transcript_id TEXT PRIMARY KEY REFERENCES transcripts(id) ON DELETE CASCADE,
        doc TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE anonymised (
        id TEXT PRIMARY KEY,
        transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        segments TEXT NOT NULL,
        created TEXT NOT NULL,
        UNIQUE (transcript_id, version)
    )
    """,
    # 5: exports (what left the vault, when, to how many recipients; the manifest hash)
    """
    CREATE TABLE exports (
        id TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        kind TEXT NOT NULL,
        destination TEXT NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        transcripts TEXT NOT NULL,
        formats TEXT NOT NULL,
        recipients INTEGER NOT NULL,
        allowed INTEGER NOT NULL
    )
    """,
    # 6: speaker names (roles) per transcript
    "ALTER TABLE transcripts ADD COLUMN speaker_names TEXT",
    # 7: retention: when a recording's audio (blob and identity) was destroyed
    "ALTER TABLE recordings ADD COLUMN audio_deleted TEXT",
    # 8: releases: identifying text a steward let stay, per occurrence, with a reason (intake/review/releases.py)
    """
    CREATE TABLE releases (
        id TEXT PRIMARY KEY,
        transcript_id TEXT NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        segment INTEGER,
        start INTEGER,
        "end" INTEGER,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        export_id TEXT,
        hits INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL
    );
    CREATE INDEX releases_transcript ON releases(transcript_id)
    """,
    # 9: what a new transcript version took over from the one before it (intake/review/versions.py)
    """
    CREATE TABLE carries (
        transcript_id TEXT PRIMARY KEY REFERENCES transcripts(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL,
        doc TEXT NOT NULL,
        created TEXT NOT NULL
    )
    """,
]

LATEST = len(MIGRATIONS)
