"""Rule kinds: the shapes a rule can take (phrase, regex, line function, parser, follower,
structural), and the gates that pick the lines a rule looks at.

They know the shared model (document, rule, credits) and nothing above it.
"""
