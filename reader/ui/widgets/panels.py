"""Side panels: Pull quotes and People (with the selected person's quotes).

Lists are ``OptionList``s whose prompts are drawn with a bar beside the highlighted item
(not an inverted block); each option carries the object it shows. A panel posts what was
chosen (:class:`QuotesPanel.QuoteChosen`, :class:`PeoplePanel.PersonChosen`,
:class:`PeoplePanel.SaidChosen`) and the screen routes it. Styles come from component
classes set in ``styles/*.tcss``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.article.data_kind import data_kind
from reader.article.model import Article, Person, PullQuote
from reader.core.quoting import in_quotes
from reader.ui import commands

BAR = "▌ "
NO_BAR = "  "
LIMIT = 100  # items listed at most (a book names thousands); `/` filters them all


def left_out(total: int, shown: int, what: str) -> str:
    """The last line of a list cut at ``LIMIT``: how many more, and how to find them."""
    if total <= shown:
        return ""
    return f"… {total - shown} more {what}: press {commands.key('search')} to filter"


_DATA_NOUNS = {"code": "a code file", "table": "a table"}


def none_in_data(article: Article | None, what: str) -> str:
    """What an empty panel says of a program's source or a table, where ``what`` is not
    looked for ("No people in a code file."); "" for any other article."""
    kind = data_kind(article) if article is not None else None
    return f"No {what} in {_DATA_NOUNS[kind]}." if kind else ""


_LEAD = " ▸"  # what may stand before a line's words: its indent, the outline's mark


def _hanging(console: Console, text: Text, width: int) -> list[Text]:
    """``text`` wrapped at ``width``, each line's wrapped rows set in under its words, past
    its indent (an outline's heading two levels down, a link's address): not back at the
    edge, under the indent."""
    rows: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        plain = line.plain
        hang = len(plain) - len(plain.lstrip(_LEAD))
        if not hang or hang > width // 2:
            rows.extend(line.wrap(console, width, overflow="fold"))
            continue
        lead, words = line[:hang], line[hang:]
        for number, row in enumerate(words.wrap(console, width - hang, overflow="fold")):
            rows.append(Text.assemble(lead if number == 0 else " " * hang, row))
    return rows


class Barred:
    """A Rich renderable: ``text`` wrapped, each line led by a bar (or by blanks)."""

    def __init__(self, text: Text, bar_style: Style | None) -> None:
        self.text = text
        self.bar_style = bar_style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width - len(BAR))
        lines = _hanging(console, self.text, width)
        for line in lines:
            if self.bar_style is None:
                yield Segment(NO_BAR)
            else:
                yield Segment(BAR, self.bar_style)
            yield from line.render(console)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(len(BAR) + 1, options.max_width)


@dataclass(frozen=True)
class Said:
    """One of a person's quotes, as the People panel lists it."""

    text: str
    person: Person | None = None


class ItemOption(Option):
    """An option that carries the object it shows (a quote, a person)."""

    def __init__(self, prompt: Barred, item: object) -> None:
        super().__init__(prompt)
        self.item = item


Maker = Callable[["PanelList"], Text]


