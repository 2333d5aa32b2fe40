"""Custom components package (lets the test harness find llm_router before its own testing_config)."""
