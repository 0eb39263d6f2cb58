"""Who said it, round nine (issue 7): speaker constructions still missing on unseen copy. Each
construction in several wordings with negatives; the sentences are written for the rule, not
copied from an article."""

from __future__ import annotations

import pytest

from app.extract.types import ClaimKind
from tests.extract.conftest import run
from tests.extract.conftest import source_of as _source_of


def _sources(text: str, publisher: str = "Reuters") -> list[str]:
    """The source name of each attributed claim in a snippet."""
    extraction = run(text, publisher=publisher)
    names = {a.id: a.name for a in extraction.actors}
    return [names[c.source_id] for c in extraction.claims if c.kind != ClaimKind.publisher]


def _attributed(text: str) -> list[str]:
    """The text of each attributed claim in a snippet."""
    return [c.text for c in run(text).claims if c.kind != ClaimKind.publisher]


# -- a name, then a title with no article in apposition ('X, vice-president of Y, said') -------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Muwaffaq Nyrabia, vice-president of the Syrian Coalition, said 20 civilians were "
            "killed in the raids.",
            "Syrian National Coalition",
        ),
        (
            "Khaled Khoja, chairman of the Syrian National Coalition, told reporters the regime "
            "had used barrel bombs.",
            "Syrian National Coalition",
        ),
        (
            "Ahmed Hassan, deputy head of the Aleppo Medical Council, said 20 civilians were "
            "killed in the raids.",
            "Ahmed Hassan",
        ),
        (
            "John Mercer, acting director of the Kandahar provincial hospital, said nine "
            "wounded had been brought in overnight.",
            "John Mercer",
        ),
        (
            "Ali Omar, former governor of Idlib, says the rebels are short of ammunition.",
            "Ali Omar",
        ),
        (
            "Nabil Haddad, senior adviser to the Lebanese prime minister, insisted the border "
            "would stay closed.",
            "Nabil Haddad",
        ),
    ],
)
def test_a_title_without_an_article_after_a_name(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The planes struck the market twice, Muwaffaq Nyrabia, vice-president of the Syrian "
            "Coalition, said.",
            "Syrian National Coalition",
        ),
        (
            "At least 20 people were killed, Rami Abdel Rahman, head of the Syrian Observatory "
            "for Human Rights, told AFP.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "The convoy was hit near the bridge, Ahmed Saleh, deputy head of the local council, "
            "said on Sunday.",
            "Ahmed Saleh",
        ),
        (
            "The planes struck the market twice, Khaled Saleh, who lives near the square, told "
            "AFP.",
            "Khaled Saleh",
        ),
    ],
)
def test_content_then_a_name_with_an_appositive(text: str, source: str) -> None:
    # 'C, Name, title of X, said': the comma before the name ends C, the name and its title
    # are one speaker.
    assert _sources(text) == [source]
    assert _attributed(text)[0].startswith(text.split(",")[0])


def test_a_list_of_places_before_the_speaker_stays_in_the_claim() -> None:
    # 'At least ...' opens a count, not a leading adverbial ended by the first comma.
    text = "At least 20 people were killed in Idlib, Aleppo and Hama, the Observatory said."
    assert _attributed(text) == ["At least 20 people were killed in Idlib, Aleppo and Hama"]


@pytest.mark.parametrize(
    "text",
    [
        # a verb phrase between commas is no title
        "Ahmed Hassan, head of the council, went to Damascus, and said talks had failed.",
        # lowercase content between commas that is no title
        "The strikes, officials said, hit a school.",
    ],
)
def test_no_title_appositive_where_none_is(text: str) -> None:
    extraction = run(text)
    names = {a.id: a.name for a in extraction.actors}
    assert all(
        "," not in names[c.source_id] for c in extraction.claims if c.kind != ClaimKind.publisher
    )


def test_a_modifier_alone_is_no_title() -> None:
    # ', former,' names no title: the phrase is not read as a speaker with an appositive.
    text = "The town, former rebels, said the army was close."
    assert "former" not in " ".join(_sources(text)).lower()


