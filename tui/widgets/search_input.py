"""The search box: typing, history and the step down into the results."""

from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from ..commands import HISTORY_BACK, INTO_RESULTS, bindings


class SearchInput(Input):
    """The search box: Up/Down walk the history, Down past it steps into the results."""

    class StepDown(Message):
        """Down was pressed in the search box."""

    class HistoryStep(Message):
        def __init__(self, direction: int) -> None:
            self.direction = direction
            super().__init__()

    BINDINGS = bindings([INTO_RESULTS, HISTORY_BACK])

    def __init__(self, *args, **kwargs) -> None:
        # Tab back into the box keeps the query: selected, the next key would replace it.
        super().__init__(*args, select_on_focus=False, **kwargs)

    async def on_key(self, event) -> None:
        # "?" is the first key a newcomer tries: in an empty box it opens help (a lone "?" would
        # only be a one-letter wildcard search). prevent_default skips Input's own handler, which runs after this.
        if event.character == "?" and not self.value:
            event.stop()
            event.prevent_default()
            await self.run_action("app.help")

    def check_consume_key(self, key: str, character: str | None) -> bool:
        # So the footer shows "? Help" while the box is empty.
        return not (character == "?" and not self.value) and super().check_consume_key(key, character)

    def action_step_down(self) -> None:
        self.post_message(self.StepDown())

    def action_history_back(self) -> None:
        self.post_message(self.HistoryStep(-1))
