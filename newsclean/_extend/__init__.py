"""Rules from outside the package: TOML rules files and plugin packages.

They build rules of the kinds below them; the engine adds them to a pipeline.
"""