# -- ages: 'Ahmed, 24, said', 'Abu Omar, 35, a father of two, told AFP' ---------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ahmed, 24, said the planes struck the market twice.", "Ahmed"),
        ("Abu Omar, 35, told AFP the planes struck the market twice.", "Abu Omar"),
        (
            "Abu Omar, 35, a father of two, told AFP the planes struck the market twice.",
            "Abu Omar",
        ),
        ("Umm Khaled, mother of three, said the shelling went on all night.", "Umm Khaled"),
        ("The shelling went on all night, Fatima Ali, 41, said.", "Fatima Ali"),
    ],
)
def test_an_age_after_a_name(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_count_between_commas_is_no_age() -> None:
    # 'In 2016, 24, ...' or a count after a place is no age of a speaker.
    text = "In the town of Binnish, 24 people died, the Observatory said."
    assert _sources(text) == ["Syrian Observatory for Human Rights"]
    assert _attributed(text) == ["24 people died"]  # after the opening place, as before


def test_source_of_helper_still_reads_titles() -> None:
    text = "Rami Abdel Rahman, director of the Observatory, said 12 rebels died."
    assert _source_of(text, "12 rebels") == "Syrian Observatory for Human Rights"


# -- 'Name al-Name of the Body': the person, the body new to the registry --------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Obeida al-Hamawi of the activist-run Hama Media Center said government forces had "
            "launched an assault. He said electricity was still being supplied to the area.",
            "Obeida al-Hamawi",
        ),
        (
            "Abu Ahmad al-Halabi of the Aleppo Media Center told AFP the jets struck twice. He "
            "said nine people died.",
            "Abu Ahmad al-Halabi",
        ),
        (
            "Yasser el-Sayed from the Noureddin rebel faction said the advance would start at "
            "dawn. He said the rebels had Grad rockets.",
            "Yasser el-Sayed",
        ),
    ],
)
def test_a_name_with_a_particle_of_a_new_body_is_the_person(text: str, source: str) -> None:
    # Both the claim and the 'he' after it: the person, not the whole phrase nor a body.
    assert _sources(text) == [source, source]


def test_a_name_of_a_known_body_speaks_for_it() -> None:
    text = "Ahmed al-Saleh of the Local Coordination Committees said the jets struck twice."
    assert _sources(text) == ["Local Coordination Committees"]


# -- a body's report with modifiers, its apostrophe kept or lost ------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "However Human Rights Watchs 16-page report said it found no evidence of a meeting. "
            "It said a religious lecture was being held at the time.",
            "Human Rights Watch",
        ),
        (
            "Amnesty International's latest annual report said 300 civilians were killed. It "
            "said most died in air strikes.",
            "Amnesty International",
        ),
        (
            "The UN's latest annual report on Afghanistan said 300 civilians were killed. It "
            "said most died in air strikes.",
            "United Nations",
        ),
        (
            "The Syrian Network for Human Rights' 40-page report said 300 civilians were killed. "
            "It said most died in air strikes.",
            "Syrian Network for Human Rights",
        ),
    ],
)
def test_a_bodys_report_and_the_it_after_it(text: str, source: str) -> None:
    assert _sources(text) == [source, source]


def test_it_after_a_bodys_report_skips_an_earlier_state() -> None:
    text = (
        "Syria denied the charges. Human Rights Watch's 16-page report said it found no "
        "evidence of a meeting. It said a religious lecture was being held at the time."
    )
    assert _sources(text) == ["Syria", "Human Rights Watch", "Human Rights Watch"]


def test_a_person_named_after_a_body_stays_a_person_for_he() -> None:
    # "The Observatory's Rami Abdel Rahman" is a person of the body: 'he' finds him.
    text = (
        "The Observatory's Rami Abdel Rahman said 12 rebels died. Syria denied it. He said the "
        "toll would rise."
    )
    sources = _sources(text)
    assert sources[0] == sources[-1]


# -- a long relative clause after a person's name, its commas lost ----------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Opposition activist Omar Abu Laila who currently lives in Europe but is from the "
            "province where the strike took place and maintains contacts there said 10 people "
            "were killed. He said the group cordoned off the area.",
            "Omar Abu Laila",
        ),
        (
            "Dr Hamza al-Khatib who runs the last hospital in the besieged east of the city and "
            "has treated hundreds of wounded since July told AFP the clinic ran out of blood. He "
            "said three nurses were hurt.",
            "Dr Hamza al-Khatib",
        ),
    ],
)
def test_a_long_relative_clause_after_a_name(text: str, source: str) -> None:
    assert _sources(text) == [source, source]


@pytest.mark.parametrize(
    "text",
    [
        # not a person's name before 'who'
        "The Kurds who control much of northern Syria along the Turkish border where they have "
        "proclaimed an autonomous region demand the militia disband.",
        # a comma inside: the clause is not run on
        "Omar Abu Laila who lives in Europe, but is from the province where the strike took "
        "place and maintains contacts there said 10 people were killed.",
    ],
)
def test_no_long_relative_speaker_where_none_is(text: str) -> None:
    assert "Omar Abu Laila" not in _sources(text) and "Kurds" not in _sources(text)


