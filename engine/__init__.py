"""The rule engine: load, validate and compile YAML rules for durable-rules, and run them."""
