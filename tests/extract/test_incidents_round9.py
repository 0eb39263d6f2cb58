"""Incidents, round 9: a toll's update, 'N more' after a named victim, a side event that ends
when the text goes back to the main place, and a 'Tags' keyword run that ends the text."""

from __future__ import annotations

import pytest

from app.extract import DocumentMeta, extract_document
from app.extract.segment import segment


def killed(text: str, title: str | None = None) -> tuple[int, int, int]:
    incident = extract_document(text, DocumentMeta(title=title)).incidents[0]
    (estimate,) = [e for e in incident.estimates if e.metric == "killed"]
    return estimate.low, estimate.best, estimate.high


# -- a toll's update is the incident's best ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "An air strike killed 70 people in the town of Douma on Monday, the Observatory "
            "said. The toll was later updated to 82.",
            82,
        ),
        (
            "Shelling killed 30 people in Daraa on Tuesday, activists said. The toll rose to 40 "
            "on Wednesday, the monitor said.",
            40,
        ),
        (
            "A car bomb killed 12 people in Azaz on Friday. Five more people died of their "
            "wounds later, raising the death toll to 17, the Observatory said.",
            17,
        ),
        (
            "Government barrel bombs killed 9 civilians in Aleppo's Shaar district, activists "
            "said. Rescuers found more bodies, bringing the toll to at least 14, they said.",
            14,
        ),
        (
            "Islamic State militants shot dead 15 men in the village of Qabasin, the monitor "
            "said. The number of victims has since climbed to 21, it said.",
            21,
        ),
    ],
)
def test_a_tolls_update_is_the_best(text: str, best: int) -> None:
    assert killed(text)[1] == best


@pytest.mark.parametrize(
    "text",
    [
        # a rise that is no toll's
        "An air strike killed 20 people in Saraqeb on Monday, the monitor said. The number of "
        "air strikes rose to 40 on Tuesday.",
        # a toll named, but no update verb before the figure
        "An air strike killed 20 people in Saraqeb on Monday, the monitor said. The toll "
        "includes 30 fighters killed in clashes nearby, it said.",
        # a smaller 'update' is no rise over the lead
        "An air strike killed 20 people in Saraqeb on Monday, the monitor said. The toll of "
        "civilians rose to 12, it said.",
    ],
)
def test_no_update_leaves_the_lead(text: str) -> None:
    assert killed(text)[1] == 20


# -- 'N more' after a named victim adds the victim ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "best"),
    [
        ("Senior Nusra Leader Killed in Idlib, 8 More Killed", 9),
        ("Rebel commander killed in Daraa, five others dead", 6),
        ("ISIS Emir Slain in Raqqa Raid, 3 More Killed", 4),
    ],
)
def test_more_after_a_named_victim_adds_him(title: str, best: int) -> None:
    text = "Clashes went on in the area on Monday, activists said."
    assert killed(text, title)[1] == best


@pytest.mark.parametrize(
    ("title", "best"),
    [
        ("8 More Killed in Aleppo Shelling", 8),
        ("Five more civilians killed in Douma", 5),
        ("Two killed in Homs, 3 more killed in Hama", 5),
    ],
)
def test_more_with_no_named_victim_before_adds_none(title: str, best: int) -> None:
    text = "Clashes went on in the area on Monday, activists said."
    assert killed(text, title)[1] == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "The spokesman of the group and 20 others were killed in air strikes in Idlib, "
            "the monitor said.",
            21,
        ),
        (
            "Senior Nusra Front Leader in Homs 8 More Killed in Syrian Army Offensive. Soldiers "
            "stormed Rastan, the sources said.",
            9,
        ),
        # the one victim counted already: no more added
        (
            "A senior ISIS commander and five others died when a car bomb hit Azaz, the "
            "Observatory said.",
            6,
        ),
    ],
)
def test_more_after_a_named_victim_in_the_text_adds_him(text: str, best: int) -> None:
    assert killed(text)[1] == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("Civilians fled Douma as 8 more people were killed in shelling, activists said.", 8),
        ("Five civilians and 3 others were killed in Douma, activists said.", 8),
        # two people named before '6 other fighters': 'other' says they are not among the six,
        # so the list is summed (8, figures round 6), the same as 'his son and 20 others' (21)
        (
            "The group's emir, his deputy and 6 other fighters were killed in Rastan, the "
            "sources said.",
            8,
        ),
        (
            "Clashes in Aleppo killed 8 more fighters on Tuesday, a day after a commander was "
            "killed, activists said.",
            8,
        ),
    ],
)
def test_more_with_no_one_victim_before_adds_none_in_the_text(text: str, best: int) -> None:
    assert killed(text)[1] == best


