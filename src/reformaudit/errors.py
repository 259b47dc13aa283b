"""Errors that stop an audit before it starts: the input cannot be read, or the rules are broken."""


class AuditInputError(Exception):
    """A file cannot be audited. The message is one line a user can act on."""


class RulesError(Exception):
    """A rules file is malformed. The message names the file and the problem."""
