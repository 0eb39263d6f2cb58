"""Structure, round three (issue 7): one caption detector, a side-effect-free trial resolution,
a place's lost possessive read without building a string, one route to a description's reach.

- Captions are the segmenter's (`segment.captions`): a sentence ending on a credit in brackets
  that names the picture anywhere ('(AFP/Getty Images)', '(photo: SANA)'), and a caption's own
  date with its year before a credit after the stop ('... April 27 2017. (TRT World and
  Agencies)'). A caption gives no claim, so the incident reader never sees it; a sentence of the
  report that a credit follows keeps its claim. A credit in brackets after a stop ('(AFP)',
  '(TRT World and Agencies)') is a span of its own, no part of the next sentence's speaker.
- `SpeakerResolver.trial` answers as `resolve` would and leaves the resolver as it was.
- `_place_possessive` takes the word, the text after it and the article apart.
- `_reach` decides whether a bare description's antecedent is in reach, for every route.
- Incident tolls: a headline's count larger than the text's lead, that the text states too, is
  the story's toll ('kill 17' over 'Victims include 8 children ... killed at least 17 people');
  a smaller one is a part ('kill 58 civilians' over '82 people including 58 civilians').
- A claim's toll: 'others' after a count add to it ('crucifying two people and executing 23
  others': 25), once, and not when they are another metric's ('wounded 30 others').
- A toll 'since it began this week', 'since the offensive started three days ago' is the
  event's, not the war's background; 'since it began in 2011' stays background.
- 'Elsewhere'/'Separately' opening a sentence of no event and no toll ('Elsewhere, a deal has
  been reached') starts no other incident; with an event or a toll it does.
"""

from __future__ import annotations

import pytest

from app.extract import DocumentMeta, default_registry, extract_document
from app.extract.segment import captions, segment
from app.extract.speakers import SpeakerResolver, _paragraph_before, _place_possessive
from app.extract.types import ClaimKind
from tests.extract.conftest import run

# -- one caption detector ----------------------------------------------------------------------


def caption_texts(text: str) -> list[str]:
    sentences = segment(text)
    return [text[sentences[k].start : sentences[k].end] for k in sorted(captions(text, sentences))]


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over the old city of Aleppo (Photographer: Omar Haj Kadour / Getty Images)",
        "Rescuers search the rubble of a market in Douma (photo: SANA)",
        "A boy stands near a burnt bus in Mosul (Photo by Ahmad al-Rubaye/AFP)",
        "Fighters of the Free Syrian Army in Idlib (file photo)",
    ],
)
def test_a_bracket_credit_naming_the_picture_anywhere_ends_a_caption(caption: str) -> None:
    text = f"{caption}\n\nAir strikes killed five people in Hama on Monday, the monitor said."
    assert caption_texts(text) == [caption]
    extraction = run(text)
    assert [c.text for c in extraction.claims if c.kind != ClaimKind.publisher] == [
        "Air strikes killed five people in Hama on Monday"
    ]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "A view shows the damage at a hospital after an air strike in Deir al-Sharqi village "
            "in Idlib province Syria April 27 2017.",
            "(TRT World and Agencies)",
        ),
        (
            "People inspect the damage at a market in Deir Ezzor hit by air strikes on June 5 "
            "2016.",
            "(AFP)",
        ),
        (
            "Residents inspect a damaged site after airstrikes in the city of Idlib September 10, "
            "2016.",
            "(Reuters)",
        ),
    ],
)
def test_a_dated_caption_before_its_credit_is_a_caption(caption: str, credit: str) -> None:
    lead = "Government shelling killed 14 civilians in Daraa on Tuesday, the monitor said."
    text = f"{caption} {credit} {lead}"
    assert caption_texts(text) == [caption, credit]
    (incident,) = extract_document(text, DocumentMeta()).incidents
    assert incident.admin1 == "Daraa"


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence of the report a credit follows: no date of a picture ends it
        "He added that four other victims had died after they reached hospitals in Turkey.",
        "Up to 300000 people are still believed to be trapped in eastern Aleppo, the UN said.",
        # a year, but no credit after it
        "The war has killed more than 300000 people since it began in 2011.",
    ],
)
def test_a_report_sentence_is_no_caption(sentence: str) -> None:
    for after in ("(Reuters) The army denied it.", "The army denied it."):
        if "2011" in sentence and after.startswith("("):
            continue  # a year and a credit after it: the dated caption's form
        text = f"{sentence} {after}"
        # the credit alone is skipped, the sentence before it stays the report's
        assert caption_texts(text) == (["(Reuters)"] if after.startswith("(") else [])