# -- 'the same source': the one cited before --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Abdel Rahman of the Observatory said dozens died. Rebels fired rockets on Damascus "
            "killing three civilians, the same source said.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "A military source told SANA that 20 terrorists were killed. The army said it seized "
            "the town. Six more died, the same source said.",
            "unnamed security sources",
        ),
        (
            "Ukraine's military said two drones were downed. Kyiv's mayor said a house burned. "
            "Three more drones were downed, the same official said.",
            "Kyiv's mayor",
        ),
    ],
)
def test_the_same_source_is_one_cited_before(text: str, source: str) -> None:
    sources = _sources(text)
    assert sources[-1] in (source, sources[1])
    assert "same" not in sources[-1]


def test_the_same_source_with_nobody_before_is_new() -> None:
    assert _sources("Six more died, the same source said.") == ["same source"]


# -- 'the group', 'the rights group': the body named before, not the country's one ------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Four medics were killed near Aleppo. The four staff of the Union of Syrian Medical "
            "Relief Organisations were in two ambulances, the group said.",
            "Union of Medical Care and Relief Organizations",  # the registry's name (UOSSM)
        ),
        (
            "Four medics were killed near Aleppo. The four staff of the Free Doctors Union of "
            "Aleppo were in two ambulances, the group said.",
            "Free Doctors Union of Aleppo",
        ),
        (
            "The Aleppo Medical Council said a hospital was hit. Four staff were killed, the "
            "group said.",
            "Aleppo Medical Council",
        ),
        (
            "Two patients were killed when bombs hit a clinic of the Qatar Red Crescent Society "
            "in Idlib. The charity said eight were injured.",
            "Qatar Red Crescent Society",
        ),
        (
            "Human Rights Watch said the attacks were systematic. The Syrian Observatory for "
            "Human Rights said 12 died. Human Rights Watch said more would die. The attacks were "
            "systematic, the rights group said.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_body_described_by_its_kind(text: str, source: str) -> None:
    assert _sources(text)[-1] == source


def test_the_group_with_no_body_before_is_no_national_body() -> None:
    # Not Syria Civil Defence because the story is Syrian: nobody fits, a description of its own.
    text = "Airstrikes hit Idlib in Syria. Four soldiers were killed, the group said."
    assert _sources(text) == ["group"]


def test_the_group_after_an_armed_group_speaker() -> None:
    text = "The Islamic State group claimed the attack. Four soldiers were killed, the group said."
    assert _sources(text) == ["Islamic State", "Islamic State"]


# -- a place, then a bare name, its comma lost ('In Al-Atareb Fahd said') ----------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In Al-Atareb Fahd said the planes struck the market twice.", "Fahd"),
        ("In the town of Al-Atareb Abu Fahd said the planes struck the market twice.", "Abu Fahd"),
        ("In eastern Ghouta Ahmed told AFP the planes struck the market twice.", "Ahmed"),
        ("In Idlib Ahmed al-Omar says the planes struck the market twice.", "Ahmed al-Omar"),
        ("In Aleppo, Fahd said the planes struck the market twice.", "Fahd"),
    ],
)
def test_a_bare_name_after_a_place(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_name_after_a_place_and_he_after_it() -> None:
    text = (
        "In Kafr Nubl Abu Omar told Reuters the planes struck the market twice. He said nine died."
    )
    assert _sources(text) == ["Abu Omar", "Abu Omar"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a body whose name holds the place keeps it
        ("In Idlib Health Directorate officials said 20 died.", "Idlib Health Directorate"),
        # a title and a name, no place
        (
            "Archimandrite Emanuel Youkhana said 15 were killed. Youkhana said more would die.",
            "Archimandrite Emanuel Youkhana",
        ),
        # a description after the place is read as before
        ("In Syria the army said it killed 20 terrorists.", "Syrian Arab Army"),
    ],
)
def test_no_place_cut_where_the_place_is_part_of_the_speaker(text: str, source: str) -> None:
    assert source in _sources(text)[-1]


