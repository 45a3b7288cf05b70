"""`?`: every key of the screen it was opened from, then the app's own keys.

Read from the live bindings (the per-instance, already translated copies localize_bindings
made), not from a list kept here, so a key added to a screen shows up without touching this."""
from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

from gpufix.tui.bindings import localize_bindings
from gpufix.ui_strings import t


# Actions of Textual's built-in bindings -> their words in ui_strings.
TEXTUAL_KEYS = {"focus_next": "key.focus_next", "focus_previous": "key.focus_previous",
                "copy_text": "key.copy_text", "help_quit": "key.help_quit", "quit": "key.quit"}


def key_rows(node: DOMNode, key_display, lang: str = "en",
             skip: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(keys, description) for each of a node's bindings, keys of one action joined ("esc / s"),
    hidden ones included; keys in `skip` (already listed, and shadowed by the screen's) left out."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for key, items in node._bindings.key_to_bindings.items():  # noqa: SLF001 - the translated per-instance copy
        if key in skip:
            continue
        for b in items:
            # Textual's own keys (tab, ctrl+c, ctrl+q) carry English or no words: ui_strings has
            # them by action; any other binding without words shows its action, readable.
            action = b.action.split(".")[-1]
            if action in TEXTUAL_KEYS:
                description = t(TEXTUAL_KEYS[action], lang)
            else:
                description = b.description or action.replace("_", " ")
            keys = grouped.setdefault((b.action, description), [])
            shown = key_display(b)
            if shown not in keys:
                keys.append(shown)
    return [(" / ".join(keys), description) for (_, description), keys in grouped.items()]


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,question_mark,q", "close", "key.back")]

    def __init__(self, under: DOMNode, lang: str = "en") -> None:
        """`under`: the screen the list is about (the one `?` was pressed on)."""
        super().__init__()
        self.under = under
        self.lang = lang
        localize_bindings(self, lang)

    def rows(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The screen's keys, and the app's that the screen does not shadow."""
        display = self.app.get_key_display
        own = key_rows(self.under, display, self.lang)
        shadowed = frozenset(self.under._bindings.key_to_bindings)  # noqa: SLF001 - as above
        return own, key_rows(self.app, display, self.lang, shadowed)

    def compose(self) -> ComposeResult:
        own, app_keys = self.rows()
        width = max((cell_len(k) for k, _ in own + app_keys), default=0) + 2
        text = Text()
        for heading, rows in ((t("help.screen", self.lang), own), (t("help.everywhere", self.lang), app_keys)):
            if not rows:
                continue
            if text:
                text.append("\n")
            text.append(f"{heading}\n", style="bold underline")
            for keys, description in rows:
                text.append("  " + keys + " " * (width - cell_len(keys)), style="bold")
                text.append(f"{description}\n")
        text.rstrip()
        with VerticalScroll(id="help-dialog"):
            yield Static(t("help.title", self.lang), id="help-title", markup=False)
            yield Static(text, id="help-keys")
            yield Static(t("help.close", self.lang), id="help-close", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
