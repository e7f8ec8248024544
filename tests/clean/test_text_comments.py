"""A copied page's comment thread is not the article; a live blog's stamps and a forum are."""

from __future__ import annotations

from tests.cli_run import dump_json

MENU = "Skip to content\n\nHome\n\nGarden\n\nRecipes\n\nSign in\n\nSearch\n\n"
FOOTER = "\n\nAbout\n\nCareers\n\nContact\n\nAdvertise\n\nPrivacy Policy\n\nTerms of Use\n"
ARTICLE = (
    "How to Keep Ants Out of a Vegetable Garden\n\nBy Dana Holt\n\n"
    "Ants farm aphids for their honeydew, so a garden with ants soon has aphids on every "
    "tender shoot, and the plants weaken long before a gardener sees the trouble.\n\n"
    "A ring of diatomaceous earth around each bed keeps most of them out, as long as it is "
    "renewed after every rain and kept dry under a board in the wettest weeks.\n\n"
    "Boiling water poured into a nest works too, but it kills the roots it reaches, so keep it "
    "for nests in paths and between paving stones rather than inside the beds themselves.\n\n"
    "Whatever you choose, check the undersides of the leaves each week: an early colony is "
    "easy to wash off with a hose, and a late one takes the whole summer to clear.\n\n"
)
WORDPRESS_THREAD = (
    "3 thoughts on “How to Keep Ants Out of a Vegetable Garden”\n\n"
    "Sharon says\n\nJuly 14, 2015 at 3:53 pm\n\n"
    "Goodness, the diatomaceous earth worked for us within a week of putting it down.\n\n"
    "Reply\n\n"
    "Jill Winger says\n\nJuly 17, 2015 at 8:28 am\n\n"
    "Yes, and cinnamon along the paths helped our beds this year as well.\n\n"
    "Reply\n\n"
    "Mark says\n\nJuly 20, 2015 at 6:02 pm\n\n"
    "We tried boiling water and lost two tomato plants, so be careful near the beds.\n\n"
    "Reply\n\n"
    "Leave a Reply\n\nYour email address will not be published.\n\nPost Comment"
)


def _body(article: dict) -> str:
    return "\n".join(block["text"] for block in article["body"])


def test_a_wordpress_thread_and_its_reply_form_are_not_the_article() -> None:
    article = dump_json("-", stdin=f"{MENU}{ARTICLE}{WORDPRESS_THREAD}{FOOTER}".encode())
    body = _body(article)
    assert body.startswith("Ants farm aphids")
    assert body.rstrip().endswith("takes the whole summer to clear.")
    for gone in ("Sharon says", "cinnamon", "July 20, 2015", "Reply", "thoughts on"):
        assert gone not in body


def test_a_thread_of_names_comments_and_reply_buttons_goes() -> None:
    thread = "".join(
        f"{name}\n\n{comment}\n\nReply\n\n"
        for name, comment in (
            ("Rene", "I use a ring of ash around my beds and the ants stay out all summer long."),
            ("Kat", "That is so good to hear, thank you for telling us how it went for you!"),
            ("Michelle", "Boiling water killed my lettuce, so I only use it on the paths now."),
        )
    )
    article = dump_json("-", stdin=f"{MENU}{ARTICLE}3 comments\n\n{thread}{FOOTER}".encode())
    body = _body(article)
    assert "takes the whole summer to clear." in body
    assert "ring of ash" not in body and "Boiling water killed" not in body


def test_a_live_blogs_time_stamps_are_its_text() -> None:
    entries = "".join(
        f"Dec. 4, 2025, {stamp} a.m. ET\n\n{text}\n\n"
        for stamp, text in (
            ("10:32", "The council has opened the debate on the new garden allotments."),
            ("10:41", "Residents say the waiting list has grown to four hundred names."),
            ("10:55", "The vote passed by seven to two, and the plots open in spring."),
            ("11:02", "The mayor thanked the volunteers who cleared the site by hand."),
        )
    )
    article = dump_json("-", stdin=f"{MENU}{ARTICLE}{entries}{FOOTER}".encode())
    body = _body(article)
    assert "The vote passed by seven to two" in body
    assert "The mayor thanked the volunteers" in body


def test_a_forum_thread_copied_on_its_own_is_kept() -> None:
    posts = "".join(
        f"{name} says\n\nJuly {day}, 2015 at 3:5{day % 10} pm\n\n{text}\n\nReply\n\n"
        for name, day, text in (
            ("Sharon", 14, "Has anyone found a way to keep ants away from young tomato plants?"),
            ("Jill", 15, "A ring of diatomaceous earth works if you renew it after the rain."),
            ("Mark", 16, "Cinnamon along the paths helped mine, and it smells nice as well."),
        )
    )
    article = dump_json("-", stdin=f"{MENU}{posts}{FOOTER}".encode())
    body = _body(article)
    assert "keep ants away from young tomato plants" in body
    assert "Cinnamon along the paths" in body


