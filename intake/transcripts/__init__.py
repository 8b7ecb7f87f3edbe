"""Transcription runs and the transcripts table."""
