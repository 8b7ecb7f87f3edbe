"""Intake: keeps field interviews safe from the microphone to the coder's desk."""

__version__ = "0.1.0"