# -- a title run into a name ('The speaker of the People's Council of Syria Hadiya Abbas') ------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The speaker of the Peoples Council of Syria Hadiya Khalaf Abbas said the US strikes "
            "helped the terrorists.",
            "Hadiya Khalaf Abbas",
        ),
        ("Parliament Speaker Nabih Berri said the strikes must stop.", "Nabih Berri"),
        (
            "Hadiya Khalaf Abbas, speaker of the People's Council, said the US strikes helped "
            "the terrorists.",
            "Hadiya Khalaf Abbas",
        ),
    ],
)
def test_a_speaker_of_parliament_is_the_person(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_speaker_without_a_name_stays_a_description() -> None:
    assert _sources("The keynote speaker said the war was over.") == ["keynote speaker"]


# -- a dated or sized report by a body: the body ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A February report by the Syrian Center for Policy Research said the conflict has "
            "claimed over 470000 lives.",
            "Syrian Center for Policy Research",
        ),
        (
            "A 40-page report by Amnesty International said 300 civilians died.",
            "Amnesty International",
        ),
        ("The annual report of Human Rights Watch said 300 civilians died.", "Human Rights Watch"),
    ],
)
def test_a_report_by_a_body(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_a_related_development_is_no_part_of_the_speaker() -> None:
    text = "In a related development other media outlets said a Tunisian militant was killed."
    assert _sources(text) == ["other media outlets"]


# -- a spokesperson named in full before the last cue reports the whole sentence ---------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "During a cabinet session Hollande announced his intention to ask the U.N. to visit "
            "the site government spokeswoman Najat Vallaud-Belkacem told reporters. This "
            "information requires verification she added.",
            "Najat Vallaud-Belkacem",
        ),
        (
            "The president said the talks would resume next week presidential spokesman Ibrahim "
            "Kalin told reporters in Ankara. He said the army was ready.",
            "Ibrahim Kalin",
        ),
    ],
)
def test_a_spokesperson_after_an_earlier_cue(text: str, source: str) -> None:
    extraction = run(text)
    names = {a.id: a.name for a in extraction.actors}
    claims = [c for c in extraction.claims if c.kind != ClaimKind.publisher]
    assert [names[c.source_id] for c in claims] == [source, source]
    assert claims[0].text.startswith(text.split()[0])


def test_a_spokesperson_after_a_preposition_is_an_object() -> None:
    # 'met with army spokesman X': the spokesman is an object, not a trailing speaker
    text = "The minister met with army spokesman Ahmed Saleh and said the town had fallen."
    assert "Ahmed Saleh" not in _sources(text)


# -- a body's long name before its appositive; a known body mistyped after where it sits -------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Sarin was used in the strike, the Organisation for the Prohibition of Chemical "
            "Weapons, a global watchdog, said.",
            "Organisation for the Prohibition of Chemical Weapons",
        ),
        (
            "The convoy was hit twice, the International Committee of the Red Cross, a neutral "
            "body, told reporters.",
            "International Committee of the Red Cross",
        ),
        (
            "Sarin was used in the strike, the OPCW, a global watchdog, said.",
            "Organisation for the Prohibition of Chemical Weapons",
        ),
    ],
)
def test_a_long_body_name_before_an_appositive(text: str, source: str) -> None:
    assert _sources(text) == [source]
    assert _attributed(text)[0] == text.split(",")[0]


def test_long_lowercase_content_before_an_appositive_is_no_name() -> None:
    text = (
        "The strike on the market in the town of Maaret al-Numan killed 20, a spokesman for the "
        "civil defence said."
    )
    assert _attributed(text)[0].startswith("The strike on the market")


@pytest.mark.parametrize(
    "text",
    [
        "The attack was among the deadliest in the city the British-based Syrian Obervatory for "
        "Human Rights said.",
        "The attack killed 20, the UK-based Syrian Obsevatory for Human Rights said.",
    ],
)
def test_a_mistyped_body_after_where_it_sits(text: str) -> None:
    assert _sources(text) == ["Syrian Observatory for Human Rights"]


# -- 'C in Al-Atareb Fahd said': a trailing name after a place, commas lost --------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "We were shocked to hear of the death of five rescue workers in Al-Atareb Fahd said. "
            "He added that the people appreciate their bravery.",
            "Fahd",
        ),
        ("The planes struck the market twice in Kafr Nubl Abu Omar told AFP.", "Abu Omar"),
        (
            "I am not optimistic about the short-term prospects in Syria Obama said at a news "
            "conference.",
            "Obama",
        ),
    ],
)
def test_a_trailing_name_after_a_place(text: str, source: str) -> None:
    sources = _sources(text)
    assert sources and all(source in s for s in sources)


@pytest.mark.parametrize(
    "text",
    [
        # another verb than a plain cue: the capitalised words are the place
        "Kerry speaking during a meeting of ministers in New York insisted the ceasefire held.",
        # a demonym or a title in the run is read by other rules, not as a bare name
        "The planes struck the market in Idlib Monday the Observatory said.",
    ],
)
def test_no_trailing_name_after_a_place_where_none_is(text: str) -> None:
    assert not any(s.startswith(("New York", "Idlib")) for s in _sources(text))
