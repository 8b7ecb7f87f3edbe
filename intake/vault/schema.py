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
    # 10: imported transcripts: a transcript belongs to an interview and comes from a recording (source
    # 'transcribed') or from a file (source 'imported', no recording). SQLite cannot drop NOT NULL in place,
    # so the table is rebuilt its documented way (create, copy, drop, rename) with foreign keys off for the
    # step (catalog._migrate), keeping every row of plans, anonymised and releases that refer to it.
    """
    CREATE TABLE transcripts_v10 (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        recording_id TEXT REFERENCES recordings(id) ON DELETE CASCADE,
        source TEXT NOT NULL DEFAULT 'transcribed',
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
        speaker_names TEXT,
        CHECK (source IN ('transcribed', 'imported')),
        CHECK ((source = 'transcribed') = (recording_id IS NOT NULL)),
        UNIQUE (recording_id, version)
    );
    INSERT INTO transcripts_v10(id, interview_id, recording_id, source, version, engine, model_sha256, fingerprint,
        options, language, language_probability, duration, segments, flagged, status, created, speaker_names)
    SELECT t.id, (SELECT r.interview_id FROM recordings r WHERE r.id = t.recording_id), t.recording_id,
        'transcribed', t.version, t.engine, t.model_sha256, t.fingerprint, t.options, t.language,
        t.language_probability, t.duration, t.segments, t.flagged, t.status, t.created, t.speaker_names
    FROM transcripts t;
    DROP TABLE transcripts;
    ALTER TABLE transcripts_v10 RENAME TO transcripts;
    CREATE INDEX transcripts_recording ON transcripts(recording_id);
    CREATE INDEX transcripts_interview ON transcripts(interview_id);
    CREATE UNIQUE INDEX transcripts_imported_version ON transcripts(interview_id, version) WHERE recording_id IS NULL
    """,
    # 11: recordings destroyed by withdrawal or retention, as keyed digests of their content, so that a leftover
    # copy (a field package, the original file) is refused rather than imported again (intake/vault/withdrawn.py)
    "CREATE TABLE withdrawn (digest TEXT PRIMARY KEY, v INTEGER NOT NULL)",
]

LATEST = len(MIGRATIONS)
