"""Errors that are the input's fault: reported in one line naming the input, never as a traceback."""


class InputError(Exception):
    """An article that cannot be read; `str()` is the one-line message for the user."""

    def __init__(self, problem: str, source: str | None = None):
        self.problem = problem
        self.source = source
        super().__init__(f"{source}: {problem}" if source else problem)

    def at(self, source: str) -> "InputError":
        """The same problem, named after the input it came from."""
        return InputError(self.problem, self.source or source)


class ModelMissing(RuntimeError):
    """A shipped model is not where the package expects it (a broken install or checkout)."""
