"""Engine implementations; each module imports its heavy libraries only when an engine is built."""
