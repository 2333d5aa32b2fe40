"""Wire-protocol emulators of Ollama, OpenAI-compatible servers, Anthropic and xAI."""
