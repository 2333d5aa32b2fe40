"""Backends: one module per wire protocol, no Home Assistant imports."""