def test_many_threads_with_no_article_above_them_are_read_once(monkeypatch) -> None:
    """Each paragraph's words are counted once, however many thread-like runs a hostile
    text holds (no article prose above any of them: none is cut)."""
    from reader.clean.text import comments

    calls = 0
    real = comments.count_words

    def counting(text: str) -> int:
        nonlocal calls
        calls += 1
        return real(text)

    monkeypatch.setattr(comments, "count_words", counting)
    run = ["Ann says", "July 14, 2015 at 3:53 pm", "Lovely.", "Reply", "Bob says", "Nice.", "Reply"]
    filler = [f"Menu item {n}." for n in range(12)]  # (short lines: no prose, no marker)
    paragraphs = (run + filler) * 170
    assert comments.thread_start(paragraphs) is None
    assert calls < 3 * len(paragraphs)


def test_lists_of_other_posts_under_the_article_go_whatever_their_heading_says() -> None:
    for heading in ("Popular Posts", "Recent Comments", "You might like", "Trending Topics"):
        others = "".join(f"{teaser}\n\n" for teaser in (  # (teasers read as prose)
            "Ten tomatoes that ripen before the first frost in the north.",
            "Why our beans failed this year, and what we plant instead.",
            "How to build a cold frame from two old windows.",
        ))
        page = f"{MENU}{ARTICLE}{heading}\n\n{others}{FOOTER}"
        body = _body(dump_json("-", stdin=page.encode()))
        assert body.rstrip().endswith("takes the whole summer to clear."), heading
        assert "first frost" not in body and heading not in body, heading


MORE = (
    "We have grown vegetables in the same beds for twenty years, and every summer the ants "
    "come back a little earlier than the year before, whatever we put down around them."
)


def test_a_thread_told_by_its_rows_of_buttons_goes() -> None:
    """No "says" and no "at 3:53 pm": each comment ends with its buttons ("Reply to This
    Share", "Flag as Inappropriate", "Like · Reply"), which is a thread too. (It goes from
    the first row of buttons: the first comment, above it, cannot be told from the article's
    end.)"""
    thread = "".join(
        f"{title} (Score:{score})\n\nby {name}\n\n{comment}\n\n{buttons}\n\n"
        for title, score, name, comment, buttons in (
            ("Ash works", 3, "rene ( 1311 )", f"I use a ring of ash around my beds. {MORE}",
             "Reply to This Share\n\nFlag as Inappropriate"),
            ("Re: Ash works", 2, "kat ( 5754 )", f"That is so good to hear, thank you! {MORE}",
             "Reply to This Parent Share\n\nFlag as Inappropriate"),
            ("Careful", 4, "michelle ( 596 )", f"Boiling water killed my lettuce. {MORE}",
             "Like · Reply"),
        )
    )
    article = dump_json("-", stdin=f"{MENU}{ARTICLE}{thread}{FOOTER}".encode())
    body = _body(article)
    assert "takes the whole summer to clear." in body
    for gone in ("Flag as Inappropriate", "Reply", "so good to hear", "Boiling water killed"):
        assert gone not in body


def test_a_share_bar_under_the_article_is_no_thread() -> None:
    """Buttons without a "Reply" or a "Flag" (a share bar) tell no comment: the paragraphs
    under it, as long as the article's, are the article's."""
    shares = "Share this\n\nFacebook Twitter Email\n\nLike this\n\n"
    more = "".join(f"Note {n}: the beds did well this year, and the tomatoes too, after a "
                   "wet spring that had us worried about rot in every row we had sown.\n\n"
                   for n in range(3))
    article = dump_json("-", stdin=f"{MENU}{ARTICLE}{shares}{more}{FOOTER}".encode())
    assert "Note 2: the beds did well" in _body(article)


