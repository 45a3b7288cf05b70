"""Rule and knowledge data (YAML). This package holds no code."""
