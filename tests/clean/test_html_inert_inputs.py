"""A checklist's boxes are no form: an article's checklist of tips (a box drawn beside each,
its field hidden) and a task list (disabled boxes, as Markdown renderers write them) are
read, not dropped as forms."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import body_texts, dump_article

STORY = "".join(
    f"<p>Paragraph {n} of the buying guide, told at length, with words enough, and commas, "
    "to be the text of the page.</p>"
    for n in range(4)
)
TIPS = ("Ask for the battery report", "Check the warranty left", "Drive it on the highway")


def test_a_checklist_of_tips_with_hidden_boxes_is_read(tmp_path: Path) -> None:
    items = "".join(
        "<div class='flex'><button type='button' role='checkbox' aria-checked='false' "
        f"aria-label='{tip}'></button><input type='checkbox' aria-hidden='true' tabindex='-1' "
        f"style='position:absolute;opacity:0'><div><h4>{tip}</h4><p>Look at it closely.</p>"
        "</div></div>"
        for tip in TIPS
    )
    article = f"{STORY}<div id='checklist'><h3>Shopping checklist</h3><div>{items}</div></div>"
    texts = body_texts(dump_article(tmp_path, "The guide", article + STORY))
    for tip in TIPS:
        assert tip in texts, (tip, texts)


def test_a_task_list_with_disabled_boxes_is_read(tmp_path: Path) -> None:
    items = "".join(
        f"<li class='task-list-item'><input type='checkbox' disabled> {tip}</li>" for tip in TIPS
    )
    article = f"{STORY}<ul class='contains-task-list'>{items}</ul>{STORY}"
    texts = body_texts(dump_article(tmp_path, "The guide", article))
    assert "\n".join(TIPS) in texts, texts


def test_a_form_of_fields_still_goes(tmp_path: Path) -> None:
    fields = "".join(f"<label>{tip}</label><input type='text' name='f{n}'>"
                     for n, tip in enumerate(TIPS))
    texts = body_texts(dump_article(tmp_path, "The guide", f"{STORY}<div>{fields}</div>{STORY}"))
    assert not any(tip in text for tip in TIPS for text in texts), texts
