"""The engine: a pipeline runs its rules over a document and assembles the result.

Above the rule kinds, the rules and the extensions (rules files, plugins); below the command.
"""