# -- a side event ends when the text goes back to the main place -------------------------------


@pytest.mark.parametrize(
    ("side", "back"),
    [
        (
            "Also on Monday, a mortar shell killed two people in Damascus, state media said.",
            "In Saraqeb, rescuers were still pulling bodies from the rubble. Five children "
            "were among the dead in Saraqeb, the monitor said.",
        ),
        (
            "Meanwhile, three soldiers were killed in clashes in Hama province, SANA said.",
            "Residents of Saraqeb said the strikes hit a market. Four women were among those "
            "killed in Saraqeb, activists said.",
        ),
    ],
)
def test_a_side_event_ends_back_at_the_main_place(side: str, back: str) -> None:
    main = "Air strikes killed 20 people in the town of Saraqeb in Idlib province on Monday."
    text = f"{main} {side} {back}"
    doc = extract_document(text, DocumentMeta())
    main_incident, side_incident = doc.incidents[:2]
    tail = text.index(back)
    tail_claims = {c.id for c in doc.claims if c.start >= tail}
    assert tail_claims
    assert tail_claims <= set(main_incident.claim_ids)
    assert not tail_claims & set(side_incident.claim_ids)


@pytest.mark.parametrize(
    "more",
    [
        # still the side event's place
        "Two more people died of their wounds in Damascus later, the agency said.",
        # a third place: no way back to the main incident
        "In Homs, four people were killed by sniper fire, activists said.",
    ],
)
def test_a_side_event_goes_on_elsewhere(more: str) -> None:
    text = (
        "Air strikes killed 20 people in the town of Saraqeb in Idlib province on Monday. "
        "Also on Monday, a mortar shell killed two people in Damascus, state media said. "
        f"{more}"
    )
    doc = extract_document(text, DocumentMeta())
    tail = text.index(more)
    tail_claims = {c.id for c in doc.claims if c.start >= tail}
    assert tail_claims
    assert not tail_claims & set(doc.incidents[0].claim_ids)


# -- a 'Tags' keyword run that ends the text is cut --------------------------------------------


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "An air strike killed 12 people in Idlib on Monday, the monitor said Tags Syria "
            "Idlib airstrikes Russia",
            "An air strike killed 12 people in Idlib on Monday, the monitor said",
        ),
        (
            "Shelling killed five civilians in Daraa. Tags shelling Daraa Syrian army "
            "Community standardsDiscussion Comment via Facebook",
            "Shelling killed five civilians in Daraa.",
        ),
        (
            "Gunmen shot dead a doctor in Homs (SANA) Tags Homs Syrian Arab News Agency (SANA)",
            "Gunmen shot dead a doctor in Homs (SANA)",
        ),
    ],
)
def test_a_tags_run_at_the_end_is_cut(text: str, kept: str) -> None:
    assert texts(text) == [kept]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels removed the Tags from the trucks in Idlib",
        "The Tags of the convoy were removed, the monitor said.",
        "Tags on the trucks were removed, the monitor said.",
    ],
)
def test_tags_in_a_sentence_stay(text: str) -> None:
    assert "".join(texts(text)).replace(" ", "") == text.replace(" ", "")