class PanelList(OptionList):
    """An option list whose items are redrawn with a bar when highlighted; j and k move in
    it as the arrows do."""

    BINDINGS: ClassVar[list[BindingType]] = commands.bindings(commands.LIST_KEYS)

    COMPONENT_CLASSES = OptionList.COMPONENT_CLASSES | {
        "panel--bar",
        "panel--quote",
        "panel--muted",
        "panel--name",
        "panel--count",
        "panel--empty",
    }

    class Filled(Message):
        """The list's items changed (the side column may split itself again)."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, compact=True)
        self._makers: list[Maker] = []
        self._barred: int | None = None

    def natural_rows(self, width: int) -> int:
        """The rows the items take at ``width`` cells (unscrolled), 0 when hidden."""
        if not self.display or width <= 0:
            return 0
        return self.get_content_height(Size(width, 0), Size(width, 0), width)

    def style_of(self, name: str) -> Style:
        """A component style (partial), for prompt makers."""
        return self.get_component_rich_style(name, partial=True)

    def set_items(
        self, items: Sequence[tuple[object, Maker]], empty: str, more: str = ""
    ) -> None:
        """Show one option per (item, maker); ``empty`` as a disabled line when there is none,
        and ``more`` as a disabled last line (items left out)."""
        self._makers = [maker for _, maker in items]
        self._barred = None
        self.post_message(self.Filled())
        if not self._makers:
            self.set_options([Option(Text(empty, style=self.style_of("panel--empty")),
                                     disabled=True)])
            return
        options: list[Option] = [
            ItemOption(self._prompt(index, False), item) for index, (item, _) in enumerate(items)
        ]
        if more:
            options.append(Option(Text(more, style=self.style_of("panel--empty")),
                                  disabled=True))
        self.set_options(options)
        if self.highlighted is not None:
            self._rebar(self.highlighted)

    @property
    def highlighted_item(self) -> object | None:
        """The object the highlighted option shows (None on the empty line)."""
        index = self.highlighted
        if index is None or not 0 <= index < self.option_count:
            return None
        option = self.get_option_at_index(index)
        return option.item if isinstance(option, ItemOption) else None

    @property
    def item_count(self) -> int:
        """How many real items (not the empty line) the list holds."""
        return len(self._makers)

    def _prompt(self, index: int, barred: bool) -> Barred:
        bar = self.style_of("panel--bar") if barred else None
        return Barred(self._makers[index](self), bar)

    def _rebar(self, index: int | None) -> None:
        if self._barred is not None and self._barred < len(self._makers):
            self.replace_option_prompt_at_index(self._barred, self._prompt(self._barred, False))
        self._barred = None
        if index is not None and 0 <= index < len(self._makers):
            self.replace_option_prompt_at_index(index, self._prompt(index, True))
            self._barred = index

    def on_focus(self) -> None:
        """Select the first item when the list gets focus with nothing selected."""
        if self.highlighted is None and self._makers:
            self.highlighted = 0

    def action_select(self) -> None:
        """Enter: the highlighted item (the first, if the focus event has not arrived yet)."""
        if self.highlighted is None and self._makers:
            self.highlighted = 0
        super().action_select()

    def watch_highlighted(self, highlighted: int | None) -> None:
        """Move the bar with the highlight."""
        super().watch_highlighted(highlighted)
        if highlighted != self._barred:
            self._rebar(highlighted)

    def notify_style_update(self) -> None:
        """The theme changed: redraw the prompts with the new styles."""
        super().notify_style_update()
        if getattr(self, "_makers", None) and self.is_mounted:
            self.call_later(self._restyle)

    def _restyle(self) -> None:
        barred = self._barred
        for index in range(len(self._makers)):
            self.replace_option_prompt_at_index(index, self._prompt(index, index == barred))


def quote_maker(quote: PullQuote) -> Callable[[PanelList], Text]:
    """The prompt of one pull quote: the quote, then its attribution."""

    def make(panel: PanelList) -> Text:
        text = Text()
        text.append(in_quotes(quote.text), style=panel.style_of("panel--quote"))
        who = quote.attribution or quote.speaker
        if who:
            text.append(f"\n— {who}", style=panel.style_of("panel--muted"))
        text.append("\n")
        return text

    return make


def person_maker(person: Person) -> Callable[[PanelList], Text]:
    """The prompt of one person: name and mention count, then the role."""

    def make(panel: PanelList) -> Text:
        text = Text()
        text.append(person.name, style=panel.style_of("panel--name"))
        text.append(f"  {person.mentions}", style=panel.style_of("panel--count"))
        if person.role:
            text.append(f"\n{person.role}", style=panel.style_of("panel--muted"))
        return text

    return make


def said_maker(quote: str) -> Callable[[PanelList], Text]:
    """The prompt of one of a person's quotes."""

    def make(panel: PanelList) -> Text:
        text = Text()
        text.append(in_quotes(quote), style=panel.style_of("panel--quote"))
        return text

    return make


class Panel(Vertical):
    """A titled side panel; its title takes the accent colour while it has focus."""

    def __init__(self, title: str, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="panel")
        self.panel_title = title

    def compose(self) -> ComposeResult:
        yield Label(self.panel_title.upper(), classes="panel-title")