# -- a trial resolution changes nothing --------------------------------------------------------


def state(resolver: SpeakerResolver) -> tuple[object, ...]:
    """Everything a resolution may record."""
    return (
        [
            (m.phrase, m.actor_id, m.gender, sorted(m.words), sorted(m.heads))
            for m in resolver.mentions
        ],
        resolver.statement_issuer,
        {i: (a.name, a.kind, list(a.aliases), a.parent_id) for i, a in resolver.new_actors.items()},
        list(resolver._subjects),
    )


TEXT = (
    "Homs Governor Talal Barazi said the road was open. Activist Omar Hassan said shells fell. "
    "The Syrian Observatory for Human Rights issued a statement. He said. Barazi said. She said. "
    "The statement said. The Free Homs Brigade said. It said."
)


@pytest.mark.parametrize(
    ("phrase", "before"),
    [
        ("He", []),  # nobody yet: the unidentified speaker
        ("Barazi", ["Homs Governor Talal Barazi"]),  # a surname: an alias of a new person
        ("She", ["Activist Omar Hassan"]),  # a person's gender, learnt
        ("The statement", ["The Syrian Observatory for Human Rights"]),
        ("The Free Homs Brigade", []),  # a new body
        ("It", ["The Syrian Observatory for Human Rights"]),
    ],
)
def test_a_trial_resolution_leaves_the_resolver_as_it_was(phrase: str, before: list[str]) -> None:
    resolver = SpeakerResolver(default_registry(), TEXT)
    for earlier in before:
        resolver.resolve(earlier, TEXT.index(earlier))
    at = TEXT.rindex(phrase)
    was = state(resolver)
    found, made = resolver.trial(phrase, at)
    assert state(resolver) == was
    assert all(i not in resolver.new_actors for i in made)
    assert resolver.resolve(phrase, at).actor_id == found.actor_id


def test_a_trial_reports_the_new_actor_it_would_make() -> None:
    text = "The Free Homs Brigade said the road was open."
    resolver = SpeakerResolver(default_registry(), text)
    found, made = resolver.trial("The Free Homs Brigade", 0)
    assert found.how == "new"
    assert list(made) == [found.actor_id]
    assert resolver.new_actors == {}


# -- a place's lost possessive -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "article", "expected"),
    [
        ("Hamas governor said", "Shells fell in Hama. Hamas governor said", True),
        ("Hamas countryside", "the north of Hama province and Hamas countryside", True),
        ("Hamas said", "Shells fell in Hama. Hamas said", False),  # the subject's verb
        ("Hamas has warned", "Shells fell in Hama.", False),
        ("Hamas governor said", "Hamas governor said", False),  # Hama not named by itself
        ("Hamas official", "Rockets hit Gaza City. Hamas official said", False),
    ],
)
def test_a_place_possessive_reads_word_after_and_article_apart(
    after: str, article: str, expected: bool
) -> None:
    assert _place_possessive(default_registry(), "Hamas", after, 5, article) is expected


# -- one route to a description's reach --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "at", "floor"),
    [
        ("One.\nTwo.\nThree.", 15, 5),
        ("One.\n\n  Two.\n \nThree.", 18, 5),  # blank lines and spaces: one break each
        ("One.\nTwo.", 8, 0),
        ("One. Two.", 6, 0),
    ],
)
def test_the_paragraph_before_starts_after_the_second_break(text: str, at: int, floor: int) -> None:
    assert _paragraph_before(text, at) == floor


