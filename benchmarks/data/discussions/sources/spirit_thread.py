"""Fill a fresh Spirit site with the thread of thread.json (run by `manage.py shell`)."""

import json
from datetime import UTC, datetime
from pathlib import Path

from django.contrib.auth import get_user_model
from spirit.category.models import Category
from spirit.comment.forms import CommentForm
from spirit.comment.models import Comment
from spirit.topic.models import Topic

spec = json.loads(Path("thread.json").read_text())
User = get_user_model()
users = {}
for post in spec["posts"]:
    if post["author"] not in users:
        user, _ = User.objects.get_or_create(
            username=post["author"], email=post["author"] + "@example.org"
        )
        user.st.is_verified = True
        user.st.save()
        users[post["author"]] = user
category = Category.objects.create(title="Operations")
first = spec["posts"][0]
topic = Topic.objects.create(user=users[first["author"]], category=category, title=spec["title"])
for post in spec["posts"]:
    text = post["markdown"]
    if post.get("quote"):
        replied = spec["posts"][post["reply_to"]]["author"]
        text = "> @{} said:\n> {}\n\n{}".format(replied, post["quote"], text)
    form = CommentForm(user=users[post["author"]], topic=topic, data={"comment": text})
    assert form.is_valid(), form.errors
    comment = form.save()
    when = datetime.fromisoformat(post["date"]).replace(tzinfo=UTC)
    Comment.objects.filter(pk=comment.pk).update(date=when)
Topic.objects.filter(pk=topic.pk).update(
    date=when, last_active=when, comment_count=len(spec["posts"])
)
print("topic", topic.pk, topic.slug)
