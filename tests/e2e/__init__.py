"""End-to-end tests: a real Home Assistant process with the integration installed as HACS does."""