def test_a_foreign_army_far_before_is_not_the_bare_armys() -> None:
    near = "A Turkish army spokesman said the border was shut.\nThe army said it fired back."
    far = (
        "A Turkish army spokesman said the border was shut.\nRebels advanced.\nShells fell.\n"
        "The army said it fired back on Damascus."
    )
    for text, expected in ((near, True), (far, False)):
        resolver = SpeakerResolver(default_registry(), text, country="SY")
        turkish = resolver.resolve("A Turkish army spokesman", 0).actor_id
        assert (
            resolver.resolve("The army", text.index("The army")).actor_id == turkish
        ) is expected


# -- a headline's larger toll that the text states too is the story's -------------------------


def killed(title: str, text: str) -> tuple[int, int, int]:
    incident = extract_document(text, DocumentMeta(title=title)).incidents[0]
    (estimate,) = [e for e in incident.estimates if e.metric == "killed"]
    return estimate.low, estimate.best, estimate.high


@pytest.mark.parametrize(
    ("title", "text", "best"),
    [
        (
            "Air strikes kill 17 in city of Ashara",
            "Victims include 8 children in the eastern city of Ashara, the Observatory says. "
            "The Syrian Observatory for Human Rights said air strikes killed at least 17 people "
            "in a market in Ashara on Monday.",
            17,
        ),
        (
            "Air strikes in Syria kill at least 45 people",
            "Jet strikes hit the opposition-held cities, killing more than 40 people. At least "
            "45 people have been killed after intense air strikes on Saturday around Aleppo, "
            "according to opposition activists.",
            45,
        ),
        (
            "Shelling kills 30 in Daraa",
            "Among the dead were 12 children, the monitor said. Government shelling killed 30 "
            "people in the city of Daraa on Tuesday, the Observatory said.",
            30,
        ),
    ],
)
def test_a_headlines_larger_toll_the_text_states_is_the_best(
    title: str, text: str, best: int
) -> None:
    assert killed(title, text)[1] == best


@pytest.mark.parametrize(
    ("title", "text", "best"),
    [
        # a smaller headline count is a part of the lead's toll: the civilians of all the dead
        (
            "Russian and Syrian strikes kill 58 civilians",
            "The death toll from strikes on the town of Al Quriyah has risen to 82 people "
            "including 58 civilians, the Observatory said on Sunday. Three air raids killed 58 "
            "civilians, the Observatory said.",
            82,
        ),
        # a headline toll the text does not state: the text's lead stands
        (
            "Air strikes kill 20 in Idlib",
            "Air strikes killed 14 people in the town of Saraqeb on Monday, the monitor said. "
            "Eight children were among the dead, it said.",
            14,
        ),
    ],
)
def test_a_headlines_toll_that_is_a_part_or_unstated_leaves_the_lead(
    title: str, text: str, best: int
) -> None:
    assert killed(title, text)[1] == best


# -- 'others' after a count add to it ----------------------------------------------------------


def best_killed(text: str) -> int:
    incident = extract_document(text, DocumentMeta()).incidents[0]
    (estimate,) = [e for e in incident.estimates if e.metric == "killed"]
    return estimate.best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "Islamic State crucified two people and executed 23 others in Deir al-Zor in the "
            "past five days, a monitoring group said.",
            25,
        ),
        (
            "Nine civilians were killed in Qaterji and two others died in the Mayssar "
            "neighbourhood, the Observatory said.",
            11,
        ),
        (
            "The Taliban killed four policemen in Kunduz on Monday and shot dead three others in "
            "Baghlan, the governor said.",
            7,
        ),
    ],
)
def test_others_after_a_count_add_to_it(text: str, best: int) -> None:
    assert best_killed(text) == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # the others are the wounded: another metric
        (
            "Air strikes killed 12 people in Hama on Monday and wounded 30 others, a monitor said.",
            12,
        ),
        # 'other' counted already with the people before it: the list's three members, the
        # spokesman, his son and the 20 others, are 22 (figures round 6 sums the whole list)
        (
            "The group's spokesman, his son and 20 other fighters were killed in air strikes in "
            "Idlib, the monitor said.",
            22,
        ),
        # 'more than': no count of others
        ("More than 20 people were killed in air strikes on Aleppo, the monitor said.", 20),
    ],
)
def test_no_others_no_sum(text: str, best: int) -> None:
    assert best_killed(text) == best


