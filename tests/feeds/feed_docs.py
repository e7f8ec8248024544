"""Feed documents for the tests: RSS 2.0, RSS 1.0, Atom, JSON Feed, and hostile ones."""

from __future__ import annotations

import json


def rss(count: int, *, title: str = "Example feed", base: str = "http://example.test",
        start: int = 0, extra: str = "") -> bytes:
    items = "".join(
        f"<item><title>Entry {i}</title><link>{base}/post/{i}</link><guid>id-{i}</guid>"
        f"<pubDate>Mon, {1 + i % 28:02d} Feb 2021 10:00:00 +0000</pubDate>"
        f"<description>Summary of entry {i}.</description></item>"
        for i in range(start, start + count)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link>{extra}{items}</channel></rss>"
    ).encode()


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom feed</title>
<link href="http://atom.test/"/><id>urn:atom</id><updated>2021-02-01T00:00:00Z</updated>
<entry><title>Atom one</title><link href="http://atom.test/one"/><id>urn:1</id>
<updated>2021-02-03T10:00:00Z</updated><author><name>Ada Writer</name></author>
<summary>First &lt;b&gt;entry&lt;/b&gt;.</summary></entry>
</feed>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="http://rdf.test/"><title>RDF feed</title><link>http://rdf.test/</link></channel>
<item rdf:about="http://rdf.test/a"><title>RDF entry</title><link>http://rdf.test/a</link></item>
</rdf:RDF>"""

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1.1",
    "title": "JSON feed",
    "home_page_url": "https://json.test/",
    "items": [
        {"id": "j1", "url": "https://json.test/1", "title": "Json one",
         "date_published": "2021-02-05T10:00:00Z", "authors": [{"name": "Jo"}],
         "content_text": "Body text"},
        {"id": "j2", "url": "/2", "title": "Json two", "date_published": "not a date"},
        {"id": "j1", "title": "The same id again"},
    ],
}).encode()

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><guid>x</guid></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&secret;</title>
<item><title>&secret;</title><guid>x</guid></item></channel></rss>"""

HOSTILE_TEXT = rss(0, title="Evil \x1b]52;c;aGk=\x07feed \x1b[31m[bold]x[/]", extra=(
    "<item><title>Red \x1b[31mtitle\x1b[0m \u009b2J</title><guid>same</guid>"
    "<link>http://evil.test/a</link><pubDate>Feb 31 2021 99:99:99 +9999</pubDate></item>"
    "<item><title>Second with the same id</title><guid>same</guid></item>"
    "<item><title>Bad date</title><guid>b</guid><pubDate>yesterday-ish</pubDate>"
    "<link>javascript:alert(1)</link></item>"
))
