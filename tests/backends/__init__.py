"""Backend client tests against the wire-protocol emulators."""