# -- what began days ago is not the war --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "Two civilians were killed in Aleppo on Thursday in the first deaths reported since "
            "the truce began this week, a monitor said.",
            2,
        ),
        (
            "Five people were killed in Idlib, the first deaths since it began on Monday, "
            "activists said.",
            5,
        ),
        (
            "Twelve fighters have been killed in northern Hama since the offensive started three "
            "days ago, the Observatory said.",
            12,
        ),
    ],
)
def test_a_toll_since_a_recent_start_is_the_events(text: str, best: int) -> None:
    assert best_killed(text) == best


@pytest.mark.parametrize(
    "background",
    [
        "More than 300,000 people have been killed since it began in 2011.",
        "The conflict has killed 400,000 people since the uprising began in March 2011.",
        "About 250 fighters have been killed since it began.",
    ],
)
def test_a_toll_since_the_wars_start_stays_background(background: str) -> None:
    text = f"An air strike killed 9 people in Saraqeb on Monday, a monitor said. {background}"
    assert best_killed(text) == 9


# -- a credit in brackets after a stop is a span of its own ------------------------------------


@pytest.mark.parametrize(
    ("credit", "sentence", "speaker", "content"),
    [
        (
            "(TRT World and Agencies)",
            "Syrian Observatory for Human Rights said air strikes killed at least 17 people.",
            "Syrian Observatory for Human Rights",
            "air strikes killed at least 17 people",
        ),
        (
            "(AFP)",
            "The Raqa Revolutionaries Brigades also said the SDF had seized the silos.",
            "The Raqa Revolutionaries Brigades",
            "the SDF had seized the silos",
        ),
        (
            "(With Reuters and AFP)",
            "Local civil defence workers told Reuters that bodies were still being removed.",
            "Local civil defence workers",
            "bodies were still being removed",
        ),
    ],
)
def test_a_credit_after_a_stop_is_no_part_of_the_next_sentence(
    credit: str, sentence: str, speaker: str, content: str
) -> None:
    text = f"Smoke rises over the town. {credit} {sentence}"
    spans = [text[s.start : s.end] for s in segment(text)]
    assert credit in spans
    assert sentence in spans
    extraction = run(text)
    assert credit not in " ".join(c.text for c in extraction.claims)
    assert [(c.speaker, c.text) for c in extraction.claims if c.kind != ClaimKind.publisher] == [
        (speaker, content)
    ]


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        # a bracket inside a sentence, not after its stop
        ("The Observatory (SOHR) said 12 people were killed. Shells fell.", "(SOHR)"),
        # an aside of lowercase words after a stop
        ("Shells fell on the town. (the army denies it) Residents fled.", "(the army denies it)"),
    ],
)
def test_a_bracket_that_is_no_credit_stays_in_its_sentence(text: str, bracketed: str) -> None:
    assert bracketed not in [text[s.start : s.end] for s in segment(text)]


# -- 'Elsewhere' with no event is no other incident --------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "Elsewhere, a deal has been reached that will see rebels evacuated to Idlib.",
        "Separately, the UN envoy met opposition leaders in Geneva.",
        "Elsewhere in the country, talks on a truce resumed on Monday.",
    ],
)
def test_elsewhere_without_an_event_keeps_the_incident(aside: str) -> None:
    text = (
        f"Civilians in east Aleppo face relentless bombardment. {aside} The civil defence said "
        "13 people had been killed in air strikes on east Aleppo."
    )
    first = extract_document(text, DocumentMeta()).incidents[0]
    assert [(e.metric, e.best) for e in first.estimates] == [("killed", 13)]


@pytest.mark.parametrize(
    "other",
    [
        "Elsewhere, an air strike killed five people in Hama, activists said.",
        "Separately, government shelling hit the town of Nawa in Daraa on Monday.",
    ],
)
def test_elsewhere_with_an_event_starts_another(other: str) -> None:
    text = f"An air strike killed 12 people in Idlib on Monday, the monitor said. {other}"
    incidents = extract_document(text, DocumentMeta()).incidents
    assert len(incidents) == 2