class QuotesPanel(Panel):
    """The article's pull quotes.

    ``show`` and ``filter`` may be called before the panel is mounted (the reading screen
    mounts its panels after the first paint): the list is filled when it exists.
    """

    filter_label = "pull quotes"

    class QuoteChosen(Message):
        """A pull quote was chosen (enter or a click)."""

        def __init__(self, quote: PullQuote) -> None:
            super().__init__()
            self.quote = quote

    def __init__(self) -> None:
        super().__init__("Pull quotes", id="quotes-panel")
        self.all_quotes: tuple[PullQuote, ...] = ()
        self.quotes: tuple[PullQuote, ...] = ()
        self.quote_indexes: list[int] = []
        self._matching = 0  # quotes matching (all, or the filter's); at most LIMIT shown
        self._none = self._empty = "No pull quotes in this article."

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield PanelList(id="quotes-list")

    def on_mount(self) -> None:
        self._fill()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, ItemOption) and isinstance(event.option.item, PullQuote):
            self.post_message(self.QuoteChosen(event.option.item))

    def show(self, article: Article | None, *, whole_pending: str = "") -> None:
        """List the article's pull quotes (``whole_pending``: ``article`` is a long text's
        opening, the quotes of its rest to come, as this says)."""
        self.all_quotes = article.pull_quotes if article else ()
        self._matching = len(self.all_quotes)
        self.quotes = self.all_quotes[:LIMIT]
        self.quote_indexes = list(range(len(self.quotes)))
        data = none_in_data(article, "pull quotes")
        self._none = data or "No pull quotes in this article."
        self._empty = data or whole_pending or self._none
        self._fill()

    def filter(self, query: str) -> int:
        """Show only the quotes whose text or speaker matches ``query`` (search bar's `/`)."""
        from reader.article.search import filter_matches  # (not before the first frame)

        every = self.all_quotes
        self.quote_indexes = [
            index for index, quote in enumerate(every)
            if filter_matches(query, quote.text, quote.attribution or "", quote.speaker or "")
        ]
        self._matching = len(self.quote_indexes)
        del self.quote_indexes[LIMIT:]
        self.quotes = tuple(every[index] for index in self.quote_indexes)
        self._empty = "No pull quote matches." if every else self._none
        self._fill()
        return len(self.quotes)

    def _fill(self) -> None:
        for found in self.query(PanelList):  # none before the panel is composed
            found.set_items([(q, quote_maker(q)) for q in self.quotes], self._empty,
                            left_out(self._matching, len(self.quotes), "quotes"))



class PeoplePanel(Panel):
    """The people named in the article; the selected person's quotes beneath.

    Like :class:`QuotesPanel`, usable before it is mounted: the lists fill when they exist.
    """

    filter_label = "people"

    class PersonChosen(Message):
        """A person was chosen: the screen marks their mentions."""

        def __init__(self, person: Person) -> None:
            super().__init__()
            self.person = person

    class SaidChosen(Message):
        """One of the chosen person's quotes was chosen."""

        def __init__(self, said: Said) -> None:
            super().__init__()
            self.said = said

    def __init__(self) -> None:
        super().__init__("People", id="people-panel")
        self.people: tuple[Person, ...] = ()
        self.all_people: tuple[Person, ...] = ()
        self._matching = 0  # people matching (all, or the filter's); at most LIMIT shown
        self.said: tuple[Said, ...] = ()
        self._none = self._empty = "No people found in this article."
        self._said_title = ""

    def compose(self) -> ComposeResult:
        yield from super().compose()
        yield PanelList(id="people-list")
        yield Label("", id="said-title", classes="panel-subtitle", markup=False)
        yield PanelList(id="said-list")

    def on_mount(self) -> None:
        self._fill_people()
        self._fill_said()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = event.option.item if isinstance(event.option, ItemOption) else None
        if isinstance(item, Person):
            self.post_message(self.PersonChosen(item))
        elif isinstance(item, Said):
            self.post_message(self.SaidChosen(item))

    def show(self, article: Article | None, *, pending: bool = False,
             whole_pending: str = "") -> None:
        """List the article's people (``pending``: the people engine is still running;
        ``whole_pending``: ``article`` is a long text's opening, its people looked for once
        its whole has come, as this says)."""
        self.all_people = article.people if article else ()
        self._matching = len(self.all_people)
        self.people = self.all_people[:LIMIT]
        data = none_in_data(article, "people")
        self._none = data or "No people found in this article."
        self._empty = data or whole_pending or ("Finding the people…" if pending else self._none)
        self._fill_people()
        self.show_quotes(None)

    def filter(self, query: str) -> int:
        """Show only the people whose name or role matches ``query`` (search bar's `/`)."""
        from reader.article.search import filter_matches  # (not before the first frame)

        every = self.all_people
        matches = tuple(
            person for person in every if filter_matches(query, person.name, person.role or "")
        )
        self._matching = len(matches)
        self.people = matches[:LIMIT]
        self._empty = "Nobody matches." if every else self._none
        self._fill_people()
        self.show_quotes(None)
        return len(self.people)

    def show_quotes(self, person: Person | None) -> None:
        """List ``person``'s quotes beneath (hidden when there are none)."""
        self.said = tuple(Said(quote, person) for quote in person.quotes[:LIMIT]) if person else ()
        self._said_title = f"Quotes · {person.name}" if person and self.said else ""
        self._fill_said()

    def _fill_people(self) -> None:
        for found in self.query("#people-list").results(PanelList):
            found.set_items([(p, person_maker(p)) for p in self.people], self._empty,
                            left_out(self._matching, len(self.people), "people"))

    def _fill_said(self) -> None:
        for title in self.query("#said-title").results(Label):
            title.update(self._said_title)
            title.display = bool(self.said)
        for said in self.query("#said-list").results(PanelList):
            said.display = bool(self.said)
            said.set_items([(q, said_maker(q.text)) for q in self.said], "")