def test_a_threaded_discussion_of_replies_headed_re_goes() -> None:
    """A news site's threaded discussion: each reply headed "Re:" and its writer; the reply
    buttons only under some comments, too far apart to tell the thread alone."""
    replies = "".join(
        f"Re: {subject}  (Score:{score})\n\nby {name} ( {number} )\n\n{comment}\n\n{more}\n\n"
        for subject, score, name, number, comment, more in (
            ("What could go wrong?", 3, "blue trane", 110704,
             "What else is not? Wasn't it all BS always, even before the ants came along?",
             "Gardens were always a gamble and always will be, whatever we put down."),
            ("", 2, "geekmux", 1040042,
             "The ring of earth worked for two summers and then the ants just walked over it.",
             "So it is not a cure, only a delay, and a wet summer ends it in a week."),
            ("Ants", 1, "Shaitan", 22585,
             "More than twenty years of gardening and I have never seen boiling water fail.",
             "Keep it away from the roots and it clears a nest in an afternoon."),
            ("Ants", 2, "larryjoe", 135075,
             "I suppose many gardeners think that the neighbours will deal with the nests.",
             "The best of them do, and the rest move the nest to the next garden over."),
        )
    )
    thread = (
        "87 Comments\n\nComments Filter:\n\nWhat could go wrong?  (Score:3, Interesting)\n\n"
        "by ozmartian ( 5754788 )\n\nHow are gardeners supposed to learn then?\n\n"
        f"Reply to This Share  Flag as Inappropriate\n\n{replies}"
    )
    gone = ("walked over it", "never seen boiling water fail", "neighbours", "(Score:")
    _thread_goes(thread, gone)


def _cards(count: int = 4) -> str:
    """A list of other stories: a section's label, a headline, a byline, a date, a summary."""
    return "".join(
        f"Front Page\n\nThe parish fair number {n} drew record crowds\n\nWebmaster\n\n"
        f"December {n + 10}, 2025\n\nTHE PARISH FAIR drew the largest crowd in its history on "
        f"Saturday, with stalls selling produce from every village in the valley.\n\n"
        for n in range(1, count + 1)
    )


def test_a_list_of_other_stories_under_the_article_goes() -> None:
    page = f"{MENU}{ARTICLE}ALSO IN THE NEWS\n\n{_cards()}E-EDITION\n\nSubscribe Now{FOOTER}"
    body = _body(dump_json("-", stdin=page.encode()))
    assert body.rstrip().endswith("takes the whole summer to clear.")
    assert "parish fair" not in body.casefold()


def test_dated_cards_with_no_article_above_them_are_the_text() -> None:
    """A page of upcoming events: the list is what the page is for."""
    page = f"{MENU}Upcoming fairs in the valley\n\nAll the fairs this winter.\n\n{_cards()}{FOOTER}"
    body = _body(dump_json("-", stdin=page.encode()))
    assert body.count("drew the largest crowd") == 4


def test_a_box_of_dated_cards_the_article_goes_on_under_stays() -> None:
    page = f"{MENU}{ARTICLE}{_cards()}{ARTICLE.split('By Dana Holt', 1)[1]}{FOOTER}"
    body = _body(dump_json("-", stdin=page.encode()))
    assert body.count("drew the largest crowd") == 4


def test_a_thread_that_gives_each_comment_its_age_goes() -> None:
    """Substack's, Reddit's, Disqus' comments give their age alone on a line ("8d", "3h",
    "2 days ago"), a "Reply" under some: with no heading over them, the ages tell the
    thread, and it goes."""
    thread = (
        f"Doug Clow\n\n8d\n\nA ring of ash works just as well in our allotment. {MORE}\n\n"
        "Expand full comment\n\nReply\n\nShare\n\n"
        f"paul wolfson\n\n3h\n\nBoiling water killed my lettuce last spring. {MORE}\n\n"
        "Expand full comment\n\nReply\n\nShare\n\n"
        f"Ann Lee\n\n2 days ago\n\nCinnamon along the paths helped too. {MORE}\n\n"
    )
    _thread_goes(thread, ("ring of ash", "killed my lettuce", "Cinnamon", "Expand full comment"))


def _thread_goes(thread: str, gone: tuple[str, ...]) -> None:
    """The article over ``thread`` keeps its last paragraph, and none of ``gone`` is left."""
    body = _body(dump_json("-", stdin=f"{MENU}{ARTICLE}{thread}{FOOTER}".encode()))
    assert "takes the whole summer to clear." in body
    for text in gone:
        assert text not in body


def test_distances_and_lap_times_on_their_own_lines_are_no_ages() -> None:
    """A results list's "100 m", "10 s" and "3D" lines are not a comment's age: the
    paragraphs under them stay."""
    results = "".join(
        f"{event}\n\n{time}\n\n{name}\n\n"
        for event, time, name in (
            ("100 m", "10 s", "Ann Lee"), ("200 m", "21 s", "Joe Park"), ("400 m", "3D", "Kim Ode")
        )
    )
    after = ("The club's relay team, which trains on the same track on Tuesday evenings, finished"
             " second in the county final for the third year in a row.\n\n")
    article = dump_json("-", stdin=f"{MENU}{ARTICLE}{results}{after}{FOOTER}".encode())
    assert "finished second in the county final" in _body(article)
