"""Credits: the agency registry, the credit-string parser and the finder of credits inside caption text."""
