"""Tests for the Hybrid LLM Router integration."""
