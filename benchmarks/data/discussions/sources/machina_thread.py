"""Fill a fresh django-machina site with the thread of thread.json (run by `manage.py shell`)."""

import json
from datetime import UTC, datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Post, Topic
from machina.apps.forum_permission.models import ForumPermission, UserForumPermission

spec = json.loads(Path("thread.json").read_text())
User = get_user_model()
for codename in ("can_see_forum", "can_read_forum"):  # anonymous readers see the forum
    UserForumPermission.objects.get_or_create(
        permission=ForumPermission.objects.get(codename=codename),
        anonymous_user=True,
        forum=None,
        defaults={"has_perm": True},
    )
users = {}
for post in spec["posts"]:
    if post["author"] not in users:
        users[post["author"]], _ = User.objects.get_or_create(
            username=post["author"], email=post["author"] + "@example.org"
        )
forum = Forum.objects.create(name="Operations", type=Forum.FORUM_POST)
first = spec["posts"][0]
topic = Topic.objects.create(
    forum=forum,
    poster=users[first["author"]],
    subject=spec["title"],
    type=Topic.TOPIC_POST,
    status=Topic.TOPIC_UNLOCKED,
    approved=True,
)
for number, post in enumerate(spec["posts"]):
    text = post["markdown"]
    if post.get("quote"):
        replied = spec["posts"][post["reply_to"]]["author"]
        text = "> **{} wrote:**\n> {}\n\n{}".format(replied, post["quote"], text)
    subject = spec["title"] if number == 0 else "Re: " + spec["title"]
    made = Post.objects.create(
        topic=topic, poster=users[post["author"]], subject=subject, content=text, approved=True
    )
    when = datetime.fromisoformat(post["date"]).replace(tzinfo=UTC)
    Post.objects.filter(pk=made.pk).update(created=when, updated=when)
topic.refresh_from_db()
topic.update_trackers()
forum.refresh_from_db()
forum.update_trackers()
print("topic", topic.pk, topic.slug, "forum", forum.pk, forum.slug)
